package io.daybrief.cli;

/**
 * Text made safe for a terminal: control characters in what a command prints (a title, a file name, a reason
 * quoting input) are shown as escapes such as {@code \\u001B}, so that input can never move the cursor, recolour
 * the screen or rewrite what was printed before.
 */
final class Console {

    private Console() {
    }

    /** {@code text} with every control character but tab written as {@code \\uXXXX}. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (control) {
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
