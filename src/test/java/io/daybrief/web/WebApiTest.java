package io.daybrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over real HTTP: events in, a run made in the background, editions found, read and searched. */
class WebApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(folder);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Asks for a run and waits for it to end; returns the run as the API last gave it. */
    static JsonNode runToTheEnd(WebFixture web, String body) throws InterruptedException {
        HttpResponse<String> asked = web.post("/api/runs", "application/json", body, WebFixture.TOKEN);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        String id = json(asked).get("id").asText();
        assertThat(asked.headers().firstValue("Location")).hasValue("/api/runs/" + id);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        JsonNode run = json(asked);
        while (System.nanoTime() < deadline && !run.get("stage").asText().matches("made|failed")) {
            Thread.sleep(100);
            run = json(web.get("/api/runs/" + id));
        }
        return run;
    }

    @Test
    void storesPostedEventsWithTheIngestRulesAndReportsEachRefusedLine() {
        String ndjson = "{\"source\": \"Harbour Wire\", \"title\": \"Storm closes the harbour\", \"published\":"
                + " \"2026-05-12\", \"body\": \"A storm closed the harbour at Veyra on Tuesday.\"}\n"
                + "{\"source\": \"Harbour Wire\", \"title\": \"No date\", \"body\": \"This one has no date.\"}\n";

        HttpResponse<String> response = web.post("/api/events", "application/x-ndjson", ndjson, WebFixture.TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("added")).hasSize(1);
        assertThat(report.get("added").get(0).get("title").asText()).isEqualTo("Storm closes the harbour");
        assertThat(report.get("refused").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(report.get("refused").get(0).get("reason").asText()).contains("\"published\" is missing");
    }

    @Test
    void makesAnEditionOnRequestAndServesItItsStoriesAndItsPdf() throws Exception {
        JsonNode run = runToTheEnd(web, "{\"briefing\": \"daily\", \"date\": \"2026-05-11\"}");

        assertThat(run.get("stage").asText()).isEqualTo("made");
        String edition = run.get("edition").asText();
        JsonNode listed = json(web.get("/api/editions?briefing=daily&from=2026-05-01&to=2026-05-31"));
        assertThat(listed.get("editions")).singleElement().satisfies(e -> {
            assertThat(e.get("date").asText()).isEqualTo("2026-05-11");
            assertThat(e.get("pdf").asText()).isEqualTo(edition + ".pdf");
        });
        JsonNode whole = json(web.get(edition));
        assertThat(whole.get("stories").size()).isPositive();
        assertThat(whole.get("stories").findValuesAsText("headline"))
                .contains("Kestrel Glass to close Amberley works, cutting 640 jobs");
        HttpResponse<byte[]> pdf = web.getBytes(edition + ".pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Kestrel Glass");
        }
    }

    @Test
    void findsTheQuoteOfASpeakerAcrossEditions() throws Exception {
        runToTheEnd(web, "{\"briefing\": \"daily\", \"date\": \"2026-05-11\"}");

        JsonNode found = json(web.get("/api/editions?q=Rosalind+Achebe"));

        assertThat(found.get("editions")).singleElement().satisfies(hit -> {
            assertThat(hit.get("match").get("kind").asText()).isEqualTo("quote");
            assertThat(hit.get("match").get("speaker").asText()).isEqualTo("Rosalind Achebe");
            assertThat(hit.get("match").get("text").asText()).contains("hardest decision");
        });
        assertThat(json(web.get("/api/editions?q=nobody+said+this")).get("editions")).isEmpty();
    }

    @Test
    void answersHealthMetricsAndItsOwnDescription() throws Exception {
        runToTheEnd(web, "{\"date\": \"2026-05-11\"}");

        JsonNode health = json(web.get("/health"));
        assertThat(health.get("status").asText()).isEqualTo("up");
        assertThat(health.get("database").asText()).isEqualTo("up");
        assertThat(health.get("scheduler").asText()).isEqualTo("running");
        assertThat(health.get("free_disk_bytes").asLong()).isPositive();
        String metrics = web.get("/metrics").body();
        assertThat(metrics).contains("# TYPE daybrief_editions_made_total counter")
                .contains("daybrief_editions_made_total 1.0").contains("daybrief_editions_failed_total 0.0")
                .contains("daybrief_events_ingested_total 4.0").contains("daybrief_edition_make_seconds_count 1");
        JsonNode openApi = json(web.get("/api/openapi.json"));
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        assertThat(openApi.get("paths").has("/api/runs")).isTrue();
    }

    @Test
    void namesTheFieldAtFaultInEveryError() {
        HttpResponse<String> badDate = web.post("/api/runs", "application/json", "{\"date\": \"11/05/2026\"}",
                WebFixture.TOKEN);
        HttpResponse<String> noBriefing = web.post("/api/runs", "application/json", "{\"briefing\": \"evening\"}",
                WebFixture.TOKEN);
        HttpResponse<String> notJson = web.post("/api/events", "text/plain", "hello", WebFixture.TOKEN);
        HttpResponse<String> noRun = web.get("/api/runs/unknown");

        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate).get("field").asText()).isEqualTo("date");
        assertThat(noBriefing.statusCode()).isEqualTo(404);
        assertThat(json(noBriefing).get("field").asText()).isEqualTo("briefing");
        assertThat(json(noBriefing).get("error").asText()).contains("evening").contains("daily");
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertThat(json(notJson).get("field").asText()).isEqualTo("Content-Type");
        assertThat(noRun.statusCode()).isEqualTo(404);
    }
}
