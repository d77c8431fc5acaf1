package io.daybrief.render;

import io.daybrief.briefing.Briefing;
import java.util.Map;

/**
 * The front door of rendering: a {@link Briefing} to HTML with the {@code briefing.ftlh} template, and that
 * HTML to PDF. Thread-safe; build one and reuse it.
 */
public final class EditionRenderer {

    /** The template every edition is rendered with, in the template folder or among the defaults. */
    public static final String TEMPLATE = "briefing.ftlh";

    private final Templates templates;
    private final PdfWriter pdf;

    public EditionRenderer(Templates templates, PdfWriter pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The edition's HTML, as the template makes it. */
    public String html(Briefing briefing) {
        return templates.render(TEMPLATE, Map.of("briefing", briefing));
    }

    /** The edition as a PDF. */
    public byte[] pdf(Briefing briefing) {
        return pdf.write(html(briefing), briefing.name() + " " + briefing.period().date());
    }
}
