package io.daybrief.bench;

import java.util.ArrayList;
import java.util.List;

/** The front door of benchmarking: runs every measurement, the quick set in under a minute. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static List<Timing.Measurement> run(boolean quick) {
        List<Timing.Measurement> results = new ArrayList<>();
        results.addAll(AnalysisBench.run(quick ? 300 : 2000, quick ? 5 : 9, quick ? 4 : 15));
        return results;
    }
}
