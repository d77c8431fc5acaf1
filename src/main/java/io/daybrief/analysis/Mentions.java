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
 * The names a text mentions outside its quotations, each classed as a person or an organisation, with what a
 * pronoun or a short form can be resolved against: the fullest form of each surname, and which mentions are
 * likely antecedents (not objects of a preposition, not possessives, not after an article).
 */
final class Mentions {

    enum Kind { PERSON, ORGANISATION, OTHER }

    /** One mention: the name as resolved, where it stands, and whether a later "he" or "she" may point to it. */
    record Mention(String name, String role, Kind kind, int start, int end, boolean antecedent, boolean subject,
                   boolean speaking, String wordBefore) {
    }

    private static final Pattern NAME = Pattern.compile(Names.NAME_AFTER_CHECK);
    private static final Set<String> NOT_BEFORE_ANTECEDENT = Set.of("of", "to", "with", "by", "from", "for", "at",
            "in", "on", "against", "the", "a", "an", "into", "about", "told", "than", "under", "over", "between",
            "among", "toward", "towards", "across", "near", "via", "per", "like", "including", "versus", "vs",
            "follows", "followed", "his", "her", "their", "its", "our", "my", "your");

    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, String> fullestBySurname = new HashMap<>();
    private final Map<String, String> genders = new HashMap<>();
    private final Map<String, List<Mention>> byName = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private int[] starts;
    /** How far back, in characters, a pronoun or a description may reach for what it stands for. */
    private static final int REACH = 3000;


    /**
     * Finds the mentions in a text whose quotations are masked; {@code speechVerbAfter} tells which mentions are
     * someone speaking ("NASA said").
     */
    /** Tells whether a speech verb follows a position, perhaps after an appositive: ", the mayor, said". */
    @FunctionalInterface
    interface SpeechCheck {
        boolean followsAt(String text, int at);
    }

