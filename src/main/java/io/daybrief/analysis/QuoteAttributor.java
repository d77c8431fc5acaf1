package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotations in a text and attributes each to its speaker.
 *
 * <p>Cues are looked for after the closing mark ({@code "…," said X}, {@code "…," X said}), before the opening
 * mark ({@code X said: "…"}, {@code according to X}), and in relayed speech ({@code quoted X as saying}, where
 * the speaker is X and not the broadcaster). A quote without a cue continues the previous speaker's words when
 * it follows them closely; pronouns go to the last person who spoke. Quotes no one can be found to have said
 * are left out, as are short capitalised ones (names, nicknames, titles of works). A grammar of cues: long by
 * nature, so kept in one place.
 */
final class QuoteAttributor {

    private static final String VERB = "(said|says|say|added|adds|told|tells|wrote|writes|explained|noted|warned|"
            + "insisted|argued|stated|declared|asked|tweeted|posted|continued|replied|stressed|acknowledged|announced|"
            + "claimed|recalled|admitted|conceded|cautioned|urged|predicted|suggested|observed|remarked|countered|"
            + "complained|confirmed|described|called|quipped|vowed|pledged|promised|estimated|concluded|maintained|"
            + "responded|answered|explains|adding|saying|writing)";
    /** Words that may stand between a speaker and the verb: "she had then tweeted". */
    private static final String ADVERBS = "(?:(?:also|later|then|has|had|have|once|previously|again|further|"
            + "repeatedly|earlier|quickly|simply)\\s+){0,3}";
    private static final String PRONOUN = "(?:he|she|they|He|She|They)";
    private static final String DESCRIPTION_BEFORE = "(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)"
            + "\\s+(?:[\\p{L}\\p{M}\u2019'\\-]+\\s+){0,6}?[\\p{L}\\p{M}\u2019'\\-]+";
    private static final String DESCRIPTION_AFTER = "(?:the|a|an|one|another|two|three|several)\\s+[^,.;:!?\"\u201C\u201D\n]{1,80}";
    private static final String APPOSITIVE = "(?:,\\s*([^,\"\u201C\u201D]{2,90}?),)?";
    /** After "said Name", an appositive may close the sentence: "said Ana Ruiz, the mayor." */
    private static final String CLOSING_APPOSITIVE = "(?:,\\s*([^,\"\u201C\u201D]{2,90}?)(?:,|\\.|$))?";
    private static final String OBJECT = "(?:\\s+(?:(?:the|a|an|on|in)\\s+)?(?:reporters|journalists|Reuters|AFP|AP|"
            + "lawmakers|parliament|supporters|the\\s+\\p{Lu}\\p{L}+|\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}\\p{L}+){0,2}|X|"
            + "Facebook|Instagram|social\\s+media|[\\p{L}]+))?";

