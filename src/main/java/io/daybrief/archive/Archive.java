package io.daybrief.archive;

import io.daybrief.briefing.Period;
import io.daybrief.event.ContentHash;
import io.daybrief.event.Database;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps editions: the PDF at {@code <output>/<briefing>/<yyyy>/<yyyy-mm-dd>.pdf} and one index row per
 * (briefing, period).
 *
 * <p>A PDF is written to a temporary file beside its final place, forced to disk and moved over the old one
 * in one atomic step, so a reader or a crash never sees half a file; re-making an edition replaces it and keeps
 * its one index row. Thread-safe.
 */
public final class Archive {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "briefing, edition_date, period_start, period_end, path, sha256, size_bytes,"
            + " stories, made_at, makes";

    private final Path root;
    private final Database database;
    private final Clock clock;

    public Archive(Path root, Database database, Clock clock) {
        this(root, database, clock, Store.BOTH);
    }

    /** Where the PDFs are kept. */
    public enum Store {
        /** In the archive folder only (one machine). */
        FOLDER,
        /** In the database; the folder is a cache each node fills from it. */
        DATABASE,
        /** In both: the folder as before, and the database for the other nodes. */
        BOTH
    }

    private final Store store;

    /** An archive keeping PDFs as {@code store} says. */
    public Archive(Path root, Database database, Clock clock, Store store) {
        this.root = root.toAbsolutePath().normalize();
        this.database = database;
        this.clock = clock;
        this.store = store;
    }

    /** The archive's folder. */
    public Path root() {
        return root;
    }

    /** Where the PDF of a briefing's edition for {@code date} lives; never outside the archive folder. */
    public Path pdfPath(String briefing, LocalDate date) {
        return briefingFolder(briefing).resolve(String.valueOf(date.getYear())).resolve(date + ".pdf");
    }

    /** A briefing's folder in the archive, refusing any name that would lead outside it. */
    private Path briefingFolder(String briefing) {
        Path folder = root.resolve(briefing).normalize();
        if (!folder.startsWith(root) || folder.equals(root) || briefing.contains("/") || briefing.contains("\\")
                || briefing.startsWith(".")) {
            throw new ArchiveException("briefing name '" + briefing + "' would leave the archive folder " + root
                    + "; use lower-case letters, digits, '-' and '_'");
        }
        return folder;
    }

