package io.daybrief.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder other systems drop files of events into. Each round, every file that has stopped changing is ingested
 * and moved to {@code done/} (with a {@code .reason} beside it when some of its records were refused) or, when
 * nothing in it could be read, to {@code refused/} with a {@code .reason} saying why. A file still being written
 * (its size or time changed since the last round) is left for the next. Not thread-safe: one round at a time.
 */
final class Inbox {

    static final String DONE = "done";
    static final String REFUSED = "refused";

    /** A file untouched this long is taken even if the last round did not see it (a restart, say). */
    private static final Duration QUIET = Duration.ofSeconds(60);

    private final Path folder;
    private final Ingester ingester;
    private final Clock clock;
    private final Map<Path, Seen> seen = new HashMap<>();

    private record Seen(long size, Instant modified) {
    }

    /** What one round did: the reports of the files it took, by file name. */
    record Round(Map<String, IngestReport> taken, List<String> waiting) {
    }

    Inbox(Path folder, Ingester ingester, Clock clock) {
        this.folder = folder;
        this.ingester = ingester;
        this.clock = clock;
    }

    /** Ingests and files every file that has stopped changing. */
    Round collect() throws IOException {
        Files.createDirectories(folder);
        Map<String, IngestReport> taken = new java.util.LinkedHashMap<>();
        List<String> waiting = new ArrayList<>();
        Map<Path, Seen> now = new HashMap<>();
        for (Path file : files()) {
            Seen current = new Seen(Files.size(file), Files.getLastModifiedTime(file).toInstant());
            now.put(file, current);
            boolean settled = current.equals(seen.get(file))
                    || current.modified().isBefore(clock.instant().minus(QUIET));
            if (!settled) {
                waiting.add(file.getFileName().toString());
                continue;
            }
            taken.put(file.getFileName().toString(), take(file));
            now.remove(file);
        }
        seen.clear();
        seen.putAll(now);
        return new Round(taken, waiting);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().collect(Collectors.toList());
        }
    }

    private IngestReport take(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!Ingester.isReadable(file)) {
            IngestReport none = new IngestReport(List.of(), List.of(), List.of(), List.of(new IngestReport.Refusal(
                    name, 0, "not a kind of file that is read; drop .txt, .md, .html, .json, .ndjson or .csv files")),
                    List.of());
            file(file, REFUSED, none);
            return none;
        }
        IngestReport report = ingester.ingest(List.of(file));
        file(file, report.readAnything() ? DONE : REFUSED, report);
        return report;
    }

    /** Moves a file into {@code into}, with its reasons beside it when any record was refused. */
    private void file(Path file, String into, IngestReport report) throws IOException {
        Path target = folder.resolve(into);
        Files.createDirectories(target);
        Path moved = free(target, file.getFileName().toString());
        Files.move(file, moved, StandardCopyOption.ATOMIC_MOVE);
        if (!report.refused().isEmpty()) {
            String reasons = report.refused().stream()
                    .map(r -> (r.line() > 0 ? "line " + r.line() + ": " : "") + r.reason())
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(target.resolve(moved.getFileName() + ".reason"), reasons);
        }
    }

    /** A name in {@code target} not yet taken: the file's own, or with a number before its extension. */
    private static Path free(Path target, String name) {
        Path path = target.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; Files.exists(path); i++) {
            path = target.resolve(stem + "-" + i + extension);
        }
        return path;
    }
}
