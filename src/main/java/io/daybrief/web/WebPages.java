package io.daybrief.web;

import io.daybrief.Daybrief;
import io.daybrief.Runs;
import io.daybrief.archive.Archive;
import io.daybrief.archive.Edition;
import io.daybrief.archive.ToldStories;
import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.briefing.StoredAnalyses;
import io.daybrief.delivery.Outbox;
import io.daybrief.ingest.IngestReport;
import io.daybrief.render.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The console's pages: short callers of Daybrief's front doors, rendered with the templates under web/. */
final class WebPages {

    private static final int PAGE = 30;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final Daybrief daybrief;
    private final Templates templates;
    private final Guard guard;
    private final Supplier<Map<String, Date>> nextRuns;
    private final boolean publicRead;

    WebPages(Daybrief daybrief, Templates templates, Guard guard, Supplier<Map<String, Date>> nextRuns,
             boolean publicRead) {
        this.daybrief = daybrief;
        this.templates = templates;
        this.guard = guard;
        this.nextRuns = nextRuns;
        this.publicRead = publicRead;
    }

    void routes(RoutesConfig routes) {
        routes.before(ctx -> {
            boolean page = !ctx.path().startsWith("/api/") && !ctx.path().equals("/health")
                    && !ctx.path().equals("/metrics");
            boolean open = ctx.path().equals("/login") || ctx.path().equals("/console.css");
            if (page && !publicRead && !open && session(ctx) == null && !guard.isBearer(ctx.header("Authorization"))) {
                ctx.redirect("/login");
                ctx.skipRemainingHandlers();
            }
        });
        routes.get("/", ctx -> ctx.redirect("/archive"));
        routes.get("/console.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css()));
        routes.get("/archive", this::archive);
        routes.get("/editions/{file}", this::edition);
        routes.post("/editions/{id}/send-again", this::sendAgain);
        routes.get("/run", ctx -> page(ctx, "run", Map.of("briefings", briefingNames(),
                "yesterday", daybrief.editions().defaultDay(daybrief.briefingOrFirst(null)).toString())));
        routes.post("/run", this::run);
        routes.get("/runs/{id}", this::runStatus);
        routes.get("/events", ctx -> events(ctx, null));
        routes.post("/events", this::upload);
        routes.get("/schedules", this::schedules);
        routes.get("/login", ctx -> page(ctx, "login", Map.of("failed", false, "writable", guard.writable())));
        routes.post("/login", this::login);
        routes.post("/logout", ctx -> {
            requireForm(ctx);
            guard.close(session(ctx));
            ctx.header("Set-Cookie", Guard.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
            ctx.redirect("/archive", io.javalin.http.HttpStatus.SEE_OTHER);
        });
    }

    private void archive(Context ctx) {
        String briefing = WebApi.blankToNull(ctx.queryParam("briefing"));
        if (briefing != null) {
            daybrief.briefing(briefing);
        }
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        int page = ctx.queryParam("page") != null && ctx.queryParam("page").matches("\\d{1,6}")
                ? Math.max(1, Integer.parseInt(ctx.queryParam("page"))) : 1;
        Map<String, Object> model = new HashMap<>();
        model.put("q", q);
        model.put("briefing", briefing == null ? "" : briefing);
        model.put("briefings", briefingNames());
        model.put("page", page);
        List<Map<String, Object>> hits = new ArrayList<>();
        if (!q.isEmpty()) {
            for (ToldStories.Hit hit : daybrief.told().search(q, briefing, 100)) {
                Map<String, Object> h = new HashMap<>();
                h.put("id", daybrief.archive().idOf(hit.briefing(), hit.date()).orElse(0L));
                h.put("briefing", hit.briefing());
                h.put("date", hit.date().toString());
                h.put("headline", hit.headline());
                h.put("kind", hit.kind());
                h.put("match", hit.match());
                h.put("speaker", hit.speaker() == null ? "" : hit.speaker());
                hits.add(h);
            }
        }
        model.put("hits", hits);
        List<Archive.Indexed> editions = q.isEmpty()
                ? daybrief.archive().page(briefing, null, null, (page - 1) * PAGE, PAGE + 1) : List.of();
        model.put("more", editions.size() > PAGE);
        model.put("editions", editions.stream().limit(PAGE).map(WebPages::row).toList());
        page(ctx, "archive", model);
    }

    private static Map<String, Object> row(Archive.Indexed indexed) {
        Edition e = indexed.edition();
        Map<String, Object> row = new HashMap<>();
        row.put("id", indexed.id());
        row.put("briefing", e.briefing());
        row.put("date", e.date().toString());
        row.put("stories", e.stories());
        row.put("made", WHEN.format(e.madeAt()));
        row.put("provisional", e.provisional());
        row.put("sizeKb", (e.sizeBytes() + 1023) / 1024);
        return row;
    }

    private void edition(Context ctx) {
        String file = ctx.pathParam("file");
        if (file.endsWith(".pdf")) {
            sendPdf(daybrief, ctx, indexed(daybrief, file.substring(0, file.length() - 4)));
            return;
        }
        Archive.Indexed indexed = indexed(daybrief, file);
        Edition e = indexed.edition();
        List<ToldStories.Told> stories = daybrief.told().of(e.briefing(), e.date());
        List<Map<String, Object>> deliveries = new ArrayList<>();
        for (Outbox.Delivery d : daybrief.editions().deliveries(e.briefing(), e.date())) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", d.id());
            row.put("recipient", d.recipient());
            row.put("status", d.status().word());
            row.put("attempts", d.attempts());
            row.put("error", d.lastError() == null ? "" : d.lastError());
            deliveries.add(row);
        }
        List<String> sources = stories.stream().map(ToldStories.Told::source).filter(s -> s != null && !s.isBlank())
                .distinct().toList();
        Map<String, Object> edition = row(indexed);
        edition.put("title", daybrief.briefings().stream().filter(b -> b.name().equals(e.briefing()))
                .map(BriefingDefinition::title).findFirst().orElse(e.briefing()));
        page(ctx, "edition", Map.of("edition", edition, "stories", stories.stream().map(WebPages::story).toList(),
                "deliveries", deliveries, "sources", sources));
    }

    private static Map<String, Object> story(ToldStories.Told told) {
        Map<String, Object> story = new HashMap<>();
        story.put("rank", told.rank());
        story.put("headline", told.headline());
        story.put("source", told.source() == null ? "" : told.source());
        story.put("summary", told.summary());
        story.put("quotes", told.quotes().stream().map(q -> Map.of("text", q.text(),
                "speaker", q.speaker() == null ? "" : q.speaker(), "role", q.role() == null ? "" : q.role())).toList());
        story.put("figures", told.figures().stream().map(f -> Map.of("counts", f.counts(), "value", f.value())).toList());
        return story;
    }

    /** The archived edition an id names; never a path from the request. */
    static Archive.Indexed indexed(Daybrief daybrief, String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new WebError(404, "'" + id + "' is not an edition id; editions are numbered (see /api/editions)", "id");
        }
        return daybrief.archive().byId(Long.parseLong(id)).orElseThrow(() -> new WebError(404, "there is no edition "
                + id + " in the archive", "id"));
    }

