/**
 * Delivering editions by email: the outbox (one row per edition and recipient, with retries and a record of
 * what was sent) and the {@link io.daybrief.delivery.Mailer}, the only class that imports Jakarta Mail.
 *
 * <p>May use {@code archive}, {@code briefing}, {@code render} and {@code event} (for the database).
 */
package io.daybrief.delivery;
