package io.daybrief.ingest;

import java.util.List;

/**
 * What one ingest did: what went in, what was already stored, what was refused and why.
 *
 * @param added      events stored for the first time
 * @param updated    stored events replaced by a longer version of the same article (same address)
 * @param duplicates events that were already stored (same URL or same content)
 * @param refused    records that could not be read, each with its place and the fix
 * @param ignored    files passed over because of their type
 */
public record IngestReport(List<Item> added, List<Item> updated, List<Item> duplicates, List<Refusal> refused,
                           List<String> ignored) {

    public IngestReport {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        duplicates = List.copyOf(duplicates);
        refused = List.copyOf(refused);
        ignored = List.copyOf(ignored);
    }

    /**
     * One record read: where it was, its title, the event it is stored as, for a duplicate of what, and how it was
     * read when that needs saying (an encoding that was not UTF-8, a date taken from the file's time).
     */
    public record Item(String file, int line, String title, long eventId, String note, List<String> readAs) {

        public Item {
            readAs = List.copyOf(readAs);
        }

        public Item(String file, int line, String title, long eventId, String note) {
            this(file, line, title, eventId, note, List.of());
        }
    }

    /** One record refused: the file, the line (1-based; 0 for the whole file) and the reason with its fix. */
    public record Refusal(String file, int line, String reason) {

        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + reason;
        }
    }

    /** The reports of several ingests as one. */
    public static IngestReport merge(List<IngestReport> reports) {
        return new IngestReport(reports.stream().flatMap(r -> r.added().stream()).toList(),
                reports.stream().flatMap(r -> r.updated().stream()).toList(),
                reports.stream().flatMap(r -> r.duplicates().stream()).toList(),
                reports.stream().flatMap(r -> r.refused().stream()).toList(),
                reports.stream().flatMap(r -> r.ignored().stream()).toList());
    }

    /** Whether anything at all could be read: a new event or a duplicate. */
    public boolean readAnything() {
        return !added.isEmpty() || !updated.isEmpty() || !duplicates.isEmpty();
    }
}
