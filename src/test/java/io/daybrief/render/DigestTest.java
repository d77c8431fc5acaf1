package io.daybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.Digests;
import io.daybrief.TestDaybrief;
import io.daybrief.briefing.DigestPeriod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class DigestTest {

    @TempDir
    Path folder;

    private Digests.Digest digest;

    @BeforeEach
    void makeEditionsAndADigestWithADayMissing() {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
            for (int day = 11; day <= 13; day++) {
                daybrief.editions().make(daybrief.briefing("daily"), LocalDate.of(2026, 5, day));
            }
            digest = daybrief.digests().make(daybrief.briefing("daily"),
                    DigestPeriod.range(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 13)));
        }
    }

    @Test
    void isFiledBesideTheEditions() {
        assertThat(digest.pdf()).isEqualTo(folder.resolve("output/daily/digests/2026-05-10_2026-05-13.pdf").toAbsolutePath());
        assertThat(digest.missing()).containsExactly(LocalDate.of(2026, 5, 10));
    }

    @Test
    void namesTheMissingDayAndThePeopleQuotedOnItsCover() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(digest.pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String cover = stripper.getText(pdf).replaceAll("\\s+", " ");

            assertThat(cover).contains("Sunday 10 May 2026: no edition was made for this day")
                    .contains("Monday 11 May 2026").contains("Wednesday 13 May 2026")
                    .contains("Rosalind Achebe").contains("MOST QUOTED");
        }
    }

    @Test
    void nestsEachEditionsBookmarksUnderItsDayAndNumbersPagesContinuously() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(digest.pdf().toFile())) {
            List<String> days = new ArrayList<>();
            for (PDOutlineItem day : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                days.add(day.getTitle());
                assertThat(day.children()).isNotEmpty();
            }
            assertThat(days).containsExactly("Monday 11 May 2026", "Tuesday 12 May 2026", "Wednesday 13 May 2026");
            String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertThat(labels).hasSize(pdf.getNumberOfPages());
            assertThat(labels[0]).isEqualTo("1");
            assertThat(labels[labels.length - 1]).isEqualTo(String.valueOf(pdf.getNumberOfPages()));
        }
    }

    @Test
    void conformsToPdfA3LikeTheEditions() throws Exception {
        assertThat(VeraPdf.failures(Files.readAllBytes(digest.pdf()), PDFAFlavour.PDFA_3_A)).isEmpty();
    }
}
