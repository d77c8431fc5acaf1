package io.daybrief.eval;

import io.daybrief.analysis.Figure;
import io.daybrief.analysis.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Scores found quotes and figures against labels by the evaluation set's rules: a quote matches at word-token
 * F1 of 0.8 or more, a figure when its value is equal and one text contains the other; each label and each
 * prediction matches once, best pairs first. A matched quote with the wrong speaker counts as a miss and as a
 * false claim in the attributed-quote figures.
 */
final class Scorer {

    /** Counts over one or more articles. */
    static final class Tally {
        int quoteTp;
        int quoteFp;
        int quoteFn;
        int attributedTp;
        int speakerOk;
        int speakerN;
        int figureTp;
        int figureFp;
        int figureFn;
        int typedTp;
        /** Matched and missed labelled quotes whose speaker is not named: they count for detection only. */
        int unnamedTp;
        int unnamedFn;
        int figureDocs;
        /** The word F1 of what matched figures count against their labels', summed, and how many were summed. */
        double countsSum;
        int countsN;

        void add(Tally other) {
            countsSum += other.countsSum;
            countsN += other.countsN;
            quoteTp += other.quoteTp;
            quoteFp += other.quoteFp;
            quoteFn += other.quoteFn;
            attributedTp += other.attributedTp;
            speakerOk += other.speakerOk;
            speakerN += other.speakerN;
            figureTp += other.figureTp;
            figureFp += other.figureFp;
            figureFn += other.figureFn;
            typedTp += other.typedTp;
            unnamedTp += other.unnamedTp;
            unnamedFn += other.unnamedFn;
            figureDocs += other.figureDocs;
        }
    }

    /** The result for one article, with what went wrong for a person to read. */
    record FileScore(String file, Tally tally, List<String> wrongSpeakers, List<String> errors) {

        String row() {
            Tally t = tally;
            String figures = t.figureDocs > 0 ? "figures tp=" + t.figureTp + " fp=" + t.figureFp + " fn=" + t.figureFn
                    : "figures unlabelled";
            return file + ": quotes tp=" + t.quoteTp + " fp=" + t.quoteFp + " fn=" + t.quoteFn + " speaker_ok="
                    + t.attributedTp + "/" + (t.quoteTp - t.unnamedTp) + " " + figures
                    + (wrongSpeakers.isEmpty() ? "" : " wrong_speakers=" + pythonList(wrongSpeakers));
        }

        private static String pythonList(List<String> items) {
            List<String> quoted = items.stream().map(s -> s.contains("'") ? "\"" + s + "\"" : "'" + s + "'").toList();
            return "[" + String.join(", ", quoted) + "]";
        }
    }

    /** The headline figures over all articles. */
    record Summary(double quoteP, double quoteR, double quoteF1, double speakerAccuracy, double attributedP,
                   double attributedR, double attributedF1, double figureP, double figureR, double figureF1,
                   double typedF1, boolean figuresLabelled, double countsF1, int countsN) {

        static Summary of(Tally t) {
            double[] q = prf(t.quoteTp, t.quoteFp, t.quoteFn);
            // Quotes without a named speaker, and the predictions matched to them, are left out of attribution.
            int wrong = t.quoteTp - t.unnamedTp - t.attributedTp;
            double[] a = prf(t.attributedTp, t.quoteFp + wrong, t.quoteFn - t.unnamedFn + wrong);
            double[] f = prf(t.figureTp, t.figureFp, t.figureFn);
            int untyped = t.figureTp - t.typedTp;
            double[] u = prf(t.typedTp, t.figureFp + untyped, t.figureFn + untyped);
            double speaker = t.speakerN == 0 ? 0 : (double) t.speakerOk / t.speakerN;
            return new Summary(q[0], q[1], q[2], speaker, a[0], a[1], a[2], f[0], f[1], f[2], u[2], t.figureDocs > 0,
                    t.countsN == 0 ? 0 : t.countsSum / t.countsN, t.countsN);
        }

        /** How well matched figures say what they count, as the reference prints it with --counts. */
        String countsLine() {
            return String.format(Locale.ROOT, "figure labels: counts word-F1=%.3f over %d matched figures", countsF1,
                    countsN);
        }

        String line() {
            String quotes = String.format(Locale.ROOT, "quote P=%.3f R=%.3f F1=%.3f | speaker acc=%.3f | attributed-quote"
                    + " P=%.3f R=%.3f F1=%.3f", quoteP, quoteR, quoteF1, speakerAccuracy, attributedP, attributedR,
                    attributedF1);
            return quotes + (figuresLabelled ? String.format(Locale.ROOT, " | figure P=%.3f R=%.3f F1=%.3f |"
                    + " typed-figure F1=%.3f", figureP, figureR, figureF1, typedF1)
                    : " | figure P=n/a R=n/a F1=n/a | typed-figure F1=n/a");
        }

        private static double[] prf(int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }
    }

    private Scorer() {
    }

