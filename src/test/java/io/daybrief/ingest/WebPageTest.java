package io.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.event.Published;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** A web page read as a reader reads it: the article's own words, its headline, byline and time, nothing else. */
class WebPageTest {

    private static final String PROSE_ONE = "The harbour board of Veyra voted on Tuesday to close the old ferry pier,"
            + " which has served the island for ninety years, after engineers found cracks in its piles.";
    private static final String PROSE_TWO = "Marta Quillan, who chairs the board, said the decision was hard but that"
            + " safety came first, and that a temporary landing would open within six weeks.";
    private static final String PROSE_FOUR = "The pier, built of oak and iron, was last repaired twenty years ago, when"
            + " a winter storm tore away its end, and the board has spent on it, year by year, more than on any quay.";
    private static final String PROSE_THREE = "Fishing crews, who land their catch at the pier each morning, asked for"
            + " more time, saying the nearest other quay is an hour's sail to the south.";

    private static String newsPage() {
        return """
                <!doctype html><html><head><title>Pier to close | Veyra Gazette</title>
                <meta property="og:site_name" content="Veyra Gazette">
                <meta property="og:title" content="Veyra votes to close its old ferry pier">
                <link rel="canonical" href="https://gazette.example/news/pier-to-close">
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "NewsArticle", "headline": "Veyra votes to close its old ferry pier",
                   "datePublished": "2026-05-12T07:30:00+01:00",
                   "author": [{"@type": "Person", "name": "Ivo Brandt"}, {"@type": "Person", "name": "Ana Ruiz"}]}]}
                </script></head>
                <body>
                <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
                <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
                <div class="page has-sidebar">
                  <article>
                    <h1>Veyra votes to close its old ferry pier</h1>
                    <div class="byline">By Ivo Brandt and Ana Ruiz</div>
                    <figure><img src="pier.jpg"><figcaption>The old pier at dawn, seen from the harbour wall.</figcaption></figure>
                    <div class="body-column"><div class="inner"><p>%s</p><p>%s</p></div></div>
                    <div class="ad-slot">Advertisement: buy a boat today, the best boats at the best prices.</div>
                    <div class="body-column"><div class="inner"><p>%s</p><p>Advertisement</p><p>%s</p>
                    <p>Click here to get our newsletter every morning.</p></div></div>
                    <div class="related"><h3>Related</h3><ul>
                      <li><a href="/a">Ferry fares rise again for the third time this year, the board says</a></li>
                      <li><a href="/b">New quay plans put before the island's council for the summer</a></li></ul></div>
                    <ul class="inline-list"><li><a href="/t/ferry">Ferries</a></li><li><a href="/t/veyra">Veyra</a></li></ul>
                  </article>
                  <aside><p>Most read: a long list of other stories that readers liked, with many words in it too.</p></aside>
                </div>
                <section id="comments"><p>Great article, thanks for writing it, I always wondered about the pier.</p></section>
                <footer><p>Copyright Veyra Gazette. All rights reserved. Terms, privacy and contact details.</p></footer>
                </body></html>
                """.formatted(PROSE_ONE, PROSE_FOUR, PROSE_TWO, PROSE_THREE);
    }

    @Test
    void readsTheArticleAcrossColumnsWithoutTheRestOfThePage() {
        WebPage page = WebPage.read(newsPage(), "https://gazette.example/news/pier-to-close?utm_source=feed");

        assertThat(page.body()).isEqualTo(String.join("\n\n", PROSE_ONE, PROSE_FOUR, PROSE_TWO, PROSE_THREE));
        assertThat(page.hasArticle()).isTrue();
    }

