package io.daybrief.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.event.Event;
import io.daybrief.event.Published;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads events from JSON (one object, an array of objects, or {@code {"events": [...]}}) and from NDJSON (one
 * object per line). The schema is in README.md; an unknown field refuses its record, naming the field, because
 * a misspelt field would otherwise lose data silently.
 */
final class JsonEventReader {

    static final Set<String> FIELDS = Set.of("source", "title", "body", "published", "url", "dateline", "language", "tags");
    /** An event is flat (its deepest part is the list of tags in {"events": [...]}): far deeper is not an event. */
    private static final int MAX_DEPTH = 32;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).build())
            .build();
    /**
     * Reads values one after another from a stream of them, refusing a key given twice (as the tree is built, so
     * the stream stays readable after the refused element).
     */
    private static final ObjectMapper STREAM = new ObjectMapper(FACTORY)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    /** Reads a whole line or document as one value, refusing also anything that follows it. */
    private static final ObjectMapper MAPPER = STREAM.copy()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonEventReader() {
    }

    /** Reads a file with one JSON object per line; blank lines are allowed. */
    static void readLines(String text, RecordSink sink) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                record(MAPPER.readTree(line), i + 1, sink);
            } catch (JsonProcessingException e) {
                sink.refuse(i + 1, isDuplicateKey(e) ? duplicateKey(e) : isTrailing(e) ? "more follows the JSON"
                        + " object on this line; each line must hold one object, alone" : "not valid JSON ("
                        + e.getOriginalMessage() + " at column " + (e.getLocation() == null ? 0
                        : e.getLocation().getColumnNr()) + "); each line must hold one complete JSON object");
            }
        }
    }

    /** Reads a JSON document: an object, an array of objects, or an object with an "events" array. */
    static void readDocument(String text, RecordSink sink) {
        try (JsonParser parser = STREAM.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                if (parser.nextToken() == JsonToken.FIELD_NAME && "events".equals(parser.currentName())
                        && parser.nextToken() == JsonToken.START_ARRAY) {
                    readArrayElements(parser, sink);
                    expectEnd(parser, JsonToken.END_OBJECT, sink);
                } else {
                    record(MAPPER.readTree(text), line, sink);
                }
            } else if (first == JsonToken.START_ARRAY) {
                readArrayElements(parser, sink);
                expectEnd(parser, null, sink);
            } else {
                sink.refuse(1, "expected a JSON object or array of event objects; see the schema in README.md");
            }
        } catch (JsonProcessingException e) {
            sink.refuse(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), isDuplicateKey(e) ? duplicateKey(e)
                    : isTrailing(e) ? "more follows the JSON document; a file holds one document: remove what follows,"
                    + " or put each event on a line of its own in a .ndjson file"
                    : "not valid JSON (" + e.getOriginalMessage() + "); the records before this point were read, the"
                    + " rest of the file was not: fix the JSON and ingest it again");
        } catch (IOException e) {
            sink.refuse(0, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads each element of an array as one event. An element with a key given twice is refused alone and the
     * reading goes on after it; broken JSON ends the reading, since nothing after it can be trusted.
     */
    private static void readArrayElements(JsonParser parser, RecordSink sink) throws IOException {
        com.fasterxml.jackson.core.JsonStreamContext array = parser.getParsingContext();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            if (parser.currentToken() == null) {
                return;
            }
            JsonNode node;
            try {
                node = parser.readValueAsTree();
            } catch (JsonProcessingException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                sink.refuse(line, duplicateKey(e));
                while (parser.getParsingContext() != array && parser.nextToken() != null) {
                    parser.skipChildren();
                }
                continue;
            }
            record(node, line, sink);
        }
    }

    /** After the events: the document must end (with {@code close} first, for {"events": [...]}), not go on. */
    private static void expectEnd(JsonParser parser, JsonToken close, RecordSink sink) throws IOException {
        JsonToken next = parser.nextToken();
        if (close != null && next == close) {
            next = parser.nextToken();
        }
        if (next != null) {
            sink.refuse(parser.currentTokenLocation().getLineNr(), "more follows the events"
                    + (close == null ? " array" : " list") + " (" + next.asString() + "); a file holds one JSON"
                    + " document: remove what follows, or put each event on a line of its own in a .ndjson file");
        }
    }

    private static boolean isDuplicateKey(JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field");
    }

    private static boolean isTrailing(JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
    }

    private static String duplicateKey(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int quoted = message.indexOf('\'');
        String field = quoted < 0 ? "a field" : message.substring(quoted, message.indexOf('\'', quoted + 1) + 1);
        return "the field " + field + " is given twice; keep one of them";
    }

    static void record(JsonNode node, int line, RecordSink sink) {
        if (!node.isObject()) {
            sink.refuse(line, "expected an event object, found " + node.getNodeType().toString().toLowerCase());
            return;
        }
        List<String> problems = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add("unknown field \"" + name + "\" (allowed: " + String.join(", ", FIELDS.stream().sorted()
                        .toList()) + ")");
            }
        }
        String source = text(node, "source", problems, true);
        String body = text(node, "body", problems, true);
        String title = text(node, "title", problems, false);
        String url = url(text(node, "url", problems, false), problems);
        Published published = published(text(node, "published", problems, true), problems);
        List<String> tags = tags(node.get("tags"), problems);
        String language = text(node, "language", problems, false);
        if (language != null && language.isBlank()) {
            problems.add("\"language\" is empty; give a language tag such as en, or leave the field out (en)");
        }
        if (!problems.isEmpty()) {
            sink.refuse(line, String.join("; ", problems));
            return;
        }
        String headline = title != null && !title.isBlank() ? title.strip() : Headlines.fromLead(body);
        Event event;
        try {
            event = Event.draft(source.strip(), url, headline, published, text(node, "dateline", problems, false),
                    body.strip(), language == null ? "en" : language.strip(), tags);
        } catch (IllegalArgumentException e) {
            // A field left blank once the characters that cannot be stored were taken out of it.
            sink.refuse(line, e.getMessage() + " once control characters are removed; give it real text");
            return;
        }
        sink.accept(line, event);
    }

    private static String text(JsonNode node, String field, List<String> problems, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add("\"" + field + "\" is missing; every event needs one");
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add("\"" + field + "\" must be a string, not " + value.getNodeType().toString().toLowerCase());
            return null;
        }
        if (required && value.asText().isBlank()) {
            problems.add("\"" + field + "\" is empty; every event needs one");
            return null;
        }
        return value.asText();
    }

    private static String url(String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                problems.add("\"url\": '" + value + "' is not an http or https address; give the full address or"
                        + " leave the field out");
                return null;
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            problems.add("\"url\": '" + value + "' is not an address (" + e.getReason() + ")");
            return null;
        }
    }

    private static Published published(String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return Published.on(LocalDate.parse(v));
            }
            if (v.endsWith("]")) {
                return Published.at(ZonedDateTime.parse(v));
            }
            return Published.at(OffsetDateTime.parse(v));
        } catch (DateTimeParseException e) {
            problems.add("\"published\": '" + value + "' is not a date or a time with its offset; write"
                    + " 2026-03-04 or 2026-03-04T06:30:00+01:00");
            return null;
        }
    }

    private static List<String> tags(JsonNode value, List<String> problems) {
        List<String> tags = new ArrayList<>();
        if (value == null || value.isNull()) {
            return tags;
        }
        if (!value.isArray()) {
            problems.add("\"tags\" must be an array of strings, e.g. [\"energy\", \"gulf\"]");
            return tags;
        }
        for (JsonNode tag : value) {
            if (!tag.isTextual() || tag.asText().isBlank() || tag.asText().length() > 100) {
                problems.add("\"tags\" must hold only non-empty strings of at most 100 characters");
                return tags;
            }
            tags.add(tag.asText().strip());
        }
        return tags;
    }
}
