package io.daybrief.render;

/** HTML could not be made into a PDF; the message names the document and the cause. */
public final class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
