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

    /** The PostgreSQL that CI runs, for tests that must hold on both databases. */
    public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    /**
     * A fresh, empty schema in that PostgreSQL, as a JDBC URL; where PostgreSQL is not running the test is skipped,
     * unless {@code TESTS_REQUIRE_POSTGRES=1} (as in CI), when it fails.
     */
    public static String postgresSchema(String schema) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(POSTGRES, "postgres", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            if ("1".equals(System.getenv("TESTS_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required here: " + e.getMessage(), e);
            }
            org.junit.jupiter.api.Assumptions.abort("PostgreSQL is not running at " + POSTGRES + ": " + e.getMessage());
        }
        return POSTGRES + "?currentSchema=" + schema;
    }

    /** The configuration of {@link #config(Path)} with its database elsewhere (user postgres for PostgreSQL). */
    public static DaybriefConfig withDatabase(DaybriefConfig config, String url) {
        return new DaybriefConfig(new DaybriefConfig.DatabaseConfig(url, url.startsWith("jdbc:postgresql:")
                ? "postgres" : "", "", 20), config.output(), config.templates(), config.smtp(), config.briefings(),
                config.ingest());
    }

    /** A fixture file under src/test/resources. */
    public static Path fixture(String name) {
        return Path.of("src/test/resources").resolve(name);
    }
}
