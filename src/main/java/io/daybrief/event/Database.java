package io.daybrief.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Daybrief's one database: embedded H2 in a file by default, PostgreSQL when several machines share it.
 *
 * <p>Opening it runs the schema migrations, so a new file or an empty database is ready to use.
 * Thread-safe: every caller borrows its own connection.
 */
public final class Database implements AutoCloseable {

    private final String url;
    private final DataSource dataSource;
    private final AutoCloseable pool;

    private Database(String url, DataSource dataSource, AutoCloseable pool) {
        this.url = url;
        this.dataSource = dataSource;
        this.pool = pool;
    }

    /**
     * Opens the database at a JDBC URL and brings its schema up to date.
     *
     * <p>An H2 file database is opened with {@code AUTO_SERVER=TRUE} unless the URL says otherwise, so that
     * an {@code ingest} can run while {@code serve} holds the file, and with {@code WRITE_DELAY=0}, so that what
     * is committed is on disk before the next step (a recorded delivery survives a crash).
     */
    public static Database open(String url, String user, String password) {
        Database database = connect(url, user == null ? "" : user, password == null ? "" : password);
        database.migrate();
        return database;
    }

    private static Database connect(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            String h2Url = url;
            if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("AUTO_SERVER")) {
                h2Url += ";AUTO_SERVER=TRUE";
            }
            if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("WRITE_DELAY")) {
                // H2 otherwise writes commits to disk up to a second later: a crash could forget that an email was
                // sent, and send it again.
                h2Url += ";WRITE_DELAY=0";
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(h2Url, user, password);
            return new Database(url, pool, pool::dispose);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(url);
            source.setUser(user);
            source.setPassword(password);
            return new Database(url, source, () -> { });
        }
        throw new DatabaseException("database.url: '" + url + "' is not supported; use jdbc:h2:file:PATH"
                + " (embedded, the default) or jdbc:postgresql://HOST:PORT/NAME");
    }

    /** The newest schema version this build ships (a test holds it to the migrations Flyway finds). */
    static final String SCHEMA_VERSION = "3";

    private void migrate() {
        if (schemaIsCurrent()) {
            // Starting Flyway (scanning the classpath, validating each migration) costs a short command a few
            // hundred milliseconds; a database already at this build's version needs none of it.
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("text", isPostgres() ? "TEXT" : "CLOB"))
                    .javaMigrations(new QuartzTables())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("cannot bring the schema of " + url + " up to date: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the schema history says this build's newest migration was applied and none failed. Any doubt (no
     * history yet, a failed or newer migration, an unreadable table) answers no, and Flyway decides.
     */
    private boolean schemaIsCurrent() {
        try (Connection connection = connection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            boolean latest = false;
            while (rows.next()) {
                if (!rows.getBoolean(2) || !knownVersion(rows.getString(1))) {
                    return false;
                }
                latest |= SCHEMA_VERSION.equals(rows.getString(1));
            }
            return latest;
        } catch (SQLException | DatabaseException e) {
            return false;
        }
    }

    private static boolean knownVersion(String version) {
        try {
            return Integer.parseInt(version) <= Integer.parseInt(SCHEMA_VERSION);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether this is PostgreSQL rather than H2. */
    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The JDBC URL as configured. */
    public String url() {
        return url;
    }

    /** The pool, for libraries that manage their own connections. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Borrows a connection; the caller closes it. */
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseException("cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            throw new DatabaseException("cannot close " + url + ": " + e.getMessage(), e);
        }
    }
}
