package io.daybrief.ingest;

import io.daybrief.event.Event;
import io.daybrief.event.Published;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a plain-text article file (see {@link TextArticle}) as one event.
 *
 * <p>The source is the agency in the dateline's parentheses, else the name of the folder the file is in.
 */
final class TextArticleReader {

    private TextArticleReader() {
    }

    static void read(Path file, String text, RecordSink sink) {
        if (text.isBlank()) {
            sink.refuse(0, "the file is empty; an article needs at least a date line and a body");
            return;
        }
        TextArticle article;
        try {
            article = TextArticle.parse(text);
        } catch (TextArticle.BadDateException e) {
            sink.refuse(lineOf(text, "date "), e.getMessage());
            return;
        }
        if (article.date() == null) {
            sink.refuse(1, "no date line; add a line 'date YYYY-MM-DD' after the headline so the article"
                    + " can be placed in a briefing's day");
            return;
        }
        if (article.body().isBlank()) {
            sink.refuse(1, "no body after the headline and date; separate the body from them with a blank line");
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        String source = article.agency() != null ? article.agency().strip()
                : folder != null && folder.getFileName() != null ? folder.getFileName().toString() : "unknown";
        try {
            sink.accept(1, Event.draft(source, null, article.title(), Published.on(article.date()), article.place(),
                    article.body(), "en", List.of()));
        } catch (IllegalArgumentException e) {
            sink.refuse(1, e.getMessage() + " once control characters are removed; give it real text");
        }
    }

    private static int lineOf(String text, String prefix) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        return 1;
    }
}
