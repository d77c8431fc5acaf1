package io.daybrief.ingest;

import io.daybrief.analysis.Analysis;
import io.daybrief.analysis.Analyzer;
import io.daybrief.analysis.Entity;
import io.daybrief.analysis.Figure;
import io.daybrief.analysis.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
                           List<Entity> entities, List<String> summary) {
    }

    /** Reads and analyses a text article file; {@code name} is how the caller named it. */
    public Document extract(Path file, String name) {
        String text;
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(name + ": not a regular file (a folder, device or pipe); give text article"
                    + " files", new IOException("not a regular file: " + file));
        }
        try {
            if (Files.size(file) > Ingester.MAX_FILE_BYTES) {
                throw new IOException("it is over " + Ingester.MAX_FILE_BYTES / (1024 * 1024) + " MB; give one article");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
        }
        TextArticle article = TextArticle.parse(text);
        Analysis analysis = analyzer.analyze(article.body());
        int shift = article.bodyStart();
        // A headline's figures are the article's too; its quotes are not, being unattributed by nature.
        List<Figure> figures = new ArrayList<>();
        if (article.titleStart() >= 0) {
            analyzer.analyze(article.title()).figures().forEach(f -> figures.add(f.shifted(article.titleStart())));
        }
        analysis.figures().forEach(f -> figures.add(f.shifted(shift)));
        return new Document(name, article.title(), article.date(),
                analysis.quotes().stream().map(q -> q.shifted(shift)).toList(), figures,
                analysis.entities(), analysis.summary());
    }
}
