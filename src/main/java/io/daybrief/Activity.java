package io.daybrief;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this process has done since it started, for monitoring: editions made and failed, and the time making
 * them took. Plain counters, safe for threads; the web's metrics read them.
 */
public final class Activity {

    private final AtomicLong editionsMade = new AtomicLong();
    private final AtomicLong editionsFailed = new AtomicLong();
    private final AtomicLong makeNanos = new AtomicLong();
    private final java.util.Map<String, String> lastFailure = new java.util.concurrent.ConcurrentHashMap<>();

    void made(String briefing, Duration took) {
        editionsMade.incrementAndGet();
        makeNanos.addAndGet(took.toNanos());
        lastFailure.remove(briefing);
    }

    void failed(String briefing, String reason) {
        editionsFailed.incrementAndGet();
        lastFailure.put(briefing, reason == null ? "unknown" : reason);
    }

    /** Why the briefing's last make in this process failed, or {@code null} when it did not. */
    public String lastFailure(String briefing) {
        return lastFailure.get(briefing);
    }

    public long editionsMade() {
        return editionsMade.get();
    }

    public long editionsFailed() {
        return editionsFailed.get();
    }

    /** The time all makes (made ones) took, in seconds. */
    public double makeSeconds() {
        return makeNanos.get() / 1e9;
    }
}
