package io.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.config.DaybriefConfig;
import io.daybrief.config.SourceConfig;
import io.daybrief.event.Event;
import io.daybrief.event.SourceLog;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collecting from feeds over real HTTP (a local server serving feeds and pages we wrote): each entry stored once,
 * an unchanged feed not read again, and a misbehaving source recorded and passed over while the others carry on.
 */
class SourcesTest {

    @TempDir
    Path folder;

    private HttpServer server;
    private final Map<String, Response> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> conditional = new CopyOnWriteArrayList<>();

    private record Response(int status, String type, byte[] body, Map<String, String> headers) {

        static Response of(String type, String body) {
            return new Response(200, type, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestURI().toString());
        if (path.equals("/slow.rss")) {
            trickle(exchange);
            return;
        }
        Response response = routes.get(path);
        String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (etag != null) {
            conditional.add(path);
        }
        if (response == null) {
            exchange.sendResponseHeaders(404, -1);
        } else if (etag != null && etag.equals(response.headers().get("ETag"))) {
            exchange.sendResponseHeaders(304, -1);
        } else {
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", response.type());
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            if (response.body().length > 0) {
                exchange.getResponseBody().write(response.body());
            }
        }
        exchange.close();
    }

    /** Sends the headers at once and the body a little at a time, slower than any time-out of the tests. */
    private static void trickle(HttpExchange exchange) throws IOException {
        byte[] body = rss().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
        exchange.sendResponseHeaders(200, body.length);
        try {
            for (byte b : body) {
                exchange.getResponseBody().write(b);
                exchange.getResponseBody().flush();
                Thread.sleep(200);
            }
        } catch (InterruptedException | IOException e) {
            // the client gave up, as it should
        } finally {
            exchange.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Daybrief open(SourceConfig... sources) {
        return open("h2", sources);
    }

    private Daybrief open(String database, SourceConfig... sources) {
        DaybriefConfig base = database.equals("h2") ? TestDaybrief.config(folder) : TestDaybrief.withDatabase(
                TestDaybrief.config(folder), TestDaybrief.postgresSchema("daybrief_sources"));
        return Daybrief.open(new DaybriefConfig(base.database(), base.output(), base.templates(), base.smtp(),
                base.briefings(), base.ingest(), List.of(sources)), TestDaybrief.CLOCK);
    }

    private SourceConfig feed(String name, String path, boolean fullText) {
        return new SourceConfig(name, SourceConfig.Kind.FEED, url(path), SourceConfig.FEED_CRON, fullText, true, 64, 5);
    }

    private static List<Event> events(Daybrief daybrief) {
        List<Event> all = new ArrayList<>();
        daybrief.events().forEachPublished(java.time.ZonedDateTime.parse("2000-01-01T00:00Z"),
                java.time.ZonedDateTime.parse("2100-01-01T00:00Z"), all::add);
        return all;
    }

    private static final String BODY_ONE = "The harbour board of Veyra voted on Tuesday to close the old ferry pier,"
            + " which has served the island for ninety years, after engineers found cracks in its piles.";
    private static final String BODY_TWO = "Lusk's council agreed a new budget for its libraries on Monday, adding"
            + " two reading rooms and longer opening hours in the winter months.";

    private static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Harbour Wire</title>"
                + "<link>https://wire.example/</link><description>News</description>" + String.join("", items)
                + "</channel></rss>";
    }

    private static String item(String title, String link, String date, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + date + "</pubDate>"
                + "<author>desk@wire.example (Ana Ruiz)</author><category>Ports</category>"
                + "<description><![CDATA[<p>" + description + "</p>]]></description></item>";
    }

    static java.util.stream.Stream<String> databases() {
        return java.util.stream.Stream.of("h2", "postgresql");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("databases")
    void storesEachFeedEntryAsAnEventAndAsksAgainWithItsValidators(String database) {
        routes.put("/world.rss", new Response(200, "application/rss+xml", rss(
                item("Veyra to close its old pier", "https://news.example/pier", "Tue, 12 May 2026 07:30:00 GMT", BODY_ONE),
                item("Lusk adds reading rooms", "https://news.example/libraries?utm_source=rss#top",
                        "Mon, 11 May 2026 09:00:00 +0200", BODY_TWO)).getBytes(StandardCharsets.UTF_8),
                Map.of("ETag", "\"v1\"")));
        try (Daybrief daybrief = open(database, feed("wire", "/world.rss", false))) {
            Sources.Round first = daybrief.sources().collect("wire");
            Sources.Round second = daybrief.sources().collect("wire");

            assertThat(first.added()).isEqualTo(2);
            assertThat(first.error()).isNull();
            assertThat(second.notModified()).isTrue();
            assertThat(conditional).containsExactly("/world.rss");
            List<Event> events = events(daybrief);
            assertThat(events).extracting(Event::title)
                    .containsExactly("Lusk adds reading rooms", "Veyra to close its old pier");
            Event libraries = events.get(0);
            assertThat(libraries.url()).isEqualTo("https://news.example/libraries");
            assertThat(libraries.body()).isEqualTo(BODY_TWO);
            assertThat(libraries.source()).isEqualTo("wire");
            assertThat(libraries.published().time().toInstant()).isEqualTo(java.time.Instant.parse("2026-05-11T07:00:00Z"));
            assertThat(events.get(1).tags()).contains("Ports");
            SourceLog.Status status = daybrief.sources().statuses().get("wire");
            assertThat(status.eventsCollected()).isEqualTo(2);
            assertThat(status.lastSuccess()).isNotNull();
            assertThat(status.failing()).isFalse();
        }
    }

    @Test
    void readsAtomAndRdfFeeds() {
        routes.put("/atom.xml", Response.of("application/atom+xml", "<?xml version=\"1.0\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Gazette</title><id>urn:gazette</id>"
                + "<updated>2026-05-12T08:00:00Z</updated><entry><title>Veyra to close its old pier</title>"
                + "<link href=\"/news/pier\"/><id>urn:pier</id><published>2026-05-12T07:30:00Z</published>"
                + "<updated>2026-05-12T07:30:00Z</updated><author><name>Ivo Brandt</name></author>"
                + "<content type=\"html\">&lt;p&gt;" + BODY_ONE + "&lt;/p&gt;</content></entry></feed>"));
        routes.put("/rdf.xml", Response.of("application/rdf+xml", "<?xml version=\"1.0\"?>"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"https://wire.example/\">"
                + "<title>Wire</title><link>https://wire.example/</link><description>News</description></channel>"
                + "<item rdf:about=\"https://wire.example/libraries\"><title>Lusk adds reading rooms</title>"
                + "<link>https://wire.example/libraries</link><description>" + BODY_TWO + "</description>"
                + "<dc:date>2026-05-11T09:00:00Z</dc:date></item></rdf:RDF>"));
        try (Daybrief daybrief = open(feed("gazette", "/atom.xml", false), feed("wire", "/rdf.xml", false))) {
            assertThat(daybrief.sources().collect("gazette").added()).isEqualTo(1);
            assertThat(daybrief.sources().collect("wire").added()).isEqualTo(1);

            assertThat(events(daybrief)).extracting(Event::url)
                    .containsExactly("https://wire.example/libraries", url("/news/pier"));
            assertThat(events(daybrief)).extracting(Event::body).containsExactly(BODY_TWO, BODY_ONE);
        }
    }

    @Test
    void recordsAFailingSourceAndCarriesOnWithTheOthers() {
        routes.put("/broken.rss", new Response(500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8), Map.of()));
        routes.put("/bad.rss", Response.of("application/rss+xml", "<rss><channel><item><title>half"));
        routes.put("/good.rss", Response.of("application/rss+xml", rss(
                item("Veyra to close its old pier", "https://news.example/pier", "Tue, 12 May 2026 07:30:00 GMT", BODY_ONE))));
        try (Daybrief daybrief = open(feed("broken", "/broken.rss", false), feed("bad", "/bad.rss", false),
                feed("good", "/good.rss", false))) {
            Sources.Round broken = daybrief.sources().collect("broken");
            Sources.Round bad = daybrief.sources().collect("bad");
            Sources.Round good = daybrief.sources().collect("good");

            assertThat(broken.error()).contains("HTTP 500").contains("/broken.rss");
            assertThat(bad.error()).contains("not a feed that can be read");
            assertThat(good.added()).isEqualTo(1);
            Map<String, SourceLog.Status> statuses = daybrief.sources().statuses();
            assertThat(statuses.get("broken").failing()).isTrue();
            assertThat(statuses.get("broken").lastError()).contains("HTTP 500");
            assertThat(statuses.get("broken").lastErrorAt()).isEqualTo(TestDaybrief.CLOCK.instant());
            assertThat(statuses.get("bad").failing()).isTrue();
            assertThat(statuses.get("good").failing()).isFalse();
        }
    }

    @Test
    void refusesAFeedThatDeclaresExternalEntitiesAndReadsNothingTheyName() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the-secret-of-the-machine");
        routes.put("/xxe.rss", Response.of("application/rss+xml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [<!ENTITY file SYSTEM \"" + secret.toUri() + "\"><!ENTITY remote SYSTEM \""
                + url("/entity") + "\">]>\n" + rss(item("&file; &remote;", "https://news.example/x",
                "Tue, 12 May 2026 07:30:00 GMT", BODY_ONE))));
        try (Daybrief daybrief = open(feed("wire", "/xxe.rss", false))) {
            Sources.Round round = daybrief.sources().collect("wire");

            assertThat(round.added()).isZero();
            assertThat(round.error()).contains("not a feed that can be read");
            assertThat(events(daybrief)).isEmpty();
            assertThat(requests).doesNotContain("/entity");
        }
    }

