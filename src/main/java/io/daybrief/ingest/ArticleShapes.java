package io.daybrief.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of the lines that surround a story in the files wires, sites and exports deliver: date lines,
 * bylines and credits, photo captions, datelines, and the boilerplate that is not the story (advertising,
 * related links, copyright, trailers, share lines). Each shape is a named rule; the reader asks which one a
 * line has, so that a decision can be explained by its rule's name.
 */
final class ArticleShapes {

    /** What a line of a file is, when it is not the story's own text. */
    enum Kind { DATE, BYLINE, CREDIT, CAPTION, SEPARATOR, BOILERPLATE, LINK_DEFINITION }

    /** A named rule: a line that matches it is of its kind. */
    record Rule(String name, Kind kind, Pattern pattern) {
        boolean matches(String line) {
            return pattern.matcher(line).find();
        }
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Rules for whole lines or paragraphs, tried in this order. */
    static final List<Rule> RULES = List.of(
            new Rule("separator", Kind.SEPARATOR, Pattern.compile("^[=\\-_*~#·•.\\s]{3,}$")),
            new Rule("link definition", Kind.LINK_DEFINITION, Pattern.compile("^\\[[^\\]]{1,40}\\]:\\s*\\S+$")),
            new Rule("byline", Kind.BYLINE, Pattern.compile("^(?:(?:news )?analysis |words |written |story |text )?by\\b"
                    + "(?:\\s*[.:]\\s*|\\s+)\\S", I)),
            new Rule("staff credit", Kind.CREDIT, Pattern.compile("^(?:from )?(?:staff|wire|news) (?:reports?|writers?|and agencies"
                    + "|report)$|^staff$|^agencies$", I)),
            new Rule("caption label", Kind.CAPTION, Pattern.compile("^(?:file photo|photo|photograph|picture|pictured"
                    + "|image(?: source| caption)?|caption|credit|video)\\s*[:,]", I)),
            new Rule("markdown image", Kind.CAPTION, Pattern.compile("^!\\[[^\\]]*\\]\\([^)]*\\)")),
            new Rule("photo credit", Kind.CAPTION, Pattern.compile("(?:\\((?:[^()]*?\\b(?:photo|photograph|pic|getty"
                    + "|images)\\b[^()]*|\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)*/\\p{Lu}[^()]*)\\)"
                    + "|\\bphotograph:\\s.*|\\bREUTERS/.*)\\s*[.*_]?\\s*$", I)),
            new Rule("picture pointer", Kind.CAPTION, Pattern.compile("\\((?:pictured|above|below|left|right|centre"
                    + "|center|top|bottom|inset)\\b[^()]*\\)[^.!?]*$", I)),
            new Rule("advertising", Kind.BOILERPLATE, Pattern.compile("^(?:advertisements?|advertising|sponsored(?: content)?"
                    + "|(?:story|article) continues below.*|continue reading(?: below| the main story)?"
                    + "|scroll (?:down )?for (?:video|more)|skip advertisement)\\W*$", I)),
            new Rule("related link", Kind.BOILERPLATE, Pattern.compile("^(?:read more|also read|related(?: articles?| stories)?"
                    + "|more on this|more|see also|recommended|watch|listen|ireport|profile|most read|trending|explainer"
                    + "|topics|tags|filed under|categories)\\s*[:|>\u2014\u2013-]", I)),
            new Rule("bracketed media", Kind.CAPTION, Pattern.compile("^\\[(?:photo|image|picture|video|graphic|gallery)"
                    + "[^\\]]*\\]$", I)),
            new Rule("copyright", Kind.BOILERPLATE, Pattern.compile("^(?:\u00a9|\\(c\\)\\s|copyright\\b)|all rights reserved", I)),
            new Rule("reporting trailer", Kind.BOILERPLATE, Pattern.compile("^\\(?(?:additional )?(?:reporting|writing"
                    + "|editing|compiled|edited|produced|research) by\\b", I)),
            new Rule("contributor trailer", Kind.BOILERPLATE, Pattern.compile("(?:contributed (?:to )?(?:this|the) (?:report"
                    + "|story|article)|contributed reporting|also contributed|^contributing\\s*:|wrote and reported"
                    + "|^[^.]{0,80}\\b(?:writers?|correspondents?|reporters?|producers?)\\b[^.]{0,60}\\bcontributed)\\W*$",
                    I)),
            new Rule("agency trailer", Kind.BOILERPLATE, Pattern.compile("^[\u2014\u2013-]+\\s*(?:with|from|by)\\s+\\S+"
                    + "|^SOURCE\\s+\\p{Lu}\\S*(?:\\s+\\S+){0,4}$|^(?:this|the) (?:article|story|report) (?:has been|was)"
                    + " (?:adapted|published|updated|produced)|^our standards\\s*:|trust principles", I)),
            new Rule("share line", Kind.BOILERPLATE, Pattern.compile("^(?:follow|like|join) (?:us|me|@)|^(?:share|tweet"
                    + "|email|print) (?:this|on|article)\\b|^email (?:your|us)\\b|\\bclick here\\b|^sign up\\b"
                    + "|^subscribe\\b|pic\\.twitter\\.com|\\(@\\w+\\)\\s+\\p{L}+\\.?\\s+\\d{1,2},\\s+\\d{4}$|^download the\\b"
                    + "|^get (?:the|our) (?:latest|newsletter|app)\\b|^newsletter\\b", I)));

