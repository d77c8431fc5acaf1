package io.daybrief.web;

import io.daybrief.Daybrief;
import io.daybrief.TestDaybrief;
import io.daybrief.config.DaybriefConfig;
import io.daybrief.config.WebConfig;
import io.daybrief.schedule.BriefingScheduler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A Daybrief with the test articles stored, its scheduler started and its web console listening on a free port
 * of loopback, as {@code serve} runs them; and an HTTP client to talk to it.
 */
final class WebFixture implements AutoCloseable {

    static final String TOKEN = "test-token-7f3a";

    final Daybrief daybrief;
    final BriefingScheduler scheduler;
    final WebServer server;
    final int port;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    WebFixture(Path folder, int maxUploadKb, int maxRuns, int runQueue) {
        this(folder, true, maxUploadKb, maxRuns, runQueue);
    }

    WebFixture(Path folder, boolean publicRead, int maxUploadKb, int maxRuns, int runQueue) {
        DaybriefConfig base = TestDaybrief.config(folder);
        WebConfig web = new WebConfig("127.0.0.1", 0, publicRead, TOKEN, maxUploadKb, maxRuns, runQueue);
        DaybriefConfig config = new DaybriefConfig(base.database(), base.output(), base.templates(), base.smtp(),
                base.briefings(), base.ingest(), List.of(), web);
        daybrief = Daybrief.open(config, Clock.systemUTC());
        daybrief.ingester().ingest(List.of(TestDaybrief.fixture("articles")));
        scheduler = daybrief.scheduler();
        scheduler.start();
        server = daybrief.webServer(web, scheduler);
        port = server.start();
    }

    WebFixture(Path folder) {
        this(folder, 64, 2, 20);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String type, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", type);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        scheduler.close();
        daybrief.close();
    }
}
