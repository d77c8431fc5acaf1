package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotations in a text and attributes each to its speaker.
 *
 * <p>Cues are looked for in the quote's sentence with the quotations themselves masked out: after the closing
 * mark ({@code "…," said X}, {@code "…," X said}), before the opening mark ({@code X said: "…"}, {@code according
 * to X}), and in relayed speech ({@code quoted X as saying}: the speaker is X, not the broadcaster). A quote with
 * no cue continues the previous speaker's words when it follows them closely and nothing between names anyone
 * else. Pronouns go to the last person named as a possible subject; "it" and "the agency" to the organisation
 * last named; "the email said" to whoever sent the email. Quotes nobody can be found to have said are left out,
 * as are short capitalised ones (names, nicknames, titles of works). A grammar of cues: long by nature, so kept
 * in one place.
 */
final class QuoteAttributor {

    /** The speech verbs, from {@code speech-verbs.txt}: one list, from which every cue pattern is built. */
    private static final List<String> SPEECH_VERBS = Lexicon.words("/io/daybrief/analysis/speech-verbs.txt");
    private static final String VERB = "(" + String.join("|", SPEECH_VERBS) + ")";
    /** Words that may stand between a speaker and the verb: "she had then tweeted". */
    private static final String ADVERBS = "(?:(?:also|later|then|has|had|have|once|previously|again|further|"
            + "repeatedly|earlier|quickly|simply|would|will|had\\s+been|has\\s+been|recently|publicly|often|"
            + "privately|angrily|flatly|bluntly)\\s+){0,3}";
    private static final String PRONOUN = "(?:he|she|they|it|He|She|They|It)";
    private static final String POSSESSIVE_NOUN = "(?:['\u2019]s\\s+\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2})?";
    /** A name, optionally after an organisation and lower-case role words: "Prudential insurance analyst Jay Gelb". */
    private static final String NAMED = "(?:" + Names.NAME + "\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,3})?" + Names.NAME
            + POSSESSIVE_NOUN;
    private static final String DESCRIPTION = "(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|"
            + "[Mm]any)\\s+(?:[\\p{L}\\p{M}\u2019'\\-]+\\s+){0,6}?[\\p{L}\\p{M}\u2019'\\-]+";
    /** A name after lower-case role words: "chief executive Lowell McAdam", "company CEO Andy Vesey". */
    private static final String ROLE_THEN_NAME = "(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}" + Names.NAME;
    /** An honorific before a name ("Mr. Hanson said"): not part of the speaker. */
    private static final String HONORIFIC = "(?:(?:Mr|Mrs|Ms|Dr|Miss)\\.?\\s+)?";
    /** A title with "of" or "for" in it before a name: "Secretary of State Ana Ruiz", "Minister for Health X". */
    private static final Pattern TITLE_OF_FIELD = Pattern.compile("\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*"
            + "\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,4}");
    /** Role words before a name after the verb ("said co-founder Ana Ruiz"), not a circumstance ("said in ..."). */
    private static final Pattern INVERTED_ROLE_THEN_NAME = Pattern.compile("((?:(?!(?:in|on|at|to|for|with|from|by|of"
            + "|that|this|after|before|during|when|while|as|and|but|so|then|later|also|again|the|a|an)\\b)"
            + "\\p{Ll}[\\p{L}-]*\\s+){1,3})(" + Names.NAME + ")");
    private static final String SUBJECT = "(" + PRONOUN + "|" + NAMED + "|" + DESCRIPTION + "|" + ROLE_THEN_NAME + ")";
    private static final String APPOSITIVE = "(?:,\\s*([^,\"\u201C\u201D]{2,120}?),)?";
    private static final String OBJECT = "(?:\\s+(?:(?:the|a|an|on|in)\\s+)?(?:reporters|journalists|lawmakers|"
            + "parliament|supporters|\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}\\p{L}+){0,2}|social\\s+media|[\\p{L}]+))?";

