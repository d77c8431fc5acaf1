package io.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Articles in the shapes wires, sites and exports deliver (fixtures in {@code raw/}, fictional, described in the
 * resources README) are stored by {@code ingest} and read by {@code extract} alike: the date, the headline or a
 * derived one, the source, a story that starts at its lead, and no byline, caption, dateline or trailer in it.
 */
class RawShapesTest {

    /** What one fixture must read as; {@code title} null means the file has none and one is derived. */
    record Shape(String file, String date, String title, String source, String lead, List<String> notInStory) {
    }

    static Stream<Shape> shapes() {
        return Stream.of(
                new Shape("wire-leading-space.txt", "2026-02-06", null, "Brightwire", "Dockworkers in Velmora ended",
                        List.of("VELMORA", "(Brightwire", "Reporting by", "Dock cranes idle")),
                new Shape("legacy-standfirst-byline.txt", "2026-02-06",
                        "Caf\u00e9 owners in Lusk fight a \u20ac40 rise in terrace fees", "Lusk Courier",
                        "have begun a petition", List.of("Hanna Pell", "LUSK \u2014", "READ MORE", "All rights reserved",
                                "Traders say")),
                new Shape("markdown-export.txt", "2026-02-06", "Ferry line to Skarra restored after storm damage", "CNS",
                        "The ferry line between the mainland and Skarra island resumed", List.of("Ivo Brandt", "https://",
                                "[1]", "CNS Photo", "SKARRA", "**", "===")),
                new Shape("front-matter.txt", "2026-02-05",
                        "Orchard growers in Telma expect the smallest harvest in 20 years", "unattributed (folder in)",
                        "Orchard growers in the Telma valley", List.of("clippings", "https://", "Follow us", "Bare apple")),
                new Shape("hard-wrapped.txt", "2026-02-06", "Mayor of Orsk resigns over bridge contract inquiry",
                        "unattributed (folder in)", "resigned on Friday, a week after prosecutors opened",
                        List.of("Published")),
                new Shape("entities-cr.txt", "2026-02-06", "HOSPITAL IN BRENNE OPENS NEW CANCER WING.",
                        "unattributed (folder in)", "opened a $48 million cancer wing",
                        List.of("&amp;", "&mdash;", "&#", "Brenne, Ill.", "Story continues")),
                new Shape("glued-agency.txt", "2026-02-06", null, "Kestrel News", "Flood barriers along the Amber river",
                        List.of("(Kestrel News)", "contributed to this report", "08:41")),
                new Shape("tabloid-head.txt", "2026-02-06", null, "Daily Courier", "A retired teacher from Holt has won",
                        List.of("PUBLISHED", "Scroll down", "Lucky find")),
                new Shape("dateline-only-date.txt", "2026-02-06", "Glassworks in Brisa to cut 300 jobs", "Lantern Wire",
                        "The Brisa glassworks will cut 300", List.of("BRISA, Feb 6", "(Lantern Wire)")),
                new Shape("one-line.txt", "2026-02-06", null, "unattributed (folder in)",
                        "The city of Varn will close its central library", List.of("06.02.2026")));
    }

    @TempDir
    Path folder;

    /** A copy of the fixture, its file time set to the morning after its story (the only date some carry). */
    private Path copy(String name) throws Exception {
        Path copy = Files.createDirectories(folder.resolve("in")).resolve(name);
        Files.copy(TestDaybrief.fixture("raw/" + name), copy);
        Files.setLastModifiedTime(copy, FileTime.from(LocalDate.of(2026, 2, 7).atTime(9, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
        return copy;
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void ingestAndExtractReadTheShapeAlike(Shape shape) throws Exception {
        Path file = copy(shape.file());
        Extraction.Document extracted = Daybrief.extraction().extract(file, shape.file());
        Event stored;
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            IngestReport report = daybrief.ingester().ingest(List.of(file));
            assertThat(report.refused()).isEmpty();
            stored = daybrief.events().find(report.added().get(0).eventId()).orElseThrow();
        }

        assertThat(extracted.date()).hasToString(shape.date());
        assertThat(stored.published().date()).hasToString(shape.date());
        assertThat(stored.title()).isEqualTo(extracted.title());
        if (shape.title() != null) {
            assertThat(extracted.title()).isEqualTo(shape.title());
        } else {
            assertThat(extracted.title()).isNotBlank().hasSizeLessThanOrEqualTo(Headlines.LONGEST)
                    .doesNotEndWith("\u2026").doesNotEndWith(",");
            assertThat(stored.body()).contains(extracted.title());
        }
        assertThat(stored.source()).isEqualTo(shape.source());
        assertThat(extracted.summary().get(0)).contains(shape.lead());
        assertThat(stored.body()).startsWith(extracted.summary().get(0).substring(0, 20));
        for (String phrase : shape.notInStory()) {
            assertThat(stored.body()).as("the story").doesNotContain(phrase);
            assertThat(extracted.title()).as("the title").doesNotContain(phrase);
        }
    }

    @org.junit.jupiter.api.Test
    void printsUtf8WhateverTheLocale() throws Exception {
        Path file = copy("legacy-standfirst-byline.txt");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), io.daybrief.cli.Main.class.getName(), "extract", file.toString());
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process extract = builder.start();
        byte[] out = extract.getInputStream().readAllBytes();

        assertThat(extract.waitFor()).isZero();
        assertThat(new String(out, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Caf\u00e9 owners in Lusk fight a \u20ac40 rise in terrace fees");
    }
}
