package io.daybrief.cli;

import static io.daybrief.cli.CommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.archive.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as someone careless or hostile uses them: each refusal names the input and the fix, nothing hangs. */
class HostileUseTest {

    @TempDir
    Path folder;

    private Path config(String extra) throws IOException {
        Path file = folder.resolve("daybrief.yml");
        Files.writeString(file, "database: {url: \"jdbc:h2:file:" + folder.resolve("data/daybrief").toAbsolutePath()
                + "\"}\noutput: " + folder.resolve("output").toAbsolutePath() + "\n" + extra);
        return file;
    }

    @Test
    void ingestPrintsControlCharactersOfNamesAsEscapes() throws Exception {
        Path file = folder.resolve("wire\u001b[2J\u001b]0;owned\u0007.txt");
        Files.writeString(file, "Plain headline\ndate 2026-05-11\n\nA plain body about the harbour.\n");

        CommandsTest.Result result = run("ingest", "--config", config("").toString(), file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("wire\\u001B[2J\\u001B]0;owned\\u0007.txt").doesNotContain("\u001b", "\u0007");
    }

    @Test
    void namedPipesAndDevicesAreRefusedNotReadForever() throws Exception {
        Path fifo = folder.resolve("events.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();

        CommandsTest.Result ingest = run("ingest", "--config", config("").toString(), fifo.toString(), "/dev/zero");
        CommandsTest.Result extract = run("extract", "/dev/zero");
        CommandsTest.Result configured = run("run", "--config", "/dev/zero");

        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.err()).contains(fifo + ": not a regular file", "/dev/zero: not a regular file");
        assertThat(extract.err()).contains("/dev/zero: not a regular file");
        assertThat(configured.err()).contains("/dev/zero: not a regular file");
    }

    @Test
    void refusesAnEmailAddressThatCarriesAHeaderAndDatesBeyondSense() throws Exception {
        Path config = config("");

        assertThat(run("run", "--config", config.toString(), "--date", "2026-05-11", "--email", "desk@example.org\nBcc: all@example.org")
                .err()).contains("--email: 'desk@example.org\\nBcc: all@example.org' is not an email address");
        assertThat(run("run", "--config", config.toString(), "--date", "+100000-01-01").err())
                .contains("outside the years 1900 to 9999");
        assertThat(run("digest", "--config", config.toString(), "--from", "1026-01-01", "--to", "2026-01-01").err())
                .contains("one gathers at most 366");
        assertThat(folder.resolve("output")).doesNotExist();
    }

    @Test
    void aFailureWithoutAMessageStillSaysWhatHappenedAndWhereToLook() {
        assertThat(Failures.describe(new IllegalStateException("events.ndjson line 3: no title; add one")))
                .isEqualTo("events.ndjson line 3: no title; add one");
        assertThat(Failures.describe(new NullPointerException())).contains("NullPointerException", "DAYBRIEF_DEBUG=1");
    }

    @Test
    void debuggingIsOnOnlyWhenAskedFor() {
        assertThat(Failures.debugging("1")).isTrue();
        assertThat(Failures.debugging("true")).isTrue();
        assertThat(Failures.debugging("0")).isFalse();
        assertThat(Failures.debugging("false")).isFalse();
        assertThat(Failures.debugging(null)).isFalse();
    }

    @Test
    void runsStartedTogetherOnOneEmbeddedFileTakeTurnsAndAllSucceed() throws Exception {
        Path config = config("");
        assertThat(run("ingest", "--config", config.toString(), "src/test/resources/articles").exitCode()).isZero();

        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(child("run", "--config", config.toString(), "--date", "2026-05-11"));
        }
        for (Process process : runs) {
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(err).isTrue();
            assertThat(process.exitValue()).as(err).isZero();
        }

        try (io.daybrief.Daybrief daybrief = io.daybrief.Daybrief.open(io.daybrief.config.ConfigLoader.load(config),
                java.time.Clock.systemUTC())) {
            Edition edition = daybrief.archive().find("daily", LocalDate.of(2026, 5, 11)).orElseThrow();
            assertThat(edition.makes()).isEqualTo(4);
            assertThat(daybrief.archive().isIntact(edition)).isTrue();
        }
    }

    @Test
    void aTemplateThatFillsTheMemoryIsNamedWithoutATrace() throws Exception {
        Files.createDirectories(folder.resolve("templates"));
        Files.writeString(folder.resolve("templates/briefing.ftlh"),
                "<#assign s = \"news\"><#list 1..64 as i><#assign s = s + s></#list>${s}");
        Path config = config("templates: " + folder.resolve("templates").toAbsolutePath() + "\n");
        assertThat(run("ingest", "--config", config.toString(), "src/test/resources/articles").exitCode()).isZero();

        Process preview = child("-Xmx96m", "preview", "--config", config.toString(), "--date", "2026-05-11",
                "--out", folder.resolve("preview").toString());
        String err = new String(preview.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(preview.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(preview.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("template briefing.ftlh").contains("used up the memory")
                .doesNotContain("Exception in thread").doesNotContain("\tat ");
    }

    /** A command in a JVM of its own; a first argument starting with -X is a JVM option. */
    private static Process child(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        int first = 0;
        if (args[0].startsWith("-X")) {
            command.add(args[0]);
            first = 1;
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args).subList(first, args.length));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
