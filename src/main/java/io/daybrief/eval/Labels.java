package io.daybrief.eval;

import java.util.List;

/** The hand labels of one article: its quotes and its figures. */
record Labels(List<Label> quotes, List<Label> figures) {

    /** One labelled quote or figure; fields that do not apply are null. */
    record Label(String text, String speaker, Double value, String unit, boolean optional) {
    }
}
