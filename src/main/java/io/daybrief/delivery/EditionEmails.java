package io.daybrief.delivery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.archive.Archive;
import io.daybrief.archive.Edition;
import io.daybrief.render.EditionData;
import io.daybrief.render.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Writes the email of an archived edition: subject, HTML and plain text from the templates ({@code
 * email-subject.ftl}, {@code email.ftlh}, {@code email-text.ftl}) read with the edition's attached data, and
 * the PDF attached, or a link to it when it is larger than the configured limit. Thread-safe.
 */
public final class EditionEmails implements Outbox.Composer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Archive archive;
    private final Templates templates;
    private final String from;
    private final long attachLimitBytes;
    private final String linkBase;
    private Content last;

    public EditionEmails(Archive archive, Templates templates, String from, long attachLimitBytes, String linkBase) {
        this.archive = archive;
        this.templates = templates;
        this.from = from;
        this.attachLimitBytes = attachLimitBytes;
        this.linkBase = linkBase;
    }

    @Override
    public Email compose(Outbox.Delivery delivery) {
        Edition edition = archive.find(delivery.briefing(), delivery.date()).orElseThrow(() -> new IllegalStateException(
                "the " + delivery.briefing() + " edition of " + delivery.date() + " is not in the archive"));
        Content content = contentOf(edition);
        return new Email("<" + delivery.briefing() + "." + delivery.date() + "." + delivery.id() + "@daybrief>", from,
                delivery.recipient(), content.subject(), content.html(), content.text(), content.pdf(), content.fileName());
    }

    /** What every recipient of one edition is sent alike. */
    private record Content(String sha256, String subject, String html, String text, byte[] pdf, String fileName) {
    }

    /**
     * The edition's message, made once and kept while its recipients are sent it: reading the PDF and rendering
     * three templates for each recipient would repeat the same work. Keyed by checksum, so a re-made edition is
     * read again.
     */
    private synchronized Content contentOf(Edition edition) {
        if (last != null && last.sha256().equals(edition.sha256())) {
            return last;
        }
        archive.isIntact(edition); // fills this node's folder from the database when another node made it
        Map<String, Object> data = JSON.convertValue(EditionData.read(edition.pdf()), new TypeReference<>() { });
        boolean attach = edition.sizeBytes() <= attachLimitBytes;
        String fileName = edition.briefing() + "-" + edition.date() + ".pdf";
        String link = linkBase.isEmpty() ? null : linkBase.replaceAll("/+$", "") + "/" + edition.briefing() + "/"
                + edition.date().getYear() + "/" + edition.date() + ".pdf";
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("edition", data);
        model.put("attached", attach);
        model.put("fileName", fileName);
        if (link != null) {
            model.put("link", link);
        }
        String subject = templates.render("email-subject.ftl", model).replaceAll("\\s+", " ").strip();
        try {
            last = new Content(edition.sha256(), subject, templates.render("email.ftlh", model),
                    templates.render("email-text.ftl", model), attach ? Files.readAllBytes(edition.pdf()) : null, fileName);
            return last;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + edition.pdf() + ": " + e.getMessage(), e);
        }
    }
}
