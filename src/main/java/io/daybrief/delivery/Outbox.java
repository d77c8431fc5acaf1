package io.daybrief.delivery;

import io.daybrief.event.Database;
import io.daybrief.event.DatabaseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox: one row per (edition, recipient), pending until sent, retried with exponential backoff after a
 * transient failure, failed for good after a permanent one or too many tries.
 *
 * <p>A row is claimed (status {@code sending}) before its message goes out and marked {@code sent} with the
 * message id right after, so a recipient marked sent is never sent that edition again. A process that dies
 * between the two leaves a {@code sending} row, which a later run sends again once it is clearly abandoned.
 */
public final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final String UNIQUE_VIOLATION = "23505";

    /** How often and how long to retry. */
    public record Retry(Duration first, Duration longest, int attempts) {

        public static final Retry DEFAULT = new Retry(Duration.ofSeconds(30), Duration.ofHours(2), 8);

        Duration after(int attempt) {
            Duration delay = first.multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
            return delay.compareTo(longest) > 0 ? longest : delay;
        }
    }

    /** One row of the outbox. */
    public record Delivery(long id, String briefing, LocalDate date, String recipient, DeliveryStatus status,
                           int attempts, String messageId, String lastError) {
    }

    /** Builds the message for one delivery. */
    @FunctionalInterface
    public interface Composer {
        Email compose(Delivery delivery);
    }

    private final Database database;
    private final Mailer mailer;
    private final Clock clock;
    private final Retry retry;
    private final Alerts alerts;
    private final Duration abandonedAfter;

    /**
     * {@code alerts} tells each briefing's alert address of deliveries that failed for good. A send still marked in
     * progress after {@code abandonedAfter} (longer than any live send can take, given the mail server's
     * time-outs) was cut off by a crash, and is sent again under its fixed Message-ID; only a crash in the instant
     * between the server's acceptance and the record of it can make a second copy.
     */
    public Outbox(Database database, Mailer mailer, Clock clock, Retry retry, Alerts alerts, Duration abandonedAfter) {
        this.abandonedAfter = abandonedAfter;
        this.database = database;
        this.mailer = mailer;
        this.clock = clock;
        this.retry = retry;
        this.alerts = alerts;
    }

    /** Adds a pending delivery of an edition for each recipient who does not have one yet; returns how many. */
    public int enqueue(String briefing, LocalDate date, List<String> recipients) {
        int added = 0;
        try (Connection connection = database.connection()) {
            long editionId = editionId(connection, briefing, date);
            for (String recipient : recipients) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO delivery (edition_id,"
                        + " recipient, status, attempts, next_attempt_at, updated_at) VALUES (?, ?, 'pending', 0, ?, ?)")) {
                    insert.setLong(1, editionId);
                    insert.setString(2, recipient);
                    insert.setObject(3, now());
                    insert.setObject(4, now());
                    added += insert.executeUpdate();
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot queue the " + briefing + " edition of " + date + ": " + e.getMessage(), e);
        }
        return added;
    }

    /**
     * Sends every delivery that is due (and every one left mid-send by a process that died); returns them. Each row
     * is on its own: whatever fails while its message is composed or sent (a broken template, a PDF gone, a
     * refused address) is recorded on that row as an attempt, retried while it may succeed, alerted when final,
     * and never stops the other rows.
     */
    public List<Delivery> deliverDue(Composer composer) {
        List<Delivery> done = new ArrayList<>();
        for (Delivery delivery : due()) {
            try {
                if (claim(delivery)) {
                    done.add(attempt(delivery, composer));
                }
            } catch (RuntimeException e) {
                // The database itself failed for this row: the row stays as it was and is looked at again next pass.
                LOG.error("edition {} {} to {}: cannot be recorded: {}", delivery.briefing(), delivery.date(),
                        delivery.recipient(), e.getMessage());
            }
        }
        return done;
    }

    private Delivery attempt(Delivery delivery, Composer composer) {
        int attempts = delivery.attempts() + 1;
        try {
            String messageId = mailer.send(composer.compose(delivery));
            update(delivery.id(), DeliveryStatus.SENT, attempts, now(), messageId, null);
            LOG.info("edition {} {} to {}: sent as {}", delivery.briefing(), delivery.date(), delivery.recipient(),
                    messageId);
            return new Delivery(delivery.id(), delivery.briefing(), delivery.date(), delivery.recipient(),
                    DeliveryStatus.SENT, attempts, messageId, null);
        } catch (SendException e) {
            return failed(delivery, attempts, e.isTransient(), e.getMessage());
        } catch (RuntimeException e) {
            // Composing failed: the template or the archived file may be mended before the next try.
            return failed(delivery, attempts, true, "the message could not be composed: " + e.getMessage());
        }
    }

    private Delivery failed(Delivery delivery, int attempts, boolean transientFailure, String error) {
        boolean again = transientFailure && attempts < this.retry.attempts();
        DeliveryStatus status = again ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
        update(delivery.id(), status, attempts, now().plus(this.retry.after(attempts)), null, error);
        if (again) {
            LOG.warn("edition {} {} to {}: will retry ({})", delivery.briefing(), delivery.date(),
                    delivery.recipient(), error);
        } else {
            reportFailure(delivery, attempts, error);
        }
        return new Delivery(delivery.id(), delivery.briefing(), delivery.date(), delivery.recipient(), status,
                attempts, null, error);
    }

    private void reportFailure(Delivery delivery, int attempts, String error) {
        LOG.error("edition {} {} to {}: delivery failed for good after {} attempts: {}", delivery.briefing(),
                delivery.date(), delivery.recipient(), attempts, error);
        alerts.send(delivery.briefing(), delivery.briefing() + " edition of " + delivery.date()
                + " could not be delivered to " + delivery.recipient(), "The " + delivery.briefing() + " edition of "
                + delivery.date() + " was not delivered to " + delivery.recipient() + " after " + attempts
                + " attempts.\n\nLast error: " + error + "\n\nOther recipients are not affected.");
    }

    /** Every delivery of an edition, in recipient order. */
    public List<Delivery> of(String briefing, LocalDate date) {
        return query(" WHERE e.briefing = ? AND e.edition_date = ? ORDER BY d.recipient", briefing, date);
    }

    /** Pending rows whose time has come, and rows left mid-send long enough ago that their sender has died. */
    private List<Delivery> due() {
        return query(" WHERE (d.status = 'pending' AND d.next_attempt_at <= ?)"
                + " OR (d.status = 'sending' AND d.updated_at <= ?) ORDER BY d.id", now(), now().minus(abandonedAfter));
    }

    private boolean claim(Delivery delivery) {
        try (Connection connection = database.connection();
             PreparedStatement claim = connection.prepareStatement("UPDATE delivery SET status = 'sending',"
                     + " updated_at = ? WHERE id = ? AND status = ?")) {
            claim.setObject(1, now());
            claim.setLong(2, delivery.id());
            claim.setString(3, delivery.status().word());
            return claim.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DatabaseException("cannot claim delivery " + delivery.id() + ": " + e.getMessage(), e);
        }
    }

    private void update(long id, DeliveryStatus status, int attempts, OffsetDateTime next, String messageId,
                        String error) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE delivery SET status = ?, attempts = ?,"
                     + " next_attempt_at = ?, message_id = ?, last_error = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, status.word());
            update.setInt(2, attempts);
            update.setObject(3, next);
            update.setString(4, messageId);
            update.setString(5, error == null ? null : error.substring(0, Math.min(error.length(), 2000)));
            update.setObject(6, now());
            update.setLong(7, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException("cannot record delivery " + id + " as " + status.word() + ": " + e.getMessage(), e);
        }
    }

    /** How many deliveries stand at each status, by its word (pending, sending, sent, failed). */
    public java.util.Map<String, Long> countsByStatus() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT status, COUNT(*) FROM delivery GROUP BY status");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new DatabaseException("cannot count the deliveries: " + e.getMessage(), e);
        }
    }

    /** The delivery with this id, if there is one. */
    public java.util.Optional<Delivery> byId(long id) {
        return query(" WHERE d.id = ?", id).stream().findFirst();
    }

    /**
     * Puts a delivery that failed for good back in the queue, due now, with its attempts counted afresh; returns
     * whether it did (a delivery that is not failed is left alone: a sent one is never sent twice).
     */
    public boolean requeueFailed(long id) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE delivery SET status = 'pending',"
                     + " attempts = 0, next_attempt_at = ?, updated_at = ? WHERE id = ? AND status = 'failed'")) {
            update.setObject(1, now());
            update.setObject(2, now());
            update.setLong(3, id);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DatabaseException("cannot queue delivery " + id + " again: " + e.getMessage(), e);
        }
    }

    private List<Delivery> query(String where, Object... values) {
        List<Delivery> deliveries = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT d.id, e.briefing, e.edition_date, d.recipient,"
                     + " d.status, d.attempts, d.message_id, d.last_error FROM delivery d JOIN edition e"
                     + " ON e.id = d.edition_id" + where)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    deliveries.add(new Delivery(rows.getLong(1), rows.getString(2), rows.getObject(3, LocalDate.class),
                            rows.getString(4), DeliveryStatus.of(rows.getString(5)), rows.getInt(6), rows.getString(7),
                            rows.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the outbox: " + e.getMessage(), e);
        }
        return deliveries;
    }

    private static long editionId(Connection connection, String briefing, LocalDate date) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM edition WHERE briefing = ? AND edition_date = ?")) {
            query.setString(1, briefing);
            query.setObject(2, date);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("there is no " + briefing + " edition of " + date + " to send; make it first");
                }
                return rows.getLong(1);
            }
        }
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }
}
