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

    /**
     * An event read from a source and not stored yet; its text is cleaned of characters XML and PDF cannot carry
     * ({@link StoredText}), and its hash is computed from the cleaned body.
     */
    public static Event draft(String source, String url, String title, Published published, String dateline,
                              String body, String language, List<String> tags) {
        String cleanBody = StoredText.clean(body);
        return new Event(0, StoredText.cleanLine(source), StoredText.cleanLine(url), StoredText.cleanLine(title),
                published, StoredText.cleanLine(dateline), cleanBody, StoredText.cleanLine(language),
                tags.stream().map(StoredText::cleanLine).toList(), ContentHash.of(cleanBody), null);
    }

    /** The longest text each column keeps, in characters, as the schema's migrations declare. */
    private static final int SOURCE = 200;
    private static final int URL = 2000;
    private static final int TITLE = 1000;
    private static final int DATELINE = 200;
    private static final int TAG = 100;
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile(
            "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}");

    /**
     * What would keep this event out of the store, each with its fix: a field longer than its column, a language
     * that is not a language tag, a body over {@code maxBodyKb} kilobytes (UTF-8). Empty when it can be stored.
     */
    public List<String> problems(int maxBodyKb) {
        List<String> problems = new java.util.ArrayList<>();
        tooLong(problems, "source", source, SOURCE);
        tooLong(problems, "url", url, URL);
        tooLong(problems, "title", title, TITLE);
        tooLong(problems, "dateline", dateline, DATELINE);
        tags.forEach(tag -> tooLong(problems, "tag", tag, TAG));
        if (!LANGUAGE.matcher(language).matches()) {
            problems.add("language '" + language + "' is not a language tag; write one such as en or pt-BR");
        }
        long bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > maxBodyKb * 1024L) {
            problems.add("the body is " + (bytes + 1023) / 1024 + " KB, over the limit of " + maxBodyKb + " KB"
                    + " (ingest.max_event_kb); split it, or raise the limit if such reports are real");
        }
        return problems;
    }

    private static void tooLong(List<String> problems, String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            problems.add(field + " is " + value.length() + " characters long, over the " + limit
                    + " it may have; shorten it");
        }
    }

    /** This event at another address (as written in one form, say), its text unchanged. */
    public Event withUrl(String newUrl) {
        return new Event(id, source, StoredText.cleanLine(newUrl), title, published, dateline, body, language, tags,
                contentHash, ingestedAt);
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
