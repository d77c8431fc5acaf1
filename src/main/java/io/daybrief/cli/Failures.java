package io.daybrief.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's message, which names the input and the fix, without a stack trace; the trace is
 * for {@code DAYBRIEF_DEBUG=1}.
 */
final class Failures implements IExecutionExceptionHandler {

    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        command.getErr().println("daybrief " + command.getCommandName() + ": " + Console.printable(describe(e)));
        if (debugging(System.getenv("DAYBRIEF_DEBUG"))) {
            e.printStackTrace(command.getErr());
        }
        command.getErr().flush();
        return FAILED;
    }

    /**
     * What went wrong, as a message: the exception's own, which names the input and the fix; for one without a
     * message (a fault in Daybrief itself, not in the input), its kind and where to look.
     */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message != null && !message.isBlank() ? message : "an internal error (" + e.getClass().getSimpleName()
                + "); run again with DAYBRIEF_DEBUG=1 to see where, and report it";
    }

    /** Whether {@code DAYBRIEF_DEBUG} asks for traces: 1 or true; 0, false or unset do not. */
    static boolean debugging(String value) {
        return value != null && (value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
    }
}
