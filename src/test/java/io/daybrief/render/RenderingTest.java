package io.daybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daybrief.briefing.Briefing;
import io.daybrief.briefing.KeyFigure;
import io.daybrief.briefing.KeyQuote;
import io.daybrief.briefing.Period;
import io.daybrief.briefing.Source;
import io.daybrief.briefing.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingTest {

    @TempDir
    Path folder;

    private static Briefing briefing(String headline, String summary) {
        Story story = new Story(1, "story-1", headline, "Lantern Wire", null, "11 May 2026", "AMBERLEY",
                List.of(summary), List.of(new KeyQuote("We built it properly.", "Ottilie Brandvold", "Commissioner", 7)),
                List.of(new KeyFigure("9 km", "extension", "9 km", false, 7)), 7,
                new io.daybrief.analysis.NewsValue.Score(1.0, java.util.Map.of("government", 0.5), List.of("government")), 1, 1, null, null, null, null);
        return new Briefing("daily", "Daily Briefing", Period.day(LocalDate.of(2026, 5, 11), ZoneId.of("UTC")),
                "Monday 11 May 2026", "UTC", List.of(story),
                List.of(new Source("source-7", 7, "Lantern Wire", headline, "11 May 2026", null)),
                List.of("Ottilie Brandvold", "Amberley"), "Amberley Desk", 1);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void escapesEventTextInTheHtml() {
        EditionRenderer renderer = new EditionRenderer(new Templates(folder), new PdfWriter());

        String html = renderer.html(briefing("<script>alert(1)</script> & more", "A < B"));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    }

    @Test
    void readsAnEditedTemplateFromTheTemplateFolderBeforeTheDefault() throws Exception {
        String original = new String(RenderingTest.class.getResourceAsStream("/templates/briefing.ftlh").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("briefing.ftlh"), original.replace("times in", "clock:"));
        EditionRenderer renderer = new EditionRenderer(new Templates(folder), new PdfWriter());

        String text = pdfText(renderer.render(briefing("Tram opens", "The tram opened.")).pdf());

        assertThat(text).contains("clock: UTC").doesNotContain("times in");
    }

    @Test
    void namesTheTemplateLineAndMissingNameOfATemplateError() throws Exception {
        Files.writeString(folder.resolve("briefing.ftlh"), "<html>\n<body>\n  <p>${briefing.nosuchfield}</p>\n</body></html>");
        EditionRenderer renderer = new EditionRenderer(new Templates(folder), new PdfWriter());

        assertThatThrownBy(() -> renderer.render(briefing("Tram opens", "The tram opened.")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("briefing.ftlh")
                .hasMessageContaining("line 3, column")
                .hasMessageContaining("briefing.nosuchfield");
    }

    @Test
    void fetchesNothingFromTheNetworkEvenWhenTheHtmlAsksForIt() throws Exception {
        try (CountingServer server = new CountingServer()) {
            String base = server.base();
            String html = "<html lang=\"en\"><head><title>Test</title><link rel=\"stylesheet\" href=\"" + base
                    + "/style.css\"/></head><body>"
                    + "<p>Text</p><img src=\"" + base + "/photo.png\"/></body></html>";

            byte[] pdf = new PdfWriter().write(html, new DocumentFacts("Test", "A test", List.of(), "Tests",
                    java.time.ZonedDateTime.parse("2026-05-12T00:00Z"), "en", List.of()));

            assertThat(pdfText(pdf)).contains("Text");
            assertThat(server.requests()).isZero();
        }
    }
}
