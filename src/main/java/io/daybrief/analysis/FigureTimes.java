package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a figure held, as its report says it: "in September", "in March 2004", "in 2015", "this year". */
final class FigureTimes {

    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String YEAR = "(?:19|20)\\d\\d";
    /**
     * A time in running text; "from this year" starts a stretch and "by the end of next year" is the time of
     * something else: neither is when a figure held.
     */
    private static final Pattern WHEN = Pattern.compile("(?<![\\p{L}\\d])(?:"
            + "(?:[Ii]n|[Dd]uring) (?:" + MONTHS + "(?: " + YEAR + ")?|" + YEAR + "(?:/(?:19|20)?\\d\\d)?"
            + "|the (?:first|second|third|fourth|last) quarter(?: of " + YEAR + ")?)"
            + "|(?<!(?:from|since|until|to|of) )(?:so far )?(?:this|last|next) (?:year|month|quarter))(?![\\p{L}\\d])");
    /** A time a label already carries. */
    static final Pattern WHEN_IN_LABEL = Pattern.compile(
            "(?i)\\b(?:" + MONTHS + "|" + YEAR + "|(?:this|last|next) (?:year|month|quarter))\\b");
    /** A time opening a sentence, for all of it: "In 2015, the nation averaged ...". */
    private static final Pattern WHEN_OPENING = Pattern.compile("^(?:(?:In|During) (?:" + MONTHS + "(?: " + YEAR
            + ")?|" + YEAR + ")|(?:So far this|So far|This|Last) (?:year|month|quarter)),");
    /** What stands between a change's starting time and its end: "in 2019 to over 100". */
    private static final Pattern TO_THE_END = Pattern.compile("\\s+to\\s+");

    private FigureTimes() {
    }

    /**
     * When the figure at {@code start..end} held: from the rest of its clause ("added 156,000 jobs in September"),
     * from the clause before it ("In April we hired 500"), or from a time opening its sentence ("In 2015, the nation
     * averaged 229,000 jobs a month"); null when none says.
     */
    static String when(String text, int start, int end) {
        List<int[]> after = timesIn(text, end, Clauses.clauseEnd(text, end));
        if (!after.isEmpty()) {
            return text.substring(after.get(0)[0], after.get(0)[1]);
        }
        String before = lastBefore(text, start);
        return before != null ? before : opening(text, start);
    }

    /**
     * The times written between two places, as start and end. The pattern is tried only where one of its first
     * words stands: tried everywhere, it costs more than all the rest of reading a figure.
     */
    private static List<int[]> timesIn(String text, int from, int to) {
        List<int[]> times = new ArrayList<>();
        Matcher m = WHEN.matcher(text).useTransparentBounds(true);
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (opensATime(text, i, end) && m.region(i, to).lookingAt()) {
                times.add(new int[] {m.start(), m.end()});
                end = m.end();
            }
            i = end;
        }
        return times;
    }

    /** The last time in the clause before the figure that is not where a change to it started. */
    private static String lastBefore(String text, int start) {
        String found = null;
        for (int[] time : timesIn(text, Clauses.afterMark(text, start), start)) {
            // "from a handful in 2019 to over 100": the time of the value the change started from
            found = TO_THE_END.matcher(text.substring(time[1], start)).matches() ? null
                    : text.substring(time[0], time[1]);
        }
        return found == null ? null : Character.toLowerCase(found.charAt(0)) + found.substring(1);
    }

    /** The words a time starts with. */
    private static final String[] FIRST_WORDS = {"in", "during", "this", "last", "next", "so"};

    private static boolean opensATime(String text, int start, int end) {
        int length = end - start;
        char first = Character.toLowerCase(text.charAt(start));
        if (length != 2 && length != 4 && length != 6 || "idtlns".indexOf(first) < 0) {
            return false; // most words, told apart by their length and first letter alone
        }
        for (String word : FIRST_WORDS) {
            if (end - start == word.length() && text.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** A time opening the figure's sentence, or its clause after a semicolon, as a label ends with it. */
    private static String opening(String text, int start) {
        Matcher m = WHEN_OPENING.matcher(text).region(Clauses.sentenceStart(text, start, ".!?;"), start);
        if (!m.lookingAt()) {
            return null;
        }
        String opening = m.group().substring(0, m.group().length() - 1);
        boolean preposition = opening.startsWith("In ") || opening.startsWith("During ");
        return preposition ? "in " + opening.substring(opening.indexOf(' ') + 1) : opening.toLowerCase(Locale.ROOT);
    }
}
