package io.daybrief.ingest;

import io.daybrief.event.Event;
import io.daybrief.event.EventStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The front door of ingest: reads files and folders of events into the store.
 *
 * <p>{@code .txt} files are articles (one event each), {@code .json} files hold one event or an array of them,
 * {@code .ndjson} and {@code .jsonl} files one event per line. Folders are read recursively in name order,
 * hidden files skipped. A bad record is refused with its file, line and fix, and the good ones still go in.
 */
public final class Ingester {

    /** The largest file read: a bigger one is refused whole, to be split, rather than read into memory. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private final EventStore store;
    private final int maxEventKb;

    /** {@code maxEventKb}: a record whose body is larger is refused (a 10 MB body is not a report). */
    public Ingester(EventStore store, int maxEventKb) {
        this.store = store;
        this.maxEventKb = maxEventKb;
    }

    /**
     * Reads every file under the given paths. Each record is on its own: one that cannot be read or stored is
     * refused with its file, line and reason, and the others still go in.
     */
    public IngestReport ingest(List<Path> paths) {
        Collector collector = new Collector();
        try (EventStore.Batch batch = store.batch()) {
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    collector.refusals.add(new IngestReport.Refusal(path.toString(), 0,
                            "no such file or folder; check the path"));
                } else if (Files.isDirectory(path)) {
                    filesUnder(path, collector).forEach(file -> readFile(file, batch, collector));
                } else {
                    readFile(path, batch, collector);
                }
            }
        }
        return new IngestReport(collector.added, collector.duplicates, collector.refusals, collector.ignored);
    }

    /** Reads the events of one named resource (a file, or a sample packed in the jar) from its text. */
    public IngestReport ingestText(String name, String text) {
        Collector collector = new Collector();
        try (EventStore.Batch batch = store.batch()) {
            readText(Path.of(name), name, text, batch, collector);
        }
        return new IngestReport(collector.added, collector.duplicates, collector.refusals, collector.ignored);
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

    private void readFile(Path file, EventStore.Batch batch, Collector collector) {
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
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                collector.refusals.add(new IngestReport.Refusal(name, 0, "the file is " + Files.size(file) / (1024 * 1024)
                        + " MB, over the " + MAX_FILE_BYTES / (1024 * 1024) + " MB read at once; split it into smaller files"));
                return;
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            collector.refusals.add(new IngestReport.Refusal(name, 0, "not UTF-8 text; save the file as UTF-8"));
            return;
        } catch (IOException e) {
            collector.refusals.add(new IngestReport.Refusal(name, 0, "cannot be read: " + e.getMessage()));
            return;
        }
        readText(file, name, text, batch, collector);
    }

    private void readText(Path file, String name, String text, EventStore.Batch batch, Collector collector) {
        String normal = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(int line, Event event) {
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
                        added.duplicateOf());
                (added.duplicate() ? collector.duplicates : collector.added).add(item);
            }

            @Override
            public void refuse(int line, String reason) {
                collector.refusals.add(new IngestReport.Refusal(name, line, reason));
            }
        };
        try {
            switch (kind(name)) {
                case "text" -> TextArticleReader.read(file, normal, sink);
                case "json" -> JsonEventReader.readDocument(normal, sink);
                default -> JsonEventReader.readLines(normal, sink);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A reader's own failure on input nobody foresaw: the file is refused, the ingest goes on.
            sink.refuse(0, "could not be read (" + e + "); the records before it in this file were");
        }
    }

    private static String kind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return "text";
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
        final List<IngestReport.Item> duplicates = new ArrayList<>();
        final List<IngestReport.Refusal> refusals = new ArrayList<>();
        final List<String> ignored = new ArrayList<>();
    }
}