    @Test
    void givesUpOnARedirectLoopAndAnOversizedBody() {
        routes.put("/loop", new Response(302, "text/plain", new byte[0], Map.of("Location", "/loop2")));
        routes.put("/loop2", new Response(302, "text/plain", new byte[0], Map.of("Location", "/loop")));
        routes.put("/huge.rss", Response.of("application/rss+xml", rss(item("Big", "https://news.example/big",
                "Tue, 12 May 2026 07:30:00 GMT", "word ".repeat(30_000)))));
        try (Daybrief daybrief = open(feed("loop", "/loop", false), feed("huge", "/huge.rss", false))) {
            assertThat(daybrief.sources().collect("loop").error()).contains("more than " + Fetcher.MAX_REDIRECTS
                    + " redirects");
            assertThat(daybrief.sources().collect("huge").error()).contains("over the limit of 64 KB");
            assertThat(requests.stream().filter(r -> r.startsWith("/loop")).count())
                    .isEqualTo(Fetcher.MAX_REDIRECTS + 1L);
        }
    }

    @Test
    void cutsOffAnAnswerThatTricklesInPastTheTimeOut() {
        SourceConfig slow = new SourceConfig("slow", SourceConfig.Kind.FEED, url("/slow.rss"), SourceConfig.FEED_CRON,
                false, true, 64, 1);
        try (Daybrief daybrief = open(slow)) {
            Sources.Round round = daybrief.sources().collect("slow");

            assertThat(round.error()).contains("took longer than 1 s");
            assertThat(events(daybrief)).isEmpty();
        }
    }

