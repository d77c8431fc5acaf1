package io.daybrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingAssemblerTest {

    @TempDir
    Path folder;

    private Briefing assemble(BriefingDefinition.Limits limits) {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
            BriefingDefinition definition = new BriefingDefinition("daily", "Daily", ZoneId.of("UTC"), "0 0 6 * * ?",
                    List.of(), limits, "Amberley Desk", List.of(), io.daybrief.briefing.CatchUpPolicy.LATEST);
            return new BriefingAssembler(daybrief.events(), daybrief.analyses())
                    .assemble(definition, definition.periodOf(LocalDate.of(2026, 5, 11)));
        }
    }

    @Test
    void showsAtMostTheConfiguredNumberOfQuotesAndFiguresPerStory() {
        Briefing briefing = assemble(new BriefingDefinition.Limits(20, 1, 2));

        Story glass = briefing.stories().stream().filter(s -> s.headline().startsWith("Kestrel")).findFirst().orElseThrow();
        assertThat(glass.quotes()).hasSize(1);
        assertThat(glass.figures()).hasSize(2);
    }

    @Test
    void keepsTheStoryOfGreaterNewsValueWhenOnlyOneFits() {
        Briefing briefing = assemble(new BriefingDefinition.Limits(1, 3, 5));

        assertThat(briefing.eventCount()).isEqualTo(2);
        assertThat(briefing.stories()).singleElement().extracting(Story::headline)
                .isEqualTo("Kestrel Glass to close Amberley works, cutting 640 jobs");
    }

    @Test
    void linksEveryQuoteAndFigureToASourceListedInTheEdition() {
        Briefing briefing = assemble(BriefingDefinition.Limits.DEFAULT);

        List<Long> listed = briefing.sources().stream().map(Source::eventId).toList();
        for (Story story : briefing.stories()) {
            assertThat(story.quotes()).allSatisfy(q -> assertThat(listed).contains(q.eventId()));
            assertThat(story.figures()).allSatisfy(f -> assertThat(listed).contains(f.eventId()));
        }
        assertThat(briefing.sources()).extracting(Source::publisher).containsOnly("Lantern Wire");
    }

    @Test
    void keepsTheBestStoriesOfADayLongerThanOneBatchWhereverTheyStand() {
        // 150 reports, more than two batches' worth; the ten with something to quote and count stand at the
        // edges of the batches and in between, and must be the ten stories whichever thread analysed them.
        List<Integer> telling = List.of(0, 5, 62, 63, 64, 65, 100, 127, 128, 149);
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            for (int i = 0; i < 150; i++) {
                int rank = telling.indexOf(i);
                // Ten different events, so that grouping keeps them ten stories.
                String[] events = {
                    "\"We will open the bridge in spring,\" said Mara Ilves. It cost 2 million crowns.",
                    "\"Ferries resume on Friday,\" said Ivo Brandt. Some 3 boats were repaired.",
                    "\"The tunnel flooded overnight,\" said Pia Morrow. About 4 pumps are running.",
                    "\"Our library lends e-books now,\" said Tomas Brell. It holds 5 thousand titles.",
                    "\"Fishing quotas fall again,\" said Ilse Maren. Crews lost 6 percent of catches.",
                    "\"The town hall roof leaks,\" said Marta Quillan. Repairs need 7 welders.",
                    "\"A museum theft shocked us,\" said Oskar Lind. Thieves took 8 paintings.",
                    "\"School meals become free,\" said Rhea Tamm. Around 9 kitchens will cook daily.",
                    "\"The hospital wing is finished,\" said Juno Vale. It adds 10 operating theatres.",
                    "\"Railway strikes are over,\" said Edda Rask. Drivers won 11 extra rest days."};
                // The ten are news (a government decision each, in words of its own); the rest are not.
                String[] decisions = {"The mayor approved it.", "Ministers backed it.", "Parliament voted for it.",
                    "The court allowed it.", "The cabinet agreed.", "Officials signed it.", "The governor welcomed it.",
                    "Lawmakers praised it.", "The senate passed it.", "The regulator cleared it."};
                String body = rank < 0
                        ? "Nothing of note happened on Tuesday evening. Report " + i + " covered the weather."
                        : events[rank] + " " + decisions[rank];
                daybrief.events().add(io.daybrief.event.Event.draft("Lantern Wire", null, "Report " + i,
                        io.daybrief.event.Published.on(LocalDate.of(2026, 5, 11)), null, body, "en", List.of()));
            }
            BriefingDefinition definition = new BriefingDefinition("daily", "Daily", ZoneId.of("UTC"), "0 0 6 * * ?",
                    List.of(), new BriefingDefinition.Limits(10, 3, 5), "Amberley Desk", List.of(), io.daybrief.briefing.CatchUpPolicy.LATEST);
            Briefing briefing = new BriefingAssembler(daybrief.events(), daybrief.analyses())
                    .assemble(definition, definition.periodOf(LocalDate.of(2026, 5, 11)));

            assertThat(briefing.eventCount()).isEqualTo(150);
            assertThat(briefing.stories()).extracting(Story::headline)
                    .containsExactlyInAnyOrderElementsOf(telling.stream().map(i -> "Report " + i).toList());
            assertThat(briefing.stories()).allSatisfy(story -> assertThat(story.quotes()).singleElement()
                    .extracting(KeyQuote::speaker).isIn((Object[]) people(telling.size())));
        }
    }

    private static String[] people(int n) {
        return java.util.Arrays.copyOf(new String[] {"Mara Ilves", "Ivo Brandt", "Pia Morrow", "Tomas Brell",
            "Ilse Maren", "Marta Quillan", "Oskar Lind", "Rhea Tamm", "Juno Vale", "Edda Rask"}, n);
    }

    @org.junit.jupiter.api.Test
    void showsOnlyQuotesWhoseSpeakerIsSureEnough() {
        List<io.daybrief.analysis.Quote> quotes = List.of(
                new io.daybrief.analysis.Quote("We will run the ferry all winter.", "Ilse Maren", null, "", 0, 10, 0.4,
                        "speaker model"),
                new io.daybrief.analysis.Quote("We start on Monday and finish by June.", "Tomas Brell", null, "said", 20,
                        30, 0.95, "cue just after"));

        assertThat(BriefingAssembler.keyQuotes(quotes, "", 1, 3)).extracting(KeyQuote::speaker).containsExactly("Tomas Brell");
    }

    @org.junit.jupiter.api.Test
    void quotesThePrincipalsFirstEachSpeakerOnceBeforeASecondWithTheRoleTheTextGivesAndAFullStop() {
        List<io.daybrief.analysis.Quote> quotes = List.of(
                new io.daybrief.analysis.Quote("The quay was never safe and everyone on the harbour knew it,", "Pia Morrow",
                        "a harbour pilot", "said", 0, 10, 0.95, "cue just after"),
                new io.daybrief.analysis.Quote("We warned the council twice about the cracks in the wall,", "Pia Morrow",
                        null, "said", 20, 30, 0.95, "cue just after"),
                new io.daybrief.analysis.Quote("It is too early to say what caused the collapse of the quay,", "Ivo Brandt",
                        null, "said", 40, 50, 0.95, "cue just after"),
                new io.daybrief.analysis.Quote("We will rebuild it.", "Marta Quillan", "mayor", "said", 60, 70, 0.95,
                        "cue just after"));

        List<KeyQuote> shown = BriefingAssembler.keyQuotes(quotes, "Lusk quay collapses; mayor Marta Quillan vows to rebuild",
                1, 3);

        assertThat(shown).extracting(KeyQuote::speaker).containsExactly("Marta Quillan", "Ivo Brandt", "Pia Morrow");
        assertThat(shown).extracting(KeyQuote::text).allSatisfy(t -> assertThat(t).endsWith(".").doesNotEndWith(",."));
        assertThat(BriefingAssembler.keyQuotes(quotes, "", 1, 4)).filteredOn(q -> q.speaker().equals("Pia Morrow"))
                .extracting(KeyQuote::role).containsOnly("a harbour pilot");
    }

    @org.junit.jupiter.api.Test
    void showsFiguresThatSayWhatTheyCountTheTollAndTheLeadFirstEachOnceWithTheirQualifierInWords() {
        List<io.daybrief.analysis.Figure> figures = List.of(
                new io.daybrief.analysis.Figure("three hours", 3, "hour", false, "waited on hold", 500, 511),
                new io.daybrief.analysis.Figure("At least 14", 14, "count", true, "people killed", 10, 21),
                new io.daybrief.analysis.Figure("12", 12, "count", false, null, 30, 32),
                new io.daybrief.analysis.Figure("no less than $21 million", 21e6, "USD", true, "damage", 40, 64),
                new io.daybrief.analysis.Figure("14", 14, "count", false, "victims", 600, 602));

        List<KeyFigure> shown = BriefingAssembler.keyFigures(figures, 100, 1, 5);

        assertThat(shown).extracting(KeyFigure::counts).containsExactly("people killed", "damage", "waited on hold");
        assertThat(shown).extracting(KeyFigure::value).containsExactly("at least 14", "no less than US$21 million",
                "3 hours");
    }

    @org.junit.jupiter.api.Test
    void showsASumGivenInTwoCurrenciesOnce() {
        List<io.daybrief.analysis.Figure> figures = List.of(
                new io.daybrief.analysis.Figure("less than $10bn", 1e10, "USD", true, "total claims", 10, 25),
                new io.daybrief.analysis.Figure("\u00A35.2bn", 5.2e9, "GBP", false, "total claims", 27, 33));

        assertThat(BriefingAssembler.keyFigures(figures, 100, 1, 5)).extracting(KeyFigure::value)
                .containsExactly("less than US$10 billion");
    }

    @org.junit.jupiter.api.Test
    void showsAChangeInPercentagePointsAsPointsNotAsAShare() {
        List<io.daybrief.analysis.Figure> figures = List.of(
                new io.daybrief.analysis.Figure("0.5 percentage points", 0.5, "percent", false, "rate rise", 10, 31),
                new io.daybrief.analysis.Figure("4.5 percent", 4.5, "percent", false, "main rate", 35, 46));

        assertThat(BriefingAssembler.keyFigures(figures, 100, 1, 5)).extracting(KeyFigure::value)
                .containsExactly("0.5 percentage points", "4.5%");
    }

    @org.junit.jupiter.api.Test
    void takesAnotherReportsLeadIntoTheSummaryOnlyWhenItTellsSomethingNewAboutTheSameEvent() {
        List<String> summary = List.of("Dockworkers at Port Lusk returned to work on Monday after the port authority"
                + " agreed to six months of talks on its automation plans.");

        assertThat(Sameness.tellsSomethingNew("The Port Lusk dockworkers' strike ended on Monday when the authority agreed"
                + " to talks and paid the 300 workers docked wages for the strike days.", summary)).isTrue();
        assertThat(Sameness.tellsSomethingNew("Dockworkers returned to work at Port Lusk on Monday after the authority"
                + " agreed to six months of talks on automation.", summary)).as("a rewrite").isFalse();
        assertThat(Sameness.tellsSomethingNew("Lusk airport will close its main runway for six weeks from May to repair"
                + " cracks found during an inspection.", summary)).as("another event in the same town").isFalse();
    }
}