    /** A line or paragraph longer than this is the story's text, whatever it ends with (a trailer it holds stays). */
    static final int LONGEST_SHAPE = 400;

    /** The first rule a line or paragraph matches, if any. */
    static Optional<Rule> ruleFor(String text) {
        if (text.length() > LONGEST_SHAPE) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            if (rule.matches(text)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Words that may stand beside a date on a date line without making it a line of text. */
    private static final Pattern DATE_FILLER = Pattern.compile("\\b(?:date|dated|published|posted|updated|last|modified"
            + "|created|on|at|and|time|uk|et|pt|ct|mt|utc|gmt|[a-z]{1,2}[sd]t|cet|cest|bst|ist|hkt|hst|jst|aest"
            + "|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|a\\.?m\\.?|p\\.?m\\.?|am|pm|noon"
            + "|midnight|\\d{1,4}(?:[:.]\\d{2}){0,2}(?:am|pm)?|[+-]\\d{4})\\b", I);
    private static final Pattern LABEL_ONLY = Pattern.compile("^(?:date|dated|published|posted|updated|last updated"
            + "|first published)\\s*:?$", I);
    private static final Pattern LABELLED = Pattern.compile("^(?:first |last )?(?:published|posted|updated|modified"
            + "|dated?)\\b", I);
    /** The documented date line, {@code date YYYY-MM-DD}, which a photo caption may follow. */
    static final Pattern DOCUMENTED_DATE = Pattern.compile("^date\\s*:?\\s+(\\d{4}-\\d{1,2}-\\d{1,2})\\b\\s*(.*)$", I);

    /** Whether a line is a date line: a date with labels, times and zones around it, or a label alone. */
    static boolean isDateLine(String line) {
        if (DOCUMENTED_DATE.matcher(line).matches()) {
            return true; // the documented line, whatever caption follows the date
        }
        if (line.length() > 160) {
            return false;
        }
        if (LABEL_ONLY.matcher(line).matches()) {
            return true;
        }
        Optional<NewsDates.Found> found = NewsDates.find(line);
        if (found.isEmpty()) {
            return false;
        }
        if (LABELLED.matcher(line).lookingAt()) {
            return true; // "Posted on 6 February 2026 by the news desk"
        }
        String rest = line.substring(0, found.get().start()) + " " + line.substring(found.get().end());
        for (NewsDates.Found other : NewsDates.findAll(rest)) {
            rest = rest.substring(0, other.start()) + " " + rest.substring(other.end());
        }
        rest = DATE_FILLER.matcher(rest).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return rest.isEmpty() || rest.split(" ").length <= 1;
    }

    /**
     * A dateline that opens a story's first paragraph: a place in capitals or in title case, perhaps with a region,
     * a date and the agency in parentheses or slashes, and a dash or colon; or the agency alone in parentheses,
     * which may be glued to the first word ({@code (CNN)The}).
     */
    private static final String PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'\u2019/&-]*";
    private static final String PLACE = PLACE_WORD + "(?:\\s+(?:" + PLACE_WORD + "|of|de|la|el|al|upon|on))*";
    private static final String WHEN = "(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+\\p{L}{3,9}\\.?(?:\\s+\\d{4})?)";
    private static final String AGENCY = "(?:\\((?<agency>\\p{Lu}[^()\\n]{0,38}?)\\)|/(?<slashed>\\p{Lu}[\\p{L} ]{1,30})/)";
    private static final String DASH = "(?<dash>\\s*(?:--|[\u2014\u2013]|\\s-|:)\\s*)";
    static final Pattern PLACE_DATELINE = Pattern.compile("^(?<place>" + PLACE + "(?:,\\s*" + PLACE + "){0,2}?)"
            + "(?:,\\s*(?<when>" + WHEN + "))?(?=\\s*(?:\\(|/\\p{Lu}|--|[\u2014\u2013]|\\s-|:))\\s*" + AGENCY + "?"
            + DASH + "?");
    static final Pattern AGENCY_DATELINE = Pattern.compile("^" + AGENCY + DASH + "?\\s*");

    /**
     * A dateline found at the start of a paragraph: its place (or null), date text, agency and length, and whether
     * only a colon after a title-case place marks it, which a headline such as "Brexit: ..." also has.
     */
    record Dateline(String place, String when, String agency, int length, boolean byColonOnly) {
    }

    /** A dateline is short: only this much of a paragraph's opening is read for one. */
    private static final int LONGEST_DATELINE = 160;

    /** The dateline that opens {@code paragraph}, if one does. */
    static Optional<Dateline> dateline(String whole) {
        // Reading only the opening also bounds the work of the place pattern on a long run of capitalised words.
        String paragraph = whole.length() > LONGEST_DATELINE + 40 ? whole.substring(0, LONGEST_DATELINE + 40) : whole;
        Matcher agencyOnly = AGENCY_DATELINE.matcher(paragraph);
        if (agencyOnly.find() && isAgency(agencyOnly.group("agency") != null ? agencyOnly.group("agency")
                : agencyOnly.group("slashed"))) {
            return Optional.of(new Dateline(null, null, agency(agencyOnly), agencyOnly.end(), false));
        }
        Matcher m = PLACE_DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group("place").strip();
        String agency = agency(m);
        boolean dash = m.group("dash") != null;
        boolean capitals = place.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && place.chars().filter(Character::isLetter).count() >= 3;
        int words = place.split("[\\s,]+").length;
        // Title-case places need an agency, or a dash after few words, to be told from a sentence's subject.
        String mark = dash ? m.group("dash").strip() : "";
        // Title-case places need an agency, a long dash, or a colon after a place and its region, to be told from
        // a sentence's subject ("Indianapolis –", "Washington, DC, United States:").
        boolean titled = words <= 5 && (agency != null || mark.equals("--") || mark.equals("—")
                || mark.equals("–") || mark.equals(":") && (place.contains(",") || words <= 3
                && !NOT_PLACES.matcher(place).matches()));
        if (agency != null && !isAgency(agency) || !(capitals && (dash || agency != null || m.group("when") != null)
                || titled)) {
            return Optional.empty();
        }
        int end = m.end();
        while (end < paragraph.length() && MappedText.isSpace(paragraph.charAt(end))) {
            end++;
        }
        if (end >= paragraph.length()) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(place, m.group("when"), agency, end, agency == null && mark.equals(":")
                && !capitals));
    }

    /** Title-case words that open a lead with a colon and are not places ("Update: ...", "Breaking: ..."). */
    private static final Pattern NOT_PLACES = Pattern.compile("(?:update[ds]?|breaking(?: news)?|analysis|exclusive"
            + "|opinion|editorial|comment|watch|live|note|editor's note|correction|summary|background|explainer"
            + "|in brief|photos?|video|listen|read|why|how|what|who|when|where)", I);

    private static String agency(Matcher m) {
        String agency = m.group("agency") != null ? m.group("agency") : m.group("slashed");
        return agency == null ? null : agency.strip();
    }

    /** An agency's name: a few words, the first a capital, none of them a sentence. */
    private static boolean isAgency(String name) {
        return name != null && !name.isBlank() && name.strip().split("\\s+").length <= 4
                && Character.isUpperCase(name.strip().charAt(0)) && !name.matches(".*\\d{3,}.*");
    }

    /** The outlet a byline names after its author ({@code , CNN Business}, {@code for MailOnline}), if any. */
    static Optional<String> bylineOutlet(String byline) {
        String text = byline.replaceAll("[*_]", "");
        Matcher outlet = Pattern.compile("(?:,|\\bfor)\\s+(?<outlet>[\\p{Lu}][^,|\u00b7]*?)\\s*(?:[|\u00b7]|$)").matcher(text);
        String found = null;
        while (outlet.find()) {
            found = outlet.group("outlet");
        }
        if (found == null) {
            // "By HNN Staff", "By . Daily Courier Reporter ." name the outlet before the role.
            Matcher staff = Pattern.compile("^by\\s*\\.?\\s*(?<outlet>\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){0,3}?)\\s+"
                    + "(?:staff|reporter|correspondent|writers?)\\b", I).matcher(text);
            found = staff.find() ? staff.group("outlet") : null;
        }
        if (found == null) {
            return Optional.empty();
        }
        String name = ROLE.matcher(found).replaceAll("").replaceAll("\\s+", " ").strip();
        return name.isEmpty() || NewsDates.find(name).isPresent() ? Optional.empty() : Optional.of(name);
    }

    private static final Pattern ROLE = Pattern.compile("\\b(?:senior|chief|staff|contributing|political|foreign"
            + "|editor(?:-at-large)?|at-large|correspondent|reporter|writer|columnist|analyst|producer|contributor"
            + "|journalist)\\b", I);

    /** The agency a caption or trailer credits ({@code (AFP pic)}, {@code REUTERS/}, {@code — With AFP}), if any. */
    static Optional<String> credit(String line) {
        for (Pattern p : CREDITS) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                String name = m.group("name").strip().replaceAll("[.,;]+$", "");
                if (!name.isEmpty() && name.length() <= 40) {
                    return Optional.of(name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 3
                            ? name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) : name);
                }
            }
        }
        return Optional.empty();
    }

    private static final List<Pattern> CREDITS = List.of(
            Pattern.compile("\\((?<name>\\p{Lu}[\\p{L}]+) pic\\)", I),
            Pattern.compile("\\b(?<name>REUTERS|AFP|AP|EPA)/"),
            Pattern.compile("\\((?<name>AP|AFP|EPA|Reuters) Photo", I),
            Pattern.compile("^[\u2014\u2013-]+\\s*with\\s+(?<name>\\S+)$", I),
            Pattern.compile("^(?:\u00a9|\\(c\\)|copyright)\\s*(?:\\d{4}\\s+)?(?<name>\\p{Lu}[\\p{L} .&]{1,38}?)"
                    + "(?:\\.|\\s+all rights|$)", I),
            Pattern.compile("^SOURCE\\s+(?<name>\\p{Lu}.{0,38})$"));
}
