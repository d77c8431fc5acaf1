package io.daybrief.ingest;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds (it owns Rome), with document type declarations refused, so
 * that no external entity is ever read. Each entry becomes what an event needs: headline, link, time, text,
 * author and categories.
 */
final class FeedReader {

    /** One entry of a feed, its text already plain. */
    record Entry(int position, String title, String link, Instant published, String text, String author,
                 List<String> categories) {

        Entry {
            categories = List.copyOf(categories);
        }
    }

    /** A feed that is not a feed: malformed XML, a document type declaration, a format no reader knows. */
    static final class MalformedFeedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private FeedReader() {
    }

    /** The entries of the feed in {@code bytes}, fetched from {@code url} (links are resolved against it). */
    static List<Entry> read(byte[] bytes, URI url) {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(true);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new MalformedFeedException(url + ": not a feed that can be read (" + firstLine(e.getMessage())
                    + "); check the address gives RSS or Atom", e);
        }
        List<Entry> entries = new ArrayList<>();
        int position = 0;
        for (SyndEntry entry : feed.getEntries()) {
            position++;
            entries.add(new Entry(position, plain(entry.getTitle()), link(entry, url), instant(entry), text(entry),
                    blankToNull(entry.getAuthor()), entry.getCategories().stream().map(SyndCategory::getName)
                    .filter(c -> c != null && !c.isBlank()).map(String::strip).toList()));
        }
        return entries;
    }

    private static String link(SyndEntry entry, URI feed) {
        String link = entry.getLink();
        if ((link == null || link.isBlank()) && !entry.getLinks().isEmpty()) {
            link = entry.getLinks().get(0).getHref();
        }
        if (link == null || link.isBlank()) {
            String uri = entry.getUri();
            link = uri != null && uri.matches("(?i)https?://.*") ? uri : null;
        }
        if (link == null) {
            return null;
        }
        try {
            return feed.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    /** The entry's longest text: its content when it carries one, else its summary. */
    private static String text(SyndEntry entry) {
        String best = "";
        for (SyndContent content : entry.getContents()) {
            best = longer(best, textOf(content));
        }
        return longer(best, textOf(entry.getDescription()));
    }

    private static String textOf(SyndContent content) {
        if (content == null || content.getValue() == null) {
            return "";
        }
        String type = content.getType() == null ? "html" : content.getType();
        return type.contains("text") && !type.contains("html") ? content.getValue().strip()
                : WebPage.textOf(content.getValue());
    }

    private static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }

    private static String plain(String text) {
        return text == null ? null : blankToNull(WebPage.textOf(text).replace("\n\n", " "));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }

    static java.time.ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
