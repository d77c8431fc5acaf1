package io.daybrief.ingest;

import io.daybrief.event.Event;
import io.daybrief.event.Published;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Web pages as events: the article on a page, dated and credited by the page, a file or the reader's options. */
final class PageEvents {

    private PageEvents() {
    }

    /** Reads a page saved as a file into the sink: one event, or one refusal naming why. */
    static void read(Path file, byte[] bytes, Instant fileTime, TextArticleReader.Options options, RecordSink sink) {
        WebPage page = WebPage.read(bytes, null, null);
        Ingester.Read read = event(page, 1, options.source(), options.date(),
                fileTime == null ? null : LocalDate.ofInstant(fileTime, ZoneId.systemDefault()), "the file's time");
        if (read.event() != null) {
            sink.accept(read.line(), read.event(), read.notes());
        } else {
            sink.refuse(read.line(), read.refusal());
        }
    }

    /**
     * The event of a page: its article, headline, time and address; credited to {@code source} when given, else
     * to the site the page names, else to its host; dated by the page, else {@code date}, else {@code fallback}
     * (said as {@code fallbackName}).
     */
    static Ingester.Read event(WebPage page, int line, String source, LocalDate date, LocalDate fallback,
                               String fallbackName) {
        if (!page.hasArticle()) {
            return Ingester.Read.refused(line, "no article found on the page (only navigation, links or"
                    + " boilerplate); give the address of the article itself");
        }
        List<String> notes = new ArrayList<>();
        Published published = page.published();
        if (published == null && date != null) {
            published = Published.on(date);
            notes.add("dated as given: " + date);
        } else if (published == null && fallback != null) {
            published = Published.on(fallback);
            notes.add("dated by " + fallbackName + ": " + fallback);
        }
        if (published == null) {
            return Ingester.Read.refused(line, "the page gives no publication date; give --date");
        }
        String credited = source != null && !source.isBlank() ? source.strip() : page.siteName() != null
                ? page.siteName() : host(page.url());
        String title = page.title() != null ? page.title() : Headlines.fromLead(page.body());
        try {
            return Ingester.Read.of(line, Event.draft(credited, page.url(), title, published, null, page.body(), "en",
                    List.of()), notes);
        } catch (IllegalArgumentException e) {
            return Ingester.Read.refused(line, e.getMessage() + " once control characters are removed");
        }
    }

    private static String host(String url) {
        try {
            String host = url == null ? null : URI.create(url).getHost();
            return host == null ? "unattributed (web page)" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "unattributed (web page)";
        }
    }
}
