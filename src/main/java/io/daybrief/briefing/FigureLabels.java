package io.daybrief.briefing;

import io.daybrief.analysis.Figure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** Writes a figure's value with its unit the way a reader expects: {@code US$3 billion}, {@code 5%}, {@code 51,000}. */
final class FigureLabels {

    private static final Map<String, String> CURRENCY_SIGNS = Map.of("USD", "US$", "GBP", "\u00A3", "EUR", "\u20AC",
            "JPY", "\u00A5", "INR", "\u20B9", "ZAR", "R", "AUD", "A$", "CAD", "C$");

    /** The words a report puts before a figure to qualify it: "at least", "no less than", "almost". */
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile("^(?i)((?:(?:no|not|at|"
            + "more|less|fewer|than|almost|about|around|approximately|roughly|nearly|some|over|under|up|to|least|most|"
            + "just|close|an|estimated|upwards|of|as|many|much|few|well|below|above)\\s+)+)");

    private FigureLabels() {
    }

    /** The figure's value with its qualifier in words, as the report gives it: "at least 14", "almost US$3 billion". */
    private static final java.util.regex.Pattern POINTS = java.util.regex.Pattern.compile(
            "(?i)percentage[- ]points?|\\bpp\\b|\\bpts?\\b");

    static String withQualifier(Figure figure) {
        java.util.regex.Matcher m = QUALIFIER.matcher(figure.text());
        String qualifier = m.find() ? m.group(1).strip().toLowerCase(Locale.ROOT) + " " : "";
        return qualifier + label(figure);
    }

    static String label(Figure figure) {
        String unit = figure.unit();
        double value = figure.value();
        if (CURRENCY_SIGNS.containsKey(unit) || figure.isMoney()) {
            return CURRENCY_SIGNS.getOrDefault(unit, unit + " ") + scaled(value);
        }
        return switch (unit) {
            case "count" -> number(value);
            // A change in a share is not a share: "up 0.5 percentage points" is not 0.5%.
            case "percent" -> number(value) + (POINTS.matcher(figure.text()).find() ? " percentage points" : "%");
            case "fraction" -> number(value * 100) + "%";
            case "times" -> number(value) + " times";
            default -> number(value) + " " + (value == 1 ? unit : plural(unit)); // "6 weeks", "17 nights", "5 km"
        };
    }

    /** Units written as words take a plural ("17 nights", "2 inches", "6 terms"); abbreviations do not ("5 km"). */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("km", "kg", "mm", "cm", "mph", "kph",
            "km/h", "kmh", "mw", "gw", "ft", "sq km");

    private static String plural(String unit) {
        String lower = unit.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower) || !unit.equals(lower) || unit.length() < 3 || unit.endsWith("s")) {
            return unit;
        }
        return switch (lower) {
            case "foot" -> "feet";
            case "century" -> "centuries";
            case "inch" -> "inches";
            default -> unit + "s";
        };
    }

    private static String scaled(double value) {
        if (Math.abs(value) >= 1e12) {
            return number(value / 1e12) + " trillion";
        }
        if (Math.abs(value) >= 1e9) {
            return number(value / 1e9) + " billion";
        }
        if (Math.abs(value) >= 1e6) {
            return number(value / 1e6) + " million";
        }
        return number(value);
    }

    private static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN));
    }
}
