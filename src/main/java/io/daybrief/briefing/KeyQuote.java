package io.daybrief.briefing;

import java.util.List;

/**
 * A quote chosen for a story, with who said it and the event it came from.
 *
 * @param text    the words as quoted
 * @param speaker who said them
 * @param role    the speaker's role as the report gives it, or {@code null}
 * @param eventId the stored event it was found in
 * @param alsoIn  the other reports of its story that carry it too
 */
public record KeyQuote(String text, String speaker, String role, long eventId, List<Long> alsoIn) {

    public KeyQuote {
        alsoIn = List.copyOf(alsoIn);
    }

    /** A quote found in one report. */
    public KeyQuote(String text, String speaker, String role, long eventId) {
        this(text, speaker, role, eventId, List.of());
    }

    /** The same quote, carried also by the reports {@code others}. */
    public KeyQuote withAlsoIn(List<Long> others) {
        return new KeyQuote(text, speaker, role, eventId, others);
    }
}
