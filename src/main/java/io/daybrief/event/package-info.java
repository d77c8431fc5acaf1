/**
 * Stored events: the {@link io.daybrief.event.Event} record, the JDBC {@link io.daybrief.event.EventStore}
 * and the {@link io.daybrief.event.Database} that opens H2 or PostgreSQL and runs the schema migrations.
 *
 * <p>Depends on no other Daybrief package.
 */
package io.daybrief.event;
