package io.daybrief.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Recognises proper names, titles and organisation names in running text. */
final class Names {

    static final String TOKEN = "(?:\\p{Lu}[\\p{L}\\p{M}\u2019'\\-]*\\p{L}|(?:\\p{Lu}\\.){2,3}(?=\\s+\\p{Lu}\\p{Ll})|\\p{Lu}\\.)";
    private static final String PARTICLE = "(?:de|da|del|della|di|van|von|der|den|al|bin|ibn|el|la|le|du|dos|das|ter)";
    /** Capitalised words that start a sentence or a phrase, never a name. */
    private static final List<String> NOT_NAME_WORDS = List.of("The", "A", "An", "In", "On", "At", "But", "And", "It",
            "Its", "This", "That", "These", "Those", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "If", "As",
            "For", "When", "While", "After", "Before", "Asked", "However", "Meanwhile", "Still", "Yet", "So", "Then",
            "There", "Here", "What", "Why", "How", "Who", "Some", "Many", "Most", "One", "Two", "Both", "All", "Mr", "Mrs",
            "Ms", "Dr", "During", "Following", "Despite", "Amid", "Unlike", "Ahead");
    private static final Set<String> NOT_NAME_WORD_SET = Set.copyOf(NOT_NAME_WORDS);
    private static final int LONGEST_NOT_NAME_WORD = NOT_NAME_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final String NOT_A_NAME = "(?!(?:" + String.join("|", NOT_NAME_WORDS) + ")\\b)";
    private static final String WORDS_OF_NAME = TOKEN + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + TOKEN + "){0,4}";
    /** A name of one to five capitalised words, with particles such as "van" or "al" between them. */
    static final String NAME = "(?<![\\p{L}.])(?=\\p{Lu})" + NOT_A_NAME + WORDS_OF_NAME;
    /**
     * {@link #NAME} without its check of the first word, for a scan that has made it with {@link #startsName}: the
     * check is an alternation tried at every capital letter otherwise.
     */
    static final String NAME_AFTER_CHECK = "(?<![\\p{L}.])(?=\\p{Lu})" + WORDS_OF_NAME;

