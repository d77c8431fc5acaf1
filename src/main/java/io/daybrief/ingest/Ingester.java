package io.daybrief.ingest;

import io.daybrief.event.Event;
import io.daybrief.event.EventStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The front door of ingest: reads files and folders of events into the store.
 *
 * <p>{@code .txt} and Markdown ({@code .md}) files are articles (one event each), {@code .html} files web pages
 * (the article on them is the event), {@code .json} files hold one event or an array of them, {@code .ndjson} and
 * {@code .jsonl} files one event per line, {@code .csv} files one event per row under a header row. Addresses are
 * stored in one form ({@link Urls}), so the same page reached by two links is one event. Folders are read recursively in name order,
 * hidden files skipped. A bad record is refused with its file, line and fix, and the good ones still go in.
 */
public final class Ingester {

    /** The largest file read: a bigger one is refused whole, to be split, rather than read into memory. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private final EventStore store;
    private final int maxEventKb;
    private final java.util.function.Consumer<List<Long>> analyse;

    /**
     * {@code maxEventKb}: a record whose body is larger is refused (a 10 MB body is not a report); {@code analyse}
     * is given the ids of the events each ingest stored, once they are committed, to analyse them ahead of the
     * editions that will read them.
     */
    public Ingester(EventStore store, int maxEventKb, java.util.function.Consumer<List<Long>> analyse) {
        this.store = store;
        this.maxEventKb = maxEventKb;
        this.analyse = analyse;
    }

    /**
     * Reads every file under the given paths. Each record is on its own: one that cannot be read or stored is
     * refused with its file, line and reason, and the others still go in.
     */
    public IngestReport ingest(List<Path> paths) {
        return ingest(paths, null, null);
    }

