package io.daybrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.event.Published;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article read from a web page: its headline, byline, publication time and main text.
 *
 * <p>The only reader of HTML pages (it owns jsoup's parser); nothing on the page is fetched. Headline, byline and
 * time come from the page's own description of itself first (JSON-LD, Open Graph and other meta tags), then from
 * its markup ({@code <h1>}, {@code <time>}); the text from {@link PageText}.
 *
 * @param title     the headline, or {@code null} when the page names none
 * @param byline    the author or authors, or {@code null}
 * @param published when it was published, or {@code null} when the page does not say
 * @param siteName  the publisher's name from the page, or {@code null}
 * @param url       the page's canonical address, or the one it was read from, or {@code null}
 * @param body      the article text, paragraphs separated by blank lines; empty when the page holds no article
 */
public record WebPage(String title, String byline, Published published, String siteName, String url, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code html}, which was found at {@code url} (or {@code null} for a file). */
    public static WebPage read(String html, String url) {
        return read(Jsoup.parse(html, url == null ? "" : url), url);
    }

    /**
     * Reads a page's bytes, in {@code charset} when the server named one, else in the one the page declares
     * (or UTF-8).
     */
    public static WebPage read(byte[] html, String charset, String url) {
        try {
            return read(Jsoup.parse(new java.io.ByteArrayInputStream(html), charset, url == null ? "" : url), url);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array cannot fail to be read
        }
    }

    private static WebPage read(Document document, String url) {
        List<JsonNode> described = linkedData(document);
        String h1 = text(document.selectFirst("h1"));
        String siteName = meta(document, "og:site_name");
        String title = withoutSiteName(first(fromLinkedData(described, "headline"), meta(document, "og:title"),
                meta(document, "twitter:title"), h1, text(document.selectFirst("title"))), siteName, h1);
        String byline = first(authors(described), meta(document, "author"), meta(document, "article:author"),
                text(document.selectFirst("[rel=author], [itemprop=author]")));
        byline = byline == null ? null : byline.replaceFirst("(?i)^by\\s+", "");
        Published published = published(first(fromLinkedData(described, "datePublished"),
                meta(document, "article:published_time"), meta(document, "og:published_time"),
                meta(document, "datePublished"), meta(document, "pubdate"), meta(document, "date"),
                meta(document, "DC.date.issued"), meta(document, "dc.date"),
                attr(document.selectFirst("time[datetime]"), "datetime")));
        String canonical = attr(document.selectFirst("link[rel=canonical]"), "abs:href");
        return new WebPage(title, byline, published, siteName,
                first(canonical, meta(document, "og:url"), url), PageText.of(document.body()));
    }

    /** The text of an HTML fragment, such as a feed entry's summary: paragraphs separated by blank lines. */
    public static String textOf(String html) {
        return html == null ? "" : PageText.ofFragment(Jsoup.parseBodyFragment(html).body());
    }

    /** Whether the page held an article at all. */
    public boolean hasArticle() {
        return !body.isBlank();
    }

    /** What pages put between a headline and the site's name: "Pier to close | Veyra Gazette". */
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ");

    /**
     * The headline without the site's name (or a section's) that a page's title carries after it: the part
     * after the last separator goes when it is the site's name, or when what stands before it is the page's
     * own {@code <h1>}; a title that starts with the {@code <h1>} and a separator is the {@code <h1>}.
     */
    static String withoutSiteName(String title, String siteName, String h1) {
        if (title == null) {
            return null;
        }
        for (String separator : TITLE_SEPARATORS) {
            if (h1 != null && !h1.isBlank() && title.startsWith(h1.strip() + separator)) {
                return h1.strip();
            }
        }
        for (String separator : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(separator);
            if (at > 0) {
                String head = title.substring(0, at).strip();
                String tail = title.substring(at + separator.length()).strip();
                if (same(tail, siteName) || same(head, h1)) {
                    return withoutSiteName(head, siteName, h1);
                }
            }
        }
        return title;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank()
                && a.replaceAll("\\W+", "").equalsIgnoreCase(b.replaceAll("\\W+", ""));
    }

    private static List<JsonNode> linkedData(Document document) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (java.io.IOException | RuntimeException e) {
                // A page's broken self-description is not the article: the markup still is.
            }
        }
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private static String fromLinkedData(List<JsonNode> nodes, String field) {
        for (JsonNode node : nodes) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    private static String authors(List<JsonNode> nodes) {
        for (JsonNode node : nodes) {
            JsonNode author = node.get("author");
            if (author == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode one : author.isArray() ? author : List.of(author)) {
                String name = one.isTextual() ? one.asText() : one.path("name").asText("");
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static String meta(Document document, String name) {
        for (Element meta : document.select("meta[property], meta[name], meta[itemprop]")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))
                    || name.equalsIgnoreCase(meta.attr("itemprop"))) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? null : element.text().strip();
    }

    private static String attr(Element element, String name) {
        return element == null ? null : element.attr(name).strip();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** Offsets written without a colon ({@code +0100}), which ISO 8601 allows and java.time does not read. */
    private static final java.util.regex.Pattern BARE_OFFSET = java.util.regex.Pattern.compile("([+-]\\d{2})(\\d{2})$");

    /**
     * A time as pages write it: ISO 8601 with an offset or zone (the moment kept), or any date a news page writes
     * ({@link NewsDates}); {@code null} when it holds none.
     */
    static Published published(String value) {
        if (value == null) {
            return null;
        }
        String v = BARE_OFFSET.matcher(value.strip()).replaceFirst("$1:$2");
        try {
            return Published.at(OffsetDateTime.parse(v));
        } catch (DateTimeParseException e) {
            // not with an offset; try a zone, then a date alone
        }
        try {
            return Published.at(ZonedDateTime.parse(v));
        } catch (DateTimeParseException e) {
            // not with a zone
        }
        return NewsDates.find(v).map(found -> Published.on(found.date())).orElse(null);
    }
}
