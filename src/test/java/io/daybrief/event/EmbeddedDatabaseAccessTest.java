package io.daybrief.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.daybrief.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database is reachable by its owner alone: owner-only files and folder, a local server on loopback
 * only, and a generated password, while {@code ingest} still works beside {@code serve} and a second {@code
 * serve} is refused. {@code serve} runs in a process of its own, as a user starts it.
 */
class EmbeddedDatabaseAccessTest {

    @TempDir
    Path folder;

    @Test
    void serveListensOnLoopbackOnlyKeepsItsFilesToItsOwnerAndRefusesTheEmptyLogin() throws Exception {
        Path config = writeConfig();
        Process serve = start("serve", "--config", config.toString(), "--port", "0");
        try {
            awaitLine(serve, "serving daily");
            Path data = folder.resolve("data");

            assertThat(listeningAddresses(serve.pid())).isNotEmpty().allSatisfy(address ->
                    assertThat(address).as("a listening socket of serve").isIn("0100007F", "0000000000000000FFFF00000100007F"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(data)) {
                assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------"));
            }
            String url = "jdbc:h2:file:" + data.resolve("daybrief").toAbsolutePath() + ";AUTO_SERVER=TRUE";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");

            assertThat(Main.execute("ingest", "--config", config.toString(), "src/test/resources/articles")).isZero();
            assertThat(Main.execute("maintenance", "--config", config.toString())).as("compacting beside serve").isEqualTo(1);

            Process second = start("serve", "--config", config.toString(), "--port", "0");
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("another Daybrief serve already runs on");
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("data/daybrief").toAbsolutePath(), "", "");
             var connection = database.connection();
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM event")) {
            rows.next();
            assertThat(rows.getInt(1)).as("what ingest stored beside serve").isEqualTo(4);
        }
    }

    @Test
    void aDatabaseMadeWithTheEmptyPasswordIsGivenTheGeneratedOneWhenFirstOpened() throws Exception {
        Path base = folder.resolve("old/daybrief");
        String url = "jdbc:h2:file:" + base.toAbsolutePath();
        DriverManager.getConnection(url, "", "").close();

        Database.open(url, "", "").close();

        String generated = Files.readString(base.resolveSibling("daybrief.password")).strip();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(32);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close()).isInstanceOf(SQLException.class);
        DriverManager.getConnection(url, "", generated).close();
    }

    private Path writeConfig() throws IOException {
        Path config = folder.resolve("daybrief.yml");
        Files.writeString(config, "database: {url: \"jdbc:h2:file:" + folder.resolve("data/daybrief").toAbsolutePath()
                + "\"}\noutput: " + folder.resolve("output").toAbsolutePath() + "\n"
                + "briefings:\n  - name: daily\n    catch_up: none\n");
        return config;
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void awaitLine(Process process, String marker) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            seen.append(line).append('\n');
            if (line.contains(marker)) {
                return;
            }
        }
        throw new AssertionError("the process ended before saying '" + marker + "':\n" + seen);
    }

    /** The local addresses (hex, as /proc/net gives them) of the TCP sockets a process listens on. */
    private static List<String> listeningAddresses(long pid) throws IOException {
        List<String> inodes = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] fields = line.trim().split("\\s+");
                boolean listening = fields[3].equals("0A");
                if (listening && inodes.contains(fields[9])) {
                    addresses.add(fields[1].substring(0, fields[1].indexOf(':')));
                }
            }
        }
        return addresses;
    }
}
