package io.daybrief.briefing;

import io.daybrief.analysis.NewsValue;

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
 * @param limits     how many stories an edition carries, and quotes and figures a story shows
 * @param owner      who publishes it: the author of its PDFs
 * @param digests    the digests made on schedule: weekly (each Monday, the week before), monthly (on the 1st, the
 *                   month before)
 * @param catchUp    after downtime, which missed editions to make
 * @param ranking    how its stories are ranked by news value
 * @param sendEmpty  whether an edition with no stories is emailed (it is archived either way)
 */
public record BriefingDefinition(String name, String title, ZoneId zone, String cron, List<String> recipients,
                                 Limits limits, String owner, List<DigestKind> digests, CatchUpPolicy catchUp,
                                 NewsValue.Ranking ranking, boolean sendEmpty) {

    /** How much an edition shows: stories, and key quotes and key figures per story. */
    public record Limits(int stories, int quotesPerStory, int figuresPerStory) {

        public static final Limits DEFAULT = new Limits(20, 3, 5);

        public Limits {
            if (stories < 1 || quotesPerStory < 0 || figuresPerStory < 0) {
                throw new IllegalArgumentException("limits must be at least 1 story and 0 quotes and figures, not "
                        + stories + "/" + quotesPerStory + "/" + figuresPerStory);
            }
        }
    }

    public BriefingDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(owner, "owner");
        digests = List.copyOf(digests);
        Objects.requireNonNull(catchUp, "catchUp");
        Objects.requireNonNull(ranking, "ranking");
    }

    /** A briefing ranked by the default news value, that sends no empty edition. */
    public BriefingDefinition(String name, String title, ZoneId zone, String cron, List<String> recipients,
                              Limits limits, String owner, List<DigestKind> digests, CatchUpPolicy catchUp) {
        this(name, title, zone, cron, recipients, limits, owner, digests, catchUp, NewsValue.Ranking.DEFAULT, false);
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
