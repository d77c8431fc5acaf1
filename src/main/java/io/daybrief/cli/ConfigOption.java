package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The {@code --config} option every command that touches the database takes. */
final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (YAML). Default: daybrief.yml in the working directory, if present.")
    Path file;

    /** Opens Daybrief with this configuration and the system clock. */
    Daybrief open() {
        return Daybrief.open(ConfigLoader.load(file), Clock.systemUTC());
    }
}
