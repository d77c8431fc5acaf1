package io.daybrief.web;

import io.daybrief.Daybrief;
import io.daybrief.Runs;
import io.daybrief.archive.Archive;
import io.daybrief.archive.Edition;
import io.daybrief.archive.ToldStories;
import io.daybrief.delivery.Outbox;
import io.daybrief.ingest.IngestReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The JSON API: short callers of Daybrief's front doors. Writes need the bearer token. */
final class WebApi {

    private static final int PAGE = 50;

    private final Daybrief daybrief;
    private final BooleanSupplier schedulerRunning;
    private final Metrics metrics;
    private final long limit;

    /** {@code limit}: the largest body read, in bytes. */
    WebApi(Daybrief daybrief, BooleanSupplier schedulerRunning, Metrics metrics, long limit) {
        this.limit = limit;
        this.daybrief = daybrief;
        this.schedulerRunning = schedulerRunning;
        this.metrics = metrics;
    }

    void routes(RoutesConfig routes, Guard guard, boolean publicRead) {
        routes.before("/metrics", ctx -> {
            if (!publicRead && !guard.isBearer(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new WebError(401, "reading is not public here (web.public_read: false): send the API token as"
                        + " 'Authorization: Bearer TOKEN'", "Authorization");
            }
        });
        routes.before("/api/*", ctx -> {
            boolean write = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
            if ((write || !publicRead) && !ctx.path().equals("/api/openapi.json")
                    && !guard.isBearer(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new WebError(401, guard.writable() ? "this needs the API token: send it as"
                        + " 'Authorization: Bearer TOKEN' (DAYBRIEF_API_TOKEN)" : "no API token is configured, so"
                        + " nothing can be written over HTTP; set DAYBRIEF_API_TOKEN and restart serve", "Authorization");
            }
        });
        routes.get("/health", this::health);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        routes.get("/api/editions", this::editions);
        routes.get("/api/editions/{file}", this::edition);
        routes.post("/api/events", this::events);
        routes.post("/api/runs", this::run);
        routes.get("/api/runs/{id}", ctx -> ctx.json(runJson(daybrief.runs().get(ctx.pathParam("id"))
                .orElseThrow(() -> new WebError(404, "no run " + ctx.pathParam("id") + " is known (runs are"
                        + " forgotten when serve restarts)", "id")))));
    }

    private void health(Context ctx) {
        boolean database = daybrief.databaseAnswers();
        boolean scheduler = schedulerRunning.getAsBoolean();
        long free;
        try {
            Files.createDirectories(daybrief.config().output());
            free = Files.getFileStore(daybrief.config().output()).getUsableSpace();
        } catch (IOException e) {
            free = -1;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database && scheduler && free > 0 ? "up" : "down");
        body.put("database", database ? "up" : "down");
        body.put("scheduler", scheduler ? "running" : "stopped");
        body.put("free_disk_bytes", free);
        ctx.status(database && scheduler && free > 0 ? 200 : 503).contentType("application/json")
                .result(WebServer.toJson(body));
    }

    private void editions(Context ctx) {
        String briefing = blankToNull(ctx.queryParam("briefing"));
        if (briefing != null) {
            daybrief.briefing(briefing);
        }
        LocalDate from = date(ctx.queryParam("from"), "from");
        LocalDate to = date(ctx.queryParam("to"), "to");
        String q = blankToNull(ctx.queryParam("q"));
        List<Map<String, Object>> items = new ArrayList<>();
        if (q != null) {
            for (ToldStories.Hit hit : daybrief.told().search(q, briefing, PAGE)) {
                if ((from == null || !hit.date().isBefore(from)) && (to == null || !hit.date().isAfter(to))) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", daybrief.archive().idOf(hit.briefing(), hit.date()).orElse(null));
                    item.put("briefing", hit.briefing());
                    item.put("date", hit.date().toString());
                    item.put("headline", hit.headline());
                    item.put("match", Map.of("kind", hit.kind(), "text", hit.match(),
                            "speaker", hit.speaker() == null ? "" : hit.speaker()));
                    items.add(item);
                }
            }
        } else {
            int page = Math.max(1, number(ctx.queryParam("page"), "page", 1));
            for (Archive.Indexed indexed : daybrief.archive().page(briefing, from, to, (page - 1) * PAGE, PAGE)) {
                items.add(editionJson(indexed));
            }
        }
        ctx.contentType("application/json").result(WebServer.toJson(Map.of("editions", items)));
    }

    private void edition(Context ctx) {
        String file = ctx.pathParam("file");
        boolean pdf = file.endsWith(".pdf");
        Archive.Indexed indexed = WebPages.indexed(daybrief, pdf ? file.substring(0, file.length() - 4) : file);
        if (pdf) {
            WebPages.sendPdf(daybrief, ctx, indexed);
            return;
        }
        Map<String, Object> body = editionJson(indexed);
        Edition e = indexed.edition();
        List<Map<String, Object>> stories = new ArrayList<>();
        for (ToldStories.Told told : daybrief.told().of(e.briefing(), e.date())) {
            Map<String, Object> story = new LinkedHashMap<>();
            story.put("rank", told.rank());
            story.put("headline", told.headline());
            story.put("source", told.source());
            story.put("summary", told.summary());
            story.put("quotes", told.quotes());
            story.put("figures", told.figures());
            stories.add(story);
        }
        body.put("stories", stories);
        List<Map<String, Object>> deliveries = new ArrayList<>();
        for (Outbox.Delivery d : daybrief.editions().deliveries(e.briefing(), e.date())) {
            Map<String, Object> delivery = new LinkedHashMap<>();
            delivery.put("recipient", d.recipient());
            delivery.put("status", d.status().word());
            delivery.put("attempts", d.attempts());
            delivery.put("error", d.lastError());
            deliveries.add(delivery);
        }
        body.put("deliveries", deliveries);
        ctx.contentType("application/json").result(WebServer.toJson(body));
    }

    static Map<String, Object> editionJson(Archive.Indexed indexed) {
        Edition e = indexed.edition();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", indexed.id());
        item.put("briefing", e.briefing());
        item.put("date", e.date().toString());
        item.put("stories", e.stories());
        item.put("made_at", e.madeAt().toString());
        item.put("provisional", e.provisional());
        item.put("sha256", e.sha256());
        item.put("size_bytes", e.sizeBytes());
        item.put("pdf", "/api/editions/" + indexed.id() + ".pdf");
        return item;
    }

    private void events(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        String name = type.contains("ndjson") || type.contains("jsonl") ? "api.ndjson"
                : type.contains("json") ? "api.json" : null;
        if (name == null) {
            throw new WebError(415, "send events as application/json (an event, an array, or {\"events\": [...]})"
                    + " or application/x-ndjson (an event a line)", "Content-Type");
        }
        String body;
        try (InputStream in = ctx.bodyInputStream()) {
            // A body sent without its length is read only up to the limit.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new WebError(413, "the body is over the limit of " + limit / 1024 + " KB (web.max_upload_kb);"
                        + " split it into smaller posts", "body");
            }
            body = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IngestReport report = daybrief.ingester().ingestText(name, body);
        ctx.status(report.readAnything() || report.refused().isEmpty() ? 200 : 400).contentType("application/json")
                .result(WebServer.toJson(reportJson(report)));
    }

