package io.daybrief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daybrief.briefing.Briefing;
import io.daybrief.briefing.KeyFigure;
import io.daybrief.briefing.KeyQuote;
import io.daybrief.briefing.Source;
import io.daybrief.briefing.Story;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An edition's content as JSON, embedded in its PDF so that software can re-read the archive without parsing
 * the PDF's text. Fields appear in a fixed order, so the same edition gives the same bytes.
 */
public final class EditionData {

    /** The name the data is attached under. */
    public static final String FILE_NAME = "edition.json";
    /** The version of this layout; readers should check it. */
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EditionData() {
    }

    /** The data attached to an archived edition's PDF, as a tree; empty when the PDF carries none. */
    public static JsonNode read(java.nio.file.Path pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return JSON.readTree(bytes(document));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot read the data of " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** The data attached to an open edition PDF, as JSON bytes; {@code {}} when it carries none. */
    static byte[] bytes(org.apache.pdfbox.pdmodel.PDDocument edition) throws java.io.IOException {
        var names = edition.getDocumentCatalog().getNames();
        var spec = names == null || names.getEmbeddedFiles() == null ? null
                : names.getEmbeddedFiles().getNames().get(FILE_NAME);
        return spec == null ? "{}".getBytes(StandardCharsets.UTF_8) : spec.getEmbeddedFile().toByteArray();
    }

    /** A story's news value as the edition's data and {@code extract --json} carry it: total, parts, topics. */
    public static void putScore(ObjectNode node, io.daybrief.analysis.NewsValue.Score score) {
        node.put("total", score.total());
        ObjectNode parts = node.putObject("parts");
        score.parts().forEach(parts::put);
        ArrayNode topics = node.putArray("topics");
        score.topics().forEach(topics::add);
    }

    /** What has developed in a story since the previous edition: when it was first told, what changed. */
    private static void putDevelopment(ObjectNode node, io.daybrief.briefing.Development development) {
        node.put("since", development.since().toString()).put("since_label", development.sinceLabel())
                .put("previous_label", development.previousLabel());
        ArrayNode changes = node.putArray("changes");
        development.changes().forEach(c -> changes.addObject().put("counts", c.counts()).put("value", c.value())
                .put("earlier", c.earlier()));
        ArrayNode fresh = node.putArray("new_quotes");
        development.freshQuotes().forEach(fresh::add);
        ArrayNode trends = node.putArray("trends");
        for (io.daybrief.briefing.Development.Trend trend : development.trends()) {
            ArrayNode points = trends.addObject().put("counts", trend.counts()).putArray("points");
            trend.points().forEach(p -> points.addObject().put("date", p.date()).put("value", p.value()));
        }
    }

    public static byte[] json(Briefing briefing) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("briefing", briefing.name());
        root.put("title", briefing.title());
        root.put("date", briefing.period().date().toString());
        root.put("date_label", briefing.dateLabel());
        root.put("period_start", briefing.period().start().toOffsetDateTime().toString());
        root.put("period_end", briefing.period().end().toOffsetDateTime().toString());
        root.put("zone", briefing.zoneLabel());
        root.put("event_count", briefing.eventCount());
        ArrayNode keywords = root.putArray("keywords");
        briefing.keywords().forEach(keywords::add);
        ArrayNode stories = root.putArray("stories");
        for (Story story : briefing.stories()) {
            ObjectNode s = stories.addObject();
            s.put("rank", story.rank()).put("headline", story.headline()).put("source", story.source())
                    .put("url", story.url()).put("published", story.published()).put("dateline", story.dateline())
                    .put("event_id", story.eventId()).put("reports", story.reports()).put("sources", story.sources());
            putScore(s.putObject("score"), story.score());
            ArrayNode summary = s.putArray("summary");
            story.summary().forEach(summary::add);
            ArrayNode quotes = s.putArray("quotes");
            for (KeyQuote q : story.quotes()) {
                ArrayNode alsoIn = quotes.addObject().put("text", q.text()).put("speaker", q.speaker())
                        .put("role", q.role()).put("event_id", q.eventId()).putArray("also_in");
                q.alsoIn().forEach(alsoIn::add);
            }
            ArrayNode figures = s.putArray("figures");
            for (KeyFigure f : story.figures()) {
                figures.addObject().put("text", f.text()).put("counts", f.counts()).put("value", f.value())
                        .put("approx", f.approx()).put("event_id", f.eventId());
            }
            s.put("first_report", story.firstReport()).put("last_report", story.lastReport());
            s.put("key", story.key());
            if (story.development() != null) {
                putDevelopment(s.putObject("developing"), story.development());
            }
        }
        ArrayNode sources = root.putArray("sources");
        for (Source source : briefing.sources()) {
            sources.addObject().put("event_id", source.eventId()).put("publisher", source.publisher())
                    .put("title", source.title()).put("published", source.published()).put("url", source.url());
        }
        try {
            return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the edition's data", e);
        }
    }
}
