package io.daybrief.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text article as wire services and scrapers leave it: an optional headline line, an optional
 * {@code date YYYY-MM-DD} line (a photo caption may follow the date on the same line), then paragraphs
 * separated by blank lines, the first of which may open with a dateline such as {@code MUSCAT :} or
 * {@code WASHINGTON (AP) —}.
 *
 * @param title        the headline, or one derived from the lead when the file has none
 * @param titleDerived whether the title was derived rather than given
 * @param date         the date line's date, or {@code null}
 * @param caption      text after the date on the date line, or {@code null}
 * @param place        the dateline's place, or {@code null}
 * @param agency       the agency named in the dateline's parentheses, or {@code null}
 * @param body         the body from just after the dateline to the end, as written
 * @param bodyStart    the body's offset in the file's text (line ends normalised to \n)
 * @param titleStart   the headline's offset in the file's text, or -1 when it was derived
 */
public record TextArticle(String title, boolean titleDerived, LocalDate date, String caption, String place,
                          String agency, String body, int bodyStart, int titleStart) {

    private static final Pattern DATE_LINE = Pattern.compile("(?m)^date\\s+(\\S+)[ \\t]*(.*)$");
    private static final Pattern DATELINE = Pattern.compile("^(?<place>\\p{Lu}[\\p{Lu}\\p{M} .'/\\-]{1,60}?)"
            + "(?:,\\s*(?<when>[\\p{L}0-9 .]{1,30}?))?\\s*(?:\\((?<agency>[^)\\n]{1,40})\\))?\\s*[:\u2014\u2013-]+\\s+");
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\((?<agency>\\p{Lu}[^)\\n]{0,30})\\)\\s*(?:[\u2014\u2013-]+\\s*)?");
    private static final int LONGEST_HEADLINE = 200;

    /** Reads an article from a file's text; line ends are normalised to {@code \n} first, as offsets assume. */
    public static TextArticle parse(String fileText) {
        String text = normalise(fileText);
        int at = 0;
        String title = null;
        LocalDate date = null;
        String caption = null;
        Matcher dateLine = DATE_LINE.matcher(text);
        int dateStart = -1;
        int dateEnd = -1;
        if (dateLine.find() && isInHead(text, dateLine.start())) {
            date = parseDate(dateLine.group(1));
            String rest = dateLine.group(2).strip();
            caption = rest.isEmpty() ? null : rest;
            dateStart = dateLine.start();
            dateEnd = dateLine.end();
        }
        String firstLine = firstLine(text, 0);
        int titleStart = -1;
        if (firstLine != null && dateStart != 0 && isHeadline(text, firstLine)) {
            title = firstLine.strip();
            titleStart = text.indexOf(firstLine) + (firstLine.length() - firstLine.stripLeading().length());
            at = text.indexOf(firstLine) + firstLine.length();
        }
        if (dateEnd > at) {
            at = dateEnd;
        }
        at = skipBlank(text, at);
        String body = text.substring(at).stripTrailing();
        int bodyStart = at;
        String place = null;
        String agency = null;
        Matcher dateline = DATELINE.matcher(body);
        Matcher agencyOnly = AGENCY_ONLY.matcher(body);
        if (dateline.find() && dateline.group("place").strip().length() >= 2 && isAllCaps(dateline.group("place"))) {
            place = dateline.group("place").strip();
            agency = dateline.group("agency");
            body = body.substring(dateline.end());
            bodyStart += dateline.end();
        } else if (agencyOnly.find()) {
            agency = agencyOnly.group("agency");
            body = body.substring(agencyOnly.end());
            bodyStart += agencyOnly.end();
        }
        boolean derived = title == null;
        if (derived) {
            title = Headlines.fromLead(body);
        }
        return new TextArticle(title, derived, date, caption, place, agency, body, bodyStart, titleStart);
    }

    /** Thrown for a date line whose date is not a date; carries the text to name in the report. */
    static final class BadDateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadDateException(String value) {
            super("date line: '" + value + "' is not a date; write it as YYYY-MM-DD, e.g. date 2026-03-04");
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadDateException(value);
        }
    }

    private static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The date line belongs to the head of the file: among its first few lines, before the body proper. */
    private static boolean isInHead(String text, int offset) {
        return text.substring(0, offset).split("\n", -1).length <= 12;
    }

    private static boolean isHeadline(String text, String line) {
        String stripped = line.strip();
        int end = text.indexOf(line) + line.length();
        boolean standsAlone = end >= text.length() || text.startsWith("\n\n", end) || text.startsWith("\ndate", end)
                || text.startsWith("\n", end) && text.indexOf('\n', end + 1) == end + 1;
        return standsAlone && stripped.length() <= LONGEST_HEADLINE && QuoteWords.count(stripped) <= 30
                && !DATELINE.matcher(stripped + " ").lookingAt() && end < text.strip().length();
    }

    private static String firstLine(String text, int from) {
        int start = skipBlank(text, from);
        if (start >= text.length()) {
            return null;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int skipBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAllCaps(String place) {
        return place.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