    @Test
    void takesHeadlineBylineTimeAndAddressFromThePagesOwnDescription() {
        WebPage page = WebPage.read(newsPage(), "https://gazette.example/news/pier-to-close?utm_source=feed");

        assertThat(page.title()).isEqualTo("Veyra votes to close its old ferry pier");
        assertThat(page.byline()).isEqualTo("Ivo Brandt, Ana Ruiz");
        assertThat(page.siteName()).isEqualTo("Veyra Gazette");
        assertThat(page.url()).isEqualTo("https://gazette.example/news/pier-to-close");
        assertThat(page.published()).isEqualTo(Published.at(
                ZonedDateTime.of(2026, 5, 12, 7, 30, 0, 0, ZoneOffset.ofHours(1))));
    }

    @Test
    void fallsBackOnMarkupWhenThePageDescribesNothing() {
        String html = "<html><body><h1>Lusk opens its new library</h1><p class=\"author\" rel=\"author\">Ana Ruiz</p>"
                + "<time datetime=\"2026-05-10\">10 May</time><div><p>" + PROSE_ONE + "</p><p>" + PROSE_TWO
                + "</p></div></body></html>";

        WebPage page = WebPage.read(html, null);

        assertThat(page.title()).isEqualTo("Lusk opens its new library");
        assertThat(page.published()).isEqualTo(Published.on(LocalDate.of(2026, 5, 10)));
        assertThat(page.body()).contains(PROSE_ONE).contains(PROSE_TWO);
    }

    @Test
    void readsTimesAsPagesWriteThem() {
        assertThat(WebPage.published("2026-05-12T07:30:00+0100")).isEqualTo(Published.at(
                ZonedDateTime.of(2026, 5, 12, 7, 30, 0, 0, ZoneOffset.ofHours(1))));
        assertThat(WebPage.published("2026-05-12T06:30:00Z").date()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(WebPage.published("May 12, 2026 12:32")).isEqualTo(Published.on(LocalDate.of(2026, 5, 12)));
        assertThat(WebPage.published("soon")).isNull();
    }

    @Test
    void keepsTheWordsOfASentenceWhateverTheirSpansAreCalledButNotTheCardsShownOnHover() {
        String html = "<html><body><article><div class=\"text\"><p><span class=\"dateline\">VEYRA</span> \u2014 The"
                + " harbour board thanked <span class=\"person-rollover\"><a href=\"/people/quillan\">Marta Quillan</a>"
                + "<span class=\"person-rollover-card\"><img src=\"q.jpg\"><a href=\"/people/quillan\">Marta Quillan"
                + "</a><a href=\"/q/1\">Her other stories</a></span></span>, who chairs it, for ten years of work.</p><p>"
                + PROSE_TWO + "</p></div></article></body></html>";

        WebPage page = WebPage.read(html, null);

        assertThat(page.body()).startsWith("VEYRA \u2014 The harbour board thanked Marta Quillan, who chairs it, for"
                + " ten years of work.");
    }

    @Test
    void dropsTheSitesNameFromTheHeadline() {
        assertThat(WebPage.withoutSiteName("Pier to close | Veyra Gazette", "Veyra Gazette", null))
                .isEqualTo("Pier to close");
        assertThat(WebPage.withoutSiteName("Pier to close - News - Gazette", null, "Pier to close"))
                .isEqualTo("Pier to close");
        assertThat(WebPage.withoutSiteName("Lusk - the library that waited ten years", "Veyra Gazette", null))
                .isEqualTo("Lusk - the library that waited ten years");
    }

    @Test
    void findsNoArticleOnAPageOfLinks() {
        String html = "<html><body><ul><li><a href=\"/1\">Ferry fares rise again</a></li>"
                + "<li><a href=\"/2\">New quay plans</a></li></ul></body></html>";

        assertThat(WebPage.read(html, null).hasArticle()).isFalse();
    }

    @Test
    void readsBytesInTheCharsetThePageDeclares() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><div><p>" + PROSE_ONE
                + " The caf\u00e9 on the quay will stay open.</p></div></body></html>";

        WebPage page = WebPage.read(html.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), null, null);

        assertThat(page.body()).endsWith("The caf\u00e9 on the quay will stay open.");
    }
}
