package io.daybrief.schedule;

import io.daybrief.archive.Edition;
import io.daybrief.briefing.BriefingDefinition;
import java.time.ZonedDateTime;

/** Makes the edition that a scheduled run of a briefing at a given moment is for. */
@FunctionalInterface
public interface EditionMaker {

    Edition makeForRunAt(BriefingDefinition briefing, ZonedDateTime fireTime);
}
