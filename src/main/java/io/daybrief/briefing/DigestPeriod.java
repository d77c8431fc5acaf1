package io.daybrief.briefing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a digest gathers: an ISO week, a calendar month, or a range of days, with the label it is filed
 * under ({@code 2026-W06}, {@code 2026-02}, {@code 2026-02-01_2026-02-14}) and the name readers see
 * ({@code week 2026-W06}, {@code February 2026}).
 */
public record DigestPeriod(String label, String name, LocalDate first, LocalDate last) {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** The most days one digest gathers: a year, leap day included. */
    public static final int MAX_DAYS = 366;

    public DigestPeriod {
        Objects.requireNonNull(label, "label");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a digest's last day " + last + " is before its first " + first);
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new IllegalArgumentException("a digest from " + first + " to " + last + " would gather "
                    + (java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1) + " days; one gathers at most "
                    + MAX_DAYS + ": make one a month or a year at a time");
        }
    }

    /** The ISO week written as {@code 2026-W06}. */
    public static DigestPeriod week(String isoWeek) {
        Matcher m = WEEK.matcher(isoWeek);
        if (!m.matches()) {
            throw new IllegalArgumentException("--week '" + isoWeek + "' is not an ISO week; write it as 2026-W06");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate anyDay = LocalDate.of(year, 6, 1);
        if (week < 1 || week > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new IllegalArgumentException("--week '" + isoWeek + "': " + year + " has no week " + week);
        }
        LocalDate monday = anyDay.with(IsoFields.WEEK_BASED_YEAR, year).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DigestPeriod(isoWeek, "week " + isoWeek, monday, monday.plusDays(6));
    }

    /** The calendar month written as {@code 2026-02}. */
    public static DigestPeriod month(String month) {
        try {
            YearMonth ym = YearMonth.parse(month);
            return new DigestPeriod(month, ym.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                    java.util.Locale.UK)), ym.atDay(1), ym.atEndOfMonth());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--month '" + month + "' is not a month; write it as 2026-02", e);
        }
    }

    /** The days from {@code first} to {@code last}, both included. */
    public static DigestPeriod range(LocalDate first, LocalDate last) {
        return new DigestPeriod(first + "_" + last, first + " to " + last, first, last);
    }

    /** The ISO week before the one {@code today} is in. */
    public static DigestPeriod weekBefore(LocalDate today) {
        LocalDate day = today.minusWeeks(1);
        return week(String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    /** The month before the one {@code today} is in. */
    public static DigestPeriod monthBefore(LocalDate today) {
        return month(YearMonth.from(today).minusMonths(1).toString());
    }

    /** Every day of the period, in order. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
