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
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
                sink.refuse(i + 1, "not valid JSON (" + e.getOriginalMessage() + " at column "
                        + e.getLocation().getColumnNr() + "); each line must hold one complete JSON object");
            }
        }
    }

    /** Reads a JSON document: an object, an array of objects, or an object with an "events" array. */
    static void readDocument(String text, RecordSink sink) {
        try (JsonParser parser = new JsonFactory().setCodec(MAPPER).createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                if (parser.nextToken() == JsonToken.FIELD_NAME && "events".equals(parser.currentName())
                        && parser.nextToken() == JsonToken.START_ARRAY) {
                    readArrayElements(parser, sink);
                } else {
                    record(MAPPER.readTree(text), line, sink);
                }
            } else if (first == JsonToken.START_ARRAY) {
                readArrayElements(parser, sink);
            } else {
                sink.refuse(1, "expected a JSON object or array of event objects; see the schema in README.md");
            }
        } catch (JsonProcessingException e) {
            sink.refuse(e.getLocation().getLineNr(), "not valid JSON (" + e.getOriginalMessage() + "); the records"
                    + " before this point were read, the rest of the file was not: fix the JSON and ingest it again");
        } catch (IOException e) {
            sink.refuse(0, "cannot be read: " + e.getMessage());
        }
    }

    private static void readArrayElements(JsonParser parser, RecordSink sink) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            if (parser.currentToken() == null) {
                return;
            }
            JsonNode node = parser.readValueAsTree();
            record(node, line, sink);
        }
    }

    private static void record(JsonNode node, int line, RecordSink sink) {
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
        if (!problems.isEmpty()) {
            sink.refuse(line, String.join("; ", problems));
            return;
        }
        String headline = title != null && !title.isBlank() ? title.strip() : Headlines.fromLead(body);
        sink.accept(line, Event.draft(source.strip(), url, headline, published, text(node, "dateline", problems, false),
                body.strip(), language == null ? "en" : language, tags));
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
