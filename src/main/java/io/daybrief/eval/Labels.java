package io.daybrief.eval;

import java.util.List;

/**
 * The hand labels of one article: its quotes and its figures. {@code hasFigures} is false for a labels file
 * with no {@code figures} key, which is left out of figure scoring.
 */
record Labels(List<Label> quotes, List<Label> figures, boolean hasFigures) {

    /**
     * One labelled quote or figure; fields that do not apply are null. A quote's speaker is null when the
     * annotated source is a pronoun or a description: it then counts for quote detection only. A figure's
     * {@code counts} says what it counts in a reader's words, or is null.
     */
    record Label(String text, String speaker, Double value, String unit, boolean optional, String counts) {

        Label(String text, String speaker, Double value, String unit, boolean optional) {
            this(text, speaker, value, unit, optional, null);
        }
    }
}
