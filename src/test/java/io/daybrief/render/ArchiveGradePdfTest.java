package io.daybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.archive.Edition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class ArchiveGradePdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 11);

    @TempDir
    Path folder;

    private Edition edition(Daybrief daybrief, LocalDate day) {
        daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles"), TestDaybrief.fixture("json/events.ndjson")));
        return daybrief.editions().make(daybrief.briefing("daily"), day);
    }

    private byte[] editionBytes() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            return Files.readAllBytes(edition(daybrief, DAY).pdf());
        }
    }

    @Test
    void conformsToPdfA3a() throws Exception {
        assertThat(VeraPdf.failures(editionBytes(), PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void conformsToPdfUa1() throws Exception {
        assertThat(VeraPdf.failures(editionBytes(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void isByteForByteTheSameWhenMadeAgainFromTheSameEvents() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            byte[] first = Files.readAllBytes(edition(daybrief, DAY).pdf());
            byte[] again = Files.readAllBytes(daybrief.editions().make(daybrief.briefing("daily"), DAY).pdf());

            assertThat(again).isEqualTo(first);
        }
    }

    @Test
    void carriesMetadataFromTheEditionInBothInformationAndXmp() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(editionBytes())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            ZonedDateTime periodEnd = DAY.plusDays(1).atStartOfDay(java.time.ZoneId.of("UTC"));
            assertThat(info.getTitle()).isEqualTo("Daily Briefing \u2014 Monday 11 May 2026");
            assertThat(info.getAuthor()).isEqualTo("Daybrief");
            assertThat(info.getKeywords()).contains("Rosalind Achebe").contains("Ottilie Brandvold");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(periodEnd.toInstant());
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");

            XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle());
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(info.getAuthor());
            assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo(info.getKeywords());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(periodEnd.toInstant());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
        }
    }

    @Test
    void embedsTheEditionsDataAsAnAssociatedJsonFile() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(editionBytes())) {
            PDComplexFileSpecification spec = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("edition.json");

            assertThat(spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Data");
            assertThat(pdf.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF)).hasSize(1);
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            JsonNode data = new ObjectMapper().readTree(spec.getEmbeddedFile().toByteArray());
            assertThat(data.get("date").asText()).isEqualTo("2026-05-11");
            assertThat(data.get("stories").get(0).get("quotes").get(0).get("speaker").asText()).isNotBlank();
            assertThat(data.get("sources").size()).isEqualTo(data.get("stories").size());
        }
    }

    @Test
    void readsBackLetterForLetterWhereFontsWouldDrawLigatures() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder);
             PDDocument pdf = Loader.loadPDF(edition(daybrief, LocalDate.of(2026, 5, 13)).pdf().toFile())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("Daily Briefing", "Affluent flyers find the new airport office difficult",
                    "official", "flights", "financial", "Fiona Flett");
        }
    }

    @Test
    void marksAndReportsTextTheFontsCannotShowInsteadOfDroppingIt() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            Path events = folder.resolve("scripts.ndjson");
            Files.writeString(events, "{\"source\": \"Lantern Wire\", \"title\": \"Trade envoy visits \u5317\u4EAC\","
                    + " \"published\": \"2026-05-11\", \"body\": \"The envoy met officials in \u5317\u4EAC on Monday.\"}\n");
            daybrief.ingester().ingest(List.of(events));
            Edition edition = daybrief.editions().make(daybrief.briefing("daily"), DAY);

            assertThat(edition.warnings()).singleElement().asString().contains("CJK UNIFIED IDEOGRAPHS")
                    .contains("\u5317\u4EAC");
            try (PDDocument pdf = Loader.loadPDF(edition.pdf().toFile())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Trade envoy visits \uFFFD\uFFFD");
            }
            assertThat(VeraPdf.failures(Files.readAllBytes(edition.pdf()), PDFAFlavour.PDFA_3_A)).isEmpty();
        }
    }

    @Test
    void leavesTheArchiveAsItWasWhenATemplateFails() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            Edition made = edition(daybrief, DAY);
            byte[] before = Files.readAllBytes(made.pdf());
            Files.createDirectories(folder.resolve("templates"));
            Files.writeString(folder.resolve("templates/briefing.ftlh"), "<html>\n${briefing.nosuch}\n</html>");
        }
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            assertThatThrownBy(() -> daybrief.editions().make(daybrief.briefing("daily"), DAY))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("line 2");
            Edition kept = daybrief.archive().find("daily", DAY).orElseThrow();
            assertThat(kept.makes()).isEqualTo(1);
            assertThat(Files.readAllBytes(kept.pdf())).isNotEmpty();
            assertThat(io.daybrief.event.ContentHash.sha256(Files.readAllBytes(kept.pdf()))).isEqualTo(kept.sha256());
            try (var files = Files.list(kept.pdf().getParent())) {
                assertThat(files).hasSize(1);
            }
        }
    }

    @Test
    void fetchesNoImageOrStylesheetNamedInAnEventsText() throws Exception {
        try (CountingServer server = new CountingServer(); Daybrief daybrief = TestDaybrief.open(folder)) {
            String base = server.base();
            Path events = folder.resolve("hostile.ndjson");
            Files.writeString(events, "{\"source\": \"Lantern Wire\", \"title\": \"<img src='" + base + "/t.png'>\","
                    + " \"published\": \"2026-05-11\", \"body\": \"A report. <img src=\\\"" + base + "/b.png\\\">"
                    + " <link rel=\\\"stylesheet\\\" href=\\\"" + base + "/s.css\\\"> Said nothing.\"}\n");
            daybrief.ingester().ingest(List.of(events));
            Edition edition = daybrief.editions().make(daybrief.briefing("daily"), DAY);

            try (PDDocument pdf = Loader.loadPDF(edition.pdf().toFile())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("<img src='" + base + "/t.png'>");
            }
            assertThat(server.requests()).isZero();
        }
    }
}
