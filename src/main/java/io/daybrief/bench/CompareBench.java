package io.daybrief.bench;

import io.daybrief.Daybrief;
import io.daybrief.briefing.Briefing;
import io.daybrief.briefing.BriefingAssembler;
import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.briefing.KeyFigure;
import io.daybrief.briefing.KeyQuote;
import io.daybrief.briefing.Story;
import io.daybrief.render.EditionRenderer;
import io.daybrief.render.PdfWriter;
import io.daybrief.render.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What users would use instead, measured in the same run on the same 20-story edition: headless Chromium
 * printing its HTML, and the floor: its text drawn straight with PDFBox and the same font, no layout engine.
 * Also a cold start of {@code daybrief run} and a heavy day of many events.
 */
final class CompareBench {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private CompareBench() {
    }

    /**
     * pdfbox.raw.20 and openhtmltopdf.plain.20 measured in turn with edition.20.alongside (the same edition made
     * as {@code edition.20} is), so that their ratios come from the same moments; then, right after,
     * chromium.warm.20 and chromium.cold.20 when Chromium is installed. The browser is measured on its own, not
     * in turn: it keeps working for a while after it has printed, which would slow whatever ran next.
     */
    static List<Timing.Measurement> alternatives(int runs, double warmupSeconds, List<String> notes) {
        List<Timing.Measurement> results = new ArrayList<>();
        try (Workspace workspace = Workspace.create(); Daybrief daybrief = EditionBench.open(workspace.path(), 20)) {
            Path folder = workspace.path();
            EditionBench.ingest(daybrief, 20, 11);
            BriefingDefinition definition = daybrief.briefing("daily");
            Briefing briefing = new BriefingAssembler(daybrief.events(), daybrief.analyses())
                    .assemble(definition, definition.periodOf(EditionBench.DAY));
            String html = new EditionRenderer(new Templates(folder.resolve("templates")), new PdfWriter()).html(briefing);
            java.util.LinkedHashMap<String, Runnable> inTurn = new java.util.LinkedHashMap<>();
            inTurn.put("edition.20.alongside", () -> daybrief.editions().make(definition, EditionBench.DAY));
            inTurn.put("pdfbox.raw.20", () -> drawStraight(briefing));
            inTurn.put("openhtmltopdf.plain.20", () -> new PdfWriter().writeUntagged(html));
            results.addAll(Timing.inTurn(inTurn, 3, warmupSeconds, runs));
            Path page = write(folder.resolve("edition.html"), html);
            if (!Files.isExecutable(CHROMIUM)) {
                notes.add("chromium.cold.20, chromium.warm.20: not measured; " + CHROMIUM + " is not installed"
                        + " (apt-get install -y chromium)");
                return results;
            }
            try (WarmChromium warm = new WarmChromium(CHROMIUM, WarmChromium.profile(folder))) {
                results.add(Timing.measure("chromium.warm.20", 3, 2, runs, 0, () -> printWarm(warm, page)));
            } catch (Exception e) {
                notes.add("chromium.warm.20: not measured; the browser's DevTools could not be reached: "
                        + e.getMessage());
            }
            results.add(Timing.measure("chromium.cold.20", 0, 0, runs, 0, () -> chromiumPrint(page, folder)));
        }
        return results;
    }

    private static void printWarm(WarmChromium warm, Path page) {
        try {
            if (!WarmChromium.isPdf(warm.print(page))) {
                throw new IllegalStateException("chromium printed no PDF");
            }
        } catch (Exception e) {
            throw new IllegalStateException("the warm browser failed: " + e.getMessage(), e);
        }
    }

    /** cold.run.20 and cold.run.20.cds, when running from daybrief.jar. */
    static List<Timing.Measurement> coldStarts(int runs, List<String> notes) {
        List<Timing.Measurement> results = new ArrayList<>();
        jarOfThisProgram().ifPresentOrElse(jar -> results.addAll(coldRuns(jar, runs)),
                () -> notes.add("cold.run.20: not measured; the benchmark is not running from daybrief.jar"));
        return results;
    }

    /** The floor: every story's text drawn as lines with PDFBox and DejaVu (substitutions off), no layout. */
    static byte[] drawStraight(Briefing briefing) {
        try (PDDocument document = new PDDocument();
             InputStream in = CompareBench.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf")) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            PDType0Font font = PDType0Font.load(document, ttf, true);
            List<String> lines = new ArrayList<>();
            for (Story story : briefing.stories()) {
                lines.add(story.headline());
                story.summary().forEach(sentence -> wrap(sentence, lines));
                for (KeyQuote quote : story.quotes()) {
                    wrap("\u201C" + quote.text() + "\u201D \u2014 " + quote.speaker(), lines);
                }
                for (KeyFigure figure : story.figures()) {
                    lines.add(figure.text() + "   " + figure.counts() + "   " + figure.value());
                }
                lines.add("");
            }
            int perPage = 58;
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(50, 800);
                    content.setLeading(13);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the edition straight", e);
        }
    }

