package io.daybrief.bench;

import io.daybrief.analysis.Analyzer;
import io.daybrief.ingest.TextArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Analysis throughput: 700-word generated articles through the whole analysis, on one core and on all. */
final class AnalysisBench {

    private AnalysisBench() {
    }

    static List<Timing.Measurement> run(int articles, int runs, double warmupSeconds) {
        List<String> bodies = bodies(articles);
        Analyzer analyzer = new Analyzer();
        List<Timing.Measurement> results = new ArrayList<>();
        results.add(Timing.measure("analysis.1core", 2, warmupSeconds, runs, bodies.size(), () -> {
            for (String body : bodies) {
                analyzer.analyze(body);
            }
        }));
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            results.add(Timing.measure("analysis.allcores", 2, warmupSeconds, runs, bodies.size(), () -> inParallel(pool, cores,
                    bodies, analyzer)));
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    static List<String> bodies(int articles) {
        ArticleGenerator generator = new ArticleGenerator(42);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            bodies.add(TextArticle.parse(generator.article(LocalDate.of(2026, 3, 4), 700)).body());
        }
        return bodies;
    }

    private static void inParallel(ExecutorService pool, int cores, List<String> bodies, Analyzer analyzer) {
        List<Future<?>> parts = new ArrayList<>();
        int size = (bodies.size() + cores - 1) / cores;
        for (int from = 0; from < bodies.size(); from += size) {
            List<String> part = bodies.subList(from, Math.min(bodies.size(), from + size));
            parts.add(pool.submit(() -> part.forEach(analyzer::analyze)));
        }
        for (Future<?> part : parts) {
            try {
                part.get();
            } catch (Exception e) {
                throw new IllegalStateException("analysis failed during the benchmark: " + e.getMessage(), e);
            }
        }
    }
}
