package io.daybrief.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When an event was published: always a date, and a time with its zone when the source gave one.
 *
 * <p>A date without a time belongs to that calendar date wherever the reader is.
 *
 * @param date the calendar date of publication, in the publisher's own zone
 * @param time the exact moment with the publisher's zone or offset, or {@code null} when only the date is known
 */
public record Published(LocalDate date, ZonedDateTime time) {

    public Published {
        Objects.requireNonNull(date, "date");
        if (time != null && !time.toLocalDate().equals(date)) {
            throw new IllegalArgumentException("date " + date + " does not match time " + time);
        }
    }

    public static Published on(LocalDate date) {
        return new Published(date, null);
    }

    public static Published at(ZonedDateTime time) {
        return new Published(time.toLocalDate(), time);
    }

    public static Published at(OffsetDateTime time) {
        return at(time.toZonedDateTime());
    }

    public boolean hasTime() {
        return time != null;
    }
}
