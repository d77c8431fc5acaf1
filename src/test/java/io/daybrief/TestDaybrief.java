package io.daybrief;

import io.daybrief.config.BriefingConfig;
import io.daybrief.config.DaybriefConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Builds a Daybrief on a fresh H2 file and archive folder inside a test's temporary directory. */
public final class TestDaybrief {

    /** A fixed moment after every fixture's date, so runs do not depend on the day the tests run. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T07:00:00Z"), ZoneOffset.UTC);

    private TestDaybrief() {
    }

    /** The configuration: one briefing, {@code daily}, in UTC, and the given folder for everything else. */
    public static DaybriefConfig config(Path folder) {
        return config(folder, BriefingConfig.of("daily", "Daily Briefing", ZoneId.of("UTC"), "0 0 6 * * ?"));
    }

    public static DaybriefConfig config(Path folder, BriefingConfig briefing) {
        return new DaybriefConfig(
                new DaybriefConfig.DatabaseConfig("jdbc:h2:file:" + folder.resolve("data/daybrief").toAbsolutePath(), "", ""),
                folder.resolve("output"), folder.resolve("templates"),
                new DaybriefConfig.SmtpConfig("localhost", 25, "briefings@example.org"), List.of(briefing));
    }

    public static Daybrief open(Path folder) {
        return Daybrief.open(config(folder), CLOCK);
    }

    /** A fixture file under src/test/resources. */
    public static Path fixture(String name) {
        return Path.of("src/test/resources").resolve(name);
    }
}
