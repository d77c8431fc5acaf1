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

    void made(Duration took) {
        editionsMade.incrementAndGet();
        makeNanos.addAndGet(took.toNanos());
    }

    void failed() {
        editionsFailed.incrementAndGet();
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
