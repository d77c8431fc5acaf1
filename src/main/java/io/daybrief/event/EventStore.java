package io.daybrief.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Stores events and reads them back by publication window.
 *
 * <p>The same URL or the same content (by {@link ContentHash}) is one event: adding it again stores nothing
 * and says which event it duplicates. Thread-safe.
 */
public final class EventStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, source, url, title, published_date, published_at, published_zone,"
            + " dateline, body, language, content_hash, ingested_at";
    /** Publication order, the same on every database (PostgreSQL would put NULLs last). */
    private static final String WINDOW_ORDER = " ORDER BY published_date, published_at NULLS FIRST, id";
    /** Timed events by instant; date-only events by their date, which belongs to the whole calendar day. */
    private static final String IN_WINDOW = " WHERE (published_at IS NOT NULL AND published_at >= ? AND published_at < ?)"
            + " OR (published_at IS NULL AND published_date >= ? AND published_date < ?)";

    private final Database database;
    private final Clock clock;

    public EventStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The outcome of adding one event. */
    public record Added(Event event, boolean duplicate, String duplicateOf, boolean updated) {

        Added(Event event, boolean duplicate, String duplicateOf) {
            this(event, duplicate, duplicateOf, false);
        }
    }

    /** Stores an event unless its URL or content is already stored. */
    public Added add(Event draft) {
        try (Batch batch = batch()) {
            return batch.add(draft);
        }
    }

    /** How many events a batch stores between commits. */
    static final int BATCH_SIZE = 500;

    /** Starts a batch: many events stored with one commit per {@link #BATCH_SIZE}, as a bulk ingest does. */
    public Batch batch() {
        return new Batch(database.connection());
    }

    /**
     * Events stored together, committed every {@link #BATCH_SIZE} and when closed: a commit per event writes a
     * new chunk of the database file each time, and the file grows many times larger than what it holds. Each
     * event is on its own all the same: one that cannot be stored is rolled back alone and the others go on. Not
     * thread-safe; one batch per ingest.
     */
    public final class Batch implements AutoCloseable {

        private final Connection connection;
        private int uncommitted;

        private Batch(Connection connection) {
            this.connection = connection;
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                close(connection);
                throw new DatabaseException("cannot store events in " + database.url() + ": " + e.getMessage(), e);
            }
        }

        /** Stores an event unless its URL or content is already stored. */
        public Added add(Event draft) {
            java.sql.Savepoint before = null;
            try {
                before = connection.setSavepoint();
                Optional<Added> existing = findDuplicate(connection, draft);
                if (existing.isPresent()) {
                    return existing.get();
                }
                Event stored = insert(connection, draft);
                if (++uncommitted >= BATCH_SIZE) {
                    commit();
                }
                return new Added(stored, false, null);
            } catch (SQLException e) {
                rollback(before);
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    // Another writer stored the same event between our check and our insert.
                    try {
                        Optional<Added> same = findDuplicate(connection, draft);
                        if (same.isPresent()) {
                            return same.get();
                        }
                    } catch (SQLException again) {
                        e.addSuppressed(again);
                    }
                }
                throw new DatabaseException("cannot store event '" + draft.title() + "': " + e.getMessage(), e);
            }
        }

        private void rollback(java.sql.Savepoint to) {
            try {
                if (to != null) {
                    connection.rollback(to);
                }
            } catch (SQLException e) {
                // The connection is broken; the error being thrown says why, and close() gives up what is left.
            }
        }

        private void commit() throws SQLException {
            connection.commit();
            uncommitted = 0;
        }

        /** Commits what the batch stored. */
        @Override
        public void close() {
            try {
                commit();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw new DatabaseException("cannot commit the events just stored in " + database.url() + ": "
                        + e.getMessage(), e);
            } finally {
                close(connection);
            }
        }

        private static void close(Connection connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing left to keep: the commit above succeeded or has already been reported
            }
        }
    }

    private Optional<Added> findDuplicate(Connection connection, Event draft) throws SQLException {
        if (draft.url() != null) {
            Optional<Event> sameUrl = queryOne(connection, "url = ?", draft.url());
            if (sameUrl.isPresent() && isLongerVersion(draft, sameUrl.get())
                    && queryOne(connection, "content_hash = ?", draft.contentHash()).isEmpty()) {
                Event updated = update(connection, sameUrl.get(), draft);
                return Optional.of(new Added(updated, false, "a longer version of event " + updated.id(), true));
            }
            if (sameUrl.isPresent()) {
                return Optional.of(new Added(sameUrl.get(), true, "same URL as event " + sameUrl.get().id()));
            }
        }
        return queryOne(connection, "content_hash = ?", draft.contentHash())
                .map(same -> new Added(same, true, "same content as event " + same.id()));
    }

    /** Whether {@code draft} is the same article as {@code stored}, published again at more length. */
    private static boolean isLongerVersion(Event draft, Event stored) {
        return draft.body().strip().length() > stored.body().strip().length()
                && !draft.contentHash().equals(stored.contentHash());
    }

    /**
     * Replaces a stored event's text with a longer version's (same id, URL and first ingest time), and drops its
     * analysis, which no longer matches the text and is made again.
     */
    private Event update(Connection connection, Event stored, Event draft) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE event SET title = ?, body = ?,"
                + " content_hash = ?, dateline = ? WHERE id = ?");
             PreparedStatement forget = connection.prepareStatement("DELETE FROM event_analysis WHERE event_id = ?")) {
            update.setString(1, draft.title());
            update.setString(2, draft.body());
            update.setString(3, draft.contentHash());
            update.setString(4, draft.dateline() != null ? draft.dateline() : stored.dateline());
            update.setLong(5, stored.id());
            update.executeUpdate();
            forget.setLong(1, stored.id());
            forget.executeUpdate();
        }
        return queryOne(connection, "id = ?", stored.id()).orElseThrow();
    }

    private Event insert(Connection connection, Event draft) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event (source, url, title,"
                + " published_date, published_at, published_zone, dateline, body, language, content_hash, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Published published = draft.published();
            insert.setString(1, draft.source());
            insert.setString(2, draft.url());
            insert.setString(3, draft.title());
            insert.setObject(4, published.date());
            insert.setObject(5, published.hasTime() ? published.time().toOffsetDateTime() : null);
            insert.setString(6, published.hasTime() ? published.time().getZone().getId() : null);
            insert.setString(7, draft.dateline());
            insert.setString(8, draft.body());
            insert.setString(9, draft.language());
            insert.setString(10, draft.contentHash());
            insert.setObject(11, now.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            insertTags(connection, id, draft.tags());
            return draft.stored(id, now);
        }
    }

    private static void insertTags(Connection connection, long id, List<String> tags) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event_tag (event_id, tag) VALUES (?, ?)")) {
            for (String tag : tags.stream().distinct().toList()) {
                insert.setLong(1, id);
                insert.setString(2, tag);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The event with this id, if stored. */
    public Optional<Event> find(long id) {
        try (Connection connection = database.connection()) {
            return queryOne(connection, "id = ?", id);
        } catch (SQLException e) {
            throw new DatabaseException("cannot read event " + id + ": " + e.getMessage(), e);
        }
    }

    /** The event stored at this address (as stored: in one form), if any. */
    public Optional<Event> findByUrl(String url) {
        try (Connection connection = database.connection()) {
            return queryOne(connection, "url = ?", url);
        } catch (SQLException e) {
            throw new DatabaseException("cannot look up the event at " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The ids of the latest stored events, newest first by publication, at most {@code limit}: of one source and one
     * publication date when those are given (each may be null).
     */
    public List<Long> recentIds(String source, LocalDate day, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id FROM event WHERE 1 = 1");
        List<Object> values = new java.util.ArrayList<>();
        if (source != null) {
            sql.append(" AND source = ?");
            values.add(source);
        }
        if (day != null) {
            sql.append(" AND published_date = ?");
            values.add(day);
        }
        sql.append(" ORDER BY published_date DESC, published_at DESC, id DESC LIMIT ?");
        values.add(limit);
        List<Long> ids = new java.util.ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the latest events: " + e.getMessage(), e);
        }
    }

    /** The sources of the stored events, in name order. */
    public List<String> sources() {
        List<String> sources = new java.util.ArrayList<>();
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT source FROM event ORDER BY source")) {
            while (rows.next()) {
                sources.add(rows.getString(1));
            }
            return sources;
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the events' sources: " + e.getMessage(), e);
        }
    }

    /** How many events are stored. */
    public long count() {
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM event")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new DatabaseException("cannot count events: " + e.getMessage(), e);
        }
    }

    /** Whether any event published in [start, end) was stored after {@code since}. */
    public boolean arrivedSince(ZonedDateTime start, ZonedDateTime end, Instant since) {
        LocalDate firstDay = start.toLocalDate();
        LocalDate endDay = end.withZoneSameInstant(start.getZone()).toLocalDate();
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM event WHERE ingested_at > ?"
                     + " AND (" + IN_WINDOW.substring(" WHERE ".length()) + ")")) {
            query.setObject(1, since.atOffset(ZoneOffset.UTC));
            query.setObject(2, start.toOffsetDateTime());
            query.setObject(3, end.toOffsetDateTime());
            query.setObject(4, firstDay);
            query.setObject(5, endDay);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read events published from " + start + " to " + end + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Hands each event published in [start, end) to the consumer, one at a time and in publication order, so
     * that a large window is never held in memory whole. An event with only a date is in the window when its
     * date is one of the window's calendar days in the window's zone.
     */
    public void forEachPublished(ZonedDateTime start, ZonedDateTime end, Consumer<Event> consumer) {
        readWindow(start, end, -1, null, (event, analysis) -> consumer.accept(event));
    }

    /**
     * As {@link #forEachPublished(ZonedDateTime, ZonedDateTime, Consumer)}, with each event's stored analysis
     * when the analyser of {@code analysisVersion} made it, else null.
     */
    public void forEachPublished(ZonedDateTime start, ZonedDateTime end, int analysisVersion,
                                 BiConsumer<Event, String> consumer) {
        readWindow(start, end, analysisVersion, "analysis", consumer);
    }

    /**
     * As {@link #forEachPublished(ZonedDateTime, ZonedDateTime, int, BiConsumer)}, with each event's stored body
     * value (what its body says towards its news value) instead of its analysis: no analysis is read.
     */
    public void forEachPublishedValued(ZonedDateTime start, ZonedDateTime end, int analysisVersion,
                                       BiConsumer<Event, String> consumer) {
        readWindow(start, end, analysisVersion, "body_value", consumer);
    }

    /** {@code count} parameter marks for an IN list: "?, ?, ?". */
    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** The most ids bound in one query of {@link #forEachOf}. */
    private static final int IDS_PER_QUERY = 500;

    /**
     * Hands the events of {@code ids} that are stored to the consumer in publication order, as
     * {@link #forEachPublished(ZonedDateTime, ZonedDateTime, int, BiConsumer)} would, with each one's stored analysis
     * of {@code analysisVersion} or null: the few reports an edition tells, read without the rest of the window.
     */
    public void forEachOf(java.util.Collection<Long> ids, int analysisVersion, BiConsumer<Event, String> consumer) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return;
        }
        record Found(Event event, String analysis, LocalDate date, Instant at) {
        }
        List<Found> found = new ArrayList<>();
        try (Connection connection = database.connection()) {
            for (int from = 0; from < sorted.size(); from += IDS_PER_QUERY) {
                List<Long> chunk = sorted.subList(from, Math.min(sorted.size(), from + IDS_PER_QUERY));
                try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + ", a.analysis FROM event"
                        + " LEFT JOIN event_analysis a ON a.event_id = event.id AND a.version = ? WHERE event.id IN ("
                        + placeholders(chunk.size()) + ")")) {
                    query.setInt(1, analysisVersion);
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setLong(i + 2, chunk.get(i));
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            long id = rows.getLong("id");
                            OffsetDateTime at = rows.getObject("published_at", OffsetDateTime.class);
                            found.add(new Found(read(rows, tagsOf(connection, id)), rows.getString("analysis"),
                                    rows.getObject("published_date", LocalDate.class), at == null ? null : at.toInstant()));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read " + sorted.size() + " events by id: " + e.getMessage(), e);
        }
        // The window's order (WINDOW_ORDER): by date, then time, a date-only event first, then id.
        found.sort(Comparator.comparing(Found::date).thenComparing(Found::at,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(f -> f.event().id()));
        found.forEach(f -> consumer.accept(f.event(), f.analysis()));
    }

    /** The window's events in order, each with the named column of its current stored analysis (none when null). */
    private void readWindow(ZonedDateTime start, ZonedDateTime end, int analysisVersion, String analysisColumn,
                            BiConsumer<Event, String> consumer) {
        LocalDate firstDay = start.toLocalDate();
        LocalDate endDay = end.withZoneSameInstant(start.getZone()).toLocalDate();
        boolean analyses = analysisColumn != null;
        try (Connection connection = database.connection()) {
            Map<Long, List<String>> tags = tagsInWindow(connection, start, end, firstDay, endDay);
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + (analyses
                    ? ", a." + analysisColumn + " AS stored FROM event LEFT JOIN event_analysis a ON a.event_id = event.id"
                    + " AND a.version = ?"
                    : " FROM event") + IN_WINDOW + WINDOW_ORDER)) {
                if (analyses) {
                    query.setInt(1, analysisVersion);
                }
                bindWindow(query, analyses ? 1 : 0, start, end, firstDay, endDay);
                query.setFetchSize(200);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(read(rows, tags.getOrDefault(rows.getLong("id"), List.of())),
                                analyses ? rows.getString("stored") : null);
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read events published from " + start + " to " + end + ": "
                    + e.getMessage(), e);
        }
    }

    /** An event's analysis as stored: the analysis (JSON) and what its body says towards its news value. */
    public record StoredAnalysis(String analysis, String bodyValue) {
    }

    /**
     * Stores analyses (by event id) made by the analyser of {@code version}, replacing any earlier one of the same
     * events, in one transaction.
     */
    public void storeAnalyses(Map<Long, StoredAnalysis> byEvent, int version) {
        if (byEvent.isEmpty()) {
            return;
        }
        String upsert = database.isPostgres()
                ? "INSERT INTO event_analysis (event_id, version, analysis, body_value, analysed_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (event_id) DO UPDATE SET version = EXCLUDED.version, analysis = EXCLUDED.analysis,"
                + " body_value = EXCLUDED.body_value, analysed_at = EXCLUDED.analysed_at"
                : "MERGE INTO event_analysis (event_id, version, analysis, body_value, analysed_at) KEY (event_id)"
                + " VALUES (?, ?, ?, ?, ?)";
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            database.inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                    // In id order, so that two writers of overlapping sets take their row locks in the same order.
                    for (Map.Entry<Long, StoredAnalysis> entry : new java.util.TreeMap<>(byEvent).entrySet()) {
                        statement.setLong(1, entry.getKey());
                        statement.setInt(2, version);
                        statement.setString(3, entry.getValue().analysis());
                        statement.setString(4, entry.getValue().bodyValue());
                        statement.setObject(5, now);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            });
        } catch (SQLException e) {
            throw new DatabaseException("cannot store the analyses of " + byEvent.size() + " events in "
                    + database.url() + ": " + e.getMessage(), e);
        }
    }

    /** How many events there are, and how many of them have an analysis made by the analyser of {@code version}. */
    public record AnalysisCounts(long events, long current) {
    }

    public AnalysisCounts analysisCounts(int version) {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), COUNT(a.event_id) FROM event"
                     + " LEFT JOIN event_analysis a ON a.event_id = event.id AND a.version = ?")) {
            query.setInt(1, version);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new AnalysisCounts(rows.getLong(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot count the analyses in " + database.url() + ": " + e.getMessage(), e);
        }
    }

    /** Hands the id and body of each of the given events that is stored to the consumer, in id order. */
    public void forEachBody(java.util.Collection<Long> ids, BiConsumer<Long, String> consumer) {
        List<Long> sorted = ids.stream().sorted().distinct().toList();
        try (Connection connection = database.connection()) {
            for (int from = 0; from < sorted.size(); from += BATCH_SIZE) {
                List<Long> chunk = sorted.subList(from, Math.min(sorted.size(), from + BATCH_SIZE));
                try (PreparedStatement query = connection.prepareStatement("SELECT id, body FROM event WHERE id IN ("
                        + placeholders(chunk.size()) + ") ORDER BY id")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setLong(i + 1, chunk.get(i));
                    }
                    handBodies(query, consumer);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the events to analyse from " + database.url() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Hands the id and body of each event whose stored analysis is not one of {@code version} (or of every event,
     * when {@code all}) to the consumer, in id order, one at a time.
     */
    public void forEachToAnalyse(int version, boolean all, BiConsumer<Long, String> consumer) {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT event.id, event.body FROM event"
                     + (all ? "" : " LEFT JOIN event_analysis a ON a.event_id = event.id AND a.version = ?"
                     + " WHERE a.event_id IS NULL") + " ORDER BY event.id")) {
            if (!all) {
                query.setInt(1, version);
            }
            query.setFetchSize(200);
            handBodies(query, consumer);
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the events to analyse from " + database.url() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Runs a query of (id, body) rows and hands each to the consumer. */
    private static void handBodies(PreparedStatement query, BiConsumer<Long, String> consumer) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                consumer.accept(rows.getLong(1), rows.getString(2));
            }
        }
    }

    private static Map<Long, List<String>> tagsInWindow(Connection connection, ZonedDateTime start, ZonedDateTime end,
                                                        LocalDate firstDay, LocalDate endDay) throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        // A join, not "IN (SELECT ...)": on a day of many events H2 2.5 fails turning a spilled subquery into a list.
        try (PreparedStatement query = connection.prepareStatement("SELECT t.event_id, t.tag FROM event_tag t"
                + " JOIN event ON event.id = t.event_id" + IN_WINDOW + " ORDER BY t.event_id, t.tag")) {
            bindWindow(query, 0, start, end, firstDay, endDay);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tags.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return tags;
    }

    /** Binds the window's four parameters after the first {@code before} of the query. */
    private static void bindWindow(PreparedStatement query, int before, ZonedDateTime start, ZonedDateTime end,
                                   LocalDate firstDay, LocalDate endDay) throws SQLException {
        query.setObject(before + 1, start.toOffsetDateTime());
        query.setObject(before + 2, end.toOffsetDateTime());
        query.setObject(before + 3, firstDay);
        query.setObject(before + 4, endDay);
    }

    private Optional<Event> queryOne(Connection connection, String condition, Object value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM event WHERE " + condition)) {
            query.setObject(1, value);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long id = rows.getLong("id");
                return Optional.of(read(rows, tagsOf(connection, id)));
            }
        }
    }

    private static List<String> tagsOf(Connection connection, long id) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT tag FROM event_tag WHERE event_id = ? ORDER BY tag")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
            }
        }
        return tags;
    }

    private static Event read(ResultSet rows, List<String> tags) throws SQLException {
        OffsetDateTime at = rows.getObject("published_at", OffsetDateTime.class);
        Published published = at == null
                ? Published.on(rows.getObject("published_date", LocalDate.class))
                : Published.at(at.atZoneSameInstant(ZoneId.of(rows.getString("published_zone"))));
        Timestamp ingested = rows.getTimestamp("ingested_at");
        return new Event(rows.getLong("id"), rows.getString("source"), rows.getString("url"), rows.getString("title"),
                published, rows.getString("dateline"), rows.getString("body"), rows.getString("language"), tags,
                rows.getString("content_hash"), ingested.toInstant());
    }
}
