package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureFinderTest {

    private static List<Figure> figures(String text) {
        return FigureFinder.find(text);
    }

    private static Figure only(String text) {
        List<Figure> found = figures(text);
        assertThat(found).as("figures in: " + text).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsACountWithWhatItCounts() {
        Figure figure = only("Police said 4,200 dockworkers walked out.");

        assertThat(figure.value()).isEqualTo(4200);
        assertThat(figure.unit()).isEqualTo("count");
        assertThat(figure.counts()).isEqualTo("dockworkers walked");
    }

    @Test
    void countsTheNounAfterAComparative() {
        assertThat(only("Divers recovered three more bodies overnight.").counts()).isEqualTo("bodies recovered");
    }

    @Test
    void marksQualifiedFiguresApproximate() {
        Figure figure = only("Almost 51,000 people were arrested.");

        assertThat(figure.text()).isEqualTo("Almost 51,000");
        assertThat(figure.approx()).isTrue();
        assertThat(figure.value()).isEqualTo(51000);
    }

    @Test
    void readsMoneyWithSymbolsAndMultipliers() {
        assertThat(only("It will cost $3bn.")).satisfies(f -> {
            assertThat(f.value()).isEqualTo(3e9);
            assertThat(f.unit()).isEqualTo("USD");
        });
        assertThat(only("A fine of £40m was paid.")).satisfies(f -> {
            assertThat(f.value()).isEqualTo(4e7);
            assertThat(f.unit()).isEqualTo("GBP");
        });
        assertThat(only("The fund holds \u20AC1.2 billion.")).satisfies(f -> {
            assertThat(f.value()).isEqualTo(1.2e9);
            assertThat(f.unit()).isEqualTo("EUR");
        });
    }

    @Test
    void convertsPenceToPounds() {
        assertThat(only("Stamps rise by 15p next week.")).satisfies(f -> {
            assertThat(f.value()).isEqualTo(0.15);
            assertThat(f.unit()).isEqualTo("GBP");
        });
    }

    @Test
    void readsPercentagesWrittenEitherWay() {
        assertThat(only("Fares rise 4.5% in April.").unit()).isEqualTo("percent");
        assertThat(only("Turnout fell 5 percent.").value()).isEqualTo(5);
        assertThat(only("Turnout fell 5 per cent.").unit()).isEqualTo("percent");
    }

    @Test
    void readsNumbersInWordsAndFractions() {
        assertThat(only("Thieves took six manuscripts.").value()).isEqualTo(6);
        assertThat(only("The army sent two-thirds of its engineers.")).satisfies(f -> {
            assertThat(f.unit()).isEqualTo("fraction");
            assertThat(f.value()).isCloseTo(0.6667, org.assertj.core.data.Offset.offset(0.001));
        });
    }

    @Test
    void readsFiguresThatStartWithAShortWord() {
        assertThat(only("Rescuers freed a dozen miners.").value()).isEqualTo(12);
        assertThat(only("Prices fell by a half over the decade.").value()).isEqualTo(0.5);
        assertThat(only("A quarter of the staff left.").value()).isEqualTo(0.25);
        assertThat(only("The club paid A$2m for the pitch.").unit()).isEqualTo("AUD");
        assertThat(only("It raised US$40m from donors.").unit()).isEqualTo("USD");
        assertThat(only("Fees rose to C$300 a term.").unit()).isEqualTo("CAD");
        assertThat(only("Tickets cost R250 each.").unit()).isEqualTo("ZAR");
        assertThat(figures("We met a man about a dog. Ask us about it. A c-section, an R-rated film.")).isEmpty();
    }

    @Test
    void readsDurationsAndAges() {
        assertThat(only("The union agreed a six-month pause.")).satisfies(f -> {
            assertThat(f.value()).isEqualTo(6);
            assertThat(f.unit()).isEqualTo("month");
        });
        assertThat(only("A 73-year-old farmer was rescued.")).satisfies(f -> {
            assertThat(f.value()).isEqualTo(73);
            assertThat(f.unit()).isEqualTo("year");
        });
    }

    @Test
    void readsAHyphenatedMeasure() {
        assertThat(only("Her 12-hectare estate was flooded.")).satisfies(f -> {
            assertThat(f.value()).isEqualTo(12);
            assertThat(f.unit()).isEqualTo("hectare");
            assertThat(f.counts()).isEqualTo("estate flooded");
        });
    }

    @Test
    void saysWhatASumPaysForWhenTheNounFollowsIt() {
        assertThat(only("The coalition agreed a \u20AC4.2bn package of cuts.").counts()).isEqualTo("package");
    }

    @Test
    void readsBothEndsOfARange() {
        assertThat(figures("Between 300 and 400 workers joined.")).extracting(Figure::value).containsExactly(300.0, 400.0);
    }

    @Test
    void leavesOutDatesYearsTimesAndOrdinals() {
        assertThat(figures("On March 7, 2024, at 10:30, the 3rd meeting began in 1998 style; the 1990s were long.")).isEmpty();
        assertThat(figures("It opens on 12 May.")).isEmpty();
    }

    @Test
    void leavesOutNumbersInsideNames() {
        assertThat(figures("The Boeing 737 landed in the G7 summit city.")).isEmpty();
    }

    @Test
    void givesOffsetsOfTheFigure() {
        String text = "Rescuers saved 37 people.";
        Figure figure = only(text);

        assertThat(text.substring(figure.start(), figure.end())).isEqualTo("37");
    }

    @Test
    void readsABareNumberBesideANameAsAnAge() {
        assertThat(figures("The shell killed Ivo Brant, 37, and wounded Mila Sorn, 28.")).extracting(Figure::unit)
                .containsExactly("year", "year");
    }

    @Test
    void joinsMinutesAndSecondsIntoOneDuration() {
        assertThat(only("The attack lasted 1 minute and 45 seconds.")).satisfies(f -> {
            assertThat(f.value()).isEqualTo(105);
            assertThat(f.unit()).isEqualTo("second");
        });
    }

    @Test
    void namesMeasurementUnitsInTheirShortForms() {
        assertThat(only("Gusts reached 88.5 kph.").unit()).isEqualTo("km/h");
        assertThat(only("About 2 inches of rain fell.").unit()).isEqualTo("inch");
        assertThat(only("That is 127 millimeters of rain.").unit()).isEqualTo("mm");
        assertThat(only("They shipped 2,095 metric tons of grain.").unit()).isEqualTo("metric ton");
    }

    @Test
    void readsNightsDecadesAndTermsAsTimeUnits() {
        assertThat(only("The crew spent 17 nights at sea.").unit()).isEqualTo("night");
        assertThat(only("It ended a four-decade rivalry.").unit()).isEqualTo("decade");
        assertThat(only("She served two terms.").unit()).isEqualTo("term");
    }

    @Test
    void readsMultiplesButNotTheVerb() {
        assertThat(only("Costs are roughly double the estimate.")).satisfies(f -> {
            assertThat(f.value()).isEqualTo(2);
            assertThat(f.unit()).isEqualTo("times");
            assertThat(f.approx()).isTrue();
        });
        assertThat(only("The ferry carried twice its limit.").value()).isEqualTo(2);
        assertThat(figures("Prices could double.")).isEmpty();
    }

    @Test
    void roundsFractionsToFourPlaces() {
        assertThat(only("More than one-third of voters stayed home.").value()).isEqualTo(0.3333);
    }

    @Test
    void readsAMillionWrittenAsMBeforeACurrencyWord() {
        assertThat(only("Losses were under 100m euros.")).satisfies(f -> {
            assertThat(f.value()).isEqualTo(1e8);
            assertThat(f.unit()).isEqualTo("EUR");
        });
    }

    @Test
    void readsOneAsAPronounInAComparisonAndAsACountBeforeWhatItCounts() {
        assertThat(figures("\"There is no one tougher than Ivo Brandt,\" said Marta Quillan.")).isEmpty();
        assertThat(figures("Only one ferry left the harbour on Monday.")).extracting(Figure::value).containsExactly(1.0);
    }

    @Test
    void upAfterAVerbOfMovementIsTheVerbsNotACap() {
        assertThat(FigureFinder.find("The jobless rate ticks up to 5% in Veyra.")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("5%"))
                .satisfies(f -> assertThat(f.approx()).isFalse());
        assertThat(FigureFinder.find("The fund pays up to 5% a year.")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("up to 5%"))
                .satisfies(f -> assertThat(f.approx()).isTrue());
    }
}
