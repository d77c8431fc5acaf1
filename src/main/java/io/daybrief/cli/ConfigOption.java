package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.config.ConfigException;
import io.daybrief.config.ConfigLoader;
import io.daybrief.config.DaybriefConfig;
import java.nio.file.Files;
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
        DaybriefConfig config = ConfigLoader.load(file);
        try {
            return Daybrief.open(config, Clock.systemUTC());
        } catch (ConfigException e) {
            // Checks made at start (cron syntax) do not know the file; name it for the reader.
            Path source = file != null ? file : Files.exists(ConfigLoader.DEFAULT_FILE) ? ConfigLoader.DEFAULT_FILE : null;
            throw source == null ? e : new ConfigException(source + ": " + e.getMessage(), e);
        }
    }
}
