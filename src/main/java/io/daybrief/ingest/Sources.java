package io.daybrief.ingest;

import io.daybrief.event.EventStore;
import io.daybrief.event.Published;
import io.daybrief.event.SourceLog;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The front door of collecting: each configured source (a feed, an inbox folder) collected on its schedule, and a
 * page fetched on request. A round that fails is recorded with the source, the time and the reason, and tried
 * again at the next run; one source's failure never touches another's. Thread-safe for different sources; the
 * scheduler runs one round of a source at a time.
 */
public final class Sources {

    /** A configured source, as collecting needs it. */
    public record Source(String name, boolean inbox, String location, String cron, boolean fullText,
                         boolean allowPrivate, long maxBytes, Duration timeout) {

        Fetcher.Limits limits() {
            return new Fetcher.Limits(allowPrivate, maxBytes, timeout);
        }
    }

    /**
     * What one round of a source did.
     *
     * @param notModified a feed answered that nothing changed since the last round
     * @param error       why the round failed, or {@code null}; what it stored before failing is still stored
     */
    public record Round(String source, int added, int updated, int duplicates, int refused, boolean notModified,
                        String error) {

        public String line() {
            if (error != null && added + updated + duplicates == 0) {
                return source + ": failed: " + error;
            }
            return source + ": " + (notModified ? "unchanged (304)" : added + " new, " + updated + " updated, "
                    + duplicates + " duplicate, " + refused + " refused") + (error == null ? "" : "; " + error);
        }
    }

    /** Limits of a page fetched on request: as large and as patient as a feed's by default. */
    private static final Fetcher.Limits PAGE_LIMITS = new Fetcher.Limits(false, 5L * 1024 * 1024, Duration.ofSeconds(20));

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Ingester ingester;
    private final EventStore events;
    private final SourceLog log;
    private final Fetcher fetcher;
    private final Clock clock;
    private final Map<String, Inbox> inboxes = new ConcurrentHashMap<>();