    /**
     * Writes an edition's PDF into place and records it, replacing any earlier make of the same edition. A file
     * already in its place that the index has no record of (made with another database, or put there by hand) is
     * never replaced: the store is refused, naming the file and the fix.
     *
     * <p>The index row is written before the file is moved into place, so a crash in between leaves a row whose
     * file is missing or older (made again by the next run), never a file the index does not know.
     */
    public Edition store(String briefing, Period period, int stories, byte[] pdf) {
        Path target = pdfPath(briefing, period.date());
        Path temporary = writeTemporary(target, pdf);
        try (Connection connection = database.connection()) {
            boolean existed = Files.exists(target);
            if (existed && store != Store.DATABASE && find(connection, briefing, period.date()).isEmpty()) {
                throw new ArchiveException(target + " is already there, but the database " + database.url()
                        + " has no record of it: it was made with another database (check database.url and"
                        + " DAYBRIEF_DATABASE_URL) or put there by hand. Nothing was replaced; to make this edition"
                        + " with this database, move that file out of the archive first");
            }
            String sha256 = ContentHash.sha256(pdf);
            Instant now = clock.instant();
            int makes = record(connection, briefing, period, root.relativize(target).toString(), sha256, pdf.length,
                    stories, now);
            if (store != Store.FOLDER) {
                keep(connection, "edition_pdf", "briefing, edition_date", briefing, period.date(), sha256, pdf, null);
            }
            moveIntoPlace(temporary, target);
            return new Edition(briefing, period.date(), period.start(), period.end(), target, sha256, pdf.length,
                    stories, now, makes, existed, List.of());
        } catch (SQLException e) {
            throw new ArchiveException("edition " + briefing + " " + period.date() + " could not be recorded in the"
                    + " index, so " + target + " was left as it was: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Whether the edition's file is in place and is the one its index row records: an edition whose file went
     * missing, or was cut off by a crash before its move, is not made yet.
     */
    public boolean isIntact(Edition edition) {
        return isIntactFile(edition) || store != Store.FOLDER && restore(edition);
    }

    private static boolean isIntactFile(Edition edition) {
        try {
            return Files.isRegularFile(edition.pdf())
                    && ContentHash.sha256(Files.readAllBytes(edition.pdf())).equals(edition.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Copies into the database the PDFs of editions this node made before the database kept them (or made with
     * {@code store: folder}), when their files here are intact; returns how many. Does nothing for a folder-only
     * archive. Run at {@code serve}'s start, it is quick once done: only editions without a copy are looked at.
     */
    public int shareLocalEditions() {
        if (store == Store.FOLDER) {
            return 0;
        }
        int shared = 0;
        try (Connection connection = database.connection()) {
            List<Edition> unshared = query(connection, " e WHERE NOT EXISTS (SELECT 1 FROM edition_pdf p WHERE"
                    + " p.briefing = e.briefing AND p.edition_date = e.edition_date)");
            for (Edition edition : unshared) {
                if (isIntactFile(edition)) {
                    keep(connection, "edition_pdf", "briefing, edition_date", edition.briefing(), edition.date(),
                            edition.sha256(), Files.readAllBytes(edition.pdf()), null);
                    shared++;
                }
            }
        } catch (SQLException | IOException e) {
            throw new ArchiveException("cannot copy this node's editions into the database: " + e.getMessage(), e);
        }
        return shared;
    }

    /**
     * Writes an edition's PDF from the database into the archive folder (made on another node, or gone from this
     * one's disk); returns whether the database held the recorded PDF.
     */
    private boolean restore(Edition edition) {
        byte[] pdf;
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT sha256, pdf FROM edition_pdf"
                     + " WHERE briefing = ? AND edition_date = ?")) {
            query.setString(1, edition.briefing());
            query.setObject(2, edition.date());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next() || !rows.getString(1).equals(edition.sha256())) {
                    return false;
                }
                pdf = rows.getBytes(2);
            }
        } catch (SQLException e) {
            throw new ArchiveException("cannot read the PDF of " + edition.briefing() + " " + edition.date()
                    + " from the database: " + e.getMessage(), e);
        }
        if (!ContentHash.sha256(pdf).equals(edition.sha256())) {
            return false;
        }
        Path temporary = writeTemporary(edition.pdf(), pdf);
        try {
            moveIntoPlace(temporary, edition.pdf());
        } finally {
            deleteQuietly(temporary);
        }
        return true;
    }

    /** Keeps a PDF in the database, replacing an earlier one of the same key. */
    private void keep(Connection connection, String table, String key, String briefing, Object second, String sha256,
                      byte[] pdf, Instant madeAt) throws SQLException {
        String secondColumn = key.split(",\\s*")[1];
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE briefing = ? AND "
                + secondColumn + " = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + key
                     + ", sha256, pdf" + (madeAt == null ? "" : ", made_at") + ") VALUES (?, ?, ?, ?"
                     + (madeAt == null ? "" : ", ?") + ")")) {
            delete.setString(1, briefing);
            delete.setObject(2, second);
            delete.executeUpdate();
            insert.setString(1, briefing);
            insert.setObject(2, second);
            insert.setString(3, sha256);
            insert.setBytes(4, pdf);
            if (madeAt != null) {
                insert.setObject(5, madeAt.atOffset(ZoneOffset.UTC));
            }
            insert.executeUpdate();
        }
    }

    /** An edition being made by this process: another process making the same edition waits until it is closed. */
    public final class Claim implements AutoCloseable {

        private final Connection connection;
        private boolean released;

        private Claim(Connection connection) {
            this.connection = connection;
        }

