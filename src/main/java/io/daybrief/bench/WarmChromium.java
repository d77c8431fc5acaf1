package io.daybrief.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium kept running and driven over its DevTools protocol (a WebSocket on loopback): the way a
 * service that prints HTML with a browser would use it, so that each print pays no browser start-up.
 */
final class WarmChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process browser;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonNode>> events = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final String session;

    WarmChromium(Path chromium, Path profile) throws Exception {
        browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank").redirectErrorStream(true).start();
        String endpoint = null;
        BufferedReader log = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
        for (String line = log.readLine(); line != null && endpoint == null; line = log.readLine()) {
            if (line.contains("DevTools listening on ")) {
                endpoint = line.substring(line.indexOf("ws://")).strip();
            }
        }
        if (endpoint == null) {
            browser.destroyForcibly();
            throw new IOException("chromium did not open its DevTools endpoint");
        }
        Thread drain = new Thread(() -> log.lines().forEach(l -> { }), "chromium-log");
        drain.setDaemon(true);
        drain.start();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(endpoint), new Listener())
                .get(30, TimeUnit.SECONDS);
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        call(session, "Page.enable", Map.of());
    }

    /** Loads the page and prints it to PDF; returns the PDF's bytes. */
    byte[] print(Path page) throws Exception {
        CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
        events.put("Page.loadEventFired", loaded);
        call(session, "Page.navigate", Map.of("url", page.toUri().toString()));
        loaded.get(60, TimeUnit.SECONDS);
        String data = call(session, "Page.printToPDF", Map.of("printBackground", true)).path("data").asText();
        return Base64.getDecoder().decode(data);
    }

    private JsonNode call(String session, String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
        JsonNode answer = reply.get(60, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IOException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    /** Routes replies to the calls that wait for them, and the page's load event to the print that waits. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else if (message.has("method")) {
                        CompletableFuture<JsonNode> waiting = events.remove(message.get("method").asText());
                        if (waiting != null) {
                            waiting.complete(message);
                        }
                    }
                } catch (IOException e) {
                    replies.values().forEach(r -> r.completeExceptionally(e));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        socket.abort();
        browser.destroyForcibly();
        try {
            browser.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length > 4 && new String(bytes, 0, 4, StandardCharsets.US_ASCII).equals("%PDF");
    }

    static Path profile(Path folder) throws IOException {
        return Files.createTempDirectory(folder, "chromium-warm-");
    }
}
