package io.daybrief.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text article as wires, sites and exports deliver it, read as an editor reads it: the head (headline,
 * standfirst, byline, date line, captions, Markdown front matter) apart from the story; the story's paragraphs
 * whether they are separated by blank lines, by single line ends or hard-wrapped; the dateline's place and
 * agency taken out of the lead; HTML character references decoded and Markdown marks removed; advertising,
 * related links, captions, copyright lines and trailers left out.
 *
 * <p>Every character of the title and body still knows where it stood in the file's text (line ends counted as
 * one {@code \n}, a byte-order mark left out), so that quotes and figures found in them can be pointed at there.
 * Immutable.
 */
public final class TextArticle {

    private static final int LONGEST_HEADLINE = 250;
    private static final int LONGEST_STANDFIRST = 300;
    /** How many non-blank lines from the top can hold the head: more than any head has, far less than a story. */
    private static final int HEAD_LINES = 14;
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]+)\\](?:\\([^)\\n]*\\)|\\[[^\\]\\n]*\\])");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]\\n]+)\\]\\]");
    private static final Pattern EMPHASIS = Pattern.compile("\\*+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern HEADING_MARK = Pattern.compile("^(?:#{1,6}\\s+|>\\s?)");
    private static final Pattern FRONT_MATTER_KEY = Pattern.compile("^([A-Za-z_]+)\\s*:\\s*(.*)$");

    private final String title;
    private final boolean titleDerived;
    private final LocalDate date;
    private final MonthDay datelineDay;
    private final String caption;
    private final String place;
    private final String agency;
    private final String credit;
    private final MappedText body;
    private final MappedText titleText;

    private TextArticle(MappedText titleText, String derivedTitle, LocalDate date, MonthDay datelineDay,
                        String caption, String place, String agency, String credit, MappedText body) {
        this.titleText = titleText;
        this.title = titleText != null ? titleText.text() : derivedTitle;
        this.titleDerived = titleText == null;
        this.date = date;
        this.datelineDay = datelineDay;
        this.caption = caption;
        this.place = place;
        this.agency = agency;
        this.credit = credit;
        this.body = body;
    }

    /** The headline, or one derived from the lead when the file has none. */
    public String title() {
        return title;
    }

    /** Whether the title was derived rather than given. */
    public boolean titleDerived() {
        return titleDerived;
    }

    /** The publication date the head gives, or {@code null}. */
    public LocalDate date() {
        return date;
    }

    /** The month and day of a dateline that gives no year ({@code LONDON, Feb 6 (Reuters) -}), or {@code null}. */
    public MonthDay datelineDay() {
        return datelineDay;
    }

    /** A caption on the date line, or {@code null}. */
    public String caption() {
        return caption;
    }

    /** The dateline's place, or {@code null}. */
    public String place() {
        return place;
    }

    /** The agency the dateline names, or {@code null}. */
    public String agency() {
        return agency;
    }

    /** The publisher or agency another part of the file credits (a byline's outlet, a caption, a trailer), or null. */
    public String credit() {
        return credit;
    }

    /** The story: paragraphs separated by blank lines, from the lead to the end, without what is not the story. */
    public String body() {
        return body.text();
    }

    /** Where the span [start, end) of the body stood in the file's text. */
    public int[] fileSpanOfBody(int start, int end) {
        return body.fileSpan(start, end);
    }

    /** Where the span [start, end) of the title stood in the file's text, or {@code null} for a derived title. */
    public int[] fileSpanOfTitle(int start, int end) {
        return titleText == null ? null : titleText.fileSpan(start, end);
    }

    /** Thrown for a documented date line whose date is not a date; carries the text to name in the report. */
    static final class BadDateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadDateException(String value) {
            super("date line: '" + value + "' is not a date; write it as YYYY-MM-DD, e.g. date 2026-03-04");
        }
    }

    /** One line of the file: where it starts, and its content without the white space around it. */
    private record Line(int start, int contentStart, String content) {
        boolean blank() {
            return content.isEmpty();
        }
    }

    /** Reads an article from a file's text (a byte-order mark and any line ends are allowed). */
    public static TextArticle parse(String fileText) {
        String text = normalise(fileText);
        List<Line> lines = lines(text);
        Reading reading = new Reading(text, lines);
        return reading.read();
    }

    /** The file's text as offsets count it: no byte-order mark, every line end a single {@code \n}. */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int from = start;
            int to = end;
            while (from < to && MappedText.isSpace(text.charAt(from))) {
                from++;
            }
            while (to > from && MappedText.isSpace(text.charAt(to - 1))) {
                to--;
            }
            lines.add(new Line(start, from, text.substring(from, to)));
            start = end + 1;
        }
        return lines;
    }

    /** One pass over one file's lines. */
    private static final class Reading {

        private final String text;
        private final List<Line> lines;
        private MappedText headline;
        private LocalDate date;
        private String caption;
        private String credit;

        Reading(String text, List<Line> lines) {
            this.text = text;
            this.lines = lines;
        }

        TextArticle read() {
            int at = frontMatter(firstNonBlank(0));
            int lead = head(at);
            List<MappedText> paragraphs = paragraphs(lead);
            Dateline found = dateline(paragraphs);
            MappedText story = join(found.paragraphs());
            String derived = headline == null ? Headlines.fromLead(story.text()) : null;
            MonthDay day = null;
            if (found.when() != null) {
                Optional<NewsDates.Found> withYear = NewsDates.find(found.when());
                if (withYear.isPresent() && date == null) {
                    date = withYear.get().date();
                } else if (withYear.isEmpty()) {
                    day = NewsDates.findWithoutYear(found.when(), 2000).map(f -> MonthDay.from(f.date())).orElse(null);
                }
            }
            return new TextArticle(headline, derived, date, day, caption, found.place(), found.agency(), credit,
                    story);
        }

        private int firstNonBlank(int from) {
            int i = from;
            while (i < lines.size() && lines.get(i).blank()) {
                i++;
            }
            return i;
        }

        /** Reads YAML front matter ({@code ---} ... {@code ---}) for a title and a date; returns the line after it. */
        private int frontMatter(int first) {
            if (first >= lines.size() || !lines.get(first).content().equals("---")) {
                return first;
            }
            for (int i = first + 1; i < Math.min(lines.size(), first + 80); i++) {
                Line line = lines.get(i);
                if (line.content().equals("---")) {
                    return i + 1;
                }
                Matcher kv = FRONT_MATTER_KEY.matcher(line.content());
                if (!kv.matches() || line.contentStart() > line.start()) {
                    continue;
                }
                String key = kv.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = kv.group(2).strip();
                int valueStart = line.contentStart() + kv.start(2);
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                    valueStart++;
                }
                if (key.equals("title") && !value.isEmpty()) {
                    headline = clean(MappedText.of(value, valueStart));
                } else if ((key.equals("published") || key.equals("date")) && date == null) {
                    date = NewsDates.find(value).map(NewsDates.Found::date).orElse(null);
                }
            }
            return first;
        }

        /**
         * Reads the head from line {@code at}: the headline, standfirsts, bylines, date lines and captions before
         * the lead. Returns the index of the lead's line.
         */
        private int head(int at) {
            int i = firstNonBlank(at);
            if (i >= lines.size()) {
                return i;
            }
            if (headline == null && isHeadline(i)) {
                headline = clean(MappedText.of(lines.get(i).content(), lines.get(i).contentStart())
                        .keepGroup(HEADING_MARK, 0));
                i = firstNonBlank(i + 1);
            }
            int seen = 0;
            while (i < lines.size() && seen++ < HEAD_LINES) {
                Line line = lines.get(i);
                String content = cleanText(line.content());
                Optional<ArticleShapes.Rule> rule = ArticleShapes.ruleFor(content);
                if (content.isEmpty()) {
                    seen--; // a Markdown image, or marks alone
                } else if (ArticleShapes.isDateLine(content)) {
                    takeDate(content);
                } else if (rule.isPresent() && rule.get().kind() != ArticleShapes.Kind.BOILERPLATE
                        || rule.isPresent() && seen <= 3) {
                    takeCredit(content, rule.get());
                } else if (opensWithDateline(content) || !isStandfirst(i)) {
                    return i;
                }
                i = firstNonBlank(i + 1);
            }
            return i;
        }

        /** Whether line {@code i}, the first of the file, is a headline rather than the start of the story. */
        private boolean isHeadline(int i) {
            Line line = lines.get(i);
            String content = cleanText(line.content());
            if (content.length() > LONGEST_HEADLINE || ArticleShapes.isDateLine(content)
                    || ArticleShapes.ruleFor(content).isPresent() || opensWithDateline(content)) {
                return false;
            }
            if (i + 1 >= lines.size() || lines.get(i + 1).blank()) {
                return firstNonBlank(i + 1) < lines.size();
            }
            String next = cleanText(lines.get(i + 1).content());
            if (next.matches("^[=\\-]{3,}$") || ArticleShapes.isDateLine(next) || ArticleShapes.ruleFor(next).isPresent()) {
                return true;
            }
            return !continues(content, next);
        }

        /**
         * Whether a text line in the head is a standfirst (a subtitle) rather than the lead: a single sentence that
         * a byline or date line follows, or that ends the head's block of lines when the story follows apart.
         */
        private boolean isStandfirst(int i) {
            String content = cleanText(lines.get(i).content());
            if (headline == null || content.length() > LONGEST_STANDFIRST || sentences(content) > 1) {
                return false;
            }
            int next = firstNonBlank(i + 1);
            for (int j = next, k = 0; j < lines.size() && k < 2; j = firstNonBlank(j + 1), k++) {
                String later = cleanText(lines.get(j).content());
                if (ArticleShapes.isDateLine(later) || ArticleShapes.ruleFor(later).filter(r ->
                        r.kind() == ArticleShapes.Kind.BYLINE || r.kind() == ArticleShapes.Kind.CREDIT).isPresent()) {
                    return true;
                }
            }
            boolean endsBlock = i + 1 < lines.size() && lines.get(i + 1).blank() && next < lines.size();
            boolean inHeadBlock = i > 0 && !lines.get(i - 1).blank();
            return endsBlock && inHeadBlock;
        }

        private void takeDate(String content) {
            Matcher documented = ArticleShapes.DOCUMENTED_DATE.matcher(content);
            if (documented.matches()) {
                LocalDate given;
                try {
                    given = LocalDate.parse(documented.group(1));
                } catch (java.time.DateTimeException e) {
                    throw new BadDateException(documented.group(1));
                }
                date = date == null ? given : date;
                caption = caption == null && !documented.group(2).isBlank() ? documented.group(2).strip() : caption;
                return;
            }
            if (date == null) {
                date = NewsDates.find(content).map(NewsDates.Found::date).orElse(null);
            }
        }

        private void takeCredit(String content, ArticleShapes.Rule rule) {
            if (rule.kind() == ArticleShapes.Kind.BYLINE) {
                if (date == null) {
                    date = NewsDates.find(content).map(NewsDates.Found::date).orElse(null);
                }
                if (credit == null) {
                    credit = ArticleShapes.bylineOutlet(content).orElse(null);
                }
            } else if (credit == null) {
                credit = ArticleShapes.credit(content).orElse(null);
            }
        }

        /** The story's paragraphs from line {@code lead} on, cleaned, without what is not the story. */
        private List<MappedText> paragraphs(int lead) {
            List<MappedText> paragraphs = new ArrayList<>();
            int i = lead;
            while (i < lines.size()) {
                i = firstNonBlank(i);
                int end = i;
                while (end < lines.size() && !lines.get(end).blank()) {
                    end++;
                }
                if (i < end) {
                    for (MappedText paragraph : block(i, end)) {
                        MappedText cleaned = clean(paragraph);
                        if (!cleaned.text().isEmpty() && keep(cleaned.text(), paragraphs.isEmpty())) {
                            paragraphs.add(cleaned);
                        }
                    }
                }
                i = end;
            }
            return paragraphs;
        }

        /** Whether a paragraph is the story's, rather than a caption, an advertisement, a link or a trailer. */
        private boolean keep(String paragraph, boolean first) {
            Optional<ArticleShapes.Rule> rule = ArticleShapes.ruleFor(paragraph);
            if (rule.isEmpty()) {
                return !(first && ArticleShapes.isDateLine(paragraph));
            }
            if (rule.get().kind() == ArticleShapes.Kind.BYLINE && !first) {
                return true; // "By then, ..." deep in a story is a sentence, not a byline
            }
            if (credit == null) {
                credit = ArticleShapes.credit(paragraph).orElse(null);
            }
            return false;
        }

        /**
         * The paragraphs of one block of lines with no blank line between them: each line a paragraph, or lines
         * hard-wrapped at a width joined into paragraphs that break where a line is indented or ends short.
         */
        private List<MappedText> block(int from, int to) {
            List<MappedText> paragraphs = new ArrayList<>();
            int width = 0;
            for (int i = from; i < to; i++) {
                width = Math.max(width, lines.get(i).content().length());
            }
            boolean wrapped = isWrapped(from, to, width);
            MappedText.Builder paragraph = new MappedText.Builder();
            for (int i = from; i < to; i++) {
                Line line = lines.get(i);
                if (paragraph.length() > 0) {
                    paragraph.put(' ', line.contentStart() - 1);
                }
                paragraph.copy(line.content(), 0, line.content().length(), line.contentStart());
                boolean last = i + 1 == to;
                boolean carriesOn = !last && !endsSentence(line.content())
                        && Character.isLowerCase(lines.get(i + 1).content().codePointAt(0));
                if (last || !wrapped && !carriesOn || wrapped && endsParagraph(line, lines.get(i + 1), width)) {
                    paragraphs.add(paragraph.build());
                    paragraph = new MappedText.Builder();
                }
            }
            return paragraphs;
        }

        /** Lines wrapped at a fixed width: most of them near the widest, which is short, and few ending a sentence. */
        private boolean isWrapped(int from, int to, int width) {
            if (to - from < 3 || width > 100) {
                return false;
            }
            int near = 0;
            int open = 0;
            for (int i = from; i < to - 1; i++) {
                String content = lines.get(i).content();
                near += content.length() >= width * 0.7 ? 1 : 0;
                open += endsSentence(content) ? 0 : 1;
            }
            return near * 2 >= to - from - 1 && open * 2 >= to - from - 1;
        }

        private boolean endsParagraph(Line line, Line next, int width) {
            int indent = next.contentStart() - lineStart(next);
            int ownIndent = line.contentStart() - lineStart(line);
            boolean indented = indent > ownIndent && next.content().length() > 0 && indent - ownIndent >= 2
                    || indent > 0 && ownIndent == 0 && indent >= 2 && !text.startsWith(" ", lineStart(line));
            return indented || endsSentence(line.content()) && line.content().length() < width * 0.8;
        }

        private static int lineStart(Line line) {
            return line.start();
        }

        /** Takes a dateline off the first paragraph; returns what it found and the paragraphs without it. */
        private Dateline dateline(List<MappedText> paragraphs) {
            if (paragraphs.isEmpty()) {
                return new Dateline(null, null, null, paragraphs);
            }
            MappedText first = paragraphs.get(0);
            Optional<ArticleShapes.Dateline> found = ArticleShapes.dateline(first.text());
            if (found.isEmpty()) {
                return new Dateline(null, null, null, paragraphs);
            }
            List<MappedText> rest = new ArrayList<>(paragraphs);
            rest.set(0, first.slice(found.get().length(), first.text().length()));
            return new Dateline(found.get().place(), found.get().when(), found.get().agency(), rest);
        }

        private record Dateline(String place, String when, String agency, List<MappedText> paragraphs) {
        }

        private static MappedText join(List<MappedText> paragraphs) {
            MappedText.Builder story = new MappedText.Builder();
            for (MappedText paragraph : paragraphs) {
                if (story.length() > 0) {
                    int end = paragraph.fileOffset(0);
                    story.put("\n\n", Math.max(0, end - 1));
                }
                story.append(paragraph);
            }
            return story.build();
        }
    }

    /** Whether a line opens with a dateline that a headline would not have ("Brexit: ..." might be either). */
    private static boolean opensWithDateline(String content) {
        return ArticleShapes.dateline(content).filter(d -> !d.byColonOnly()).isPresent();
    }

    /** A line's text as a reader sees it, for deciding what the line is (offsets are not kept). */
    private static String cleanText(String line) {
        return clean(MappedText.of(line, 0)).text();
    }

    /** Markdown marks removed, HTML character references decoded, white space folded and trimmed. */
    private static MappedText clean(MappedText text) {
        MappedText t = text.keepGroup(MARKDOWN_IMAGE, 0)
                .keepGroup(WIKI_LINK, 1)
                .keepGroup(MARKDOWN_LINK, 1)
                .keepGroup(HEADING_MARK, 0)
                .keepGroup(EMPHASIS, 0)
                .replace(ENTITY, entity -> org.jsoup.parser.Parser.unescapeEntities(entity, false))
                .replace(Pattern.compile("[\\s\u00A0\u2007\u202F]{2,}|[\u00A0\u2007\u202F\\t]"), space -> " ");
        return t.strip();
    }

    private static boolean endsSentence(String line) {
        return line.matches(".*[.!?][\"'\u201D\u2019)\\]]*$") || line.matches(".*[.!?]\\s*[\"'\u201D\u2019]$");
    }

    /** Whether {@code next} carries on the paragraph {@code line} began: wrapped text, not a new line of the head. */
    private static boolean continues(String line, String next) {
        if (next.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        boolean similar = line.length() > 50 && next.length() > 50
                && Math.abs(line.length() - next.length()) < Math.max(line.length(), next.length()) / 4;
        return similar && !endsSentence(line);
    }

    /** How many sentences a line holds, by full stops followed by a capital (abbreviations aside). */
    private static int sentences(String line) {
        return io.daybrief.analysis.Sentences.of(line).size();
    }
}
