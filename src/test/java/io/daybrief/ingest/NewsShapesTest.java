package io.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates, date lines, datelines and boilerplate in the spellings newsrooms and sites use, one rule each. */
class NewsShapesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-02-06|2026-02-06", "2026-02-06T08:00:00Z|2026-02-06", "2026/02/06 08:00|2026-02-06",
            "Friday 6 February 2026|2026-02-06", "6th February 2026|2026-02-06", "February 6th 2026|2026-02-06",
            "Feb. 6, 2026 10:15 a.m. ET|2026-02-06", "Thu, Feb 5, 2026, 9:30 PM|2026-02-05", "5 Feb, 2026|2026-02-05",
            "05-Feb-2026 19:40|2026-02-05", "Sept. 2, 2026|2026-09-02", "2 Sept 2026|2026-09-02",
            "02/06/26 05:02 PM EDT|2026-02-06", "13/02/2026 14:45|2026-02-13", "06.02.2026 14:09|2026-02-06",
            "06-02-2026|2026-02-06", "Updated 0339 GMT (1139 HKT) February 6, 2026|2026-02-06"})
    void findsDatesAsNewsroomsWriteThem(String text, String expected) {
        assertThat(NewsDates.find(text)).get().extracting(NewsDates.Found::date).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published: 14:05 EST, 6 February 2026 | Updated: 16:23 EST, 6 February 2026",
        "Last Updated : 6 February 2026, 10:18 IST", "Posted on February 6, 2026 by the news desk", "Published",
        "First published on Fri 6 Feb 2026 09.13 GMT", "\u00b7 Fri 6 Feb 2026", "date: 2026-02-06",
        "Wednesday 4 February 2026 06:37, UK"})
    void knowsADateLine(String line) {
        assertThat(ArticleShapes.isDateLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By February 2026 the council had spent its budget on the new bridge.",
        "Prices rose 6 percent on 6 February 2026 after the storm closed the port for a week."})
    void aSentenceWithADateIsNotADateLine(String line) {
        assertThat(ArticleShapes.isDateLine(line)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LONDON (Reuters) - Prices rose.|LONDON|Reuters", "ST. LOUIS (AP) \u2014 Prices rose.|ST. LOUIS|AP",
            "NAIROBI, Kenya, Feb 6 (Xinhua) -- Prices rose.|NAIROBI, Kenya|Xinhua",
            "London, 6 February (Reuters) \u2014 Prices rose.|London|Reuters",
            "New Delhi: Prices rose on Friday.|New Delhi|", "Dekalb, Ill. \u2014 Prices rose.|Dekalb, Ill.|",
            "(Harbour Wire)Prices rose.||Harbour Wire", "(AFP) - Prices rose.||AFP",
            "WASHINGTON, D.C. \u2014 Prices rose.|WASHINGTON, D.C.|"})
    void takesTheDatelineOffTheLead(String lead, String place, String agency) {
        ArticleShapes.Dateline found = ArticleShapes.dateline(lead).orElseThrow();

        assertThat(found.place()).isEqualTo(place);
        assertThat(found.agency()).isEqualTo(agency);
        assertThat(lead.substring(found.length())).isEqualTo("Prices rose" + lead.substring(lead.indexOf("Prices rose")
                + "Prices rose".length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Police arrested six people on Monday.", "Update: the road has reopened.",
        "NASA scientists said the moon has water.", "The Labor Department - which counts jobs - said so.",
        "U.S. companies kept hiring in May."})
    void leavesALeadWithoutADatelineAlone(String lead) {
        assertThat(ArticleShapes.dateline(lead)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADVERTISEMENT", "Story continues below advertisement", "RELATED: Port strike ends",
        "More: Ferry line restored", "Topics: transport, weather", "(Writing by Ana Ruiz; Editing by Tom Lee)",
        "Additional reporting by Ana Ruiz in Lusk", "Associated Press writer Ana Ruiz contributed.",
        "Copyright \u00a9 2026 The Lusk Courier", "Share this article", "[Photo: the quay at dusk]",
        "Photo: Ana Ruiz/Lusk Courier", "A crane at the port (Photo by Ana Ruiz/Getty Images)",
        "Rescue teams at the quay on Friday. REUTERS/Ana Ruiz", "Sign up for our morning newsletter",
        "Newsletter: the day's news at 7am", "\u2014 With AFP"})
    void knowsWhatIsNotTheStory(String line) {
        assertThat(ArticleShapes.ruleFor(line)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The fund he contributed to this year has doubled.", "Both companies contributed.",
        "She said the 2025/2026 budget (2025/26) would pass.", "The minister (pictured) said talks would go on.",
        "By then, the ferry had left the quay."})
    void keepsSentencesThatLookLikeBoilerplate(String line) {
        assertThat(ArticleShapes.ruleFor(line).map(ArticleShapes.Rule::name).filter(n -> !n.equals("byline")))
                .isEmpty();
    }

    @Test
    void namesTheOutletOfAByline() {
        assertThat(ArticleShapes.bylineOutlet("By Ana Ruiz, Lusk Courier")).contains("Lusk Courier");
        assertThat(ArticleShapes.bylineOutlet("By Ana Ruiz for MailOnline")).contains("MailOnline");
        assertThat(ArticleShapes.bylineOutlet("Analysis by Ana Ruiz, CNN Editor-at-large")).contains("CNN");
        assertThat(ArticleShapes.bylineOutlet("By HNN Staff")).contains("HNN");
        assertThat(ArticleShapes.bylineOutlet("By Ana Ruiz | 6 Feb 2026")).isEmpty();
    }
}
