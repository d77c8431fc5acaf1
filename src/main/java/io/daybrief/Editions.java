package io.daybrief;

import io.daybrief.archive.Archive;
import io.daybrief.archive.EditionStories;
import io.daybrief.archive.Edition;
import io.daybrief.briefing.Briefing;
import io.daybrief.briefing.BriefingAssembler;
import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.briefing.Continuity;
import io.daybrief.briefing.Period;
import io.daybrief.delivery.Alerts;
import io.daybrief.delivery.Outbox;
import io.daybrief.event.EventStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.daybrief.render.EditionRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.time.ZonedDateTime;

/**
 * The front door for making editions: assemble the period's stories, render them, archive the PDF.
 *
 * <p>A scheduled run, a person's {@code run} and a re-run are this same code, so they make the same edition.
 * Thread-safe.
 */
public final class Editions {

    private static final Logger LOG = LoggerFactory.getLogger(Editions.class);

    private final BriefingAssembler assembler;
    private final EditionRenderer renderer;
    private final Archive archive;
    private final EditionStories told;
    private final Outbox outbox;
    private final Outbox.Composer emails;
    private final EventStore events;
    private final Alerts alerts;
    private final Clock clock;
    private final Activity activity = new Activity();

    public Editions(BriefingAssembler assembler, EditionRenderer renderer, Archive archive, EditionStories told,
                    Outbox outbox, Outbox.Composer emails, EventStore events, Alerts alerts, Clock clock) {
        this.assembler = assembler;
        this.renderer = renderer;
        this.archive = archive;
        this.told = told;
        this.outbox = outbox;
        this.emails = emails;
        this.events = events;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * What a scheduled run at {@code fireTime} does: makes the previous day's edition unless it is already made
     * (a trigger that fires twice, a catch-up or a restart makes nothing new), then sends it to every recipient
     * not yet sent it. An edition made before its day was over (a person's {@code run}) is made again when
     * events have arrived since, so nobody is sent a stale one; one whose file is missing or not the recorded
     * one is made again too. A failure is told to the briefing's alert address, then thrown.
     */
    public Edition makeScheduled(BriefingDefinition definition, ZonedDateTime fireTime) {
        Period period = definition.periodForRunAt(fireTime);
        try {
            Edition edition;
            try (Archive.Claim claim = archive.claim(definition.name(), period.date())) {
                edition = archive.find(definition.name(), period.date()).filter(this::current)
                        .orElseGet(() -> makeClaimed(definition, period));
            }
            if (isSent(definition, edition)) {
                deliver(definition, period.date(), definition.recipients());
            } else {
                LOG.info("edition {} {} has no stories: archived, not emailed (send_empty: false)", definition.name(),
                        period.date());
            }
            return edition;
        } catch (RuntimeException e) {
            alerts.send(definition.name(), definition.name() + " edition of " + period.date() + " could not be made",
                    "The scheduled run at " + fireTime + " could not make or send the " + definition.name()
                    + " edition of " + period.date() + ".\n\nError: " + e.getMessage()
                    + "\n\nIt will be tried again at the next scheduled run; `daybrief run --briefing "
                    + definition.name() + " --date " + period.date() + "` makes it now.");
            throw e;
        }
    }

    /**
     * Whether an edition is emailed: one with stories always, one without only when its briefing says
     * {@code send_empty: true}. An empty day is archived either way.
     */
    public static boolean isSent(BriefingDefinition definition, Edition edition) {
        return edition.stories() > 0 || definition.sendEmpty();
    }

    /** Whether an archived edition can be sent as it is: whole, and not missing events that arrived after it. */
    private boolean current(Edition edition) {
        if (!archive.isIntact(edition)) {
            LOG.warn("edition {} {}: its file is missing or not the one recorded; making it again", edition.briefing(),
                    edition.date());
            return false;
        }
        if (edition.provisional() && events.arrivedSince(edition.periodStart(), edition.periodEnd(), edition.madeAt())) {
            LOG.info("edition {} {} was made before its day was over and events have arrived since; making it again",
                    edition.briefing(), edition.date());
            return false;
        }
        return true;
    }

    /** Queues the edition for these addresses (each once, ever) and sends what is due; returns the edition's deliveries. */
    public List<Outbox.Delivery> deliver(BriefingDefinition definition, LocalDate date, List<String> addresses) {
        outbox.enqueue(definition.name(), date, addresses);
        deliverDue();
        return outbox.of(definition.name(), date);
    }

    /** Sends every delivery that is due, retries included; the outbox logs each outcome. */
    public void deliverDue() {
        outbox.deliverDue(emails);
    }

    /** The day an edition is made for when none is named: yesterday in the briefing's own zone. */
    public LocalDate defaultDay(BriefingDefinition definition) {
        return LocalDate.now(clock.withZone(definition.zone())).minusDays(1);
    }

    /** How many deliveries stand at each status, by its word. */
    public java.util.Map<String, Long> deliveryCounts() {
        return outbox.countsByStatus();
    }

    /** Every delivery of the edition of {@code briefing} for {@code date}: one per recipient, with its status. */
    public List<Outbox.Delivery> deliveries(String briefing, LocalDate date) {
        return outbox.of(briefing, date);
    }

    /**
     * Sends a delivery that failed for good once more, now: the front door of "send again". Returns it as it
     * stands after the attempt; a delivery that has not failed is left as it is.
     */
    public java.util.Optional<Outbox.Delivery> sendAgain(long deliveryId) {
        if (!outbox.requeueFailed(deliveryId)) {
            return outbox.byId(deliveryId);
        }
        deliverDue();
        return outbox.byId(deliveryId);
    }

    /**
     * Makes (or re-makes) the edition of {@code definition} about {@code date}. A day that has not begun is
     * refused; one that is not over yet gives a provisional edition ({@link Edition#provisional()}).
     */
    public Edition make(BriefingDefinition definition, LocalDate date) {
        Period period = definition.periodOf(date);
        if (!period.start().toInstant().isBefore(clock.instant())) {
            throw new IllegalArgumentException("the day " + date + " has not begun in " + definition.zone()
                    + ", so it has no events to brief; give a date up to today");
        }
        return make(definition, period);
    }

    /** Makes the edition that a scheduled run at {@code fireTime} is for: the previous day in the briefing's zone. */
    public Edition makeForRunAt(BriefingDefinition definition, ZonedDateTime fireTime) {
        return make(definition, definition.periodForRunAt(fireTime));
    }

    /** Where a preview was written, and what it could not show. */
    public record Preview(Path html, Path pdf, List<String> warnings) {
    }

    /**
     * Renders the edition of {@code date} into {@code folder} as HTML and PDF without touching the archive or
     * its index: for trying out template changes.
     */
    public Preview preview(BriefingDefinition definition, LocalDate date, Path folder) {
        Briefing briefing = stories(definition, definition.periodOf(date));
        EditionRenderer.Rendered rendered = renderer.render(briefing);
        String base = definition.name() + "-" + date;
        try {
            Files.createDirectories(folder);
            Path html = Files.writeString(folder.resolve(base + ".html"), rendered.html(), StandardCharsets.UTF_8);
            Path pdf = Files.write(folder.resolve(base + ".pdf"), rendered.pdf());
            return new Preview(html, pdf, rendered.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the preview into " + folder + ": " + e.getMessage(), e);
        }
    }

    private Edition make(BriefingDefinition definition, Period period) {
        try (Archive.Claim claim = archive.claim(definition.name(), period.date())) {
            return makeClaimed(definition, period);
        }
    }

    /**
     * The stories of the period's edition: its reports grouped into stories and ranked, each followed from the
     * previous edition of the briefing (developing, with what changed) or new.
     */
    private Briefing stories(BriefingDefinition definition, Period period) {
        return Continuity.follow(assembler.assemble(definition, period),
                told.before(definition.name(), period.date(), Continuity.DAYS));
    }

    /** Makes an edition this process has claimed. */
    private Edition makeClaimed(BriefingDefinition definition, Period period) {
        LOG.info("making edition {} {}", definition.name(), period.date());
        long start = System.nanoTime();
        try {
            Briefing briefing = stories(definition, period);
            EditionRenderer.Rendered rendered = renderer.render(briefing);
            // Recorded before the PDF is stored: a make that fails after it is made again, and records them again.
            told.record(definition.name(), period.date(), briefing.stories());
            Edition edition = archive.store(definition.name(), period, briefing.stories().size(), rendered.pdf())
                    .withWarnings(rendered.warnings());
            activity.made(definition.name(), java.time.Duration.ofNanos(System.nanoTime() - start));
            return edition;
        } catch (RuntimeException e) {
            activity.failed(definition.name(), e.getMessage());
            throw e;
        }
    }

    /** What this process's makes have done, for monitoring. */
    public Activity activity() {
        return activity;
    }
}
