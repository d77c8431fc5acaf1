package io.daybrief.config;

import java.time.ZoneId;
import java.util.List;

/**
 * One briefing as configured.
 *
 * @param name       its identifier, also its folder in the archive: lower-case letters, digits, '-' and '_'
 * @param title      the title readers see
 * @param zone       the zone its schedule and its days are in
 * @param cron       a Quartz cron expression, in {@code zone}
 * @param window     which events an edition covers; {@code previous-day} is the calendar day before the run
 * @param recipients who receives each edition by email
 * @param maxStories the most stories an edition carries
 */
public record BriefingConfig(String name, String title, ZoneId zone, String cron, String window,
                             List<String> recipients, int maxStories) {

    public BriefingConfig {
        recipients = List.copyOf(recipients);
    }
}
