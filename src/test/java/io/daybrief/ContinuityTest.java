package io.daybrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.daybrief.archive.Edition;
import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.render.EditionData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A story told on several days is one story that develops: the next edition says what is new. */
class ContinuityTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 5, 20);

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void followsAStoryFromEditionToEditionWithWhatChangedAndDropsOneWhoseReportsStopped(String kind) throws Exception {
        String url = kind.equals("h2") ? TestDaybrief.config(folder).database().url()
                : TestDaybrief.postgresSchema("daybrief_continuity");
        try (Daybrief daybrief = Daybrief.open(TestDaybrief.withDatabase(TestDaybrief.config(folder), url),
                TestDaybrief.CLOCK)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("developing")));
            BriefingDefinition daily = daybrief.briefing("daily");
            JsonNode first = data(daybrief.editions().make(daily, FIRST));
            JsonNode second = data(daybrief.editions().make(daily, FIRST.plusDays(1)));
            Edition thirdEdition = daybrief.editions().make(daily, FIRST.plusDays(2));
            JsonNode third = data(thirdEdition);

            assertThat(headlines(first)).hasSize(2).noneMatch(h -> h.contains("library"));
            JsonNode ferry1 = story(first, "Ferry");
            assertThat(ferry1.has("developing")).as("new on the first day").isFalse();

            // The trams story had no reports on the second day: it is not repeated.
            assertThat(headlines(second)).hasSize(2).noneMatch(h -> h.contains("tram"));
            JsonNode ferry2 = story(second, "ferry");
            assertThat(ferry2.path("key").asText()).isEqualTo(ferry1.path("key").asText());
            assertThat(ferry2.path("developing").path("since").asText()).isEqualTo(FIRST.toString());
            assertThat(ferry2.path("developing").path("changes").toString()).contains("\"value\":\"16\"")
                    .contains("\"earlier\":\"14 on 20 May\"");
            assertThat(ferry2.path("developing").path("new_quotes").toString()).contains("left port so full")
                    .doesNotContain("very rough");
            assertThat(story(second, "library").has("developing")).isFalse();

            JsonNode ferry3 = story(third, "ferry");
            assertThat(ferry3.path("key").asText()).isEqualTo(ferry1.path("key").asText());
            JsonNode trend = ferry3.path("developing").path("trends").path(0);
            List<String> values = new ArrayList<>();
            trend.path("points").forEach(p -> values.add(p.path("date").asText() + " " + p.path("value").asText()));
            assertThat(values).containsExactly("20 May 14", "21 May 16", "22 May 19");

            assertThat(ferry3.path("developing").path("trends")).as("a figure that did not move is not drawn").hasSize(1);
            String text = text(thirdEdition.pdf());
            // The emails say it too: the text part and the HTML body.
            io.daybrief.delivery.Email email = new io.daybrief.delivery.EditionEmails(daybrief.archive(),
                    new io.daybrief.render.Templates(folder.resolve("templates")), "briefings@example.org", 1 << 24, "")
                    .compose(new io.daybrief.delivery.Outbox.Delivery(1, "daily", FIRST.plusDays(2),
                            "reader@example.org", io.daybrief.delivery.DeliveryStatus.PENDING, 0, null, null));
            assertThat(email.text()).contains("Developing, first told 20 May; passengers killed: 19, was 16 on 21 May");
            assertThat(email.html()).contains("Developing, first told 20 May");
            assertThat(text).containsIgnoringCase("Developing: first told 20 May").contains("New since 21 May")
                    .contains("passengers killed: 19, was 16 on 21 May")
                    .contains("passengers killed, edition by edition 20 May 14 21 May 16 22 May 19");
        }
    }

    @Test
    void aStoryIsNotFollowedFromAnEditionTooLongBefore() throws Exception {
        try (Daybrief daybrief = TestDaybrief.open(folder)) {
            daybrief.ingester().ingest(List.of(TestDaybrief.fixture("developing/1-ferry.txt")));
            Path later = folder.resolve("later.txt");
            Files.writeString(later, Files.readString(TestDaybrief.fixture("developing/2-ferry.txt"))
                    .replace("date 2026-05-21", "date 2026-05-31").replace("Divers", "Teams of divers"));
            daybrief.ingester().ingest(List.of(later));
            BriefingDefinition daily = daybrief.briefing("daily");
            daybrief.editions().make(daily, FIRST);

            assertThat(story(data(daybrief.editions().make(daily, FIRST.plusDays(11))), "ferry").has("developing"))
                    .isFalse();
        }
    }

    private static JsonNode data(Edition edition) {
        return EditionData.read(edition.pdf());
    }

    private static List<String> headlines(JsonNode edition) {
        List<String> headlines = new ArrayList<>();
        edition.path("stories").forEach(s -> headlines.add(s.path("headline").asText().toLowerCase(java.util.Locale.ROOT)));
        return headlines;
    }

    private static JsonNode story(JsonNode edition, String word) {
        for (JsonNode story : edition.path("stories")) {
            if (story.path("headline").asText().toLowerCase(java.util.Locale.ROOT)
                    .contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return story;
            }
        }
        throw new AssertionError("no story about " + word + " in " + headlines(edition));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