    /**
     * Reads every file under the given paths; a text article with no date of its own takes {@code date} (when not
     * null), and every text article takes {@code source} as its source (when not null).
     */
    public IngestReport ingest(List<Path> paths, LocalDate date, String source) {
        TextArticleReader.Options options = new TextArticleReader.Options(date, source);
        Collector collector = new Collector();
        try (EventStore.Batch batch = store.batch()) {
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    collector.refusals.add(new IngestReport.Refusal(path.toString(), 0,
                            "no such file or folder; check the path"));
                } else if (Files.isDirectory(path)) {
                    filesUnder(path, collector).forEach(file -> readFile(file, options, batch, collector));
                } else {
                    readFile(path, options, batch, collector);
                }
            }
        }
        return collector.report(analyse);
    }

    /**
     * Stores events read elsewhere (a feed's entries, a fetched page), each under {@code name} and its own line (its
     * place in the feed), or refuses one with its reason; the others still go in.
     */
    public IngestReport ingestEvents(String name, List<Read> events) {
        Collector collector = new Collector();
        try (EventStore.Batch batch = store.batch()) {
            RecordSink sink = sink(name, batch, collector);
            for (Read read : events) {
                if (read.event() != null) {
                    sink.accept(read.line(), read.event(), read.notes());
                } else {
                    sink.refuse(read.line(), read.refusal());
                }
            }
        }
        return collector.report(analyse);
    }

    /** One record read from a feed or a page: the event, or why there is none. */
    public record Read(int line, Event event, String refusal, List<String> notes) {

        public Read {
            notes = List.copyOf(notes);
        }

        public static Read of(int line, Event event, List<String> notes) {
            return new Read(line, event, null, notes);
        }

        public static Read refused(int line, String reason) {
            return new Read(line, null, reason, List.of());
        }
    }

    /** Whether a file's name is of a kind that is read (text, Markdown, HTML, JSON, NDJSON, CSV). */
    public static boolean isReadable(Path file) {
        return kind(file.toString()) != null;
    }

    /** Reads the events of one named resource (a file, or a sample packed in the jar) from its text. */
    public IngestReport ingestText(String name, String text) {
        Collector collector = new Collector();
        try (EventStore.Batch batch = store.batch()) {
            RecordSink sink = sink(name, batch, collector);
            switch (kind(name)) {
                case "text" -> readArticle(Path.of(name), text, sink);
                case "json" -> JsonEventReader.readDocument(normal(text), sink);
                default -> JsonEventReader.readLines(normal(text), sink);
            }
        }
        return collector.report(analyse);
    }

    private static List<Path> filesUnder(Path folder, Collector collector) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            collector.refusals.add(new IngestReport.Refusal(folder.toString(), 0, "folder cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, TextArticleReader.Options options, EventStore.Batch batch, Collector collector) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            collector.refusals.add(new IngestReport.Refusal(name, 0, "not a regular file (a device, pipe or socket);"
                    + " give files of events, or folders of them"));
            return;
        }
        if (kind(name) == null) {
            collector.ignored.add(name);
            return;
        }
        RecordSink sink = sink(name, batch, collector);
        byte[] bytes;
        java.time.Instant modified;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                sink.refuse(0, "the file is " + Files.size(file) / (1024 * 1024) + " MB, over the "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB read at once; split it into smaller files");
                return;
            }
            bytes = Files.readAllBytes(file);
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            sink.refuse(0, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check that"
                    + " it exists and that you may read it");
            return;
        }
        try {
            if (kind(name).equals("text")) {
                TextArticleReader.read(file, bytes, modified, options, sink);
                return;
            }
            if (kind(name).equals("page")) {
                PageEvents.read(file, bytes, modified, options, sink);
                return;
            }
            String text;
            try {
                text = TextDecoder.decode(bytes).text();
            } catch (TextDecoder.NotTextException e) {
                sink.refuse(0, e.getMessage());
                return;
            }
            if (kind(name).equals("json")) {
                JsonEventReader.readDocument(normal(text), sink);
            } else if (kind(name).equals("csv")) {
                CsvEventReader.read(normal(text), sink);
            } else {
                JsonEventReader.readLines(normal(text), sink);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A reader's own failure on input nobody foresaw: the file is refused, the ingest goes on.
            sink.refuse(0, "could not be read (" + e + "); the records before it in this file were");
        }
    }

    /** Reads a sample's text as an article, as a file would be read but with no file time. */
    private static void readArticle(Path name, String text, RecordSink sink) {
        try {
            TextArticleReader.accept(TextArticleReader.read(name, text, null, TextArticleReader.Options.NONE,
                    new ArrayList<>()), sink);
        } catch (TextArticleReader.UnreadableException e) {
            sink.refuse(0, e.getMessage());
        }
    }

    private static String normal(String text) {
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
    }

    private RecordSink sink(String name, EventStore.Batch batch, Collector collector) {
        return new RecordSink() {
            @Override
            public void accept(int line, Event read, List<String> notes) {
                Event event = read.withUrl(Urls.normalise(read.url()));
                List<String> problems = event.problems(maxEventKb);
                if (!problems.isEmpty()) {
                    refuse(line, String.join("; ", problems));
                    return;
                }
                EventStore.Added added;
                try {
                    added = batch.add(event);
                } catch (RuntimeException e) {
                    refuse(line, "could not be stored (" + e.getMessage() + "); the other records were");
                    return;
                }
                IngestReport.Item item = new IngestReport.Item(name, line, added.event().title(), added.event().id(),
                        added.duplicateOf(), notes);
                (added.duplicate() ? collector.duplicates : added.updated() ? collector.updated : collector.added)
                        .add(item);
            }

            @Override
            public void refuse(int line, String reason) {
                collector.refusals.add(new IngestReport.Refusal(name, line, reason));
            }
        };
    }

    private static String kind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return "text";
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return "page";
        }
        if (lower.endsWith(".csv")) {
            return "csv";
        }
        if (lower.endsWith(".json")) {
            return "json";
        }
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return "lines";
        }
        return null;
    }

    /** What one ingest has gathered so far. */
    private static final class Collector {
        final List<IngestReport.Item> added = new ArrayList<>();
        final List<IngestReport.Item> updated = new ArrayList<>();
        final List<IngestReport.Item> duplicates = new ArrayList<>();
        final List<IngestReport.Refusal> refusals = new ArrayList<>();
        final List<String> ignored = new ArrayList<>();

        /** What was read, after what was stored is analysed. */
        IngestReport report(java.util.function.Consumer<List<Long>> analyse) {
            if (!added.isEmpty() || !updated.isEmpty()) {
                analyse.accept(java.util.stream.Stream.concat(added.stream(), updated.stream())
                        .map(IngestReport.Item::eventId).toList());
            }
            return new IngestReport(added, updated, duplicates, refusals, ignored);
        }
    }
}
