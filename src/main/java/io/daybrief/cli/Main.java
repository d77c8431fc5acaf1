package io.daybrief.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code daybrief} command. */
@Command(name = "daybrief", mixinStandardHelpOptions = true, version = "Daybrief 0.1",
        description = "Turns stored events into briefings: HTML, email and archive-grade PDF.",
        subcommands = {IngestCommand.class, ExtractCommand.class, RunCommand.class, DemoCommand.class, PreviewCommand.class, DigestCommand.class, EvalCommand.class, BenchCommand.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, without exiting. */
    public static int execute(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new Failures())
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
