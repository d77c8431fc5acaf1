package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences and clauses of running text, read around a figure for the words of its label. */
final class Clauses {

    private Clauses() {
    }

    /**
     * Where the sentence (or, with ';' among {@code ends}, the clause) holding {@code at} starts, a few hundred
     * characters back at most.
     */
    static int sentenceStart(String text, int at, String ends) {
        return sentenceStart(text, at, ends, 400);
    }

    /** Where the sentence holding {@code at} starts, at most {@code reach} characters back. */
    static int sentenceStart(String text, int at, String ends, int reach) {
        int start = at;
        while (start > 0 && at - start < reach && text.charAt(start - 1) != '\n'
                && !(text.charAt(start - 1) == ' ' && start > 1 && ends.indexOf(text.charAt(start - 2)) >= 0)) {
            start--;
        }
        return start;
    }

    /** Whether the character at {@code i} ends a clause for a span's label. */
    static boolean endsClause(String text, int i) {
        char c = text.charAt(i);
        if (c == ',' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
            return false; // "$18,000"
        }
        return c == ';' || c == ':' || c == '\n' || c == '(' || c == ')' || c == ',' || c == '"' || c == '\u201C'
                || c == '\u201D' || c == '\u2014' || c == '\u2013' || c == '!' || c == '?'
                || c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    /** Words that open a clause inside a sentence: "the panel said that the problem has grown over three years". */
    static final Set<String> SUBORDINATORS = Set.of("that", "when", "which", "who", "what", "because",
            "while", "whereas", "although", "though", "if", "said", "says", "saying", "where", "whether");

    /**
     * Where the clause holding {@code to} starts, at most a couple of hundred characters back: after a mark that
     * ends a clause, or after the last word that opens one.
     */
    static int clauseStart(String text, int to) {
        int i = afterMark(text, to);
        Matcher word = WORD.matcher(text).region(i, to);
        int start = i;
        while (word.find()) {
            if (SUBORDINATORS.contains(word.group().toLowerCase(Locale.ROOT))) {
                start = word.end();
            }
        }
        return start;
    }

    /**
     * Where the clause holding {@code to} starts after a mark that ends a clause, a couple of hundred characters
     * back at most.
     */
    static int afterMark(String text, int to) {
        int i = to;
        while (i > 0 && to - i < 200 && !endsClause(text, i - 1)) {
            i--;
        }
        return i;
    }

    /** Where the clause from {@code from} ends; a comma just at {@code from} ("In one day, we raised") opens it. */
    static int clauseEnd(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < 200
                && (i == from && text.charAt(i) == ',' || !endsClause(text, i))) {
            i++;
        }
        return i;
    }

    /** Words that open a clause but say nothing of what happened in it: "and that the club will lose £10m". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "that", "with", "while", "as", "so",
            "which", "then", "when", "where", "because", "although", "though", "yet", "or", "whereas", "until",
            "there", "were", "was", "is", "are", "after", "before", "since");

    /** What surrounds a word in running text: quote marks, brackets, commas; a currency sign or % stays. */
    private static final Pattern PUNCTUATION_AROUND = Pattern.compile(
            "^[^\\p{L}\\p{N}$\u00A3\u20AC\u00A5\u20B9]+|[^\\p{L}\\p{N}%]+$");

    /** How far either side of a clause its words are looked for elsewhere in the text. */
    private static final int NEARBY = 3000;

    /** Adverbs left out of a label: they add words, not meaning. */
    private static final Set<String> ADVERBS = Set.of("also", "still", "already", "just", "now", "then", "previously",
            "initially", "reportedly", "likely", "even", "again", "ever", "fairly", "really", "very", "further");

