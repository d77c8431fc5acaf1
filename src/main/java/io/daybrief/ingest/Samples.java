package io.daybrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fictional sample articles packed into the jar, listed in {@code samples/index.txt}, so that the demo
 * works anywhere without files on disk.
 */
public final class Samples {

    private static final String FOLDER = "/samples/";

    private Samples() {
    }

    /** A sample: its name and its text. */
    public record Sample(String name, String text) {
    }

    /** Every sample, in index order. */
    public static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        for (String name : read("index.txt").split("\n")) {
            if (!name.isBlank() && !name.startsWith("#")) {
                samples.add(new Sample(name.strip(), read(name.strip())));
            }
        }
        return samples;
    }

    private static String read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("sample " + FOLDER + name + " is missing from the jar; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + name, e);
        }
    }

    /** Stores every sample; the report names each as {@code samples/NAME}. */
    public static IngestReport ingestAll(Ingester ingester) {
        List<IngestReport> reports = new ArrayList<>();
        for (Sample sample : all()) {
            reports.add(ingester.ingestText("samples/" + sample.name(), sample.text()));
        }
        return IngestReport.merge(reports);
    }
}
