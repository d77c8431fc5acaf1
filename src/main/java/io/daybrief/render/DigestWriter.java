package io.daybrief.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.briefing.Counts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Makes a digest: a cover page listing the period's editions (and naming the days that have none), the
 * people quoted most and the period's key figures, then the archived editions themselves, merged with PDFBox
 * under one bookmark per day and numbered continuously.
 *
 * <p>What the cover says is read from each edition's attached JSON, not from its text.
 */
public final class DigestWriter {

    /** The cover's template, in the template folder or among the defaults. */
    public static final String TEMPLATE = "digest.ftlh";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PEOPLE = 10;
    private static final int FIGURES_PER_DAY = 2;

    private final Templates templates;
    private final PdfWriter pdf;

    public DigestWriter(Templates templates, PdfWriter pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** One day of the digest: its edition's PDF, or {@code null} when no edition was made for it. */
    public record Day(LocalDate date, Path edition) {
    }

    /** The cover's model: what a template reads as {@code digest}. */
    public record Cover(String title, String label, String from, String to, List<Entry> editions, List<String> missing,
                        List<Person> people, List<KeyFigure> figures) {
    }

    /** An edition in the digest: its day, how many stories it has, and the digest page it starts on. */
    public record Entry(String day, int stories, int page) {
    }

    /** Someone quoted in the period, with how many of their quotes the editions carry. */
    public record Person(String name, int quotes) {
    }

    /** A key figure of the period, with the day it was reported. */
    public record KeyFigure(String day, String text, String counts, String value) {
    }

    /** Writes the digest of {@code days}; the owner and moment go into its metadata. */
    public byte[] write(String briefingTitle, String label, List<Day> days, String owner, ZonedDateTime moment)
            throws IOException {
        List<PDDocument> editions = new ArrayList<>();
        try {
            List<JsonNode> data = new ArrayList<>();
            List<DocumentFacts.Attachment> attachments = new ArrayList<>();
            List<Day> present = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Day day : days) {
                if (day.edition() == null) {
                    missing.add(DAY.format(day.date()));
                    continue;
                }
                PDDocument edition = Loader.loadPDF(day.edition().toFile());
                editions.add(edition);
                present.add(day);
                byte[] json = EditionData.bytes(edition);
                data.add(JSON.readTree(json));
                attachments.add(new DocumentFacts.Attachment("edition-" + day.date() + ".json", "application/json",
                        "The data of the edition of " + day.date(), json));
                // Each edition's data is attached again below, as an associated file of the digest itself.
                edition.getDocumentCatalog().setNames(null);
                edition.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.AF);
            }
            String title = briefingTitle + " digest, " + label;
            DocumentFacts facts = new DocumentFacts(title, briefingTitle + " digest of " + DAY.format(days.get(0).date())
                    + " to " + DAY.format(days.get(days.size() - 1).date()), keywords(data), owner, moment, "en", attachments);
            byte[] cover = coverPdf(title, label, days, present, editions, missing, data, facts, 1);
            int coverPages = pageCount(cover);
            cover = coverPdf(title, label, days, present, editions, missing, data, facts, coverPages);
            return merge(cover, present, editions, facts);
        } finally {
            for (PDDocument edition : editions) {
                edition.close();
            }
        }
    }

    private byte[] coverPdf(String title, String label, List<Day> days, List<Day> present, List<PDDocument> editions,
                            List<String> missing, List<JsonNode> data, DocumentFacts facts, int coverPages) {
        List<Entry> entries = new ArrayList<>();
        int page = coverPages + 1;
        for (int i = 0; i < present.size(); i++) {
            entries.add(new Entry(DAY.format(present.get(i).date()), data.get(i).path("stories").size(), page));
            page += editions.get(i).getNumberOfPages();
        }
        Cover cover = new Cover(title, label, DAY.format(days.get(0).date()), DAY.format(days.get(days.size() - 1).date()),
                entries, missing, people(data), figures(present, data));
        return pdf.write(templates.render(TEMPLATE, Map.of("digest", cover)), facts);
    }

    private static List<Person> people(List<JsonNode> data) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode edition : data) {
            for (JsonNode story : edition.path("stories")) {
                for (JsonNode quote : story.path("quotes")) {
                    String speaker = quote.path("speaker").asText("");
                    if (!speaker.isEmpty() && Character.isUpperCase(speaker.charAt(0))) {
                        counts.merge(speaker, 1, Integer::sum);
                    }
                }
            }
        }
        return Counts.mostFrequent(counts, PEOPLE).stream().map(e -> new Person(e.getKey(), e.getValue())).toList();
    }

    private static List<KeyFigure> figures(List<Day> present, List<JsonNode> data) {
        List<KeyFigure> figures = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            int taken = 0;
            for (JsonNode story : data.get(i).path("stories")) {
                for (JsonNode figure : story.path("figures")) {
                    if (taken < FIGURES_PER_DAY && !figure.path("counts").asText("").isEmpty()) {
                        figures.add(new KeyFigure(DAY.format(present.get(i).date()), figure.path("text").asText(),
                                figure.path("counts").asText(), figure.path("value").asText()));
                        taken++;
                    }
                }
            }
        }
        return figures;
    }

    private static List<String> keywords(List<JsonNode> data) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode edition : data) {
            edition.path("keywords").forEach(k -> counts.merge(k.asText(), 1, Integer::sum));
        }
        return Counts.mostFrequent(counts, 12).stream().map(Map.Entry::getKey).toList();
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static byte[] merge(byte[] cover, List<Day> present, List<PDDocument> editions, DocumentFacts facts)
            throws IOException {
        try (PDDocument digest = Loader.loadPDF(cover)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 0; i < editions.size(); i++) {
                PDDocument edition = editions.get(i);
                nestOutlineUnder(edition, DAY.format(present.get(i).date()));
                merger.appendDocument(digest, edition);
            }
            PDPageLabels labels = new PDPageLabels(digest);
            PDPageLabelRange continuous = new PDPageLabelRange();
            continuous.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            labels.setLabelItem(0, continuous);
            digest.getDocumentCatalog().setPageLabels(labels);
            ArchivalFinish.apply(digest, facts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            digest.save(out);
            return out.toByteArray();
        }
    }

    /** Puts an edition's bookmarks under one for its day, pointing at its first page. */
    private static void nestOutlineUnder(PDDocument edition, String day) {
        PDDocumentOutline outline = edition.getDocumentCatalog().getDocumentOutline();
        PDOutlineItem dayItem = new PDOutlineItem();
        dayItem.setTitle(day);
        dayItem.setDestination(edition.getPage(0));
        if (outline != null) {
            List<PDOutlineItem> stories = new ArrayList<>();
            outline.children().forEach(stories::add);
            for (PDOutlineItem story : stories) {
                story.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.PARENT);
                story.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.PREV);
                story.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.NEXT);
                dayItem.addLast(story);
            }
        }
        PDDocumentOutline nested = new PDDocumentOutline();
        nested.addLast(dayItem);
        edition.getDocumentCatalog().setDocumentOutline(nested);
    }
}
