package io.daybrief.briefing;

/**
 * A figure chosen for a story.
 *
 * @param text    the figure as written in the report ({@code almost 51,000}, {@code $3bn})
 * @param counts  what it counts or measures, or an empty string when the report does not say
 * @param value   its value as a readable number with its unit ({@code 51,000}, {@code 3,000,000,000 USD})
 * @param approx  whether the report gives it as approximate
 * @param eventId the stored event it was found in
 */
public record KeyFigure(String text, String counts, String value, boolean approx, long eventId) {
}
