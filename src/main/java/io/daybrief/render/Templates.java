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
import java.io.IOException;
import java.io.StringWriter;
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

    private final Configuration configuration;
    private final Path folder;

    public Templates(Path folder) {
        this.folder = folder;
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

    /** Renders the named template with the model; the name is relative to the template folder. */
    public String render(String name, Map<String, Object> model) {
        Template template = load(name);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.process(model, out);
        } catch (freemarker.template.TemplateException e) {
            throw new TemplateException(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber())
                    + ": " + firstLine(e.getMessageWithoutStackTop()) + fixFor(e), e);
        } catch (IOException e) {
            throw new TemplateException("template " + name + " could not be written: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private Template load(String name) {
        try {
            return configuration.getTemplate(name);
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
