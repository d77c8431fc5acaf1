package io.daybrief.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * The participle of a verb written in -s or -ing, for what was done to the thing a figure counts: "adds" gives
 * "added".
 */
final class Participles {

    private Participles() {
    }

    /** Verbs in -s or -ing before a count that say nothing done to it: "including 14 children". */
    static final Set<String> NOT_DONE = Set.of("including", "includes", "excluding", "totalling", "totaling",
            "numbering", "reaching", "having", "has", "being", "according", "regarding", "concerning", "following",
            "during", "nearing", "topping", "exceeding", "passing", "hitting", "is", "was", "does", "plus", "minus",
            "versus", "less", "across", "us", "this", "his", "its", "as", "thus", "numbers", "totals", "reaches",
            "tops", "exceeds", "passes", "hits", "nears", "comes", "coming", "becomes", "becoming", "stands",
            "standing", "makes", "making", "gets", "getting", "says", "saying", "sees", "seeing", "needs", "needing",
            "wants", "wanting", "aims", "aiming", "expects", "expecting", "seeks", "seeking", "plans", "planning",
            "hopes", "hoping", "means", "meaning", "represents", "representing", "equals", "equalling",
            "involving", "involves", "features", "featuring", "contains", "containing", "counts", "counting",
            "appears", "appearing", "seems", "seeming", "remains", "remaining", "looks", "sounds", "feels", "happens",
            "exists", "lies", "arrives", "arriving", "goes", "going", "lasts", "lasting");

    /** Participles of verbs that do not take -ed, by their -s and -ing forms: "holds", "holding" give "held". */
    private static final java.util.Map<String, String> IRREGULAR_FORMS = irregularForms();

    private static java.util.Map<String, String> irregularForms() {
        String[][] verbs = {{"hold", "held"}, {"leave", "left"}, {"keep", "kept"}, {"send", "sent"},
                {"bring", "brought"}, {"build", "built"}, {"lose", "lost"}, {"sell", "sold"}, {"buy", "bought"},
                {"find", "found"}, {"win", "won"}, {"shoot", "shot"}, {"fight", "fought"}, {"feed", "fed"},
                {"lead", "led"}, {"pay", "paid"}, {"spend", "spent"}, {"cut", "cut"}, {"set", "set"}, {"shut", "shut"},
                {"run", "run"}, {"give", "given"}, {"take", "taken"}, {"drive", "driven"}, {"see", "seen"},
                {"fly", "flown"}, {"throw", "thrown"}, {"draw", "drawn"}, {"grow", "grown"}, {"show", "shown"},
                {"steal", "stolen"}, {"catch", "caught"}, {"teach", "taught"}, {"sink", "sunk"}, {"wear", "worn"},
                {"tear", "torn"}, {"hide", "hidden"}, {"break", "broken"}, {"choose", "chosen"}, {"tell", "told"},
                {"meet", "met"}, {"hear", "heard"}, {"lend", "lent"}, {"strike", "struck"}, {"hang", "hung"},
                {"dig", "dug"}, {"slay", "slain"}, {"put", "put"}, {"hit", "hit"}, {"sit", "sat"}, {"write", "written"},
                {"eat", "eaten"}, {"begin", "begun"}, {"swim", "swum"}, {"forgive", "forgiven"}, {"bear", "borne"},
                {"sweep", "swept"}, {"deal", "dealt"}, {"seek", "sought"}, {"stick", "stuck"}, {"freeze", "frozen"}};
        java.util.Map<String, String> forms = new java.util.HashMap<>();
        Set<String> doubling = Set.of("cut", "set", "shut", "run", "win", "put", "hit", "sit", "begin", "swim", "dig");
        for (String[] verb : verbs) {
            String base = verb[0];
            forms.put(base.endsWith("y") && !base.endsWith("ay") ? base.substring(0, base.length() - 1) + "ies"
                    : base + "s", verb[1]);
            String stem = doubling.contains(base) ? base + base.charAt(base.length() - 1)
                    : base.endsWith("e") && !base.endsWith("ee") ? base.substring(0, base.length() - 1) : base;
            forms.put(stem + "ing", verb[1]);
        }
        return java.util.Map.copyOf(forms);
    }

    /**
     * The participle of a verb in -s or -ing, for what was done to a count it governs: "adds 156,000 jobs" gives
     * "jobs added", "unions representing 40,000 workers" would not (see {@link #NOT_DONE}), "evacuating 300
     * people" gives "people evacuated"; null for a word that is not such a verb.
     */
    static String participleOf(String w) {
        if (NOT_DONE.contains(w) || FigureCounts.FUNCTION.contains(w) || w.length() < 4
                || !w.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String irregular = IRREGULAR_FORMS.get(w);
        if (irregular != null) {
            return irregular;
        }
        String base;
        if (w.endsWith("ing") && w.length() > 5) {
            base = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "ied";
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            base = w.substring(0, w.length() - 1);
        } else {
            return null;
        }
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (base.endsWith("y") && base.length() > 1 && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        return base + "ed";
    }
}
