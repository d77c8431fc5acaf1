package io.daybrief.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for one benchmark (its database, archive and browser profile), removed when closed. */
final class Workspace implements AutoCloseable {

    private final Path path;

    private Workspace(Path path) {
        this.path = path;
    }

    static Workspace create() {
        try {
            return new Workspace(Files.createTempDirectory("daybrief-bench-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the benchmark", e);
        }
    }

    Path path() {
        return path;
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    /** Removes the folder; what cannot be removed (a browser still writing, say) is named, not fatal. */
    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path file : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("note: the benchmark's folder " + path + " was not removed: " + e.getMessage());
        }
    }
}
