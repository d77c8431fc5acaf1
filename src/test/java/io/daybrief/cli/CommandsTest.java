package io.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @TempDir
    Path folder;

    /** What one command printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path config() throws Exception {
        Path file = folder.resolve("daybrief.yml");
        Files.writeString(file, "database: {url: \"jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "\"}\n"
                + "output: " + folder.resolve("output").toAbsolutePath() + "\n");
        return file;
    }

    @Test
    void benchPrintsItsMeasurementsAsJsonAndKeepsTheRawOutput() throws Exception {
        Result result = run("bench", "--quick", "--json", "--only", "alternatives", "--output", folder.toString());

        assertThat(result.exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.out());
        com.fasterxml.jackson.databind.JsonNode floor = null;
        for (com.fasterxml.jackson.databind.JsonNode m : json.path("measurements")) {
            assertThat(m.fieldNames()).toIterable()
                    .containsExactly("name", "median_ms", "p90_ms", "heap_peak_mb", "per_second");
            if (m.path("name").asText().equals("pdfbox.raw.20")) {
                floor = m;
            }
        }
        assertThat(floor).as("pdfbox.raw.20").isNotNull();
        assertThat(floor.path("median_ms").asDouble()).isPositive();
        List<String> ratios = new java.util.ArrayList<>();
        json.path("ratios").forEach(r -> ratios.add(r.path("name").asText()));
        assertThat(ratios).contains("edition.20.alongside / pdfbox.raw.20", "openhtmltopdf.plain.20 / pdfbox.raw.20");
        assertThat(json.path("ratios").path(0).path("value").asDouble()).isPositive();
        try (java.util.stream.Stream<Path> raw = Files.list(folder.resolve("bench"))) {
            List<Path> files = raw.toList();
            assertThat(files).singleElement().satisfies(file -> {
                assertThat(file.getFileName().toString()).endsWith("-quick-alternatives.json");
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()))
                        .isEqualTo(json);
            });
        }
    }

    @Test
    void benchRefusesAGroupItDoesNotHaveAndNamesThoseItHas() {
        Result result = run("bench", "--only", "editions", "--output", folder.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no benchmark group 'editions'")
                .contains("ingest, analysis, grouping, edition, alternatives, cold, day").contains("--only");
    }

    @Test
    void aCommandIsBuiltAloneUnderTheNameItAnswersTo() {
        for (String name : Main.subcommandNames()) {
            java.util.Map<String, picocli.CommandLine> built = Main.commandLine(name, "--help").getSubcommands();
            if (name.equals("help")) {
                assertThat(built.keySet()).containsExactlyElementsOf(Main.subcommandNames());
            } else {
                assertThat(built.keySet()).as(name).containsExactly(name);
            }
        }
        assertThat(Main.commandLine("--version").getSubcommands().keySet()).containsExactlyElementsOf(Main.subcommandNames());
        assertThat(Main.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(Main.subcommandNames());
    }

    @Test
    void aMistypedCommandIsToldTheNearestOne() {
        Result result = run("rnu");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched argument at index 0: 'rnu'").contains("run");
    }

    @Test
    void reanalyseAnalysesWhatHasNoCurrentAnalysisAndAllWhenAsked() throws Exception {
        Path config = config();
        run("ingest", "--config", config.toString(), "src/test/resources/articles");

        Result current = run("reanalyse", "--config", config.toString());
        Result all = run("reanalyse", "--config", config.toString(), "--all");

        assertThat(current.exitCode()).isZero();
        assertThat(current.out()).contains("analysed 0 events with analyser version " + io.daybrief.analysis.Analyzer.VERSION
                + "; 4 were current");
        assertThat(all.out()).contains("analysed 4 events");
    }

    @Test
    void eachCommandExplainsItselfWithHelp() {
        for (String name : Main.subcommandNames()) {
            if (name.equals("help")) {
                continue;
            }
            Result result = run(name, "--help");

            assertThat(result.exitCode()).as(name).isZero();
            assertThat(result.out()).as(name).startsWith("Usage: daybrief " + name);
        }
    }

    @Test
    void helpListsTheCommands() {
        Result result = run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("ingest", "extract", "run", "demo", "serve");
    }

    @Test
    void extractPrintsTheDocumentedJsonShape() throws Exception {
        String file = "src/test/resources/articles/glass-works.txt";
        Result result = run("extract", "--json", file);

        JsonNode document = new ObjectMapper().readTree(result.out()).get("documents").get(0);
        assertThat(document.get("file").asText()).isEqualTo(file);
        assertThat(document.get("title").asText()).isEqualTo("Kestrel Glass to close Amberley works, cutting 640 jobs");
        assertThat(document.get("date").asText()).isEqualTo("2026-05-11");
        JsonNode quote = document.get("quotes").get(0);
        String text = Files.readString(Path.of(file));
        assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo(quote.get("text").asText());
        assertThat(quote.get("speaker").asText()).isEqualTo("Rosalind Achebe");
        assertThat(quote.has("speaker_role")).isTrue();
        assertThat(quote.has("cue")).isTrue();
        assertThat(quote.get("confidence").asDouble()).isBetween(0.0, 1.0);
        JsonNode figure = document.get("figures").get(0);
        assertThat(figure.get("value").isNumber()).isTrue();
        assertThat(figure.fieldNames()).toIterable().contains("text", "value", "unit", "approx", "counts", "start", "end");
        assertThat(document.get("summary").size()).isBetween(1, 3);
        assertThat(document.get("entities").isArray()).isTrue();
    }

    @Test
    void extractReadsTheFiguresOfTheHeadlineWithTheirOffsets() throws Exception {
        String file = "src/test/resources/articles/glass-works.txt";
        JsonNode document = new ObjectMapper().readTree(run("extract", "--json", file).out()).get("documents").get(0);

        JsonNode first = document.get("figures").get(0);
        assertThat(first.get("text").asText()).isEqualTo("640");
        assertThat(first.get("start").asInt()).isLessThan(60);
        String text = Files.readString(Path.of(file));
        assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt())).isEqualTo("640");
    }

    @Test
    void ingestExitsNonZeroOnlyWhenNothingCouldBeRead() throws Exception {
        Path config = config();

        Path blank = Files.writeString(folder.resolve("blank.txt"), " \n\t\n");
        Result bad = run("ingest", "--config", config.toString(), blank.toString());
        Result mixed = run("ingest", "--config", config.toString(), "src/test/resources/json/events.ndjson");

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("blank.txt: the file is empty or holds only white space");
        assertThat(mixed.exitCode()).isZero();
        assertThat(mixed.out()).contains("2 new, 0 duplicate, 1 refused, 1 updated");
        assertThat(mixed.err()).contains("events.ndjson:2: not valid JSON");
    }

    @Test
    void sourcesCollectsOnRequestAndListsWhatEachSourceDid() throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Path config = config();
        Files.writeString(config, Files.readString(config) + "sources:\n  - {name: drop, inbox: \""
                + inbox.toAbsolutePath() + "\", cron: \"0 0/5 * * * ?\"}\n"
                + "  - {name: wire, feed: \"http://127.0.0.1:9/none.rss\", allow_private: true, timeout_seconds: 2}\n");
        Path old = Files.writeString(inbox.resolve("storm.ndjson"), "{\"source\": \"Harbour Wire\", \"title\":"
                + " \"Storm closes the harbour\", \"published\": \"2026-05-12\", \"body\": \"A storm closed the"
                + " harbour at Veyra on Tuesday.\"}\n");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(600)));

        Result never = run("sources", "--config", config.toString());
        Result collected = run("sources", "--config", config.toString(), "--now");

        assertThat(never.out()).contains("drop", "inbox", "last success never, events collected 0, next run");
        assertThat(collected.exitCode()).isEqualTo(1);
        assertThat(collected.out()).contains("drop: 1 new, 0 updated, 0 duplicate, 0 refused")
                .contains("wire: failed: http://127.0.0.1:9/none.rss: cannot be fetched")
                .contains("events collected 1").contains("last error ");
    }

    @Test
    void ingestFetchesAPageOnlyWhenAskedAndNeverFromThisMachineByDefault() throws Exception {
        Path config = config();

        Result unasked = run("ingest", "--config", config.toString(), "https://news.example/pier");
        Result local = run("ingest", "--config", config.toString(), "--fetch", "http://127.0.0.1:9/pier");

        assertThat(unasked.exitCode()).isNotZero();
        assertThat(unasked.err()).contains("give --fetch to fetch it");
        assertThat(local.exitCode()).isEqualTo(1);
        assertThat(local.err()).contains("refused").contains("127.0.0.1").contains("allow_private");
    }

    @Test
    void archiveListsEditionsAndGetsAPdfBackFromTheDatabaseWhenTheFolderLostIt() throws Exception {
        Path config = config();
        run("ingest", "--config", config.toString(), "src/test/resources/articles");
        Path pdf = Path.of(run("run", "--config", config.toString(), "--date", "2026-05-11").out().strip());
        byte[] made = Files.readAllBytes(pdf);
        Files.delete(pdf);

        Result list = run("archive", "list", "--config", config.toString());
        Result get = run("archive", "get", "daily", "2026-05-11", "--config", config.toString(), "--to",
                folder.resolve("copy.pdf").toString());
        Result missing = run("archive", "get", "daily", "2026-05-12", "--config", config.toString());

        assertThat(list.out()).contains("2026-05-11  daily").contains("stories");
        assertThat(get.exitCode()).isZero();
        assertThat(Files.readAllBytes(folder.resolve("copy.pdf"))).isEqualTo(made);
        assertThat(pdf).exists();
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no daily edition of 2026-05-12");
    }

    @Test
    void runPrintsThePathOfThePdfAndSaysWhenItReplacedOne() throws Exception {
        Path config = config();
        run("ingest", "--config", config.toString(), "src/test/resources/articles");

        Result first = run("run", "--config", config.toString(), "--briefing", "daily", "--date", "2026-05-11");
        Result again = run("run", "--config", config.toString(), "--briefing", "daily", "--date", "2026-05-11");

        Path pdf = folder.resolve("output/daily/2026/2026-05-11.pdf").toAbsolutePath();
        assertThat(first.exitCode()).isZero();
        assertThat(first.out().strip()).isEqualTo(pdf.toString());
        assertThat(first.err()).contains("made edition daily 2026-05-11: 2 stories");
        assertThat(again.err()).contains("re-made (replaced the earlier file)");
        assertThat(pdf).exists();
    }

    @Test
    void previewWritesHtmlAndPdfElsewhereAndLeavesTheArchiveAlone() throws Exception {
        Path config = config();
        run("ingest", "--config", config.toString(), "src/test/resources/articles");
        Path out = folder.resolve("preview");

        Result result = run("preview", "--config", config.toString(), "--date", "2026-05-11", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly(out.resolve("daily-2026-05-11.html").toString(),
                out.resolve("daily-2026-05-11.pdf").toString());
        assertThat(Files.readString(out.resolve("daily-2026-05-11.html"))).contains("Kestrel Glass");
        assertThat(folder.resolve("output/daily")).doesNotExist();
    }

    @Test
    void runSendsNoEmailUnlessAskedAndThenOnlyToTheAddressGiven() throws Exception {
        try (io.daybrief.delivery.ScriptedSmtpServerAccess smtp = io.daybrief.delivery.ScriptedSmtpServerAccess.start()) {
            Path config = folder.resolve("mail.yml");
            Files.writeString(config, "database: {url: \"jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "\"}\n"
                    + "output: " + folder.resolve("output").toAbsolutePath() + "\n"
                    + "smtp: {host: 127.0.0.1, port: " + smtp.port() + ", from: briefings@example.org}\n"
                    + "briefings:\n  - name: daily\n    recipients: [desk@example.org]\n");
            run("ingest", "--config", config.toString(), "src/test/resources/articles");

            Result quiet = run("run", "--config", config.toString(), "--date", "2026-05-11");
            Result asked = run("run", "--config", config.toString(), "--date", "2026-05-11", "--email", "me@example.org");

            assertThat(quiet.exitCode()).isZero();
            assertThat(asked.exitCode()).isZero();
            assertThat(asked.err()).contains("email to me@example.org: sent");
            assertThat(smtp.accepted()).containsExactly("me@example.org");
        }
    }

    @Test
    void runNamesAnUnknownBriefingAndTheConfiguredOnes() throws Exception {
        Result result = run("run", "--config", config().toString(), "--briefing", "evening", "--date", "2026-05-11");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no briefing named 'evening'; configured: daily");
    }

    @Test
    void demoIngestsTheSamplesAndMakesTheirLatestDay() throws Exception {
        Result result = run("demo", "--config", config().toString());

        assertThat(result.exitCode()).isZero();
        assertThat(Path.of(result.out().strip())).exists().hasFileName("2026-03-04.pdf");
    }

    @Test
    void fitsTheSpeakerModelReproduciblyAndScoresLabelsWithoutFigures() throws Exception {
        Path first = folder.resolve("first.properties");
        Path second = folder.resolve("second.properties");

        Result fitted = run("eval", "--fit-speakers", "src/test/resources/labelled", "--out", first.toString());
        run("eval", "--fit-speakers", "src/test/resources/labelled", "--out", second.toString());
        Result scored = run("eval", "--gold", "src/test/resources/labelled");

        assertThat(fitted.exitCode()).isZero();
        assertThat(fitted.out()).contains("fitted on 2 articles");
        assertThat(Files.readString(first)).contains("bias = ").contains("Fitted by: daybrief eval --fit-speakers")
                .isEqualTo(Files.readString(second));
        assertThat(scored.exitCode()).isZero();
        assertThat(scored.out()).contains("ferry.txt: quotes tp=").contains("figures unlabelled")
                .contains("figure P=n/a");
    }

    @Test
    void scoresWhatFiguresCountAndHoldsItToAFloor() throws Exception {
        Result scored = run("eval", "--gold", "src/test/resources/labelled-figures", "--counts", "--min-counts-f1", "0.5");
        Result below = run("eval", "--gold", "src/test/resources/labelled-figures", "--min-counts-f1", "0.99");

        assertThat(scored.exitCode()).isZero();
        assertThat(scored.out()).contains("figure labels: counts word-F1=0.7").contains("over 4 matched figures");
        assertThat(below.exitCode()).isNotZero();
        assertThat(below.err()).contains("figure labels >= 0.990");
    }

    @Test
    void scoresTheGroupingOfReportsIntoStoriesAndWritesEachReportsGroup() throws Exception {
        Path groups = folder.resolve("groups.jsonl");

        Result scored = run("eval", "--stories", "src/test/resources/stories/day.jsonl", "--groups", groups.toString());

        assertThat(scored.exitCode()).isZero();
        assertThat(scored.out().strip()).matches("stories BCubed P=\\d\\.\\d{3} R=\\d\\.\\d{3} F1=\\d\\.\\d{3} \\| pairwise F1=\\d\\.\\d{3}")
                .isEqualTo("stories BCubed P=1.000 R=1.000 F1=1.000 | pairwise F1=1.000");
        List<String> lines = Files.readAllLines(groups);
        assertThat(lines).hasSize(7).first().asString().matches("\\{\"id\":\"w1\",\"group\":\\d+}");
    }
}
