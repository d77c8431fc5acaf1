package io.daybrief.analysis;

import java.util.List;

/**
 * Everything the analysis found in one text.
 *
 * @param version   the analyser version that produced it, so a newer one knows to redo it
 * @param sentences the sentences with their offsets
 * @param quotes    direct quotations with their speakers, in text order
 * @param figures   figures with what they count, in text order
 * @param entities  people, organisations and places, each once
 * @param summary   the summary sentences, in text order
 */
public record Analysis(int version, List<Sentence> sentences, List<Quote> quotes, List<Figure> figures,
                       List<Entity> entities, List<String> summary) {

    public Analysis {
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        entities = List.copyOf(entities);
        summary = List.copyOf(summary);
    }
}
