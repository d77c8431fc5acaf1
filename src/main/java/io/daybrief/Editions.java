package io.daybrief;

import io.daybrief.archive.Archive;
import io.daybrief.archive.Edition;
import io.daybrief.briefing.Briefing;
import io.daybrief.briefing.BriefingAssembler;
import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.briefing.Period;
import io.daybrief.render.EditionRenderer;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The front door for making editions: assemble the period's stories, render them, archive the PDF.
 *
 * <p>A scheduled run, a person's {@code run} and a re-run are this same code, so they make the same edition.
 * Thread-safe.
 */
public final class Editions {

    private final BriefingAssembler assembler;
    private final EditionRenderer renderer;
    private final Archive archive;

    public Editions(BriefingAssembler assembler, EditionRenderer renderer, Archive archive) {
        this.assembler = assembler;
        this.renderer = renderer;
        this.archive = archive;
    }

    /** Makes (or re-makes) the edition of {@code definition} about {@code date}. */
    public Edition make(BriefingDefinition definition, LocalDate date) {
        return make(definition, definition.periodOf(date));
    }

    /** Makes the edition that a scheduled run at {@code fireTime} is for: the previous day in the briefing's zone. */
    public Edition makeForRunAt(BriefingDefinition definition, ZonedDateTime fireTime) {
        return make(definition, definition.periodForRunAt(fireTime));
    }

    private Edition make(BriefingDefinition definition, Period period) {
        Briefing briefing = assembler.assemble(definition, period);
        byte[] pdf = renderer.pdf(briefing);
        return archive.store(definition.name(), period, briefing.stories().size(), pdf);
    }
}