    static FileScore score(String file, Labels labels, List<Quote> quotes, List<Figure> figures) {
        Tally t = new Tally();
        List<String> wrong = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<int[]> quoteMatches = match(labels.quotes(), quotes, (g, p) -> {
            double f = TextMatch.overlapF1(g.text(), p.text());
            return f >= 0.8 ? f : 0.0;
        });
        Set<Integer> matchedQuotes = new HashSet<>();
        for (int gi = 0; gi < labels.quotes().size(); gi++) {
            Labels.Label gold = labels.quotes().get(gi);
            Integer hit = hitFor(quoteMatches, gi);
            if (hit != null) {
                matchedQuotes.add(hit);
            }
            if (gold.optional()) {
                continue;
            }
            if (hit == null) {
                t.quoteFn++;
                t.unnamedFn += gold.speaker() == null ? 1 : 0;
                errors.add("missed quote (" + gold.speaker() + "): \u201C" + gold.text() + "\u201D");
                continue;
            }
            t.quoteTp++;
            if (gold.speaker() == null) {
                t.unnamedTp++;
                continue;
            }
            t.speakerN++;
            Quote predicted = quotes.get(hit);
            if (TextMatch.speakerMatches(predicted.speaker(), gold.speaker())) {
                t.speakerOk++;
                t.attributedTp++;
            } else {
                wrong.add(gold.speaker() + "<-" + predicted.speaker());
                errors.add("wrong speaker " + predicted.speaker() + " (label: " + gold.speaker() + "): \u201C"
                        + gold.text() + "\u201D [" + predicted.decidedBy() + "]");
            }
        }
        for (int pi = 0; pi < quotes.size(); pi++) {
            if (!matchedQuotes.contains(pi)) {
                t.quoteFp++;
                errors.add("false quote (" + quotes.get(pi).speaker() + "): \u201C" + quotes.get(pi).text() + "\u201D ["
                        + quotes.get(pi).decidedBy() + "]");
            }
        }
        if (labels.hasFigures()) {
            t.figureDocs = 1;
            scoreFigures(labels.figures(), figures, t, errors);
        }
        return new FileScore(file, t, wrong, errors);
    }

    private static void scoreFigures(List<Labels.Label> labels, List<Figure> figures, Tally t, List<String> errors) {
        List<int[]> matches = match(labels, figures, (g, p) -> {
            if (Math.abs(p.value() - g.value()) > 1e-9 * Math.max(1.0, Math.abs(g.value()))) {
                return 0.0;
            }
            String a = TextMatch.norm(g.text());
            String b = TextMatch.norm(p.text());
            if (b.isEmpty() || !(a.contains(b) || b.contains(a))) {
                return 0.0;
            }
            return a.equals(b) ? 2.0 : 1.0;
        });
        Set<Integer> matched = new HashSet<>();
        for (int gi = 0; gi < labels.size(); gi++) {
            Labels.Label gold = labels.get(gi);
            Integer hit = hitFor(matches, gi);
            if (hit != null) {
                matched.add(hit);
            }
            if (gold.optional()) {
                continue;
            }
            if (hit == null) {
                t.figureFn++;
                errors.add("missed figure: " + gold.text() + " = " + gold.value() + " " + gold.unit());
            } else {
                t.figureTp++;
                Figure predicted = figures.get(hit);
                if (gold.counts() != null) {
                    String said = predicted.counts() == null ? "" : predicted.counts();
                    double f1 = TextMatch.countsF1(gold.counts(), said);
                    t.countsSum += f1;
                    t.countsN++;
                    if (f1 < 0.5) {
                        errors.add(String.format(Locale.ROOT, "weak label %.2f \"%s\" (label: %s): %s", f1, said,
                                gold.counts(), gold.text()));
                    }
                }
                if (TextMatch.norm(gold.unit()).equals(TextMatch.norm(predicted.unit()))) {
                    t.typedTp++;
                } else {
                    errors.add("wrong unit " + predicted.unit() + " (label: " + gold.unit() + "): " + gold.text());
                }
            }
        }
        for (int pi = 0; pi < figures.size(); pi++) {
            if (!matched.contains(pi)) {
                t.figureFp++;
                Figure f = figures.get(pi);
                errors.add("false figure: " + f.text() + " = " + f.value() + " " + f.unit());
            }
        }
    }

    private static Integer hitFor(List<int[]> matches, int gi) {
        for (int[] m : matches) {
            if (m[0] == gi) {
                return m[1];
            }
        }
        return null;
    }

    /** Greedy one-to-one matching, best score first; ties go to the later label and prediction, as the reference does. */
    private static <P> List<int[]> match(List<Labels.Label> golds, List<P> preds,
                                         BiFunction<Labels.Label, P, Double> score) {
        record Pair(double score, int gi, int pi) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            for (int pi = 0; pi < preds.size(); pi++) {
                double s = score.apply(golds.get(gi), preds.get(pi));
                if (s > 0) {
                    pairs.add(new Pair(s, gi, pi));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).thenComparingInt(Pair::gi).thenComparingInt(Pair::pi)
                .reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (Pair pair : pairs) {
            if (usedG.contains(pair.gi()) || usedP.contains(pair.pi())) {
                continue;
            }
            usedG.add(pair.gi());
            usedP.add(pair.pi());
            out.add(new int[] {pair.gi(), pair.pi()});
        }
        return out;
    }
}
