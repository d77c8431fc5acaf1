package io.daybrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.archive.Edition;
import io.daybrief.cli.Main;
import io.daybrief.config.ConfigLoader;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} processes on one PostgreSQL, each with its own archive folder, as two machines run them: one
 * schedule between them, each edition made once, each recipient sent it once, and every edition readable on both.
 */
class TwoNodesTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path folder;

    private Path config(String node, String url, String cron, String catchUp) throws IOException {
        return config(node, url, cron, catchUp, "");
    }

    private Path config(String node, String url, String cron, String catchUp, String extra) throws IOException {
        Path file = folder.resolve(node + ".yml");
        Files.writeString(file, extra + "database: {url: \"" + url + "\", user: postgres, wait_seconds: 120}\n"
                + "output: \"" + folder.resolve(node + "-output").toAbsolutePath() + "\"\n"
                + "smtp: {host: 127.0.0.1, port: " + GREENMAIL.getSmtp().getPort() + ", from: \"briefings@example.org\"}\n"
                + "briefings:\n  - {name: daily, zone: UTC, cron: \"" + cron + "\", catch_up: " + catchUp
                + ", recipients: [\"desk@example.org\", \"chief@example.org\"]}\n");
        return file;
    }

    private static Process serve(Path config) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--config", config.toString(),
                "--port", "0"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(config.resolveSibling(config.getFileName() + ".log").toFile()).start();
    }

    /** Events published on each of the given days, so that each edition has stories and is emailed. */
    private Path events(List<LocalDate> days) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (LocalDate day : days) {
            lines.append("{\"source\": \"Harbour Wire\", \"title\": \"Ferry timetable changes on ").append(day)
                    .append("\", \"published\": \"").append(day).append("\", \"body\": \"The ferry to Veyra will leave")
                    .append(" at nine from ").append(day).append(", the operator said, after a change agreed with")
                    .append(" the harbour board.\"}\n");
        }
        return Files.writeString(folder.resolve("events.ndjson"), lines);
    }

    private static void stop(Process... processes) throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Map<String, Long> emailsByRecipient() throws Exception {
        return Arrays.stream(GREENMAIL.getReceivedMessages()).map(TwoNodesTest::recipient)
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoNodesFiringEveryFewSecondsForAMinuteMakeTheEditionOnceAndSendItOnceToEach() throws Exception {
        String url = TestDaybrief.postgresSchema("daybrief_two_nodes");
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Path a = config("a", url, "0/5 * * * * ?", "none");
        Path b = config("b", url, "0/5 * * * * ?", "none");
        assertThat(Main.execute("ingest", "--config", a.toString(), events(List.of(yesterday)).toString())).isZero();

        Process first = serve(a);
        Process second = serve(b);
        try {
            Thread.sleep(Duration.ofSeconds(60).toMillis());
        } finally {
            stop(first, second);
        }

        try (Daybrief node = Daybrief.open(ConfigLoader.load(b), Clock.systemUTC())) {
            Edition edition = node.archive().find("daily", yesterday).orElseThrow();
            assertThat(edition.makes()).as("made once, not once per fire").isEqualTo(1);
            assertThat(node.archive().isIntact(edition)).as("readable on node b").isTrue();
        }
        try (Daybrief node = Daybrief.open(ConfigLoader.load(a), Clock.systemUTC())) {
            assertThat(node.archive().isIntact(node.archive().find("daily", yesterday).orElseThrow()))
                    .as("readable on node a").isTrue();
        }
        assertThat(emailsByRecipient()).containsExactlyInAnyOrderEntriesOf(
                Map.of("desk@example.org", 1L, "chief@example.org", 1L));
        String logs = Files.readString(folder.resolve("a.yml.log")) + Files.readString(folder.resolve("b.yml.log"));
        assertThat(logs).doesNotContain("Exception in thread");
    }

    @Test
    void twoNodesStartedTogetherAfterAWeekDownMakeEachMissedEditionOnce() throws Exception {
        String url = TestDaybrief.postgresSchema("daybrief_two_nodes_catch_up");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<LocalDate> week = new ArrayList<>();
        for (int back = 8; back >= 1; back--) {
            week.add(today.minusDays(back));
        }
        Path a = config("a", url, "0 0 6 * * ?", "all");
        Path b = config("b", url, "0 0 6 * * ?", "all");
        assertThat(Main.execute("ingest", "--config", a.toString(), events(week).toString())).isZero();
        // The last edition made before the downtime: eight days ago.
        assertThat(Main.execute("run", "--config", a.toString(), "--date", week.get(0).toString())).isZero();

        Process first = serve(a);
        Process second = serve(b);
        try {
            awaitLog(folder.resolve("a.yml.log"), "web console at");
            awaitLog(folder.resolve("b.yml.log"), "web console at");
        } finally {
            stop(first, second);
        }

        try (Daybrief node = Daybrief.open(ConfigLoader.load(b), Clock.systemUTC())) {
            LocalDate lastDue = java.time.ZonedDateTime.now(ZoneOffset.UTC).getHour() >= 6 ? today.minusDays(1)
                    : today.minusDays(2);
            for (LocalDate day : week.subList(1, week.size())) {
                if (day.isAfter(lastDue)) {
                    continue; // its run is still to come today
                }
                Edition edition = node.archive().find("daily", day).orElseThrow(() -> new AssertionError(
                        "no edition of " + day));
                assertThat(edition.makes()).as("edition of " + day).isEqualTo(1);
            }
        }
    }

    @Test
    void whenTheNodeMakingAnEditionIsKilledTheOtherMakesItOnceAndSendsItOnce() throws Exception {
        String url = TestDaybrief.postgresSchema("daybrief_two_nodes_kill");
        // An edition template that takes some seconds, so that a node can be killed in the middle of making one.
        Path templates = Files.createDirectories(folder.resolve("slow-templates"));
        try (var in = Daybrief.class.getResourceAsStream("/templates/briefing.ftlh")) {
            Files.writeString(templates.resolve("briefing.ftlh"), "<#assign slow = 0><#list 1..6000000 as i>"
                    + "<#assign slow = slow + 1></#list>" + new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        String slow = "templates: \"" + templates.toAbsolutePath() + "\"\n";
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Path a = config("a", url, "0/5 * * * * ?", "none", slow);
        Path b = config("b", url, "0/5 * * * * ?", "none", slow);
        assertThat(Main.execute("ingest", "--config", a.toString(), events(List.of(yesterday)).toString())).isZero();

        Process first = serve(a);
        Process second = serve(b);
        Path survivorConfig;
        try {
            String maker = awaitEither(folder.resolve("a.yml.log"), folder.resolve("b.yml.log"),
                    "making edition daily " + yesterday);
            Process victim = maker.equals("a") ? first : second;
            survivorConfig = maker.equals("a") ? b : a;
            victim.destroyForcibly().waitFor();
            try (Daybrief node = Daybrief.open(ConfigLoader.load(survivorConfig), Clock.systemUTC())) {
                long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
                while (node.editions().deliveries("daily", yesterday).stream()
                        .filter(d -> d.status() == io.daybrief.delivery.DeliveryStatus.SENT).count() < 2
                        && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
            }
            Thread.sleep(Duration.ofSeconds(6).toMillis()); // a few more fires, which must send nothing again
        } finally {
            stop(first, second);
        }

        try (Daybrief node = Daybrief.open(ConfigLoader.load(survivorConfig), Clock.systemUTC())) {
            Edition edition = node.archive().find("daily", yesterday).orElseThrow();
            assertThat(edition.makes()).isEqualTo(1);
            assertThat(node.archive().isIntact(edition)).as("the PDF readable on the surviving node").isTrue();
        }
        assertThat(emailsByRecipient()).containsExactlyInAnyOrderEntriesOf(
                Map.of("desk@example.org", 1L, "chief@example.org", 1L));
    }

    /** Waits until one of two logs says {@code marker}; returns which ("a" or "b"). */
    private static String awaitEither(Path a, Path b, String marker) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(a) && Files.readString(a).contains(marker)) {
                return "a";
            }
            if (Files.exists(b) && Files.readString(b).contains(marker)) {
                return "b";
            }
            Thread.sleep(50);
        }
        throw new AssertionError("neither node logged '" + marker + "'");
    }

    private static void awaitLog(Path log, String marker) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(marker)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(log + " never said '" + marker + "':\n" + (Files.exists(log) ? Files.readString(log) : ""));
    }
}
