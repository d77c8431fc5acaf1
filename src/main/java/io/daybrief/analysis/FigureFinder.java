package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a text: numbers in digits or words with their qualifier, currency, multiplier and
 * unit, and what they count. Leaves out dates, years, decades, times of day, ordinals and numbers inside
 * names. A small grammar, so one class.
 */
final class FigureFinder {

    private static final String QUALIFIER = "(?<qual>(?:[Nn]o (?:less|more|fewer) than|[Nn]ot (?:less|more|fewer) than|[Aa]lmost|[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Nn]early|"
            + "[Ss]ome|[Mm]ore than|[Oo]ver|[Ll]ess than|[Ff]ewer than|[Uu]nder|[Uu]p to|[Aa]t least|[Aa]t most|"
            + "[Jj]ust over|[Jj]ust under|[Cc]lose to|[Aa]n estimated|[Uu]pwards of|[Aa]s many as|[Aa]s much as|"
            + "[Aa]s few as|[Aa]s long as|[Aa]s high as|[Aa]s low as|[Aa]s little as|[Ww]ell over|[Aa]lmost|[Bb]elow|[Aa]bove)\\s+)?";
    private static final String CURRENCY = "(?<cur>US ?\\$|A\\$|C\\$|\\$|\u00A3|\u20AC|\u00A5|\u20B9|(?:USD|GBP|EUR|ZAR|JPY)\\s?|R(?=\\d))?";
    private static final String DIGITS = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<vulgar>[\u00BD\u00BC\u00BE\u2153\u2154]"
            + "|\\s?[1-3]\u2044[2-4]|\\s[1-3]/[2-4](?![\\d/]))?";
    private static final String WORDS = "(?<word>(?i:" + NumberWords.ALTERNATION + "|a dozen))";
    private static final String FRACTION = "(?<frac>(?i:(?:one|two|three|four|a)[-\\s](?:half|thirds?|quarters?|fifths?|tenths?)|"
            + "half))";
    private static final String MULTIPLIER = "(?<mult>\\s?(?:million|billion|trillion|thousand|hundred|bn|mn|tn|m|k)\\b)?";
    private static final String UNIT = "(?<unit>%|\\s?(?:per ?cent|percent|percentage points?)\\b|"
            + "[-\\s](?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|nights?|decades?|centuries|century|"
            + "terms?)(?:-old)?\\b|"
            + "[-\\s]?(?:km|kilomet(?:re|er)s?|miles?|kg|kilograms?|metric tons?|tonnes?|tons?|millimet(?:re|er)s?|"
            + "centimet(?:re|er)s?|met(?:re|er)s?|cm|mm|litres?|liters?|barrels?|megawatts?|gigawatts?|MW|GW|"
            + "hectares?|acres?|mph|kph|km/h|kmh|degrees?|feet|foot|ft|inch(?:es)?|square miles|square kilometres|"
            + "sq km)\\b|"
            + "\\s(?:dollars?|pounds?|euros?|yen|rupees?|rand|pence|p\\b|cents?)\\b|\\s(?:times)\\b|p\\b)?";
    private static final String MULTIPLE = "(?<times>(?i:twice|double|triple|treble|quadruple))(?!-)";
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\d.,:/])" + QUALIFIER + "(?:" + CURRENCY + DIGITS
            + "|" + FRACTION + "|" + WORDS + "|" + MULTIPLE + ")" + MULTIPLIER + UNIT + "(?![\\p{L}\\d])");
    /** "Abdallah, 37," or "aged 37": a bare number beside a name is an age. */
    private static final Pattern NAME_COMMA_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}'\u2019-]+,\\s*|\\baged\\s+)$");
    private static final Pattern AGE_AFTER = Pattern.compile("^\\s*[,).;]");
    private static final String CURRENCY_SIGNS = "$\u00A3\u20AC\u00A5\u20B9";
    /** Words a figure can start with that are numbers themselves: number words, fractions, multiples, codes. */
    private static final StartWords NUMBER_STARTS = byHash("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "dozen", "half", "twice", "double", "triple", "treble", "quadruple", "us", "c", "r", "a",
            "usd", "gbp", "eur", "zar", "jpy");
    /** Words a qualified figure can start with ("more than", "up to"): tried only when a number follows soon. */
    private static final StartWords QUALIFIER_STARTS = byHash("almost", "about", "around", "approximately",
            "roughly", "nearly", "some", "more", "over", "less", "fewer", "under", "up", "at", "just", "close", "an",
            "upwards", "as", "well", "below", "above", "no", "not");
    private static final Map<String, Integer> TIMES = Map.of("twice", 2, "double", 2, "triple", 3, "treble", 3,
            "quadruple", 4);

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** The month names {@link #MONTH} reads, for the check of the words just before a number. */
    private static final Set<String> MONTH_WORDS = Set.of("Jan", "January", "Feb", "February", "Mar", "March", "Apr",
            "April", "May", "Jun", "June", "Jul", "July", "Aug", "August", "Sep", "Sept", "September", "Oct", "October",
            "Nov", "November", "Dec", "December");
    private static final Pattern MONTH_AFTER = Pattern.compile("^\\s+(?:of\\s+)?" + MONTH + "\\b");
    private static final Pattern TIME_AFTER = Pattern.compile("^(?::\\d{2}|\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|GMT|BST|"
            + "UTC|o'clock)|s\\b|(?:st|nd|rd|th)\\b)");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}]*[-\\s]|\\p{Lu}\\p{L}*-)$");
    private static final Map<String, Double> MULTIPLIERS = Map.ofEntries(Map.entry("thousand", 1e3),
            Map.entry("k", 1e3), Map.entry("hundred", 1e2), Map.entry("million", 1e6), Map.entry("m", 1e6),
            Map.entry("mn", 1e6), Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("trillion", 1e12),
            Map.entry("tn", 1e12));
    private static final Set<String> STOP = Set.of("of", "the", "a", "an", "in", "on", "at", "to", "for", "and", "or",
            "but", "was", "were", "is", "are", "has", "have", "had", "will", "would", "from", "by", "with", "as",
            "than", "that", "which", "who", "since", "after", "before", "this", "last", "per", "it", "its", "their",
            "his", "her", "be", "been", "being", "more", "less", "about", "over", "into", "across", "each",
            "ago", "earlier", "later", "so", "if", "when", "while", "said", "says", "out", "up", "down", "they", "we",
            "he", "she", "i", "you", "all", "between", "among", "overnight", "yesterday", "today", "tomorrow",
            "already", "still", "annually", "daily", "weekly", "monthly", "yearly", "instead", "again", "too", "not", "no", "there", "could", "can", "may", "might", "should", "do",
            "did", "does", "then", "also", "just", "now", "year", "years", "month", "months", "day", "days");
    private static final Pattern CURRENCY_WORD = Pattern.compile("(?:dollars?|pounds?|euros?|yen|rupees?|rand)");
    private static final Pattern AND_BETWEEN = Pattern.compile("\\s+and\\s+");
    private static final Pattern MULTIPLIED = Pattern.compile("^\\s(?:the|that|what|its|their|his|her)\\b.*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");

    private FigureFinder() {
    }

    static List<Figure> find(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (nextCandidate(text, from, m)) {
            from = Math.max(m.end(), m.start() + 1);
            if (m.group("num") == null && m.group("word") == null && m.group("frac") == null && m.group("times") == null) {
                continue;
            }
            Figure figure = m.group("times") != null ? multiple(text, m) : toFigure(text, m);
            if (figure != null) {
                figures.add(figure);
            }
        }
        return fullNamesLabelled(text, elidedCountsLabelled(text, neighboursLabelled(text,
                joinCompoundDurations(text, oneInN(text, joinNumberWords(text, upAfterAMove(text, figures)))))));
    }

    /** A verb of movement whose "up" goes with it, not with the figure: "ticks up to 5%", "edged up to $12". */
    private static final Pattern MOVED_UP = Pattern.compile("(?i)(?<![\\p{L}])(?:ticks|ticked|ticking|tick|edges|edged"
            + "|edging|edge|inches|inched|inching|moves|moved|moving|move|goes|went|going|go|jumps|jumped|jump|climbs"
            + "|climbed|climb|creeps|crept|creep|shoots|shot|shoot|bumps|bumped|bump|pushes|pushed|push|revises|revised"
            + "|revise|marks|marked|mark|scales|scaled|scale|ramps|ramped|ramp|rises|rose|rise|risen|spikes|spiked"
            + "|spike|drifts|drifted|drift|nudges|nudged|nudge)\\s+$");

    /**
     * "The rate ticks up to 5%" is a rise to 5%, not "up to 5%" (at most 5%): after a verb of movement "up" is the
     * verb's, so the figure starts at its number and is exact.
     */
    private static List<Figure> upAfterAMove(String text, List<Figure> figures) {
        List<Figure> read = new ArrayList<>(figures.size());
        for (Figure figure : figures) {
            boolean upTo = figure.text().regionMatches(true, 0, "up to ", 0, 6);
            if (upTo && MOVED_UP.matcher(text).region(Math.max(0, figure.start() - 20), figure.start()).find()) {
                int start = figure.start() + 6;
                while (start < figure.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                read.add(new Figure(text.substring(start, figure.end()), figure.value(), figure.unit(), false,
                        figure.counts(), start, figure.end()));
            } else {
                read.add(figure);
            }
        }
        return read;
    }

    /**
     * A person an age names by surname alone: "age of Ruiz". (An owner keeps the name the report gives it in that
     * sentence: "Ruiz's share" reads as the report wrote it.)
     */
    private static final Pattern SURNAME_IN_LABEL = Pattern.compile("(?<=^age of )\\p{Lu}[\\p{L}'\u2019-]+$");

    /**
     * A person whose age a label gives by surname is named as fully as the report names them anywhere: "age of
     * Ruiz" is "age of Ana Ruiz". The fullest form is the longest run of capitalised words ending in the surname,
     * without its title ("Foreign Minister Ana Ruiz" gives "Ana Ruiz").
     */
    private static List<Figure> fullNamesLabelled(String text, List<Figure> figures) {
        List<Figure> named = new ArrayList<>(figures.size());
        Map<String, String> fullest = new HashMap<>();
        for (Figure figure : figures) {
            Matcher m = figure.counts() == null ? null : SURNAME_IN_LABEL.matcher(figure.counts());
            if (m == null || !m.find()) {
                named.add(figure);
                continue;
            }
            String surname = m.group();
            String full = fullest.computeIfAbsent(surname, s -> fullestName(text, s));
            named.add(full.equals(surname) ? figure : figure.counting(
                    figure.counts().substring(0, m.start()) + full + figure.counts().substring(m.end())));
        }
        return named;
    }

    /** The longest name ending in {@code surname} that the text gives, without title; the surname when none. */
    static String fullestName(String text, String surname) {
        Matcher m = Pattern.compile("(?:" + Names.TOKEN + "\\s+){1,3}" + Pattern.quote(surname) + "(?![\\p{L}])")
                .matcher(text);
        String best = surname;
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group().split("\\s+")));
            while (words.size() > 1 && !Names.startsName(String.join(" ", words), 0)) {
                words.remove(0); // "The Ruiz", "In Ruiz"
            }
            String name = Names.splitTitle(String.join(" ", words)).name();
            if (name.split("\\s+").length > best.split("\\s+").length && !Names.isOrganisation(name)) {
                best = name;
            }
        }
        return best;
    }

    /** "one in " or "1 in " just before a count. */
    private static final Pattern ONE_IN = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:one|1) in\\s+$");

    /**
     * "One in five children" is a share of the children, a fifth, not five children: the count after "one in"
     * becomes that fraction, labelled as a share of what it counted.
     */
    private static List<Figure> oneInN(String text, List<Figure> figures) {
        List<Figure> read = new ArrayList<>(figures.size());
        for (Figure figure : figures) {
            Matcher one = figure.unit().equals("count") && figure.value() > 1 && !figure.approx()
                    ? ONE_IN.matcher(text.substring(Math.max(0, figure.start() - 8), figure.start())) : null;
            int start = one != null && one.find() ? figure.start() - (one.end() - one.start()) : -1;
            if (start >= 0 && text.charAt(start) == 'O' && !opensSentence(text, start)) {
                start = -1; // "Uranium One in three deals": a name, not a share
            }
            if (start >= 0) {
                boolean approx = false;
                if (!read.isEmpty() && read.get(read.size() - 1).end() > start) {
                    // the "about 1" of "about 1 in 10" is part of this figure, its qualifier too
                    Figure part = read.remove(read.size() - 1);
                    start = Math.min(start, part.start());
                    approx = part.approx();
                }
                read.add(new Figure(text.substring(start, figure.end()), 1 / figure.value(), "fraction", approx,
                        figure.counts() == null ? null : "share of " + figure.counts(), start, figure.end()));
            } else {
                read.add(figure);
            }
        }
        return read;
    }

    /** How far back, in characters, a bare count looks for the count whose noun it leaves out. */
    private static final int ELIDED_REACH = 400;

    /**
     * A bare count leaves out the noun of a count just before it: "the port hired 300 dockers in May and a further
     * 120 in June", "of the three ferries, two were damaged". It counts what the nearest earlier labelled count in the
     * same sentence counts, without that count's place or verb.
     */
    private static List<Figure> elidedCountsLabelled(String text, List<Figure> figures) {
        List<Figure> labelled = new ArrayList<>(figures);
        for (int i = 1; i < labelled.size(); i++) {
            Figure figure = labelled.get(i);
            Figure previous = labelled.get(i - 1);
            if (figure.counts() == null && figure.unit().equals("count") && previous.end() <= figure.start()
                    && OUT_OF.matcher(text.substring(previous.end(), figure.start())).matches()
                    && DURATION_NOUNS.containsKey(previous.unit())) {
                labelled.set(i, figure.counting(DURATION_NOUNS.get(previous.unit()))); // "one night out of 17"
                continue;
            }
            if (figure.counts() != null || !figure.unit().equals("count") || !standsAlone(text, figure)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Figure earlier = labelled.get(j);
                String between = earlier.end() <= figure.start() ? text.substring(earlier.end(), figure.start()) : "";
                if (figure.start() - earlier.end() > ELIDED_REACH || between.contains("\n\n")
                        || SENTENCE_END.matcher(between).find()) {
                    break; // the noun is left out only in the sentence that gave it
                }
                if (earlier.unit().equals("count") && earlier.counts() != null
                        && !NumberWords.isNumberWord(earlier.counts())) {
                    labelled.set(i, figure.counting(NOUN_ONLY.matcher(earlier.counts()).replaceFirst("")));
                    break;
                }
            }
        }
        for (int i = 0; i < labelled.size(); i++) {
            Figure figure = labelled.get(i);
            if (figure.counts() == null && figure.unit().equals("count") && standsAlone(text, figure)) {
                labelled.set(i, figure.counting(vaguelyCounted(text, figure)));
            }
        }
        return labelled;
    }

    private static final Pattern OUT_OF = Pattern.compile("\\s+out of\\s+");
    private static final Map<String, String> DURATION_NOUNS = Map.of("year", "years", "month", "months", "week",
            "weeks", "day", "days", "night", "nights", "hour", "hours", "minute", "minutes");
    /** "hundreds of foreigners are fighting in Yemen, around 100 in Somalia": the plural a vague count names. */
    private static final Pattern VAGUE_COUNT = Pattern.compile(
            "(?i)\\b(?:hundreds|thousands|dozens|scores|millions|tens of thousands) of ((?:\\p{L}[\\p{L}-]*\\s+){0,2}?\\p{L}[\\p{L}-]*s)\\b");

    /**
     * What a bare count in a list counts when the sentence named it only vaguely before: "hundreds of foreigners
     * are fighting in Yemen, around 100 in Somalia" counts foreigners in Somalia; null when it did not.
     */
    private static String vaguelyCounted(String text, Figure figure) {
        int from = figure.start();
        while (from > 0 && figure.start() - from < ELIDED_REACH && !SENTENCE_END.matcher(
                text.substring(from - 1, Math.min(text.length(), from + 2))).lookingAt() && text.charAt(from - 1) != '\n') {
            from--;
        }
        Matcher vague = VAGUE_COUNT.matcher(text).region(from, figure.start());
        String noun = null;
        while (vague.find()) {
            noun = vague.group(1).toLowerCase(Locale.ROOT);
        }
        if (noun == null) {
            return null;
        }
        Matcher place = PLACE_AFTER.matcher(text).region(figure.end(), Math.min(text.length(), figure.end() + 60));
        return place.lookingAt() ? noun + " " + place.group(1) : noun;
    }

    /** A place right after a bare count: " in Somalia". */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s+(in \\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})");

    /** Whether only spaces stand between the start of a sentence, line, list or quotation and {@code at}. */
    private static boolean opensSentence(String text, int at) {
        int b = at;
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        return b == 0 || ".!?:\n\u2014\u2013-\"\u201C(".indexOf(text.charAt(b - 1)) >= 0;
    }

    /** The end of a sentence inside a stretch of text. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"\u201D']?\\s+(?=[\"\u201C]?[A-Z])");

    /** Where a label's noun ends: the place or verb that follows it belongs to the other figure. */
    private static final Pattern NOUN_ONLY = Pattern.compile(
            "\\s+(?:in|at|on|from|to|against|near|across|over|under|by|with|for)\\s.*$");

    /** Words that can follow a count whose noun is left out: "two were damaged", "40 in Lusk", "a further 120 and". */
    private static final Set<String> AFTER_BARE_COUNT = Set.of("were", "was", "are", "is", "have", "had", "has",
            "will", "would", "could", "in", "of", "and", "or", "but", "on", "at", "who", "that", "which", "more");

    /** Words before a count that make it the end of a change, not a count standing for an earlier one. */
    private static final Set<String> BEFORE_CHANGED = Set.of("to", "from", "by", "of", "between");

    /** Whether a count stands alone: no noun after it, no verb of change bringing it in. */
    private static boolean standsAlone(String text, Figure figure) {
        int i = figure.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        boolean ends = i >= text.length() || ".,;!?\u201D\"".indexOf(text.charAt(i)) >= 0;
        if (ends && i + 2 < text.length() && text.charAt(i) == ',' && Character.isDigit(text.charAt(i + 2))) {
            return false; // "5, 000 gallons": a number broken by a copy's spacing, not a count on its own
        }
        if (ends && i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '.') && opensSentence(text,
                figure.start())) {
            return false; // "Two, disrupt the network", "1. Welfare reform": items of a list
        }
        if (!ends) {
            int e = i;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (!AFTER_BARE_COUNT.contains(text.substring(i, e))) {
                return false;
            }
        }
        int b = figure.start();
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        if (b > 1 && text.charAt(b - 1) == ',' && Character.isDigit(text.charAt(b - 2))) {
            return false; // the "183" of "4, 183"
        }
        int w = b;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return !BEFORE_CHANGED.contains(text.substring(w, b).toLowerCase(java.util.Locale.ROOT));
    }

    /** Between a figure and its conversion: "100m euros (£70m; $136m)", "2,750 tons, or 2,500 metric tons". */
    private static final Pattern CONVERSION_GAP = Pattern.compile(
            "(?:-(?:wide|long|high|tall|deep))?\\s*(?:\\(|;|,\\s*or|\\bor)\\s*(?:about\\s+|around\\s+|some\\s+)?");

    /** Between the two ends of a range or a change: "from 5.7 percent to 5 percent", "40-60 people". */
    private static final Pattern RANGE_GAP = Pattern.compile("\\s*(?:to|-|\u2013)\\s*");

    /** Between two figures that share the noun after the second: "nine and 12 shots", "40 to 60 people". */
    private static final Pattern JOINED_GAP = Pattern.compile("\\s*(?:and|or|to|-|\u2013)\\s*");

    /**
     * Figures that say what their neighbour counts: a conversion of the one before ("2 inches (50 mm) of rain")
     * counts what that one counts, and the second end of a range or a change ("fell from 5.7 percent to 5
     * percent") what the first counts, when nothing of its own says so.
     */
    private static List<Figure> neighboursLabelled(String text, List<Figure> figures) {
        List<Figure> labelled = new ArrayList<>(figures);
        for (int i = 1; i < labelled.size(); i++) {
            Figure before = labelled.get(i - 1);
            Figure figure = labelled.get(i);
            String gap = figure.start() >= before.end() ? text.substring(before.end(), figure.start()) : null;
            if (gap != null && CONVERSION_GAP.matcher(gap).matches() && isConversion(before, figure)) {
                // "2,750 tons, or 2,500 metric tons, of water": the pair may name what it measures after both
                String counts = before.counts() != null ? before.counts() : figure.counts() != null ? figure.counts()
                        : FigureCounts.ofAfter(text, figure.end());
                labelled.set(i - 1, before.counting(counts));
                labelled.set(i, figure.counting(counts));
            } else if (gap != null && figure.counts() == null && before.counts() != null
                    && before.unit().equals(figure.unit()) && RANGE_GAP.matcher(gap).matches()) {
                // "rose by 5 to 19": the first is the rise, the second the count that rose.
                labelled.set(i, figure.counting(before.counts().replaceFirst("^(?:rise|fall) in ", "")));
            } else if (gap != null && before.counts() == null && figure.counts() != null
                    && before.unit().equals(figure.unit()) && JOINED_GAP.matcher(gap).matches()) {
                // "bursts of nine and 12 shots", "40 to 60 people": the first counts what the second does.
                labelled.set(i - 1, before.counting(figure.counts()));
            }
        }
        return labelled;
    }

    /** Two figures of one kind in different units: money in two currencies, a measure in two systems. */
    private static boolean isConversion(Figure a, Figure b) {
        if (a.isMoney() || b.isMoney()) {
            return a.isMoney() && b.isMoney() && !a.unit().equals(b.unit());
        }
        return !a.unit().equals(b.unit()) && !a.unit().equals("count") && !b.unit().equals("count")
                && !a.unit().equals("percent") && !b.unit().equals("percent");
    }

    /**
     * Moves the matcher to the next figure at or after {@code from}. The full pattern is tried only where a figure
     * can start (a digit, a currency sign, a qualifier or number word), which keeps the scan linear and quick.
     */
    private static boolean nextCandidate(String text, int from, Matcher m) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || CURRENCY_SIGNS.indexOf(c) >= 0) {
                // The pattern's look-behind, checked first: the digits inside a number are not tried one by one.
                if ((i == 0 || !figureCannotFollow(text.charAt(i - 1))) && m.region(i, n).lookingAt()) {
                    return true;
                }
                i++;
            } else if (isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                // One pass over the word gives both its end and the hash of its lower-case form.
                int end = i;
                int hash = 0;
                for (char letter; end < n && isLetter(letter = text.charAt(end)); end++) {
                    hash = 31 * hash + (letter >= 'A' && letter <= 'Z' ? letter + ('a' - 'A')
                            : letter < 128 ? letter : Character.toLowerCase(letter));
                }
                boolean candidate = isOneOf(NUMBER_STARTS, hash, text, i, end) && startsFigure(text, i, end)
                        || isOneOf(QUALIFIER_STARTS, hash, text, i, end) && numberAhead(text, end);
                if (candidate && m.region(i, n).lookingAt()) {
                    return true;
                }
                i = end;
            } else {
                i++;
            }
        }
        return false;
    }

    /**
     * Whether a start word of one or two letters can begin a figure here, judged by what follows it: "a" only
     * as "A$" or before "dozen" or a fraction ("a half", "a-quarter"), "US" and "C" only before "$" ("US $" too),
     * "R" only before a digit. Common words as some of them are, the pattern would otherwise be tried after every "a".
     * Longer start words: yes.
     */
    private static boolean startsFigure(String text, int start, int end) {
        if (end - start > 2) {
            return true;
        }
        char first = Character.toLowerCase(text.charAt(start));
        char next = end < text.length() ? text.charAt(end) : ' ';
        if (end - start == 1 && first == 'a') {
            if (next == '$') {
                return true;
            }
            int word = end + 1;
            while (word < text.length() && Character.isWhitespace(text.charAt(word))) {
                word++;
            }
            return (next == '-' || Character.isWhitespace(next)) && word < text.length()
                    && "dhtqf".indexOf(Character.toLowerCase(text.charAt(word))) >= 0;
        }
        boolean us = end - start == 2 && first == 'u' && Character.toLowerCase(text.charAt(start + 1)) == 's';
        if (us) {
            return next == '$' || next == ' ' && end + 1 < text.length() && text.charAt(end + 1) == '$';
        }
        if (end - start == 1 && first == 'c') {
            return next == '$';
        }
        if (end - start == 1 && first == 'r') {
            return next >= '0' && next <= '9';
        }
        return true;
    }

    /** {@link Character#isLetter(char)}, answered without a table look-up for ASCII characters. */
    private static boolean isLetter(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c);
    }

    /** What the pattern's look-behind refuses before a figure: a letter, an ASCII digit, or . , : / */
    private static boolean figureCannotFollow(char c) {
        return Character.isLetter(c) || c >= '0' && c <= '9' || c == '.' || c == ',' || c == ':' || c == '/';
    }

    /**
     * Whether the word at [start, end) is one of {@code words} (lower case), found by the hash its lower-case form
     * would have, so that no string is made for the many words that are not.
     */
    private static boolean isOneOf(StartWords words, String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + Character.toLowerCase(text.charAt(i));
        }
        return isOneOf(words, hash, text, start, end);
    }

    /** The same, given the hash of the word's lower-case form. */
    private static boolean isOneOf(StartWords words, int hash, String text, int start, int end) {
        int length = end - start;
        if (length > 10 || (words.filter()[(hash >>> 6) & 63] & (1L << hash)) == 0) {
            return false;
        }
        String word = words.byHash().get(hash);
        return word != null && word.length() == length && text.regionMatches(true, start, word, 0, length);
    }

    /**
     * Words by the hash of their lower-case form, with a 4,096-bit filter of those hashes that turns away almost
     * every other word before the map is asked.
     */
    private record StartWords(Map<Integer, String> byHash, long[] filter) {
    }

    private static StartWords byHash(String... words) {
        Map<Integer, String> map = new java.util.HashMap<>();
        long[] filter = new long[64];
        for (String word : words) {
            int hash = word.hashCode();
            if (map.put(hash, word) != null) {
                throw new IllegalStateException("two start words share a hash: " + word);
            }
            filter[(hash >>> 6) & 63] |= 1L << hash;
        }
        return new StartWords(Map.copyOf(map), filter);
    }

    /** Whether a number could follow a qualifier ending at {@code from}: a digit, a sign or a number word soon. */
    private static boolean numberAhead(String text, int from) {
        int limit = Math.min(text.length(), from + 24);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || CURRENCY_SIGNS.indexOf(c) >= 0) {
                return true;
            }
            if (Character.isLetter(c) && !Character.isLetter(text.charAt(i - 1))
                    && isOneOf(NUMBER_STARTS, text, i, skipWord(text, i))) {
                return true;
            }
        }
        return false;
    }

    private static int skipWord(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return Math.max(end, start + 1);
    }

    /** "twice", "roughly double the number": a multiple, when it multiplies something rather than being a verb. */
    private static Figure multiple(String text, Matcher m) {
        String word = m.group("times").toLowerCase(Locale.ROOT);
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 8)).toLowerCase(Locale.ROOT);
        boolean multiplies = word.equals("twice") || m.group("qual") != null || MULTIPLIED.matcher(after).matches();
        if (!multiplies || m.group("mult") != null || m.group("unit") != null) {
            return null;
        }
        return new Figure(m.group().trim(), TIMES.get(word), "times", m.group("qual") != null, FigureCounts.of(text, m.start(), m.end(), "times", false),
                m.start(), m.end());
    }

    /** Between the parts of a number in words: "three hundred and fifty", "fifty two". */
    private static final Pattern NUMBER_WORDS_GAP = Pattern.compile("\\s+(?:and\\s+)?");

    /**
     * "Three hundred and fifty two" is one count of 352, not three: hundreds then tens, tens then units, each part
     * a count in words with nothing of its own after it.
     */
    private static List<Figure> joinNumberWords(String text, List<Figure> figures) {
        List<Figure> joined = new ArrayList<>();
        for (Figure figure : figures) {
            Figure last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.unit().equals("count") && figure.unit().equals("count")
                    && last.end() <= figure.start() && isWords(last.text()) && isWords(figure.text()) && !last.approx() && !figure.approx()
                    && NUMBER_WORDS_GAP.matcher(text.substring(last.end(), figure.start())).matches()
                    && (last.value() % 100 == 0 && figure.value() < 100
                    || last.value() % 10 == 0 && last.value() % 100 >= 20 && figure.value() < 10)) {
                joined.set(joined.size() - 1, new Figure(text.substring(last.start(), figure.end()),
                        last.value() + figure.value(), "count", false,
                        FigureCounts.of(text, last.start(), figure.end(), "count", false), last.start(), figure.end()));
            } else {
                joined.add(figure);
            }
        }
        return joined;
    }

    private static boolean isWords(String figure) {
        return figure.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-');
    }

    /** "1 minute and 45 seconds" is one figure of 105 seconds, not two. */
    private static List<Figure> joinCompoundDurations(String text, List<Figure> figures) {
        List<Figure> joined = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure first = figures.get(i);
            Figure next = i + 1 < figures.size() ? figures.get(i + 1) : null;
            int factor = next == null ? 0 : switch (first.unit() + ">" + next.unit()) {
                case "hour>minute", "minute>second" -> 60;
                default -> 0;
            };
            if (factor > 0 && AND_BETWEEN.matcher(text.substring(first.end(), next.start())).matches()) {
                joined.add(new Figure(text.substring(first.start(), next.end()), first.value() * factor + next.value(),
                        next.unit(), first.approx() || next.approx(),
                        first.counts() != null ? first.counts() : next.counts(), first.start(), next.end()));
                i++;
            } else {
                joined.add(first);
            }
        }
        return joined;
    }

    /**
     * Whether a text ends in a month name (perhaps written short, with its full stop) and white space: the number
     * after it is a day of the month ("May 5", "Sept. 12"), not a figure.
     */
    static boolean endsWithMonth(String before) {
        int i = before.length();
        while (i > 0 && Words.isPatternSpace(before.charAt(i - 1))) {
            i--;
        }
        if (i == before.length()) {
            return false;
        }
        if (i > 0 && before.charAt(i - 1) == '.') {
            i--;
        }
        for (int start = i - 1; start >= 0 && i - start <= "September".length() && Character.isLetter(before.charAt(start));
             start--) {
            if (MONTH_WORDS.contains(before.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    private static Figure toFigure(String text, Matcher m) {
        int numberStart = m.start("qual") >= 0 ? m.end("qual") : m.start();
        String before = text.substring(Math.max(0, numberStart - 12), numberStart);
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
        String num = m.group("num");
        String cur = m.group("cur");
        String mult = m.group("mult") == null ? null : m.group("mult").trim().toLowerCase(Locale.ROOT);
        String unitWord = m.group("unit") == null ? null : m.group("unit").trim().toLowerCase(Locale.ROOT)
                ;
        if (unitWord != null && unitWord.startsWith("-")) {
            unitWord = unitWord.substring(1);
        }
        if (num != null && (endsWithMonth(before) || MONTH_AFTER.matcher(after).find()
                || (mult == null && unitWord == null && TIME_AFTER.matcher(after).find()))) {
            return null;
        }
        if (num != null && cur == null && NAME_BEFORE.matcher(before).find() && !isSentenceStart(text, numberStart)
                && !num.contains(",")) {
            return null;
        }
        if (num != null && cur == null && mult == null && unitWord == null && isYear(num)) {
            return null;
        }
        if (num != null && num.length() >= 10 && num.chars().allMatch(Character::isDigit)) {
            return null; // ten digits or more without separators: an identifier (a post's, an account's), no count
        }
        if (mult != null && mult.equals("m") && cur == null && !isCurrencyWord(unitWord)) {
            return null; // "5m" without a currency is a distance or noise; "100m euros" is money
        }
        if (cur == null && unitWord == null && mult == null && m.group("vulgar") == null
                && (joinedToNumber(text, m.end(), +1) || joinedToNumber(text, m.start() - 1, -1))) {
            return null; // "6-4, 6-3", "2-1", "10-15", "4:43": a score, a range or a clock time, not one figure
        }
        if (num != null && cur == null && afterClockColon(text, m.start())) {
            return null; // the minutes of "10 : 58 p.m."
        }
        if (num != null && cur == null && mult == null && unitWord == null && designates(text, m.start())) {
            return null; // "section 232", "flight 370", "article 5": a name given by a number, not a quantity
        }
        if (unitWord == null && m.group("frac") == null && m.end() + 1 < text.length() && text.charAt(m.end()) == '-'
                && Character.isLetter(text.charAt(m.end() + 1))) {
            return null; // "a five-storey block", "three-bedroom": part of a description
        }
        double value = num != null ? Double.parseDouble(num.replace(",", "")) + vulgar(m.group("vulgar"))
                : m.group("frac") != null ? NumberWords.fraction(m.group("frac")) : NumberWords.value(m.group("word"));
        if (mult != null) {
            value *= MULTIPLIERS.getOrDefault(mult, 1.0);
        }
        String unit = unit(cur, unitWord, m.group("frac") != null);
        if (unitWord != null && (unitWord.startsWith("pence") || unitWord.equals("p") || unitWord.startsWith("cent"))) {
            value /= 100;
        }
        String word = m.group("word");
        if (word != null && word.equalsIgnoreCase("one") && unitWord == null && !countsFollow(text, m.end())) {
            return null; // "one of them", "the one that": a pronoun, not a figure
        }
        boolean approx = m.group("qual") != null;
        if (unit.equals("count") && num != null && value >= 1 && value <= 120 && value == Math.rint(value)
                && NAME_COMMA_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                && AGE_AFTER.matcher(after).find()) {
            return new Figure(m.group().trim(), value, "year", approx,
                    FigureCounts.of(text, m.start(), m.end(), "year", true), m.start(), m.end());
        }
        double rounded = unit.equals("fraction") ? Math.round(value * 1e4) / 1e4 : round(value);
        return new Figure(m.group().trim(), rounded, unit, approx, FigureCounts.of(text, m.start(), m.end(), unit, false),
                m.start(), m.end());
    }

    /** Nouns that name a thing by the number after them: "section 232", "flight 370", "resolution 2231". */
    private static final Set<String> DESIGNATORS = Set.of("section", "article", "chapter", "clause", "paragraph",
            "resolution", "rule", "flight", "route", "room", "number", "no", "page", "bill", "amendment", "phase",
            "stage", "level", "category", "grade", "gate", "platform", "line", "bus", "highway", "interstate", "exit",
            "ward", "district", "precinct", "unit", "apartment", "suite", "floor", "lot", "case", "file", "item",
            "part", "volume", "episode", "season", "round", "game", "match", "lane", "pier", "berth", "terminal",
            "block", "sector", "zone", "region", "channel", "model", "version", "code", "form", "schedule", "tier");

    /** Whether the word just before a number names something by it ("section 232"). */
    private static boolean designates(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '.') {
            end--; // "No. 10"
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return end > begin && end < start && DESIGNATORS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    /** Whether a dash at {@code at} joins the figure to another number on that side ("6-4", "10–15"). */
    private static boolean joinedToNumber(String text, int at, int direction) {
        int mark = at;
        if (mark >= 0 && mark < text.length() && text.charAt(mark) == ' ') {
            mark += direction; // "a 7 - 0 lead", "4 : 43 to play", as tokenised copy writes them
        }
        if (mark < 0 || mark >= text.length() || "-\u2013:".indexOf(text.charAt(mark)) < 0
                || mark != at && text.charAt(mark) == '-' && !spaced(text, mark)) {
            return false;
        }
        int next = mark + direction;
        if (mark != at && next >= 0 && next < text.length() && text.charAt(next) == ' ') {
            next += direction;
        }
        return next >= 0 && next < text.length() && Character.isDigit(text.charAt(next));
    }

    /** Whether a number starting at {@code start} follows the hour of a clock time: "10:58", "10 : 58". */
    private static boolean afterClockColon(String text, int start) {
        int i = start - 1;
        if (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) != ':') {
            return false;
        }
        i--;
        if (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.isDigit(text.charAt(i));
    }

    /** Whether the character at {@code at} has a space on both sides. */
    private static boolean spaced(String text, int at) {
        return at > 0 && at + 1 < text.length() && text.charAt(at - 1) == ' ' && text.charAt(at + 1) == ' ';
    }

    /** The value of a fraction written after whole digits: "½", "1⁄2", " 1/2". */
    private static double vulgar(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String f = fraction.strip();
        return switch (f) {
            case "½" -> 0.5;
            case "¼" -> 0.25;
            case "¾" -> 0.75;
            case "⅓" -> 1.0 / 3;
            case "⅔" -> 2.0 / 3;
            default -> {
                String[] parts = f.split("[/⁄]");
                yield Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
            }
        };
    }

    private static boolean isCurrencyWord(String unitWord) {
        return unitWord != null && CURRENCY_WORD.matcher(unitWord).matches();
    }

    private static boolean isSentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?\n\"\u201C".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isYear(String num) {
        if (num.contains(",") || num.contains(".") || num.length() != 4) {
            return false;
        }
        int year = Integer.parseInt(num);
        return year >= 1800 && year <= 2100;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    private static String unit(String cur, String unitWord, boolean fraction) {
        if (cur != null && !cur.isBlank()) {
            return currency(cur.trim());
        }
        if (fraction) {
            return "fraction";
        }
        if (unitWord == null) {
            return "count";
        }
        if (unitWord.equals("%") || unitWord.startsWith("per") || unitWord.startsWith("percentage")) {
            return "percent";
        }
        String singular = singular(unitWord.endsWith("-old") ? unitWord.substring(0, unitWord.length() - 4) : unitWord);
        return switch (singular) {
            case "year", "month", "week", "day", "hour", "minute", "second", "night", "decade", "century", "term"
                    -> singular;
            case "millimetre", "millimeter" -> "mm";
            case "centimetre", "centimeter" -> "cm";
            case "kph", "kmh" -> "km/h";
            case "metric ton" -> "metric ton";
            case "gigawatt" -> "GW";
            case "megawatt" -> "MW";
            case "dollar", "cent" -> "USD";
            case "pound", "pence", "p" -> "GBP";
            case "euro" -> "EUR";
            case "yen" -> "JPY";
            case "rupee" -> "INR";
            case "rand" -> "ZAR";
            case "kilometre", "kilometer" -> "km";
            case "kilogram" -> "kg";
            case "tonne", "ton" -> "ton";
            case "metre", "meter" -> "m";
            case "mile" -> "mile";
            case "time" -> "times";
            case "litre", "liter" -> "litre";
            case "degree" -> "degree";
            case "feet", "foot", "ft" -> "ft";
            default -> singular;
        };
    }

    private static String singular(String word) {
        if (word.equals("centuries")) {
            return "century";
        }
        if (word.endsWith("ches")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static String currency(String symbol) {
        return switch (symbol) {
            case "\u00A3", "GBP" -> "GBP";
            case "\u20AC", "EUR" -> "EUR";
            case "\u00A5", "JPY" -> "JPY";
            case "\u20B9" -> "INR";
            case "R", "ZAR" -> "ZAR";
            case "A$" -> "AUD";
            case "C$" -> "CAD";
            default -> "USD";
        };
    }

    private static boolean countsFollow(String text, int end) {
        Matcher word = WORD.matcher(text);
        return word.find(end) && word.start() == end + 1 && !STOP.contains(word.group().toLowerCase(Locale.ROOT))
                && Character.isLowerCase(word.group().charAt(0)) && !COMPARED.matcher(text).region(word.end(),
                text.length()).lookingAt();
    }

    /** "no one tougher than", "one better than": a comparison, so the "one" before it is a pronoun. */
    private static final Pattern COMPARED = Pattern.compile("\\s+than\\b");

}
