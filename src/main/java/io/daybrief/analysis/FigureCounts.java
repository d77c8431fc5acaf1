package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure counts or measures, as a short label a reader can take in at a glance and that carries its event:
 * {@code shells fired at the convoy}, {@code people killed}, {@code age of Ana Ruiz}, {@code tariff on steel
 * imports}, {@code time as mayor}. Read from the words around the figure in its own sentence, by a few rules of
 * English word order:
 * <ul>
 * <li>a count is of the noun phrase after it, with the participle that says what happened to it ({@code killed},
 * {@code were arrested}) or, failing that, the past-tense verb before it ({@code fired two shells}), and a short
 * place or target phrase after ({@code at the scene});</li>
 * <li>a sum, a share or a measure is of the noun phrase after it ({@code 25% tariffs on steel}), of an
 * {@code of} phrase ({@code $5bn of aid}), or of what stands before it ({@code a budget of R4bn}, {@code support
 * rose to 40%});</li>
 * <li>an age is of the person named beside it ({@code Ana Ruiz, 37,}, {@code the 68-year-old Ana Ruiz});
 * a duration is the time of what follows ({@code 14 years as mayor}, {@code a two-year war}).</li>
 * </ul>
 * Null when the words around say nothing a reader could use: no label is better than a stray word.
 */
final class FigureCounts {

