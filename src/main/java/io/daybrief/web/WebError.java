package io.daybrief.web;

/** A request refused: its HTTP status, the reason and fix a person can act on, and the field at fault (or null). */
final class WebError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    WebError(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
