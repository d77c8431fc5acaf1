package io.daybrief.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.core.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Owns Freemarker: reads {@code .ftlh} templates from the user's template folder first and from the defaults
 * packed into the jar second, and renders them with HTML auto-escaping and safe settings (no {@code ?new},
 * no {@code ?api}, errors thrown rather than printed into the output).
 *
 * <p>Thread-safe once built; build one and reuse it, since it caches parsed templates.
 */
public final class Templates {

    /** The Freemarker version whose behaviour we rely on: records read directly, HTML escaping by extension. */
    private static final freemarker.template.Version BEHAVIOUR = Configuration.VERSION_2_3_34;

    /** How long one template may take: an edition renders in well under a second, so more is a loop. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);

    private final Configuration configuration;
    private final Path folder;
    private final Duration limit;
    /** Templates given their checks for interruption, once each (the configuration caches them). */
    private final Set<Template> interruptible = Collections.newSetFromMap(new WeakHashMap<>());

    public Templates(Path folder) {
        this(folder, DEFAULT_LIMIT);
    }

    /** Templates from {@code folder}, each render stopped after {@code limit}. */
    public Templates(Path folder, Duration limit) {
        this.folder = folder;
        this.limit = limit;
        this.configuration = configure(folder);
    }

    private static Configuration configure(Path folder) {
        Configuration c = new Configuration(BEHAVIOUR);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try {
                loaders.add(new FileTemplateLoader(folder.toFile()));
            } catch (IOException e) {
                throw new TemplateException("templates folder " + folder + " cannot be read: " + e.getMessage(), e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "/templates"));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        c.setDefaultEncoding("UTF-8");
        c.setLocale(Locale.UK);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        return c;
    }

    /**
     * Renders the named template with the model; the name is relative to the template folder. The template runs
     * on a thread of its own, stopped after the time limit; a template that loops, recurses without end or
     * fills the memory fails with its name (and line, where it can be known), never with a raw trace or a hang.
     */
    public String render(String name, Map<String, Object> model) {
        Template template = load(name);
        StringWriter out = new StringWriter(16 * 1024);
        Environment environment;
        try {
            environment = template.createProcessingEnvironment(model, out);
        } catch (freemarker.template.TemplateException | IOException e) {
            throw new TemplateException("template " + name + " cannot be started: " + e.getMessage(), e);
        }
        FutureTask<Void> task = new FutureTask<>(() -> {
            environment.process();
            return null;
        });
        Thread worker = new Thread(task, "template " + name);
        worker.setDaemon(true);
        worker.start();
        try {
            task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return out.toString();
        } catch (TimeoutException e) {
            String at = placeIn(environment);
            worker.interrupt();
            throw new TemplateException("template " + name + " (in " + folder + " or the defaults)" + at
                    + " did not finish in " + limit.toSeconds() + " s: a loop without end, or far more work than an"
                    + " edition needs; check its #list and macro calls", e);
        } catch (ExecutionException e) {
            throw failure(name, e.getCause());
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new TemplateException("interrupted while rendering template " + name, e);
        }
    }

    private TemplateException failure(String name, Throwable cause) {
        if (cause instanceof freemarker.template.TemplateException e) {
            return new TemplateException(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber())
                    + ": " + firstLine(e.getMessageWithoutStackTop()) + fixFor(e), e);
        }
        if (cause instanceof StackOverflowError) {
            return new TemplateException("template " + name + " (in " + folder + " or the defaults): a macro or"
                    + " function calls itself without end (the call stack overflowed); give its recursion a case"
                    + " that stops", cause);
        }
        if (cause instanceof OutOfMemoryError) {
            return new TemplateException("template " + name + " (in " + folder + " or the defaults) used up the"
                    + " memory while rendering: it builds more text than any edition holds; check what it repeats"
                    + " or doubles", cause);
        }
        return new TemplateException("template " + name + " could not be rendered: " + cause, cause);
    }

    /** Where a running template is, as " at line N, column M", from its instruction stack; empty if unknown. */
    private static String placeIn(Environment environment) {
        StringWriter stack = new StringWriter();
        try {
            environment.outputInstructionStack(new PrintWriter(stack));
        } catch (RuntimeException e) {
            return ""; // the render thread changed the stack while we read it
        }
        Matcher place = PLACE.matcher(stack.toString());
        return place.find() ? " at line " + place.group(1) + ", column " + place.group(2) : "";
    }

    private static final Pattern PLACE = Pattern.compile("at line (\\d+), column (\\d+)");

    private Template load(String name) {
        try {
            Template template = configuration.getTemplate(name);
            synchronized (interruptible) {
                if (interruptible.add(template)) {
                    // Lets an interrupted render stop at its next loop or call (FreeMarker's own hook for this).
                    freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
                }
            }
            return template;
        } catch (TemplateNotFoundException e) {
            throw new TemplateException("template " + name + " was found neither in " + folder
                    + " nor among the defaults; copy the defaults with the names they have", e);
        } catch (ParseException e) {
            throw new TemplateException(where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
                    + ": " + firstLine(e.getEditorMessage()), e);
        } catch (IOException e) {
            throw new TemplateException("template " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private String where(String template, Integer line, Integer column) {
        return "template " + template + " (in " + folder + " or the defaults), line " + line + ", column " + column;
    }

    private static String fixFor(freemarker.template.TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        return blamed == null ? "" : "; check the name '" + blamed + "' against the model described in README.md";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
