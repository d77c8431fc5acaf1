package io.daybrief.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * What can speak: a person, a group or an organisation, never a time, a place's season, a poll or a piece of
 * writing read as if it talked. A cue whose subject is one of those ("Tuesday's ...", "the polls", "the
 * report showed") names no speaker, and the quotation is better left out than put in a mouth that has none.
 */
final class Speakers {

    /** Words for times, which a cue's subject sometimes is ("On Tuesday, ... said" read badly). */
    private static final Set<String> TIMES = Set.copyOf(Lexicon.words("/io/daybrief/analysis/time-words.txt"));
    /** Things that do not speak, however a sentence runs: polls, documents and media, abstractions. */
    private static final Set<String> THINGS = Set.copyOf(Lexicon.words("/io/daybrief/analysis/non-speakers.txt"));
    /** Words that open a sentence before its subject ("Speaking at the quay, ..."): alone, never a speaker. */
    private static final Set<String> OPENERS = Set.copyOf(Lexicon.words("/io/daybrief/analysis/opening-words.txt"));

    private Speakers() {
    }

    /**
     * Who speaks through a piece of writing named as its owner's: "TNO's report" and "the ministry's statement"
     * are their owner's words, so the owner is the speaker ("TNO"); any other speaker as it was found.
     */
    static String owner(String speaker) {
        String stripped = speaker.strip();
        int headStart = lastWordStart(stripped);
        String head = stripped.substring(headStart).toLowerCase(Locale.ROOT);
        if (headStart == 0 || !THINGS.contains(head)) {
            return speaker;
        }
        String before = stripped.substring(0, headStart).strip();
        for (String mark : new String[] {"'s", "\u2019s", "s'", "s\u2019"}) {
            if (before.endsWith(mark)) {
                return before.substring(0, before.length() - (mark.startsWith("s") ? 1 : 2)).strip();
            }
        }
        return speaker;
    }

    /**
     * Whether a speaker as found cannot be one: its head word is a time, or a thing that does not speak, or it is
     * one word that opens sentences ("Speaking", "According").
     */
    static boolean isImplausible(String speaker) {
        String stripped = speaker.strip();
        String head = headWord(stripped.substring(lastWordStart(stripped)));
        if (TIMES.contains(head) || stripped.indexOf(' ') < 0 && OPENERS.contains(head)) {
            return true;
        }
        boolean described = Character.isLowerCase(stripped.codePointAt(0));
        return described && THINGS.contains(head);
    }

    /** Whether a word, in any case, names a thing that does not speak ("Video", "report"). */
    static boolean isThing(String word) {
        return THINGS.contains(headWord(word.strip()));
    }

    /** Where the last word of a stripped phrase starts (0 for a phrase of one word). */
    private static int lastWordStart(String stripped) {
        int start = stripped.length();
        while (start > 0 && !Character.isWhitespace(stripped.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** A word in lower case with what is not a letter, an apostrophe or a hyphen taken out. */
    private static String headWord(String word) {
        StringBuilder head = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp) || cp == '\'' || cp == '\u2019' || cp == '-') {
                head.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return head.toString();
    }
}
