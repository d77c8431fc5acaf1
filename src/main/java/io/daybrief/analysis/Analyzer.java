package io.daybrief.analysis;

import java.util.List;

/**
 * The front door of analysis: sentences, quotes, figures, entities and summary of one text.
 *
 * <p>Stateless and thread-safe.
 */
public final class Analyzer {

    /** Bumped whenever a change alters what analysis finds, so stored analyses can be redone. */
    public static final int VERSION = 29;
    /** Summary sentences unless asked otherwise. */
    public static final int SUMMARY_SENTENCES = 3;

    /** Analyses a text: an article body, paragraphs separated by blank lines. */
    public Analysis analyze(String text) {
        return analyze(text, SUMMARY_SENTENCES);
    }

    /** The figures of a short text alone, such as a headline: no quotes, names or summary are looked for. */
    public List<Figure> figures(String text) {
        return FigureFinder.find(text);
    }

    /** Analyses a text with a summary of {@code summarySentences} sentences. */
    public Analysis analyze(String text, int summarySentences) {
        List<Sentence> sentences = Sentences.of(text);
        List<QuoteSpan> spans = QuoteMarks.find(text);
        String masked = Names.joinAbbreviatedTitles(QuoteMarks.mask(text, spans));
        Mentions mentions = QuoteAttributor.mentions(masked);
        List<Quote> quotes = QuoteAttributor.attribute(text, sentences, spans, masked, mentions);
        return new Analysis(VERSION, sentences, quotes, FigureFinder.find(text), EntityFinder.find(mentions, quotes),
                Summarizer.summarise(sentences, summarySentences));
    }
}
