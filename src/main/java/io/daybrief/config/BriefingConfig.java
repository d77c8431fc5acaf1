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
 * @param quotesPerStory  the most key quotes shown for a story
 * @param figuresPerStory the most key figures shown for a story
 * @param owner           who publishes the briefing, named as the author of its PDFs
 * @param digests         which digests are made on schedule: {@code weekly}, {@code monthly}
 * @param alert           who is told when an edition cannot be delivered to a recipient, or empty
 * @param catchUp         editions missed while Daybrief was down: {@code all}, {@code latest} or {@code none}
 * @param rankWeights     the weight of each part of a story's news value that the briefing changes ({@code rank:
 *                        weights:}); the parts not named keep their defaults
 * @param favour          topics, or sources written {@code source:NAME}, ranked higher ({@code rank: favour:})
 * @param avoid           topics or sources ranked lower ({@code rank: avoid:})
 * @param sendEmpty       whether an edition with no stories is emailed ({@code send_empty}, default false)
 */
public record BriefingConfig(String name, String title, ZoneId zone, String cron, String window,
                             List<String> recipients, int maxStories, int quotesPerStory, int figuresPerStory,
                             String owner, List<String> digests, String alert, String catchUp,
                             java.util.Map<String, Double> rankWeights, List<String> favour, List<String> avoid,
                             boolean sendEmpty) {

    public static final int DEFAULT_MAX_STORIES = 20;
    public static final int DEFAULT_QUOTES_PER_STORY = 3;
    public static final int DEFAULT_FIGURES_PER_STORY = 5;
    public static final String DEFAULT_OWNER = "Daybrief";

    public BriefingConfig {
        recipients = List.copyOf(recipients);
        digests = List.copyOf(digests);
        rankWeights = java.util.Map.copyOf(rankWeights);
        favour = List.copyOf(favour);
        avoid = List.copyOf(avoid);
    }

    /** A briefing ranked by the default news value, that sends no empty edition. */
    public BriefingConfig(String name, String title, ZoneId zone, String cron, String window, List<String> recipients,
                          int maxStories, int quotesPerStory, int figuresPerStory, String owner, List<String> digests,
                          String alert, String catchUp) {
        this(name, title, zone, cron, window, recipients, maxStories, quotesPerStory, figuresPerStory, owner, digests,
                alert, catchUp, java.util.Map.of(), List.of(), List.of(), false);
    }

    /** A briefing covering the previous day, with no recipients and the default limits. */
    public static BriefingConfig of(String name, String title, ZoneId zone, String cron) {
        return new BriefingConfig(name, title, zone, cron, "previous-day", List.of(), DEFAULT_MAX_STORIES,
                DEFAULT_QUOTES_PER_STORY, DEFAULT_FIGURES_PER_STORY, DEFAULT_OWNER, List.of(), "", "latest");
    }
}
