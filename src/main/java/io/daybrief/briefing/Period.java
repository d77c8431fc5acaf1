package io.daybrief.briefing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The span of time one edition covers: [start, end), named by the date it is about.
 *
 * <p>A calendar day in a zone with daylight saving is 23 or 25 hours long on the change days; the period
 * is always from one local midnight to the next.
 */
public record Period(LocalDate date, ZonedDateTime start, ZonedDateTime end) {

    public Period {
        Objects.requireNonNull(date, "date");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("period start " + start + " is not before its end " + end);
        }
    }

    /** The first and last years an edition can be about: outside them a date is a typo, not a day of news. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;

    /** The calendar day {@code date} in {@code zone}. */
    public static Period day(LocalDate date, ZoneId zone) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException(date + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR
                    + " that editions can be about; give a date such as 2026-03-04");
        }
        return new Period(date, date.atStartOfDay(zone), date.plusDays(1).atStartOfDay(zone));
    }
}
