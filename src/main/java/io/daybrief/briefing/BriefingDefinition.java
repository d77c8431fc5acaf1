package io.daybrief.briefing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A briefing: what it is called, when it is made and in which zone, and who receives it.
 *
 * @param name       identifier and archive folder name
 * @param title      the title readers see
 * @param zone       the zone its days and schedule are in
 * @param cron       Quartz cron expression for its schedule, in {@code zone}
 * @param recipients email addresses that receive each edition
 * @param maxStories the most stories one edition carries
 */
public record BriefingDefinition(String name, String title, ZoneId zone, String cron, List<String> recipients,
                                 int maxStories) {

    public BriefingDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        recipients = List.copyOf(recipients);
        if (maxStories < 1) {
            throw new IllegalArgumentException("maxStories must be at least 1, not " + maxStories);
        }
    }

    /** The edition of date D covers the calendar day D in the briefing's zone. */
    public Period periodOf(LocalDate date) {
        return Period.day(date, zone);
    }

    /** The edition a run at {@code moment} makes: the calendar day before it, in the briefing's zone. */
    public Period periodForRunAt(ZonedDateTime moment) {
        return periodOf(moment.withZoneSameInstant(zone).toLocalDate().minusDays(1));
    }
}
