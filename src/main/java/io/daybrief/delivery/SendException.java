package io.daybrief.delivery;

/**
 * A message could not be sent to a recipient. Transient failures (4xx replies, refused connections, time-outs)
 * are worth retrying; permanent ones (5xx replies, bad addresses) are not.
 */
public final class SendException extends Exception {

    private static final long serialVersionUID = 1L;
    private final boolean transientFailure;

    public SendException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    /** Whether trying again later may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }
}