    /** The speaker after the verb runs to the first stop, though not the stop of an initial ("Ivo C. Brandt"). */
    private static final Pattern AFTER_VERB_FIRST = Pattern.compile("^[\\s,\u2014\u2013-]*" + VERB
            + "\\s+((?:[^,.;:!?\"\u201C\u201D\n]|(?<=[\\s.]\\p{Lu})\\.(?=\\s?\\p{Lu})){1,120})(?:,\\s*([^,.\"\u201C\u201D]{2,90}?)(?:,|\\.|$))?");
    private static final Pattern AFTER_SUBJECT_FIRST = Pattern.compile("^[\\s,\u2014\u2013-]*" + HONORIFIC + SUBJECT + APPOSITIVE
            + ",?\\s+" + ADVERBS + VERB + "\\b" + OBJECT);
    /** An attribution that closes its sentence applies to every quote in it: ', Minister Ana Ruiz said.' */
    private static final Pattern SENTENCE_FINAL = Pattern.compile("[,\"\u201D\u2019]+\\s+" + HONORIFIC + SUBJECT + APPOSITIVE + ",?\\s+" + ADVERBS
            + VERB + "\\b[^,;\"\u201C\u201D]{0,80}$");
    /** "Canova 'bristled' and said, '...'": a speaker, a short predicate, and a speech verb right before the quote. */
    private static final Pattern COORDINATED_BEFORE = Pattern.compile("(?<![\\p{L}'\u2019])" + SUBJECT
            + "\\s+[^,.;:]{1,60}?\\s+and\\s+" + ADVERBS + VERB + "[,:]?\\s*$");
    private static final Pattern ADJACENT_END = Pattern.compile("\\b" + VERB + "\\b" + OBJECT
            + "(?:\\s+(?:during|at|on|in|after|before|last|this|earlier|later)\\b[^,.;:!?\"\u201C\u201D]{0,40})?\\s*[,:]?\\s*$");
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}'\u2019])" + SUBJECT + APPOSITIVE + ",?\\s+"
            + ADVERBS + VERB + "\\b" + OBJECT);
    private static final Pattern ACCORDING_TO = Pattern.compile("[Aa]ccording to (" + NAMED + "|" + DESCRIPTION
            + "|" + ROLE_THEN_NAME + ")" + APPOSITIVE);
    private static final Pattern RELAYED = Pattern.compile("quot(?:ed|ing) (?:[^,.;:\"\u201C\u201D]{0,60}?\\s)?("
            + NAMED + "|" + DESCRIPTION + ")" + APPOSITIVE + " as saying");
    private static final Set<String> VERB_WORDS = Set.copyOf(SPEECH_VERBS);
    private static final Set<String> ADVERB_WORDS = Set.of("also", "later", "then", "has", "had", "have", "once",
            "previously", "again", "further", "repeatedly", "earlier", "quickly", "simply", "would", "will",
            "recently", "publicly", "often", "privately", "angrily", "flatly", "bluntly", "been");
    private static final Pattern MENTIONS_SOMEONE = Pattern.compile("(?<![\\p{L}])(?:" + PRONOUN + "|"
            + Names.NAME + ")(?![\\p{L}])|\\b(?:the|a|an)\\s+\\p{L}+\\s+" + VERB + "\\b");
    /** An organisation named with "of": "the Bank of Veyra", "University of Harlow", "Department of Health". */
    private static final Pattern ORGANISATION_OF = Pattern.compile("(?:[Tt]he\\s+)?((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+)*"
            + "\\p{Lu}[\\p{L}.'\u2019-]*)\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*)*");
    private static final Pattern TRAILING_CIRCUMSTANCE = Pattern.compile("\\s+(?:on|in|at|during|after|before|late|"
            + "early|last|this|yesterday|today|tonight|when|while|who|which|adding|according|as|to|from|with|"
            + "and|but|because|if|that|of|since|about|for)\\b.*$");
    private static final Pattern DESCRIPTION_CIRCUMSTANCE = Pattern.compile("\\s+(?:on|at|during|after|before|"
            + "late|early|last|this|yesterday|today|tonight|when|while|who|which|adding|according|as|to|from|"
            + "and|but|because|if|that|since|in\\s+(?:a|an|the|its|his|her|their)\\s+(?:statement|update|"
            + "interview|report|email|letter|post|video|speech|briefing|filing|tweet))\\b.*$");
    private static final Pattern CAPITALISED_RUN = Pattern.compile(Names.NAME);
    /** After a quotation that makes a paragraph: a dash, the name, perhaps a role, and nothing else on the line. */
    private static final Pattern SIGNATURE = Pattern.compile("\\s*(?:[\u2015\u2014\u2013]|--?)\\s*(" + Names.NAME
            + ")(,\\s*[^,.\"\u201C\u201D]{2,80})?\\.?\\s*");
    /** How many characters a signature after a quotation can take, dash, name and role. */
    private static final int SIGNATURE_LONGEST = 160;
    /** A speaker's name in capitals and a colon opening a quoted line of a transcript. */
    private static final Pattern TRANSCRIPT_LABEL = Pattern.compile("\\s*(\\p{Lu}[\\p{Lu}'\u2019.-]+(?: \\p{Lu}[\\p{Lu}'\u2019.-]+){0,2}):\\s");
    private static final Pattern OF_INSIDE = Pattern.compile("\\s(?:of|for)\\s");
    /** Lower-case role words and then a name, right after a name: " governor Ana Ruiz" in "Veyra governor Ana Ruiz". */
    private static final Pattern LOWER_WORDS_THEN_NAME = Pattern.compile("(\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,3})("
            + Names.NAME + ")");
    /**
     * An appositive that describes a person ("a lecturer at Veyra University", "the harbour's new owner"): an
     * article, a few words, no clause, nothing about time.
     */
    private static final Pattern DESCRIBED_ROLE = Pattern.compile("(?:a|an|the)\\s+(?!(?:day|week|month|year|time|"
            + "morning|evening|night|same|first|last|next|other)\\b)[\\p{L}\u2019'-]+(?:\\s+(?!(?:who|which|that|"
            + "when|where|said|says|is|was|were|has|had)\\b)[\\p{L}\u2019'.-]+){0,7}");
    private static final Pattern ROLE_WORDS = Pattern.compile("(?i)\\b(minister|spokes\\w+|chief|director|president|"
            + "head|secretary|official|executive|leader|chair\\w*|adviser|advisor|analyst|economist|professor|mayor|"
            + "governor|founder|manager|officer|lawyer|attorney|commander|ambassador|envoy|member|senator|"
            + "representative|researcher|scientist|owner|editor|coach|captain|general|judge|deputy|resident|"
            + "worker|farmer|teacher|doctor|nurse|student|organiser|organizer|coordinator|campaigner|activist|"
            + "hydrologist|skipper|expert|strategist|counsel|correspondent|partner|fellow|nominee|candidate)\\b");
    /** A phrase that opens a sentence before its subject: "During a speech in Lusk, ", "Following the vote, ". */
    private static final Pattern OPENING_PHRASE = Pattern.compile("[\\s\"\u201C\u201D]*(?:During|Following|After|Before|"
            + "At|In|On|Speaking|Addressing|Asked|Earlier|Later|Last|This)\\b[^,.;:!?]{1,80},\\s*");
    /** Lower-case words of a role between an adjective and a name: " party nominee ". */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile("(?:\\s+\\p{Ll}[\\p{L}-]*){1,3}\\s+");
    private static final Set<String> COPULAS = Set.of("was", "is", "were", "are", "be", "been", "being", "as", "became",
            "becomes", "remains", "remained", "seemed", "and");
    private static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "email", "e-mail", "report", "letter",
            "release", "post", "tweet", "update", "filing", "memo", "document", "note", "message", "notice",
            "announcement", "communique", "website", "blog", "study", "survey", "ruling", "judgment", "complaint",
            "lawsuit", "indictment", "petition", "editorial", "advert", "advertisement", "leaflet", "video");
    private static final Set<String> ORGANISATION_NOUNS = Set.of("agency", "company", "firm", "ministry", "department",
            "government", "group", "panel", "committee", "commission", "council", "union", "party", "campaign",
            "bank", "board", "authority", "institute", "court", "police", "army", "military", "office",
            "organisation", "organization", "administration", "team", "club", "embassy", "regulator", "operator",
            "airline", "insurer", "lender", "watchdog", "charity", "coalition", "alliance", "force", "service",
            "network", "broadcaster", "newspaper", "university", "hospital", "association", "body");
    private static final int WINDOW = 400;
    /** The most words a sentence that only attributes the quotation before it has ("Mr. Ruiz said in an interview."). */
    private static final int ATTRIBUTION_WORDS = 10;
    /** Fuller forms of one description kept per text; only the first ones can be the fullest before a quote. */
    private static final int MAX_DESCRIPTIONS = 64;
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile(
            "^(?:The\\s+)?((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){1,4}(?:\\p{Ll}+)?)");
    private static final Set<String> NAME_LINKS = Set.of("of", "the", "and", "a", "in");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "another", "some", "two", "three",
            "several", "many");
    private static final Pattern CUE_OBJECT = Pattern.compile(
            "^\\s+((?:on\\s+|in\\s+|the\\s+|a\\s+)?[\\p{L}]+(?:\\s+\\p{Lu}\\p{L}+){0,2})");
    /** The longest appositive read after a name: ", a lecturer at the Harlow college," */
    private static final int LONGEST_APPOSITIVE = 90;
    private static final Pattern PERSON_NAME = Pattern.compile(Names.NAME);
    private static final Pattern PRONOUN_ONLY = Pattern.compile(PRONOUN);
    /** A sentence that opens with a pronoun as its subject: "She backed the plan, saying ...". */
    private static final Pattern OPENING_PRONOUN = Pattern.compile("[\\s\"\u201C\u201D]*(He|She|They)\\b");
    private static final Pattern ENDS_IN_LIST = Pattern.compile("\\s(?:and|or)(?:\\s.*)?$");
    private static final Pattern POSSESSED_NOUN = Pattern.compile("['\u2019]s\\s+\\p{Ll}");
    private static final Pattern OF_TAIL = Pattern.compile("\\s+(?:of|for|at|in|from|with|on|to|monitoring|who|which)\\s.*$");

    /**
     * Where the paragraph break that starts with the line end at {@code lineEnd} ends (a line end, blank space, a
     * second line end and any white space after it), or {@code lineEnd} when no blank line follows.
     */
    static int paragraphBreakEnd(String text, int lineEnd) {
        int i = lineEnd + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '\n') {
            return lineEnd;
        }
        i++;
        while (i < text.length() && Words.isPatternSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The appositive set off by commas at {@code at} (", a lecturer at the Harlow college,"), trimmed: three to
     * {@value #LONGEST_APPOSITIVE} characters up to the next comma with no quotation mark between; or null.
     */
    static String appositiveAt(String text, int at) {
        if (at >= text.length() || text.charAt(at) != ',') {
            return null;
        }
        int from = at + 1;
        int blank = from;
        while (blank < text.length() && Words.isPatternSpace(text.charAt(blank))) {
            blank++;
        }
        int limit = Math.min(text.length(), blank + LONGEST_APPOSITIVE + 1);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return null;
            }
            if (c == ',') {
                return i - from >= 3 ? text.substring(from, i).trim() : null;
            }
        }
        return null;
    }

    private QuoteAttributor() {
    }

    /** The mentions of a text whose quotations are masked, knowing which of them are someone speaking. */
    static Mentions mentions(String masked) {
        return new Mentions(masked, QuoteAttributor::speechVerbFollows);
    }

    /**
     * Whether a speech verb follows {@code at}: after an optional appositive (", the mayor,"), a comma and up to
     * three adverbs. Done by hand, not with a regular expression, since it runs for every name in every article.
     */
    static boolean speechVerbFollows(String text, int at) {
        int i = at;
        if (i < text.length() && text.charAt(i) == ',') {
            int close = closingComma(text, i + 1);
            i = close >= 0 && close - i > 2 && !isVerbWordAt(text, skipSpaces(text, i + 1)) ? close + 1 : i + 1;
        }
        for (int adverbs = 0; adverbs <= 3; adverbs++) {
            int start = skipSpaces(text, i);
            if (start == i) {
                return false; // words are separated by white space
            }
            int end = wordEnd(text, start);
            String word = text.substring(start, end);
            if (VERB_WORDS.contains(word)) {
                return true;
            }
            if (!ADVERB_WORDS.contains(word)) {
                return false;
            }
            i = end;
        }
        return false;
    }

    /** Whether any word of the text is a speech verb. */
    static boolean hasSpeechVerb(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLowerCase(text.charAt(i))) {
                i++;
            }
            int end = wordEnd(text, i);
            if (end > i && (i == 0 || !Character.isLetter(text.charAt(i - 1))) && VERB_WORDS.contains(text.substring(i, end))) {
                return true;
            }
            i = Math.max(end, i + 1);
        }
        return false;
    }

    private static boolean isVerbWordAt(String text, int start) {
        return VERB_WORDS.contains(text.substring(start, wordEnd(text, start)));
    }

    private static int closingComma(String text, int from) {
        int limit = Math.min(text.length(), from + 120);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                return i;
            }
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The speaker model for quotations no cue attributes, fitted on labelled articles (eval --fit-speakers). */
    private static final Logistic SPEAKERS = Logistic.load("/io/daybrief/analysis/speaker-model.properties");
    /**
     * Below this probability a quotation with no cue is left out rather than given a likely speaker: the value
     * that gave the best attributed-quote F1 on the training articles (eval --gold polnear/train; 0.2, 0.25 and 0.3
     * tried: 0.879, 0.880, 0.876).
     */
    static final double SPEAKER_THRESHOLD = 0.25;
    /** Prefix of the keep model's features, kept in the same weights file as the speaker model's. */
    static final String KEEP = "keep:";
    /**
     * A quotation the speaker model is not sure of is still given (with that low confidence, so no briefing shows
     * it) when the keep model's probability is at least this: the one that gives the best sum of quote F1 and
     * attributed-quote F1 on the training articles, both being targets (eval --gold polnear/train: 0.5, 0.55, 0.6,
     * 0.65 and 0.7 gave quote F1 0.961, 0.960, 0.957, 0.953, 0.949 and attributed-quote F1 0.890, 0.893, 0.895,
     * 0.897, 0.899).
     */
    static final double KEEP_THRESHOLD = 0.55;
    /** The most mentions read on either side of a quotation for its speaker: the nearest are the likely ones. */
    private static final int CANDIDATE_MENTIONS = 12;
    /** How sure a cue beside a quotation is, and a quotation carried on from the previous one with no cue. */
    private static final double CUED = 0.95;
    private static final double CARRIED = 0.85;
    /**
     * A cue whose subject is a description ("the spokesman said", "officials told reporters"), not a name: the
     * description stands for someone the article may name nearby, so it is one candidate for the speaker model.
     */
    private static final String DESCRIBED = "a description in the cue";
    /** Words before a short capitalised phrase in marks that make it a title: "on", "the book", "the show". */
    private static final Set<String> TITLE_LEADS = Set.copyOf(Lexicon.words("/io/daybrief/analysis/title-leads.txt"));
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("the", "of", "and", "a", "an", "in", "on", "to", "for",
            "with", "at", "by", "from", "or");
    private static final int LONGEST_TITLE = 7;
    private static final Pattern NOT_OF_A_WORD = Pattern.compile("[^\\p{L}\\p{N}'\u2019-]");

    /**
     * Whether a quotation is the title of a programme or a work, not words anyone said: a short phrase of capitalised
     * words ("Harbour Tonight", "Tides of Veyra") just after "on", "book", "show" and the like, or a possessive
     * ("Lantern TV's").
     */
    static boolean isTitleOfWork(String text, QuoteSpan span) {
        List<String> words = Words.split(text.substring(span.textStart(), span.textEnd()));
        if (words.isEmpty() || words.size() > LONGEST_TITLE || !Character.isUpperCase(words.get(0).codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            String bare = NOT_OF_A_WORD.matcher(word).replaceAll("");
            if (!bare.isEmpty() && !Character.isUpperCase(bare.codePointAt(0)) && !Character.isDigit(bare.codePointAt(0))
                    && !TITLE_SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String before = text.substring(Math.max(0, span.open() - 40), span.open()).stripTrailing();
        String last = Words.last(before);
        String lower = last.toLowerCase(Locale.ROOT);
        return TITLE_LEADS.contains(lower) || lower.endsWith("'s") || lower.endsWith("\u2019s");
    }

    /** Rules whose speaker is one candidate among others for the speaker model, not the last word. */
    private static final java.util.Set<String> WEAK_RULES = java.util.Set.of("cue earlier in the sentence", "carried on",
            DESCRIBED);

    static List<Quote> attribute(String text, List<Sentence> sentences, List<QuoteSpan> spans, String masked,
                                 Mentions mentions) {
        return attribute(text, sentences, spans, masked, mentions, SPEAKERS, null);
    }

    /**
     * What attribution leaves aside, for fitting: {@code uncued} gets every quotation with no cue and its
     * candidates, as the rules leave it (no speaker guessed); {@code unsure}, when not null, every quotation the
     * speaker model was not sure of, with its likeliest speaker described by the features of the keep model
     * (nothing is then kept).
     */
    record Collected(List<SpeakerTraining.Uncued> uncued, List<SpeakerTraining.Uncued> unsure) {
    }

    /**
     * Attributes each quotation by its cue, else as the continuation of the previous quote, else (when the model
     * is sure enough) to the likeliest speaker among the people and organisations around it. When {@code
     * uncued} is not null, every quotation left without a cue is added to it with its candidates (for fitting).
     */
    static List<Quote> attribute(String text, List<Sentence> sentences, List<QuoteSpan> spans, String masked,
                                 Mentions mentions, Logistic speakers, Collected collected) {
        List<SpeakerTraining.Uncued> uncued = collected == null ? null : collected.uncued();
        List<SpeakerTraining.Uncued> unsure = collected == null ? null : collected.unsure();
        Context context = new Context(text, sentences, masked, mentions);
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        int previousEnd = -1;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan span = spans.get(i);
            if (isTitleOfWork(text, span)) {
                continue;
            }
            int nextOpen = i + 1 < spans.size() ? spans.get(i + 1).open() : text.length();
            String quoted = text.substring(span.textStart(), span.textEnd());
            Optional<Attribution> found = context.cueFor(span, nextOpen);
            Quote quote = null;
            if (found.isPresent()) {
                Attribution cue = found.get();
                Speaker speaker = context.resolve(cue, span.open(), previous);
                if (speaker != null) {
                    speaker = new Speaker(Speakers.owner(speaker.name()), speaker.role());
                }
                if (speaker != null && !speaker.name().isBlank() && !Speakers.isImplausible(speaker.name())) {
                    quote = new Quote(quoted, speaker.name(), speaker.role(), cue.cue(), span.textStart(),
                            span.textEnd(), CUED, Character.isLowerCase(speaker.name().codePointAt(0))
                            ? DESCRIBED : cue.rule());
                }
            } else if (previous != null && context.continues(previousEnd, span) && Words.count(quoted) >= 3) {
                quote = new Quote(quoted, previous.speaker(), previous.speakerRole(), previous.cue(),
                        span.textStart(), span.textEnd(), Math.min(CARRIED, previous.confidence()), "carried on");
            }
            // The weakest rules only propose a speaker: the model weighs it against the people around the quote.
            boolean proposed = quote != null && WEAK_RULES.contains(quote.decidedBy());
            // A cue whose subject is no speaker ("Following a late meeting, ...") leaves the quote to the model too,
            // which must then be sure of its speaker: the keep model is not asked.
            boolean unresolved = quote == null && found.isPresent();
            if ((quote == null || proposed) && !looksLikeName(quoted)) {
                List<SpeakerTraining.Candidate> candidates = context.speakerCandidates(span, previous, previousEnd,
                        proposed ? quote : null);
                if (uncued != null) {
                    uncued.add(new SpeakerTraining.Uncued(quoted, candidates));
                }
                SpeakerTraining.Candidate best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (SpeakerTraining.Candidate candidate : candidates) {
                    double score = speakers.score(candidate.features());
                    if (score > bestScore) {
                        best = candidate;
                        bestScore = score;
                    }
                }
                double p = 1 / (1 + Math.exp(-bestScore));
                // While examples are collected, a proposal stands as the rule made it, so that what follows it (the
                // previous speaker of the next quote) is the rules' and not a guess of weights not fitted yet.
                boolean collecting = uncued != null && unsure == null;
                if (best != null && (p >= SPEAKER_THRESHOLD || proposed) && !(collecting && proposed)) {
                    quote = new Quote(quoted, best.name(), best.role(), proposed && best.name().equals(quote.speaker())
                            ? quote.cue() : "", span.textStart(), span.textEnd(), Math.min(p, CUED),
                            "speaker model: " + String.join(" ", best.features().subList(Math.min(best.features()
                                    .size(), 1), best.features().size())));
                } else if (best != null && !proposed && !unresolved && (uncued == null || unsure != null)) {
                    // Not sure who said it: kept when the keep model finds it a quotation whose speaker the text
                    // leaves unnamed or the likeliest one, with the speaker's own low confidence.
                    List<String> keep = context.keepFeatures(span, best, p);
                    if (unsure != null) {
                        unsure.add(new SpeakerTraining.Uncued(quoted, List.of(new SpeakerTraining.Candidate(
                                best.name(), best.role(), keep))));
                    } else if (speakers.probability(keep) >= KEEP_THRESHOLD) {
                        quotes.add(new Quote(quoted, best.name(), best.role(), "", span.textStart(), span.textEnd(),
                                p, "keep model: " + String.join(" ", keep)));
                        continue;
                    }
                }
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
    record Attribution(String speaker, String role, String cue, int at, String rule) {

        Attribution(String speaker, String role, String cue, int at) {
            this(speaker, role, cue, at, "");
        }

        Attribution(String speaker, String role, String cue) {
            this(speaker, role, cue, -1, "");
        }

        Attribution at(int offset) {
            return new Attribution(speaker, role, cue, offset, rule);
        }

        /** The same attribution, named for the rule that found it. */
        Attribution by(String name) {
            return new Attribution(speaker, role, cue, at, name);
        }
    }

    /** A resolved speaker. */
    record Speaker(String name, String role) {
    }

    private static boolean looksLikeName(String quoted) {
        List<String> words = Words.split(quoted);
        if (words.size() > 4) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) && !NAME_LINKS.contains(word)) {
                return false;
            }
        }
        String trimmed = quoted.strip();
        return trimmed.isEmpty() || ".!?,".indexOf(trimmed.charAt(trimmed.length() - 1)) < 0;
    }

    /** What is known of the text while its quotes are attributed, in order. */
    private static final class Context {
        private final String text;
        private final String masked;
        private final int[] sentenceStarts;
        private final List<Sentence> sentences;
        private final Mentions mentions;
        private final List<int[]> paragraphs = new ArrayList<>();
        private final java.util.Map<String, Optional<String>> roles = new java.util.HashMap<>();
        private final java.util.Map<String, Integer> firstMentions = new java.util.HashMap<>();
        private final java.util.Map<String, List<Described>> descriptions = new java.util.HashMap<>();
        private String lastPerson;
        private int lastPersonAt = -1;
        private String lastGroup;
        private int lastGroupAt = -1;

        Context(String text, List<Sentence> sentences, String masked, Mentions mentions) {
            this.text = text;
            this.masked = masked;
            this.sentences = sentences;
            this.sentenceStarts = sentences.stream().mapToInt(Sentence::start).toArray();
            this.mentions = mentions;
            int start = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                int end = paragraphBreakEnd(text, i);
                if (end > i) {
                    paragraphs.add(new int[] {start, i});
                    start = end;
                    i = end - 1;
                }
            }
            paragraphs.add(new int[] {start, text.length()});
        }

        Optional<Attribution> cueFor(QuoteSpan span, int nextOpen) {
            // Quotations are masked, so the whole sentence before this one can be read, earlier quotes included.
            int sentenceStart = Math.max(sentenceAt(span.open()).start(), span.open() - WINDOW);
            int quoteSentenceEnd = attributionSentenceEnd(span, nextOpen);
            int sentenceEnd = Math.min(Math.min(nextOpen, Math.max(quoteSentenceEnd, span.after())),
                    span.after() + WINDOW);
            int beforeStart = Math.min(sentenceStart, span.open());
            String before = masked.substring(beforeStart, span.open());
            String after = masked.substring(span.after(), Math.max(span.after(), sentenceEnd));
            // Other quotes are masked, so the rest of the sentence can be read for a cue that closes it.
            int wholeEnd = Math.min(Math.max(quoteSentenceEnd, span.after()), span.after() + WINDOW);
            String rest = masked.substring(span.after(), Math.max(span.after(), wholeEnd));
            // Each cue needs a speech verb, "quot..." or "according to": look for those words before any pattern.
            Optional<Attribution> fromBefore = hasSpeechVerb(before) ? beforeCue(before, beforeStart) : Optional.empty();
            // A verb just before the quote ("X said, '...'") outranks a cue after it ("..., the Herald reported").
            String tail = before.substring(Math.max(0, before.length() - 80));
            Optional<Attribution> adjacent = fromBefore.filter(a -> ADJACENT_END.matcher(tail).find());
            String around = before + " " + after;
            boolean afterHasVerb = hasSpeechVerb(rest);
            // The rules in the order they are tried, each named for eval --errors.
            return signed(span).map(a -> a.by("signed"))
                    .or(() -> transcriptLabel(span).map(a -> a.by("transcript label")))
                    .or(() -> (around.contains("quot") ? relayed(around) : Optional.<Attribution>empty())
                            .map(a -> a.by("relayed")))
                    .or(() -> adjacent.map(a -> a.by("cue just before")))
                    .or(() -> (afterHasVerb ? afterCue(after, span.after()) : Optional.<Attribution>empty())
                            .map(a -> a.by("cue just after")))
                    .or(() -> (afterHasVerb ? sentenceFinal(rest, span.after()) : Optional.<Attribution>empty())
                            .map(a -> a.by("cue closing the sentence")))
                    .or(() -> (around.contains("ccording to") ? accordingTo(around) : Optional.<Attribution>empty())
                            .map(a -> a.by("according to")))
                    .or(() -> fromBefore.map(a -> a.by("cue earlier in the sentence")));
        }

        /**
         * A paragraph that is a quotation signed after a dash: '"..." ― Ana Ruiz' or '"..." — Ana Ruiz, a
         * teacher', the shape of reader comments and pull quotes. A dash after a quotation inside a sentence is a
         * byline, not this.
         */
        private Optional<Attribution> signed(QuoteSpan span) {
            int before = span.open();
            while (before > 0 && text.charAt(before - 1) != '\n' && Character.isWhitespace(text.charAt(before - 1))) {
                before--;
            }
            if (before > 0 && text.charAt(before - 1) != '\n') {
                return Optional.empty(); // the quotation does not open its line
            }
            // A signature is short: the line's end is looked for only as far as one can reach.
            int lineEnd = span.after();
            while (lineEnd < text.length() && lineEnd - span.after() < SIGNATURE_LONGEST && text.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            if (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
                return Optional.empty();
            }
            String tail = text.substring(span.after(), lineEnd);
            Matcher m = SIGNATURE.matcher(tail);
            if (!m.matches() || Speakers.isImplausible(m.group(1))) {
                return Optional.empty();
            }
            return Optional.of(new Attribution(m.group(1), m.group(2) == null ? null : m.group(2).strip(), "\u2014",
                    span.after() + m.start(1)));
        }

        /**
         * A quoted line of a transcript that opens with its speaker's name in capitals: '"BRANDT: Well, ..."'. The
         * name is resolved like any surname ("Brandt" to "Ivo Brandt"); labels such as "VIDEO:" or "UPDATE:" are no
         * speakers.
         */
        private Optional<Attribution> transcriptLabel(QuoteSpan span) {
            Matcher m = TRANSCRIPT_LABEL.matcher(text).region(span.textStart(), span.textEnd());
            if (!m.lookingAt()) {
                return Optional.empty();
            }
            String name = Words.titleCase(m.group(1));
            if (Speakers.isImplausible(name) || Speakers.isThing(name)) {
                return Optional.empty();
            }
            return Optional.of(new Attribution(name, null, ":", span.textStart()));
        }

        /**
         * Where the sentence that may attribute a quotation ends: the quotation's own, or, when its own ends with
         * the quotation ('"... small hands?" Trump said.'), the next one when it is a short attribution and no
         * more, which then opens with the speaker.
         */
        private int attributionSentenceEnd(QuoteSpan span, int nextOpen) {
            Sentence own = sentenceAt(Math.max(span.after() - 1, 0));
            if (own.end() > span.after() + 1) {
                return own.end();
            }
            Sentence next = sentenceAt(Math.min(masked.length(), span.after() + 2));
            boolean sameParagraph = next.start() >= span.after()
                    && masked.substring(span.after(), next.start()).indexOf('\n') < 0;
            // Only a short sentence is an attribution on its own ("Trump said."): a longer one says something else,
            // and one that introduces the next quotation ("Krasner said: '...'") is that quotation's.
            boolean attributionOnly = Words.count(masked.substring(next.start(), next.end())) <= ATTRIBUTION_WORDS
                    && nextOpen >= next.end() && masked.substring(next.start(), next.end()).indexOf(':') < 0;
            return sameParagraph && attributionOnly ? next.end() : own.end();
        }

        private Sentence sentenceAt(int offset) {
            int i = Arrays.binarySearch(sentenceStarts, offset);
            int index = i >= 0 ? i : Math.max(0, -i - 2);
            if (sentences.isEmpty()) {
                return new Sentence("", 0, text.length());
            }
            Sentence sentence = sentences.get(index);
            return offset < sentence.end() || index + 1 >= sentences.size() ? sentence : sentences.get(index + 1);
        }

        private static Optional<Attribution> relayed(String around) {
            Matcher m = RELAYED.matcher(around);
            return m.find() ? Optional.of(new Attribution(clean(m.group(1)), m.group(2), "quoted as saying"))
                    : Optional.empty();
        }

        private static Optional<Attribution> accordingTo(String around) {
            Matcher m = ACCORDING_TO.matcher(around);
            return m.find() ? Optional.of(new Attribution(clean(m.group(1)), m.group(2), "according to"))
                    : Optional.empty();
        }

        private static Optional<Attribution> afterCue(String after, int base) {
            Matcher verbFirst = AFTER_VERB_FIRST.matcher(after);
            if (verbFirst.find()) {
                Optional<Attribution> inverted = invertedSubject(verbFirst.group(2), verbFirst.group(3), verbFirst.group(1));
                if (inverted.isPresent()) {
                    return inverted;
                }
            }
            Matcher subjectFirst = AFTER_SUBJECT_FIRST.matcher(after);
            if (subjectFirst.find() && isSubject(after, subjectFirst.start(1), subjectFirst.group(1))) {
                return Optional.of(subjectAttribution(subjectFirst.group(1), subjectFirst.group(2),
                        cue(subjectFirst.group(3), after, subjectFirst.end(3)), base + subjectFirst.start(1)));
            }
            return Optional.empty();
        }

        private static Optional<Attribution> sentenceFinal(String rest, int base) {
            String sentence = rest.stripTrailing().replaceFirst("[.!?]$", "");
            Matcher closing = SENTENCE_FINAL.matcher(sentence);
            if (closing.find() && isSubject(sentence, closing.start(1), closing.group(1))) {
                return Optional.of(subjectAttribution(closing.group(1), closing.group(2), closing.group(3),
                        base + closing.start(1)));
            }
            return Optional.empty();
        }

        /**
         * A title with its field before a name, "Secretary of State Ana Ruiz", "Former Minister for Ports Ivo Brandt":
         * the "of" belongs to the title, not to a circumstance after the speaker, so the person is the name and the
         * title the role; empty for any other phrase.
         */
        private static Optional<Names.Titled> titleOfField(String phrase) {
            String np = phrase.strip();
            if (!TITLE_OF_FIELD.matcher(np).matches()) {
                return Optional.empty();
            }
            Names.Titled titled = Names.splitTitle(np);
            if (titled.role() == null) {
                return Optional.empty();
            }
            // "Representative Ana Ruiz of Veyra Bay": an "of" after the name is where the person is from.
            Matcher of = OF_INSIDE.matcher(titled.name());
            return Optional.of(new Names.Titled(titled.role(),
                    of.find() ? titled.name().substring(0, of.start()) : titled.name()));
        }

        /** The speaker of a cue whose subject stands before its verb: a title with its field and name, or as written. */
        private static Attribution subjectAttribution(String subject, String appositive, String cue, int at) {
            return titleOfField(subject).map(t -> new Attribution(t.name(), t.role(), cue, at))
                    .orElseGet(() -> new Attribution(clean(subject), appositive, cue, at));
        }

        /** "said Prudential insurance analyst Jay Gelb": the person is the last name; what stands before it, the role. */
        private static Optional<Attribution> invertedSubject(String phrase, String appositive, String verb) {
            String np = phrase.strip();
            if (np.isEmpty()) {
                return Optional.empty();
            }
            if (startsWithDeterminer(np) && Character.isLowerCase(np.charAt(0))) {
                String description = DESCRIPTION_CIRCUMSTANCE.matcher(np).replaceFirst("");
                return Optional.of(new Attribution(description, appositive, verb));
            }
            if (!Character.isUpperCase(np.charAt(0))) {
                // "said co-founder Ana Ruiz": role words, then the name.
                Matcher roleThenName = INVERTED_ROLE_THEN_NAME.matcher(np);
                if (!roleThenName.lookingAt()) {
                    return Optional.empty();
                }
                String name = TRAILING_CIRCUMSTANCE.matcher(roleThenName.group(2)).replaceFirst("");
                String role = roleThenName.group(1).strip();
                // "said former Veyra governor Ana Ruiz": a place inside the role; the person is the last name.
                String rest = TRAILING_CIRCUMSTANCE.matcher(np.substring(roleThenName.end())).replaceFirst("");
                Matcher later = LOWER_WORDS_THEN_NAME.matcher(rest);
                if (later.lookingAt()) {
                    role = (np.substring(0, roleThenName.end()) + later.group(1)).strip();
                    name = later.group(2);
                }
                return Optional.of(new Attribution(name, role, verb));
            }
            Optional<Names.Titled> ofField = titleOfField(np);
            if (ofField.isPresent()) {
                return Optional.of(new Attribution(ofField.get().name(), ofField.get().role(), verb));
            }
            String trimmed = TRAILING_CIRCUMSTANCE.matcher(np).replaceFirst("");
            Matcher runs = CAPITALISED_RUN.matcher(trimmed);
            int lastStart = -1;
            String last = null;
            while (runs.find()) {
                lastStart = runs.start();
                last = runs.group();
            }
            if (last == null) {
                return Optional.empty();
            }
            String role = lastStart > 0 ? trimmed.substring(0, lastStart).strip() : null;
            return Optional.of(new Attribution(last, role != null && !role.isEmpty() ? role : appositive, verb));
        }

        private Optional<Attribution> beforeCue(String before, int base) {
            Matcher m = BEFORE.matcher(before);
            Attribution last = null;
            while (m.find()) {
                if (isSubject(before, m.start(1), m.group(1))) {
                    last = isParticipleClause(before, m) ? clauseSubject(before, base, m)
                            : subjectAttribution(m.group(1), m.group(2), cue(m.group(3), before, m.end(3)),
                            base + m.start(1));
                }
            }
            if (last == null) {
                Matcher coordinated = COORDINATED_BEFORE.matcher(before);
                if (coordinated.find() && isSubject(before, coordinated.start(1), coordinated.group(1))) {
                    last = new Attribution(clean(coordinated.group(1)), null, coordinated.group(2),
                            base + coordinated.start(1));
                }
            }
            return Optional.ofNullable(last);
        }

        /**
         * Whether a cue is a participle set off by a comma ("Ana Ruiz backed the plan, saying", "..., telling
         * reporters"): its speaker is the subject of the clause it hangs from, not the words just before it.
         */
        private static boolean isParticipleClause(String before, Matcher cue) {
            return cue.group(3).endsWith("ing") && before.substring(cue.end(1), cue.start(3)).indexOf(',') >= 0;
        }

        /**
         * The subject of the sentence a participle cue hangs from: the name or pronoun that opens it ("Ana Ruiz
         * backed the plan, saying"); null when the sentence opens otherwise, as a guess would put the words in
         * the wrong mouth.
         */
        private Attribution clauseSubject(String before, int base, Matcher cue) {
            String verb = cue(cue.group(3), before, cue.end(3));
            Matcher pronoun = OPENING_PRONOUN.matcher(before);
            if (pronoun.lookingAt()) {
                return new Attribution(pronoun.group(1), null, verb, base + pronoun.start(1));
            }
            // "During a speech in Lusk, Ruiz attacked ...": the subject follows a phrase set off by a comma.
            int opens = 0;
            Matcher opening = OPENING_PHRASE.matcher(before);
            if (opening.lookingAt()) {
                opens = opening.end();
            }
            List<Mentions.Mention> all = mentions.all();
            for (int k = 0; k < all.size(); k++) {
                Mentions.Mention mention = all.get(k);
                if (mention.start() >= base + cue.start(1)) {
                    break;
                }
                if (mention.start() >= base + opens) {
                    // The first name in the sentence, and only when the sentence opens with it.
                    boolean first = before.substring(opens, mention.start() - base).chars().noneMatch(Character::isLetter);
                    if (!first || !mention.subject()) {
                        return null;
                    }
                    // "Harbour party nominee Ana Ruiz spoke on the radio, saying": a role, then the person.
                    Mentions.Mention next = k + 1 < all.size() ? all.get(k + 1) : null;
                    if (next != null && next.start() < base + cue.start(1) && next.kind() == Mentions.Kind.PERSON) {
                        String between = masked.substring(mention.end(), next.start());
                        if (ROLE_BEFORE_NAME.matcher(between).matches()
                                && ROLE_WORDS.matcher(Words.last(between.strip())).matches()) {
                            String role = (mention.name() + between).strip();
                            return new Attribution(next.name(), role, verb, next.start());
                        }
                    }
                    return new Attribution(mention.name(), mention.role(), verb, mention.start());
                }
            }
            return null;
        }

        /** A description after "was" or containing "and" is a predicate or a list, not who spoke. */
        private static boolean isSubject(String in, int start, String phrase) {
            if (!startsWithDeterminer(phrase)) {
                return true;
            }
            if (ENDS_IN_LIST.matcher(phrase).find()) {
                return false;
            }
            return !COPULAS.contains(Words.last(in.substring(0, start)).toLowerCase(Locale.ROOT));
        }

        private static String cue(String verb, String source, int verbEnd) {
            if (!verb.equals("told") && !verb.equals("wrote") && !verb.equals("tells") && !verb.equals("writes")) {
                return verb;
            }
            Matcher object = CUE_OBJECT.matcher(source.substring(Math.min(verbEnd, source.length())));
            return object.find() ? verb + " " + object.group(1) : verb;
        }

        private static String clean(String speaker) {
            String s = speaker.trim();
            Matcher ofName = ORGANISATION_OF.matcher(s);
            if (ofName.lookingAt() && Names.isOrganisation(ofName.group(1))) {
                // "The Bank of Veyra", "University of Harlow": the "of" is inside the organisation's name.
                String rest = TRAILING_CIRCUMSTANCE.matcher(s.substring(ofName.end())).replaceFirst("");
                s = s.substring(0, ofName.end()) + rest;
            } else if (!Character.isUpperCase(s.charAt(0)) || startsWithDeterminer(s)) {
                s = DESCRIPTION_CIRCUMSTANCE.matcher(s).replaceFirst("");
            } else {
                s = TRAILING_CIRCUMSTANCE.matcher(s).replaceFirst("");
            }
            int end = s.length();
            while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ',')) {
                end--;
            }
            return s.substring(0, end);
        }

        private static boolean startsWithDeterminer(String phrase) {
            String first = Words.first(phrase);
            return first.length() < phrase.strip().length() && DETERMINERS.contains(first.toLowerCase(Locale.ROOT));
        }

        /** Turns a speaker as written into the fullest name the text gives, or null when it cannot be known. */
        Speaker resolve(Attribution cue, int at, Quote previous) {
            String speaker = cue.speaker();
            if (PRONOUN_ONLY.matcher(speaker).matches()) {
                return pronoun(speaker.toLowerCase(Locale.ROOT), cue.at() >= 0 ? Math.min(cue.at(), at) : at);
            }
            if (startsWithDeterminer(speaker)) {
                String organisation = speaker.strip().substring(Words.first(speaker.strip()).length()).strip();
                if (ORGANISATION_OF.matcher(organisation).matches() && Names.isOrganisation(organisation)) {
                    return new Speaker(organisation, null); // "the Bank of Veyra said": the organisation's name
                }
                if (cue.role() != null && PERSON_NAME.matcher(cue.role().strip()).matches()) {
                    // "the harbour spokesman, Ivo Brandt, said": the appositive is the person, the description the role.
                    String named = cue.role().strip();
                    if (Names.isOrganisation(named)) {
                        return new Speaker(named, null); // "the company, Harbour Logistics, said"
                    }
                    String described = speaker.strip();
                    return new Speaker(mentions.fullest(named), described.substring(Words.first(described).length())
                            .strip());
                }
                Mentions.Mention named = cue.at() >= 0 ? personBeforeAppositive(cue.at()) : null;
                if (named != null) {
                    // "Ivo Brandt, the attorney general of Lusk, one of the towns suing, said": the person the
                    // description is set beside.
                    String described = speaker.strip();
                    return new Speaker(named.name(), described.substring(Words.first(described).length()).strip());
                }
                return description(speaker, at);
            }
            if (!Character.isUpperCase(speaker.charAt(0))) {
                Matcher name = CAPITALISED_RUN.matcher(speaker);
                if (!name.find()) {
                    return null;
                }
                // "chief executive Lowell McAdam": the lower-case words are the role.
                String role = (speaker.substring(0, name.start()) + splitRole(name.group())).strip();
                String person = mentions.fullest(Names.splitTitle(name.group()).name());
                return new Speaker(person, roleOf(person, cue.role() != null ? cue.role() : role));
            }
            if (POSSESSED_NOUN.matcher(speaker).find()) {
                if (cue.role() != null && PERSON_NAME.matcher(cue.role().strip()).matches()) {
                    // "Lumen's chief executive, Daniel Osei, said": the appositive is the person, the rest the role.
                    String person = mentions.fullest(cue.role().strip());
                    return new Speaker(person, speaker);
                }
                return new Speaker(speaker, null); // "TNO's report": the organisation speaks through its document
            }
            Names.Titled titled = Names.splitTitle(Words.stripPossessive(speaker));
            String name = mentions.fullest(titled.name());
            String role = roleOf(name, cue.role() != null ? cue.role() : titled.role());
            return new Speaker(name, role);
        }

        private static String splitRole(String phrase) {
            String role = Names.splitTitle(phrase).role();
            return role == null ? "" : role;
        }

        private Speaker pronoun(String pronoun, int at) {
            int paragraphStart = paragraphs.get(Math.max(0, paragraphOf(at) - 2))[0];
            if (pronoun.equals("he") || pronoun.equals("she")) {
                String named = mentions.personBefore(at, paragraphStart, pronoun);
                boolean lastFits = lastPerson != null && mentions.mayBe(lastPerson, pronoun);
                String person = lastFits && lastPersonAt > mentionPosition(named, at) ? lastPerson : named;
                if (person == null && lastFits) {
                    person = lastPerson;
                }
                return person == null ? null : new Speaker(person, roleOf(person, null));
            }
            String organisation = mentions.speakingOrganisationBefore(at, paragraphStart);
            String group = lastGroup != null && (organisation == null || lastGroupAt > mentionPosition(organisation, at))
                    ? lastGroup : organisation;
            return group == null ? null : new Speaker(group, null);
        }

        private int mentionPosition(String name, int at) {
            return name == null ? -1 : mentions.lastPositionBefore(name, at);
        }

        /**
         * A description speaks for whoever it stands for: "the email" for the one who sent it, "the agency" for the
         * organisation named just before, "the panel" for the fullest earlier description of that panel.
         */
        /** The person named just before a description set off by a comma at {@code at}: "Ana Ruiz, the mayor". */
        private Mentions.Mention personBeforeAppositive(int at) {
            int comma = at;
            while (comma > 0 && Character.isWhitespace(text.charAt(comma - 1))) {
                comma--;
            }
            if (comma == 0 || text.charAt(comma - 1) != ',') {
                return null;
            }
            for (Mentions.Mention mention : mentions.all()) {
                if (mention.end() == comma - 1 && mention.kind() == Mentions.Kind.PERSON) {
                    return mention;
                }
                if (mention.start() >= comma) {
                    break;
                }
            }
            return null;
        }

        private Speaker description(String description, int at) {
            String article = Words.first(description).toLowerCase(Locale.ROOT);
            String bare = article.equals("the") || article.equals("a") || article.equals("an")
                    ? description.substring(description.indexOf(Words.first(description)) + article.length()).strip()
                    : description;
            String lower = bare.toLowerCase(Locale.ROOT);
            String head = headNoun(lower);
            int recent = paragraphs.get(Math.max(0, paragraphOf(at) - 1))[0];
            if (DOCUMENT_NOUNS.contains(head) && !lower.contains("'s ") && !lower.contains("\u2019s ")) {
                String author = authorOf(head, at);
                if (author != null) {
                    return new Speaker(author, null);
                }
                if (lastGroup != null || lastPerson != null) {
                    return new Speaker(lastGroupAt > lastPersonAt ? lastGroup : lastPerson, null);
                }
                return new Speaker(bare, null);
            }
            if (ORGANISATION_NOUNS.contains(head)) {
                String fuller = fullerDescription(head, at);
                if (fuller != null && fuller.length() > bare.length()) {
                    return new Speaker(fuller, null);
                }
                String named = description.toLowerCase(Locale.ROOT).startsWith("the ")
                        ? mentions.speakingOrganisationBefore(at, Math.max(recent, at - WINDOW)) : null;
                if (named == null) {
                    named = mentions.organisationBefore(at, recent, head);
                }
                if (named != null) {
                    return new Speaker(named, null);
                }
            }
            return new Speaker(bare, null);
        }

        private static String headNoun(String description) {
            String core = OF_TAIL.matcher(description).replaceFirst("");
            StringBuilder head = new StringBuilder();
            for (char c : Words.last(core).toCharArray()) {
                if (Character.isLetter(c) || c == '-') {
                    head.append(c);
                }
            }
            return head.toString();
        }

        /** The subject of the sentence that first brought up "an email": whoever sent it. */
        private String authorOf(String head, int at) {
            int first = firstMentionOf(head);
            if (first < 0 || first >= at) {
                return null;
            }
            Sentence sentence = sentenceAt(first);
            Matcher subject = SENTENCE_SUBJECT.matcher(masked.substring(Math.max(sentence.start(), first - 200), first));
            if (!subject.find()) {
                return null;
            }
            String found = subject.group(1).strip();
            String lastWord = found.substring(found.lastIndexOf(' ') + 1);
            if (Character.isLowerCase(lastWord.charAt(0)) && !ORGANISATION_NOUNS.contains(lastWord)) {
                found = found.substring(0, Math.max(0, found.lastIndexOf(' '))).strip();
            }
            return found.isEmpty() ? null : mentions.fullest(found);
        }

        /** Where the text first speaks of "a/the/its ... {@code head}", found once per head noun; -1 if nowhere. */
        private int firstMentionOf(String head) {
            return firstMentions.computeIfAbsent(head, h -> {
                Matcher first = Pattern.compile("\\b(?:a|an|the|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}"
                        + Pattern.quote(h) + "\\b", Pattern.CASE_INSENSITIVE).matcher(masked);
                return first.find() ? first.start() : -1;
            });
        }

        /**
         * The longest description with the same head given before {@code at} ("panel of experts monitoring ..."):
         * every such description is found once per head noun, then each lookup is a search over them.
         */
        private String fullerDescription(String head, int at) {
            List<Described> found = descriptions.computeIfAbsent(head, this::describe);
            String best = null;
            for (Described d : found) {
                if (d.at() >= at) {
                    break;
                }
                best = d.longestSoFar();
            }
            return best;
        }

        /** A description and the longest of those up to it, in text order. */
        private record Described(int at, String longestSoFar) {
        }

        private List<Described> describe(String head) {
            Matcher m = Pattern.compile("\\b(?:a|an|the)\\s+((?:[\\p{L}-]+\\s+){0,2}" + Pattern.quote(head)
                    + "\\s+(?:of|for|on|monitoring|investigating|overseeing)\\s+[^,.;:\"\u201C\u201D\n]{3,80}?)"
                    + "(?=\\s+(?:said|says|told|warned|noted|found|has|had|is|was|will|would|in|on|that)\\b|[,.;:])",
                    Pattern.CASE_INSENSITIVE).matcher(masked);
            List<Described> all = new ArrayList<>();
            String longest = null;
            while (m.find() && all.size() < MAX_DESCRIPTIONS) {
                String description = m.group(1).strip();
                if (longest == null || description.length() > longest.length()) {
                    longest = description;
                }
                all.add(new Described(m.start(), longest));
            }
            return all;
        }

        String roleOf(String speaker, String statedRole) {
            if (statedRole != null && (ROLE_WORDS.matcher(statedRole).find()
                    || DESCRIBED_ROLE.matcher(statedRole.strip()).matches())) {
                return statedRole.trim();
            }
            return roles.computeIfAbsent(speaker, this::roleInText).orElse(null);
        }

        /** The role the text gives a speaker anywhere: a title before the name or an appositive after it. */
        private Optional<String> roleInText(String speaker) {
            String titled = mentions.titleOf(speaker);
            if (titled != null) {
                return Optional.of(titled);
            }
            if (speaker.contains("(") || speaker.contains("[")) {
                return Optional.empty();
            }
            for (Mentions.Mention mention : mentions.of(speaker)) {
                String appositive = appositiveAt(masked, mention.end());
                if (appositive != null && ROLE_WORDS.matcher(appositive).find()) {
                    return Optional.of(appositive);
                }
            }
            return Optional.empty();
        }

        void spoke(String speaker, int at) {
            boolean description = Character.isLowerCase(speaker.charAt(0));
            if (description || Names.isOrganisation(speaker)) {
                lastGroup = speaker;
                lastGroupAt = at;
            } else {
                lastPerson = speaker;
                lastPersonAt = at;
            }
        }

        /**
         * Whether a quote continues the previous one: it follows within a paragraph and nothing before it in its
         * sentence names anyone who might be speaking instead.
         */
        /** The people and organisations a quotation with no cue may be by, each with what describes it. */
        /**
         * What tells whether a quotation the speaker model is unsure of should still be given: its likeliest
         * speaker's features and probability, how its sentence opens (a pronoun or a description names nobody),
         * whether it is a value inside markup, a title, a number, or ends a sentence of its own.
         */
        List<String> keepFeatures(QuoteSpan span, SpeakerTraining.Candidate best, double p) {
            List<String> f = new ArrayList<>();
            for (String feature : best.features()) {
                f.add(KEEP + feature);
            }
            f.add(KEEP + "p<" + (p < 0.05 ? "0.05" : p < 0.1 ? "0.10" : p < 0.15 ? "0.15" : p < 0.2 ? "0.20" : "0.25"));
            int before = span.open();
            while (before > 0 && text.charAt(before - 1) == ' ') {
                before--;
            }
            if (before > 0 && text.charAt(before - 1) == '=') {
                f.add(KEEP + "markup-value");
            }
            String quoted = text.substring(span.textStart(), span.textEnd()).strip();
            List<String> words = Words.split(quoted);
            if (words.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || NAME_LINKS.contains(w))) {
                f.add(KEEP + "title-case");
            }
            if (!quoted.isEmpty() && quoted.chars().noneMatch(Character::isLetter)) {
                f.add(KEEP + "no-letters");
            }
            if (!quoted.isEmpty() && ".!?".indexOf(quoted.charAt(quoted.length() - 1)) >= 0) {
                f.add(KEEP + "ends-sentence");
            }
            Sentence sentence = sentenceAt(span.open());
            String opening = masked.substring(sentence.start(), Math.min(masked.length(), sentence.end())).strip();
            int wordEnd = 0;
            while (wordEnd < opening.length() && Character.isLetter(opening.charAt(wordEnd))) {
                wordEnd++;
            }
            String first = opening.substring(0, wordEnd);
            f.add(KEEP + (sentence.start() >= span.open() - 1 || first.isEmpty() ? "sentence-opens-quote"
                    : PRONOUN_ONLY.matcher(first).matches() || first.equals("I") || first.equals("We")
                    ? "sentence-opens-pronoun" : DETERMINERS.contains(first.toLowerCase(Locale.ROOT))
                    ? "sentence-opens-determiner" : "sentence-opens-other"));
            if (hasSpeechVerb(opening)) {
                f.add(KEEP + "speech-verb-in-sentence");
            }
            return f;
        }

        List<SpeakerTraining.Candidate> speakerCandidates(QuoteSpan span, Quote previous, int previousEnd,
                                                         Quote proposal) {
            List<String> spanFeatures = SpeakerTraining.spanFeatures(text, span, opensParagraph(span));
            int paragraph = paragraphOf(span.open());
            int sentence = sentenceIndex(span.open());
            int from = paragraphs.get(Math.max(0, paragraph - 1))[0];
            int to = Math.min(paragraphs.get(paragraph)[1], sentenceAt(Math.min(masked.length() - 1,
                    span.after() + 1)).end());
            java.util.Map<String, SpeakerTraining.Candidate> byName = new java.util.LinkedHashMap<>();
            if (previous != null) {
                int gap = paragraph - paragraphOf(Math.max(0, previousEnd - 1));
                List<String> f = new ArrayList<>(spanFeatures);
                f.add("previous");
                f.add("previous-gap:" + Math.min(gap, 2));
                byName.put(previous.speaker(), new SpeakerTraining.Candidate(previous.speaker(), previous.speakerRole(), f));
            }
            int rank = 0;
            List<Mentions.Mention> all = mentions.all();
            // Found by position, so that the work for each quotation does not grow with the length of the text.
            int first = mentions.indexBefore(span.open());
            for (int m = first; m >= 0 && m > first - CANDIDATE_MENTIONS && all.get(m).start() >= from; m--) {
                Mentions.Mention mention = all.get(m);
                if (mention.kind() != Mentions.Kind.OTHER) {
                    add(byName, mention, "before", rank++, sentence, paragraph, spanFeatures);
                }
            }
            int next = mentions.indexBefore(span.after()) + 1;
            for (int m = next; m < all.size() && m < next + CANDIDATE_MENTIONS && all.get(m).start() < to; m++) {
                Mentions.Mention mention = all.get(m);
                if (mention.start() >= span.after() && mention.kind() != Mentions.Kind.OTHER) {
                    add(byName, mention, "after", 0, sentence, paragraph, spanFeatures);
                }
            }
            if (proposal != null) {
                String rule = "proposed:" + proposal.decidedBy();
                SpeakerTraining.Candidate known = byName.get(proposal.speaker());
                List<String> f = new ArrayList<>(known == null ? spanFeatures : known.features());
                f.add(rule);
                byName.put(proposal.speaker(), new SpeakerTraining.Candidate(proposal.speaker(),
                        known == null || known.role() == null ? proposal.speakerRole() : known.role(), f));
            }
            return List.copyOf(byName.values());
        }

        private void add(java.util.Map<String, SpeakerTraining.Candidate> byName, Mentions.Mention mention,
                         String direction, int rank, int sentence, int paragraph, List<String> spanFeatures) {
            String name = mentions.fullest(mention.name());
            if (Speakers.isImplausible(name)) {
                return;
            }
            int sentences = Math.abs(sentenceIndex(mention.start()) - sentence);
            String distance = sentences == 0 ? "same-sentence" : sentences == 1 ? "next-sentence"
                    : paragraphOf(mention.start()) == paragraph ? "paragraph" : "other-paragraph";
            SpeakerTraining.Candidate known = byName.get(name);
            List<String> f = new ArrayList<>(known == null ? spanFeatures : known.features());
            if (known == null || !known.features().contains("dir:" + direction)) {
                f.add("dir:" + direction);
                f.add(direction + ":" + distance);
                if (direction.equals("before")) {
                    f.add("rank:" + Math.min(rank, 3));
                }
                f.add("kind:" + mention.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (mention.speaking() && !f.contains("speaking")) {
                f.add("speaking");
            }
            if (mention.subject() && !f.contains("subject")) {
                f.add("subject");
            }
            // Where a mention stands matters most together with what it does there: a subject of the sentence just
            // before, someone who speaks in this very sentence.
            if (mention.speaking()) {
                addOnce(f, direction + ":" + distance + "&speaking");
            }
            if (mention.subject()) {
                addOnce(f, direction + ":" + distance + "&subject");
            }
            byName.put(name, new SpeakerTraining.Candidate(name, known == null ? mention.role() : known.role(), f));
        }

        private static void addOnce(List<String> features, String feature) {
            if (!features.contains(feature)) {
                features.add(feature);
            }
        }

        private int sentenceIndex(int offset) {
            int i = Arrays.binarySearch(sentenceStarts, offset);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }

        boolean opensParagraph(QuoteSpan span) {
            return paragraphs.get(paragraphOf(span.open()))[0] >= span.open() - 1;
        }

        boolean continues(int previousEnd, QuoteSpan span) {
            if (previousEnd >= 0 && sentenceAt(previousEnd - 1).start() == sentenceAt(span.open()).start()) {
                return true; // a second quote in the sentence that gave the first one's speaker
            }
            int sentenceStart = Math.max(Math.max(previousEnd, sentenceAt(span.open()).start()), span.open() - WINDOW);
            String before = masked.substring(Math.min(sentenceStart, span.open()), span.open());
            return previousEnd >= 0 && paragraphOf(span.open()) - paragraphOf(previousEnd) <= 1
                    && !MENTIONS_SOMEONE.matcher(before).find();
        }

        private int paragraphOf(int offset) {
            int low = 0;
            int high = paragraphs.size() - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (offset <= paragraphs.get(mid)[1]) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }
    }
}
