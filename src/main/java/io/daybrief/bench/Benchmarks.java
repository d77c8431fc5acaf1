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
    public static final List<String> GROUPS = List.of("ingest", "analysis", "grouping", "edition", "alternatives", "cold",
            "day");

    /** How much each group does: how many items, measured runs and seconds of warm-up. */
    record Sizes(boolean quick, int ingest, int analysisArticles, int analysisRuns, double analysisWarmup,
                 int[] editions, int editionRuns, double editionWarmup, int compareRuns, double compareWarmup,
                 int coldRuns, int heavyDay) {

        static final Sizes FULL = new Sizes(false, 10_000, 2000, 9, 15, new int[] {5, 20, 200}, 7, 8, 5, 4, 5, 100_000);
        static final Sizes QUICK = new Sizes(true, 500, 300, 5, 2, new int[] {5, 20}, 3, 2, 3, 1, 2, 2_000);
    }

    /** Every group, full size or quick. */
    public static Results run(boolean quick) {
        return run(quick, GROUPS);
    }

    /** The named groups only (each one of {@link #GROUPS}). */
    public static Results run(boolean quick, Collection<String> groups) {
        return run(quick ? Sizes.QUICK : Sizes.FULL, groups);
    }

    static Results run(Sizes sizes, Collection<String> groups) {
        for (String group : groups) {
            if (!GROUPS.contains(group)) {
                throw new IllegalArgumentException("no benchmark group '" + group + "'; the groups are "
                        + String.join(", ", GROUPS));
            }
        }
        List<Timing.Measurement> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (groups.contains("ingest")) {
            results.add(EditionBench.ingestRate(sizes.ingest()));
        }
        if (groups.contains("analysis")) {
            results.addAll(AnalysisBench.run(sizes.analysisArticles(), sizes.analysisRuns(), sizes.analysisWarmup()));
        }
        if (groups.contains("grouping")) {
            results.add(GroupingBench.run(sizes.quick() ? 5_000 : 100_000));
        }
        if (groups.contains("edition")) {
            results.addAll(EditionBench.editions(sizes.editions(), sizes.editionRuns(), sizes.editionWarmup()));
        }
        if (groups.contains("alternatives")) {
            results.addAll(CompareBench.alternatives(sizes.compareRuns(), sizes.compareWarmup(), notes));
        }
        if (groups.contains("cold")) {
            results.addAll(CompareBench.coldStarts(sizes.coldRuns(), notes));
        }
        if (groups.contains("day")) {
            results.add(CompareBench.heavyDayCapped(sizes.heavyDay(), sizes.quick(), notes));
        }
        return new Results(results, notes);
    }
}
