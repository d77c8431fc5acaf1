package io.daybrief.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

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
    private final java.time.Duration wait;
    private EmbeddedFile file;
    private Turn turn;
    private Turn serving;
    private boolean closed;
    private long sizeAtOpen;
    /** Whether the embedded file was opened, so that its growth since means something. */
    private boolean opened;

    /**
     * How much an embedded file must grow while one command holds it before it is compacted on close: a bulk
     * ingest leaves most of what it wrote as unused space (each commit rewrites the index pages it touched), and
     * rewriting the file costs seconds, not minutes.
     */
    static final long COMPACT_AFTER_GROWTH = 64L * 1024 * 1024;

    private Database(String url, DataSource dataSource, AutoCloseable pool, java.time.Duration wait) {
        this.url = url;
        this.dataSource = dataSource;
        this.pool = pool;
        this.wait = wait;
    }

    /** How long a command waits for its turn at the database, and for an edition another process is making. */
    public static final java.time.Duration DEFAULT_WAIT = java.time.Duration.ofSeconds(600);
    private static final String WRONG_LOGIN = "28000";

    /**
     * Opens the database at a JDBC URL and brings its schema up to date.
     *
     * <p>An H2 file database is opened with {@code AUTO_SERVER=TRUE} unless the URL says otherwise, so that
     * an {@code ingest} can run while {@code serve} holds the file; that local server listens on loopback only and
     * takes a generated password kept owner-only beside the file (see {@link EmbeddedFile}), unless a password is
     * configured. It is opened with {@code WRITE_DELAY=0}, so that what is committed is on disk before the next
     * step (a recorded delivery survives a crash). Commands that open the same file at once take turns (see
     * {@link Turn}), each waiting up to {@link #DEFAULT_WAIT}.
     */
    public static Database open(String url, String user, String password) {
        return open(url, user, password, DEFAULT_WAIT);
    }

    /** Opens the database, waiting up to {@code wait} for other commands on the same embedded file. */
    public static Database open(String url, String user, String password, java.time.Duration wait) {
        return open(url, user, password, wait, 10);
    }

    /**
     * Opens the database, waiting up to {@code wait} for other commands on the same embedded file; a PostgreSQL
     * database through a pool of at most {@code poolSize} connections.
     */
    public static Database open(String url, String user, String password, java.time.Duration wait, int poolSize) {
        EmbeddedFile file = EmbeddedFile.of(url);
        String login = user == null ? "" : user;
        String secret = password == null ? "" : password;
        boolean generated = file != null && secret.isEmpty();
        Turn turn = null;
        if (file != null) {
            file.prepareFolder();
            turn = Turn.await(file.commandLock(), wait, commandLine());
            if (generated) {
                secret = file.password();
            }
        }
        Database database;
        try {
            database = connect(url, login, secret, wait, poolSize);
        } catch (RuntimeException e) {
            if (turn != null) {
                turn.close();
            }
            throw e;
        }
        database.file = file;
        database.turn = turn;
        try {
            database.awaitOpen(generated ? file : null, login, secret);
            if (file != null) {
                file.restrictFiles();
                database.sizeAtOpen = file.size();
                database.opened = true;
            }
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Borrows a first connection, waiting while another process is opening or closing the same embedded file (H2
     * then answers "Lock file recently modified" or "already in use"). A database made before passwords were
     * generated, still on the empty password, is given the generated one.
     */
    private void awaitOpen(EmbeddedFile generatedFor, String user, String password) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                return;
            } catch (SQLException e) {
                if (WRONG_LOGIN.equals(e.getSQLState()) && generatedFor != null && attempt == 1) {
                    adoptGeneratedPassword(generatedFor, user, password);
                    continue;
                }
                if (!isBusy(e) || System.nanoTime() > deadline) {
                    throw new DatabaseException("cannot open " + url + ": " + e.getMessage() + (isBusy(e)
                            ? "; another Daybrief command held it for " + wait.toSeconds() + " s: try again when"
                            + " it has finished" : WRONG_LOGIN.equals(e.getSQLState()) ? "; check database.user and"
                            + " database.password" + (generatedFor == null ? "" : " (the generated one is in "
                            + generatedFor.passwordFile() + ")") : ""), e);
                }
                sleepBriefly(attempt);
            }
        }
    }

    /** Sets the generated password on a database that still has the empty one, the first time it is opened. */
    private void adoptGeneratedPassword(EmbeddedFile file, String user, String password) {
        org.h2.jdbcx.JdbcDataSource legacy = new org.h2.jdbcx.JdbcDataSource();
        legacy.setURL(h2Url(url));
        legacy.setUser(user);
        legacy.setPassword("");
        try (Connection connection = legacy.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SET PASSWORD '" + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new DatabaseException("cannot open " + url + ": its password is neither the one in "
                    + file.passwordFile() + " nor empty (" + e.getMessage() + "); set database.password to the one"
                    + " it was made with", e);
        }
    }

    /** Whether H2 refused because another process is opening, holding without a server, or closing the file. */
    private static boolean isBusy(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return e.getErrorCode() == 90020 || e.getErrorCode() == 90067 || message.contains("Lock file")
                || message.contains("Concurrent update") || message.contains("Connection is broken")
                || message.contains("already in use");
    }

    private static void sleepBriefly(int attempt) {
        try {
            Thread.sleep(Math.min(1_000, 50L * attempt) + java.util.concurrent.ThreadLocalRandom.current().nextInt(50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting for the database", e);
        }
    }

    private static String h2Url(String url) {
        String h2Url = url;
        if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("AUTO_SERVER")) {
            h2Url += ";AUTO_SERVER=TRUE";
        }
        if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("WRITE_DELAY")) {
            // H2 otherwise writes commits to disk up to a second later: a crash could forget that an email was
            // sent, and send it again.
            h2Url += ";WRITE_DELAY=0";
        }
        if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("TRACE_LEVEL_FILE")) {
            // H2 would write its own trace file beside the database, with the process's umask and outside our logs.
            h2Url += ";TRACE_LEVEL_FILE=0";
        }
        return h2Url;
    }

    private static Database connect(String url, String user, String password, java.time.Duration wait,
                                    int poolSize) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(h2Url(url), user, password);
            return new Database(url, pool, pool::dispose, wait);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
            pool.setJdbcUrl(url);
            // An empty key leaves the login to the URL (jdbc:postgresql://host/db?user=daybrief).
            if (!user.isEmpty()) {
                pool.setUsername(user);
            }
            if (!password.isEmpty()) {
                pool.setPassword(password);
            }
            pool.setMaximumPoolSize(poolSize);
            pool.setMinimumIdle(Math.min(2, poolSize));
            pool.setPoolName("daybrief");
            // A pool that cannot connect at once fails here with the reason, not on first use.
            pool.setInitializationFailTimeout(java.time.Duration.ofSeconds(30).toMillis());
            com.zaxxer.hikari.HikariDataSource source;
            try {
                source = new com.zaxxer.hikari.HikariDataSource(pool);
            } catch (RuntimeException e) {
                throw new DatabaseException("cannot connect to " + url + ": " + (e.getCause() != null
                        ? e.getCause().getMessage() : e.getMessage()), e);
            }
            return new Database(url, source, source::close, wait);
        }
        throw new DatabaseException("database.url: '" + url + "' is not supported; use jdbc:h2:file:PATH"
                + " (embedded, the default) or jdbc:postgresql://HOST:PORT/NAME");
    }

    /** The newest schema version this build ships (a test holds it to the migrations Flyway finds). */
    static final String SCHEMA_VERSION = "9";

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
                    .placeholders(Map.of("text", isPostgres() ? "TEXT" : "CLOB", "blob", isPostgres() ? "BYTEA" : "BLOB"))
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

    private static String commandLine() {
        String command = System.getProperty("sun.java.command", "daybrief");
        return command.length() > 200 ? command.substring(0, 200) + "..." : command;
    }

    /**
     * Keeps the database for a long-running scheduler: on an embedded file, this process stays its owner (the one
     * whose local server the short commands use) and gives up its turn so that they can run beside it; a second
     * scheduler on the same file is refused, since it would fire every schedule again.
     */
    public void holdForServing() {
        if (file == null) {
            return;
        }
        serving = Turn.now(file.serveLock(), "serve " + commandLine(), "another Daybrief serve already runs on " + file
                + "; stop it first, or give this one its own database.url");
        turn.close();
        turn = null;
    }

    /** The size of an embedded database file before and after it was compacted, in bytes. */
    public record Compacted(String database, long before, long after) {
    }

    /**
     * Rewrites an embedded database file without the space that earlier writes left unused, then closes it (this
     * Database is of no further use). Refused while {@code serve} holds the file, since compacting needs the file
     * to itself; PostgreSQL reclaims its space by itself (autovacuum) and is left alone.
     */
    public Compacted compact() {
        if (file == null) {
            throw new DatabaseException(url + " is not an embedded file: PostgreSQL reclaims unused space by itself"
                    + " (autovacuum), so there is nothing to compact");
        }
        try (Turn alone = Turn.now(file.serveLock(), "maintenance " + commandLine(), "a Daybrief serve runs on "
                + file + "; stop it first, since compacting needs the file to itself")) {
            long before = file.size();
            try (Connection connection = connection(); java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw new DatabaseException("cannot compact " + file + ": " + e.getMessage(), e);
            }
            release();
            return new Compacted(file.toString(), before, file.size());
        }
    }

    /**
     * Compacts the file on close when this command made it grow by more than {@link #COMPACT_AFTER_GROWTH} and
     * half again, and has it to itself (no {@code serve} beside it; a scheduler closes without it).
     */
    private void compactIfGrown() {
        if (file == null || turn == null || !opened) {
            return;
        }
        long size = file.size();
        if (size - sizeAtOpen < COMPACT_AFTER_GROWTH || size < sizeAtOpen * 3 / 2) {
            return;
        }
        try {
            compact();
        } catch (DatabaseException e) {
            // serve runs beside this command, or compacting failed: the file is whole either way, only larger.
            org.slf4j.LoggerFactory.getLogger(Database.class).info("{} was not compacted: {}", file, e.getMessage());
        }
    }

    /** How long to wait for another process's work on the same data before giving up. */
    public java.time.Duration waitTime() {
        return wait;
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

    /** Work done on one connection in one transaction. */
    @FunctionalInterface
    public interface Work {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on a borrowed connection: committed when it returns, rolled back when
     * it throws; the connection goes back to the pool in auto-commit, as it came.
     */
    public void inTransaction(Work work) throws SQLException {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
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
        if (closed) {
            return;
        }
        compactIfGrown();
        release();
    }

    /** Closes the pool, then gives up the turn and any serving lock; once. */
    private void release() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            pool.close();
        } catch (Exception e) {
            throw new DatabaseException("cannot close " + url + ": " + e.getMessage(), e);
        } finally {
            // The pool has closed the file (so the next command may open it) before the turn passes on.
            if (turn != null) {
                turn.close();
            }
            if (serving != null) {
                serving.close();
            }
        }
    }
}
