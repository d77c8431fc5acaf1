package io.daybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.archive.Edition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class ArchiveGradePdfTest {

    @TempDir
    Path folder;

    private byte[] edition() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles"), TestDaybrief.fixture("json/events.ndjson")));
            Edition edition = daybrief.editions().make(daybrief.briefing("daily"), LocalDate.of(2026, 5, 11));
            return Files.readAllBytes(edition.pdf());
        }
    }

    @Test
    void conformsToPdfA3a() throws Exception {
        assertThat(VeraPdf.failures(edition(), PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void conformsToPdfUa1() throws Exception {
        assertThat(VeraPdf.failures(edition(), PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