    static void sendPdf(Daybrief daybrief, Context ctx, Archive.Indexed indexed) {
        Edition e = indexed.edition();
        Path pdf = e.pdf();
        if (!daybrief.archive().isIntact(e)) {
            throw new WebError(410, "the PDF of edition " + indexed.id() + " is no longer in the archive folder; make"
                    + " it again with daybrief run --briefing " + e.briefing() + " --date " + e.date(), "id");
        }
        try {
            ctx.contentType("application/pdf")
                    .header("Content-Disposition", "inline; filename=\"" + e.briefing() + "-" + e.date() + ".pdf\"")
                    .result(Files.readAllBytes(pdf));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void sendAgain(Context ctx) {
        requireForm(ctx);
        Archive.Indexed indexed = indexed(daybrief, ctx.pathParam("id"));
        String delivery = ctx.formParam("delivery");
        if (delivery == null || !delivery.matches("\\d{1,18}")) {
            throw new WebError(400, "delivery: give the id of the failed delivery to send again", "delivery");
        }
        boolean ofThisEdition = daybrief.editions().deliveries(indexed.edition().briefing(), indexed.edition().date())
                .stream().anyMatch(d -> d.id() == Long.parseLong(delivery));
        if (!ofThisEdition) {
            throw new WebError(404, "delivery " + delivery + " is not one of edition " + indexed.id() + "'s", "delivery");
        }
        daybrief.editions().sendAgain(Long.parseLong(delivery));
        ctx.redirect("/editions/" + indexed.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void run(Context ctx) {
        requireForm(ctx);
        Runs.Run run = daybrief.runs().submit(WebApi.blankToNull(ctx.formParam("briefing")),
                WebApi.date(ctx.formParam("date"), "date"));
        ctx.redirect("/runs/" + run.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void runStatus(Context ctx) {
        Runs.Run run = daybrief.runs().get(ctx.pathParam("id")).orElseThrow(() -> new WebError(404, "no run "
                + ctx.pathParam("id") + " is known (runs are forgotten when serve restarts)", "id"));
        Map<String, Object> model = new HashMap<>();
        model.put("briefing", run.briefing());
        model.put("date", run.date().toString());
        model.put("stage", run.stage().name().toLowerCase(Locale.ROOT));
        model.put("done", run.done());
        model.put("editionId", run.editionId() == null ? "" : run.editionId());
        model.put("error", run.error() == null ? "" : run.error());
        page(ctx, "runstatus", Map.of("run", model));
    }

    private void events(Context ctx, IngestReport report) {
        String source = WebApi.blankToNull(ctx.queryParam("source"));
        java.time.LocalDate day = WebApi.date(ctx.queryParam("day"), "day");
        List<Map<String, Object>> events = new ArrayList<>();
        for (StoredAnalyses.Analysed analysed : daybrief.analyses().recent(source, day, PAGE)) {
            Map<String, Object> e = new HashMap<>();
            e.put("title", analysed.event().title());
            e.put("source", analysed.event().source());
            e.put("published", analysed.event().published().date().toString());
            e.put("quotes", analysed.analysis().quotes().stream().map(q -> Map.of("text",
                    io.daybrief.briefing.BriefingAssembler.asPullQuote(q.text()),
                    "speaker", q.speaker() == null ? "" : q.speaker())).toList());
            e.put("figures", analysed.analysis().figures().stream().filter(f -> f.counts() != null)
                    .map(f -> Map.of("text", f.text(), "counts", f.counts())).toList());
            events.add(e);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("events", events);
        model.put("sources", daybrief.events().sources());
        model.put("source", source == null ? "" : source);
        model.put("day", day == null ? "" : day.toString());
        if (report != null) {
            model.put("report", Map.of("added", report.added().size(), "duplicates", report.duplicates().size(),
                    "refused", report.refused().stream().map(IngestReport.Refusal::toString).toList()));
        }
        page(ctx, "events", model);
    }

    private void upload(Context ctx) {
        requireForm(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw new WebError(400, "file: choose a file of events to upload", "file");
        }
        String name = Path.of(file.filename()).getFileName().toString();
        if (!io.daybrief.ingest.Ingester.isReadable(Path.of(name))) {
            throw new WebError(415, "file: '" + name + "' is not a kind that is read; upload .txt, .md, .html, .json,"
                    + " .ndjson or .csv", "file");
        }
        IngestReport report;
        Path folder = null;
        try (InputStream in = file.content()) {
            folder = Files.createTempDirectory("daybrief-upload");
            Path saved = folder.resolve(name);
            Files.copy(in, saved);
            report = daybrief.ingester().ingest(List.of(saved));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
        events(ctx, report);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary file left behind; the system's temporary folder is cleaned in time
        }
    }

    private void schedules(Context ctx) {
        Map<String, Date> next = nextRuns.get();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BriefingDefinition b : daybrief.briefings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", b.name());
            row.put("cron", b.cron());
            row.put("zone", b.zone().getId());
            Date at = next.get(b.name());
            Instant when = at != null ? at.toInstant() : io.daybrief.schedule.BriefingScheduler.nextRun(b.cron(),
                    b.zone(), daybrief.clock().instant());
            row.put("next", when == null ? "never" : DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.UK)
                    .format(when.atZone(b.zone())));
            var latest = daybrief.archive().latest(b.name());
            row.put("last", latest.map(e -> e.date() + " (made " + WHEN.format(e.madeAt()) + ")").orElse("none yet"));
            String failure = daybrief.editions().activity().lastFailure(b.name());
            row.put("outcome", failure != null ? "failed: " + failure
                    : latest.map(e -> e.stories() + " stories").orElse("-"));
            rows.add(row);
        }
        page(ctx, "schedules", Map.of("schedules", rows));
    }

    private void login(Context ctx) {
        if (!guard.isToken(ctx.formParam("token"))) {
            ctx.status(401);
            page(ctx, "login", Map.of("failed", true, "writable", guard.writable()));
            return;
        }
        String session = guard.open();
        ctx.header("Set-Cookie", Guard.COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.redirect("/archive", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** A form post is taken only from an open session's own page. */
    private void requireForm(Context ctx) {
        String session = session(ctx);
        if (session == null) {
            throw new WebError(401, "sign in with the API token first (/login)", "session");
        }
        if (!guard.isForm(session, ctx.formParam("csrf"))) {
            throw new WebError(403, "the form's csrf field is missing or not this session's; reload the page and"
                    + " try again", "csrf");
        }
    }

    private String session(Context ctx) {
        String id = ctx.cookie(Guard.COOKIE);
        return guard.csrf(id) == null ? null : id;
    }

    private List<String> briefingNames() {
        return daybrief.briefings().stream().map(BriefingDefinition::name).toList();
    }

    private void page(Context ctx, String name, Map<String, Object> content) {
        Map<String, Object> model = new HashMap<>(content);
        String session = session(ctx);
        model.put("signedIn", session != null);
        model.put("csrf", session == null ? "" : guard.csrf(session));
        ctx.contentType("text/html; charset=utf-8").result(templates.render("web/" + name + ".ftlh", model));
    }

    private String css() {
        try (InputStream in = Files.exists(daybrief.config().templates().resolve("web/console.css"))
                ? Files.newInputStream(daybrief.config().templates().resolve("web/console.css"))
                : WebPages.class.getResourceAsStream("/templates/web/console.css")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
