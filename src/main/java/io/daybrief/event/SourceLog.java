package io.daybrief.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What each source last did, kept in the database so that every node and every command sees it. Thread-safe. */
public final class SourceLog {

    /** Longest reason kept, as the column declares. */
    private static final int REASON = 2000;

    private final Database database;
    private final Clock clock;

    public SourceLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * A source's record.
     *
     * @param lastSuccess     when it last collected without failing, or {@code null}
     * @param lastErrorAt     when it last failed, or {@code null}
     * @param lastError       why it last failed, or {@code null}
     * @param eventsCollected new events it has stored, over its life
     * @param etag            a feed's last entity tag, for a conditional GET, or {@code null}
     * @param lastModified    a feed's last Last-Modified, or {@code null}
     */
    public record Status(Instant lastSuccess, Instant lastErrorAt, String lastError, long eventsCollected,
                         String etag, String lastModified) {

        public static final Status NEVER = new Status(null, null, null, 0, null, null);

        /** Whether the last round failed (it failed after its last success). */
        public boolean failing() {
            return lastErrorAt != null && (lastSuccess == null || lastErrorAt.isAfter(lastSuccess));
        }
    }

    /** The record of {@code name}, or an empty one for a source that has not run. */
    public Status status(String name) {
        return all().getOrDefault(name, Status.NEVER);
    }

    /** Every source's record, by name. */
    public Map<String, Status> all() {
        Map<String, Status> all = new LinkedHashMap<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT name, last_success, last_error_at,"
                     + " last_error, events_collected, etag, last_modified FROM source_status ORDER BY name");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                all.put(rows.getString(1), new Status(instant(rows, 2), instant(rows, 3), rows.getString(4),
                        rows.getLong(5), rows.getString(6), rows.getString(7)));
            }
            return all;
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the sources' records in " + database.url() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Records a round that succeeded, with the new events it stored and the feed's validators (or null). */
    public void succeeded(String name, int newEvents, String etag, String lastModified) {
        Status before = status(name);
        write(name, new Status(clock.instant(), before.lastErrorAt(), before.lastError(),
                before.eventsCollected() + newEvents, etag, lastModified));
    }

    /** Records a round that succeeded without a new answer (a feed answered 304 Not Modified). */
    public void unchanged(String name) {
        Status before = status(name);
        write(name, new Status(clock.instant(), before.lastErrorAt(), before.lastError(), before.eventsCollected(),
                before.etag(), before.lastModified()));
    }

    /** Records a round that failed, and why; what it stored before failing still counts. */
    public void failed(String name, String reason, int newEvents) {
        Status before = status(name);
        String kept = reason.length() > REASON ? reason.substring(0, REASON - 1) + "\u2026" : reason;
        write(name, new Status(before.lastSuccess(), clock.instant(), kept, before.eventsCollected() + newEvents,
                before.etag(), before.lastModified()));
    }

    private void write(String name, Status status) {
        try {
            database.inTransaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE source_status SET last_success = ?,"
                        + " last_error_at = ?, last_error = ?, events_collected = ?, etag = ?, last_modified = ?"
                        + " WHERE name = ?")) {
                    bind(update, status);
                    update.setString(7, name);
                    if (update.executeUpdate() == 0) {
                        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO source_status"
                                + " (last_success, last_error_at, last_error, events_collected, etag, last_modified,"
                                + " name) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                            bind(insert, status);
                            insert.setString(7, name);
                            insert.executeUpdate();
                        }
                    }
                }
            });
        } catch (SQLException e) {
            throw new DatabaseException("cannot record what source '" + name + "' did in " + database.url() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Status status) throws SQLException {
        statement.setObject(1, offset(status.lastSuccess()));
        statement.setObject(2, offset(status.lastErrorAt()));
        statement.setString(3, status.lastError());
        statement.setLong(4, status.eventsCollected());
        statement.setString(5, status.etag());
        statement.setString(6, status.lastModified());
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return Optional.ofNullable(rows.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                .orElse(null);
    }
}
