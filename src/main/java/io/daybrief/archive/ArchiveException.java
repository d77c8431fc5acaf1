package io.daybrief.archive;

/** An edition could not be written to or read from the archive; the message names the edition and the file. */
public final class ArchiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }

    public ArchiveException(String message) {
        super(message);
    }
}
