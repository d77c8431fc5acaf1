package io.daybrief.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a web page: the article without navigation, ads, captions, related links, comments and cookie
 * banners.
 *
 * <p>Boilerplate is dropped first by what it is (its tag, its role, a class or id that names it); each remaining
 * block of text then scores its container by its length, its punctuation and how little of it is links, as
 * readers of news pages weigh them; the best container and those of its siblings that score like it are the
 * article. Measured with {@code daybrief eval --pages}.
 */
final class PageText {

    /** Tags that never hold article text (the headline, h1, is the title, not the text). */
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "nav", "aside", "footer", "figure",
            "figcaption", "picture", "video", "audio", "map", "dialog", "menu", "label", "head", "h1");

    /** Tags whose text is a block of its own. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "dl", "dt", "dd",
            "header", "form", "center", "address", "body", "tbody", "thead", "details", "summary", "hr", "br");

    /** Tags whose text counts as paragraphs when scoring a container. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3", "h4",
            "div", "section", "dd");

    /** Class and id words of boilerplate: what readers of news pages drop before scoring. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?:^|[-_\\s])(?:comment|comments|disqus|share|sharing"
            + "|social|related|recommend\\w*|promo|sponsor\\w*|advert\\w*|ads?|adsense|banner|cookie\\w*|consent|gdpr"
            + "|newsletter|subscribe|subscription|signup|paywall|breadcrumbs?|sidebar|widget|menu|navbar|nav"
            + "|footer|masthead|toolbar|popup|modal|overlay|caption|credits?|outbrain|taboola|more-stories|read-more"
            + "|readmore|tags?|tag-list|author-bio|bio|pagination|pager|print|skip|hidden|visually-hidden|sr-only"
            + "|screen-reader-text|byline|dateline|timestamp|meta|share-tools|trending|most-popular|popular|rss|tooltip|popover"
            + "|rollover(?:-\\w+)?|hovercard|dropdown|next|prev|previous|next-prev|recirc\\w*|also-read|more-from)"
            + "(?:$|[-_\\s])", Pattern.CASE_INSENSITIVE);

    /**
     * Tags inside a sentence: never dropped for what their class says, since a name in a hover card's link or a
     * dateline in a span is part of the sentence that holds it.
     */
    private static final Set<String> INLINE = Set.of("span", "a", "em", "strong", "b", "i", "u", "small", "sup",
            "sub", "abbr", "cite", "q", "mark", "time", "font", "code");

    /** Class and id words of cards shown on hover. */
    private static final Pattern POPUP = Pattern.compile("tooltip|popover|rollover|hovercard|popup|flyout",
            Pattern.CASE_INSENSITIVE);

    /** Class and id words of an article body, which keep a container whatever else its names say. */
    private static final Pattern ARTICLE = Pattern.compile("article|story|entry|post-?(?:body|content)|body-?text"
            + "|main-?content|content-?body|articlebody|text-?body|rich-?text", Pattern.CASE_INSENSITIVE);

    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "dialog", "alert", "menu", "menubar", "toolbar");

    /** The share of the page's text beyond which a part is a wrapper of the article, not boilerplate. */
    private static final double MOST_OF_PAGE = 0.4;

    /** How many ancestors a paragraph's score reaches. */
    private static final int ANCESTORS_SCORED = 3;

    /** Candidates compared with the best, the share of its score that makes one close, and how many close ones
     * under one ancestor make that ancestor the container. */
    private static final int CLOSE_CANDIDATES = 4;
    private static final double CLOSE_SHARE = 0.75;
    private static final int SHARED_ANCESTOR = 3;

    /** A sibling of the best container belongs with it from this score, or this share of the best's. */
    private static final double SIBLING_FLOOR = 10;
    private static final double SIBLING_SHARE = 0.2;

    /** A sibling paragraph this long with this little of it in links is prose of the article. */
    private static final int LONG_PARAGRAPH = 80;
    private static final double PROSE_LINKS = 0.25;

    /** How much more prose a parent must hold than the best container to take its place. */
    private static final double MORE_PROSE = 1.5;

    /** Blocks that, mostly links, are lists of other pages rather than the article. */
    private static final Set<String> LINK_LISTS = Set.of("div", "section", "ul", "ol", "table", "dl", "header");
    private static final double MOSTLY_LINKS = 0.5;

    /** The shortest paragraph that adds to its container's score, in characters. */
    private static final int SHORTEST_PARAGRAPH = 25;

    private PageText() {
    }

    /** The article text of {@code body}, paragraphs separated by blank lines; empty when the page holds none. */
    static String of(Element body) {
        Element page = body.clone();
        dropBoilerplate(page);
        Map<Element, Double> scores = new IdentityHashMap<>();
        Element best = bestContainer(page, scores);
        if (best == null) {
            return "";
        }
        best = widened(best, page);
        List<String> paragraphs = new ArrayList<>();
        for (Element part : withSiblings(best, scores)) {
            dropLinkLists(part);
            paragraphs(part, paragraphs);
        }
        return String.join("\n\n", paragraphs);
    }

    /** All the text of an HTML fragment (a feed entry's summary), paragraphs separated by blank lines. */
    static String ofFragment(Element body) {
        Element copy = body.clone();
        dropHidden(copy);
        List<String> paragraphs = new ArrayList<>();
        paragraphs(copy, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    /** Drops what no reader sees, and the tags that never hold article text. */
    private static void dropHidden(Element page) {
        List<Element> drop = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (element != page && isHidden(element)) {
                drop.add(element);
            }
        }
        drop.forEach(Element::remove);
    }

    private static void dropBoilerplate(Element page) {
        dropHidden(page);
        int pageText = page.text().length();
        List<Element> all = new ArrayList<>(page.getAllElements());
        java.util.Collections.reverse(all); // the innermost first, so a hover card goes before the link it hangs on
        for (Element element : all) {
            if (element != page && (isNamedBoilerplate(element) && element.text().length() < pageText * MOST_OF_PAGE
                    || isPopup(element))) {
                element.remove();
            }
        }
    }

    /** A part of the page no reader sees, or one that is never article text by its tag or role. */
    private static boolean isHidden(Element element) {
        return NEVER_TEXT.contains(element.normalName()) || element.hasAttr("hidden")
                || "true".equals(element.attr("aria-hidden")) || HIDDEN_STYLE.matcher(element.attr("style")).find()
                || ROLES.contains(element.attr("role"));
    }

    /**
     * An inline card shown on hover (a tooltip, a person's card beside their name): named so, and holding a picture
     * or several links rather than words of the sentence.
     */
    private static boolean isPopup(Element element) {
        return INLINE.contains(element.normalName())
                && POPUP.matcher(element.className() + " " + element.id()).find()
                && (!element.getElementsByTag("img").isEmpty() || element.getElementsByTag("a").size() > 1);
    }

    /**
     * A block whose class or id names boilerplate. A wrapper of most of the page is never one, whatever it is
     * called ("page has-sidebar"): the article is inside it.
     */
    private static boolean isNamedBoilerplate(Element element) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
                || INLINE.contains(tag)) {
            return false;
        }
        String names = element.className() + " " + element.id();
        return BOILERPLATE.matcher(names).find() && !ARTICLE.matcher(names).find();
    }

    /**
     * The element whose paragraphs score highest, each paragraph adding to its parent, half to the one above and
     * less to those further up; when several strong candidates sit under one ancestor (a body split into columns),
     * that ancestor.
     */
    private static Element bestContainer(Element page, Map<Element, Double> scores) {
        for (Element element : page.getAllElements()) {
            if (!PARAGRAPHS.contains(element.normalName())) {
                continue;
            }
            String text = ownBlockText(element);
            if (text.length() < SHORTEST_PARAGRAPH) {
                continue;
            }
            double score = 1 + text.split("[,\u060C\u3001]", -1).length - 1 + Math.min(text.length() / 100.0, 3);
            Element ancestor = element.parent();
            for (int level = 0; ancestor != null && level < ANCESTORS_SCORED; level++) {
                scores.merge(ancestor, score / (level == 0 ? 1 : level == 1 ? 2 : level * 3), Double::sum);
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((element, score) -> score * (1 - linkDensity(element)));
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        if (ranked.isEmpty()) {
            return null;
        }
        Element best = ranked.get(0).getKey();
        double top = ranked.get(0).getValue();
        List<Element> close = ranked.stream().skip(1).limit(CLOSE_CANDIDATES)
                .filter(e -> e.getValue() >= top * CLOSE_SHARE).map(Map.Entry::getKey).toList();
        if (close.size() >= SHARED_ANCESTOR) {
            for (Element ancestor = best.parent(); ancestor != null && ancestor != page; ancestor = ancestor.parent()) {
                Element a = ancestor;
                long under = close.stream().filter(c -> c.parents().contains(a)).count();
                if (under >= SHARED_ANCESTOR) {
                    return ancestor;
                }
            }
        }
        return best;
    }

    /**
     * The best container, or the ancestor it is part of: one that is all it holds (its siblings are the
     * ancestor's), or one that holds much more prose with few links (the article goes on beside it).
     */
    private static Element widened(Element best, Element page) {
        Element widest = best;
        for (Element ancestor = best.parent(); ancestor != null && ancestor != page; ancestor = ancestor.parent()) {
            if (ancestor.children().size() == 1 && ancestor == widest.parent() || holdsMoreProse(ancestor, widest)) {
                widest = ancestor;
            }
        }
        return widest;
    }

    /**
     * Whether {@code parent} holds much more prose than {@code child} (a body split into one card per paragraph)
     * and little of it links.
     */
    private static boolean holdsMoreProse(Element parent, Element child) {
        return prose(parent) >= prose(child) * MORE_PROSE && linkDensity(parent) < PROSE_LINKS;
    }

    /** The characters of an element's paragraphs long enough to score. */
    private static int prose(Element element) {
        int chars = 0;
        for (Element block : element.getAllElements()) {
            if (PARAGRAPHS.contains(block.normalName())) {
                String text = ownBlockText(block);
                chars += text.length() >= SHORTEST_PARAGRAPH ? text.length() : 0;
            }
        }
        return chars;
    }

    /** Drops the blocks inside the article that are mostly links: related stories, tag lists, next and previous. */
    private static void dropLinkLists(Element part) {
        List<Element> drop = new ArrayList<>();
        for (Element element : part.getAllElements()) {
            if (element != part && LINK_LISTS.contains(element.normalName()) && !element.text().isBlank()
                    && linkDensity(element) >= MOSTLY_LINKS) {
                drop.add(element);
            }
        }
        drop.forEach(Element::remove);
    }

    /** The text an element holds itself, not inside a child block of its own. */
    private static String ownBlockText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.text());
            } else if (child instanceof Element e && !BLOCKS.contains(e.normalName())) {
                text.append(e.text());
            }
        }
        return text.toString().strip();
    }

    private static double linkDensity(Element element) {
        int all = element.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : element.getElementsByTag("a")) {
            links += a.text().length();
        }
        return Math.min(1, links / (double) all);
    }

    /**
     * The best container and those of its siblings that belong with it: ones that score like it, and paragraphs of
     * prose that are not links.
     */
    private static List<Element> withSiblings(Element best, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double top = scores.getOrDefault(best, 0.0);
        double threshold = Math.max(SIBLING_FLOOR, top * SIBLING_SHARE);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || belongsWith(sibling, best, scores.getOrDefault(sibling, 0.0), top, threshold)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean belongsWith(Element sibling, Element best, double score, double top, double threshold) {
        boolean sameKind = !best.className().isEmpty() && sibling.className().equals(best.className());
        if (score + (sameKind ? top * SIBLING_SHARE : 0) >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        String text = sibling.text();
        double links = linkDensity(sibling);
        return text.length() > LONG_PARAGRAPH && links < PROSE_LINKS
                || text.length() > 0 && links == 0 && text.matches("(?s).*[.!?][\"'\u201D\u2019]?$");
    }

    /** Appends the paragraphs of {@code element} in reading order: each block's own text, links and all. */
    private static void paragraphs(Element element, List<String> out) {
        StringBuilder line = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (child instanceof Element e) {
                if (e.normalName().equals("br")) {
                    flush(line, out);
                } else if (BLOCKS.contains(e.normalName())) {
                    flush(line, out);
                    paragraphs(e, out);
                } else {
                    line.append(e.wholeText());
                }
            }
        }
        flush(line, out);
    }

    private static void flush(StringBuilder line, List<String> out) {
        String text = line.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!text.isEmpty() && !isPromotion(text)) {
            out.add(text);
        }
        line.setLength(0);
    }

    /** Rules for lines that are never the story's: advertising, pointers to other stories, calls to act. */
    private static final List<ArticleShapes.Rule> PROMOTIONS = ArticleShapes.RULES.stream()
            .filter(rule -> Set.of("advertising", "related link", "share line").contains(rule.name())).toList();

    /** A paragraph that advertises or points elsewhere, as text articles' readers find them too. */
    private static boolean isPromotion(String paragraph) {
        if (paragraph.length() > ArticleShapes.LONGEST_SHAPE) {
            return false;
        }
        for (ArticleShapes.Rule rule : PROMOTIONS) {
            if (rule.matches(paragraph)) {
                return true;
            }
        }
        return false;
    }
}
