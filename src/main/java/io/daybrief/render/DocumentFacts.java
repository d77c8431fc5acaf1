package io.daybrief.render;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a PDF says about itself: its metadata, the moment it stands for, and the files attached to it.
 *
 * <p>Nothing here comes from the clock, so the same facts and HTML make the same bytes.
 *
 * @param title       the document title, shown in a viewer's title bar
 * @param subject     one line on what it covers
 * @param keywords    the people, places and organisations it is about
 * @param author      who publishes it
 * @param created     the moment the document stands for (an edition: the end of its period)
 * @param language    the document's language, an IETF tag
 * @param attachments files embedded in the PDF as associated files
 */
public record DocumentFacts(String title, String subject, List<String> keywords, String author,
                            ZonedDateTime created, String language, List<Attachment> attachments) {

    public DocumentFacts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        keywords = List.copyOf(keywords);
        attachments = List.copyOf(attachments);
    }

    /** A file embedded in the PDF, such as the edition's data as JSON. */
    public record Attachment(String name, String mimeType, String description, byte[] bytes) {
    }
}
