package io.daybrief.briefing;

import java.util.Locale;

/** A digest made on schedule: of the ISO week before, or of the month before. */
public enum DigestKind {
    WEEKLY,
    MONTHLY;

    /** The kind a configuration word names ({@code weekly}, {@code monthly}). */
    public static DigestKind of(String word) {
        return valueOf(word.strip().toUpperCase(Locale.ROOT));
    }

    /** How the configuration and people write it: lower case. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
