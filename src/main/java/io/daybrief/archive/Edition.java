package io.daybrief.archive;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One archived edition: one briefing for one period.
 *
 * @param briefing    the briefing's name
 * @param date        the date the edition is about
 * @param periodStart start of the period covered, inclusive
 * @param periodEnd   end of the period covered, exclusive
 * @param pdf         where its PDF is
 * @param sha256      the PDF's SHA-256, lower-case hex
 * @param sizeBytes   the PDF's size
 * @param stories     how many stories it carries
 * @param madeAt      when it was last made
 * @param makes       how many times it has been made; above 1 it has been re-made
 * @param replaced    whether this make replaced an earlier file (false when read from the index)
 * @param warnings    what the make could not do as asked (text the fonts cannot show); not kept in the index
 */
public record Edition(String briefing, LocalDate date, ZonedDateTime periodStart, ZonedDateTime periodEnd, Path pdf,
                      String sha256, long sizeBytes, int stories, Instant madeAt, int makes, boolean replaced,
                      List<String> warnings) {

    public Edition {
        warnings = List.copyOf(warnings);
    }

    /** The same edition with the warnings of the make that produced it. */
    public Edition withWarnings(List<String> newWarnings) {
        return new Edition(briefing, date, periodStart, periodEnd, pdf, sha256, sizeBytes, stories, madeAt, makes,
                replaced, newWarnings);
    }

    /**
     * Whether it was made before its period ended, so that events published later in the period may be missing
     * from it.
     */
    public boolean provisional() {
        return madeAt.isBefore(periodEnd.toInstant());
    }
}
