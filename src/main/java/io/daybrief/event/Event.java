package io.daybrief.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored report: a news article, wire item or statement.
 *
 * @param id          the store's id, or 0 for an event not stored yet
 * @param source      the publisher or feed it came from
 * @param url         where it was published, or {@code null} when unknown
 * @param title       the headline
 * @param published   when it was published
 * @param dateline    the place named in its dateline (e.g. {@code MUSCAT}), or {@code null}
 * @param body        the text, paragraphs separated by blank lines
 * @param language    an IETF language tag such as {@code en}
 * @param tags        free labels given by the source
 * @param contentHash SHA-256 of the normalised body, which identifies the same content seen again
 * @param ingestedAt  when it was stored, or {@code null} for an event not stored yet
 */
public record Event(long id, String source, String url, String title, Published published, String dateline,
                    String body, String language, List<String> tags, String contentHash, Instant ingestedAt) {

    public Event {
        requireText(source, "source");
        requireText(title, "title");
        requireText(body, "body");
        requireText(language, "language");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(contentHash, "contentHash");
        tags = List.copyOf(tags);
    }

    /** An event read from a source and not stored yet; its hash is computed from the body. */
    public static Event draft(String source, String url, String title, Published published, String dateline,
                              String body, String language, List<String> tags) {
        return new Event(0, source, url, title, published, dateline, body, language, tags,
                ContentHash.of(body), null);
    }

    Event stored(long newId, Instant when) {
        return new Event(newId, source, url, title, published, dateline, body, language, tags, contentHash, when);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
