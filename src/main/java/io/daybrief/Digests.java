package io.daybrief;

import io.daybrief.archive.Archive;
import io.daybrief.archive.Edition;
import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.briefing.DigestPeriod;
import io.daybrief.render.DigestWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door for digests: gathers a period's archived editions, merges them behind a cover and files the
 * result beside the editions. A scheduled digest and a person's {@code digest} are this same code.
 */
public final class Digests {

    private final Archive archive;
    private final DigestWriter writer;

    public Digests(Archive archive, DigestWriter writer) {
        this.archive = archive;
        this.writer = writer;
    }

    /** A digest as filed: where it is, which days it holds, and which days had no edition. */
    public record Digest(Path pdf, List<LocalDate> days, List<LocalDate> missing) {
    }

    /** Makes the digest a scheduled run at {@code fireTime} is for: the week or month before, in the briefing's zone. */
    public Digest makeForRunAt(BriefingDefinition definition, io.daybrief.briefing.DigestKind kind,
                               java.time.ZonedDateTime fireTime) {
        LocalDate today = fireTime.withZoneSameInstant(definition.zone()).toLocalDate();
        return make(definition, kind == io.daybrief.briefing.DigestKind.MONTHLY ? DigestPeriod.monthBefore(today) : DigestPeriod.weekBefore(today));
    }

    public Digest make(BriefingDefinition definition, DigestPeriod period) {
        List<DigestWriter.Day> days = new ArrayList<>();
        List<LocalDate> missing = new ArrayList<>();
        for (LocalDate day : period.days()) {
            Path pdf = archive.find(definition.name(), day).map(Edition::pdf).orElse(null);
            days.add(new DigestWriter.Day(day, pdf));
            if (pdf == null) {
                missing.add(day);
            }
        }
        try {
            byte[] bytes = writer.write(definition.title(), period.name(), days, definition.owner(),
                    period.last().plusDays(1).atStartOfDay(definition.zone()));
            return new Digest(archive.storeDigest(definition.name(), period.label(), bytes), period.days(), missing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the " + definition.name() + " digest " + period.label() + ": "
                    + e.getMessage(), e);
        }
    }
}
