package io.daybrief.schedule;

import io.daybrief.briefing.BriefingDefinition;
import java.nio.file.Path;
import java.time.ZonedDateTime;

/**
 * Makes the digest ({@code weekly} or {@code monthly}) that a scheduled run of a briefing at a moment is for,
 * and says where it was filed.
 */
@FunctionalInterface
public interface DigestMaker {

    Path makeForRunAt(BriefingDefinition briefing, io.daybrief.briefing.DigestKind kind, ZonedDateTime fireTime);
}
