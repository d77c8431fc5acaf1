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
        Path file = write("smtp: {host: mail.example.org, password: in-the-file}\n");

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
}
