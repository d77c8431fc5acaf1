package io.daybrief.briefing;

import java.util.Locale;

/** Which editions missed while Daybrief was down are made when it starts again. */
public enum CatchUpPolicy {
    /** Each missed edition, for its own day. */
    ALL,
    /** The last missed edition only. */
    LATEST,
    /** None: the next scheduled run carries on. */
    NONE;

    /** The policy a configuration word names ({@code all}, {@code latest}, {@code none}). */
    public static CatchUpPolicy of(String word) {
        return valueOf(word.strip().toUpperCase(Locale.ROOT));
    }
}
