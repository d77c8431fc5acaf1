/**
 * The archive of editions: each edition's PDF under {@code output/<briefing>/<yyyy>/<yyyy-mm-dd>.pdf}, written
 * to a temporary file and moved into place, and an index table with its checksum, size and period.
 *
 * <p>May use {@code event} (for the database) and {@code briefing}; never renders or sends anything itself.
 */
package io.daybrief.archive;
