package io.daybrief.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** Opening the database: the schema brought up to date by Flyway, and Flyway left unstarted when it already is. */
class DatabaseTest {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "daybrief_database_test";

    @TempDir
    static Path folder;

    private final Logger flywayLog = (Logger) LoggerFactory.getLogger("org.flywaydb");
    private final ListAppender<ILoggingEvent> flywaySaid = new ListAppender<>();
    private Level levelBefore;

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    @AfterEach
    void stopListening() {
        flywayLog.detachAppender(flywaySaid);
        flywayLog.setLevel(levelBefore);
    }

    @Test
    void aPostgresUrlThatCarriesItsOwnUserOpensWithEmptyLoginKeys() {
        String url = io.daybrief.TestDaybrief.postgresSchema("daybrief_url_user") + "&user=postgres";

        try (Database database = Database.open(url, "", "", java.time.Duration.ofSeconds(10), 3)) {
            assertThat(database.isPostgres()).isTrue();
            assertThat(new EventStore(database, java.time.Clock.systemUTC()).count()).isZero();
        }
    }

    @Test
    void theVersionTheFastPathTrustsIsTheNewestMigration() {
        try (Database database = Database.open(h2Url("versions"), "", "")) {
            List<String> versions = Stream.of(Flyway.configure().dataSource(database.dataSource())
                            .locations("classpath:db/migration").placeholders(Map.of("text", "CLOB"))
                            .javaMigrations(new QuartzTables()).load().info().all())
                    .map(MigrationInfo::getVersion).map(Object::toString).toList();
            assertThat(versions).isNotEmpty().last().isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDatabaseAlreadyUpToDateOpensWithoutStartingFlyway(String kind) throws SQLException {
        String url = url(kind, "current");
        listenToFlyway();
        Database.open(url, user(url), "").close();
        assertThat(flywaySaid.list).as("the first open migrates").isNotEmpty();

        flywaySaid.list.clear();
        try (Database database = Database.open(url, user(url), "");
             Connection connection = database.connection();
             Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("SELECT COUNT(*) FROM edition").next()).isTrue();
        }
        assertThat(flywaySaid.list).as("Flyway is not started again").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailedMigrationInTheHistoryIsLeftToFlywayToReport(String kind) throws Exception {
        String url = url(kind, "failed");
        Database.open(url, user(url), "").close();
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + Database.SCHEMA_VERSION + "'");
        }
        assertThatThrownBy(() -> Database.open(url, user(url), "").close())
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("cannot bring the schema")
                .hasMessageContaining("failed");
    }

    private void listenToFlyway() {
        levelBefore = flywayLog.getLevel();
        flywayLog.setLevel(Level.INFO);
        flywaySaid.start();
        flywayLog.addAppender(flywaySaid);
    }

    private static String h2Url(String name) {
        return "jdbc:h2:file:" + folder.resolve(name).toAbsolutePath();
    }

    /** An H2 file of its own, or a fresh schema in the PostgreSQL that CI runs (required there). */
    private static String url(String kind, String name) throws SQLException {
        if (kind.equals("h2")) {
            return h2Url(name);
        }
        String schema = SCHEMA + "_" + name;
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("TESTS_REQUIRE_POSTGRES"))) {
                throw e;
            }
            Assumptions.abort("PostgreSQL is not running at " + POSTGRES + ": " + e.getMessage());
        }
        return POSTGRES + "?currentSchema=" + schema;
    }

    private static String user(String url) {
        return url.startsWith("jdbc:h2:") ? "" : "postgres";
    }

    /** A connection of the test's own; an H2 file takes the password Daybrief generated for it. */
    private static Connection connect(String url) throws Exception {
        String password = url.startsWith("jdbc:h2:")
                ? java.nio.file.Files.readString(java.nio.file.Path.of(url.substring("jdbc:h2:file:".length()) + ".password")).strip()
                : "";
        return DriverManager.getConnection(url, user(url), password);
    }
}
