package io.daybrief.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The front door of benchmarking: runs every measurement, the quick set in under a minute. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** The measurements, and notes on what could not be measured on this machine and why. */
    public record Results(List<Timing.Measurement> measurements, List<String> notes) {
    }

    /** The groups of measurements, in the order they run. */
    public static final List<String> GROUPS = List.of("ingest", "analysis", "edition", "alternatives", "cold", "day");

    /** Every group, full size or quick. */
    public static Results run(boolean quick) {
        return run(quick, GROUPS);
    }

    /** The named groups only (each one of {@link #GROUPS}). */
    public static Results run(boolean quick, Collection<String> groups) {
        for (String group : groups) {
            if (!GROUPS.contains(group)) {
                throw new IllegalArgumentException("no benchmark group '" + group + "'; the groups are "
                        + String.join(", ", GROUPS));
            }
        }
        List<Timing.Measurement> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (groups.contains("ingest")) {
            results.add(EditionBench.ingestRate(quick ? 500 : 10_000));
        }
        if (groups.contains("analysis")) {
            results.addAll(AnalysisBench.run(quick ? 300 : 2000, quick ? 5 : 9, quick ? 4 : 15));
        }
        if (groups.contains("edition")) {
            results.addAll(EditionBench.editions(quick ? new int[] {5, 20} : new int[] {5, 20, 200}, quick ? 3 : 7));
        }
        if (groups.contains("alternatives")) {
            results.addAll(CompareBench.alternatives(quick ? 3 : 5, notes));
        }
        if (groups.contains("cold")) {
            results.addAll(CompareBench.coldStarts(quick ? 3 : 5, notes));
        }
        if (groups.contains("day")) {
            results.add(CompareBench.heavyDay(quick ? 5_000 : 100_000));
        }
        return new Results(results, notes);
    }
}
