package io.daybrief.briefing;

/**
 * A report an edition draws on, listed at its end so that every quote and figure can say where it came from.
 *
 * @param anchor    a fragment id unique in the edition, which quotes and figures link to
 * @param eventId   the stored event
 * @param publisher the publisher or feed
 * @param title     the report's headline
 * @param published when it was published, as readers see it
 * @param url       where it was published, or {@code null}
 */
public record Source(String anchor, long eventId, String publisher, String title, String published, String url) {
}
