package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.Editions;
import io.daybrief.briefing.BriefingDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code daybrief preview}: renders an edition to a temporary folder, leaving the archive alone. */
@Command(name = "preview", description = {"Renders an edition's HTML and PDF without touching the archive.",
        "For trying out changes to the templates; prints where the two files are."})
final class PreviewCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Mixin
    private EditionOptions edition;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write into. Default: a new temporary folder.")
    private Path out;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Daybrief daybrief = config.open()) {
            BriefingDefinition definition = edition.definition(daybrief);
            Path folder = out != null ? out : Files.createTempDirectory("daybrief-preview-");
            Editions.Preview preview = daybrief.editions().preview(definition, edition.day(daybrief, definition), folder);
            preview.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            spec.commandLine().getOut().println(preview.html());
            spec.commandLine().getOut().println(preview.pdf());
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
            return 0;
        }
    }
}
