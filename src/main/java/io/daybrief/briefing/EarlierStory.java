package io.daybrief.briefing;

import java.time.LocalDate;
import java.util.List;

/**
 * A story as an earlier edition of the same briefing told it, for following it into the next edition.
 *
 * @param key      its identity across editions
 * @param since    the date of the first edition that told it
 * @param date     the date of the edition this is from
 * @param headline its headline there
 * @param text     its summary there, the words it is recognised by
 * @param quotes   the texts of its quotes there
 * @param figures  its figures in that edition and in every earlier one that told it, oldest first
 */
public record EarlierStory(String key, LocalDate since, LocalDate date, String headline, String text,
                           List<String> quotes, List<Tracked> figures) {

    public EarlierStory {
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
    }

    /**
     * A figure as an edition gave it.
     *
     * @param date   the edition's date
     * @param counts what it counts
     * @param value  its value as shown
     * @param number its value as a number
     */
    public record Tracked(LocalDate date, String counts, String value, double number) {
    }
}