    /**
     * The words of {@code text} between two places as a label says them: no opening conjunction, no determiner or
     * adverb.
     */
    static List<String> clauseWords(String text, int from, int to) {
        List<String> words = new ArrayList<>();
        String[] tokens = text.substring(from, to).trim().split("\\s+");
        for (int t = 1; t <= tokens.length; t++) {
            String token = tokens[t - 1];
            String word = PUNCTUATION_AROUND.matcher(token).replaceAll("");
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.isEmpty() || lower.equals("the") || lower.equals("a") || lower.equals("an")
                    || ADVERBS.contains(lower) || words.isEmpty() && CLAUSE_OPENERS.contains(lower)) {
                continue;
            }
            // "Ana Ruiz raised": a capital followed by another is a name, even opening the clause
            boolean nameGoesOn = words.isEmpty() && tokens.length > t && Character.isUpperCase(word.codePointAt(0))
                    && !tokens[t].isEmpty() && Character.isUpperCase(tokens[t].codePointAt(0));
            words.add(Character.isUpperCase(word.codePointAt(0)) && (!words.isEmpty() || nameGoesOn) ? word
                    : lowerUnlessName(text, word, from));
        }
        return words;
    }

    /**
     * A word opening a clause, in lower case unless it is a name: "the club", "callers waited", but "Sars collected",
     * which the report also writes with a capital inside a sentence.
     */
    private static String lowerUnlessName(String text, String word, int at) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals(lower) || word.equals("I")) {
            return word;
        }
        if (FigureCounts.FUNCTION.contains(lower) || FigureCounts.DETERMINERS.contains(lower)) {
            return lower;
        }
        // Looked for near the clause only: a whole long text read for every label would grow with its square.
        int from = Math.max(0, at - NEARBY);
        Matcher inside = Pattern.compile("[\\p{Ll},] " + Pattern.quote(word) + "(?![\\p{L}])").matcher(text)
                .region(from, Math.min(text.length(), at + NEARBY));
        return inside.find() ? word : lower;
    }

    /**
     * Whether a clause's words can say what happened in a span: two words at least, not opening on a verb without
     * its subject ("will return to zero", "increased its stake") or on an adverb ("essentially").
     */
    static boolean tellsAnEvent(List<String> clause) {
        if (clause.size() < 2) {
            return false;
        }
        String first = clause.get(0);
        String lower = first.toLowerCase(Locale.ROOT);
        boolean lowerCase = first.equals(lower);
        // "completing its sweep" is a verb and its object; "looting and murders taking place" a gerund subject
        String second = clause.get(1).toLowerCase(Locale.ROOT);
        boolean verbAndObject = lower.endsWith("ing") && (FigureCounts.DETERMINERS.contains(second)
                || FigureCounts.OBJECT_PRONOUNS.contains(second) || second.equals("some"));
        boolean noSubject = FigureCounts.MODALS.contains(lower) || FigureCounts.AUXILIARIES.contains(lower)
                || FigureCounts.isParticiple(lower) || verbAndObject;
        return !(lowerCase && (noSubject || lower.endsWith("ly") || ADVERBS.contains(lower)));
    }

    /** Whether a clause has a verb after its first word: "its first new library" tells no event in a period. */
    static boolean hasVerb(List<String> clause) {
        return clause.stream().skip(1).anyMatch(Clauses::isVerb);
    }

    /** Whether a word of a clause is a verb a label can tell an event by: a participle, an auxiliary, -ing. */
    private static boolean isVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return FigureCounts.isParticiple(lower) || FigureCounts.AUXILIARIES.contains(lower)
                || FigureCounts.MODALS.contains(lower) || lower.endsWith("ing") && lower.length() > 4
                || PAST_TENSES.contains(lower);
    }

    /** Verbs in the past tense that are not their participle: "we saw", "she began". */
    private static final Set<String> PAST_TENSES = Set.of("saw", "began", "took", "gave", "went", "came", "ran",
            "wrote", "drove", "flew", "threw", "stole", "chose", "spoke", "broke", "froze", "ate", "drew", "grew",
            "knew", "wore", "rose", "fell", "sank", "withdrew", "did", "does", "do", "says", "said");
}