    static Map<String, Object> reportJson(IngestReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("added", report.added().stream().map(i -> Map.of("line", i.line(), "title", i.title(),
                "event", i.eventId())).toList());
        body.put("updated", report.updated().stream().map(i -> Map.of("line", i.line(), "event", i.eventId())).toList());
        body.put("duplicates", report.duplicates().stream().map(i -> Map.of("line", i.line(), "title", i.title(),
                "note", i.note())).toList());
        body.put("refused", report.refused().stream().map(r -> Map.of("line", r.line(), "reason", r.reason())).toList());
        return body;
    }

    private void run(Context ctx) {
        com.fasterxml.jackson.databind.JsonNode body;
        try {
            body = ctx.body().isBlank() ? WebServer.JSON.createObjectNode() : WebServer.JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw new WebError(400, "the body is not JSON: " + e.getMessage(), "body");
        }
        String briefing = body.hasNonNull("briefing") ? body.get("briefing").asText() : null;
        LocalDate date = date(body.hasNonNull("date") ? body.get("date").asText() : null, "date");
        Runs.Run run = daybrief.runs().submit(briefing, date);
        ctx.status(202).header("Location", "/api/runs/" + run.id()).json(runJson(run));
    }

    static Map<String, Object> runJson(Runs.Run run) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", run.id());
        body.put("briefing", run.briefing());
        body.put("date", run.date().toString());
        body.put("stage", run.stage().name().toLowerCase(java.util.Locale.ROOT));
        body.put("edition", run.editionId() == null ? null : "/api/editions/" + run.editionId());
        body.put("error", run.error());
        return body;
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new WebError(400, field + ": '" + value + "' is not a date; write YYYY-MM-DD, e.g. 2026-05-11", field);
        }
    }

    private static int number(String value, String field, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.strip().matches("\\d{1,6}")) {
            throw new WebError(400, field + ": '" + value + "' is not a whole number", field);
        }
        return Integer.parseInt(value.strip());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String openApi() {
        try (InputStream in = WebApi.class.getResourceAsStream("/io/daybrief/web/openapi.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
