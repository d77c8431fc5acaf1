package io.daybrief.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.Map;

/**
 * Reads events from CSV with a header row whose columns are the JSON event fields (source, title, body,
 * published, url, dateline, language, tags; tags separated by {@code ;}). Each row is read as the JSON event it
 * spells, with the same rules and errors; a bad row is refused with its line and the others still go in.
 */
final class CsvEventReader {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    /** Rows that cannot be read one after another before the rest of the file is given up as not CSV. */
    private static final int UNREADABLE_IN_A_ROW = 20;

    private CsvEventReader() {
    }

    static void read(String text, RecordSink sink) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = MAPPER.readerForMapOf(String.class).with(schema)
                .readValues(text)) {
            int unreadable = 0;
            while (unreadable < UNREADABLE_IN_A_ROW) {
                int line = rows.getCurrentLocation() == null ? 0 : rows.getCurrentLocation().getLineNr();
                try {
                    if (!rows.hasNextValue()) {
                        return;
                    }
                    line = rows.getCurrentLocation().getLineNr();
                    JsonEventReader.record(event(rows.nextValue()), line, sink);
                    unreadable = 0;
                } catch (RuntimeException | IOException e) {
                    unreadable++;
                    sink.refuse(line, "this row cannot be read as CSV (" + firstLine(e.getMessage()) + "); quote a"
                            + " field that holds commas, quotes or line breaks, doubling its quotes");
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.refuse(1, "the header row cannot be read (" + firstLine(e.getMessage()) + "); the first line names"
                    + " the columns: source,title,body,published,url");
        }
    }

    private static ObjectNode event(Map<String, String> row) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        row.forEach((column, value) -> {
            String name = column.strip().toLowerCase(java.util.Locale.ROOT);
            if (value == null || value.isBlank() && !name.equals("body") && !name.equals("source")) {
                return;
            }
            if (name.equals("tags")) {
                ArrayNode tags = node.putArray("tags");
                for (String tag : value.split(";")) {
                    if (!tag.isBlank()) {
                        tags.add(tag.strip());
                    }
                }
            } else {
                node.put(name, value);
            }
        });
        return node;
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }
}
