package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports grouped into stories: invented reports, rewrites and different events that share names. */
class StoryGroupingTest {

    @Test
    void groupsRewritesOfOneReportAndKeepsDifferentEventsThatShareANameApart() {
        int[] groups = StoryGrouping.group(List.of(
                new StoryGrouping.Report("Ferry sinks off Veyra coast, 14 dead", "A ferry sank in a storm off the"
                        + " Veyra coast on Monday, killing at least 14 passengers, the coastguard said."),
                new StoryGrouping.Report("Veyra ferry sinking: at least 14 killed", "At least 14 passengers were"
                        + " killed when a ferry sank in a storm off the Veyra coast on Monday, the coastguard said."),
                new StoryGrouping.Report("Veyra parliament passes harbour budget", "The Veyra parliament passed the"
                        + " harbour budget on Monday after a long debate, with 61 votes in favour."),
                new StoryGrouping.Report("Harbour budget approved by Veyra lawmakers", "Veyra lawmakers approved the"
                        + " harbour budget by 61 votes to 40 on Monday, ending weeks of debate."),
                new StoryGrouping.Report("Lusk bakery wins national bread prize", "A family bakery in Lusk won the"
                        + " national bread prize for its rye loaf.")));

        assertThat(groups[0]).isEqualTo(groups[1]);
        assertThat(groups[2]).isEqualTo(groups[3]);
        assertThat(groups[0]).isNotEqualTo(groups[2]);
        assertThat(groups[4]).isNotIn(groups[0], groups[2]);
    }

    @Test
    void groupsHeadlinesAloneAndGivesTheSameGroupsEveryTime() {
        List<StoryGrouping.Report> titles = List.of(
                new StoryGrouping.Report("Kestrel Glass to close Amberley works", ""),
                new StoryGrouping.Report("Amberley glassworks closure: Kestrel cuts 640 jobs", ""),
                new StoryGrouping.Report("Tram extension opens late in Amberley", ""),
                new StoryGrouping.Report("Amberley tram line opens three months late", ""));

        int[] groups = StoryGrouping.group(titles);

        assertThat(groups[0]).isEqualTo(groups[1]);
        assertThat(groups[2]).isEqualTo(groups[3]);
        assertThat(groups[0]).isNotEqualTo(groups[2]);
        assertThat(StoryGrouping.group(titles)).containsExactly(groups);
    }

    @Test
    void keepsAStoryToldByManyMoreReportsThanEachKeepsNeighboursAsOneStory() {
        List<StoryGrouping.Report> reports = new java.util.ArrayList<>();
        String[] verbs = {"says", "reports", "confirms", "adds", "notes"};
        for (int i = 0; i < 60; i++) {
            reports.add(new StoryGrouping.Report("Veyra ferry sinking: toll rises to " + (14 + i % 5),
                    "The ferry Aurelia sank off Cape Morrow near Veyra harbour; the coastguard " + verbs[i % 5]
                            + " divers found more passengers, report " + i + "."));
        }
        reports.add(new StoryGrouping.Report("Lusk bakery wins national bread prize", "A family bakery in Lusk won."));
        // A day of other news around it, each report about something of its own.
        String[] syllables = {"ka", "lo", "mer", "vin", "tal", "os", "ur", "bre", "sk", "an"};
        for (int i = 0; i < 600; i++) {
            String a = syllables[i % 10] + syllables[i / 10 % 10] + syllables[i / 100 % 10] + "ton";
            String b = syllables[i / 10 % 10] + syllables[i % 10] + "by";
            reports.add(new StoryGrouping.Report(a + " council backs " + b + " plan", "Officials in " + a
                    + " said the " + b + " plan would go ahead."));
        }

        int[] groups = StoryGrouping.group(reports);

        for (int i = 1; i < 60; i++) {
            assertThat(groups[i]).as("report " + i).isEqualTo(groups[0]);
        }
        assertThat(groups[60]).isNotEqualTo(groups[0]);
        assertThat(groups[0]).isZero();
    }
}
