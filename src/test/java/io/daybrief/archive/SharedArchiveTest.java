package io.daybrief.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.config.DaybriefConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes share one database and each has its own archive folder: an edition made by one is read, and its
 * PDF served, by the other, which fills its folder from the database. On H2 (two Daybriefs in turn) and on
 * PostgreSQL (at once).
 */
class SharedArchiveTest {

    @TempDir
    Path folder;

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private static final LocalDate DAY = LocalDate.of(2026, 5, 11);

    private DaybriefConfig node(String name, String url, String store) {
        DaybriefConfig base = TestDaybrief.withDatabase(TestDaybrief.config(folder), url);
        return new DaybriefConfig(base.database(), folder.resolve(name + "-output"), base.templates(), base.smtp(),
                base.briefings(), base.ingest(), List.of(), base.web(), store);
    }

    private String url(String kind) {
        return kind.equals("h2") ? "jdbc:h2:file:" + folder.resolve("shared/db").toAbsolutePath()
                : TestDaybrief.postgresSchema("daybrief_shared_archive");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEditionMadeOnOneNodeIsReadOnAnother(String kind) throws Exception {
        String url = url(kind);
        Edition made;
        try (Daybrief a = Daybrief.open(node("a", url, "both"), TestDaybrief.CLOCK)) {
            a.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
            made = a.editions().make(a.briefing("daily"), DAY);
        }
        try (Daybrief b = Daybrief.open(node("b", url, "database"), TestDaybrief.CLOCK)) {
            Edition seen = b.archive().find("daily", DAY).orElseThrow();
            Path local = folder.resolve("b-output").resolve("daily/2026/2026-05-11.pdf");
            assertThat(local).doesNotExist();

            assertThat(b.archive().isIntact(seen)).isTrue();

            assertThat(seen.pdf()).isEqualTo(local.toAbsolutePath());
            assertThat(Files.readAllBytes(local)).isEqualTo(Files.readAllBytes(made.pdf()));
            assertThat(seen.sha256()).isEqualTo(made.sha256());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sharesEditionsMadeBeforeTheDatabaseKeptPdfsOnceTheNodeServes(String kind) {
        String url = url(kind);
        try (Daybrief a = Daybrief.open(node("a", url, "folder"), TestDaybrief.CLOCK)) {
            a.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
            a.editions().make(a.briefing("daily"), DAY);
        }
        try (Daybrief a = Daybrief.open(node("a", url, "both"), TestDaybrief.CLOCK)) {
            assertThat(a.archive().shareLocalEditions()).isEqualTo(1);
            assertThat(a.archive().shareLocalEditions()).isZero();
        }
        try (Daybrief b = Daybrief.open(node("b", url, "database"), TestDaybrief.CLOCK)) {
            assertThat(b.archive().isIntact(b.archive().find("daily", DAY).orElseThrow())).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFolderOnlyArchiveKeepsNoCopyForOtherNodes(String kind) {
        String url = url(kind);
        try (Daybrief a = Daybrief.open(node("a", url, "folder"), TestDaybrief.CLOCK)) {
            a.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
            a.editions().make(a.briefing("daily"), DAY);
        }
        try (Daybrief b = Daybrief.open(node("b", url, "both"), TestDaybrief.CLOCK)) {
            assertThat(b.archive().isIntact(b.archive().find("daily", DAY).orElseThrow())).isFalse();
        }
    }
}
