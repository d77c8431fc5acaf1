package io.daybrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.analysis.Analysis;
import io.daybrief.analysis.Analyzer;
import io.daybrief.analysis.NewsValue;
import io.daybrief.event.EventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each event is analysed once per analyser version; editions read the stored analysis. */
class StoredAnalysesTest {

    @TempDir
    Path folder;

    @Test
    void storesTheAnalysisOfEachEventWhenItIsIngested() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("same-event")));

            assertThat(daybrief.events().analysisCounts(Analyzer.VERSION))
                    .isEqualTo(new EventStore.AnalysisCounts(4, 4));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void storesAndReplacesAnalysesOnEitherDatabase(String kind) {
        String url = kind.equals("h2") ? TestDaybrief.config(folder).database().url()
                : TestDaybrief.postgresSchema("daybrief_stored_analyses");
        try (Daybrief daybrief = Daybrief.open(TestDaybrief.withDatabase(TestDaybrief.config(folder), url),
                TestDaybrief.CLOCK)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("same-event")));
            // Every stored analysis is replaced: the upsert of each database, not an insert that meets its key.
            assertThat(daybrief.analyses().reanalyse(true)).isEqualTo(new StoredAnalyses.Reanalysed(4, 0));

            assertThat(daybrief.events().analysisCounts(Analyzer.VERSION))
                    .isEqualTo(new EventStore.AnalysisCounts(4, 4));
        }
    }

    @Test
    void editionsOfADayAnalyseNothingThatIngestAnalysedAlready() throws Exception {
        ingestSameEvent();
        String stored = "SELECT COUNT(*) FROM event_analysis WHERE analysed_at = TIMESTAMP WITH TIME ZONE '"
                + java.time.OffsetDateTime.ofInstant(TestDaybrief.CLOCK.instant(), java.time.ZoneOffset.UTC) + "'";
        assertThat(count(stored)).isEqualTo(4);
        // A day later by the clock: an analysis made now would carry this time.
        java.time.Clock later = java.time.Clock.offset(TestDaybrief.CLOCK, java.time.Duration.ofDays(1));
        for (int edition = 0; edition < 2; edition++) {
            try (Daybrief daybrief = Daybrief.open(TestDaybrief.config(folder), later)) {
                assertThat(daybrief.editions().make(daybrief.briefing("daily"), LocalDate.of(2026, 6, 2)).stories())
                        .isPositive();
            }
        }

        assertThat(count(stored)).isEqualTo(4);
    }

    @Test
    void anEditionReadsTheStoredAnalysisInsteadOfAnalysingTheEventAgain() throws Exception {
        ingestSameEvent();
        // What only the stored analyses say: an edition that analysed the reports again would not show it.
        sql("UPDATE event_analysis SET analysis = REPLACE(analysis, 'Marta Quillan', 'Stored Speaker')");

        assertThat(speakers()).contains("Stored Speaker").doesNotContain("Marta Quillan");
    }

    @Test
    void anAnalysisOfAnOlderAnalyserVersionIsMadeAgainWhenAnEditionNeedsIt() throws Exception {
        ingestSameEvent();
        sql("UPDATE event_analysis SET version = " + (Analyzer.VERSION - 1)
                + ", analysis = REPLACE(analysis, 'Marta Quillan', 'Stored Speaker')");

        assertThat(speakers()).contains("Marta Quillan").doesNotContain("Stored Speaker");
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            assertThat(daybrief.events().analysisCounts(Analyzer.VERSION))
                    .isEqualTo(new EventStore.AnalysisCounts(4, 4));
        }
    }

    @Test
    void anUnreadableStoredAnalysisIsMadeAgain() throws Exception {
        ingestSameEvent();
        sql("UPDATE event_analysis SET analysis = '{\"format\": 1, \"sentences\": [[0, 99999]]}'");

        assertThat(speakers()).contains("Marta Quillan");
    }

    @Test
    void reanalyseAnalysesTheEventsWithoutACurrentAnalysisAndOnlyThose() throws Exception {
        ingestSameEvent();
        sql("UPDATE event_analysis SET version = " + (Analyzer.VERSION - 1) + " WHERE event_id IN"
                + " (SELECT MIN(event_id) FROM event_analysis)");
        sql("DELETE FROM event_analysis WHERE event_id IN (SELECT MAX(event_id) FROM event_analysis)");

        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            assertThat(daybrief.analyses().reanalyse(false)).isEqualTo(new StoredAnalyses.Reanalysed(2, 2));
            assertThat(daybrief.analyses().reanalyse(false)).isEqualTo(new StoredAnalyses.Reanalysed(0, 4));
            assertThat(daybrief.analyses().reanalyse(true)).isEqualTo(new StoredAnalyses.Reanalysed(4, 0));
        }
    }

    @Test
    void aStoredAnalysisReadsBackAsTheAnalysisItWas() throws Exception {
        for (String name : List.of("articles/glass-works.txt", "articles/harbour-fire.txt", "same-event/wire.txt")) {
            String body = Files.readString(TestDaybrief.fixture(name));
            Analysis analysis = new Analyzer().analyze(body);

            assertThat(StoredAnalyses.read(StoredAnalyses.write(analysis), body)).as(name).isEqualTo(analysis);
        }
    }

    @Test
    void aBodyValueReadsBackAndScoresAsTheAnalysisItCameFrom() throws Exception {
        List<NewsValue.Ranking> rankings = List.of(NewsValue.Ranking.DEFAULT,
                new NewsValue.Ranking(java.util.Map.of("sources", 2.5), List.of("sport", "source:Lantern Wire"),
                        List.of("harm")));
        for (String name : List.of("articles/glass-works.txt", "articles/harbour-fire.txt", "same-event/wire.txt")) {
            String body = Files.readString(TestDaybrief.fixture(name));
            Analysis analysis = new Analyzer().analyze(body);
            NewsValue.BodyValue stored = NewsValue.BodyValue.read(StoredAnalyses.stored(analysis, body).bodyValue());

            for (NewsValue.Ranking ranking : rankings) {
                for (int sources : new int[] {1, 3, 40}) {
                    java.time.Instant at = java.time.Instant.parse("2026-06-02T09:30:00Z");
                    java.time.Instant end = java.time.Instant.parse("2026-06-03T00:00:00Z");
                    assertThat(NewsValue.pending("Harbour fire headline", stored, "Lantern Wire", at, end, ranking)
                            .complete(sources)).as(name).isEqualTo(NewsValue.score("Harbour fire headline", body,
                            analysis, "Lantern Wire", at, end, sources, ranking));
                }
            }
        }
        assertThat(NewsValue.BodyValue.read("2|0,0,0,0,0,0,0|0,0,0,0,0,0,0|0.0|0.0|3")).isNull();
        assertThat(NewsValue.BodyValue.read("1|0,0|0,0,0,0,0,0,0|0.0|0.0|3")).isNull();
        assertThat(NewsValue.BodyValue.read("1|0,0,0,0,0,0,0|0,0,0,0,0,0,0|x|0.0|3")).isNull();
        assertThat(NewsValue.BodyValue.read(null)).isNull();
    }

    @Test
    void theRankingReadsTheStoredBodyValueAndMakesAMissingOneAgain() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
        }
        String before = leadHeadline();
        // What only the stored body values say: the story that led is now worth nothing, every other a lot.
        sql("UPDATE event_analysis SET body_value = '1|0,0,0,0,0,0,0|0,0,0,0,0,0,0|1.0|1.0|30'");
        sql("UPDATE event_analysis SET body_value = '1|0,0,0,0,0,0,0|0,0,0,0,0,0,0|0.0|0.0|0' WHERE event_id IN"
                + " (SELECT id FROM event WHERE title = '" + before.replace("'", "''") + "')");
        assertThat(leadHeadline()).isNotEqualTo(before);

        sql("UPDATE event_analysis SET body_value = NULL");
        assertThat(leadHeadline()).isEqualTo(before);
        // Made again for the day's reports, and stored; the other days' wait until they are needed.
        assertThat(count("SELECT COUNT(*) FROM event_analysis a JOIN event e ON e.id = a.event_id"
                + " WHERE e.published_date = DATE '2026-05-11' AND a.body_value IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM event_analysis WHERE body_value IS NULL")).isEqualTo(2);
    }

    private void ingestSameEvent() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("same-event")));
        }
    }

    private List<String> speakers() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            BriefingDefinition definition = daybrief.briefing("daily");
            Briefing briefing = new BriefingAssembler(daybrief.events(), daybrief.analyses())
                    .assemble(definition, definition.periodOf(LocalDate.of(2026, 6, 2)));
            return briefing.stories().stream().flatMap(s -> s.quotes().stream()).map(KeyQuote::speaker).toList();
        }
    }

    private String leadHeadline() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            BriefingDefinition definition = daybrief.briefing("daily");
            return new BriefingAssembler(daybrief.events(), daybrief.analyses())
                    .assemble(definition, definition.periodOf(LocalDate.of(2026, 5, 11))).stories().get(0).headline();
        }
    }

    private long count(String query) throws Exception {
        String password = Files.readString(folder.resolve("data/daybrief.password")).strip();
        try (Connection connection = DriverManager.getConnection(TestDaybrief.config(folder).database().url(), "",
                password);
             Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void sql(String update) throws Exception {
        String password = Files.readString(folder.resolve("data/daybrief.password")).strip();
        try (Connection connection = DriverManager.getConnection(TestDaybrief.config(folder).database().url(), "",
                password);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(update);
        }
    }
}