    @Test
    void refusesAnAddressOnThisMachineUnlessTheSourceAllowsIt() {
        routes.put("/world.rss", Response.of("application/rss+xml", rss(
                item("Veyra to close its old pier", "https://news.example/pier", "Tue, 12 May 2026 07:30:00 GMT", BODY_ONE))));
        SourceConfig closed = new SourceConfig("closed", SourceConfig.Kind.FEED, url("/world.rss"),
                SourceConfig.FEED_CRON, false, false, 64, 5);
        try (Daybrief daybrief = open(closed)) {
            Sources.Round round = daybrief.sources().collect("closed");

            assertThat(round.error()).contains("127.0.0.1").contains("allow_private: true");
            assertThat(requests).isEmpty();
        }
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title><meta property=\"og:title\" content=\"" + title + "\">"
                + "<meta property=\"article:published_time\" content=\"2026-05-12T07:30:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + title + "</h1>"
                + "<div class=\"story-body\">" + body + "</div></article>"
                + "<footer><p>Copyright the Gazette, all rights reserved, terms and privacy.</p></footer></body></html>";
    }

    @Test
    void fetchesTheArticleOfAnEntryThatCarriesOnlyASummary() {
        String article = "<p>" + BODY_ONE + "</p><p>Marta Quillan, who chairs the board, said the decision was hard,"
                + " and that a temporary landing would open within six weeks.</p>";
        routes.put("/news/pier", Response.of("text/html; charset=utf-8", page("Veyra to close its old pier", article)));
        routes.put("/world.rss", Response.of("application/rss+xml", rss(item("Veyra to close its old pier",
                url("/news/pier?utm_medium=rss"), "Tue, 12 May 2026 07:30:00 GMT", "The pier will close."))));
        try (Daybrief daybrief = open(feed("wire", "/world.rss", true))) {
            Sources.Round round = daybrief.sources().collect("wire");

            assertThat(round.added()).isEqualTo(1);
            assertThat(round.error()).isNull();
            Event event = events(daybrief).get(0);
            assertThat(event.body()).startsWith(BODY_ONE).contains("Marta Quillan").doesNotContain("Copyright");
            assertThat(event.url()).isEqualTo(url("/news/pier"));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("databases")
    void storesAFeedEntryAndTheSamePageFetchedWithTrackingOnceAndTakesTheLongerVersion(String database) {
        routes.put("/world.rss", Response.of("application/rss+xml", rss(item("Veyra to close its old pier",
                url("/news/pier?utm_source=feed&fbclid=abc"), "Tue, 12 May 2026 07:30:00 GMT", BODY_ONE))));
        routes.put("/news/pier", Response.of("text/html", page("Veyra to close its old pier", "<p>" + BODY_ONE
                + "</p><p>Fishing crews asked for more time, saying the nearest other quay is an hour's sail away.</p>")));
        try (Daybrief daybrief = open(database, feed("wire", "/world.rss", false))) {
            daybrief.sources().collect("wire");
            IngestReport fetched = daybrief.sources().ingestPage(java.net.URI.create(url("/news/pier?gclid=xyz#comments")),
                    true, null, null);
            IngestReport again = daybrief.sources().ingestPage(java.net.URI.create(url("/news/pier")), true, null, null);

            assertThat(fetched.added()).isEmpty();
            assertThat(fetched.updated()).hasSize(1);
            assertThat(again.duplicates()).hasSize(1);
            List<Event> events = events(daybrief);
            assertThat(events).hasSize(1);
            assertThat(events.get(0).body()).contains("Fishing crews");
            assertThat(daybrief.events().analysisCounts(io.daybrief.analysis.Analyzer.VERSION).current()).isEqualTo(1);
        }
    }
}
