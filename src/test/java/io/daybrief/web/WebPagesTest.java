package io.daybrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's pages over real HTTP: uploads from a signed-in session, schedules and events shown. */
class WebPagesTest {

    @TempDir
    Path folder;

    private static String signIn(WebFixture web) {
        HttpResponse<String> login = web.send(HttpRequest.newBuilder(URI.create(web.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + WebFixture.TOKEN)).build());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String csrf(WebFixture web, String session) {
        String page = web.send(HttpRequest.newBuilder(URI.create(web.url("/events"))).header("Cookie", session).GET()
                .build()).body();
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> upload(WebFixture web, String session, String csrf, String name, String text) {
        String boundary = "daybrief-test-boundary";
        StringBuilder body = new StringBuilder();
        if (csrf != null) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n")
                    .append(csrf).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(name).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(text).append("\r\n--")
                .append(boundary).append("--\r\n");
        return web.send(HttpRequest.newBuilder(URI.create(web.url("/events"))).header("Cookie", session)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    @Test
    void uploadsAFileOfEventsFromASignedInSessionAndShowsWhatWentIn() {
        try (WebFixture web = new WebFixture(folder)) {
            String session = signIn(web);
            String csv = "source,title,body,published\n"
                    + "Harbour Wire,Ferry fares rise,\"Ferry fares to Veyra rise by 4% from June, the operator said.\",2026-05-11\n"
                    + "Harbour Wire,Broken row,\"No date here\",soon\n";

            HttpResponse<String> forged = upload(web, session, null, "wire.csv", csv);
            HttpResponse<String> page = upload(web, session, csrf(web, session), "../../wire.csv", csv);

            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("1 new, 0 duplicate, 1 refused").contains("Ferry fares rise")
                    .contains("soon");
            // A quote that led back into the report ends as a pull quote does, with a full stop.
            assertThat(web.get("/events").body()).contains("“This is the hardest decision this board has taken.”")
                    .doesNotContain("has taken,”");
            assertThat(web.daybrief.events().count()).isEqualTo(5);
        }
    }

    @Test
    void showsEachBriefingsNextRunInItsZoneAndItsLastEdition() throws Exception {
        try (WebFixture web = new WebFixture(folder)) {
            WebApiTest.runToTheEnd(web, "{\"date\": \"2026-05-11\"}");

            String page = web.get("/schedules").body();

            assertThat(page).contains("<td>daily</td>").contains("<code>0 0 6 * * ?</code>").contains("UTC")
                    .contains("06:00").contains("2026-05-11 (made");
        }
    }
}
