package io.daybrief.briefing;

/**
 * A quote chosen for a story, with who said it and the event it came from.
 *
 * @param text    the words as quoted
 * @param speaker who said them
 * @param role    the speaker's role as the report gives it, or {@code null}
 * @param eventId the stored event it was found in
 */
public record KeyQuote(String text, String speaker, String role, long eventId) {
}
