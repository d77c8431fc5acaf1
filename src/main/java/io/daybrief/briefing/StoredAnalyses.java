package io.daybrief.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daybrief.analysis.Analysis;
import io.daybrief.analysis.Analyzer;
import io.daybrief.analysis.Entity;
import io.daybrief.analysis.Figure;
import io.daybrief.analysis.NewsValue;
import io.daybrief.analysis.Quote;
import io.daybrief.analysis.Sentence;
import io.daybrief.event.EventStore;
import io.daybrief.event.EventStore.StoredAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The front door for the analyses of stored events: each event is analysed once per analyser version and the
 * analysis kept with it, so that every edition that reads the event reads the stored one.
 *
 * <p>An analysis is stored as JSON; its sentences as offsets into the event's body, which is stored already.
 * A stored analysis of an older analyser version, or one that cannot be read, is made again when next needed or
 * by {@link #reanalyse(boolean)}. Thread-safe.
 */
public final class StoredAnalyses {

    /** Events analysed and stored together by {@link #reanalyse(boolean)}: every core busy, memory bounded. */
    private static final int BATCH = 256;
    /** The layout of the stored JSON, checked on reading: a change to it needs a new analyser version too. */
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore events;
    private final Analyzer analyzer;

    public StoredAnalyses(EventStore events, Analyzer analyzer) {
        this.events = events;
        this.analyzer = analyzer;
    }

    /** The analyser whose analyses these are. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** The analyser version a stored analysis must have to be used. */
    public int version() {
        return Analyzer.VERSION;
    }

    /** An event with its analysis. */
    public record Analysed(io.daybrief.event.Event event, Analysis analysis) {
    }

    /**
     * The latest events (of one source and publication date, when given), newest first, each with its analysis:
     * the stored one, or one made now and stored.
     */
    public java.util.List<Analysed> recent(String source, java.time.LocalDate day, int limit) {
        java.util.List<Long> ids = events.recentIds(source, day, limit);
        Map<Long, Analysed> byId = new java.util.HashMap<>();
        Map<Long, StoredAnalysis> made = new java.util.concurrent.ConcurrentHashMap<>();
        events.forEachOf(ids, version(), (event, stored) -> byId.put(event.id(),
                new Analysed(event, of(event.id(), event.body(), stored, made))));
        store(made);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The analysis of an event's body: the stored one when {@code stored} (as read with the event) can be read,
     * else one made now and put in {@code made} by event id, for {@link #store(Map)}; {@code made} is safe for
     * threads (a {@link java.util.concurrent.ConcurrentHashMap}), as a batch of events is analysed on every core.
     */
    public Analysis of(long eventId, String body, String stored, Map<Long, StoredAnalysis> made) {
        Analysis analysis = stored == null ? null : read(stored, body);
        if (analysis != null) {
            return analysis;
        }
        analysis = analyzer.analyze(body);
        made.put(eventId, stored(analysis, body));
        return analysis;
    }

    /**
     * What an event's body says towards its news value, for an event without a readable stored one: from an
     * analysis made now and put in {@code made}, as {@link #of} does.
     */
    public NewsValue.BodyValue analyseBodyValue(long eventId, String body, Map<Long, StoredAnalysis> made) {
        Analysis analysis = analyzer.analyze(body);
        made.put(eventId, stored(analysis, body));
        return NewsValue.BodyValue.of(body, analysis);
    }

    /** An analysis as it is stored: the analysis itself and its body's value. */
    static StoredAnalysis stored(Analysis analysis, String body) {
        return new StoredAnalysis(write(analysis), NewsValue.BodyValue.of(body, analysis).write());
    }

    /** Stores analyses made by {@link #of}. */
    public void store(Map<Long, StoredAnalysis> made) {
        events.storeAnalyses(made, version());
    }

    /** What {@link #reanalyse(boolean)} did: events analysed, and events whose stored analysis was current. */
    public record Reanalysed(long analysed, long current) {
    }

    /**
     * Analyses every stored event that has no analysis of this analyser version (every event, when {@code all}),
     * a batch at a time on every core, and stores the analyses.
     */
    public Reanalysed reanalyse(boolean all) {
        long current = all ? 0 : events.analysisCounts(version()).current();
        Batches batches = new Batches();
        events.forEachToAnalyse(version(), all, batches::add);
        return new Reanalysed(batches.finish(), current);
    }

    /** Analyses the given events (just stored, say) and stores their analyses; returns how many it analysed. */
    public long analyse(java.util.Collection<Long> eventIds) {
        Batches batches = new Batches();
        events.forEachBody(eventIds, batches::add);
        return batches.finish();
    }

    /** Bodies gathered a batch at a time, each batch analysed on every core and stored. Not thread-safe. */
    private final class Batches {

        private final Map<Long, String> bodies = new HashMap<>();
        private long analysed;

        void add(long eventId, String body) {
            bodies.put(eventId, body);
            if (bodies.size() == BATCH) {
                flush();
            }
        }

        long finish() {
            flush();
            return analysed;
        }

        private void flush() {
            Map<Long, StoredAnalysis> made = new java.util.concurrent.ConcurrentHashMap<>();
            bodies.entrySet().parallelStream().forEach(e -> made.put(e.getKey(),
                    stored(analyzer.analyze(e.getValue()), e.getValue())));
            store(made);
            analysed += made.size();
            bodies.clear();
        }
    }

    /** An analysis as stored: its sentences as offsets, its findings whole. */
    static String write(Analysis analysis) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", analysis.version());
        ArrayNode sentences = root.putArray("sentences");
        analysis.sentences().forEach(s -> sentences.addArray().add(s.start()).add(s.end()));
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : analysis.quotes()) {
            quotes.addObject().put("text", q.text()).put("speaker", q.speaker()).put("role", q.speakerRole())
                    .put("cue", q.cue()).put("start", q.start()).put("end", q.end())
                    .put("confidence", q.confidence()).put("decidedBy", q.decidedBy());
        }
        ArrayNode figures = root.putArray("figures");
        for (Figure f : analysis.figures()) {
            figures.addObject().put("text", f.text()).put("value", f.value()).put("unit", f.unit())
                    .put("approx", f.approx()).put("counts", f.counts()).put("start", f.start()).put("end", f.end());
        }
        ArrayNode entities = root.putArray("entities");
        analysis.entities().forEach(e -> entities.addObject().put("text", e.text()).put("type", e.type()));
        ArrayNode summary = root.putArray("summary");
        analysis.summary().forEach(summary::add);
        return root.toString();
    }

    /** A stored analysis of {@code body}, or null when it is not one this build can read. */
    static Analysis read(String stored, String body) {
        try {
            JsonNode root = JSON.readTree(stored);
            if (root.path("format").asInt() != FORMAT) {
                return null;
            }
            List<Sentence> sentences = new ArrayList<>();
            for (JsonNode s : root.path("sentences")) {
                int start = s.get(0).asInt();
                int end = s.get(1).asInt();
                sentences.add(new Sentence(body.substring(start, end), start, end));
            }
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : root.path("quotes")) {
                quotes.add(new Quote(q.get("text").asText(), q.get("speaker").asText(), text(q, "role"),
                        text(q, "cue"), q.get("start").asInt(), q.get("end").asInt(),
                        q.get("confidence").asDouble(), text(q, "decidedBy")));
            }
            List<Figure> figures = new ArrayList<>();
            for (JsonNode f : root.path("figures")) {
                figures.add(figure(f));
            }
            List<Entity> entities = new ArrayList<>();
            root.path("entities").forEach(e -> entities.add(new Entity(e.get("text").asText(), e.get("type").asText())));
            List<String> summary = new ArrayList<>();
            root.path("summary").forEach(s -> summary.add(s.asText()));
            return new Analysis(root.path("version").asInt(), sentences, quotes, figures, entities, summary);
        } catch (JsonProcessingException | RuntimeException e) {
            // Unreadable (a body changed under it, a layout of another build): analysed again, which is always right.
            return null;
        }
    }

    private static Figure figure(JsonNode f) {
        return new Figure(f.get("text").asText(), f.get("value").asDouble(), f.get("unit").asText(),
                f.get("approx").asBoolean(), text(f, "counts"), f.get("start").asInt(), f.get("end").asInt());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