    private static void wrap(String text, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() > 90) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
    }

    private static void chromiumPrint(Path page, Path folder) {
        try {
            Path profile = Files.createTempDirectory(folder, "chromium-");
            Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--print-to-pdf=" + folder.resolve("chromium.pdf"),
                    page.toUri().toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!chromium.waitFor(60, TimeUnit.SECONDS) || chromium.exitValue() != 0) {
                chromium.destroyForcibly();
                throw new IllegalStateException("chromium did not print the page");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run chromium", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while chromium printed", e);
        }
    }

    /**
     * cold.run.20: a fresh JVM running {@code daybrief run} for a 20-story edition, whole-process time; and
     * cold.run.20.cds: the same as {@code bin/daybrief} starts it, with a class-data sharing archive and the
     * quick-starting JIT tier only. No unmeasured run first: the run that makes the archive has already brought the
     * jar and the database into the file cache, as a daily run finds them.
     */
    private static List<Timing.Measurement> coldRuns(Path jar, int runs) {
        try (Workspace workspace = Workspace.create()) {
            return coldRuns(jar, runs, workspace.path());
        }
    }

    private static List<Timing.Measurement> coldRuns(Path jar, int runs, Path folder) {
        try (Daybrief daybrief = EditionBench.open(folder, 20)) {
            EditionBench.ingest(daybrief, 20, 11);
        }
        Path config = write(folder.resolve("daybrief.yml"), "database: {url: \"jdbc:h2:file:"
                + folder.resolve("data/daybrief").toAbsolutePath() + "\"}\noutput: " + folder.resolve("output").toAbsolutePath()
                + "\ntemplates: " + folder.resolve("templates").toAbsolutePath() + "\n");
        Path archive = folder.resolve("daybrief.jsa");
        runDaybrief(jar, config, List.of("-XX:ArchiveClassesAtExit=" + archive, "-XX:TieredStopAtLevel=1"));
        return List.of(
                Timing.measure("cold.run.20", 0, 0, runs, 0, () -> runDaybrief(jar, config, List.of())),
                Timing.measure("cold.run.20.cds", 0, 0, runs, 0, () -> runDaybrief(jar, config,
                        List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"))));
    }

    private static void runDaybrief(Path jar, Path config, List<String> jvmFlags) {
        List<String> command = daybrief(jar, jvmFlags, "run", "--config", config.toString(), "--date",
                EditionBench.DAY.toString());
        try {
            Process run = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!run.waitFor(120, TimeUnit.SECONDS)) {
                run.destroyForcibly();
                throw new IllegalStateException("daybrief run took over 2 minutes in the cold-start benchmark");
            }
            if (run.exitValue() != 0) {
                throw new IllegalStateException("daybrief run failed in the cold-start benchmark");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Set in the child JVM that measures the heavy day, so that it measures in its own process. */
    private static final String IN_PROCESS = "daybrief.bench.in-process";

    /** The heap the heavy day must fit in: a larger one would hide a window read all at once. */
    static final String HEAVY_DAY_HEAP = "512m";

    /**
     * day.N in a JVM of its own whose heap is capped at {@link #HEAVY_DAY_HEAP}, when running from daybrief.jar:
     * reading the window into memory would end it with an OutOfMemoryError, not just a larger figure.
     */
    static Timing.Measurement heavyDayCapped(int events, boolean quick, List<String> notes) {
        java.util.Optional<Path> jar = jarOfThisProgram();
        if (jar.isEmpty() || Boolean.getBoolean(IN_PROCESS)) {
            if (jar.isEmpty()) {
                notes.add("day." + events + ": measured in this JVM, its heap not capped (not running from daybrief.jar)");
            }
            return heavyDay(events);
        }
        try (Workspace workspace = Workspace.create()) {
            List<String> command = new ArrayList<>(daybrief(jar.get(),
                    List.of("-Xmx" + HEAVY_DAY_HEAP, "-D" + IN_PROCESS + "=true"),
                    "bench", "--only", "day", "--json", "--output", workspace.path().toString()));
            if (quick) {
                command.add("--quick");
            }
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            // Read to the end: the child's output ends when it does.
            byte[] json = child.getInputStream().readAllBytes();
            int exit = child.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the heavy day failed in a JVM with -Xmx" + HEAVY_DAY_HEAP
                        + " (exit " + exit + "); its messages are above");
            }
            var measured = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("measurements").path(0);
            notes.add("day." + events + ": measured in a JVM of its own with -Xmx" + HEAVY_DAY_HEAP);
            return new Timing.Measurement(measured.path("name").asText(), measured.path("median_ms").asDouble(),
                    measured.path("p90_ms").asDouble(), measured.path("heap_peak_mb").asDouble(),
                    measured.path("per_second").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the heavy day in a JVM of its own", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the heavy day", e);
        }
    }

    /**
     * day.N: N events in the window, read one at a time into a 30-story edition. Stored (and analysed, as ingest
     * does) without a disk sync per commit: this measures reading the stored events and analyses, grouping,
     * ranking and making, not ingest; the heap peak shows the window is streamed.
     */
    static Timing.Measurement heavyDay(int events) {
        try (Workspace folder = Workspace.create(); Daybrief daybrief = EditionBench.openUnsynced(folder.path(), 30)) {
            EditionBench.ingestInFolders(daybrief, folder.path(), events, 23);
            BriefingDefinition definition = daybrief.briefing("daily");
            return Timing.measure("day." + events, 0, 0, 1, events, () -> daybrief.editions().make(definition,
                    EditionBench.DAY));
        }
    }

    /** The command that runs daybrief.jar in a fresh JVM of this program's Java, with these JVM flags. */
    private static List<String> daybrief(Path jar, List<String> jvmFlags, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static java.util.Optional<Path> jarOfThisProgram() {
        try {
            Path location = Path.of(CompareBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? java.util.Optional.of(location) : java.util.Optional.empty();
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
