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
        command.getErr().println("daybrief " + command.getCommandName() + ": " + e.getMessage());
        if (System.getenv("DAYBRIEF_DEBUG") != null) {
            e.printStackTrace(command.getErr());
        }
        command.getErr().flush();
        return FAILED;
    }
}
