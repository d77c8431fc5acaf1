package io.daybrief.cli;

import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code daybrief} command. */
@Command(name = "daybrief", mixinStandardHelpOptions = true, version = "Daybrief 0.1",
        description = "Turns stored events into briefings: HTML, email and archive-grade PDF.")
public final class Main implements Runnable {

    /** A subcommand by the name it is called with. */
    private record Subcommand(String name, Supplier<Object> make) {
    }

    private static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("ingest", IngestCommand::new),
            new Subcommand("extract", ExtractCommand::new),
            new Subcommand("run", RunCommand::new),
            new Subcommand("demo", DemoCommand::new),
            new Subcommand("preview", PreviewCommand::new),
            new Subcommand("digest", DigestCommand::new),
            new Subcommand("eval", EvalCommand::new),
            new Subcommand("bench", BenchCommand::new),
            new Subcommand("serve", ServeCommand::new),
            new Subcommand("sources", SourcesCommand::new),
            new Subcommand("archive", ArchiveCommand::new),
            new Subcommand("reanalyse", ReanalyseCommand::new),
            new Subcommand("maintenance", MaintenanceCommand::new),
            new Subcommand("help", CommandLine.HelpCommand::new));

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs the command line and returns its exit code, without exiting. What it prints is UTF-8 whatever the
     * locale: under {@code LANG=C} the JVM's own default would print every accented letter as {@code ?}.
     */
    public static int execute(String... args) {
        return commandLine(args).setExecutionExceptionHandler(new Failures())
                .setOut(utf8(System.out)).setErr(utf8(System.err)).execute(args);
    }

    private static java.io.PrintWriter utf8(java.io.PrintStream stream) {
        return new java.io.PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8),
                true);
    }

    /**
     * The command line for {@code args}. Building a subcommand's model costs start-up time (reflection over its
     * options, its classes loaded): when the first argument names a subcommand (other than help), only that one
     * is built; otherwise all are, for the usage text and the suggestions for a mistyped name.
     */
    static CommandLine commandLine(String... args) {
        CommandLine line = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        boolean one = !first.equals("help") && SUBCOMMANDS.stream().anyMatch(s -> s.name().equals(first));
        for (Subcommand subcommand : SUBCOMMANDS) {
            if (!one || subcommand.name().equals(first)) {
                CommandLine built = new CommandLine(subcommand.make().get());
                // "daybrief run --help" explains run, as the top level's --help explains daybrief.
                if (!subcommand.name().equals("help")) {
                    built.getCommandSpec().mixinStandardHelpOptions(true).version(line.getCommandSpec().version());
                }
                line.addSubcommand(built);
            }
        }
        return line;
    }

    /** The names of all subcommands, in the order the usage lists them. */
    static List<String> subcommandNames() {
        return SUBCOMMANDS.stream().map(Subcommand::name).toList();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
