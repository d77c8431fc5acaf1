package io.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextArticleTest {

    @Test
    void readsHeadlineDateAndDatelineWithAgency() {
        TextArticle article = TextArticle.parse("Harbour reopens\ndate 2026-03-04\n\nWASHINGTON (AP) \u2014 The harbour reopened.\n");

        assertThat(article.title()).isEqualTo("Harbour reopens");
        assertThat(article.titleDerived()).isFalse();
        assertThat(article.date()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(article.place()).isEqualTo("WASHINGTON");
        assertThat(article.agency()).isEqualTo("AP");
        assertThat(article.body()).isEqualTo("The harbour reopened.");
    }

    @Test
    void readsADatelineWithASpacedColon() {
        TextArticle article = TextArticle.parse("Talks resume\ndate 2026-03-04\n\nMUSCAT :  Envoys met again on Tuesday.");

        assertThat(article.place()).isEqualTo("MUSCAT");
        assertThat(article.agency()).isNull();
        assertThat(article.body()).isEqualTo("Envoys met again on Tuesday.");
    }

    @Test
    void keepsThePhotoCaptionOffTheDate() {
        TextArticle article = TextArticle.parse("Storm hits coast\ndate 2026-03-04 Photo: waves over the sea wall.\n\nBody.");

        assertThat(article.date()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(article.caption()).isEqualTo("Photo: waves over the sea wall.");
    }

    @Test
    void derivesAShortHeadlineFromTheLeadWhenThereIsNone() {
        TextArticle article = TextArticle.parse("date 2026-03-04\n\nBRASK :  Thieves took six medieval manuscripts from the"
                + " city museum in a night-time break-in, police said on Monday, in the worst loss in its history.");

        assertThat(article.titleDerived()).isTrue();
        assertThat(article.title()).isEqualTo("Thieves took six medieval manuscripts from the city museum in a night-time break-in");
        assertThat(article.title().split(" ")).hasSizeLessThanOrEqualTo(16);
    }

    @Test
    void keepsCurlyQuotesAndNonAsciiNamesUnchanged() {
        String body = "\u201CWe will rebuild,\u201D said Zo\u00eb \u0141ukasiewicz-S\u00f8rensen. \u2018Soon,\u2019 she added.";
        TextArticle article = TextArticle.parse("Rebuilding\ndate 2026-03-04\n\n" + body);

        assertThat(article.body()).isEqualTo(body);
    }

    @Test
    void givesTheBodyOffsetInTheFileText() {
        String text = "Headline\r\ndate 2026-03-04\r\n\r\nLONDON (Wire) \u2014 First line.";
        TextArticle article = TextArticle.parse(text);
        String normalised = text.replace("\r\n", "\n");

        int[] span = article.fileSpanOfBody(0, article.body().length());
        assertThat(normalised.substring(span[0], span[1])).isEqualTo("First line.");
    }

    @Test
    void keepsAHeadlineThatOpensWithANameAndAColon() {
        TextArticle article = TextArticle.parse("Harbour strike: Velmora dockers vote to return\nPublished\n6 February 2026\n\n"
                + "Dockworkers in Velmora voted on Friday to end their strike.\n");

        assertThat(article.title()).isEqualTo("Harbour strike: Velmora dockers vote to return");
        assertThat(article.date()).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(article.body()).isEqualTo("Dockworkers in Velmora voted on Friday to end their strike.");
    }

    @Test
    void refusesNothingAndDerivesAHeadlineThatEndsAtAClause() {
        TextArticle article = TextArticle.parse("(Lantern Wire)A runway at the Brisa airport reopened on Friday morning,"
                + " a day after a cargo plane skidded off it in heavy snow and came to rest near the perimeter fence.");

        assertThat(article.agency()).isEqualTo("Lantern Wire");
        assertThat(article.title()).isEqualTo("A runway at the Brisa airport reopened on Friday morning");
    }

    @Test
    void readsALongRunOfCapitalisedWordsAndALongCaptionWithoutFailing() {
        String capitals = String.join(" ", java.util.Collections.nCopies(200_000, "Word")) + " said.";
        TextArticle article = TextArticle.parse(capitals);
        assertThat(article.body()).startsWith("Word Word");

        TextArticle captioned = TextArticle.parse("date 2026-02-06 " + "A caption about the quay at dusk ".repeat(10)
                + "\n\nThe council met on Friday.\n");
        assertThat(captioned.date()).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(captioned.body()).isEqualTo("The council met on Friday.");
    }
}