        /** Lets the edition go; closing again does nothing. */
        @Override
        public void close() {
            if (released) {
                return;
            }
            released = true;
            try (connection) {
                connection.commit();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw new ArchiveException("cannot release the claim on an edition: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Claims the edition of {@code briefing} for {@code date}, waiting (up to the database's wait time) while
     * another process, or another thread, makes it: so one edition is never made twice at once.
     */
    public Claim claim(String briefing, LocalDate date) {
        Connection connection = database.connection();
        try {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO edition_claim (briefing, edition_date) VALUES (?, ?)")) {
                insert.setString(1, briefing);
                insert.setObject(2, date);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            connection.setAutoCommit(false);
            long waitMillis = database.waitTime().toMillis();
            try (java.sql.Statement timeout = connection.createStatement()) {
                timeout.execute(database.isPostgres() ? "SET LOCAL lock_timeout = " + waitMillis
                        : "SET LOCK_TIMEOUT " + waitMillis);
            }
            try (PreparedStatement lock = connection.prepareStatement("SELECT briefing FROM edition_claim"
                    + " WHERE briefing = ? AND edition_date = ? FOR UPDATE")) {
                lock.setString(1, briefing);
                lock.setObject(2, date);
                lock.executeQuery().close();
            }
            return new Claim(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new ArchiveException(isLockTimeout(e)
                    ? "the " + briefing + " edition of " + date + " is being made by another process, which has not"
                    + " finished in " + database.waitTime().toSeconds() + " s; try again when it has, or raise"
                    + " database.wait_seconds"
                    : "cannot claim the " + briefing + " edition of " + date + ": " + e.getMessage(), e);
        }
    }

    private static boolean isLockTimeout(SQLException e) {
        return "55P03".equals(e.getSQLState()) || e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState());
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            // the connection is broken; the error being thrown already says why
        }
    }

    /**
     * Writes a digest to {@code <output>/<briefing>/digests/<label>.pdf}, replacing an earlier one atomically,
     * and returns where it is.
     */
    public Path storeDigest(String briefing, String label, byte[] pdf) {
        if (!label.matches("[0-9A-Za-z_-]{1,40}")) {
            throw new ArchiveException("digest label '" + label + "' would not make a safe file name");
        }
        Path target = briefingFolder(briefing).resolve("digests").resolve(label + ".pdf");
        if (store != Store.FOLDER) {
            try (Connection connection = database.connection()) {
                keep(connection, "digest_pdf", "briefing, label", briefing, label, ContentHash.sha256(pdf), pdf,
                        clock.instant());
            } catch (SQLException e) {
                throw new ArchiveException("the " + label + " digest of " + briefing + " could not be kept in the"
                        + " database: " + e.getMessage(), e);
            }
        }
        writeAtomically(target, pdf);
        return target;
    }

    private static void writeAtomically(Path target, byte[] bytes) {
        Path temporary = writeTemporary(target, bytes);
        try {
            moveIntoPlace(temporary, target);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Writes the bytes to a temporary file beside {@code target}, forced to disk, and returns it. */
    private static Path writeTemporary(Path target, byte[] bytes) {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            removeAbandoned(target);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            return temporary;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ArchiveException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Moves a written temporary file over {@code target} in one step, so no reader sees half a file. */
    private static void moveIntoPlace(Path temporary, Path target) {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ArchiveException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The move failed and so did the clean-up; a later write of the same target removes it.
        }
    }

    /** Temporary files of this target left by a process that died mid-write: never read, safe to remove. */
    private static void removeAbandoned(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (var siblings = Files.list(target.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".tmp")) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }

    private int record(Connection connection, String briefing, Period period, String path, String sha256,
                              long size, int stories, Instant now) throws SQLException {
        int makes = update(connection, briefing, period, path, sha256, size, stories, now);
        if (makes > 0) {
            return makes;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO edition (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            insert.setString(1, briefing);
            insert.setObject(2, period.date());
            insert.setObject(3, period.start().toOffsetDateTime());
            insert.setObject(4, period.end().toOffsetDateTime());
            insert.setString(5, path);
            insert.setString(6, sha256);
            insert.setLong(7, size);
            insert.setInt(8, stories);
            insert.setObject(9, now.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            return 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Made at the same moment by another process: that row is ours to update.
                return update(connection, briefing, period, path, sha256, size, stories, now);
            }
            throw e;
        }
    }

    /** Updates the edition's row if there is one and returns its new make count, or 0 when there is none. */
    private int update(Connection connection, String briefing, Period period, String path, String sha256,
                              long size, int stories, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE edition SET path = ?, sha256 = ?,"
                + " size_bytes = ?, stories = ?, made_at = ?, makes = makes + 1"
                + " WHERE briefing = ? AND period_start = ? AND period_end = ?")) {
            update.setString(1, path);
            update.setString(2, sha256);
            update.setLong(3, size);
            update.setInt(4, stories);
            update.setObject(5, now.atOffset(ZoneOffset.UTC));
            update.setString(6, briefing);
            update.setObject(7, period.start().toOffsetDateTime());
            update.setObject(8, period.end().toOffsetDateTime());
            if (update.executeUpdate() == 0) {
                return 0;
            }
        }
        return find(connection, briefing, period.date()).map(Edition::makes).orElse(0);
    }

    /** The edition of a briefing for a date, if it has been made. */
    public Optional<Edition> find(String briefing, LocalDate date) {
        try (Connection connection = database.connection()) {
            return find(connection, briefing, date);
        } catch (SQLException e) {
            throw new ArchiveException("cannot read the index for " + briefing + " " + date + ": " + e.getMessage(), e);
        }
    }

    private Optional<Edition> find(Connection connection, String briefing, LocalDate date) throws SQLException {
        List<Edition> found = query(connection, " WHERE briefing = ? AND edition_date = ?", briefing, date);
        return found.stream().findFirst();
    }

    /** The briefing's edition with the latest period, if any. */
    public Optional<Edition> latest(String briefing) {
        try (Connection connection = database.connection()) {
            return query(connection, " WHERE briefing = ? ORDER BY edition_date DESC LIMIT 1", briefing).stream()
                    .findFirst();
        } catch (SQLException e) {
            throw new ArchiveException("cannot read the index for " + briefing + ": " + e.getMessage(), e);
        }
    }

    /** An edition with its id in the index, by which the web and the API name it. */
    public record Indexed(long id, Edition edition) {
    }

    /**
     * Editions newest first (by date, then briefing), of one briefing or all ({@code briefing} null), dated from
     * {@code from} to {@code to} (each inclusive, either null for no bound); {@code limit} of them after
     * skipping {@code offset}.
     */
    public List<Indexed> page(String briefing, LocalDate from, LocalDate to, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (briefing != null) {
            where.append(" AND briefing = ?");
            values.add(briefing);
        }
        if (from != null) {
            where.append(" AND edition_date >= ?");
            values.add(from);
        }
        if (to != null) {
            where.append(" AND edition_date <= ?");
            values.add(to);
        }
        where.append(" ORDER BY edition_date DESC, briefing LIMIT ? OFFSET ?");
        values.add(limit);
        values.add(offset);
        try (Connection connection = database.connection()) {
            return indexed(connection, where.toString(), values.toArray());
        } catch (SQLException e) {
            throw new ArchiveException("cannot read the index of editions: " + e.getMessage(), e);
        }
    }

    /** The edition with this id in the index, if there is one. */
    public Optional<Indexed> byId(long id) {
        try (Connection connection = database.connection()) {
            return indexed(connection, " WHERE id = ?", id).stream().findFirst();
        } catch (SQLException e) {
            throw new ArchiveException("cannot read edition " + id + " from the index: " + e.getMessage(), e);
        }
    }

    /** The id in the index of the edition of {@code briefing} for {@code date}, if it has been made. */
    public Optional<Long> idOf(String briefing, LocalDate date) {
        try (Connection connection = database.connection()) {
            return indexed(connection, " WHERE briefing = ? AND edition_date = ?", briefing, date).stream()
                    .map(Indexed::id).findFirst();
        } catch (SQLException e) {
            throw new ArchiveException("cannot read the index for " + briefing + " " + date + ": " + e.getMessage(), e);
        }
    }

    private List<Indexed> indexed(Connection connection, String where, Object... values) throws SQLException {
        List<Indexed> editions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, " + COLUMNS + " FROM edition" + where)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    editions.add(new Indexed(rows.getLong("id"), read(rows)));
                }
            }
        }
        return editions;
    }

    /** Every edition of a briefing, oldest first. */
    public List<Edition> list(String briefing) {
        try (Connection connection = database.connection()) {
            return query(connection, " WHERE briefing = ? ORDER BY edition_date", briefing);
        } catch (SQLException e) {
            throw new ArchiveException("cannot read the index for " + briefing + ": " + e.getMessage(), e);
        }
    }

    private List<Edition> query(Connection connection, String where, Object... values) throws SQLException {
        return indexed(connection, where, values).stream().map(Indexed::edition).toList();
    }

    private Edition read(ResultSet rows) throws SQLException {
        return new Edition(rows.getString("briefing"), rows.getObject("edition_date", LocalDate.class),
                rows.getObject("period_start", OffsetDateTime.class).toZonedDateTime(),
                rows.getObject("period_end", OffsetDateTime.class).toZonedDateTime(),
                root.resolve(rows.getString("path")), rows.getString("sha256"), rows.getLong("size_bytes"),
                rows.getInt("stories"), rows.getObject("made_at", OffsetDateTime.class).toInstant(), rows.getInt("makes"),
                false, List.of());
    }
}