    /**
     * Moves the matcher to the next name at or after {@code from}, as {@code find} would: a name starts with an
     * upper-case letter, so the pattern is tried only there rather than at every character of the text.
     */
    private static boolean nextName(String text, int from, Matcher m) {
        int n = text.length();
        for (int i = from; i < n; ) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) == Character.UPPERCASE_LETTER && Names.startsName(text, i)
                    && m.region(i, n).lookingAt()) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    Mentions(String masked, SpeechCheck speechVerbAfter) {
        List<Mention> raw = new ArrayList<>();
        Matcher m = NAME.matcher(masked).useTransparentBounds(true);
        int from = 0;
        while (nextName(masked, from, m)) {
            int opener = openingFunctionWord(masked, m.start(), m.end());
            if (opener > 0) {
                // "Since Ana Ruiz", "Even HBO": the name begins at the next word.
                from = opener;
                continue;
            }
            from = m.end();
            if (isShouted(m.group())) {
                continue;
            }
            String phrase = Words.stripPossessive(m.group());
            boolean possessive = !phrase.equals(m.group()) || masked.startsWith("'s", m.end())
                    || masked.startsWith("\u2019s", m.end());
            Names.Titled titled = Names.splitTitle(phrase);
            if (titled.name().isEmpty()) {
                continue;
            }
            Kind kind = kindOf(titled);
            if (isCalendar(titled.name())) {
                continue;
            }
            String wordBefore = previousWord(masked, m.start());
            boolean antecedent = !possessive && !NOT_BEFORE_ANTECEDENT.contains(wordBefore);
            boolean speaking = speechVerbAfter.followsAt(masked, m.end())
                    || masked.substring(Math.max(0, m.start() - 13), m.start()).toLowerCase(Locale.ROOT)
                    .endsWith("according to ");
            boolean subject = antecedent && (speaking || startsSentence(masked, m.start()));
            raw.add(new Mention(titled.name(), titled.role(), kind, m.start(), m.end(), antecedent, subject, speaking,
                    wordBefore));
            if (kind == Kind.PERSON && titled.name().contains(" ")) {
                fullestBySurname.merge(Names.lastWord(titled.name()), titled.name(),
                        (a, b) -> b.length() > a.length() ? b : a);
            }
        }
        for (Mention mention : raw) {
            String full = fullestBySurname.get(Names.lastWord(mention.name()));
            boolean surnameOfPerson = mention.kind() != Kind.ORGANISATION && full != null;
            mentions.add(surnameOfPerson
                    ? new Mention(full, mention.role(), Kind.PERSON, mention.start(), mention.end(), mention.antecedent(),
                            mention.subject(), mention.speaking(), mention.wordBefore())
                    : mention);
        }
        learnGenders(masked);
        starts = new int[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            starts[i] = mention.start();
            byName.computeIfAbsent(mention.name(), n -> new ArrayList<>()).add(mention);
            // "a President Ruiz might ..." is what she may become, not a role she has
            if (mention.role() != null && !HYPOTHETICAL.contains(mention.wordBefore().toLowerCase(Locale.ROOT))) {
                titles.putIfAbsent(mention.name(), mention.role());
            }
        }
    }

    /** Words before a titled name that make the title a possibility: "a President Ruiz", "any Mayor Brandt". */
    private static final Set<String> HYPOTHETICAL = Set.of("a", "an", "any", "future", "would-be");

    private static Kind kindOf(Names.Titled titled) {
        String name = titled.name();
        if (Names.isOrganisation(name)) {
            return Kind.ORGANISATION;
        }
        if (titled.role() != null || name.contains(" ")) {
            return Kind.PERSON;
        }
        return Kind.OTHER;
    }

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "last", "next", "this", "today", "yesterday", "tomorrow");

    /** "Last Monday", "March": a date is capitalised but names nobody. */
    private static boolean isCalendar(String name) {
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ') {
                if (i - start >= 3 && i - start <= 9 && CALENDAR.contains(name.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Words that open sentences but never names ("Since", "Even", "Despite"): a lexicon resource. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(Lexicon.words("/io/daybrief/analysis/function-words.txt"));

    /**
     * Where the name really starts when a capitalised phrase at {@code start} opens with a function word and has
     * more words after it, or -1. A phrase the text also gives inside a sentence (the company "Under Armour" in
     * "shares of Under Armour") is a name as it stands.
     */
    private static int openingFunctionWord(String text, int start, int end) {
        int space = text.indexOf(' ', start);
        if (space < 0 || space >= end) {
            return -1;
        }
        if (!FUNCTION_WORDS.contains(text.substring(start, space).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        String phrase = text.substring(start, end);
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (at != start && !startsSentence(text, at)) {
                return -1;
            }
        }
        int next = space;
        while (next < end && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next;
    }

    /**
     * Whether a capitalised phrase is a run of three or more words in capitals ("VOTERS WANT MORE DEBATES"): a
     * subhead or a headline written in capitals, not a name, as names in capitals are shorter ("NATO", "UN").
     */
    private static boolean isShouted(String phrase) {
        int words = 1;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (c == ' ') {
                words++;
            }
        }
        return words >= 3;
    }

    /** Whether a mention opens its sentence, perhaps after a short opening phrase ("On Monday, X ..."). */
    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '"' || text.charAt(i) == '\u201D') {
            return true;
        }
        if (text.charAt(i) != ',') {
            return false;
        }
        int clauseStart = Math.max(Math.max(text.lastIndexOf('.', i - 1), text.lastIndexOf('\n', i - 1)), i - 40);
        return text.lastIndexOf(',', i - 1) <= clauseStart;
    }

    private static String previousWord(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The fullest form the text gives of a person's name: "Araghchi" becomes "Abbas Araghchi". */
    String fullest(String name) {
        String full = fullestBySurname.get(Names.lastWord(name));
        if (full == null || full.length() <= name.length()) {
            return name;
        }
        String first = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : null;
        return first == null || full.contains(first) ? full : name;
    }

    /**
     * The person a "he" or "she" at {@code at} most likely means: the last person who was the subject of a
     * sentence or spoke, else the last person named who could be a subject at all.
     */
    String personBefore(int at, int notBefore, String pronoun) {
        Mention any = null;
        for (int i = indexBefore(at); i >= 0 && inReach(mentions.get(i), at, notBefore); i--) {
            Mention mention = mentions.get(i);
            if (mention.kind() == Kind.PERSON && mention.antecedent() && mayBe(mention.name(), pronoun)) {
                if (mention.subject()) {
                    return mention.name();
                }
                any = any == null ? mention : any;
            }
        }
        return any == null ? null : any.name();
    }

    /** The index of the last mention that starts before {@code at}, or -1. */
    int indexBefore(int at) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < at) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    /** Antecedents are looked for no further back than {@code notBefore}, and never more than a few paragraphs. */
    private static boolean inReach(Mention mention, int at, int notBefore) {
        return mention.start() >= notBefore && at - mention.start() <= REACH;
    }

    /** Where {@code name} was last mentioned before {@code at}, or -1. */
    int lastPositionBefore(String name, int at) {
        for (int i = indexBefore(at); i >= 0 && at - mentions.get(i).start() <= REACH; i--) {
            if (mentions.get(i).name().equals(name)) {
                return mentions.get(i).start();
            }
        }
        return -1;
    }

    /**
     * Whether a person may be the "he" or "she" given: unless the text has already called them the other. A
     * person's pronoun is the first "he" or "she" the text uses right after naming them as a subject ("her" and
     * "his" are left out: they so often point at someone else, as in "Mpofu said his client ... her tweets").
     */
    boolean mayBe(String person, String pronoun) {
        String known = genders.get(person);
        return known == null || known.equals(pronoun);
    }

    /** The first "he" or "she" in [from, to), lower-cased, or null. */
    private static String firstGenderedPronoun(String text, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            char c = Character.toLowerCase(text.charAt(i));
            int length = c == 'h' ? 2 : c == 's' ? 3 : 0;
            if (length > 0 && i + length <= to && (i + length == text.length() || !Character.isLetter(text.charAt(i + length)))) {
                String word = text.substring(i, i + length).toLowerCase(Locale.ROOT);
                if (word.equals("he") || word.equals("she")) {
                    return word;
                }
            }
        }
        return null;
    }

    private void learnGenders(String masked) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            if (mention.kind() != Kind.PERSON || !mention.subject() || genders.containsKey(mention.name())) {
                continue;
            }
            int limit = i + 1 < mentions.size() ? Math.min(mentions.get(i + 1).start(), mention.end() + 300)
                    : Math.min(masked.length(), mention.end() + 300);
            String pronoun = firstGenderedPronoun(masked, mention.end(), limit);
            if (pronoun != null) {
                genders.put(mention.name(), pronoun);
            }
        }
    }

    /** The organisation last heard speaking ("NASA said") before {@code at}, named after {@code notBefore}. */
    String speakingOrganisationBefore(int at, int notBefore) {
        for (int i = indexBefore(at); i >= 0 && inReach(mentions.get(i), at, notBefore); i--) {
            Mention mention = mentions.get(i);
            if (mention.kind() == Kind.ORGANISATION && mention.speaking()) {
                return mention.name();
            }
        }
        return null;
    }

    /** The organisation an "it" or "the agency" at {@code at} most likely means, named after {@code notBefore}. */
    String organisationBefore(int at, int notBefore, String head) {
        for (int i = indexBefore(at); i >= 0 && inReach(mentions.get(i), at, notBefore); i--) {
            Mention mention = mentions.get(i);
            if (mention.kind() == Kind.ORGANISATION
                    && (head == null || mention.name().toLowerCase(Locale.ROOT).contains(head))) {
                return mention.name();
            }
        }
        return null;
    }

    /** The role given with the first titled mention of a name, if any. */
    String titleOf(String name) {
        return titles.get(name);
    }

    /** Every mention of a name, in text order. */
    List<Mention> of(String name) {
        return byName.getOrDefault(name, List.of());
    }

    List<Mention> all() {
        return mentions;
    }
}
