package io.daybrief.event;

/**
 * Text as the store keeps it: without the characters that XML and PDF cannot carry, so that one stray byte in a
 * report can never stop an edition from being made.
 *
 * <p>Line-like controls (vertical tab, form feed, next line, the Unicode line and paragraph separators) become
 * line breaks; other control characters (C0 but tab and line feed, DEL, C1) and the non-characters U+FFFE and
 * U+FFFF are removed; a surrogate without its pair becomes U+FFFD.
 */
public final class StoredText {

    private StoredText() {
    }

    /** Text of many lines (a body), with line breaks as {@code \n}. */
    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c == '\t' || c == '\n' || !isRemoved(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Text of one line (a title, a source's name): each run of white space, line breaks too, becomes one space. */
    public static String cleanLine(String text) {
        if (text == null) {
            return null;
        }
        return clean(text).replaceAll("\\s+", " ").strip();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c)
                    || c == '\u2028' || c == '\u2029' || c >= '\uFFFE') {
                return false;
            }
        }
        return true;
    }

    private static boolean isRemoved(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= '\uFFFE';
    }
}
