package io.daybrief.bench;

import io.daybrief.Daybrief;
import io.daybrief.briefing.Briefing;
import io.daybrief.briefing.BriefingAssembler;
import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.config.BriefingConfig;
import io.daybrief.config.DaybriefConfig;
import io.daybrief.ingest.IngestReport;
import io.daybrief.render.EditionRenderer;
import io.daybrief.render.PdfWriter;
import io.daybrief.render.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingest and edition benchmarks on a Daybrief of their own, in a temporary folder: events generated from a
 * fixed seed, stored through the ingest front door, editions assembled, rendered and written as in production.
 */
final class EditionBench {

    static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    private EditionBench() {
    }

    /** A Daybrief on an empty database in {@code folder}, with one briefing, {@code daily}, in UTC. */
    static Daybrief open(Path folder, int maxStories) {
        return open(folder, maxStories, "");
    }

    /** The same, its commits not forced to disk one by one: for loading many events quickly. */
    static Daybrief openUnsynced(Path folder, int maxStories) {
        return open(folder, maxStories, ";WRITE_DELAY=500");
    }

    private static Daybrief open(Path folder, int maxStories, String urlOptions) {
        BriefingConfig briefing = new BriefingConfig("daily", "Daily Briefing", ZoneId.of("UTC"), "0 0 6 * * ?",
                "previous-day", List.of(), maxStories, 3, 5, "Daybrief", List.of(), "", "none");
        DaybriefConfig config = new DaybriefConfig(
                new DaybriefConfig.DatabaseConfig("jdbc:h2:file:" + folder.resolve("data/daybrief").toAbsolutePath()
                        + urlOptions, "", ""),
                folder.resolve("output"), folder.resolve("templates"),
                new DaybriefConfig.SmtpConfig("localhost", 25, "briefings@localhost"), List.of(briefing));
        return Daybrief.open(config, Clock.systemUTC());
    }

    /** Stores {@code count} generated 700-word articles dated {@code DAY}; returns how many went in. */
    static int ingest(Daybrief daybrief, int count, long seed) {
        ArticleGenerator generator = new ArticleGenerator(seed);
        int added = 0;
        for (int i = 0; i < count; i++) {
            IngestReport report = daybrief.ingester().ingestText("bench-" + seed + "-" + i + ".txt",
                    generator.article(DAY, 700));
            added += report.added().size();
        }
        return added;
    }

    /**
     * Stores {@code count} generated articles as {@link #ingest} does, but as folders of files a few hundred at a
     * time, as a bulk ingest does: their analyses are then made on every core.
     */
    static int ingestInFolders(Daybrief daybrief, Path scratch, int count, long seed) {
        ArticleGenerator generator = new ArticleGenerator(seed);
        int added = 0;
        try {
            for (int from = 0; from < count; from += FOLDER) {
                Path folder = java.nio.file.Files.createDirectories(scratch.resolve("ingest-" + from));
                for (int i = from; i < Math.min(count, from + FOLDER); i++) {
                    java.nio.file.Files.writeString(folder.resolve("bench-" + seed + "-" + i + ".txt"),
                            generator.article(DAY, 700));
                }
                added += daybrief.ingester().ingest(List.of(folder)).added().size();
                try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
                    for (Path file : files.toList()) {
                        java.nio.file.Files.delete(file);
                    }
                }
                java.nio.file.Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated articles under " + scratch, e);
        }
        return added;
    }

    /** Articles per folder of {@link #ingestInFolders}. */
    private static final int FOLDER = 500;

    /** ingest.N: events per second into the embedded store, committed one by one as in production. */
    static Timing.Measurement ingestRate(int count) {
        try (Workspace folder = Workspace.create(); Daybrief daybrief = open(folder.path(), 20)) {
            long seed = 7;
            return Timing.measure("ingest." + count, 0, 0, 1, count, () -> ingest(daybrief, count, seed));
        }
    }

    /**
     * edition.N: an edition of N stories from stored events to archived PDF, with its three stages measured too
     * (assemble, HTML, PDF); per_second of the PDF stage is pages per second.
     */
    static List<Timing.Measurement> editions(int[] sizes, int runs, double warmupSeconds) {
        List<Timing.Measurement> results = new ArrayList<>();
        for (int size : sizes) {
            try (Workspace folder = Workspace.create(); Daybrief daybrief = open(folder.path(), size)) {
                ingest(daybrief, size, 11);
                BriefingDefinition definition = daybrief.briefing("daily");
                results.add(Timing.measure("edition." + size, 2, warmupSeconds, runs, 0,
                        () -> daybrief.editions().make(definition, DAY)));
                BriefingAssembler assembler = new BriefingAssembler(daybrief.events(), daybrief.analyses());
                Briefing briefing = assembler.assemble(definition, definition.periodOf(DAY));
                EditionRenderer renderer = new EditionRenderer(new Templates(folder.resolve("templates")), new PdfWriter());
                String html = renderer.html(briefing);
                int pages = pages(renderer.render(briefing).pdf());
                results.add(Timing.measure("edition." + size + ".assemble", 2, warmupSeconds / 4, runs, 0,
                        () -> assembler.assemble(definition, definition.periodOf(DAY))));
                results.add(Timing.measure("edition." + size + ".html", 2, warmupSeconds / 4, runs, 0,
                        () -> renderer.html(briefing)));
                results.add(Timing.measure("edition." + size + ".pdf", 2, warmupSeconds / 4, runs, pages,
                        () -> new PdfWriter().write(html, facts(briefing))));
            }
        }
        return results;
    }

    static io.daybrief.render.DocumentFacts facts(Briefing briefing) {
        return new io.daybrief.render.DocumentFacts(briefing.title(), briefing.title(), briefing.keywords(),
                briefing.owner(), briefing.period().end(), "en", List.of());
    }

    static int pages(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
