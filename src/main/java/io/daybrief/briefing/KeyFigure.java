package io.daybrief.briefing;

/**
 * A figure chosen for a story.
 *
 * @param text    the figure as written in the report ({@code almost 51,000}, {@code $3bn})
 * @param counts  what it counts or measures, or an empty string when the report does not say
 * @param value   its value as a readable number with its unit ({@code 51,000}, {@code 3,000,000,000 USD})
 * @param approx  whether the report gives it as approximate
 * @param eventId the stored event it was found in
 * @param number  its value as a number, for comparing it across editions and drawing it; NaN when it has none
 */
public record KeyFigure(String text, String counts, String value, boolean approx, long eventId, double number) {

    /** A figure shown as text only (a date in a digest's table), with no number to compare or draw. */
    public KeyFigure(String text, String counts, String value, boolean approx, long eventId) {
        this(text, counts, value, approx, eventId, Double.NaN);
    }
}
