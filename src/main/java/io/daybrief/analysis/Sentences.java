package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences: at a full stop, question or exclamation mark followed by space and a capital,
 * a quote or a digit; never after a known abbreviation, an initial or inside a number; always at a blank line.
 *
 * <p>Runs in time linear in the text.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "rep", "sen", "gov", "st",
            "jr", "sr", "rev", "hon", "pres", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
            "e.g", "i.e", "a.m", "p.m", "mt", "ft", "fig", "op", "ave", "del", "atty", "supt", "cmdr", "adm", "brig",
            "insp", "det", "cpl", "pvt");
    private static final String CLOSERS = "\"'\u201D\u2019)]";

    private Sentences() {
    }

    /** The sentences of a text, in order, with their offsets; blank space between them is not part of any. */
    public static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        int length = text.length();
        int i = start;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' && isBlankLineAt(text, i)) {
                add(sentences, text, start, i);
                start = skipSpace(text, i);
                i = start;
                continue;
            }
            if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < length && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(sentences, text, start, end);
                start = skipSpace(text, end);
                i = start;
                continue;
            }
            i++;
        }
        add(sentences, text, start, length);
        return sentences;
    }

    private static boolean isBlankLineAt(String text, int newline) {
        int j = newline + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n';
    }

    private static boolean endsSentence(String text, int mark) {
        int after = mark + 1;
        while (after < text.length() && CLOSERS.indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        if (after >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        int next = skipSpace(text, after);
        if (next >= text.length()) {
            return true;
        }
        char first = text.charAt(next);
        boolean opensSentence = Character.isUpperCase(first) || Character.isDigit(first)
                || "\"'\u201C\u2018(".indexOf(first) >= 0;
        return opensSentence && (text.charAt(mark) != '.' || !isAbbreviationBefore(text, mark));
    }

    private static boolean isAbbreviationBefore(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) {
            return true; // an initial, as in "John F. Kennedy"
        }
        if (isInitials(text, wordStart, dot)) {
            return true; // initials, as in "G.K. Brandt"
        }
        return ABBREVIATIONS.contains(word);
    }

    /** Whether {@code text[from, dot)} is capitals each followed by a full stop but the last: "G.K", "J.R.R". */
    private static boolean isInitials(String text, int from, int dot) {
        if (dot - from < 3) {
            return false;
        }
        for (int i = from; i < dot; i += 2) {
            if (!Character.isUpperCase(text.charAt(i)) || i + 1 < dot && text.charAt(i + 1) != '.') {
                return false;
            }
        }
        return (dot - from) % 2 == 1;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        int trimmedEnd = end;
        while (trimmedEnd > start && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
            trimmedEnd--;
        }
        if (trimmedEnd > start) {
            sentences.add(new Sentence(text.substring(start, trimmedEnd), start, trimmedEnd));
        }
    }
}