    public Sources(List<Source> sources, Ingester ingester, EventStore events, SourceLog log, Fetcher fetcher,
                   Clock clock) {
        sources.forEach(s -> this.sources.put(s.name(), s));
        this.ingester = ingester;
        this.events = events;
        this.log = log;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** The configured sources, in configuration order. */
    public List<Source> all() {
        return List.copyOf(sources.values());
    }

    /** What each source last did, by name (configured sources that have not run yet have an empty record). */
    public Map<String, SourceLog.Status> statuses() {
        Map<String, SourceLog.Status> recorded = log.all();
        Map<String, SourceLog.Status> all = new LinkedHashMap<>();
        sources.keySet().forEach(name -> all.put(name, recorded.getOrDefault(name, SourceLog.Status.NEVER)));
        return all;
    }

    /** Collects one round from the source named {@code name}, recording what it did. */
    public Round collect(String name) {
        Source source = sources.get(name);
        if (source == null) {
            throw new IllegalArgumentException("no source named '" + name + "'; configured: "
                    + String.join(", ", sources.keySet()) + " (see sources: in the configuration)");
        }
        try {
            return source.inbox() ? collectInbox(source) : collectFeed(source);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            log.failed(name, reason, 0);
            return new Round(name, 0, 0, 0, 0, false, reason);
        }
    }

    private Round collectInbox(Source source) {
        Inbox inbox = inboxes.computeIfAbsent(source.name(), n -> new Inbox(Path.of(source.location()), ingester, clock));
        Inbox.Round round;
        try {
            round = inbox.collect();
        } catch (IOException e) {
            throw new IllegalStateException("the inbox " + source.location() + " cannot be read or filed ("
                    + e.getMessage() + "); check that the folder exists and Daybrief may write to it", e);
        }
        Round total = sum(source.name(), round.taken().values(), false, null);
        log.succeeded(source.name(), total.added(), null, null);
        return total;
    }

    private Round collectFeed(Source source) {
        SourceLog.Status before = log.status(source.name());
        URI url = URI.create(source.location());
        Fetcher.Fetched fetched = fetcher.fetch(url, source.limits(),
                new Fetcher.Validators(before.etag(), before.lastModified()));
        if (fetched.notModified()) {
            log.unchanged(source.name());
            return new Round(source.name(), 0, 0, 0, 0, true, null);
        }
        List<FeedReader.Entry> entries = FeedReader.read(fetched.body(), fetched.url());
        List<String> problems = new ArrayList<>();
        List<Ingester.Read> reads = new ArrayList<>();
        for (FeedReader.Entry entry : entries) {
            reads.add(read(source, entry, problems));
        }
        IngestReport report = ingester.ingestEvents(source.name() + " (" + url + ")", reads);
        Round round = sum(source.name(), List.of(report), false, problems.isEmpty() ? null
                : String.join("; ", problems));
        if (problems.isEmpty()) {
            log.succeeded(source.name(), round.added(), fetched.validators().etag(), fetched.validators().lastModified());
        } else {
            // The entries went in, but some pages did not: record why, and fetch everything again next time.
            log.failed(source.name(), round.error(), round.added());
        }
        return round;
    }

    /** One feed entry as an event: with its linked page's article when the source asks for full text. */
    private Ingester.Read read(Source source, FeedReader.Entry entry, List<String> problems) {
        String text = entry.text();
        String title = entry.title();
        String link = entry.link() == null ? null : Urls.normalise(entry.link());
        if (source.fullText() && link != null && events.findByUrl(link).isEmpty()) {
            try {
                Fetcher.Fetched page = fetcher.fetch(URI.create(link), source.limits(), Fetcher.Validators.NONE);
                WebPage article = WebPage.read(page.body(), page.charset(), page.url().toString());
                if (!article.hasArticle()) {
                    problems.add("entry " + entry.position() + ": " + link + " has no article on it; its summary"
                            + " was kept");
                } else if (article.body().length() > text.length()) {
                    text = article.body();
                    title = title != null ? title : article.title();
                }
            } catch (RuntimeException e) {
                problems.add("entry " + entry.position() + ": " + e.getMessage() + "; its summary was kept");
            }
        }
        if (text.isBlank()) {
            return Ingester.Read.refused(entry.position(), "the entry has no text (no summary or content)");
        }
        Published published = entry.published() != null ? Published.at(FeedReader.utc(entry.published()))
                : Published.on(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<String> tags = new ArrayList<>(entry.categories());
        if (entry.author() != null) {
            tags.add("by " + entry.author());
        }
        try {
            return Ingester.Read.of(entry.position(), io.daybrief.event.Event.draft(source.name(), link,
                    title != null ? title : Headlines.fromLead(text), published, null, text, "en",
                    tags.stream().map(t -> t.length() > 100 ? t.substring(0, 100) : t).toList()), List.of());
        } catch (IllegalArgumentException e) {
            return Ingester.Read.refused(entry.position(), e.getMessage());
        }
    }

    /**
     * Fetches the page at {@code url} and stores its article as an event; {@code allowPrivate} lets the address be
     * on this machine or a private network. The front door of {@code ingest --fetch URL}.
     */
    public IngestReport ingestPage(URI url, boolean allowPrivate, LocalDate date, String source) {
        Ingester.Read read;
        try {
            Fetcher.Fetched page = fetcher.fetch(url, new Fetcher.Limits(allowPrivate, PAGE_LIMITS.maxBytes(),
                    PAGE_LIMITS.timeout()), Fetcher.Validators.NONE);
            read = PageEvents.event(WebPage.read(page.body(), page.charset(), page.url().toString()), 1, source, date,
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), "the day it was fetched");
        } catch (Fetcher.FetchException e) {
            read = Ingester.Read.refused(0, e.getMessage());
        }
        return ingester.ingestEvents(url.toString(), List.of(read));
    }

    private static Round sum(String name, java.util.Collection<IngestReport> reports, boolean notModified,
                             String error) {
        int added = 0;
        int updated = 0;
        int duplicates = 0;
        int refused = 0;
        for (IngestReport report : reports) {
            added += report.added().size();
            updated += report.updated().size();
            duplicates += report.duplicates().size();
            refused += report.refused().size();
        }
        return new Round(name, added, updated, duplicates, refused, notModified, error);
    }
}
