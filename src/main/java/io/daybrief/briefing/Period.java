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

    /** The calendar day {@code date} in {@code zone}. */
    public static Period day(LocalDate date, ZoneId zone) {
        return new Period(date, date.atStartOfDay(zone), date.plusDays(1).atStartOfDay(zone));
    }
}
