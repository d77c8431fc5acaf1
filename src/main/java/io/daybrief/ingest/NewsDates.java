package io.daybrief.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the way newsrooms and websites print them: ISO ({@code 2026-02-06}, with a time or not),
 * month first ({@code Feb. 6, 2026}, {@code February 6th, 2026}, {@code Tue, Feb 6 2026}), day first
 * ({@code 6 February 2026}, {@code 06-Feb-2026}, {@code Fri 6 Feb 2026}), with slashes ({@code 02/06/26},
 * month first unless the first number cannot be a month; {@code 2026/02/06}) or dots and dashes
 * ({@code 06.02.2026}, {@code 06-02-2026}, day first), and a
 * month and day without a year ({@code Feb 6}), which takes its year from elsewhere.
 */
final class NewsDates {

    /** A date found in a text, where it stood, and whether the text gave its year. */
    record Found(LocalDate date, int start, int end, boolean hasYear) {
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(?<month>january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";

    /** The forms, in the order they are tried at each place; the earliest place wins. */
    private static final List<Pattern> WITH_YEAR = List.of(
            Pattern.compile("\\b(?<year>\\d{4})-(?<mm>\\d{1,2})-(?<day>\\d{1,2})(?![\\d-])"),
            Pattern.compile("\\b" + WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})" + ORDINAL + ",?\\s+(?<year>\\d{4})\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b" + WEEKDAY + "(?<day>\\d{1,2})" + ORDINAL + "(?:\\s+|-)" + MONTH
                    + ",?(?:\\s+|-)(?<year>\\d{4})\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?<year>\\d{4})/(?<mm>\\d{1,2})/(?<day>\\d{1,2})(?![\\d/])"),
            Pattern.compile("\\b(?<first>\\d{1,2})/(?<second>\\d{1,2})/(?<year>\\d{4}|\\d{2})(?![\\d/])"),
            Pattern.compile("\\b(?<day>\\d{1,2})[.-](?<mm>\\d{1,2})[.-](?<year>\\d{4})\\b"));
    private static final Pattern WITHOUT_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(?<day>\\d{1,2})" + ORDINAL
            + "\\b(?!\\s*,?\\s*\\d{4})", Pattern.CASE_INSENSITIVE);

    private NewsDates() {
    }

    /** The first date in {@code text} that gives its year. */
    static Optional<Found> find(String text) {
        Found best = null;
        for (Pattern pattern : WITH_YEAR) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (best != null && m.start() >= best.start()) {
                    break;
                }
                LocalDate date = date(m);
                if (date != null) {
                    best = new Found(date, m.start(), m.end(), true);
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every date in {@code text} that gives its year, in order. */
    static List<Found> findAll(String text) {
        List<Found> all = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            Optional<Found> next = find(text.substring(from));
            if (next.isEmpty()) {
                break;
            }
            Found f = next.get();
            all.add(new Found(f.date(), f.start() + from, f.end() + from, true));
            from += f.end();
        }
        return all;
    }

    /** The first month and day in {@code text} written without a year, given the year {@code year}. */
    static Optional<Found> findWithoutYear(String text, int year) {
        Matcher m = WITHOUT_YEAR.matcher(text);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(year, MONTHS.get(m.group("month").toLowerCase(Locale.ROOT)),
                        Integer.parseInt(m.group("day")));
                return Optional.of(new Found(date, m.start(), m.end(), false));
            } catch (DateTimeException e) {
                // "May 45" is not a day; look further
            }
        }
        return Optional.empty();
    }

    private static LocalDate date(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("year"));
            if (m.group("year").length() == 2) {
                year += year <= LocalDate.now().getYear() % 100 + 1 ? 2000 : 1900;
            }
            if (year < 1900 || year > 2200) {
                return null;
            }
            String pattern = m.pattern().pattern();
            if (pattern.contains("(?<first>")) {
                int first = Integer.parseInt(m.group("first"));
                int second = Integer.parseInt(m.group("second"));
                // Month first, as most sites that write slashes do, unless the first number cannot be a month.
                return first > 12 ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
            }
            int month = pattern.contains("(?<month>") ? MONTHS.get(m.group("month").toLowerCase(Locale.ROOT).replace(".", ""))
                    : Integer.parseInt(m.group("mm"));
            return LocalDate.of(year, month, Integer.parseInt(m.group("day")));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>();
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
