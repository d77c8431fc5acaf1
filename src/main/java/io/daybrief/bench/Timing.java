package io.daybrief.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

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
        return measureAll(List.of(name), List.of(task), warmups, warmupSeconds, runs, items).get(0);
    }

    /**
     * Measures several tasks in turn, one run of each per round, so that a comparison between them is not skewed
     * by what else the machine was doing while one of them ran: the figures of a round come from the same minute.
     * Each task is warmed up first as in {@link #measure}; the heap peak of a task is that seen while it ran.
     */
    public static List<Measurement> inTurn(java.util.LinkedHashMap<String, Runnable> tasks, int warmups,
                                           double warmupSeconds, int runs) {
        return measureAll(new ArrayList<>(tasks.keySet()), new ArrayList<>(tasks.values()), warmups, warmupSeconds,
                runs, 0);
    }

    private static List<Measurement> measureAll(List<String> names, List<Runnable> work, int warmups,
                                                double warmupSeconds, int runs, long items) {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; i < warmups || System.nanoTime() < warmupEnd; i++) {
            work.forEach(Runnable::run);
        }
        System.gc();
        List<List<Double>> times = new ArrayList<>();
        List<HeapPeak> peaks = new ArrayList<>();
        try {
            for (int t = 0; t < work.size(); t++) {
                times.add(new ArrayList<>());
                peaks.add(new HeapPeak());
            }
            for (int round = 0; round < runs; round++) {
                for (int t = 0; t < work.size(); t++) {
                    HeapPeak heap = peaks.get(t);
                    heap.listening(true);
                    long start = System.nanoTime();
                    work.get(t).run();
                    times.get(t).add((System.nanoTime() - start) / 1e6);
                    heap.sample();
                    heap.listening(false);
                }
            }
        } finally {
            peaks.forEach(HeapPeak::close);
        }
        List<Measurement> results = new ArrayList<>();
        for (int t = 0; t < work.size(); t++) {
            results.add(summary(names.get(t), times.get(t), peaks.get(t).peakMb(), items));
        }
        return results;
    }

    private static Measurement summary(String name, List<Double> times, double heapPeakMb, long items) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p90 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1));
        return new Measurement(name, median, p90, heapPeakMb, items > 0 ? items / (median / 1000.0) : 0);
    }

    /**
     * The most heap in use at once during the measured runs: the heap just before each collection (when it is
     * fullest), and at the end of each run. Not the sum of each pool's own peak, which are reached at different
     * moments and can add up to more than the heap's limit.
     */
    private static final class HeapPeak implements AutoCloseable {
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener = this::collected;
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean listening;

        HeapPeak() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    emitters.add(emitter);
                }
            }
            sample();
        }

        /** Whether collections now count towards this peak (while its task runs). */
        void listening(boolean on) {
            listening = on;
        }

        void sample() {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }

        private void collected(Notification notification, Object handback) {
            if (!listening
                    || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            long before = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage usage = info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName());
                if (pool.getType() == MemoryType.HEAP && usage != null) {
                    before += usage.getUsed();
                }
            }
            peak.accumulateAndGet(before, Math::max);
        }

        double peakMb() {
            return peak.get() / (1024.0 * 1024.0);
        }

        @Override
        public void close() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // Already gone: nothing to undo.
                }
            }
        }
    }
}