    /** Words that end a noun phrase and are never its head. */
    static final Set<String> FUNCTION = Set.of("of", "the", "a", "an", "in", "on", "at", "to", "for", "and",
            "or", "but", "was", "were", "is", "are", "has", "have", "had", "will", "would", "from", "by", "with", "as",
            "than", "that", "which", "who", "whom", "whose", "since", "after", "before", "this", "these", "those",
            "last", "per", "it", "its", "their", "his", "her", "our", "be", "been", "being", "about", "over", "into",
            "across", "each", "ago", "earlier", "later", "so", "if", "when", "while", "where", "said", "says", "say",
            "out", "up", "down", "they", "we", "he", "she", "i", "you", "all", "between", "among", "already", "still",
            "instead", "again", "too", "not", "no", "there", "could", "can", "may", "might", "should", "do", "did",
            "does", "then", "also", "just", "now", "only", "even", "including", "against", "during", "under",
            "within", "through", "until", "because", "both", "either", "next", "such", "what", "how", "more",
            "less", "most", "least", "some", "any", "other", "own", "very", "here", "them", "him", "me", "us",
            "my", "your", "one", "ones", "whether", "via", "toward", "towards", "around", "near", "without", "like",
            "overnight", "yesterday", "today", "tonight", "tomorrow", "apiece", "respectively");
    /** Words between a count and its noun that add nothing to what is counted: "three more bodies". */
    private static final Set<String> COMPARATIVES = Set.of("more", "fewer", "other", "additional", "extra", "further",
            "of");
    /** Auxiliaries between a noun and its participle: "people were killed", "have been arrested". */
    static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "been", "have", "has", "had",
            "being", "be", "got", "get", "reportedly", "also", "all", "now", "later", "since", "already");
    /** Past participles that do not end in -ed. */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("hurt", "held", "left", "shot", "hit", "struck",
            "built", "sent", "sold", "lost", "spent", "paid", "taken", "given", "found", "brought", "won", "cut",
            "laid", "put", "set", "made", "kept", "seen", "done", "driven", "flown", "fought", "stolen", "thrown",
            "slain", "born", "caught", "bought", "taught", "sought", "told", "sunk", "sank", "drawn", "grown",
            "known", "shown", "written", "chosen", "frozen", "beaten", "broken", "spoken", "swept", "withdrawn",
            "overthrown", "hidden", "stuck", "bitten", "run", "begun", "fed", "led", "lent", "meant", "met", "read",
            "stood", "understood", "wound", "took", "gave", "went", "came", "saw", "ran", "began", "wrote", "drove",
            "flew", "threw", "stole", "chose", "spoke", "broke", "froze", "ate", "drew", "grew", "knew", "wore");
    /** Words in -ed that are not what happened to the counted: "need", "speed", "hundred", "red", "bed". */
    private static final Set<String> NOT_PARTICIPLES = Set.of("need", "needed", "speed", "hundred", "red", "bed", "seed",
            "feed", "shed", "breed", "greed", "creed", "deed", "weed", "indeed", "led", "wed", "sled", "shred",
            "bled", "fled", "naked", "wicked", "sacred", "kindred", "rugged", "ragged", "beloved", "aged", "compared",
            "based", "adjusted", "estimated", "expected", "related", "scheduled", "planned", "reported");
    /** Adjectives after a measure that say which dimension it is: "1.3 km away", "a 1,900-mile wide moon". */
    private static final Map<String, String> DIMENSIONS_NAMED = Map.of("away", "distance", "apart",
            "distance", "wide", "width", "long", "length", "high", "height", "tall", "height", "deep", "depth",
            "across", "width");
    private static final Set<String> DIMENSIONS = DIMENSIONS_NAMED.keySet();
    /** Roles a capitalised word can be the field of: "former Veyra chairman", "Lusk mayor". */
    private static final Set<String> ROLES = Set.of("chairman", "chairwoman", "chair", "president", "minister", "leader",
            "chief", "executive", "director", "mayor", "governor", "founder", "owner", "coach", "manager", "spokesman",
            "spokeswoman", "secretary", "senator", "captain", "player", "striker", "star", "singer", "actor", "actress",
            "official", "general", "commander", "ambassador", "judge", "lawmaker", "mp", "candidate", "champion");
    /** Words after a count that already say what befell it: "350 people dead", "nine missing". */
    private static final Set<String> STATES = Set.of("dead", "injured", "wounded", "missing", "homeless", "hurt",
            "displaced", "unaccounted", "alive", "safe");
    /** Prepositions whose short phrase says where, at whom or of what: "fired at the convoy", "tariffs on steel". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "on", "from", "to", "against", "near",
            "across", "into", "inside", "outside", "for", "with", "under", "aboard", "as");
    /** Words that with "to" after them make a preposition or an adjective, not what a figure counts. */
    private static final Set<String> BEFORE_TO = Set.of("relative", "compared", "equivalent", "close", "similar",
            "due", "equal", "prior", "thanks", "owing", "according", "contrary", "comparable", "proportional", "next");
    /** Determiners skipped at the start of a phrase. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
            "that", "these", "those", "all");
    /** Verbs that link a figure to what it measures: "support rose to 40%", "the bill came to $3m". */
    private static final Set<String> LINKING = Set.of("rose", "fell", "reached", "hit", "stood", "was", "is", "were",
            "are", "climbed", "dropped", "increased", "decreased", "grew", "jumped", "slid", "sank", "surged", "soared",
            "totalled", "totaled", "came", "amounted", "will", "would", "be", "been", "has", "have", "had", "to", "by",
            "at", "of", "about", "around", "worth", "totalling", "totaling", "costing", "cost", "costs", "nearly",
            "almost", "some", "roughly", "approximately", "estimated", "an", "a", "the", "just", "up", "down",
            "only", "more", "less", "than", "over", "under", "doubled", "halved", "topped", "exceeded", "passed",
            "likely", "unlikely", "expected", "due", "set", "projected", "forecast", "thought", "believed", "put",
            "rises", "falls", "climbs", "drops", "jumps", "slips", "ticks", "ticked", "edges", "edged", "inches",
            "inched", "hits", "reaches", "tops", "nears", "neared", "slumps", "slumped", "soars", "surges", "dips",
            "dipped", "crosses", "crossed");
    /** The later words of a unit written in two ("percentage points", "per cent", "basis points"). */
    private static final Set<String> UNIT_WORDS = Set.of("points", "point", "cent", "percent", "pts");
    /** Nouns whose "of" phrase is what is counted: "the number of passengers killed rose to 16". */
    private static final Set<String> TALLIES = Set.of("number", "total", "count", "tally");
    /** Prepositions, beyond the place ones, whose phrase ends before a verb of change: "sank off the coast rose". */
    private static final Set<String> PLACE_ENDS = Set.of("off", "of", "by", "through");
    /** Verbs of change: "the toll rose to 16", "the rate fell from 5.7 percent", "exports fell by 12 percent". */
    private static final Set<String> CHANGES = Set.of("rose", "rises", "risen", "climbed", "climbs", "reached",
            "reaches", "increased", "jumped", "jumps", "grew", "grown", "fell", "falls", "fallen", "dropped", "drops",
            "topped", "tops", "passed", "hit", "hits", "stood", "doubled", "neared", "nears", "surged", "soared",
            "decreased", "declined", "slipped", "slid", "edged", "shrank", "widened", "narrowed", "went", "changed",
            "cut", "raised", "lowered", "reduced", "rising", "falling", "growing", "climbing", "dropping",
            "increasing", "decreasing", "declining", "shrinking", "increase", "decrease", "reduce", "boost",
            "boosted", "raise", "rise", "fall", "grow", "drop", "decline", "ticked", "ticks", "edges",
            "inched", "inches", "dipped", "dips", "eased", "eases", "crept", "creeps", "slumped", "slumps");
    private static final Set<String> TIME_WORDS = Set.copyOf(Lexicon.words("/io/daybrief/analysis/time-words.txt"));
    private static final Set<String> DURATIONS = Set.of("year", "month", "week", "day", "hour", "minute", "second",
            "night", "decade", "century", "term");
    /** Pronouns between a verb and its figure: "gave him four years". */
    static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "it", "me", "you");
    /** Words that place a span of time, not what it is of: "over the past two years". */
    private static final Set<String> SPAN_WORDS = Set.of("past", "next", "last", "first", "coming", "following",
            "previous", "the", "a", "course", "during", "over", "within", "throughout");
    /** The most words a label has: a short phrase, not a clause. */
    private static final int MOST_WORDS = 6;
    /** Small sets the rules below ask about, made once. */
    private static final Set<String> COPULAS_PLURAL = Set.of("were", "are");
    private static final Set<String> RATE_WORDS = Set.of("a", "an", "per", "each", "every");
    private static final Set<String> IN_OR_OF = Set.of("in", "of");
    private static final Set<String> NAME_PREPOSITIONS = Set.of("with", "for", "to", "in", "from");
    private static final Set<String> DURATION_LINKS = Set.of("as", "of", "in", "behind", "at", "on");
    private static final Set<String> BEFORE_LASTING = Set.of("that", "which", "will", "would", "could", "may", "might",
            "to", "expected");

    private FigureCounts() {
    }

    /** A word of the sentence, in lower case too (made once: rules ask for it many times), with where it is. */
    private record Word(String text, String lower, int start, int end) {

        Word(String text, int start, int end) {
            this(text, text.toLowerCase(Locale.ROOT), start, end);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    /**
     * The label for the figure at {@code start..end} of {@code text}, whose unit is {@code unit}; {@code age} when
     * the figure is a person's age.
     */
    static String of(String text, int start, int end, String unit, boolean age) {
        List<Word> after = wordsAfter(text, end);
        List<Word> before = wordsBefore(text, start);
        String label = read(text, start, end, unit, age, after, before);
        if (label == null || DURATIONS.contains(unit) || label.startsWith("age")
                || FigureTimes.WHEN_IN_LABEL.matcher(label).find()) {
            return label;
        }
        String owned = withOwner(text, start, unit, before, LEADING_COUNT.matcher(label).replaceFirst(""));
        List<String> rate = owned.contains(" per ") || !adjacent(text, end, after, 0) ? List.of() : ratePhrase(after, 0);
        String rated = rate.isEmpty() ? owned : owned + " " + String.join(" ", rate); // "R50bn per year"
        String when = FigureTimes.when(text, start, end);
        return when == null ? rated : rated + " " + when;
    }

    /** The label with whose the counted thing is, when a pronoun or a verb of holding says so. */
    private static String withOwner(String text, int start, String unit, List<Word> before, String label) {
        String owner = label.startsWith("length") || label.startsWith("period") || label.startsWith("time ") ? null
                : ownerOf(text, start, label, before);
        if (owner == null && !Character.isUpperCase(label.codePointAt(0))
                && (unit.equals("percent") || unit.equals("fraction"))) {
            owner = holderOf(text, start, before);
        }
        return owner == null ? label : owner.startsWith("of ") ? label + " " + owner : owner + "\u2019s " + label;
    }

    /** Words between a verb in -ing and the measure it reaches: "gusting at times to 55 mph". */
    private static final Set<String> REACHING_LINKS = Set.of("to", "at", "up", "times", "of", "near", "around",
            "over", "above", "below");

    /**
     * A measure that something is doing, said by a noun and a verb in -ing before it: "winds gusting at times to 55
     * mph" are winds gusting, "temperatures reaching 45C" temperatures reaching; null otherwise.
     */
    private static String reaching(List<Word> before) {
        int k = 0;
        while (k < before.size() && k < 4 && REACHING_LINKS.contains(before.get(k).lower())) {
            k++;
        }
        if (k + 1 >= before.size() || !before.get(k).lower().endsWith("ing") || before.get(k).capitalised()
                || Participles.NOT_DONE.contains(before.get(k).lower())) {
            return null;
        }
        String noun = before.get(k + 1).lower();
        boolean opensSentence = k + 2 == before.size() && before.size() < WORDS_AROUND; // "Winds gusting to..."
        if (FUNCTION.contains(noun) || DETERMINERS.contains(noun) || before.get(k + 1).capitalised() && !opensSentence
                || !noun.endsWith("s") || noun.endsWith("ss")) {
            return null;
        }
        return noun + " " + before.get(k).lower();
    }

    /** What an "of" phrase after a figure and its closing bracket or comma names: "2,500 metric tons, of water". */
    static String ofAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ')' || text.charAt(i) == ',' || text.charAt(i) == ' ')) {
            i++;
        }
        if (!text.startsWith("of ", i)) {
            return null;
        }
        List<Word> after = wordsAfter(text, i + 3);
        int from = skipDeterminers(after, 0);
        int nounEnd = nounPhrase(after, from);
        return nounEnd > from ? join(texts(after, from, nounEnd)) : null;
    }

    /** A clause's subject, then an aside between commas just before its verb: "The deal, announced Friday, ". */
    private static final Pattern BEFORE_ASIDE = Pattern.compile(
            "([\\p{L}][\\p{L}'\u2019 -]{1,60}),[^,.;:!?]{1,60},\\s*$");

    /**
     * The words before an aside between commas that ends at {@code at}, nearest first: for "The deal, announced
     * Friday, would last", read back from "would", the words of "The deal"; null when no aside ends there.
     */
    private static List<Word> beforeAside(String text, int at) {
        Matcher aside = BEFORE_ASIDE.matcher(text).region(Clauses.sentenceStart(text, at, ".!?"), at);
        return aside.find() ? wordsBefore(text, aside.end(1)) : null;
    }

    /** A count of terms or times in a role, joined to it by a hyphen: "six-term", "three-time". */
    private static final Pattern SPELLS_ROLE = Pattern.compile("-(?:term|time)$");

    /** Nouns of an act done to what is counted: "deduction", "deployment", "release", "arrest". */
    private static final Pattern ACTION_NOUN = Pattern.compile(
            "\\p{L}{3,}(?:tion|sion|ment|ure)|release|removal|arrest|transfer|evacuation|rescue|return|loss|sale"
            + "|purchase|delivery|dismissal|burial|approval|withdrawal|arrival|departure|exchange|swap");

    /** A share of something, then a comparison: "48 percent support compared to". */
    private static final Pattern COMPARED_SHARE = Pattern.compile(
            "(?:percent|per cent|%)\\s+(\\p{Ll}{3,})\\s+(?:compared (?:to|with)|against|versus|vs\\.?|to)\\s+"
            + "(?:\\p{Lu}\\p{L}*\\s+){0,3}$");

    /** A number word opening a label, from "two of the three ships": the label is of the ships. */
    private static final Pattern LEADING_COUNT = Pattern.compile(
            "^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)\\s+(?=\\p{L})");

    /** Words that say which statistic a measure is: "the average hourly wage", "the median house price". */
    private static final Set<String> STATISTICS = Set.of("average", "median", "mean", "total", "annual", "monthly",
            "weekly", "daily", "net", "gross", "overall", "minimum", "maximum", "real", "nominal", "typical");

    /** Verbs whose subject holds the share they are followed by: "Ruiz took 57 percent of the vote". */
    private static final Set<String> HOLDING = Set.of("took", "won", "got", "secured", "received", "captured",
            "garnered", "polled", "drew", "claimed", "takes", "wins", "gets", "secures", "receives", "polls", "draws",
            "claims", "holds", "held", "owns", "owned", "controls", "controlled");
    /** "A poll put Ruiz on 48 percent": the estimate's object, just before "on" or "at". */
    private static final Pattern PUT_ON = Pattern.compile(
            "(?<![\\p{L}])(?:put|puts|putting|showed|shows|had|has|gave|gives)\\s+"
            + "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3})\\s+(?:on|at)\\s+$");

    /**
     * Who holds a share: the subject of a verb of winning or holding just before it ("Ana Ruiz, the mayor, took 57
     * percent of the vote"), or the person a poll puts on it ("a poll put Ruiz on 48 percent support"); null when
     * no name does.
     */
    private static String holderOf(String text, int start, List<Word> before) {
        Matcher put = !wordJustBefore(text, start, "on") && !wordJustBefore(text, start, "at") ? null
                : PUT_ON.matcher(text).region(Math.max(0, start - 80), start);
        if (put != null && put.find()) {
            return put.group(1);
        }
        if (before.isEmpty() || !HOLDING.contains(before.get(0).lower())) {
            return null;
        }
        List<Word> clause = new ArrayList<>(before);
        if (before.size() == 1) {
            // "Ana Ruiz, a six-term mayor, took": the subject is before the aside
            List<Word> beforeAside = beforeAside(text, before.get(0).start());
            if (beforeAside == null) {
                return null;
            }
            clause.addAll(beforeAside);
        }
        String subject = subjectOf(clause, 0);
        return subject != null && Character.isUpperCase(subject.codePointAt(0)) ? subject : null;
    }

    /** Pronouns that give what follows them an owner, who is the person the clause is about. */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
    /** A name followed by a verb: the subject of its clause ("Sebastien Sainsbury had", "Ruiz withdrew"). */
    private static final Pattern NAMED_SUBJECT = Pattern.compile(
            "(?<![\\p{L}'\u2019-])(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3})\\s+"
            + "(?:had|has|have|was|is|will|would|could|said|says|also|then|\\p{Ll}+ed|"
            + String.join("|", IRREGULAR_PARTICIPLES) + "|withdrew|rose|fell|sank|shook|forgot|hid|swore|tore|"
            + "\\p{Ll}{3,}s)(?![\\p{L}])");

    /**
     * Whose the counted thing is, when a possessive pronoun stands for a person the sentence names as a subject:
     * "Ana Ruiz withdrew her $25m offer" is Ana Ruiz's offer; "Veyra's directors left their loans of $4m" needs a
     * name, so gives none. Only a name followed by a verb counts: "a takeover of Lusk but withdrew his offer" is
     * not Lusk's.
     */
    private static String ownerOf(String text, int start, String label, List<Word> before) {
        boolean owned = !before.isEmpty() && POSSESSIVES.contains(before.get(0).lower())
                || before.size() > 2 && before.get(0).lower().equals("of") && POSSESSIVES.contains(before.get(2).lower())
                && label.startsWith(before.get(1).lower());
        if (!owned || Character.isUpperCase(label.codePointAt(0))) {
            return null;
        }
        int sentence = Clauses.sentenceStart(text, start, ".!?");
        Matcher m = NAMED_SUBJECT.matcher(text).region(sentence, start);
        String name = null;
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group(1).split("\\s+")));
            while (!words.isEmpty() && (FUNCTION.contains(words.get(0).toLowerCase(Locale.ROOT))
                    || DETERMINERS.contains(words.get(0).toLowerCase(Locale.ROOT)))) {
                words.remove(0); // "The", "In": a sentence's first word, not a name's
            }
            name = words.isEmpty() ? null : String.join(" ", words);
            m.region(m.end(1), start);
        }
        if (name == null && before.stream().limit(3).anyMatch(w -> w.lower().equals("their"))) {
            Matcher opening = OPENING_SUBJECT.matcher(text).region(sentence, start);
            if (opening.lookingAt()) {
                return "of " + opening.group(1).toLowerCase(Locale.ROOT); // "the outgoing directors left their loans"
            }
        }
        return name;
    }

    /** A sentence opening with a plural subject and its verb: "The other outgoing directors have agreed". */
    private static final Pattern OPENING_SUBJECT = Pattern.compile(
            "(?:The|These|Those|Both|All|Many)\\s+((?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+s)\\s+"
            + "(?:have|had|were|are|will|would|could|also|agreed|\\p{Ll}+ed)\\b");

    private static String read(String text, int start, int end, String unit, boolean age, List<Word> after,
                               List<Word> before) {
        String figure = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (age || figure.endsWith("-old") || figure.endsWith(" old")
                || unit.equals("count") && !before.isEmpty() && before.get(0).lower().equals("aged")) {
            return ageOf(text, before, after);
        }
        if (SPELLS_ROLE.matcher(text.substring(Math.max(0, end - 6), end)).find() && !after.isEmpty()
                && adjacent(text, end, after, 0) && nounPhrase(after, 0) == 1) {
            // "a six-term congresswoman", "the three-time champion": the terms she has served as one
            String spell = text.substring(text.lastIndexOf('-', end - 1) + 1, end).toLowerCase(Locale.ROOT);
            return spell + "s as " + after.get(0).lower();
        }
        if (DURATIONS.contains(unit)) {
            return durationOf(text, start, end, after, before);
        }
        String fixed = fixedPhrase(text, start, end, unit);
        if (fixed != null) {
            return fixed;
        }
        String headed = headlineNoun(text, start, before);
        if (headed != null) {
            return headed;
        }
        String tallied = talliedTo(text, start);
        if (tallied != null) {
            return tallied;
        }
        String estimated = estimatedAt(text, start);
        if (estimated != null) {
            return estimated;
        }
        String changedFrom = changedFrom(before, unit.equals("percent"));
        if (changedFrom != null) {
            return changedFrom;
        }
        if (unit.equals("count")) {
            int measured = pastMeasure(text, end);
            return measured < 0 ? countOf(text, end, after, before)
                    : countOf(text, measured, wordsAfter(text, measured), before);
        }
        String reaching = Figure.isCurrency(unit) || unit.equals("percent") ? null : reaching(before);
        if (reaching != null) {
            return reaching;
        }
        String moved = Figure.isCurrency(unit) ? moneyMoved(text, end, after, before) : null;
        if (moved != null) {
            return moved;
        }
        String spent = spentTo(text, end, after, before, unit);
        return spent != null ? spent : amountOf(text, end, after, before, unit);
    }

    /**
     * Where a measure that describes the counted things ends, when one follows the count: "two 155 mm shells",
     * "three 9mm pistols"; or -1.
     */
    private static int pastMeasure(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' && i > digits)) {
            i++;
        }
        if (i == digits || i == end) {
            return -1;
        }
        if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        int unit = i;
        while (i < text.length() && Character.isLowerCase(text.charAt(i))) {
            i++;
        }
        boolean shortUnit = i - unit >= 1 && i - unit <= 3 && (i >= text.length() || text.charAt(i) == ' ');
        return shortUnit ? i : -1;
    }

    /** Verbs of change that say a rise, for "a rise in" what changed by a figure. */
    private static final Set<String> RISES = Set.of("rose", "risen", "climbed", "increased", "grew", "grown", "jumped",
            "surged", "soared", "widened", "raised", "edged", "rising", "growing", "climbing", "increasing");
    /**
     * "The number of ferries sailing has risen from a handful in 2019 to over 100 today": the end of a change in a
     * tally is a count of what is tallied, however far back in the sentence the tally is named.
     */
    private static final Pattern TALLY_CHANGED_TO = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:number|total|count|tally)\\s+of\\s+([\\p{L}][\\p{L}'\u2019 -]{2,60}?)\\s+"
            + "(?:(?:has|have|had|also|now|more|than|sharply|dramatically|steadily|\\p{L}+ly)\\s+)*"
            + "['\u2018\"\u201C]?(?:rose|risen|grew|grown|increased|climbed|jumped|soared|surged|fell|fallen|dropped"
            + "|declined|decreased|shrank|shrunk|doubled|tripled|swelled|swollen)\\s(?:[^.;:!?]|\\.\\.\\.|\u2026){0,160}?"
            + "\\bto\\s+$");

    private static String talliedTo(String text, int start) {
        if (!wordJustBefore(text, start, "to")) {
            return null; // the pattern ends in "to": most figures are not, and this check is quick
        }
        Matcher m = TALLY_CHANGED_TO.matcher(text).region(Math.max(0, start - 260), start);
        if (!m.find()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String word : m.group(1).trim().split("\\s+")) {
            if (Clauses.SUBORDINATORS.contains(word.toLowerCase(Locale.ROOT)) || SEQUENCE.contains(word.toLowerCase(Locale.ROOT))) {
                break; // "the number of homes lost when the dam broke": homes lost
            }
            if (!DETERMINERS.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(Character.isUpperCase(word.codePointAt(0)) ? word : word.toLowerCase(Locale.ROOT));
            }
        }
        return words.isEmpty() ? null : String.join(" ", words.size() > 7 ? words.subList(0, 7) : words);
    }

    /** Whether {@code word} (in any case) stands just before {@code at}, spaces and an opening quote mark apart. */
    private static boolean wordJustBefore(String text, int at, String word) {
        int end = at;
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || "'\u2018\"\u201C".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        int begin = end - word.length();
        return begin >= 0 && text.regionMatches(true, begin, word, 0, word.length())
                && (begin == 0 || !Character.isLetter(text.charAt(begin - 1)));
    }

    /** "Officials put the death toll at 40", "the deal values the port at $2bn": a verb of estimating, then "at". */
    private static final Pattern ESTIMATED_AT = Pattern.compile(
            "(?<![\\p{L}])(?:put|puts|putting|estimated|estimates|estimate|estimating|valued|values|value|valuing"
            + "|priced|prices|pegged|pegs|placed|places|capped|caps)\\s+(?!at\\s)([^.;:!?()\"\u201C\u201D]{3,160}?)"
            + "\\s+at\\s+$");

    /**
     * What an estimate puts at the figure: "early estimates put the amount of aid needed for the region at $5bn" is
     * the amount of aid needed; null when no verb of estimating governs the figure.
     */
    private static String estimatedAt(String text, int start) {
        if (!wordJustBefore(text, start, "at")) {
            return null;
        }
        int from = Math.max(0, start - 200);
        Matcher m = ESTIMATED_AT.matcher(text).region(from, start);
        String found = null;
        while (m.find()) {
            found = m.group(1);
            m.region(m.start() + 1, start);
        }
        if (found == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        String head = found.split(",", 2)[0].trim();
        if (head.isEmpty()) {
            return null;
        }
        for (String token : head.split("\\s+")) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(lower)) {
                continue;
            }
            if (OBJECT_PRONOUNS.contains(lower) || words.size() >= 4 && FUNCTION.contains(lower)) {
                break;
            }
            words.add(Character.isUpperCase(token.codePointAt(0)) ? token : lower);
        }
        return words.isEmpty() ? null : join(words);
    }

    /** Nouns that count portions of something else, named in an "of" phrase: "four rounds of outages". */
    private static final Set<String> PARTITIVES = Set.of("rounds", "round", "series", "bursts", "burst", "waves",
            "wave", "pieces", "piece", "cases", "bags", "boxes", "barrels", "sets", "pairs", "groups",
            "batches", "shipments", "loads", "units", "blocks", "counts", "rows", "lots", "tranches",
            "instalments", "installments", "bottles", "cans", "packs", "sacks", "crates", "truckloads", "cartons");

    /** "A 1,900-mile-wide (3,100 km) moon", "the 300-metre-long Lusk Bridge": the dimension of what follows, or null. */
    private static String hyphenedDimension(String text, int end) {
        Matcher dimension = HYPHENED_DIMENSION.matcher(text).region(Math.max(0, end - 8),
                Math.min(text.length(), end + 8));
        while (dimension.find()) {
            if (dimension.start() >= end - 7 && dimension.start() <= end && dimension.end() >= end) {
                List<Word> described = wordsAfter(text, dimension.end());
                int nameEnd = 0;
                while (nameEnd < described.size() && nameEnd < 4 && described.get(nameEnd).capitalised()) {
                    nameEnd++;
                }
                int nounEnd = nameEnd > 0 ? nameEnd : nounPhrase(described, 0);
                if (nounEnd > 0 && adjacent(text, dimension.end(), described, 0)) {
                    List<String> label = new ArrayList<>(List.of(DIMENSIONS_NAMED.get(dimension.group(1)
                            .toLowerCase(Locale.ROOT)), "of"));
                    label.addAll(texts(described, 0, nounEnd));
                    return join(label);
                }
                return null;
            }
        }
        return null;
    }

    /** A dimension joined to its measure by a hyphen: "-wide", "-long". */
    private static final Pattern HYPHENED_DIMENSION = Pattern.compile(
            "-(wide|long|high|tall|deep)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /** Nouns whose number means little without the act they are for: "six attempts to make contact". */
    private static final Set<String> TAKE_INFINITIVE = Set.of("attempts", "attempt", "efforts", "bids", "plans",
            "proposals", "votes", "offers", "calls", "requests", "applications", "permits", "orders", "moves", "steps",
            "measures", "chances", "opportunities", "promises", "pledges", "commitments", "decisions", "tries",
            "opportunity", "licences", "licenses", "warrants", "agreements", "motions");
    /** Verbs of being that link counted people or things to where or how they are: "450,000 people were without power". */
    private static final Set<String> BEING = Set.of("were", "are", "remain", "remained", "stayed", "remains");
    /** Prepositions of a state after a verb of being: "were without power", "remain in hospital". */
    private static final Set<String> STATE_PREPOSITIONS = Set.of("without", "in", "under", "on", "out", "off",
            "at", "inside", "aboard", "behind", "among");

    /**
     * What a counted noun is for or in, said after it: "six attempts to make contact", "450,000 people were without
     * power", "12 workers remain in hospital"; empty when nothing so follows.
     */
    private static List<String> complement(String text, List<Word> after, int nounEnd) {
        if (nounEnd == 0 || nounEnd + 1 >= after.size() || !adjacentWords(text, after.get(nounEnd - 1), after.get(nounEnd))) {
            return List.of();
        }
        String noun = after.get(nounEnd - 1).lower();
        String next = after.get(nounEnd).lower();
        int from;
        if (next.equals("to") && TAKE_INFINITIVE.contains(noun) && !FUNCTION.contains(after.get(nounEnd + 1).lower())) {
            from = nounEnd; // "to make contact"
        } else if (BEING.contains(next) && STATE_PREPOSITIONS.contains(after.get(nounEnd + 1).lower())) {
            from = nounEnd + 1; // "without communication"
        } else {
            return List.of();
        }
        List<String> phrase = new ArrayList<>(List.of(after.get(from).lower()));
        int i = skipDeterminers(after, from + 1);
        while (i < after.size() && phrase.size() < 4 && adjacentWords(text, after.get(i - 1), after.get(i))) {
            String lower = after.get(i).lower();
            if (DETERMINERS.contains(lower)) {
                i++;
                continue;
            }
            if (FUNCTION.contains(lower) && phrase.size() > 1 || AUXILIARIES.contains(lower) || TIME_WORDS.contains(lower)
                    || phrase.size() > 2 && isParticiple(lower)) {
                break; // "six attempts to refloat the ferry failed"
            }
            phrase.add(after.get(i).capitalised() ? after.get(i).text() : lower);
            i++;
        }
        return phrase.size() > 1 ? phrase : List.of();
    }

    /** Nouns that describe what kind a thing is, not what it is made of. */
    private static final Set<String> KINDS = Set.of("type", "types", "kind", "kinds", "sort", "sorts", "variety",
            "class", "size", "make", "model");

    /** Verbs of change whose own noun says the change better than "rise" or "fall": "exports increased by 5%". */
    private static final Map<String, String> CHANGE_NOUNS = Lexicon.byNoun("increase: increased increase increases"
            + " increasing", "decrease: decreased decrease", "decline: declined decline", "drop: dropped drop",
            "reduction: reduced reduce", "boost: boosted boost", "rise: raise rise", "cut: cut", "fall: fall",
            "growth: grow");

    /** Verbs that change their object by a figure, with the noun of that change: "raised fees by 5%". */
    private static final Map<String, String> TRANSITIVE_CHANGES = Lexicon.byNoun("increase: increase increased"
            + " increases", "rise: raise raised raises lift lifted", "cut: cut cuts lower lowered slash slashed trim"
            + " trimmed", "reduction: reduce reduced reduces", "boost: boost boosted", "expansion: expand expanded");

    /**
     * "To increase debt collection by R20bn": a verb of change with its object before "by", read back from {@code
     * k}, the object's last word; the change in the object, or null.
     */
    private static String changedObject(List<Word> before, int k) {
        List<String> object = new ArrayList<>();
        int v = k;
        while (v < before.size() && object.size() < 4 && !TRANSITIVE_CHANGES.containsKey(before.get(v).lower())
                && !FUNCTION.contains(before.get(v).lower()) && !AUXILIARIES.contains(before.get(v).lower())) {
            if (!DETERMINERS.contains(before.get(v).lower())) {
                object.add(0, before.get(v).capitalised() ? before.get(v).text() : before.get(v).lower());
            }
            v++;
        }
        boolean changed = !object.isEmpty() && v < before.size() && TRANSITIVE_CHANGES.containsKey(before.get(v).lower());
        return changed ? TRANSITIVE_CHANGES.get(before.get(v).lower()) + " in " + join(object) : null;
    }

    /** Verbs of change that someone does to a sum: "spending was cut by $2m" is a cut in spending. */
    private static final Set<String> CUTS = Set.of("cut", "reduced", "lowered", "slashed", "trimmed");
    /** Verbs of change whose noun is "growth". */
    private static final Set<String> GROWTH = Set.of("grew", "grown", "grow", "grows", "growing", "expanded", "expand",
            "expands");
    /** Verbs of movement that a share of change can follow directly: "rose 5 percent", "to shrink 2 percent". */
    private static final Set<String> MOVES = Set.of("rose", "risen", "rise", "rises", "climbed", "climbs", "increased",
            "grew", "grown", "grow", "grows", "expanded", "expand", "jumped", "surged", "soared", "fell", "fallen",
            "fall", "falls", "dropped", "drops", "decreased", "declined", "slipped", "slid", "shrank", "shrink",
            "shrunk", "contracted", "contract");
    /** Words between a verb of change and its subject: "the economy is expected to grow", "pay has grown". */
    private static final Set<String> BEFORE_MOVE = Set.of("to", "has", "have", "had", "will", "would", "could", "is",
            "are", "was", "were", "been", "being", "expected", "forecast", "set", "likely", "also");
    /** Words between a verb of change and its figure that add nothing: "fell sharply from", "soared by a staggering". */
    private static final Set<String> CHANGE_FILLERS = Set.of("sharply", "slightly", "steadily", "back", "up", "down",
            "been", "has", "have", "had", "a", "an", "staggering", "whopping", "further", "another", "massive", "modest",
            "mere", "record", "some", "about", "around", "nearly", "almost", "roughly", "just", "only");

    /**
     * The earlier value of a change counts what changed, the subject of the verb ("the jobless rate in Veyra fell
     * from 5.7 percent" is the jobless rate); the size of a change is a rise or fall in it ("the number of fighters
     * soared by 71 per cent" is a rise in the number of fighters). A place after the subject is passed over; null
     * when no change is told this way.
     */
    private static String changedFrom(List<Word> before, boolean share) {
        int k = 0;
        while (k < before.size() && CHANGE_FILLERS.contains(before.get(k).lower())) {
            k++;
        }
        // "timber exports fell 3 percent", "harbour fees have grown 4 percent": a share straight after a verb of movement
        // is the size of the change.
        boolean moved = share && k + 1 < before.size() && MOVES.contains(before.get(k).lower());
        boolean by = moved || k < before.size() && before.get(k).lower().equals("by");
        if (!moved) {
            if (k + 2 >= before.size() || !by && !before.get(k).lower().equals("from")) {
                return null;
            }
            k++;
            while (k < before.size() && CHANGE_FILLERS.contains(before.get(k).lower())) {
                k++;
            }
            String changedObject = by && k < before.size() && !CHANGES.contains(before.get(k).lower())
                    ? changedObject(before, k) : null;
            if (changedObject != null) {
                return changedObject;
            }
            if (k >= before.size() || !CHANGES.contains(before.get(k).lower())) {
                return null;
            }
        }
        String verb = before.get(k).lower();
        k++;
        while (k < before.size() && BEFORE_MOVE.contains(before.get(k).lower())) {
            k++; // "expects the harbour trade to grow", "fees have grown"
        }
        // "in Veyra", "at the Harlow plant": a place phrase between the subject and its verb.
        int place = k;
        while (place < before.size() && (before.get(place).capitalised() || DETERMINERS.contains(before.get(place).lower()))) {
            place++;
        }
        if (place > k && place < before.size() && PLACE_PREPOSITIONS.contains(before.get(place).lower())) {
            k = place + 1;
        }
        List<String> subject = new ArrayList<>();
        for (; k < before.size() && subject.size() < 3; k++) {
            Word w = before.get(k);
            // The first word of its sentence is capitalised for that alone: "Exports to Veyra fell".
            boolean opensSentence = k == before.size() - 1 && before.size() < WORDS_AROUND;
            if (w.lower().equals("of") && !subject.isEmpty() && k + 1 < before.size()
                    && !FUNCTION.contains(before.get(k + 1).lower()) && !DETERMINERS.contains(before.get(k + 1).lower())
                    && !TALLIES.contains(before.get(k + 1).lower())) {
                subject.add(0, "of"); // "the department of defence"
                continue;
            }
            if (FUNCTION.contains(w.lower()) || TIME_WORDS.contains(w.lower()) || DETERMINERS.contains(w.lower())
                    || w.capitalised() && !opensSentence) {
                break;
            }
            subject.add(0, w.lower());
        }
        // "the number of foreign fighters": the tally word goes with what it tallies.
        if (k + 1 < before.size() && before.get(k).lower().equals("of") && TALLIES.contains(before.get(k + 1).lower())) {
            subject.add(0, "of");
            subject.add(0, before.get(k + 1).lower());
        }
        if (subject.isEmpty()) {
            return null;
        }
        String change = CHANGE_NOUNS.getOrDefault(verb, GROWTH.contains(verb) ? "growth" : RISES.contains(verb) ? "rise"
                : CUTS.contains(verb) ? "cut" : "fall") + " in ";
        return by ? change + join(subject) : join(subject);
    }

    /** Words of a qualifier between a verb of cost and its sum: "take at least £40m", "cost more than $5m". */
    private static final Set<String> COST_QUALIFIERS = Set.of("about", "around", "some", "nearly", "almost", "over",
            "roughly", "at", "least", "more", "than", "up", "to");
    /** Verbs whose sum is the cost of what follows "to": "it would take £40m to buy the club". */
    private static final Set<String> COSTING = Set.of("take", "takes", "took", "taken", "cost", "costs", "need",
            "needs", "needed", "require", "requires", "required", "spend", "spent", "spends");

    /**
     * A sum that a verb of cost ties to what follows "to": "it would take £40m to buy the club" is the cost to buy
     * the club, "spent $2m to rebuild the quay" the spending, "needs $5m to finish" the sum needed; null otherwise.
     */
    private static String spentTo(String text, int end, List<Word> after, List<Word> before, String unit) {
        String verb = firstVerb(before);
        if (!Figure.isCurrency(unit) || verb == null || after.size() < 2 || !adjacent(text, end, after, 0)
                || !after.get(0).lower().equals("to") || after.get(1).capitalised()
                || FUNCTION.contains(after.get(1).lower()) || DETERMINERS.contains(after.get(1).lower())) {
            return null;
        }
        String noun = verb.startsWith("spen") ? "spending" : verb.startsWith("n") || verb.startsWith("req")
                ? "sum needed" : "cost";
        List<String> label = new ArrayList<>(List.of(noun));
        String subject = noun.equals("spending") ? subjectOf(before, before.indexOf(before.stream()
                .filter(w -> w.lower().equals(verb)).findFirst().orElseThrow())) : null;
        if (subject != null) {
            label.addAll(List.of("by", subject)); // "the Lusk fund spent $2m to rebuild the quay"
        }
        label.addAll(List.of("to", after.get(1).lower()));
        int most = label.size() + 3;
        for (int i = 2; i < after.size() && label.size() < most && adjacent(text, end, after, i); i++) {
            String lower = after.get(i).lower();
            if (FUNCTION.contains(lower) && !DETERMINERS.contains(lower) || TIME_WORDS.contains(lower)) {
                break;
            }
            label.add(after.get(i).capitalised() ? after.get(i).text() : lower);
        }
        while (DETERMINERS.contains(label.get(label.size() - 1))) {
            label.remove(label.size() - 1);
        }
        return String.join(" ", label);
    }

    /** Verbs that move money, with the noun a label gives the sum: "allocated R4bn" is an allocation. */
    private static final Map<String, String> MONEY_VERBS = Lexicon.byNoun(
            "allocation: allocate allocates allocated allocating", "money raised: raise raises raised raising",
            "payment: pay pays paid paying", "investment: invest invests invested investing",
            "donation: donate donates donated donating", "loan: lend lends lent lending",
            "borrowing: borrow borrows borrowed", "grant: granted", "award: awarded",
            "earnings: earn earns earned earning", "losses: lose loses lost losing",
            "money collected: collect collects collected collecting",
            "money received: receive receives received receiving", "pledge: pledged pledges", "budget: budgeted",
            "money given: give gives gave given giving", "money donated: contribute contributes contributed",
            "savings: save saves saved saving");

    /** Sums that belong to whoever the verb's subject is, rather than being given by them. */
    private static final Set<String> OWNED_SUMS = Set.of("losses", "earnings", "savings", "borrowing");

    /** Words between a verb and its subject that say nothing of who: "Ruiz has previously allocated". */
    private static final Set<String> BEFORE_VERB = Set.of("has", "have", "had", "will", "would", "could", "may",
            "might", "can", "should", "must", "also", "previously", "already", "just", "now", "then", "who", "that",
            "which", "is", "was", "are", "were");

    /**
     * Who did what the verb at {@code verb} says: the name before it ("Ana Ruiz has allocated"), or the noun ("a
     * challenger who raised"); null for a pronoun or nothing that can be told.
     */
    private static String subjectOf(List<Word> before, int verb) {
        int k = verb + 1;
        while (k < before.size() && (BEFORE_VERB.contains(before.get(k).lower()) || before.get(k).lower().endsWith("ly")
                && !before.get(k).capitalised())) {
            k++;
        }
        if (k >= before.size()) {
            return null;
        }
        List<String> name = new ArrayList<>();
        int i = k;
        while (i < before.size() && name.size() < 4 && before.get(i).capitalised()
                && !FUNCTION.contains(before.get(i).lower()) && !DETERMINERS.contains(before.get(i).lower())) {
            name.add(0, before.get(i).text());
            i++;
        }
        if (!name.isEmpty()) {
            return String.join(" ", name);
        }
        String lower = before.get(k).lower();
        return FUNCTION.contains(lower) || DETERMINERS.contains(lower) || OBJECT_PRONOUNS.contains(lower)
                || isParticiple(lower) || lower.endsWith("ing") || lower.length() < 3 ? null : lower;
    }

    /** A short form given in brackets after a name: "the South African Revenue Service (Sars)". */
    private static final Pattern SHORT_FORM = Pattern.compile(
            "^\\s*\\((\\p{Lu}[\\p{L}&]{1,9})\\)");

    /**
     * A sum a verb of moving money governs: "Ruiz allocated R4bn to the revenue service (Sars)" is the allocation to
     * Sars, "a challenger who raised $3m" the money raised by the challenger, "the club will lose £10m" its losses.
     */
    private static String moneyMoved(String text, int end, List<Word> after, List<Word> before) {
        int k = 0;
        while (k < before.size() && k < 3 && (COST_QUALIFIERS.contains(before.get(k).lower())
                || OBJECT_PRONOUNS.contains(before.get(k).lower()) || before.get(k).lower().equals("out")
                || DETERMINERS.contains(before.get(k).lower()) || COMPARATIVES.contains(before.get(k).lower()))) {
            k++; // "will receive an additional R7.5bn"
        }
        if (k >= before.size() || !MONEY_VERBS.containsKey(before.get(k).lower())) {
            return null;
        }
        if (after.size() > 1 && adjacent(text, end, after, 0) && after.get(0).lower().equals("in")
                && !after.get(1).capitalised() && !DETERMINERS.contains(after.get(1).lower())) {
            return null; // "collect R120bn in tax debt": the sum is the debt, which the rules of sums read
        }
        if (after.size() > 1 && adjacent(text, end, after, 0) && RATE_WORDS.contains(after.get(0).lower())) {
            return null; // "R2bn a year in harbour dues": the rules of sums at a rate read it
        }
        boolean out = k > 0 && before.get(k - 1).lower().equals("out");
        String noun = out ? "payouts" : MONEY_VERBS.get(before.get(k).lower());
        List<String> label = new ArrayList<>(List.of(noun));
        String subject = subjectOf(before, k);
        if (subject != null && OWNED_SUMS.contains(noun)) {
            // "the ferry lost $2m": the ferry's losses; "Harbour Re earned $5m": Harbour Re's earnings
            label.add(0, Character.isUpperCase(subject.codePointAt(0)) ? subject + "\u2019s" : subject);
        } else if (subject != null) {
            label.addAll(List.of("by", subject));
        }
        if (after.size() > 1 && adjacent(text, end, after, 0)
                && Set.of("to", "for", "on", "in", "into", "from").contains(after.get(0).lower())) {
            int from = skipDeterminers(after, 1);
            int i = from;
            while (i < after.size() && i - from < 5 && adjacentWords(text, after.get(i - 1), after.get(i))
                    && (after.get(i).capitalised() || i - from < 3 && !FUNCTION.contains(after.get(i).lower())
                    && !TIME_WORDS.contains(after.get(i).lower()) && !isParticiple(after.get(i).lower()))) {
                i++;
            }
            if (i > from) {
                Matcher shortForm = SHORT_FORM.matcher(text.substring(after.get(i - 1).end()));
                label.add(after.get(0).lower());
                if (shortForm.find()) {
                    label.add(shortForm.group(1)); // "to the South African Revenue Service (Sars)": to Sars
                } else {
                    label.addAll(texts(after, from, i));
                }
            }
        }
        return String.join(" ", label);
    }

    /** The verb of cost just before a figure, past a qualifier or a pronoun ("take £40m", "cost them $5m"), or null. */
    private static String firstVerb(List<Word> before) {
        for (int k = 0; k < Math.min(3, before.size()); k++) {
            String lower = before.get(k).lower();
            if (COSTING.contains(lower)) {
                return lower;
            }
            if (!OBJECT_PRONOUNS.contains(lower) && !COST_QUALIFIERS.contains(lower)) {
                return null;
            }
        }
        return null;
    }

    private static String countOf(String text, int end, List<Word> after, List<Word> before) {
        int i = 0;
        while (i < after.size() && COMPARATIVES.contains(after.get(i).lower()) && adjacent(text, end, after, i)) {
            i++;
        }
        if (i > 0 && after.get(i - 1).lower().equals("of")) {
            while (i < after.size() && DETERMINERS.contains(after.get(i).lower()) && adjacent(text, end, after, i)) {
                i++; // "four of the justices"
            }
        }
        int toll = adjacent(text, end, after, i) ? participleAt(after, i) : -1;
        if (toll >= 0 && (toll + 1 == after.size() || toll > i)
                && NewsValue.TOLL_WORDS.contains(after.get(toll).lower())) {
            return "people " + after.get(toll).lower(); // "and 20 wounded.", "three were killed"
        }
        if (adjacent(text, end, after, i) && i + 1 < after.size() && COPULAS_PLURAL.contains(after.get(i).lower())) {
            // "all four were harbour pilots": what the count is, when it is a plural noun.
            int from = skipDeterminers(after, i + 1);
            int isEnd = from;
            while (isEnd < after.size() && isEnd - from < 3 && !FUNCTION.contains(after.get(isEnd).lower())
                    && !AUXILIARIES.contains(after.get(isEnd).lower())
                    && !(isParticiple(after.get(isEnd).lower()) && (isEnd > from || isEnd + 1 == after.size()))) {
                isEnd++;
            }
            String last = isEnd > from ? after.get(isEnd - 1).lower() : "";
            if (last.endsWith("s") && !last.endsWith("ss") && !after.get(from).lower().endsWith("ing")) {
                return join(texts(after, from, isEnd));
            }
        }
        if (before.size() > 1 && before.get(0).lower().equals("of") && ACTION_NOUN.matcher(before.get(1).lower()).matches()
                && adjacent(text, end, after, i) && nounPhrase(after, i) > i) {
            // "the deduction of 10 points", "the release of 40 prisoners": the act is what happened to them.
            List<String> label = new ArrayList<>(List.of(before.get(1).lower(), "of"));
            label.addAll(texts(after, i, nounPhrase(after, i)));
            return join(label);
        }
        if (!adjacent(text, end, after, i) || nounPhrase(after, i) == i) {
            String changed = changedTo(before);
            return changed != null ? changed : harmedBy(before);
        }
        int nounEnd = nounPhrase(after, i);
        List<String> label = texts(after, i, nounEnd);
        if (nounEnd + 1 < after.size() && PARTITIVES.contains(after.get(nounEnd - 1).lower())
                && after.get(nounEnd).lower().equals("of")) {
            // "four rounds of planned outages": a round is nothing without what it is a round of.
            int from = skipDeterminers(after, nounEnd + 1);
            int ofEnd = nounPhrase(after, from);
            if (ofEnd > from && !KINDS.contains(after.get(from).lower())) { // "rounds of the type used": a description
                label.add("of");
                label.addAll(texts(after, from, ofEnd));
                nounEnd = ofEnd;
            }
        }
        int next = nounEnd;
        int participle = participleAt(after, next);
        List<String> complement = participle >= 0 ? List.of() : complement(text, after, nounEnd);
        if (!complement.isEmpty()) {
            label.addAll(complement);
            return join(label);
        }
        if (participle >= 0) {
            label.add(after.get(participle).lower());
            next = participle + 1;
        } else if (!STATES.contains(after.get(nounEnd - 1).lower())) {
            // "left 350 people dead" says what happened already; "fired two shells" needs its verb.
            String verb = pastVerbBefore(before);
            if (verb != null) {
                label.add(verb);
            }
        }
        List<String> rate = ratePhrase(after, next);
        label.addAll(rate);
        label.addAll(placePhrase(text, after, next + (rate.isEmpty() ? 0 : 2)));
        return join(label);
    }

    /**
     * A count that a change brought it to, with nothing after it: "the number of passengers killed rose to 16",
     * "the toll reached 19": what stands before the verb of change, up to a function word, names without it.
     */
    private static String changedTo(List<Word> before) {
        int j = 0;
        boolean changed = false;
        while (j < before.size() && LINKING.contains(before.get(j).lower())) {
            changed |= CHANGES.contains(before.get(j).lower());
            j++;
        }
        List<String> phrase = new ArrayList<>();
        int k = j;
        for (; changed && k < before.size() && phrase.size() < 3; k++) {
            Word w = before.get(k);
            if (FUNCTION.contains(w.lower()) || TIME_WORDS.contains(w.lower()) || w.capitalised()) {
                break;
            }
            phrase.add(0, w.lower());
        }
        // "... sank off the Veyra coast rose to 19": the phrase ends a place, not the subject that changed.
        while (k < before.size() && (before.get(k).capitalised() || DETERMINERS.contains(before.get(k).lower()))) {
            k++;
        }
        boolean numberOf = k + 1 < before.size() && before.get(k).lower().equals("of")
                && TALLIES.contains(before.get(k + 1).lower());
        boolean inPlace = !numberOf && k < before.size() && (PLACE_PREPOSITIONS.contains(before.get(k).lower())
                || PLACE_ENDS.contains(before.get(k).lower()));
        return phrase.isEmpty() || inPlace || isPastVerb(phrase.get(0)) ? null : join(phrase);
    }

    /**
     * A bare count after a verb of harm counts the people harmed: "a blast that killed 14", "killing at least 14",
     * "injures 30" (the participle of the verb is one of the toll words).
     */
    private static String harmedBy(List<Word> before) {
        if (before.isEmpty()) {
            return null;
        }
        String verb = before.get(0).lower();
        String stem = verb.endsWith("ing") ? verb.substring(0, verb.length() - 3)
                : verb.endsWith("s") && !verb.endsWith("ss") ? verb.substring(0, verb.length() - 1) : null;
        String participle = stem == null ? verb : stem.endsWith("e") ? stem + "d" : stem + "ed";
        return participle.endsWith("ed") && (NewsValue.TOLL_WORDS.contains(participle)
                || PEOPLE_VERBS.contains(participle)) ? "people " + participle : null;
    }

    /** Verbs whose bare count is of people, as participles: "the port hired 500", "police questioned 12". */
    private static final Set<String> PEOPLE_VERBS = Set.of("hired", "recruited", "employed", "sacked", "dismissed",
            "rescued", "deported", "jailed", "convicted", "charged", "released", "freed", "hospitalised",
            "hospitalized", "interviewed", "surveyed", "polled", "questioned", "vaccinated", "infected", "sentenced",
            "trained", "housed", "sheltered", "fined", "expelled", "indicted", "executed", "treated");

    /** "182,000 jobs a month": how often, as "per month". */
    private static List<String> ratePhrase(List<Word> words, int at) {
        if (at + 1 < words.size() && RATE_WORDS.contains(words.get(at).lower())
                && DURATIONS.contains(words.get(at + 1).lower())) {
            return List.of("per", words.get(at + 1).lower());
        }
        return List.of();
    }

    private static String amountOf(String text, int end, List<Word> after, List<Word> before, String unit) {
        String dimension = hyphenedDimension(text, end);
        if (dimension != null) {
            return dimension;
        }
        if (!after.isEmpty() && adjacent(text, end, after, 0) && DIMENSIONS.contains(after.get(0).lower())) {
            List<String> label = new ArrayList<>(List.of(DIMENSIONS_NAMED.get(after.get(0).lower())));
            label.addAll(placePhrase(text, after, 1));
            return join(label);
        }
        int i = 0;
        while (i < after.size() && COMPARATIVES.contains(after.get(i).lower()) && adjacent(text, end, after, i)) {
            i++;
        }
        if (adjacent(text, end, after, i) && i > 0 && after.get(i - 1).lower().equals("of")) {
            i = skipDeterminers(after, i);
        }
        if ((unit.equals("percent") || unit.equals("fraction")) && after.size() > 1
                && adjacent(text, end, after, 0) && (after.get(0).lower().equals("of")
                || DETERMINERS.contains(after.get(0).lower()) && !after.get(0).lower().equals("a"))) {
            // "80 percent of the problems", "more than half the countries in the world": a share of them.
            int from = skipDeterminers(after, after.get(0).lower().equals("of") ? 1 : 0);
            int shareEnd = nounPhrase(after, from);
            if (shareEnd > from) {
                List<String> label = new ArrayList<>(List.of("share", "of"));
                label.addAll(texts(after, from, shareEnd));
                int participle = participleAt(after, shareEnd);
                if (participle >= 0) {
                    label.add(after.get(participle).lower()); // "80 percent of the problems are solved"
                }
                label.addAll(placePhrase(text, after, participle >= 0 ? participle + 1 : shareEnd));
                return join(label);
            }
        }
        if (Figure.isCurrency(unit) && after.size() > 1 && adjacent(text, end, after, 0)
                && after.get(0).lower().equals("in") && !DETERMINERS.contains(after.get(1).lower())) {
            // "R9bn in unpaid levies", "$5m in damages": what the money is.
            int inEnd = nounPhrase(after, 1);
            if (inEnd > 1 && !after.get(inEnd - 1).capitalised() && !TIME_WORDS.contains(after.get(1).lower())) {
                return join(texts(after, 1, inEnd));
            }
        }
        List<String> rate = adjacent(text, end, after, 0) ? ratePhrase(after, 0) : List.of();
        if (!rate.isEmpty() && after.size() > 3 && IN_OR_OF.contains(after.get(2).lower())) {
            // "R2bn a year in harbour dues": what comes in at that rate.
            int from = skipDeterminers(after, 3);
            int rateEnd = nounPhrase(after, from);
            if (rateEnd > from) {
                List<String> label = texts(after, from, rateEnd);
                int participle = participleAt(after, rateEnd);
                if (participle >= 0) {
                    label.add(after.get(participle).lower());
                }
                label.addAll(rate);
                return join(label);
            }
        }
        int nounEnd = adjacent(text, end, after, i) ? nounPhrase(after, i) : i;
        boolean aVerb = nounEnd == i + 1 && isPastVerb(after.get(i).lower()) && !before.isEmpty()
                && before.get(0).lower().equals("of"); // "the annual pace of 2 percent maintained": a pace, no noun
        if (nounEnd > i && !aVerb) {
            List<String> label = texts(after, i, nounEnd);
            if (!before.isEmpty() && Words.isPossessive(before.get(0).lower())) {
                label.add(0, possessor(before)); // "Ana Ruiz's £14m takeover": her takeover
            }
            int participle = participleAt(after, nounEnd);
            int next = nounEnd;
            if (participle >= 0) {
                label.add(after.get(participle).lower());
                next = participle + 1;
            }
            label.addAll(placePhrase(text, after, next));
            return join(label);
        }
        // What stands before: "a budget of R4bn", "support rose to 40%", "Ana Ruiz's share was 40%".
        int j = 0;
        while (j < before.size() && LINKING.contains(before.get(j).lower())) {
            j++;
        }
        if (j == 0 && !before.isEmpty() && unit.equals("percent") && Words.isPossessive(before.get(0).lower())) {
            // "against Ana Ruiz's 31.6 percent": her share; "48 percent support compared to Ruiz's 31 percent": her
            // support.
            Matcher compared = COMPARED_SHARE.matcher(text).region(
                    Clauses.sentenceStart(text, before.get(0).start(), ".!?;"), before.get(0).start());
            String noun = compared.find() ? compared.group(1).toLowerCase(Locale.ROOT) : "share";
            return possessor(before) + " " + noun;
        }
        if (j == 0 && !before.isEmpty() && !LINKING.contains(before.get(0).lower())) {
            return clauseBefore(before);
        }
        List<String> head = new ArrayList<>();
        boolean named = true;
        for (int k = j; k < before.size() && head.size() < 3; k++) {
            Word w = before.get(k);
            if (named && !head.isEmpty() && k + 1 < before.size() && NAME_PREPOSITIONS.contains(w.lower())
                    && !FUNCTION.contains(before.get(k + 1).lower())
                    && !before.get(k + 1).capitalised()) {
                // "a trade gap with Veyra of $2.1bn": the name belongs to the noun before it.
                head.add(0, w.lower());
                head.add(0, before.get(k + 1).lower());
                Word further = k + 2 < before.size() ? before.get(k + 2) : null;
                if (further != null && !further.capitalised() && !FUNCTION.contains(further.lower())
                        && !DETERMINERS.contains(further.lower()) && !isPastVerb(further.lower())) {
                    head.add(0, further.lower()); // "a trade gap with Veyra"
                }
                break;
            }
            if (OWNING_PRONOUNS.contains(w.lower()) && !head.isEmpty()) {
                // "Harbour Re, the largest insurer in Veyra, said its losses were under 90m euros".
                String owner = sentenceSubject(text, w.start());
                if (owner != null) {
                    head.add(0, owner);
                }
                break;
            }
            if (FUNCTION.contains(w.lower()) || TIME_WORDS.contains(w.lower()) || isPastVerb(w.lower())
                    && head.isEmpty() && k + 1 < before.size() && !FUNCTION.contains(before.get(k + 1).lower())) {
                break;
            }
            named &= w.capitalised();
            head.add(0, w.text());
            if (!w.lower().endsWith("'s") && !w.lower().endsWith("\u2019s") && k + 1 < before.size()
                    && !(before.get(k + 1).lower().endsWith("'s") || before.get(k + 1).lower().endsWith("\u2019s"))
                    && head.size() >= 2) {
                if (STATISTICS.contains(before.get(k + 1).lower())) {
                    head.add(0, before.get(k + 1).lower()); // "the average hourly wage is $30.93"
                }
                break;
            }
        }
        if (head.isEmpty()) {
            return subjectBeforeTime(before, j);
        }
        List<String> label = new ArrayList<>(head);
        label.addAll(placePhrase(text, after, 0));
        return join(label);
    }

    /**
     * "The port's vacancy rate began the year at 7 percent", "shares ended the week at $12": the subject of a verb
     * whose object is a stretch of time, read back from {@code at} (the time word).
     */
    private static String subjectBeforeTime(List<Word> before, int at) {
        int k = at;
        if (k + 2 >= before.size() || !TIME_WORDS.contains(before.get(k).lower())
                || !DETERMINERS.contains(before.get(k + 1).lower())) {
            return null;
        }
        k += 2;
        String verb = before.get(k).lower();
        if (FUNCTION.contains(verb) || !isPastVerb(verb) && !verb.endsWith("s")) {
            return null;
        }
        List<String> subject = new ArrayList<>();
        for (k++; k < before.size() && subject.size() < 3; k++) {
            String lower = before.get(k).lower();
            if (FUNCTION.contains(lower) || DETERMINERS.contains(lower) || TIME_WORDS.contains(lower)) {
                break;
            }
            subject.add(0, before.get(k).capitalised() && k + 1 < before.size() ? before.get(k).text() : lower);
        }
        return join(subject);
    }

    /** Pronouns that give a thing an owner named elsewhere in the sentence. */
    private static final Set<String> OWNING_PRONOUNS = Set.of("its", "their");

    /**
     * The name a sentence opens with ("Harbour Re, the largest insurer in Veyra, said ..."), read back from
     * {@code at} to the sentence's start; null when it opens otherwise ("The company said").
     */
    private static String sentenceSubject(String text, int at) {
        int start = Clauses.sentenceStart(text, at, ".!?", 300);
        while (start < at && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        List<String> name = new ArrayList<>();
        int i = start;
        while (i < at && name.size() < 4 && Character.isUpperCase(text.charAt(i))) {
            int e = i;
            while (e < at && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.' || text.charAt(e) == '-')) {
                e++;
            }
            String word = text.substring(i, e);
            String lower = word.toLowerCase(Locale.ROOT);
            if (FUNCTION.contains(lower) || DETERMINERS.contains(lower)) {
                break;
            }
            name.add(word);
            if (e >= at || text.charAt(e) != ' ') {
                break;
            }
            i = e + 1;
        }
        return name.isEmpty() ? null : String.join(" ", name);
    }

    /** The possessor that ends at the first word before: "Ana Ruiz's" with the capitalised words of the name. */
    private static String possessor(List<Word> before) {
        List<String> name = new ArrayList<>(List.of(before.get(0).text()));
        for (int k = 1; k < before.size() && k < 4 && before.get(k).capitalised() && before.get(0).capitalised()
                && !FUNCTION.contains(before.get(k).lower()) && !DETERMINERS.contains(before.get(k).lower()); k++) {
            name.add(0, before.get(k).text());
        }
        return String.join(" ", name);
    }

    /**
     * What the clause before a figure does, when nothing names what the figure is of: "the researchers observed
     * Ana Ruiz for 17 nights", "the campaign spent $640,000": the verb with its subject or object, up to a few words.
     */
    private static String clauseBefore(List<Word> before) {
        int j = 0;
        while (j < before.size() && (PLACE_PREPOSITIONS.contains(before.get(j).lower()) || OBJECT_PRONOUNS.contains(
                before.get(j).lower()) || SPAN_WORDS.contains(
                before.get(j).lower()) || LINKING.contains(before.get(j).lower()) && !isParticiple(before.get(j).lower()))) {
            j++;
        }
        List<String> phrase = new ArrayList<>();
        boolean verb = false;
        for (int k = j; k < before.size() && phrase.size() < 4; k++) {
            String lower = before.get(k).lower();
            if (RELATIVES.contains(lower) && verb && phrase.size() == 1 && k + 1 < before.size()
                    && !FUNCTION.contains(before.get(k + 1).lower())) {
                continue; // "a rival who raised $3m": the rival raised it
            }
            if (DETERMINERS.contains(lower) || lower.endsWith("ly") || lower.equals("also")
                    || COMPARATIVES.contains(lower) && phrase.isEmpty()) {
                if (verb) {
                    break;
                }
                continue;
            }
            if (PLACE_PREPOSITIONS.contains(lower) && !verb && !phrase.isEmpty()) {
                phrase.add(0, lower); // "waited on hold for three hours"
                continue;
            }
            if (MODALS.contains(lower) && !verb && !phrase.isEmpty()) {
                phrase.add(0, lower); // "the club will lose £10m": the word after a modal is its verb
                verb = true;
                continue;
            }
            if (FUNCTION.contains(lower) || TIME_WORDS.contains(lower)) {
                break;
            }
            phrase.add(0, before.get(k).capitalised() ? before.get(k).text() : lower);
            verb |= isParticiple(lower);
        }
        return verb ? join(phrase) : null;
    }

    /** Modal verbs: the word after one is a verb in its plain form. */
    static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "should", "must");

    /** Pronouns that open a relative clause, whose verb belongs to the noun before them. */
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");

    private static final Set<String> DURATION_UNITS = Set.of("year", "years", "month", "months", "week", "weeks",
            "day", "days", "hour", "hours", "minute", "minutes", "decade", "decades");

    /** Whether a figure's text ends in a hyphen and a unit of time on one line: "a two-year", "the 10-day". */
    static boolean isHyphenatedDuration(String figure) {
        int hyphen = figure.lastIndexOf('-');
        return hyphen >= 0 && DURATION_UNITS.contains(figure.substring(hyphen + 1))
                && figure.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    private static String durationOf(String text, int start, int end, List<Word> after, List<Word> before) {
        String figure = text.substring(Math.max(0, end - 12), end);
        if (isHyphenatedDuration(figure) && adjacent(text, end, after, 0)) {
            // "a two-year war in Gaza": the time of the war.
            int nounEnd = nounPhrase(after, 0);
            if (nounEnd > 0) {
                List<String> label = new ArrayList<>(List.of("length", "of"));
                label.addAll(texts(after, 0, nounEnd));
                if (nounEnd + 1 < after.size() && after.get(nounEnd).lower().equals("of")) {
                    // "a 23-month streak of job losses": the streak is nothing without what it is of
                    int from = skipDeterminers(after, nounEnd + 1);
                    int ofEnd = nounPhrase(after, from);
                    if (ofEnd < after.size() && after.get(ofEnd).lower().endsWith("ing")
                            && !after.get(ofEnd).capitalised() && adjacentWords(text, after.get(ofEnd - 1), after.get(ofEnd))) {
                        ofEnd++; // "of job hemorrhaging": the gerund is the head
                    }
                    if (ofEnd > from) {
                        label.add("of");
                        label.addAll(texts(after, from, ofEnd));
                        return String.join(" ", label);
                    }
                }
                label.addAll(placePhrase(text, after, nounEnd));
                return join(label);
            }
            return null;
        }
        if (!after.isEmpty() && adjacent(text, end, after, 0) && DURATION_LINKS.contains(after.get(0).lower())) {
            // "14 years as mayor", "two years of talks", "four years in prison".
            int from = skipDeterminers(after, 1);
            int nounEnd = nounPhrase(after, from);
            if (nounEnd > from) {
                List<String> label = new ArrayList<>(List.of("time", after.get(0).lower()));
                label.addAll(texts(after, from, nounEnd));
                return join(label);
            }
        }
        if (!after.isEmpty() && adjacent(text, end, after, 0)) {
            int nounEnd = nounPhrase(after, 0);
            if (nounEnd > 0) {
                return join(texts(after, 0, nounEnd));
            }
        }
        if (after.size() > 1 && adjacent(text, end, after, 0) && SEQUENCE.contains(after.get(0).lower())
                && !after.get(1).lower().endsWith("ing")) { // "seven hours before finding him guilty": no event named
            // "three months after British troops withdrew": the time between the two.
            int from = skipDeterminers(after, 1);
            int nounEnd = nounPhrase(after, from);
            if (nounEnd > from) {
                List<String> label = new ArrayList<>(List.of("time", after.get(0).lower()));
                label.addAll(texts(after, from, nounEnd));
                int participle = participleAt(after, nounEnd);
                if (participle >= 0) {
                    label.add(after.get(participle).lower()); // "two days after the waters began to recede"
                }
                return join(label);
            }
        }
        String lasting = lastingOf(text, before);
        if (lasting != null) {
            return lasting;
        }
        String clause = clauseBefore(before);
        if (clause != null && firstWordIs(before, "for")) {
            return clause; // "researchers observed Europa for 17 nights", "represented the state for eight years"
        }
        String span = spanOf(text, start, end, before, after);
        return span != null ? span : clause;
    }

    /** "Ruiz, the harbour master, died at 92": an age at death. */
    private static final Pattern DIED_AT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:died|dies|dead)\\s+(?:aged\\s+|at\\s+(?:the\\s+age\\s+of\\s+)?)$");
    /** "suing Lusk for $40m": the damages sought from whom is sued. */
    private static final Pattern SUED_FOR = Pattern.compile(
            "(?<![\\p{L}])(?:suing|sued|sues|sue)\\s+(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,3})"
            + "\\s+for\\s+(?:(?:more|less)\\s+than\\s+|about\\s+|up\\s+to\\s+)?$");
    /** A noun phrase and its share in brackets: "the economy (33 percent)". */
    private static final Pattern SHARE_IN_BRACKETS = Pattern.compile(
            "(?:^|[,;:(]\\s*|\\band\\s+|\\bor\\s+)(?:the\\s+)?((?:[\\p{L}'-]+\\s+){0,2}[\\p{L}'-]+)\\s+\\($");
    /**
     * A share then what its people say or do, as polls report them: "33% would be scared", "46% say". (Not
     * "support" or "back": after a share they are nouns as often as verbs, "48 percent support".)
     */
    private static final Pattern SHARE_WHO = Pattern.compile(
            "^\\s+(say|said|says|think|thought|believe|believed|supported|oppose|opposed|approve|approved"
            + "|disapprove|disapproved|want|wanted|favou?red|backed|would|will|are|were|planned|agree"
            + "|agreed|disagree|disagreed|prefer|preferred|expect|expected|trusted)"
            + "((?:\\s+(?!of\\b|in\\b|and\\b|but\\b|the\\b|a\\b)[\\p{L}'-]+){0,3})");

    /**
     * Fixed phrases around a figure that say what it is whatever else the sentence holds: an age at death, damages
     * sued for, a share in brackets after what it is of, a share of people who say or do something.
     */
    private static String fixedPhrase(String text, int start, int end, String unit) {
        String before = text.substring(Math.max(0, start - 80), start);
        if (unit.equals("count") && (wordJustBefore(text, start, "at") || wordJustBefore(text, start, "aged"))
                && DIED_AT.matcher(before).find() && !text.startsWith(" percent", end)) {
            return "age at death";
        }
        Matcher sued = SUED_FOR.matcher(before);
        if (Figure.isCurrency(unit) && before.contains("for") && sued.find()) {
            return "damages sought from " + sued.group(1);
        }
        if (!unit.equals("percent")) {
            return null;
        }
        Matcher bracketed = text.startsWith(")", end) ? SHARE_IN_BRACKETS.matcher(before) : null;
        if (bracketed != null && bracketed.find()) {
            String what = bracketed.group(1).strip();
            return what.isEmpty() || FUNCTION.contains(what.toLowerCase(Locale.ROOT)) ? null : "share for " + what;
        }
        Matcher who = SHARE_WHO.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        if (who.lookingAt()) {
            List<String> words = new ArrayList<>(List.of("share", "who", who.group(1)));
            words.addAll(List.of(who.group(2).strip().split("\\s+")));
            return join(words.stream().filter(w -> !w.isEmpty()).toList()); // "share who would choose Ruiz"
        }
        return null;
    }

    /**
     * A headline's noun phrase standing before its figure with no verb: "Disaster claims 'less than $10bn'",
     * "Harlow toll: 14". Only a short line start qualifies: in running text a noun before a figure needs its verb.
     */
    private static String headlineNoun(String text, int start, List<Word> before) {
        if (before.isEmpty() || before.size() > 4) {
            return null;
        }
        int lineStart = before.get(before.size() - 1).start();
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && Character.isWhitespace(text.charAt(lineStart - 1))) {
            lineStart--;
        }
        String lead = text.substring(lineStart, before.get(before.size() - 1).start());
        if (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            return null; // the noun phrase does not open its line
        }
        String between = text.substring(before.get(0).end(), start);
        if (!lead.isBlank() || !between.matches("\\s*[:'\u2018\"\u201C]\\s*")) {
            return null; // only "Noun phrase: figure" or "Noun phrase 'figure'" at the start of a line
        }
        List<String> words = new ArrayList<>();
        for (int k = before.size() - 1; k >= 0; k--) {
            String lower = before.get(k).lower();
            if (FUNCTION.contains(lower) || isParticiple(lower)) {
                return null;
            }
            words.add(k == before.size() - 1 || !before.get(k).capitalised() ? lower : before.get(k).text());
        }
        return join(words);
    }

    /** Whether the first word before a figure, past the words inside a span ("for the next"), is {@code word}. */
    private static boolean firstWordIs(List<Word> before, String word) {
        int k = 0;
        while (k < before.size() && SPAN_INSIDE.contains(before.get(k).lower())) {
            k++;
        }
        return k < before.size() && before.get(k).lower().equals(word);
    }

    /** Prepositions that open a stretch of time: "over the next six months", "in the first 72 hours". */
    private static final Set<String> SPAN_OPENERS = Set.of("in", "over", "during", "within", "throughout", "for");
    /** Words between a span's preposition and its figure: "during the course of the next two weeks". */
    private static final Set<String> SPAN_INSIDE = Set.of("past", "next", "last", "first", "coming", "following",
            "previous", "final", "the", "a", "course", "of", "space", "these", "those", "this");
    /** The most words of a clause a span's label carries. */
    private static final int CLAUSE_WORDS = 7;

    /**
     * A stretch of time in which something happened: "the club will lose £10m over the next six months" is the
     * period in which the club will lose £10m; "six hours later" the time before what follows. The clause around the
     * span says what happened; its own words, without determiners, make the label.
     */
    private static String spanOf(String text, int start, int end, List<Word> before, List<Word> after) {
        boolean later = !after.isEmpty() && adjacent(text, end, after, 0) && after.get(0).lower().equals("later");
        int k = 0;
        while (k < before.size() && SPAN_INSIDE.contains(before.get(k).lower())) {
            k++;
        }
        boolean opened = k < before.size() && SPAN_OPENERS.contains(before.get(k).lower());
        if (!opened && !later) {
            return null;
        }
        int from = opened && !later ? before.get(k).start() : start;
        List<String> clause = Clauses.clauseWords(text, Clauses.clauseStart(text, from), from);
        String sequence = null;
        if (clause.isEmpty()) {
            int after0 = later ? after.get(0).end() : end;
            if (!later && !after.isEmpty() && SEQUENCE.contains(after.get(0).lower())) {
                sequence = after.get(0).lower(); // "in the two weeks since Ruiz filed": the time since she filed
                after0 = after.get(0).end();
            }
            clause = Clauses.clauseWords(text, after0, Clauses.clauseEnd(text, after0));
        }
        boolean between = later || sequence != null;
        if (!Clauses.tellsAnEvent(clause) || !between && !Clauses.hasVerb(clause)) {
            return null; // "a period in which" needs a verb; "the time before a planned docking" does not
        }
        // "waited on hold for three hours" is the time they waited; "lose £10m over six months" the period of it
        List<String> label = new ArrayList<>(later ? List.of("time", "before") : sequence != null
                ? List.of("time", sequence)
                : opened && before.get(k).lower().equals("for") ? List.of("time") : List.of("period", "in", "which"));
        label.addAll(clause.size() > CLAUSE_WORDS ? clause.subList(0, CLAUSE_WORDS) : clause);
        while (!label.isEmpty() && FUNCTION.contains(label.get(label.size() - 1).toLowerCase(Locale.ROOT))) {
            label.remove(label.size() - 1);
        }
        return label.size() > 3 || !label.get(0).equals("period") && label.size() > 2 ? String.join(" ", label) : null;
    }

    /** Words after a duration that set it between two events: "six months after the vote". */
    private static final Set<String> SEQUENCE = Set.of("after", "before", "since");

    /** Verbs that give a duration to their subject: "an attack that lasted 105 seconds". */
    private static final Set<String> LASTING = Set.of("lasted", "last", "lasts", "lasting", "ran", "runs", "run");

    /** "a strike that lasted four days", "the deal would last four years": the duration of the subject. */
    private static String lastingOf(String text, List<Word> before) {
        if (before.isEmpty() || !LASTING.contains(before.get(0).lower())) {
            return null;
        }
        int k = 1;
        while (k < before.size() && (AUXILIARIES.contains(before.get(k).lower())
                || BEFORE_LASTING.contains(before.get(k).lower()))) {
            k++;
        }
        List<Word> words = before;
        if (k == before.size() && k > 0) {
            // "The tentative deal, announced Friday, would last four years": the subject is before the aside.
            List<Word> beforeAside = beforeAside(text, before.get(k - 1).start());
            if (beforeAside != null) {
                words = beforeAside;
                k = 0;
            }
        }
        List<String> subject = new ArrayList<>();
        for (; k < words.size() && subject.size() < 3; k++) {
            String lower = words.get(k).lower();
            if (FUNCTION.contains(lower) || DETERMINERS.contains(lower) || isParticiple(lower)) {
                break;
            }
            subject.add(0, words.get(k).capitalised() ? words.get(k).text() : lower);
        }
        if (subject.isEmpty()) {
            return null;
        }
        List<String> label = new ArrayList<>(List.of("duration", "of"));
        label.addAll(subject);
        return join(label);
    }

    private static String ageOf(String text, List<Word> before, List<Word> after) {
        // "the 68-year-old Ana Ruiz", "a 36-year-old lecturer": whom the age describes comes after it.
        int i = 0;
        while (i < after.size() && i < 4 && !after.get(i).capitalised() && !FUNCTION.contains(after.get(i).lower())) {
            i++;
        }
        if (i < after.size() && after.get(i).capitalised()) {
            int nameEnd = i;
            while (nameEnd < after.size() && nameEnd - i < 4 && after.get(nameEnd).capitalised()) {
                nameEnd++;
            }
            if (nameEnd < after.size() && ROLES.contains(after.get(nameEnd).lower()) && adjacentWords(text,
                    after.get(nameEnd - 1), after.get(nameEnd))) {
                // "the 73-year-old former Veyra chairman": the capitals name what he chaired, not him.
                return "age of " + String.join(" ", texts(after, 0, nameEnd + 1));
            }
            return "age of " + String.join(" ", texts(after, i, nameEnd));
        }
        if (i > 0) {
            return "age of " + String.join(" ", texts(after, 0, i));
        }
        // "Ana Ruiz, 37,": the name just before; "employees aged 55": the noun before "aged".
        int j = 0;
        if (j < before.size() && before.get(j).lower().equals("aged")) {
            j++;
        }
        int nameStart = j;
        boolean capitalised = j < before.size() && before.get(j).capitalised();
        while (nameStart < before.size() && nameStart - j < 4 && (capitalised ? before.get(nameStart).capitalised()
                : !FUNCTION.contains(before.get(nameStart).lower()) && nameStart == j)) {
            nameStart++;
        }
        if (nameStart == j) {
            return "age";
        }
        List<String> name = new ArrayList<>();
        for (int k = nameStart - 1; k >= j; k--) {
            name.add(before.get(k).text());
        }
        return "age of " + String.join(" ", name);
    }

    /** The end of the noun phrase that starts at {@code from}: content words, no verb form after the first. */
    private static int nounPhrase(List<Word> words, int from) {
        int i = from;
        int longest = 4;
        while (i < words.size() && i - from < longest) {
            Word w = words.get(i);
            String lower = w.lower();
            if (isCoordination(words, from, i)) {
                // "18 northern and central counties", "men and women": the phrase goes on past the "and".
                longest = 6;
                i++;
                continue;
            }
            if (FUNCTION.contains(lower) || AUXILIARIES.contains(lower) || TIME_WORDS.contains(lower)) {
                break;
            }
            if (i + 1 < words.size() && BEFORE_TO.contains(lower) && words.get(i + 1).lower().equals("to")) {
                // "40 percent support compared to 31 percent", "$2m due to the delay": no noun of what is counted
                break;
            }
            if ((i > from || i + 1 == words.size()) && isParticiple(lower)
                    || lower.endsWith("ing") && !w.capitalised() && !describesNoun(words, from, i)
                    || lower.endsWith("ly") || DIMENSIONS.contains(lower)) {
                break;
            }
            i++;
        }
        // A capitalised run alone is a name ("two Veyra"), not what is counted; it must end in a common noun.
        // "11 delegates and Rubio": without the name after it, the "and" joins nothing.
        while (i > from && (words.get(i - 1).capitalised() || isConjunction(words.get(i - 1).lower()))) {
            i--;
        }
        return i;
    }

    /**
     * Whether the word at {@code at} joins two words of one noun phrase ("northern and central", "men and women"):
     * an "and" or "or" after a word of the phrase and before one that can go on with it.
     */
    private static boolean isCoordination(List<Word> words, int from, int at) {
        String lower = words.get(at).lower();
        if (!isConjunction(lower) || at == from || at + 1 >= words.size()) {
            return false;
        }
        String next = words.get(at + 1).lower();
        // "Northern and central counties" goes on; "Veyra and Lusk" is two names.
        return goesOnPhrase(next) && !NumberWords.isNumberWord(next)
                && !(words.get(at - 1).capitalised() && words.get(at + 1).capitalised());
    }

    /** Whether an -ing word opening a phrase describes the noun after it: "two surviving reporters". */
    private static boolean describesNoun(List<Word> words, int from, int at) {
        if (at != from || at + 1 >= words.size()) {
            return false;
        }
        String next = words.get(at + 1).lower();
        return goesOnPhrase(next) && !next.endsWith("ly");
    }

    /** Whether a word can go on a noun phrase: no function word, auxiliary, time word, determiner or participle. */
    private static boolean goesOnPhrase(String lower) {
        return !FUNCTION.contains(lower) && !AUXILIARIES.contains(lower) && !TIME_WORDS.contains(lower)
                && !DETERMINERS.contains(lower) && !isParticiple(lower);
    }

    private static boolean isConjunction(String lower) {
        return lower.equals("and") || lower.equals("or");
    }

    /** The participle at {@code at}, perhaps after auxiliaries ("were killed"), or -1. */
    private static int participleAt(List<Word> words, int at) {
        int i = at;
        while (i < words.size() && i - at < 3 && AUXILIARIES.contains(words.get(i).lower())) {
            i++;
        }
        return i < words.size() && isParticiple(words.get(i).lower()) ? i : -1;
    }

    /** A past-tense verb just before the figure ("fired two shells", "killed at least 14"), or null. */
    private static String pastVerbBefore(List<Word> before) {
        if (before.isEmpty()) {
            return null;
        }
        String w = before.get(0).lower();
        if (isPastVerb(w)) {
            return LINKING.contains(w) ? null : w;
        }
        return before.get(0).capitalised() && before.size() > 1 || LINKING.contains(w) ? null : Participles.participleOf(w);
    }

    private static boolean isPastVerb(String w) {
        return isParticiple(w);
    }

    static boolean isParticiple(String w) {
        if (NOT_PARTICIPLES.contains(w)) {
            return false;
        }
        return IRREGULAR_PARTICIPLES.contains(w) || w.length() > 4 && w.endsWith("ed");
    }

    /** A short phrase of place or target after a label: "at the scene", "on steel imports"; none for a time. */
    private static List<String> placePhrase(String text, List<Word> words, int at) {
        if (at >= words.size() || at == 0 || !adjacentWords(text, words.get(at - 1), words.get(at))
                || !PLACE_PREPOSITIONS.contains(words.get(at).lower())) {
            return List.of();
        }
        if (words.get(at).lower().equals("to") && !isParticiple(words.get(at - 1).lower())) {
            return List.of(); // "debt collectors to claw back": a purpose, not a place; "deployed to the border" is one
        }
        if (words.get(at).lower().equals("as") && at + 1 < words.size()
                && DETERMINERS.contains(words.get(at + 1).lower())) {
            return List.of(); // "counties as the region faces winds": a clause; "refugees as guests" is a role
        }
        int from = skipDeterminers(words, at + 1);
        while (from < words.size() && words.get(from).lower().endsWith("ly")) {
            from++;
        }
        int i = from;
        while (i < words.size() && i - from < 3 && adjacentWords(text, words.get(i - 1), words.get(i))) {
            String lower = words.get(i).lower();
            // A participle describes the noun after it only as the phrase's first word: "on imported timber".
            boolean describesNext = i == from && i + 1 < words.size() && adjacentWords(text, words.get(i), words.get(i + 1))
                    && !FUNCTION.contains(words.get(i + 1).lower());
            if (TIME_WORDS.contains(lower) && i > from && !SPAN_WORDS.contains(words.get(i - 1).lower())
                    && !FUNCTION.contains(words.get(i - 1).lower())) {
                i++; // "in the typical month": the time the adjective describes ends the phrase
                break;
            }
            if (FUNCTION.contains(lower) || AUXILIARIES.contains(lower) || TIME_WORDS.contains(lower)
                    || SPAN_WORDS.contains(lower) || (isParticiple(lower) || lower.endsWith("ing")) && !describesNext) {
                break; // "in the first two months" is a time, not a place
            }
            i++;
        }
        if (i == from) {
            return List.of();
        }
        List<String> phrase = new ArrayList<>();
        phrase.add(words.get(at).lower());
        phrase.addAll(texts(words, from, i));
        return phrase;
    }

    private static int skipDeterminers(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && DETERMINERS.contains(words.get(i).lower())) {
            i++;
        }
        return i;
    }

    /** Whether word {@code i} follows the figure (or the word before it) with only spaces between. */
    private static boolean adjacent(String text, int figureEnd, List<Word> words, int i) {
        if (i >= words.size()) {
            return false;
        }
        int from = i == 0 ? figureEnd : words.get(i - 1).end();
        if (i == 0) {
            // A conversion in brackets stands between a figure and its noun: "2 inches (51 mm) of rain".
            String between = text.substring(from, words.get(i).start());
            return between.isBlank() || between.matches("\\s*\\([^)]*\\)\\s*");
        }
        return onlySpaces(text, from, words.get(i).start());
    }

    private static boolean adjacentWords(String text, Word a, Word b) {
        return onlySpaces(text, a.end(), b.start());
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '-') {
                return false;
            }
        }
        return to >= from;
    }

    private static List<String> texts(List<Word> words, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            out.add(w.capitalised() ? w.text() : w.lower());
        }
        return out;
    }

    private static String join(List<String> words) {
        List<String> kept = words.size() > MOST_WORDS ? words.subList(0, MOST_WORDS) : words;
        // (label words are in lower case but for names, and no name is a function word)
        while (!kept.isEmpty() && (FUNCTION.contains(kept.get(kept.size() - 1))
                || PLACE_PREPOSITIONS.contains(kept.get(kept.size() - 1)))) {
            kept = kept.subList(0, kept.size() - 1); // cut short, the label ends at a word, not "counties as"
        }
        String label = String.join(" ", kept).strip();
        // "fifty two": a number word after a number is more of the number, never what it counts
        return label.isEmpty() || NumberWords.isNumberWord(label) ? null : label;
    }

    /** The words after {@code from} to the end of the sentence or clause, at most a dozen. */
    private static List<Word> wordsAfter(String text, int from) {
        List<Word> words = new ArrayList<>();
        int i = from;
        int n = text.length();
        while (i < n && words.size() < WORDS_AROUND) {
            char c = text.charAt(i);
            if (c == '.' && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))) || c == ';' || c == '\n'
                    || c == '!' || c == '?' || c == ',' || c == ':' || c == '(' && !words.isEmpty() || c == ')'
                    || c == '"' || c == '\u201C' || c == '\u201D') {
                break;
            }
            if (Character.isDigit(c) || "$\u00A3\u20AC\u00A5\u20B9".indexOf(c) >= 0
                    || Character.isUpperCase(c) && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                break; // another figure: what this one counts is not beyond it
            }
            if (c == '(' && words.isEmpty()) {
                int close = text.indexOf(')', i);
                if (close > i && close - i < 60) {
                    i = close + 1; // "2 inches (50 mm) of rain": the conversion is skipped
                    continue;
                }
            }
            if (Character.isLetter(c)) {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\''
                        || text.charAt(i) == '\u2019' || text.charAt(i) == '-' && i + 1 < n
                        && Character.isLetter(text.charAt(i + 1)))) {
                    i++;
                }
                words.add(new Word(text.substring(s, i), s, i));
            } else {
                i++;
            }
        }
        return words;
    }

    /** The words before {@code to}, nearest first, back to the start of the sentence or clause, at most a dozen. */
    /** How many words before a figure are read for its label. */
    private static final int WORDS_AROUND = 12;

    private static List<Word> wordsBefore(String text, int to) {
        List<Word> words = new ArrayList<>();
        int i = to;
        while (i > 0 && words.size() < WORDS_AROUND) {
            char c = text.charAt(i - 1);
            if (c == '.' && i < to || c == ';' || c == '\n' || c == '!' || c == '?' || c == ':' || c == '('
                    || c == ')' || c == '"' || c == '\u201C' || c == '\u201D') {
                break;
            }
            if (c == ',' && !words.isEmpty()) {
                break;
            }
            if (Character.isDigit(c) || "$\u00A3\u20AC\u00A5\u20B9".indexOf(c) >= 0) {
                // Another figure: its unit word ("5.7 percent to 5 percent", "R11bn to R5.5bn") is not this one's.
                if (!words.isEmpty() && words.get(words.size() - 1).start() - i <= 1) {
                    words.remove(words.size() - 1);
                    // A unit of two words: "0.5 percentage points to 4.5 percent".
                    while (!words.isEmpty() && UNIT_WORDS.contains(words.get(words.size() - 1).lower())) {
                        words.remove(words.size() - 1);
                    }
                }
                break;
            }
            boolean possessiveEnd = (c == '\'' || c == '\u2019') && i > 1 && text.charAt(i - 2) == 's';
            if (Character.isLetter(c) || possessiveEnd) {
                int e = i;
                while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\''
                        || text.charAt(i - 1) == '\u2019' || text.charAt(i - 1) == '-')) {
                    i--;
                }
                words.add(new Word(text.substring(i, e), i, e));
            } else {
                i--;
            }
        }
        return words;
    }
}