    /** Whether a name may start at {@code at}: the word there is not one of the words that never start a name. */
    static boolean startsName(String text, int at) {
        int end = at;
        while (end < text.length() && end - at <= LONGEST_NOT_NAME_WORD && isWordChar(text.charAt(end))) {
            end++;
        }
        return end - at > LONGEST_NOT_NAME_WORD || !NOT_NAME_WORD_SET.contains(text.substring(at, end));
    }

    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "secretary", "senator", "sen.",
            "rep.", "representative", "governor", "gov.", "mayor", "general", "gen.", "colonel", "col.", "chancellor",
            "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "director", "judge", "justice",
            "commissioner", "ambassador", "professor", "prof.", "sir", "dame", "lord", "lady", "king", "queen",
            "prince", "princess", "pope", "inspector", "superintendent", "captain", "capt.", "spokesman",
            "spokeswoman", "spokesperson", "foreign", "finance", "defence", "defense", "interior", "health",
            "economy", "trade", "deputy", "vice", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sheikh",
            "imam", "rabbi", "father", "bishop", "archbishop", "cardinal", "officer", "detective", "sergeant", "sgt.",
            "lieutenant", "lt.", "major", "maj.", "admiral", "adm.", "coach", "manager", "councillor", "councilor",
            "mp", "speaker", "attorney", "commander", "environment", "energy", "transport", "agriculture", "labour",
            "education", "home", "culture", "state", "mayor-elect", "president-elect", "editor", "analyst",
            "gen", "maj", "lt", "col", "brig", "brigadier", "marshal", "police", "premier", "senior", "head",
            "leader", "founder", "counsel", "economist", "strategist", "correspondent", "reporter", "cfo", "coo",
            "cto", "chairperson", "sen", "rep", "gov", "rev", "prof", "sec", "atty", "supt", "cmdr", "sgt", "capt",
            "adm", "insp", "det", "cpl", "pvt", "del.", "delegate");
    /** Title words that name a field of government or business, not a person's title on their own. */
    private static final Set<String> FIELDS = Set.of("foreign", "finance", "defence", "defense", "interior", "health",
            "economy", "trade", "energy", "transport", "agriculture", "labour", "education", "home", "culture",
            "environment", "police", "senior", "vice", "deputy");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir",
            "dame", "lord", "lady");
    private static final Set<String> ORGANISATION_WORDS = Set.of("motors", "airlines", "systems", "technologies",
            "energy", "media", "industries", "labs", "pharmaceuticals", "ministry", "department", "bank", "company", "group",
            "council", "police", "army", "agency", "office", "party", "union", "court", "house", "government",
            "commission", "committee", "association", "institute", "university", "news", "corp", "inc", "ltd",
            "authority", "board", "service", "services", "federation", "foundation", "organisation", "organization",
            "club", "league", "fund", "trust", "network", "press", "times", "post", "wire", "television", "radio",
            "parliament", "assembly", "senate", "congress", "cabinet", "navy", "force", "forces", "guard", "reuters",
            "airways", "holdings", "partners", "bureau", "centre", "center", "hospital", "school",
            "college", "exchange", "tribunal", "secretariat", "coalition", "alliance", "brigade", "movement");

    /** Titles written short before a name ("Sen. Ana Ruiz"), whose full stop ends no sentence. */
    private static final Set<String> ABBREVIATED_TITLES = Set.of("Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Sgt", "Capt",
            "Maj", "Adm", "Rev", "Prof", "Sec", "Atty", "Supt", "Cmdr", "Brig", "Pres", "Insp", "Det", "Cpl", "Pvt", "Dr", "Del",
            "Mr", "Mrs", "Ms");
    private static final int LONGEST_ABBREVIATED_TITLE = 4;

    /** A party and state after a politician's name: "(D-Conn.)", "(R-Texas)". */
    private static final java.util.regex.Pattern PARTY_AND_STATE = java.util.regex.Pattern.compile(
            "\\((?:D|R|I|Ind|Dem|Rep)\\s?[-\u2013]\\s?\\p{Lu}[\\p{L}. ]{0,20}\\)");

    private Names() {
    }

    /**
     * The text with the full stop of each title written short before a name made a space ("Sen  Ana Ruiz"), and a
     * party and state after a name blanked out, so that a cue reads the title and the name as one phrase and the
     * name as the speaker; offsets are kept. One pass over the text, looking closer only at full stops and opening
     * brackets: this runs on every article.
     */
    static String joinAbbreviatedTitles(String text) {
        char[] chars = null;
        java.util.regex.Matcher party = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && isAbbreviatedTitleStop(text, i)) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = ' ';
            } else if (c == '(') {
                party = party == null ? PARTY_AND_STATE.matcher(text) : party;
                if (party.region(i, length).lookingAt()) {
                    chars = chars == null ? text.toCharArray() : chars;
                    java.util.Arrays.fill(chars, i, party.end(), ' ');
                    i = party.end() - 1;
                }
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Whether the full stop at {@code stop} ends a short title that a capitalised word follows after white space. */
    private static boolean isAbbreviatedTitleStop(String text, int stop) {
        int start = stop;
        while (start > 0 && stop - start < LONGEST_ABBREVIATED_TITLE && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == stop || (start > 0 && isWordChar(text.charAt(start - 1)))
                || !ABBREVIATED_TITLES.contains(text.substring(start, stop))) {
            return false;
        }
        int next = stop + 1;
        if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A name split into the title words before it (its role) and the name itself. */
    record Titled(String role, String name) {
    }

    /**
     * Splits the titles and roles off a capitalised phrase: everything up to its last title word is the role.
     * "Foreign Minister Ana Ruiz" is role "Foreign Minister", name "Ana Ruiz"; "AFP Global News Director Phil
     * Chetwynd" is role "AFP Global News Director". Honorifics alone (Mr, Dr) are dropped, not kept as a role.
     */
    static Titled splitTitle(String phrase) {
        if (phrase.indexOf(' ') < 0) {
            return new Titled(null, phrase.strip());
        }
        List<String> all = Words.split(phrase);
        int lastTitle = -1;
        for (int i = 0; i < all.size() - 1; i++) {
            // A field ("Energy", "Police") is a role before a person's full name ("Health Ana Ruiz" from "Minister of
            // Health Ana Ruiz") or after "of"; before one word it makes an organisation's name ("Energy Transfer").
            boolean field = FIELDS.contains(all.get(i).toLowerCase(Locale.ROOT));
            boolean ofTitle = i > 0 && (all.get(i - 1).equals("of") || all.get(i - 1).equals("for"));
            boolean personAfter = all.size() - (i + 1) >= 2;
            // "Del" opening a name is the delegate's title; inside one it is a particle ("Guillermo del Toro").
            boolean delegate = i == 0 && all.get(i).equals("Del") && personAfter;
            if ((isTitle(all.get(i)) || delegate) && (!field || ofTitle || personAfter)) {
                lastTitle = i;
            }
        }
        if (lastTitle < 0) {
            return new Titled(null, String.join(" ", all));
        }
        String name = String.join(" ", all.subList(lastTitle + 1, all.size()));
        return new Titled(stripHonorifics(all.subList(0, lastTitle + 1)), name);
    }

    private static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(w)) {
            return true;
        }
        if (w.indexOf('-') < 0) {
            return false;
        }
        for (String part : w.split("-")) {
            if (!part.isEmpty() && !TITLES.contains(part) && !part.equals("in")) {
                return false;
            }
        }
        return true;
    }

    private static String stripHonorifics(List<String> role) {
        StringBuilder kept = new StringBuilder();
        for (String word : role) {
            if (!HONORIFICS.contains(word.toLowerCase(Locale.ROOT))) {
                kept.append(kept.length() == 0 ? "" : " ").append(word);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    /** Whether a capitalised phrase names an organisation rather than a person. */
    static boolean isOrganisation(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i == lower.length() || lower.charAt(i) == ' ' || lower.charAt(i) == '-') {
                if (i > start && ORGANISATION_WORDS.contains(lower.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return phrase.length() > 1 && phrase.equals(phrase.toUpperCase(Locale.ROOT)) && !phrase.contains(" ");
    }

    /** The last word of a name, its surname in most of the names in news. */
    static String lastWord(String name) {
        return Words.last(name);
    }
}
