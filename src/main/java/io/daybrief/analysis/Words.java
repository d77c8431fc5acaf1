package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level helpers that run without regular expressions, since analysis calls them for every name, quote
 * and figure of every article.
 */
final class Words {

    private Words() {
    }

    /** White space as a pattern's {@code \\s} reads it: space, tab, line feed, vertical tab, form feed, return. */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The words of a text, split at runs of white space. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** The last word of a text. */
    static String last(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** The first word of a text. */
    static String first(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** Whether a word ends as a possessive does: "Iran's", "Jones'". */
    static boolean isPossessive(String word) {
        return !stripPossessive(word).equals(word);
    }

    /** A word or name written in capitals as a name is written: "BRANDT" is "Brandt", "O'BRIEN" is "O'Brien". */
    static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        boolean start = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\u2019' || c == '\'' && i + 2 < capitals.length()
                    && Character.isLetter(capitals.charAt(i + 2));
        }
        return out.toString();
    }

    /** A name without its possessive ending: "Iran's" is "Iran", "Jones'" is "Jones". */
    static String stripPossessive(String name) {
        if (name.endsWith("'s") || name.endsWith("\u2019s")) {
            return name.substring(0, name.length() - 2);
        }
        if (name.endsWith("s'") || name.endsWith("s\u2019")) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }
}
