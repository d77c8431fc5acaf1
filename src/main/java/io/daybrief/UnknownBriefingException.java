package io.daybrief;

/** A briefing was asked for by a name the configuration does not have. */
public final class UnknownBriefingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownBriefingException(String message) {
        super(message);
    }
}
