package io.daybrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.analysis.Figure;
import org.junit.jupiter.api.Test;

/** How a figure's value reads in a briefing's table of key figures. */
class FigureLabelsTest {

    private static Figure figure(String text, double value, String unit, boolean approx) {
        return new Figure(text, value, unit, approx, "what it counts", 0, text.length());
    }

    @Test
    void unitsInWordsTakeTheirPluralAndAbbreviationsDoNot() {
        assertThat(FigureLabels.label(figure("17 nights", 17, "night", false))).isEqualTo("17 nights");
        assertThat(FigureLabels.label(figure("six-term", 6, "term", false))).isEqualTo("6 terms");
        assertThat(FigureLabels.label(figure("about 2 inches", 2, "inch", true))).isEqualTo("2 inches");
        assertThat(FigureLabels.label(figure("one mile", 1, "mile", false))).isEqualTo("1 mile");
        assertThat(FigureLabels.label(figure("3 km", 3, "km", false))).isEqualTo("3 km");
        assertThat(FigureLabels.label(figure("55 mph", 55, "mph", false))).isEqualTo("55 mph");
        assertThat(FigureLabels.label(figure("six-week", 6, "week", false))).isEqualTo("6 weeks");
        assertThat(FigureLabels.label(figure("one day", 1, "day", false))).isEqualTo("1 day");
    }

    @Test
    void aQualifierIsShownAsWritten() {
        assertThat(FigureLabels.withQualifier(figure("about 2,750 tons", 2750, "ton", true))).isEqualTo("about 2,750 tons");
        assertThat(FigureLabels.withQualifier(figure("no less than $21 million", 21e6, "USD", true)))
                .isEqualTo("no less than US$21 million");
    }
}
