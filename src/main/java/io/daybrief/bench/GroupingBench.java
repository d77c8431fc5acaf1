package io.daybrief.bench;

import io.daybrief.analysis.StoryGrouping;
import io.daybrief.ingest.TextArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Grouping a day of generated reports into stories, as a day's edition groups them: each story is told by five
 * reports that share its own names (invented, as real stories have names of their own) among generated text.
 */
final class GroupingBench {

    private static final int REPORTS_PER_STORY = 5;
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "vin", "tal", "os", "ur", "bre", "sk", "an", "dor",
        "el", "fi", "gu", "ho", "ith", "jen", "ku", "lam", "nor"};

    private GroupingBench() {
    }

    static Timing.Measurement run(int reports) {
        ArticleGenerator generator = new ArticleGenerator(7);
        Random random = new Random(11);
        List<StoryGrouping.Report> day = new ArrayList<>(reports);
        String[] names = new String[4];
        for (int i = 0; i < reports; i++) {
            if (i % REPORTS_PER_STORY == 0) {
                for (int k = 0; k < names.length; k++) {
                    names[k] = name(random);
                }
            }
            TextArticle article = TextArticle.parse(generator.article(LocalDate.of(2026, 3, 4), 150));
            String title = names[0] + " and " + names[1] + ": " + article.title();
            String body = names[random.nextInt(names.length)] + " said " + names[2] + " met " + names[3] + ". "
                    + article.body();
            day.add(new StoryGrouping.Report(title, body));
        }
        return Timing.measure("grouping." + reports, 0, 0, 1, reports, () -> StoryGrouping.group(day));
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        for (int s = 0; s < 4; s++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
