package io.daybrief.briefing;

import io.daybrief.analysis.NewsValue;

import java.util.List;

/**
 * One story of an edition, ready for a template.
 *
 * @param rank      1 for the top story
 * @param anchor    a fragment id unique in the edition, for links and bookmarks
 * @param headline  the headline
 * @param source    publisher or feed
 * @param url       the report's address, or {@code null}
 * @param published when it was published, as readers see it in the briefing's zone
 * @param dateline  the dateline place, or {@code null}
 * @param summary   the summary sentences
 * @param quotes    the key quotes, most telling first
 * @param figures   the key figures
 * @param eventId   the stored event it came from
 * @param score     its news value and the parts it is made of, which decided its rank
 * @param reports   how many reports in the window tell it (its headline and summary are its best one's)
 * @param sources   how many independent sources (publishers) carry it
 * @param firstReport when its first report in the window was published, as readers see it; null for one report
 * @param lastReport  when its latest report in the window was published; null for one report
 * @param key       its identity across editions: the same while it develops from one edition to the next; null
 *                  until {@link Continuity} gives it one
 * @param development what has changed since the previous edition told it, or null when it is new
 */
public record Story(int rank, String anchor, String headline, String source, String url, String published,
                    String dateline, List<String> summary, List<KeyQuote> quotes, List<KeyFigure> figures,
                    long eventId, NewsValue.Score score, int reports, int sources, String firstReport,
                    String lastReport, String key, Development development) {

    public Story {
        summary = List.copyOf(summary);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        java.util.Objects.requireNonNull(score, "score");
    }

    /** Whether an earlier edition told it: it is developing. */
    public boolean developing() {
        return development != null;
    }

    /** The same story under {@code key}, with what has developed since the previous edition (or null when new). */
    public Story following(String key, Development development) {
        return new Story(rank, anchor, headline, source, url, published, dateline, summary, quotes, figures, eventId,
                score, reports, sources, firstReport, lastReport, key, development);
    }
}
