package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quotation marks: double quotes straight or curly, and single quotes used as
 * quotation marks (UK style), told apart from apostrophes by what stands on either side.
 *
 * <p>A quote left open at the end of a paragraph ends there: in reporting, a quoted passage that runs on
 * opens the next paragraph with a new mark and no closing one. Linear in the text.
 */
final class QuoteMarks {

    private static final java.util.regex.Pattern CONTRACTION =
            java.util.regex.Pattern.compile("(?:s|t|d|ll|re|ve|m)(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern FUNCTION_WORD = java.util.regex.Pattern.compile("(?:as|and|or|but|for"
            + "|in|on|at|to|with|was|were|is|are|that|which|who|from|by|of|the|a|an|he|she|they|it|said|says|if|when"
            + "|while|than|so|because|after|before)(?![\\p{L}])");

    private QuoteMarks() {
    }

    /** The kind of a quotation opened by two apostrophes ({@code ''like this''}). */
    private static final char PAIR = '\u0000';

    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        int open = -1;
        char kind = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMarkOrBreak(c)) {
                continue; // every rule below starts at a quotation mark, an apostrophe or a line break
            }
            int width = kind == PAIR ? 2 : 1;
            if (c == '\n' && open >= 0 && isParagraphEnd(text, i)) {
                addIfUseful(spans, text, open, trimEnd(text, open + width, i), false, width);
                open = -1;
                continue;
            }
            if (isTriple(text, i)) {
                // Three apostrophes: a quotation in single marks closing with its outer pair ("... 'we won,' + ''"),
                // or an outer pair opening with an inner single mark.
                if (open >= 0 && kind == PAIR) {
                    addIfUseful(spans, text, open, i + 1, true, 2);
                    open = -1;
                    i += 2;
                    continue;
                }
                if (open < 0 && opensPair(text, i)) {
                    open = i;
                    kind = PAIR;
                    i++;
                    continue;
                }
            }
            if (isPair(text, i)) {
                if (open < 0 && opensPair(text, i)) {
                    open = i;
                    kind = PAIR;
                    i++;
                    continue;
                }
                if (open >= 0 && kind == PAIR) {
                    addIfUseful(spans, text, open, i, true, 2);
                    open = -1;
                    i++;
                    continue;
                }
            }
            if (kind == PAIR && open >= 0) {
                continue; // inside ''...'': only two apostrophes, or the paragraph's end, close it
            }
            if (open < 0) {
                if (opensDouble(text, i) || opensSingle(text, i)) {
                    open = i;
                    kind = c == '\u201D' ? '\u201C' : c; // a closing mark turned round, read as the opener it is
                }
            } else if (kind == '"' && c == '"' && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1)) && Character.isWhitespace(before(text, i))) {
                // A straight mark after a space and before a word opens: the quote before it ran on unclosed.
                addIfUseful(spans, text, open, trimEnd(text, open + 1, i), false);
                open = i;
            } else if (closes(text, i, kind)) {
                addIfUseful(spans, text, open, i, true);
                open = -1;
            } else if (kind != '\'' && kind != '\u2018' && c == '\u201C') {
                // A new opening mark before the old one closed: the old one ran to here.
                addIfUseful(spans, text, open, trimEnd(text, open + 1, i), false);
                open = i;
            }
        }
        if (open >= 0) {
            int width = kind == PAIR ? 2 : 1;
            addIfUseful(spans, text, open, trimEnd(text, open + width, text.length()), false, width);
        }
        return spans;
    }

    private static boolean isMarkOrBreak(char c) {
        return switch (c) {
            case '\n', '"', '\'', '\u201C', '\u201D', '\u201E', '\u2018', '\u2019' -> true;
            default -> false;
        };
    }

    /** Two apostrophes standing for a double quotation mark, not three or more in a row. */
    private static boolean isPair(String text, int i) {
        return text.startsWith("''", i) && (i == 0 || text.charAt(i - 1) != '\'')
                && (i + 2 >= text.length() || text.charAt(i + 2) != '\'');
    }

    /** Exactly three apostrophes in a row. */
    private static boolean isTriple(String text, int i) {
        return text.startsWith("'''", i) && (i == 0 || text.charAt(i - 1) != '\'')
                && (i + 3 >= text.length() || text.charAt(i + 3) != '\'');
    }

    private static boolean opensPair(String text, int i) {
        char next = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
        return !isWordChar(before(text, i)) && !Character.isWhitespace(next);
    }

    /** The text with every quotation's words blanked out, so that no cue or name is read from inside a quote. */
    static String mask(String text, List<QuoteSpan> spans) {
        char[] chars = text.toCharArray();
        for (QuoteSpan span : spans) {
            java.util.Arrays.fill(chars, span.textStart(), span.textEnd(), ' ');
        }
        return new String(chars);
    }

    private static boolean opensDouble(String text, int i) {
        char c = text.charAt(i);
        return c == '\u201C' || c == '\u201E' || (c == '"' && !isWordChar(before(text, i)))
                || c == '\u201D' && (i == 0 || text.charAt(i - 1) == '\n') && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1)); // a paragraph opening with the wrong curly mark
    }

    private static boolean opensSingle(String text, int i) {
        char c = text.charAt(i);
        if (c != '\u2018' && c != '\'') {
            return false;
        }
        char prev = before(text, i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return !isWordChar(prev) && prev != '\u2019' && (Character.isLetterOrDigit(next) || next == '$' || next == '\u00A3')
                && !isElision(text, i);
    }

    /** Words such as 'em, '90s and 'tis start with an apostrophe, not a quotation mark. */
    private static boolean isElision(String text, int i) {
        int end = i + 1;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String word = text.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
        return word.equals("em") || word.equals("tis") || word.equals("twas") || word.matches("\\d0s");
    }

    private static boolean closes(String text, int i, char kind) {
        char c = text.charAt(i);
        switch (kind) {
            case '\u201C', '\u201E':
                return c == '\u201D' || (c == '"' && isWordChar(before(text, i)) || c == '"' && isPunct(before(text, i)));
            case '"':
                return c == '"' || c == '\u201D';
            default:
                return (c == '\u2019' || c == '\'') && closesSingle(text, i);
        }
    }

    private static boolean closesSingle(String text, int i) {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        char prev = before(text, i);
        if (Character.isLetterOrDigit(next)) {
            // An apostrophe inside a word (don't, Iran's) is not a closing mark; a mark typed against the next
            // word ("'high number'of") is.
            return Character.isLetter(prev) && !CONTRACTION.matcher(text).region(i + 1, text.length()).lookingAt();
        }
        // "workers' rights": a plural possessive is followed by a word it owns, not by a function word.
        if (prev == 's' && next == ' ' && i + 2 < text.length() && Character.isLowerCase(text.charAt(i + 2))
                && !FUNCTION_WORD.matcher(text).region(i + 2, text.length()).lookingAt()) {
            return false;
        }
        return !Character.isWhitespace(prev);
    }

    private static void addIfUseful(List<QuoteSpan> spans, String text, int open, int close, boolean byMark) {
        addIfUseful(spans, text, open, close, byMark, 1);
    }

    private static void addIfUseful(List<QuoteSpan> spans, String text, int open, int close, boolean byMark, int width) {
        if (close > open + width && !text.substring(open + width, close).isBlank()) {
            spans.add(new QuoteSpan(open, close, byMark, width));
        }
    }

    private static boolean isParagraphEnd(String text, int newline) {
        int j = newline + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j >= text.length() || text.charAt(j) == '\n';
    }

    private static int trimEnd(String text, int from, int end) {
        int e = end;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static char before(String text, int i) {
        return i > 0 ? text.charAt(i - 1) : ' ';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isPunct(char c) {
        return c == '.' || c == ',' || c == '?' || c == '!' || c == ';' || c == ':' || c == '\u2014' || c == '-';
    }
}
