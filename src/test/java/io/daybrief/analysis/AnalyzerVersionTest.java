package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Stored analyses are reused while {@link Analyzer#VERSION} stands, so a change to what analysis finds (or to the
 * body value stored with it) must raise it: this holds the analyses and body values of every fixture and sample
 * article to a fingerprint recorded with the version.
 */
class AnalyzerVersionTest {

    private static final Path RECORDED = Path.of("src/test/resources/analyser-fingerprint.sha256");

    @Test
    void whatAnalysisFindsChangesOnlyWithANewAnalyserVersion() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        Analyzer analyzer = new Analyzer();
        // The test fixtures and the bundled samples: the more kinds of text, the fewer changes slip through.
        List<Path> articles;
        try (Stream<Path> fixtures = Files.walk(Path.of("src/test/resources"));
             Stream<Path> samples = Files.walk(Path.of("src/main/resources/samples"))) {
            articles = Stream.concat(fixtures, samples).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path article : articles) {
            String body = new String(Files.readAllBytes(article), StandardCharsets.UTF_8);
            Analysis analysis = analyzer.analyze(body);
            // The body value is stored with the analysis: a change to the news topics' words changes it too.
            String found = article.getFileName() + "\n" + analysis.sentences() + analysis.quotes() + analysis.figures()
                    + analysis.entities() + analysis.summary() + NewsValue.BodyValue.of(body, analysis).write() + "\n";
            digest.update(found.getBytes(StandardCharsets.UTF_8));
        }
        String now = "version " + Analyzer.VERSION + " sha256 " + HexFormat.of().formatHex(digest.digest());
        String recorded = Files.readString(RECORDED).strip();

        assertThat(now).as("What analysis finds in the fixtures has changed (or the version has without it, or a"
                + " fixture was added or edited, when only the line needs writing again): raise"
                + " Analyzer.VERSION when it has, so stored analyses are made again, and write the line this test"
                + " computes into " + RECORDED + " (" + articles.size() + " articles)").isEqualTo(recorded);
    }
}
