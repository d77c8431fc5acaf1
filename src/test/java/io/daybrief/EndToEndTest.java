package io.daybrief;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.archive.Edition;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndToEndTest {

    @TempDir
    Path folder;

    static java.util.stream.Stream<String> databases() {
        return java.util.stream.Stream.of("h2", "postgresql");
    }

    /** The embedded default, and the same on PostgreSQL. */
    private Daybrief open(String database) {
        return database.equals("h2") ? TestDaybrief.open(folder) : Daybrief.open(TestDaybrief.withDatabase(
                TestDaybrief.config(folder), TestDaybrief.postgresSchema("daybrief_end_to_end")), TestDaybrief.CLOCK);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("databases")
    void turnsTextArticlesIntoABriefingPdfWithHeadlinesQuotesFiguresAndBookmarks(String database) throws IOException {
        try (Daybrief daybrief = open(database)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
            Edition edition = daybrief.editions().make(daybrief.briefing("daily"), LocalDate.of(2026, 5, 11));

            assertThat(edition.pdf()).isEqualTo(folder.resolve("output/daily/2026/2026-05-11.pdf").toAbsolutePath());
            assertThat(edition.stories()).isEqualTo(2);
            try (PDDocument pdf = Loader.loadPDF(edition.pdf().toFile())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text)
                        .contains("Kestrel Glass to close Amberley works, cutting 640 jobs")
                        .contains("Amberley tram extension opens three months late")
                        .contains("This is the hardest decision this board has taken")
                        .contains("— Rosalind Achebe, Kestrel's chief executive")
                        .contains("People found out from the radio.")
                        .contains("— Callum Reyes")
                        .contains("We built it once and we built it properly")
                        .contains("— Ottilie Brandvold")
                        .contains("about £18m").contains("640").contains("22%").contains("€410 million")
                        .contains("Page 1 of");
                // The next day's story is not in this edition.
                assertThat(text).doesNotContain("Fire destroys warehouse");
                assertThat(bookmarks(pdf)).containsExactly(
                        "1. Kestrel Glass to close Amberley works, cutting 640 jobs",
                        "2. Amberley tram extension opens three months late");
                assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Daily Briefing — Monday 11 May 2026");
                assertThat(pdf.getDocumentInformation().getSubject()).contains("2 stories");
                // The sources name each publisher once, above its reports; a story of one report cites it once.
                String sources = text.substring(text.lastIndexOf("Sources"));
                assertThat(sources).contains("Lantern Wire \u201CKestrel Glass to close Amberley works");
                assertThat(sources.split("Lantern Wire", -1)).hasSize(2);
                assertThat(text).doesNotContain("[source]");
                // Page 1 opens the briefing: the stories at a glance, then the first story itself.
                String first = new PDFTextStripper() {
                    {
                        setStartPage(1);
                        setEndPage(1);
                    }
                }.getText(pdf).replaceAll("\\s+", " ");
                assertThat(first).containsIgnoringCase("At a glance")
                        .contains("1. Kestrel Glass to close Amberley works, cutting 640 jobs page 1")
                        .contains("This is the hardest decision this board has taken");
                assertThat(linksToPagesOf(pdf, 1)).as("at-a-glance links to the stories").contains(0);
            }
        }
    }

    /** The zero-based pages that the internal links on a one-based page lead to. */
    private static List<Integer> linksToPagesOf(PDDocument pdf, int page) throws IOException {
        List<Integer> targets = new ArrayList<>();
        for (PDAnnotation annotation : pdf.getPage(page - 1).getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link) {
                Object destination = link.getDestination() != null ? link.getDestination()
                        : link.getAction() instanceof PDActionGoTo goTo ? goTo.getDestination() : null;
                if (destination instanceof PDPageDestination page0) {
                    targets.add(pdf.getPages().indexOf(page0.getPage()));
                }
            }
        }
        return targets;
    }

    private static List<String> bookmarks(PDDocument pdf) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }
}
