package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {

    private final Analyzer analyzer = new Analyzer();

    private List<Quote> quotes(String text) {
        return analyzer.analyze(text).quotes();
    }

    @Test
    void attributesQuoteFollowedBySaidName() {
        assertThat(quotes("\"The port will reopen on Friday,\" said Marta Quillan."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("The port will reopen on Friday,");
                    assertThat(q.speaker()).isEqualTo("Marta Quillan");
                    assertThat(q.cue()).isEqualTo("said");
                });
    }

    @Test
    void attributesQuoteFollowedByNameSaid() {
        assertThat(quotes("\u201CWe expected worse,\u201D Tomas Brell said on Monday."))
                .singleElement().extracting(Quote::speaker).isEqualTo("Tomas Brell");
    }

    @Test
    void attributesQuoteAfterToldReporters() {
        assertThat(quotes("Callum Reyes told reporters: \"People found out from the radio.\""))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Callum Reyes");
                    assertThat(q.cue()).isEqualTo("told reporters");
                });
    }

    @Test
    void attributesQuoteIntroducedByAccordingTo() {
        assertThat(quotes("According to Owen Hale, \"fares now cost more than rent in some towns.\""))
                .singleElement().extracting(Quote::speaker).isEqualTo("Owen Hale");
    }

    @Test
    void attributesUkSingleQuotes() {
        assertThat(quotes("\u2018We have held back for as long as we could,\u2019 said Priya Anand."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("We have held back for as long as we could,");
                    assertThat(q.speaker()).isEqualTo("Priya Anand");
                });
    }

    @Test
    void splitsAQuoteInterruptedByItsAttributionIntoTwoBySameSpeaker() {
        List<Quote> found = quotes("\"One good month is not a trend,\" Lena Marsh said. \"Two or three would be.\"");

        assertThat(found).extracting(Quote::text).containsExactly("One good month is not a trend,", "Two or three would be.");
        assertThat(found).extracting(Quote::speaker).containsOnly("Lena Marsh");
    }

    @Test
    void attributesRelayedQuoteToQuotedPersonNotToBroadcaster() {
        assertThat(quotes("State radio quoted General Idris Falk as saying: \"The vessel was overloaded.\""))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Idris Falk");
                    assertThat(q.speakerRole()).isEqualTo("General");
                });
    }

    @Test
    void resolvesSheAddedToThePersonNamedJustBefore() {
        String text = "\"I saw it sink,\" said Halvard Moen.\n\nTransport Minister Carla Engstr\u00f6m said every licence"
                + " would be checked. She added: \"Whoever broke the rules will answer for it.\"";

        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Halvard Moen", "Carla Engstr\u00f6m");
    }

    @Test
    void givesTheFullestNameForASurnameCue() {
        String text = "Governor Anselm Rhee visited the levees.\n\n\"We will not stop,\" Rhee said.";

        assertThat(quotes(text)).singleElement().extracting(Quote::speaker).isEqualTo("Anselm Rhee");
    }

    @Test
    void takesTheRoleFromAnAppositive() {
        assertThat(quotes("\"It was not a close decision,\" Daniel Osei, Lumen's chief executive, said."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Daniel Osei");
                    assertThat(q.speakerRole()).isEqualTo("Lumen's chief executive");
                });
    }

    @Test
    void continuesTheSpeakerOfAQuoteWithNoCueThatFollowsClosely() {
        String text = "\"The water came up fast,\" said Ilse Voorn.\n\n\"There is nothing left in the lower fields.\"";

        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Ilse Voorn", "Ilse Voorn");
    }

    @Test
    void attributesToAnOrganisationWhenNoPersonIsNamed() {
        assertThat(quotes("\"We are asking for help now,\" the company said in a statement."))
                .singleElement().extracting(Quote::speaker).isEqualTo("company");
    }

    @Test
    void leavesOutUnattributedScareQuotesAndNames() {
        assertThat(quotes("The so-called \"Iron Lady\" of the port was not there. The plan, known as \"Tide\", failed."))
                .isEmpty();
    }

    @Test
    void keepsAShortPartialQuoteWhoseSpeakerTheSentenceNames() {
        assertThat(quotes("Bobby Lark called the plan \"absurd\" on Monday."))
                .singleElement().extracting(Quote::speaker).isEqualTo("Bobby Lark");
    }

    @Test
    void givesOffsetsOfTheQuotedText() {
        String text = "Before. \"Exact words here,\" said Ana Ruiz.";
        Quote quote = quotes(text).get(0);

        assertThat(text.substring(quote.start(), quote.end())).isEqualTo("Exact words here,");
    }
}
