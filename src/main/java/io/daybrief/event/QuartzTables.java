package io.daybrief.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates the scheduler's tables (Quartz's JDBC job store) from the schema script Quartz ships for the
 * database in use, so that schedules, triggers and what fired survive restarts in Daybrief's own database.
 */
final class QuartzTables implements JavaMigration {

    private static final String FOLDER = "/org/quartz/impl/jdbcjobstore/";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "scheduler tables";
    }

    @Override
    public Integer getChecksum() {
        return 3;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        String script = read(postgres ? "tables_postgres.sql" : "tables_h2.sql");
        if (!postgres) {
            script = script.replaceAll("(?i)\\bIMAGE\\b", "BLOB"); // the H2 script predates H2 2, which has no IMAGE type
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : script.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                String trimmed = sql.strip();
                if (!trimmed.isEmpty() && !trimmed.equalsIgnoreCase("commit") && !trimmed.toUpperCase().startsWith("DROP")) {
                    statement.execute(trimmed);
                }
            }
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = QuartzTables.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("Quartz's schema script " + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
