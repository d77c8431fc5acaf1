package io.daybrief.render;

import io.daybrief.briefing.Briefing;
import java.util.List;
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

    /** A rendered edition: the HTML it was laid out from, its PDF, and what could not be shown as written. */
    public record Rendered(String html, byte[] pdf, List<String> warnings) {

        public Rendered {
            warnings = List.copyOf(warnings);
        }
    }

    /** The edition as an archive-grade PDF, its data attached as JSON. */
    public Rendered render(Briefing briefing) {
        DocumentFacts facts = new DocumentFacts(briefing.title() + " \u2014 " + briefing.dateLabel(),
                briefing.title() + " for " + briefing.dateLabel() + ": " + briefing.stories().size() + " stories",
                briefing.keywords(), briefing.owner(), briefing.period().end(), "en",
                List.of(new DocumentFacts.Attachment(EditionData.FILE_NAME, "application/json",
                        "The edition's stories, quotes, figures and sources as data", EditionData.json(briefing))));
        Glyphs.Replaced checked = Glyphs.check(html(briefing));
        return new Rendered(checked.html(), pdf.write(checked.html(), facts), checked.problems());
    }
}
