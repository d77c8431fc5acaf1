package io.daybrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the console and API refuse, and what they never let through, tried as an attacker would. */
class WebSecurityTest {

    @TempDir
    Path folder;

    @Test
    void writesNeedTheTokenAndOnlyTheToken() {
        try (WebFixture web = new WebFixture(folder)) {
            HttpResponse<String> none = web.post("/api/runs", "application/json", "{}", null);
            HttpResponse<String> wrong = web.post("/api/runs", "application/json", "{}", WebFixture.TOKEN + "x");
            HttpResponse<String> right = web.post("/api/runs", "application/json", "{}", WebFixture.TOKEN);
            HttpResponse<String> events = web.post("/api/events", "application/json", "{}", "");

            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(WebApiTest.json(none).get("field").asText()).isEqualTo("Authorization");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(events.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(202);
            assertThat(web.get("/api/editions").statusCode()).isEqualTo(200); // reading is open on loopback
        }
    }

    @Test
    void keepsEverythingClosedButSignInWhenReadingIsNotPublic() {
        try (WebFixture web = new WebFixture(folder, false, 64, 2, 20)) {
            HttpResponse<String> page = web.get("/archive");
            HttpResponse<String> pdf = web.get("/editions/1.pdf");
            HttpResponse<String> api = web.get("/api/editions");
            HttpResponse<String> withToken = web.send(HttpRequest.newBuilder(URI.create(web.url("/api/editions")))
                    .header("Authorization", "Bearer " + WebFixture.TOKEN).GET().build());

            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValue("/login");
            assertThat(pdf.statusCode()).isEqualTo(302);
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(web.get("/metrics").statusCode()).isEqualTo(401);
            assertThat(web.get("/health").statusCode()).isEqualTo(200);
            assertThat(withToken.statusCode()).isEqualTo(200);
            assertThat(web.get("/login").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void formsNeedASessionOpenedWithTheTokenAndItsCsrfToken() {
        try (WebFixture web = new WebFixture(folder)) {
            HttpResponse<String> anonymous = form(web, "/run", null, "briefing=daily&date=2026-05-11");
            HttpResponse<String> badLogin = form(web, "/login", null, "token=guess");
            HttpResponse<String> login = form(web, "/login", null, "token=" + WebFixture.TOKEN);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            String session = cookie.substring(0, cookie.indexOf(';'));
            String page = web.send(HttpRequest.newBuilder(URI.create(web.url("/run"))).header("Cookie", session)
                    .GET().build()).body();
            Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(csrf.find()).as(page).isTrue();
            HttpResponse<String> noCsrf = form(web, "/run", session, "briefing=daily&date=2026-05-11");
            HttpResponse<String> forged = form(web, "/run", session, "briefing=daily&date=2026-05-11&csrf=forged");
            HttpResponse<String> real = form(web, "/run", session, "briefing=daily&date=2026-05-11&csrf="
                    + csrf.group(1));

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(badLogin.statusCode()).isEqualTo(401);
            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
            assertThat(noCsrf.statusCode()).isEqualTo(403);
            assertThat(WebApiTest.json(noCsrf).get("field").asText()).isEqualTo("csrf");
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(real.statusCode()).isEqualTo(303);
            assertThat(real.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/runs/"));
        }
    }

    private static HttpResponse<String> form(WebFixture web, String path, String cookie, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return web.send(request.build());
    }

    @Test
    void servesOnlyArchivedEditionsByIdNeverAPathFromTheRequest() throws Exception {
        try (WebFixture web = new WebFixture(folder)) {
            WebApiTest.runToTheEnd(web, "{\"date\": \"2026-05-11\"}");
            for (String path : List.of("/api/editions/..%2F..%2F..%2Fetc%2Fpasswd", "/editions/..%2Fdaybrief.yml.pdf",
                    "/api/editions/1%2F..%2F..%2Fpom.xml", "/editions/-1.pdf", "/api/editions/999.pdf",
                    "/editions/1.pdf%00.txt")) {
                HttpResponse<String> response = web.get(path);
                assertThat(response.statusCode()).as(path).isIn(400, 404);
                assertThat(response.body()).as(path).doesNotContain("root:").doesNotContain("%PDF");
            }
            assertThat(web.getBytes("/editions/1.pdf").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void showsAScriptInAnEventTitleAsTextEverywhere() throws Exception {
        try (WebFixture web = new WebFixture(folder)) {
            String hostile = "<script>alert('x')</script> Storm <img src=x onerror=alert(1)> closes the harbour";
            web.post("/api/events", "application/json", "{\"source\": \"Harbour Wire\", \"title\": \""
                    + hostile.replace("'", "\\u0027") + "\", \"published\": \"2026-05-11\", \"body\": \"A storm closed"
                    + " the harbour at Veyra on Monday, and \\\"<script>alert(2)</script>\\\" was painted on the wall,"
                    + " said Ana Ruiz.\"}", WebFixture.TOKEN);
            JsonNode run = WebApiTest.runToTheEnd(web, "{\"date\": \"2026-05-11\"}");
            String id = run.get("edition").asText().replace("/api/editions/", "");

            for (String page : List.of("/editions/" + id, "/events", "/archive?q=storm", "/archive?q=%3Cscript%3E")) {
                HttpResponse<String> response = web.get(page);
                assertThat(response.statusCode()).as(page).isEqualTo(200);
                assertThat(response.body()).as(page).doesNotContain("<script").doesNotContain("<img src=x");
            }
            assertThat(web.get("/events").body()).contains("&lt;script&gt;alert(");
            HttpResponse<String> any = web.get("/archive");
            assertThat(any.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'").doesNotContain("unsafe-inline")
                            .contains("frame-ancestors 'none'"));
            assertThat(any.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void refusesAnOversizedUploadBeforeReadingIt() {
        try (WebFixture web = new WebFixture(folder, 1, 2, 20)) {
            String big = "{\"source\": \"Harbour Wire\", \"title\": \"Big\", \"published\": \"2026-05-11\", \"body\": \""
                    + "word ".repeat(2000) + "\"}";

            HttpResponse<String> response = web.post("/api/events", "application/json", big, WebFixture.TOKEN);

            // The same body streamed without its length, as chunks.
            HttpResponse<String> chunked = web.send(HttpRequest.newBuilder(URI.create(web.url("/api/events")))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + WebFixture.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            big.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build());

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(WebApiTest.json(response).get("error").asText()).contains("over the limit of 1 KB");
            assertThat(chunked.statusCode()).isEqualTo(413);
            assertThat(web.daybrief.events().count()).isEqualTo(4);
        }
    }

    @Test
    void queuesABurstOfRunsBoundedAndNeverMakesOneEditionTwiceAtOnce() throws Exception {
        try (WebFixture web = new WebFixture(folder, 64, 2, 5)) {
            ExecutorService burst = Executors.newFixedThreadPool(16);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                // The first ten ask for the same edition; the rest for forty other days.
                String date = i < 10 ? "2026-05-11" : java.time.LocalDate.of(2026, 1, 1).plusDays(i).toString();
                answers.add(burst.submit(() -> web.post("/api/runs", "application/json", "{\"date\": \"" + date
                        + "\"}", WebFixture.TOKEN)));
                if (i == 0) {
                    answers.get(0).get(); // queued before the rest arrive
                }
            }
            List<Integer> statuses = new ArrayList<>();
            java.util.Set<String> sameEdition = new java.util.HashSet<>();
            List<String> accepted = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 202) {
                    JsonNode run = WebApiTest.json(response);
                    accepted.add(run.get("id").asText());
                    if (run.get("date").asText().equals("2026-05-11")) {
                        sameEdition.add(run.get("id").asText());
                    }
                }
            }
            burst.shutdown();

            assertThat(statuses).containsOnly(202, 429).contains(202, 429);
            assertThat(sameEdition).as("asks for an edition under way get that run").hasSize(1);
            for (String id : accepted) {
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
                while (!WebApiTest.json(web.get("/api/runs/" + id)).get("stage").asText().matches("made|failed")
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(WebApiTest.json(web.get("/api/runs/" + id)).get("stage").asText()).isEqualTo("made");
            }
            assertThat(web.daybrief.runs().peakConcurrent()).isBetween(1, 2);
        }
    }
}
