package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises proper names, titles and organisation names in running text. */
final class Names {

    static final String TOKEN = "(?:\\p{Lu}[\\p{L}\\p{M}\u2019'\\-]*\\p{L}|\\p{Lu}\\.)";
    private static final String PARTICLE = "(?:de|da|del|della|di|van|von|der|den|al|bin|ibn|el|la|le|du|dos|das|ter)";
    private static final String NOT_A_NAME = "(?!(?:The|A|An|In|On|At|But|And|It|Its|This|That|These|Those|He|She|They"
            + "|We|I|His|Her|Their|Our|If|As|For|When|While|After|Before|Asked|However|Meanwhile|Still|Yet|So|Then"
            + "|There|Here|What|Why|How|Who|Some|Many|Most|One|Two|Both|All|Mr|Mrs|Ms|Dr)\\b)";
    /** A name of one to five capitalised words, with particles such as "van" or "al" between them. */
    static final String NAME = NOT_A_NAME + TOKEN + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + TOKEN + "){0,4}";

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
            "cto", "chairperson");
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

    private static final Pattern NAME_PATTERN = Pattern.compile(NAME);

    private Names() {
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
        String[] words = phrase.trim().split("\\s+");
        int lastTitle = -1;
        for (int i = 0; i < words.length - 1; i++) {
            if (isTitle(words[i])) {
                lastTitle = i;
            }
        }
        List<String> all = List.of(words);
        String name = String.join(" ", all.subList(lastTitle + 1, words.length));
        String role = stripHonorifics(String.join(" ", all.subList(0, lastTitle + 1)));
        return new Titled(role, name);
    }

    private static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(w)) {
            return true;
        }
        for (String part : w.split("-")) {
            if (!part.isEmpty() && !TITLES.contains(part) && !part.equals("in")) {
                return false;
            }
        }
        return w.contains("-");
    }

    private static String stripHonorifics(String role) {
        String kept = List.of(role.split("\\s+")).stream().filter(w -> !w.isEmpty())
                .filter(w -> !HONORIFICS.contains(w.toLowerCase(Locale.ROOT)))
                .reduce((a, b) -> a + " " + b).orElse("");
        return kept.isEmpty() ? null : kept;
    }

    /** Whether a capitalised phrase names an organisation rather than a person. */
    static boolean isOrganisation(String phrase) {
        for (String word : phrase.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
            if (ORGANISATION_WORDS.contains(word)) {
                return true;
            }
        }
        return phrase.length() > 1 && phrase.equals(phrase.toUpperCase(Locale.ROOT)) && !phrase.contains(" ");
    }

    /** Every name of two or more words in the text, with its offset, in order. */
    static List<Mention> multiWordNames(String text) {
        List<Mention> names = new ArrayList<>();
        Matcher matcher = NAME_PATTERN.matcher(text);
        while (matcher.find()) {
            Titled titled = splitTitle(matcher.group());
            if (titled.name().contains(" ")) {
                names.add(new Mention(titled.name(), titled.role(), matcher.start()));
            }
        }
        return names;
    }

    /** A name found in the text, with any title that stood before it. */
    record Mention(String name, String role, int offset) {
    }

    /** The last word of a name, its surname in most of the names in news. */
    static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }
}
