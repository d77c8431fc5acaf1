package io.daybrief.analysis;

import java.util.Objects;

/**
 * A quantity the text gives: a count, an amount of money, a share, a duration, an age, a measure.
 *
 * @param text   the figure as written, with its qualifier and unit words ({@code almost 51,000}, {@code $3bn})
 * @param value  its value as a number, multipliers applied ({@code $3bn} is 3e9); pence and cents converted
 * @param unit   {@code count}, {@code percent}, {@code fraction}, {@code times}, an ISO 4217 code, a singular
 *               time unit ({@code year}, {@code month}, ...) or a measurement unit ({@code km}, {@code kg}, ...)
 * @param approx whether a qualifier (about, almost, more than, up to, ...) makes it approximate
 * @param counts what it counts or measures, as a short noun phrase, or {@code null} when the text does not say
 * @param start  offset of its first character in the analysed text
 * @param end    offset just past its last character
 */
public record Figure(String text, double value, String unit, boolean approx, String counts, int start, int end) {

    public Figure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Whether it is a sum of money: its unit is an ISO 4217 currency code ({@code USD}, {@code GBP}, ...). */
    public boolean isMoney() {
        return isCurrency(unit);
    }

    /** Whether a unit is an ISO 4217 currency code ({@code USD}, {@code GBP}, ...). */
    public static boolean isCurrency(String unit) {
        return unit.length() == 3 && unit.equals(unit.toUpperCase(java.util.Locale.ROOT));
    }

    /** The same figure counting {@code what}. */
    public Figure counting(String what) {
        return new Figure(text, value, unit, approx, what, start, end);
    }

    /** The same figure with its offsets moved by {@code delta}, for text analysed as part of a larger file. */
    public Figure shifted(int delta) {
        return new Figure(text, value, unit, approx, counts, start + delta, end + delta);
    }

    /** The same figure ending at {@code newEnd} (where a span maps to a file whose text was cleaned). */
    public Figure withEnd(int newEnd) {
        return new Figure(text, value, unit, approx, counts, start, newEnd);
    }
}
