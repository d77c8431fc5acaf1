package io.daybrief.render;

/** A template could not be read or run; the message names the template, line, column and what was wrong. */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
