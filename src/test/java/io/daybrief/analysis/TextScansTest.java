package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-written scans that stand in for patterns tried at every character of an article. */
class TextScansTest {

    @Test
    void aShortTitlesFullStopBecomesASpaceOnlyBeforeACapital() {
        assertThat(Names.joinAbbreviatedTitles("Sen. Ana Ruiz met Gov.  Ivo Brandt and Dr. Lusk."))
                .isEqualTo("Sen  Ana Ruiz met Gov   Ivo Brandt and Dr  Lusk.");
        // Not a title: a longer word ending in one, a title at a sentence's end, a title before a small letter.
        assertThat(Names.joinAbbreviatedTitles("The Vigen. Ruiz spoke to the Gov. the day after. Ask Dr."))
                .isEqualTo("The Vigen. Ruiz spoke to the Gov. the day after. Ask Dr.");
        assertThat(Names.joinAbbreviatedTitles("ADr. Ruiz")).isEqualTo("ADr. Ruiz");
    }

    @Test
    void aPartyAndStateAfterANameIsBlanked() {
        String text = "Rep. Ana Ruiz (D-Veyra) said so (in part) and Sen. Lusk (R \u2013 North Harlow) agreed.";

        String joined = Names.joinAbbreviatedTitles(text);

        assertThat(joined).hasSameSizeAs(text)
                .isEqualTo("Rep  Ana Ruiz           said so (in part) and Sen  Lusk                    agreed.");
    }

    @Test
    void wordsThatOpenSentencesStartNoName() {
        assertThat(Names.startsName("Meanwhile Ruiz left", 0)).isFalse();
        assertThat(Names.startsName("The port", 0)).isFalse();
        assertThat(Names.startsName("A.", 0)).isFalse();
        assertThat(Names.startsName("Anna Ruiz", 0)).isTrue();
        assertThat(Names.startsName("Theodora", 0)).isTrue();
        assertThat(Names.startsName("Meanwhiles", 0)).isTrue();
        assertThat(Names.startsName("so Then", 3)).isFalse();
    }

    @Test
    void aParagraphBreakIsABlankLineWithTheSpaceAroundIt() {
        String text = "one\n \t\n  two\nthree\n\nfour";

        assertThat(QuoteAttributor.paragraphBreakEnd(text, 3)).isEqualTo(text.indexOf("two"));
        assertThat(QuoteAttributor.paragraphBreakEnd(text, text.indexOf("\nthree"))).isEqualTo(text.indexOf("\nthree"));
        assertThat(QuoteAttributor.paragraphBreakEnd(text, text.indexOf("\n\nfour"))).isEqualTo(text.indexOf("four"));
        assertThat(QuoteAttributor.paragraphBreakEnd("end\n", 3)).isEqualTo(3);
    }

    @Test
    void anAppositiveRunsFromACommaToTheNextWithNoQuotationBetween() {
        String text = "Ana Ruiz, a lecturer at Harlow college, said";

        assertThat(QuoteAttributor.appositiveAt(text, 8)).isEqualTo("a lecturer at Harlow college");
        assertThat(QuoteAttributor.appositiveAt(text, 7)).isNull();
        assertThat(QuoteAttributor.appositiveAt("Ruiz,ab, said", 4)).isNull();
        assertThat(QuoteAttributor.appositiveAt("Ruiz,  ab, said", 4)).isEqualTo("ab");
        assertThat(QuoteAttributor.appositiveAt("Ruiz, \u201Cwe go,\u201D she said", 4)).isNull();
        assertThat(QuoteAttributor.appositiveAt("Ruiz, " + "x".repeat(91) + ", said", 4)).isNull();
        assertThat(QuoteAttributor.appositiveAt("Ruiz, " + "x".repeat(90) + ", said", 4)).hasSize(90);
        assertThat(QuoteAttributor.appositiveAt("Ruiz, no comma after", 4)).isNull();
    }

    @Test
    void aSpeakersHeadWordDecidesWhetherItCanSpeak() {
        assertThat(Speakers.isImplausible("Monday")).isTrue();
        assertThat(Speakers.isImplausible("the report")).isTrue();
        assertThat(Speakers.isImplausible("Ana Ruiz")).isFalse();
        // A word that opens sentences, read as a name: never a speaker alone; a name ending like one still is.
        assertThat(Speakers.isImplausible("Speaking")).isTrue();
        assertThat(Speakers.isImplausible("According")).isTrue();
        assertThat(Speakers.isImplausible("Ivo Manning")).isFalse();
        assertThat(Speakers.isImplausible("Harding")).isFalse();
        assertThat(Speakers.owner("the ministry's statement")).isEqualTo("the ministry");
        assertThat(Speakers.owner("Veyra Ports\u2019 report")).isEqualTo("Veyra Ports");
        assertThat(Speakers.owner("Ana Ruiz")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aNumberAfterAMonthIsADay() {
        assertThat(FigureFinder.endsWithMonth("landed on May ")).isTrue();
        assertThat(FigureFinder.endsWithMonth("until Sept.  ")).isTrue();
        assertThat(FigureFinder.endsWithMonth("as of December\n")).isTrue();
        assertThat(FigureFinder.endsWithMonth("as of May")).isFalse();
        assertThat(FigureFinder.endsWithMonth("the maybe ")).isFalse();
        assertThat(FigureFinder.endsWithMonth("Decembers ")).isFalse();
        assertThat(FigureFinder.endsWithMonth(" ")).isFalse();
    }

    @Test
    void aHyphenatedUnitOfTimeIsADuration() {
        assertThat(FigureCounts.isHyphenatedDuration("a two-year")).isTrue();
        assertThat(FigureCounts.isHyphenatedDuration("the 10-days")).isTrue();
        assertThat(FigureCounts.isHyphenatedDuration("a two-yearly")).isFalse();
        assertThat(FigureCounts.isHyphenatedDuration("ten-storey")).isFalse();
        assertThat(FigureCounts.isHyphenatedDuration("end.\n\nA two-year")).isFalse();
    }
}
