package io.daybrief.briefing;

import java.time.LocalDate;
import java.util.List;

/**
 * What has happened to a developing story since the previous edition that told it.
 *
 * @param since         the date of the first edition that told it
 * @param sinceLabel    that date as readers see it ({@code 28 Nov})
 * @param previousLabel the date of the previous edition that told it, as readers see it
 * @param changes       its figures whose value has changed since then, with the earlier value
 * @param freshQuotes   the texts of its quotes that the previous edition did not have
 * @param trends        its figures told in three or more editions, each with every value it had, oldest first
 */
public record Development(LocalDate since, String sinceLabel, String previousLabel, List<Change> changes,
                          List<String> freshQuotes, List<Trend> trends) {

    public Development {
        changes = List.copyOf(changes);
        freshQuotes = List.copyOf(freshQuotes);
        trends = List.copyOf(trends);
    }

    /** Whether a quote of the story is new since the previous edition. */
    public boolean isFresh(KeyQuote quote) {
        return freshQuotes.contains(quote.text());
    }

    /**
     * A figure that has changed: what it counts, its value now and its value in the previous edition.
     *
     * @param counts  what it counts ({@code people killed})
     * @param value   its value in this edition
     * @param earlier its value in the previous edition that gave it
     */
    public record Change(String counts, String value, String earlier) {
    }

    /**
     * A figure's values across editions, for a small chart.
     *
     * @param counts what it counts
     * @param points its value in each edition that gave it, oldest first
     */
    public record Trend(String counts, List<Point> points) {

        public Trend {
            points = List.copyOf(points);
        }
    }

    /**
     * One value of a trend.
     *
     * @param date    the edition's date as readers see it
     * @param value   the value as shown
     * @param percent its length in the chart: 100 for the largest value of the trend
     */
    public record Point(String date, String value, int percent) {
    }
}