    private static final Pattern AFTER_VERB_FIRST = Pattern.compile("^[\\s,\u2014\u2013-]*" + VERB + "\\s+("
            + "(?:\\p{Lu}[\\p{L}.]*\\s+)*?" + Names.NAME + "|" + DESCRIPTION_AFTER + ")" + CLOSING_APPOSITIVE);
    private static final Pattern AFTER_SPEAKER_FIRST = Pattern.compile("^[\\s,\u2014\u2013-]*(" + PRONOUN + "|" + Names.NAME
            + "|" + DESCRIPTION_BEFORE + ")" + APPOSITIVE + "\\s+" + ADVERBS
            + VERB + "\\b" + OBJECT);
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}])(" + PRONOUN + "|" + Names.NAME + "|"
            + DESCRIPTION_BEFORE + ")" + APPOSITIVE + ",?\\s+" + ADVERBS
            + VERB + "\\b" + OBJECT);
    private static final Pattern ACCORDING_TO = Pattern.compile("[Aa]ccording to (" + Names.NAME + "|"
            + DESCRIPTION_AFTER + ")" + APPOSITIVE);
    private static final Pattern RELAYED = Pattern.compile("quot(?:ed|ing) (?:(?:the\\s+)?(\\p{Lu}[\\p{L}.]*\\s+)*?)?("
            + Names.NAME + "|" + DESCRIPTION_AFTER + "?)" + APPOSITIVE + " as saying");
    private static final Pattern MENTIONS_SOMEONE = Pattern.compile("(?<![\\p{L}])(?:" + PRONOUN + "|"
            + Names.NAME + ")(?![\\p{L}])|\\b(?:the|a|an)\\s+\\p{L}+\\s+" + VERB + "\\b");
    private static final Pattern TRAILING_CIRCUMSTANCE = Pattern.compile("\\s+(?:on|in|at|during|after|before|late|"
            + "early|last|this|yesterday|today|tonight|when|while|who|adding|according|as|to|from)\\b.*$");
    private static final Pattern ROLE_WORDS = Pattern.compile("(?i)\\b(minister|spokes\\w+|chief|director|president|"
            + "head|secretary|official|executive|leader|chair\\w*|adviser|advisor|analyst|economist|professor|mayor|"
            + "governor|founder|manager|officer|lawyer|attorney|commander|ambassador|envoy|member|senator|"
            + "representative|researcher|scientist|owner|editor|coach|captain|general|judge|deputy|resident|"
            + "worker|farmer|teacher|doctor|nurse|student|organiser|organizer|coordinator|campaigner|activist)\\b");

    private QuoteAttributor() {
    }

    static List<Quote> attribute(String text, List<Sentence> sentences) {
        List<QuoteSpan> spans = QuoteMarks.find(text);
        Context context = new Context(text, sentences);
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        int previousEnd = -1;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan span = spans.get(i);
            int nextOpen = i + 1 < spans.size() ? spans.get(i + 1).open() : text.length();
            int lastClose = i > 0 ? spans.get(i - 1).after() : 0;
            String quoted = text.substring(span.textStart(), span.textEnd());
            Optional<Attribution> found = context.cueFor(span, lastClose, nextOpen);
            Quote quote = null;
            if (found.isPresent()) {
                Attribution cue = found.get();
                String speaker = context.resolve(cue.speaker(), span.open(), previous);
                if (speaker != null) {
                    quote = new Quote(quoted, speaker, context.roleOf(speaker, cue.role()), cue.cue(),
                            span.textStart(), span.textEnd());
                }
            } else if (found.isEmpty() && previous != null && context.continues(previousEnd, span)
                    && wordCount(quoted) >= 3) {
                quote = new Quote(quoted, previous.speaker(), previous.speakerRole(), previous.cue(),
                        span.textStart(), span.textEnd());
            }
            if (quote != null && !looksLikeName(quoted)) {
                quotes.add(quote);
                context.spoke(quote.speaker(), span.after());
                previous = quote;
                previousEnd = span.after();
            }
        }
        return quotes;
    }

    /** A cue as found: the speaker as written, a role stated beside it, and the cue words. */
    record Attribution(String speaker, String role, String cue) {
    }

    private static boolean looksLikeName(String quoted) {
        String[] words = quoted.trim().split("\\s+");
        if (words.length > 4) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !List.of("of", "the", "and", "a", "in")
                    .contains(word)) {
                return false;
            }
        }
        return !quoted.trim().matches(".*[.!?,]$");
    }

    static int wordCount(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** What is known of the text while its quotes are attributed, in order. */
    private static final class Context {
        private final String text;
        private final List<Sentence> sentences;
        private final List<Names.Mention> names;
        private final List<int[]> paragraphs = new ArrayList<>();
        private String lastPerson;
        private int lastPersonAt = -1;
        private String lastGroup;

        Context(String text, List<Sentence> sentences) {
            this.text = text;
            this.sentences = sentences;
            this.names = Names.multiWordNames(text);
            Matcher breaks = Pattern.compile("\\n[ \\t\\r]*\\n\\s*").matcher(text);
            int start = 0;
            while (breaks.find()) {
                paragraphs.add(new int[] {start, breaks.start()});
                start = breaks.end();
            }
            paragraphs.add(new int[] {start, text.length()});
        }

        Optional<Attribution> cueFor(QuoteSpan span, int lastClose, int nextOpen) {
            int sentenceStart = Math.max(lastClose, sentenceAt(span.open()).start());
            int sentenceEnd = Math.min(nextOpen, Math.max(sentenceAt(Math.max(span.after() - 1, 0)).end(), span.after()));
            String before = text.substring(Math.min(sentenceStart, span.open()), span.open());
            String after = text.substring(span.after(), Math.max(span.after(), sentenceEnd));
            return relayed(before + " " + after)
                    .or(() -> afterCue(after))
                    .or(() -> accordingTo(before + " " + after))
                    .or(() -> beforeCue(before));
        }

        private Sentence sentenceAt(int offset) {
            for (Sentence sentence : sentences) {
                if (offset < sentence.end()) {
                    return sentence;
                }
            }
            return new Sentence("", text.length(), text.length());
        }

        private static Optional<Attribution> relayed(String around) {
            Matcher m = RELAYED.matcher(around);
            return m.find() ? Optional.of(new Attribution(clean(m.group(2)), m.group(3), "quoted as saying")) : Optional.empty();
        }

        private static Optional<Attribution> accordingTo(String around) {
            Matcher m = ACCORDING_TO.matcher(around);
            return m.find() ? Optional.of(new Attribution(clean(m.group(1)), m.group(2), "according to")) : Optional.empty();
        }

        private static Optional<Attribution> afterCue(String after) {
            Matcher verbFirst = AFTER_VERB_FIRST.matcher(after);
            if (verbFirst.find()) {
                return Optional.of(new Attribution(clean(verbFirst.group(2)), verbFirst.group(3), verbFirst.group(1)));
            }
            Matcher speakerFirst = AFTER_SPEAKER_FIRST.matcher(after);
            if (speakerFirst.find()) {
                return Optional.of(new Attribution(clean(speakerFirst.group(1)), speakerFirst.group(2),
                        cue(speakerFirst.group(3), after, speakerFirst.end(3))));
            }
            return Optional.empty();
        }

        private static Optional<Attribution> beforeCue(String before) {
            Matcher m = BEFORE.matcher(before);
            Attribution last = null;
            while (m.find()) {
                last = new Attribution(clean(m.group(1)), m.group(2), cue(m.group(3), before, m.end(3)));
            }
            return Optional.ofNullable(last);
        }

        private static String cue(String verb, String source, int verbEnd) {
            if (!verb.equals("told") && !verb.equals("wrote") && !verb.equals("tells") && !verb.equals("writes")) {
                return verb;
            }
            Matcher object = Pattern.compile("^\\s+((?:on\\s+|in\\s+|the\\s+|a\\s+)?[\\p{L}]+(?:\\s+\\p{Lu}\\p{L}+){0,2})")
                    .matcher(source.substring(Math.min(verbEnd, source.length())));
            return object.find() ? verb + " " + object.group(1) : verb;
        }

        private static String clean(String speaker) {
            String s = TRAILING_CIRCUMSTANCE.matcher(speaker.trim()).replaceFirst("");
            return s.replaceAll("[\\s,]+$", "");
        }

        /** Turns a speaker as written into the fullest name the text gives, or null when it cannot be known. */
        String resolve(String speaker, int at, Quote previous) {
            if (speaker.matches(PRONOUN)) {
                String lower = speaker.toLowerCase(Locale.ROOT);
                if (lower.equals("they")) {
                    return lastGroup;
                }
                return latestPersonBefore(at);
            }
            char first = speaker.charAt(0);
            if (Character.isLowerCase(first) || speaker.matches("(?:The|A|An|One|Another|Two|Three|Several)\\s.*")) {
                return lowerFirst(speaker);
            }
            String name = Names.splitTitle(speaker).name();
            return fullest(name);
        }

        private static String lowerFirst(String description) {
            return Character.toLowerCase(description.charAt(0)) + description.substring(1);
        }

        private String fullest(String name) {
            String best = name;
            String last = Names.lastWord(name);
            for (Names.Mention mention : names) {
                String candidate = mention.name();
                if (Names.lastWord(candidate).equals(last) && candidate.length() > best.length()
                        && candidate.contains(name.contains(" ") ? name.substring(0, name.indexOf(' ')) : last)) {
                    best = candidate;
                }
            }
            return best;
        }

        /**
         * The person a "he" or "she" before {@code at} most likely points to: whoever was named or quoted last,
         * since reporting introduces a speaker ("Minister X said ...") just before "She added: ...".
         */
        private String latestPersonBefore(int at) {
            String found = lastPerson;
            int foundAt = lastPersonAt;
            for (Names.Mention mention : names) {
                if (mention.offset() < at && mention.offset() > foundAt && !Names.isOrganisation(mention.name())) {
                    found = fullest(mention.name());
                    foundAt = mention.offset();
                }
            }
            return found;
        }

        String roleOf(String speaker, String statedRole) {
            if (statedRole != null && ROLE_WORDS.matcher(statedRole).find()) {
                return statedRole.trim();
            }
            for (Names.Mention mention : names) {
                if (mention.name().equals(speaker) && mention.role() != null) {
                    return mention.role();
                }
            }
            Matcher appositive = Pattern.compile(Pattern.quote(speaker) + ",\\s*([^,\"\u201C\u201D]{3,90}?),").matcher(text);
            while (appositive.find()) {
                if (ROLE_WORDS.matcher(appositive.group(1)).find()) {
                    return appositive.group(1).trim();
                }
            }
            return null;
        }

        void spoke(String speaker, int at) {
            boolean description = Character.isLowerCase(speaker.charAt(0));
            if (description || Names.isOrganisation(speaker)) {
                lastGroup = speaker;
            } else {
                lastPerson = speaker;
                lastPersonAt = at;
            }
        }

        /**
         * Whether a quote continues the previous one: it follows within a paragraph and opens its sentence, since
         * words before it in the sentence that we could not read as a cue may well name someone else.
         */
        boolean continues(int previousEnd, QuoteSpan span) {
            int sentenceStart = Math.max(previousEnd, sentenceAt(span.open()).start());
            String before = text.substring(Math.min(sentenceStart, span.open()), span.open());
            return previousEnd >= 0 && paragraphOf(span.open()) - paragraphOf(previousEnd) <= 1
                    && !MENTIONS_SOMEONE.matcher(before).find();
        }

        private int paragraphOf(int offset) {
            for (int i = 0; i < paragraphs.size(); i++) {
                if (offset <= paragraphs.get(i)[1]) {
                    return i;
                }
            }
            return paragraphs.size() - 1;
        }
    }
}
