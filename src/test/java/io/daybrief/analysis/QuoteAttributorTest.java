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
    void aTitleSomeoneMayTakeIsNoRoleTheyHave() {
        String text = "Officials fear a President Ana Ruiz would unsettle Lusk.\n\n\"We will see,\" Ana Ruiz said.";
        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Ana Ruiz");
            assertThat(q.speakerRole()).isNull();
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

    @Test
    void appliesACueThatClosesTheSentenceToEveryQuoteInIt() {
        String text = "The closures have been \u201Cdeeply frustrating\u201D but for now \u201Cwe will not gamble with"
                + " safety,\u201D company chief Oren Vale said.";

        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Oren Vale", "Oren Vale");
    }

    @Test
    void takesThePersonAfterRoleWordsInAnInvertedCue() {
        assertThat(quotes("\"Losses will be small,\" said Halden Mutual insurance analyst Priya Venn."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Priya Venn");
                    assertThat(q.speakerRole()).isEqualTo("Halden Mutual insurance analyst");
                });
    }

    @Test
    void takesThePersonAfterLowerCaseRoleWords() {
        assertThat(quotes("\"We are not building as fast as before,\" chief executive Lorna Bright said."))
                .singleElement().extracting(Quote::speaker).isEqualTo("Lorna Bright");
    }

    @Test
    void resolvesHeToTheLastMaleSubjectNotTheLastWomanNamed() {
        String text = "Mira Stone told the court she had done nothing wrong. She said the case was weak.\n\n"
                + "The first witness was detective Amos Reed, who led the inquiry.\n\n"
                + "He said Stone had been a \u201Cperson of interest\u201D for months.";

        assertThat(quotes(text)).singleElement().extracting(Quote::speaker).isEqualTo("Amos Reed");
    }

    @Test
    void readsAPronounWhereItStandsNotWhereTheQuoteOpens() {
        String text = "Ilan Faro gave evidence on Monday.\n\nUnder questioning by Teodor Brask, he said that once the"
                + " court ruled there was \u201Cintelligence gathering at a high level\u201D in the city.";

        assertThat(quotes(text)).singleElement().extracting(Quote::speaker).isEqualTo("Ilan Faro");
    }

    @Test
    void resolvesItSaidToTheOrganisationLastHeardSpeaking() {
        String text = "The launch was delayed, the Orbital Agency said. \"Docking has been called off,\" it said.";

        assertThat(quotes(text)).singleElement().extracting(Quote::speaker).isEqualTo("Orbital Agency");
    }

    @Test
    void resolvesTheAgencyToTheOrganisationThatJustSpokeNotAnotherAgency() {
        String text = "The Northern Space Agency launched the craft. Controllers lost contact, Kestrel Aerospace"
                + " Authority said. \"The craft made another pass,\" the national space agency said.";

        assertThat(quotes(text)).singleElement().extracting(Quote::speaker).isEqualTo("Kestrel Aerospace Authority");
    }

    @Test
    void givesThePanelItsFullestDescription() {
        String text = "The panel of experts monitoring fishing quotas said stocks were falling. Catches have"
                + " \u2018halved in a decade,\u2019 the panel said.";

        assertThat(quotes(text)).singleElement().extracting(Quote::speaker)
                .isEqualTo("panel of experts monitoring fishing quotas");
    }

    @Test
    void givesAnEmailToWhoeverSentIt() {
        String text = "\"Growth is strong,\" said Ada Lin, an adviser to the mayor.\n\nThe Harbour Party sent an email"
                + " to members on Friday.\n\n\"Our opponents will spin these numbers,\" the email said.";

        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Ada Lin", "Harbour Party");
    }

    @Test
    void prefersTheVerbRightBeforeTheQuoteOverARelayAfterIt() {
        String text = "Asked about the rally, Tove Lund \u201Cbristled\u201D and said, \u201CNo comment,\u201D the"
                + " Coast Herald reported.";

        assertThat(quotes(text)).filteredOn(q -> q.text().startsWith("No comment"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Tove Lund");
    }

    @Test
    void givesASecondPartialQuoteInTheSentenceTheSameSpeaker() {
        String text = "Ruth Ahn called the plan \u201Creckless\u201D and the budget behind it \u201Cabsurd.\u201D";

        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Ruth Ahn", "Ruth Ahn");
    }

    @Test
    void startsANewQuoteWhereAStraightMarkOpensBeforeTheOldOneClosed() {
        String text = "He was named chair. Ivo Marsh said: \"I am delighted to lead the club. \"We have work ahead.\"";

        assertThat(quotes(text)).extracting(Quote::text)
                .containsExactly("I am delighted to lead the club.", "We have work ahead.");
    }

    @Test
    void closesASingleQuoteTypedAgainstTheNextWord() {
        String text = "The panel cited the \u2018high number\u2019of recruits, its chair Lena Oduya said.";

        assertThat(quotes(text)).singleElement().extracting(Quote::text).isEqualTo("high number");
    }

    @Test
    void closesASingleQuoteBeforeAFunctionWordButNotAPluralPossessive() {
        String plural = "\u2018The workers\u2019 rights come first,\u2019 said Nils Aas.";
        String closing = "Nils Aas called it \u2018a school for fighters\u2019 as in the past.";

        assertThat(quotes(plural)).singleElement().extracting(Quote::text).isEqualTo("The workers\u2019 rights come first,");
        assertThat(quotes(closing)).singleElement().extracting(Quote::text).isEqualTo("a school for fighters");
    }

    @Test
    void takesThePersonInTheAppositiveOfAPossessiveRole() {
        assertThat(quotes("\"It was not close,\" Lumen's chief executive, Daniel Osei, said."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Daniel Osei");
                    assertThat(q.speakerRole()).isEqualTo("Lumen's chief executive");
                });
    }

    @Test
    void readsTwoApostrophesAsQuotationMarks() {
        List<Quote> quotes = analyzer.analyze("''We will reopen the ferry line by spring,'' said Ilse"
                + " Maren, the harbour master. She added that the ''old quay'' would stay shut.\n\n''Nobody will be stranded,'' Maren"
                + " told the council.").quotes();

        assertThat(quotes).extracting(Quote::text).contains("We will reopen the ferry line by spring,",
                "Nobody will be stranded,");
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Ilse Maren"));
        assertThat(quotes).allSatisfy(q -> assertThat(q.text()).doesNotContain("''"));
    }

    @Test
    void readsATitleWrittenShortAndAPartyAfterTheNameAsPartsOfTheSpeaker() {
        List<Quote> quotes = quotes("\"We will fund the ferry line,\" said Sen. Ilse Maren (D-Vt.), a negotiator on the"
                + " bill.\n\n\"It is done,\" Rep. Tomas Brell (R-Ohio) said.\n\n\"Not yet,\" said Dr. Ana Ruiz.");

        assertThat(quotes).extracting(Quote::speaker).containsExactly("Ilse Maren", "Tomas Brell", "Ana Ruiz");
        assertThat(quotes.get(0).speakerRole()).isEqualTo("a negotiator on the bill");
        assertThat(quotes.get(1).speakerRole()).startsWith("Rep");
    }

    @Test
    void doesNotTakeVerbsOfThinkingOrShowingForSpeech() {
        List<Quote> quotes = quotes("The survey found \"deep distrust\" of the council. Tomas Brell thinks the \"new"
                + " deal\" will fail.");

        assertThat(quotes).extracting(Quote::cue).doesNotContain("found", "thinks");
        assertThat(quotes).extracting(Quote::speaker).doesNotContain("survey");
    }

    @Test
    void takesAnAttributionThatStandsAsTheNextShortSentence() {
        assertThat(quotes("\"Will the ferry run on Sunday? Nobody knows.\" Ilse Maren said.")).singleElement()
                .extracting(Quote::speaker).isEqualTo("Ilse Maren");
    }

    @Test
    void readsAnHonorificBeforeTheSpeakerAsNoPartOfTheName() {
        assertThat(quotes("\"The quay is safe,\" Mr. Brell said. \"We checked it twice,\" Mrs. Ana Ruiz added."))
                .extracting(Quote::speaker).containsExactly("Brell", "Ana Ruiz");
    }

    @Test
    void leavesASentenceThatIntroducesTheNextQuoteToThatQuote() {
        List<Quote> quotes = quotes("\"We start on Monday,\" Ilse Maren said. \"It will take a year.\" Council leader"
                + " Tomas Brell said: \"We will pay for it.\"");

        assertThat(quotes).extracting(Quote::speaker).containsExactly("Ilse Maren", "Ilse Maren", "Tomas Brell");
    }

    @Test
    void givesNoQuoteToATimeOrAThingThatCannotSpeak() {
        assertThat(quotes("The report showed \"a steady fall in ferry use\" over the winter.")).isEmpty();
        assertThat(quotes("\"We will rebuild the quay,\" Tuesday said.")).isEmpty();
    }

    @Test
    void givesAQuotationWithNoCueItsLikeliestSpeakerLessSurelyThanACuedOne() {
        List<Quote> quotes = quotes("The harbour master, Ilse Maren, spoke to the council on Friday about the ferry line"
                + " and its future:\n\n\"We will run the ferry all winter, and we will not raise the fares this year.\"\n\n"
                + "\"We start on Monday,\" Tomas Brell said.");

        assertThat(quotes).extracting(Quote::speaker).containsExactly("Ilse Maren", "Tomas Brell");
        assertThat(quotes.get(0).cue()).isEmpty();
        assertThat(quotes.get(0).confidence()).isBetween(QuoteAttributor.SPEAKER_THRESHOLD, quotes.get(1).confidence());
        assertThat(quotes.get(1).confidence()).isGreaterThanOrEqualTo(Quote.SHOWN);
    }

    @Test
    void givesAQuotationTheSpeakerModelIsUnsureOfWithThatLowConfidenceAndNoValueInsideMarkup() {
        List<Quote> quotes = quotes("Ilse Maren met the council on Friday to discuss the ferry line and its future"
                + " funding.\n\nShe wants \"a harbour that works for everyone\" and a new timetable by spring.\n\n"
                + "<tweet id=\"77120034\" author=\"@veyraport\">Ferry update</tweet>");

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("a harbour that works for everyone");
            assertThat(q.speaker()).isEqualTo("Ilse Maren");
            assertThat(q.confidence()).isLessThan(QuoteAttributor.SPEAKER_THRESHOLD);
            assertThat(q.decidedBy()).startsWith("keep model");
        });
    }

    @Test
    void readsRoleWordsBeforeTheNameAfterTheVerb() {
        assertThat(quotes("\"The boat leaves at six,\" said co-founder Ilse Maren.")).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Ilse Maren");
            assertThat(q.speakerRole()).isEqualTo("co-founder");
            assertThat(q.confidence()).isGreaterThanOrEqualTo(Quote.SHOWN);
        });
    }

    @Test
    void keepsAnOrganisationsNameWholeAndATitleWithOfInTheRole() {
        List<Quote> quotes = quotes("\"Nobody was hurt,\" Police Lusk said.\n\n\"We are ready,\" Energy Transfer said.\n\n"
                + "\"Yes,\" said Secretary of State Tomas Brell.\n\n\"No,\" said Minister of Health Pia Morrow.\n\n"
                + "\"Maybe,\" said Energy Minister Ivo Brandt.");

        assertThat(quotes).extracting(Quote::speaker).containsExactly("Police Lusk", "Energy Transfer", "Tomas Brell",
                "Pia Morrow", "Ivo Brandt");
        assertThat(quotes).extracting(Quote::speakerRole).containsExactly(null, null, "Secretary of State",
                "Minister of Health", "Energy Minister");
    }

    @Test
    void takesTheRoleFromADescribingAppositiveWhateverTheOccupation() {
        assertThat(quotes("\"It is a fair deal,\" said Marta Quillan, a lecturer at Veyra University.")).singleElement()
                .extracting(Quote::speakerRole).isEqualTo("a lecturer at Veyra University");
    }

    @Test
    void givesADescriptionsNamedAppositiveAsTheSpeakerAndTheDescriptionAsTheRole() {
        assertThat(quotes("\"The quay stays shut,\" the harbour spokesman, Ivo Brandt, told Harbour Radio."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Ivo Brandt");
                    assertThat(q.speakerRole()).isEqualTo("harbour spokesman");
                    assertThat(q.confidence()).isGreaterThanOrEqualTo(Quote.SHOWN);
                });
        assertThat(quotes("\"We will appeal,\" the operator, Harbour Logistics, said.")).singleElement()
                .extracting(Quote::speaker).isEqualTo("Harbour Logistics");
    }

    @Test
    void readsAMiddleInitialAsPartOfTheNameAfterTheVerb() {
        assertThat(quotes("\"The quay stays shut,\" said Ivo C. Brandt. \"We will look again in May.\""))
                .extracting(Quote::speaker).containsExactly("Ivo C. Brandt", "Ivo C. Brandt");
    }

    @Test
    void takesThePersonAfterAPlaceInsideTheRole() {
        assertThat(quotes("\"The boat leaves at six,\" said former Veyra governor Ivo Brandt in a statement."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Ivo Brandt");
                    assertThat(q.speakerRole()).isEqualTo("former Veyra governor");
                });
    }

    @Test
    void endsTheNameWhereItsPlaceBegins() {
        assertThat(quotes("\"The quay stays shut,\" said Representative Ivo T. Brandt of Veyra Bay, who backs the plan."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Ivo T. Brandt");
                    assertThat(q.speakerRole()).isEqualTo("Representative");
                });
    }
}
