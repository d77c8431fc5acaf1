package io.daybrief;

import io.daybrief.archive.Archive;
import io.daybrief.archive.Edition;
import io.daybrief.briefing.BriefingDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Editions made on request, in the background: the front door of "run now" for the web and the API. At most
 * {@code concurrent} runs at once, a bounded queue behind them (a request beyond it is refused as busy), and the
 * same briefing and date never made twice at the same time: asking again while it runs gives the run already
 * under way. Thread-safe.
 */
public final class Runs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Runs.class);
    /** Finished runs are kept this long to be asked about, then forgotten. */
    private static final int KEPT = 1000;

    /** Where a run stands. */
    public enum Stage { QUEUED, MAKING, MADE, FAILED }

    /**
     * One run: its id, what it makes, its stage, the edition's id in the archive once made, or why it failed.
     */
    public record Run(String id, String briefing, LocalDate date, Stage stage, Long editionId, String error,
                      Instant requested, Instant finished) {

        Run at(Stage next, Long edition, String reason, Instant when) {
            return new Run(id, briefing, date, next, edition, reason, requested, when);
        }

        public boolean done() {
            return stage == Stage.MADE || stage == Stage.FAILED;
        }
    }

    /** A run refused because as many are waiting as the queue holds. */
    public static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message);
        }
    }

    private final Editions editions;
    private final Archive archive;
    private final Function<String, BriefingDefinition> briefings;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Map<String, String> running = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger making = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();

    public Runs(Editions editions, Archive archive, Function<String, BriefingDefinition> briefings, int concurrent,
                int queued, Clock clock) {
        this.editions = editions;
        this.archive = archive;
        this.briefings = briefings;
        this.clock = clock;
        this.pool = new ThreadPoolExecutor(concurrent, concurrent, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queued), runnable -> {
                    Thread thread = new Thread(runnable, "daybrief-run");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Asks for the edition of {@code briefing} (null: the first configured) for {@code date} (null: yesterday in
     * its zone). Returns the new run, or the one already under way for the same edition.
     *
     * @throws BusyException when the queue is full
     * @throws UnknownBriefingException when no briefing has that name
     */
    public Run submit(String briefing, LocalDate date) {
        BriefingDefinition definition = briefings.apply(briefing);
        LocalDate day = date != null ? date : editions.defaultDay(definition);
        String key = definition.name() + "/" + day;
        synchronized (running) {
            String under = running.get(key);
            if (under != null) {
                return runs.get(under);
            }
            Run run = new Run(UUID.randomUUID().toString(), definition.name(), day, Stage.QUEUED, null, null,
                    clock.instant(), null);
            runs.put(run.id(), run);
            running.put(key, run.id());
            try {
                pool.execute(() -> make(run, definition, key));
            } catch (RejectedExecutionException e) {
                runs.remove(run.id());
                running.remove(key);
                throw new BusyException("too many runs are waiting (" + pool.getQueue().size() + "); try again"
                        + " when they are done");
            }
            forgetOld();
            return run;
        }
    }

    private void make(Run run, BriefingDefinition definition, String key) {
        runs.put(run.id(), run.at(Stage.MAKING, null, null, null));
        peak.accumulateAndGet(making.incrementAndGet(), Math::max);
        try {
            Edition edition = editions.make(definition, run.date());
            Long id = archive.idOf(edition.briefing(), edition.date()).orElse(null);
            runs.put(run.id(), run.at(Stage.MADE, id, null, clock.instant()));
            LOG.info("run {}: edition {} {} made ({} stories)", run.id(), run.briefing(), run.date(), edition.stories());
        } catch (RuntimeException e) {
            runs.put(run.id(), run.at(Stage.FAILED, null, e.getMessage(), clock.instant()));
            LOG.error("run {}: edition {} {} failed: {}", run.id(), run.briefing(), run.date(), e.getMessage(), e);
        } finally {
            making.decrementAndGet();
            running.remove(key);
        }
    }

    /** The most runs that have been making editions at the same moment since this started. */
    public int peakConcurrent() {
        return peak.get();
    }

    /** The run with this id, if it is known. */
    public Optional<Run> get(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    private void forgetOld() {
        if (runs.size() > KEPT) {
            runs.values().stream().filter(Run::done).sorted(java.util.Comparator.comparing(Run::requested))
                    .limit(runs.size() - KEPT).forEach(r -> runs.remove(r.id()));
        }
    }

    /** Stops taking runs and waits a little for those under way. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
