package io.daybrief.ingest;

import io.daybrief.analysis.Analysis;
import io.daybrief.analysis.Analyzer;
import io.daybrief.analysis.Entity;
import io.daybrief.analysis.Figure;
import io.daybrief.analysis.NewsValue;
import io.daybrief.analysis.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses an article file as it stands, without storing it: what {@code daybrief extract} prints.
 *
 * <p>Offsets are in the file's text with line ends normalised to {@code \n}.
 */
public final class Extraction {

    private final Analyzer analyzer;

    public Extraction(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** What was found in one file. */
    public record Document(String file, String title, LocalDate date, List<Quote> quotes, List<Figure> figures,
                           List<Entity> entities, List<String> summary, NewsValue.Score score) {

        /**
         * The document in the shape {@code extract --json} prints and other tools read (see the README): file,
         * title, date, quotes, figures, entities, summary and the news-value score with its parts.
         */
        public com.fasterxml.jackson.databind.node.ObjectNode json() {
            return ExtractionJson.document(this);
        }
    }

    /** A file that cannot be read as an article, named as the caller named it, with the reason and the fix. */
    public static final class UnreadableFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String name, String reason) {
            super(name + ": " + reason);
        }
    }

    /**
     * Reads and analyses a text article file as {@code ingest} reads it (the same reader, the same date and
     * title); {@code name} is how the caller named it.
     */
    public Document extract(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFileException(name, "not a regular file (a folder, device or pipe); give text article"
                    + " files");
        }
        TextArticleReader.Read read;
        try {
            if (Files.size(file) > Ingester.MAX_FILE_BYTES) {
                throw new UnreadableFileException(name, "it is over " + Ingester.MAX_FILE_BYTES / (1024 * 1024)
                        + " MB; give one article a file");
            }
            read = TextArticleReader.read(file, Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant(),
                    TextArticleReader.Options.NONE);
        } catch (IOException e) {
            throw new UnreadableFileException(name, "cannot be read (" + e.getMessage() + ")");
        } catch (TextArticleReader.UnreadableException e) {
            throw new UnreadableFileException(name, e.getMessage());
        }
        TextArticle article = read.article();
        Analysis analysis = analyzer.analyze(article.body());
        // A headline's figures are the article's too; its quotes are not, being unattributed by nature.
        List<Figure> figures = new ArrayList<>();
        if (!article.titleDerived()) {
            analyzer.figures(article.title()).forEach(f -> {
                int[] span = article.fileSpanOfTitle(f.start(), f.end());
                figures.add(f.shifted(span[0] - f.start()).withEnd(span[1]));
            });
        }
        analysis.figures().forEach(f -> {
            int[] span = article.fileSpanOfBody(f.start(), f.end());
            figures.add(f.shifted(span[0] - f.start()).withEnd(span[1]));
        });
        List<Quote> quotes = analysis.quotes().stream().map(q -> {
            int[] span = article.fileSpanOfBody(q.start(), q.end());
            return q.shifted(span[0] - q.start()).withEnd(span[1]);
        }).toList();
        String credit = article.agency() != null ? article.agency() : article.credit();
        // Scored as a briefing with the default ranking would score it, outside any edition's period.
        NewsValue.Score score = NewsValue.score(article.title(), article.body(), analysis, credit, null, null, 1,
                NewsValue.Ranking.DEFAULT);
        return new Document(name, article.title(), read.date(), quotes, figures, analysis.entities(), analysis.summary(),
                score);
    }

    /** The story of a text article file as the reader reads it (for fitting analysis on labelled articles). */
    public String storyOf(Path file) {
        try {
            return TextArticleReader.read(file, Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant(),
                    TextArticleReader.Options.NONE).article().body();
        } catch (IOException e) {
            throw new UnreadableFileException(file.toString(), "cannot be read (" + e.getMessage() + ")");
        } catch (TextArticleReader.UnreadableException e) {
            throw new UnreadableFileException(file.toString(), e.getMessage());
        }
    }
}
