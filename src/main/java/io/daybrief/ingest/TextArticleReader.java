package io.daybrief.ingest;

import io.daybrief.event.Event;
import io.daybrief.event.Published;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text article file as one event: the one reader behind {@code ingest}, {@code extract} and the demo, so
 * they read a file alike.
 *
 * <p>The date is the head's; else a dateline's month and day in the year of the file's time; else the date the
 * person gave ({@code --date}); else the date of the file's time, which the report says. The source is the one
 * the person gave ({@code --source}); else the agency of the dateline; else the outlet a byline, caption or
 * trailer credits; else it is marked unattributed, with the folder it came from.
 */
final class TextArticleReader {

    /** What a person may say of the files they ingest. */
    record Options(LocalDate date, String source) {

        static final Options NONE = new Options(null, null);
    }

    /** An article read from a file, with its date, its source and what the report should say of how. */
    record Read(TextArticle article, LocalDate date, String source, List<String> notes) {
    }

    /** Thrown for a file that cannot be read as an article; the message says why and what to do. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    private TextArticleReader() {
    }

    /** Reads an article from a file's bytes; {@code fileTime} is its modification time, or null when it has none. */
    static Read read(Path file, byte[] bytes, Instant fileTime, Options options) throws UnreadableException {
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (TextDecoder.NotTextException e) {
            throw new UnreadableException(e.getMessage());
        }
        List<String> notes = new ArrayList<>();
        if (decoded.isLegacy()) {
            notes.add("read as Windows-1252 (not UTF-8)");
        }
        return read(file, decoded.text(), fileTime, options, notes);
    }

    /** Reads an article from text already decoded (a sample packed in the jar). */
    static Read read(Path file, String text, Instant fileTime, Options options, List<String> notes)
            throws UnreadableException {
        if (text.isBlank()) {
            throw new UnreadableException("the file is empty or holds only white space; an article needs a story");
        }
        TextArticle article;
        try {
            article = TextArticle.parse(text);
        } catch (TextArticle.BadDateException e) {
            throw new UnreadableException(e.getMessage());
        }
        if (article.body().isBlank()) {
            throw new UnreadableException("no story after the head (headline, byline, date); put the story's"
                    + " paragraphs after it");
        }
        LocalDate date = date(article, fileTime, options, notes);
        if (date == null) {
            throw new UnreadableException("no date: the file names none and has no modification time; add a line"
                    + " 'date YYYY-MM-DD' after the headline, or give --date");
        }
        return new Read(article, date, source(file, article, options), List.copyOf(notes));
    }

    private static LocalDate date(TextArticle article, Instant fileTime, Options options, List<String> notes) {
        if (article.date() != null) {
            return article.date();
        }
        LocalDate fileDay = fileTime == null ? null : LocalDate.ofInstant(fileTime, ZoneId.systemDefault());
        MonthDay day = article.datelineDay();
        if (day != null && (fileDay != null || options.date() != null)) {
            LocalDate near = fileDay != null ? fileDay : options.date();
            LocalDate dated = day.atYear(near.getYear());
            // A dateline of late December read in early January is last year's.
            return dated.isAfter(near.plusDays(1)) ? dated.minusYears(1) : dated;
        }
        if (options.date() != null) {
            notes.add("dated as given: " + options.date());
            return options.date();
        }
        if (fileDay != null) {
            notes.add("dated by the file's time: " + fileDay);
        }
        return fileDay;
    }

    private static String source(Path file, TextArticle article, Options options) {
        if (options.source() != null && !options.source().isBlank()) {
            return options.source().strip();
        }
        if (article.agency() != null) {
            return article.agency();
        }
        if (article.credit() != null) {
            return article.credit();
        }
        Path folder = file.toAbsolutePath().getParent();
        return folder == null || folder.getFileName() == null ? "unattributed"
                : "unattributed (folder " + folder.getFileName() + ")";
    }

    /** Reads one file into the sink as one event, or one refusal. */
    static void read(Path file, byte[] bytes, Instant fileTime, Options options, RecordSink sink) {
        try {
            accept(read(file, bytes, fileTime, options), sink);
        } catch (UnreadableException e) {
            sink.refuse(0, e.getMessage());
        }
    }

    /** Puts a read article into the sink as an event. */
    static void accept(Read read, RecordSink sink) {
        TextArticle article = read.article();
        try {
            sink.accept(1, Event.draft(read.source(), null, article.title(), Published.on(read.date()), article.place(),
                    article.body(), "en", List.of()), read.notes());
        } catch (IllegalArgumentException e) {
            sink.refuse(1, e.getMessage() + " once control characters are removed; give it real text");
        }
    }
}
