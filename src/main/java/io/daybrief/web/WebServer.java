package io.daybrief.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.Daybrief;
import io.daybrief.Runs;
import io.daybrief.UnknownBriefingException;
import io.daybrief.config.WebConfig;
import io.daybrief.render.Templates;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console and JSON API of {@code serve} (it owns Javalin): pages rendered on the server with the same
 * Freemarker templates (no scripts), and an API for other systems. Handlers are short callers of Daybrief's front
 * doors ({@link WebPages}, {@link WebApi}).
 *
 * <p>Reading may be open ({@code web.public_read}); every write needs the bearer token, or a browser session
 * opened with it whose forms carry the session's CSRF token. Every answer carries security headers (a content
 * security policy without inline script, nosniff, no framing); a request body over the upload limit is refused
 * with 413 before it is read.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private final Javalin app;
    private final WebConfig web;

    /**
     * A server for {@code daybrief} as {@code web} configures it; {@code schedulerRunning} and {@code nextRuns}
     * (when each briefing runs next, by name) come from the scheduler of {@code serve}.
     */
    public WebServer(Daybrief daybrief, WebConfig web, BooleanSupplier schedulerRunning,
                     Supplier<Map<String, Date>> nextRuns) {
        this.web = web;
        Guard guard = new Guard(web.token());
        Templates templates = new Templates(daybrief.config().templates());
        Metrics metrics = new Metrics(daybrief.editions().activity(), daybrief.editions()::deliveryCounts,
                daybrief.events()::count);
        long limit = web.maxUploadKb() * 1024L;
        WebApi api = new WebApi(daybrief, schedulerRunning, metrics, limit);
        WebPages pages = new WebPages(daybrief, templates, guard, nextRuns, web.publicRead());
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = limit;
            // Uploads stream to disk past a small part in memory, and stop at the same limit.
            config.jetty.multipartConfig.maxFileSize(limit, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(limit, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(64, io.javalin.config.SizeUnit.KB);
            config.jetty.host = web.host();
            config.jetty.port = web.port();
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> secure(ctx, guard, limit));
            api.routes(config.routes, guard, web.publicRead());
            pages.routes(config.routes);
            config.routes.exception(WebError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.field()));
            config.routes.exception(UnknownBriefingException.class, (e, ctx) -> error(ctx, 404, e.getMessage(),
                    "briefing"));
            config.routes.exception(Runs.BusyException.class, (e, ctx) -> error(ctx, 429, e.getMessage(), null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage(), e);
                error(ctx, 500, "the request could not be done: " + e.getMessage(), null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "nothing at " + ctx.path(), null);
                }
            });
        });
    }

    /** Starts listening; returns the port (the one configured, or the one chosen for port 0). */
    public int start() {
        app.start();
        LOG.info("web console at http://{}:{}/", web.host(), app.port());
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Security headers on every answer; reading closed unless public; bodies over the limit refused unread. */
    private static void secure(Context ctx, Guard guard, long limit) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
            ctx.header("Connection", "close");
            throw new WebError(413, "the body is " + Long.parseLong(length) / 1024 + " KB, over the limit of "
                    + limit / 1024 + " KB (web.max_upload_kb); split it into smaller files", "body");
        }
    }

    /** Answers with a JSON error naming the field at fault (for pages too: a person reads the message). */
    static void error(Context ctx, int status, String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        ctx.status(status).contentType("application/json").result(toJson(body));
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
