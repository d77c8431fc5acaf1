package io.daybrief.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.archive.Edition;
import io.daybrief.config.ConfigLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a Daybrief process while it renders an edition and again while it sends it, then lets a new one finish:
 * the edition exists once, whole, with no temporary file left, and every recipient has exactly one email.
 */
class CrashSafetyTest {

    private static final List<String> RECIPIENTS = List.of("a@example.org", "b@example.org", "c@example.org",
            "d@example.org");
    private static final String FIRE_TIME = "2026-05-12T06:00:00Z";

    @TempDir
    Path folder;

    @Test
    void aRunKilledWhileRenderingAndWhileSendingLeavesOneWholeEditionAndOneEmailEach() throws Exception {
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(0, null, 700)) {
            Path config = writeConfig(smtp.port());
            try (Daybrief daybrief = Daybrief.open(ConfigLoader.load(config), Clock.systemUTC())) {
                daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
            }

            killWhenLogged(config, "making edition", 150);
            killWhenLogged(config, ": sent", 0);
            assertThat(smtp.accepted).hasSizeLessThan(RECIPIENTS.size());
            Thread.sleep(4_500); // a send still marked in progress is taken as abandoned after 3 time-outs + 1 s

            Process last = child(config);
            String output = drain(last);
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
            assertThat(last.exitValue()).as(output).isZero();

            try (Daybrief daybrief = Daybrief.open(ConfigLoader.load(config), Clock.systemUTC())) {
                Edition edition = daybrief.archive().find("daily", LocalDate.of(2026, 5, 11)).orElseThrow();
                assertThat(edition.makes()).isEqualTo(1);
                try (PDDocument pdf = Loader.loadPDF(edition.pdf().toFile())) {
                    assertThat(pdf.getNumberOfPages()).isPositive();
                }
                assertThat(io.daybrief.event.ContentHash.sha256(Files.readAllBytes(edition.pdf()))).isEqualTo(edition.sha256());
            }
            try (Stream<Path> files = Files.walk(folder.resolve("output"))) {
                assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
            }
            assertThat(smtp.accepted).containsExactlyInAnyOrderElementsOf(RECIPIENTS);
        }
    }

    private Path writeConfig(int port) throws IOException {
        Path config = folder.resolve("daybrief.yml");
        Files.createDirectories(folder.resolve("templates"));
        Files.writeString(config, "database: {url: \"jdbc:h2:file:" + folder.resolve("data/daybrief").toAbsolutePath() + "\"}\n"
                + "output: " + folder.resolve("output").toAbsolutePath() + "\n"
                + "templates: " + folder.resolve("templates").toAbsolutePath() + "\n"
                + "smtp: {host: 127.0.0.1, port: " + port + ", from: briefings@example.org, timeout_seconds: 1}\n"
                + "briefings:\n  - name: daily\n    recipients: [" + String.join(", ", RECIPIENTS) + "]\n");
        return config;
    }

    /** Starts a run and kills it {@code delayMillis} after it logs a line containing {@code marker}. */
    private void killWhenLogged(Path config, String marker, long delayMillis) throws Exception {
        Process process = child(config);
        try (BufferedReader log = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = log.readLine(); line != null; line = log.readLine()) {
                if (line.contains(marker)) {
                    Thread.sleep(delayMillis);
                    break;
                }
            }
        }
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static Process child(Path config) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                config.toString(), FIRE_TIME).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String drain(Process process) throws IOException {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
