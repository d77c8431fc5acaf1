package io.daybrief.schedule;

/** The scheduler could not be started, configured or stopped; the message names the briefing and the cause. */
public final class ScheduleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScheduleException(String message, Throwable cause) {
        super(message, cause);
    }
}
