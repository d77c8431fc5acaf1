package io.daybrief.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times repeated runs of one task after warm-up: median and p90 in milliseconds, the heap peak in MB, and
 * throughput for tasks that process a known number of items.
 */
public final class Timing {

    /** One measured task. */
    public record Measurement(String name, double medianMs, double p90Ms, double heapPeakMb, double perSecond) {
    }

    private Timing() {
    }

    /**
     * Runs {@code task} unmeasured at least {@code warmups} times and for at least {@code warmupSeconds} (so that
     * the JIT has compiled the hot code), then {@code runs} times measured; one run handles {@code items}.
     */
    public static Measurement measure(String name, int warmups, double warmupSeconds, int runs, long items,
                                      Runnable task) {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; i < warmups || System.nanoTime() < warmupEnd; i++) {
            task.run();
        }
        System.gc();
        resetPeaks();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        double median = times.get(times.size() / 2);
        double p90 = times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.9) - 1));
        return new Measurement(name, median, p90, heapPeakMb(), items > 0 ? items / (median / 1000.0) : 0);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }
}
