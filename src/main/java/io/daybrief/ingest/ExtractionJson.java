package io.daybrief.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daybrief.analysis.Entity;
import io.daybrief.analysis.Figure;
import io.daybrief.analysis.NewsValue;
import io.daybrief.analysis.Quote;

/** The analysis of one article as the JSON document {@code extract --json} prints, the web shows and tools read. */
final class ExtractionJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ExtractionJson() {
    }

    static ObjectNode document(Extraction.Document document) {
        ObjectNode node = JSON.objectNode();
        node.put("file", document.file());
        node.put("title", document.title());
        node.put("date", document.date() == null ? null : document.date().toString());
        ArrayNode quotes = node.putArray("quotes");
        for (Quote q : document.quotes()) {
            quotes.addObject().put("text", q.text()).put("speaker", q.speaker()).put("speaker_role", q.speakerRole())
                    .put("cue", q.cue()).put("start", q.start()).put("end", q.end())
                    .put("confidence", Math.round(q.confidence() * 1000) / 1000.0);
        }
        ArrayNode figures = node.putArray("figures");
        for (Figure f : document.figures()) {
            ObjectNode figure = figures.addObject().put("text", f.text());
            if (f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15) {
                figure.put("value", (long) f.value());
            } else {
                figure.put("value", f.value());
            }
            figure.put("unit", f.unit()).put("approx", f.approx()).put("counts", f.counts())
                    .put("start", f.start()).put("end", f.end());
        }
        ArrayNode entities = node.putArray("entities");
        for (Entity e : document.entities()) {
            entities.addObject().put("text", e.text()).put("type", e.type());
        }
        ArrayNode summary = node.putArray("summary");
        document.summary().forEach(summary::add);
        putScore(node.putObject("score"), document.score());
        return node;
    }

    /** A news-value score: its total, its parts by name and the topics it found. */
    static void putScore(ObjectNode node, NewsValue.Score score) {
        node.put("total", score.total());
        ObjectNode parts = node.putObject("parts");
        score.parts().forEach(parts::put);
        ArrayNode topics = node.putArray("topics");
        score.topics().forEach(topics::add);
    }
}
