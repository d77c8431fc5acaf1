package io.daybrief.bench;

import java.util.ArrayList;
import java.util.List;

/** The front door of benchmarking: runs every measurement, the quick set in under a minute. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** The measurements, and notes on what could not be measured on this machine and why. */
    public record Results(List<Timing.Measurement> measurements, List<String> notes) {
    }

    public static Results run(boolean quick) {
        List<Timing.Measurement> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        results.add(EditionBench.ingestRate(quick ? 500 : 10_000));
        results.addAll(AnalysisBench.run(quick ? 300 : 2000, quick ? 5 : 9, quick ? 4 : 15));
        results.addAll(EditionBench.editions(quick ? new int[] {5, 20} : new int[] {5, 20, 200}, quick ? 3 : 7));
        results.addAll(CompareBench.run(quick ? 3 : 5, quick ? 5_000 : 100_000, notes));
        return new Results(results, notes);
    }
}
