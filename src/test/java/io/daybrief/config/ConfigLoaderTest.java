package io.daybrief.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path folder;

    private Path write(String yaml) throws Exception {
        Path file = folder.resolve("daybrief.yml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void readsTheDocumentedShape() throws Exception {
        DaybriefConfig config = ConfigLoader.load(write("""
                database: {url: "jdbc:h2:file:./data/other"}
                output: archive
                smtp: {host: mail.example.org, port: 587, from: "briefings@example.org"}
                briefings:
                  - name: morning
                    title: Morning Briefing
                    zone: Europe/London
                    cron: "0 0 6 * * ?"
                    window: previous-day
                    recipients: ["desk@example.org"]
                """));

        assertThat(config.database().url()).isEqualTo("jdbc:h2:file:./data/other");
        assertThat(config.output()).isEqualTo(Path.of("archive"));
        assertThat(config.smtp().port()).isEqualTo(587);
        assertThat(config.briefings()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("morning");
            assertThat(b.zone()).isEqualTo(ZoneId.of("Europe/London"));
            assertThat(b.recipients()).containsExactly("desk@example.org");
            assertThat(b.maxStories()).isEqualTo(20);
        });
    }

    @Test
    void readsHowABriefingRanksAndWhetherItSendsEmptyEditions() throws Exception {
        DaybriefConfig config = ConfigLoader.load(write("briefings:\n  - name: sports\n    send_empty: true\n"
                + "    rank:\n      weights: {soft: 0, harm: 1.5}\n      favour: [sport, \"source:Harbour Radio\"]\n"
                + "      avoid: [entertainment]\n"));
        BriefingConfig b = config.briefings().get(0);
        assertThat(b.sendEmpty()).isTrue();
        assertThat(b.rankWeights()).containsEntry("soft", 0.0).containsEntry("harm", 1.5);
        assertThat(b.favour()).containsExactly("sport", "source:Harbour Radio");
        assertThat(b.avoid()).containsExactly("entertainment");
        assertThat(ConfigLoader.load(write("briefings:\n  - name: daily\n")).briefings().get(0).sendEmpty()).isFalse();

        assertThatThrownBy(() -> ConfigLoader.load(write("briefings:\n  - name: x\n    rank:\n      weights: {harm: lots}\n")))
                .hasMessageContaining("briefings[0].rank.weights.harm").hasMessageContaining("give a number");
        assertThatThrownBy(() -> ConfigLoader.load(write("briefings:\n  - name: x\n    rank:\n      prefer: [sport]\n")))
                .hasMessageContaining("briefings[0].rank.prefer").hasMessageContaining("avoid, favour, weights");
    }

    @Test
    void readsTheSourcesAndTheirDefaults() throws Exception {
        DaybriefConfig config = ConfigLoader.load(write("""
                sources:
                  - {name: wire, feed: "https://example.org/world.rss", cron: "0 */15 * * * ?", full_text: true}
                  - {name: drop, inbox: "inbox/"}
                """));

        assertThat(config.sources()).containsExactly(
                new SourceConfig("wire", SourceConfig.Kind.FEED, "https://example.org/world.rss", "0 */15 * * * ?",
                        true, false, SourceConfig.DEFAULT_MAX_KB, SourceConfig.DEFAULT_TIMEOUT_SECONDS),
                new SourceConfig("drop", SourceConfig.Kind.INBOX, "inbox/", SourceConfig.INBOX_CRON, false, false,
                        SourceConfig.DEFAULT_MAX_KB, SourceConfig.DEFAULT_TIMEOUT_SECONDS));
        assertThat(ConfigLoader.load(write("output: out\n")).sources()).isEmpty();
    }

    @Test
    void readsTheWebConsoleAndWhereTheArchiveKeepsPdfs() throws Exception {
        DaybriefConfig local = ConfigLoader.load(write("web: {port: 9090, max_runs: 3}\narchive: {store: database}\n"
                + "database: {pool_size: 4}\n"));
        DaybriefConfig open = ConfigLoader.load(write("web: {host: 0.0.0.0}\n"));

        assertThat(local.web().port()).isEqualTo(9090);
        assertThat(local.web().host()).isEqualTo("127.0.0.1");
        assertThat(local.web().publicRead()).isTrue();
        assertThat(local.web().maxRuns()).isEqualTo(3);
        assertThat(local.archiveStore()).isEqualTo("database");
        assertThat(local.database().poolSize()).isEqualTo(4);
        assertThat(open.web().publicRead()).as("reading is closed off loopback by default").isFalse();
        assertThat(ConfigLoader.load(write("output: out\n")).archiveStore()).isEqualTo("both");
        assertThatThrownBy(() -> ConfigLoader.load(write("archive: {store: cloud}\n")))
                .hasMessageContaining("archive.store").hasMessageContaining("allowed: both");
        assertThatThrownBy(() -> ConfigLoader.load(write("web: {port: 70000}\n"))).hasMessageContaining("web.port");
    }

    @Test
    void refusesASourceThatIsNeitherAFeedNorAnInboxOrFetchesOtherSchemes() {
        assertThatThrownBy(() -> ConfigLoader.load(write("sources:\n  - {name: wire}\n")))
                .hasMessageContaining("sources[0].").hasMessageContaining("exactly one of feed:");
        assertThatThrownBy(() -> ConfigLoader.load(write("sources:\n  - {name: wire, feed: \"file:///etc/passwd\"}\n")))
                .hasMessageContaining("sources[0].feed").hasMessageContaining("only http and https");
        assertThatThrownBy(() -> ConfigLoader.load(write("sources:\n  - {name: a, inbox: x}\n  - {name: a, inbox: y}\n")))
                .hasMessageContaining("sources[1].name").hasMessageContaining("used twice");
        assertThatThrownBy(() -> ConfigLoader.load(write("sources:\n  - {name: a, inbox: x, ful_text: true}\n")))
                .hasMessageContaining("ful_text");
    }

    @Test
    void readsHowManyQuotesAndFiguresAStoryShows() throws Exception {
        DaybriefConfig config = ConfigLoader.load(write("briefings:\n  - name: morning\n    quotes_per_story: 2\n"
                + "    figures_per_story: 0\n"));

        assertThat(config.briefings().get(0).quotesPerStory()).isEqualTo(2);
        assertThat(config.briefings().get(0).figuresPerStory()).isZero();
        assertThatThrownBy(() -> ConfigLoader.load(write("briefings:\n  - name: morning\n    quotes_per_story: -1\n")))
                .hasMessageContaining("briefings[0].quotes_per_story").hasMessageContaining("from 0 to 20");
    }

    @Test
    void letsEnvironmentVariablesOverrideKeysSoSecretsStayOutOfTheFile() throws Exception {
        Path file = write("smtp: {host: mail.example.org, password: in-the-file, starttls: true}\n");

        DaybriefConfig config = ConfigLoader.load(file, java.util.Map.of("DAYBRIEF_SMTP_PASSWORD", "s3cret",
                "DAYBRIEF_SMTP_PORT", "2525", "DAYBRIEF_DATABASE_URL", "jdbc:h2:file:./data/other", "PATH", "/bin"));

        assertThat(config.smtp().password()).isEqualTo("s3cret");
        assertThat(config.smtp().port()).isEqualTo(2525);
        assertThat(config.smtp().host()).isEqualTo("mail.example.org");
        assertThat(config.database().url()).isEqualTo("jdbc:h2:file:./data/other");
        assertThatThrownBy(() -> ConfigLoader.load(file, java.util.Map.of("DAYBRIEF_SMTP_PASWORD", "x")))
                .hasMessageContaining("DAYBRIEF_SMTP_PASWORD is not a known setting").hasMessageContaining("password");
    }

    @Test
    void hasOneDailyBriefingAtSixUtcWithoutAFile() {
        DaybriefConfig config = ConfigLoader.defaults();

        assertThat(config.database().url()).isEqualTo("jdbc:h2:file:./data/daybrief");
        assertThat(config.briefings()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("daily");
            assertThat(b.zone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(b.cron()).isEqualTo("0 0 6 * * ?");
        });
    }

    @Test
    void namesAnUnknownKeyAndWhatIsAllowed() throws Exception {
        Path file = write("briefings:\n  - name: morning\n    zome: Europe/London\n");

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("briefings[0].zome is not a known key").hasMessageContaining("zone");
    }

    @Test
    void namesABadZoneAndSuggestsAnIanaName() throws Exception {
        Path file = write("briefings:\n  - name: morning\n    zone: Europe/Londn\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("briefings[0].zone: 'Europe/Londn' is not a time zone; use an IANA name");
    }

    @Test
    void refusesAMalformedAddress() throws Exception {
        Path file = write("briefings:\n  - name: morning\n    recipients: [\"desk.example.org\"]\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("briefings[0].recipients[0]: 'desk.example.org' is not an email address");
    }

    @Test
    void refusesABriefingNameThatCannotNameAFolder() throws Exception {
        Path file = write("briefings:\n  - name: ../morning\n");

        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessageContaining("briefings[0].name");
    }

    @Test
    void namesAMissingFile() {
        assertThatThrownBy(() -> ConfigLoader.load(folder.resolve("nope.yml")))
                .hasMessageContaining("nope.yml: no such configuration file");
    }

    @Test
    void acceptsOnlyTrueOrFalseForASwitch() throws Exception {
        assertThat(ConfigLoader.load(write("smtp: {starttls: true}\n")).smtp().startTls()).isTrue();
        assertThat(ConfigLoader.load(write("smtp: {starttls: false}\n"), java.util.Map.of("DAYBRIEF_SMTP_STARTTLS", "true"))
                .smtp().startTls()).isTrue();
        assertThatThrownBy(() -> ConfigLoader.load(write("smtp: {starttls: ture}\n")))
                .hasMessageContaining("smtp.starttls: '\"ture\"' is not allowed; write true or false");
        assertThatThrownBy(() -> ConfigLoader.load(write("smtp: {host: mail.example.org}\n"),
                java.util.Map.of("DAYBRIEF_SMTP_STARTTLS", "yes"))).hasMessageContaining("write true or false");
    }

    @Test
    void refusesAPasswordThatWouldTravelWithoutTls() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(write("smtp: {host: mail.example.org, user: desk}\n"),
                java.util.Map.of("DAYBRIEF_SMTP_PASSWORD", "s3cret")))
                .hasMessageContaining("smtp.password is set but smtp.starttls is not true")
                .hasMessageContaining("smtp.allow_plain_auth");
        assertThat(ConfigLoader.load(write("smtp: {host: localhost, user: desk, password: x, allow_plain_auth: true}\n"))
                .smtp().password()).isEqualTo("x");
    }

    @Test
    void refusesAFractionalPortAnAliasAndAMissingTemplatesFolder() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(write("smtp: {port: 25.9}\n")))
                .hasMessageContaining("smtp.port: '25.9' is not allowed");
        assertThatThrownBy(() -> ConfigLoader.load(write("""
                smtp: {from: &sender "desk@example.org"}
                briefings:
                  - name: morning
                    alert: *sender
                """))).hasMessageContaining("line 4").hasMessageContaining("the alias *sender is not supported");
        assertThatThrownBy(() -> ConfigLoader.load(write("templates: " + folder.resolve("mine") + "\n")))
                .hasMessageContaining("templates").hasMessageContaining("no such folder");
        Files.createDirectories(folder.resolve("mine"));
        assertThat(ConfigLoader.load(write("templates: " + folder.resolve("mine") + "\n")).templates())
                .isEqualTo(folder.resolve("mine"));
    }

    @Test
    void readsTheWaitAndTheIngestLimit() throws Exception {
        DaybriefConfig config = ConfigLoader.load(write("database: {wait_seconds: 30}\ningest: {max_event_kb: 64}\n"));

        assertThat(config.database().waitSeconds()).isEqualTo(30);
        assertThat(config.ingest().maxEventKb()).isEqualTo(64);
        assertThat(ConfigLoader.load(write("smtp: {host: h}\n"), java.util.Map.of("DAYBRIEF_INGEST_MAX_EVENT_KB", "8"))
                .ingest().maxEventKb()).isEqualTo(8);
        assertThatThrownBy(() -> ConfigLoader.load(write("ingest: {max_event_kb: 0}\n")))
                .hasMessageContaining("ingest.max_event_kb");
    }
}
