package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.analysis.Analyzer;
import io.daybrief.eval.GoldEvaluation;
import io.daybrief.eval.SummaryEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code daybrief eval}: measures the analysis on labelled articles or on summaries. */
@Command(name = "eval", description = {"Measures the analysis against hand labels.",
        "--gold DIR scores quotes, speakers and figures; --summaries FILE.jsonl scores summaries with ROUGE;",
        "--pages DIR scores the text read from web pages."})
final class EvalCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Option(names = "--errors", description = "With --gold: list what went wrong in each article; with --pages:"
            + " each page's score.")
    private boolean errors;

    @Option(names = "--counts", description = "With --gold: a last line on how well matched figures say what they"
            + " count (word F1 against the labels' counts).")
    private boolean counts;

    @Option(names = "--min-quote-f1", paramLabel = "X", description = "With --gold: exit 1 below this.")
    private double minQuoteF1;

    @Option(names = "--min-attributed-f1", paramLabel = "X", description = "With --gold: exit 1 below this.")
    private double minAttributedF1;

    @Option(names = "--min-speaker-accuracy", paramLabel = "X", description = "With --gold: exit 1 below this.")
    private double minSpeakerAccuracy;

    @Option(names = "--min-figure-f1", paramLabel = "X", description = "With --gold: exit 1 below this.")
    private double minFigureF1;

    @Option(names = "--min-typed-figure-f1", paramLabel = "X", description = "With --gold: exit 1 below this.")
    private double minTypedFigureF1;

    @Option(names = "--min-counts-f1", paramLabel = "X", description = "With --gold: exit 1 when matched figures'"
            + " labels score below this (the --counts line).")
    private double minCountsF1;

    @Option(names = "--out", paramLabel = "FILE", description = "With --fit-speakers: where to write the weights,"
            + " e.g. src/main/resources/io/daybrief/analysis/speaker-model.properties.")
    private Path weightsOut;

    @Option(names = "--beat-lead3", description = "With --summaries: exit 1 unless the summaries' ROUGE-1 is above"
            + " that of the first three sentences.")
    private boolean beatLead3;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** Exactly one of the two measures. */
    static final class Target {
        @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Folder of NAME.txt + NAME.json.")
        Path gold;

        @Option(names = "--summaries", paramLabel = "FILE", required = true, description = "JSON lines of article and highlights.")
        Path summaries;

        @Option(names = "--fit-speakers", paramLabel = "DIR", required = true, description = "Fit the speaker model for"
                + " quotations no cue attributes on the labelled articles in DIR (a training set, never the one it is"
                + " measured on) and write its weights to --out.")
        Path fitSpeakers;

        @Option(names = "--stories", paramLabel = "FILE.jsonl", required = true, description = "Score the grouping of"
                + " reports into stories against the labelled events in FILE (JSON lines of id, title, published,"
                + " source, body, story): BCubed P/R/F1 and pairwise F1.")
        Path stories;

        @Option(names = "--pages", paramLabel = "DIR", required = true, description = "Score the text read from web"
                + " pages against their true bodies: DIR holds NAME.html and NAME.txt (the true body); prints word"
                + " 4-gram P/R/F1, each page weighing the same.")
        Path pages;
    }

    @Option(names = "--write", paramLabel = "DIR", description = "With --pages: also write the text read from each"
            + " page to DIR as NAME.txt.")
    private Path pagesOut;

    @Option(names = "--min-pages-f1", paramLabel = "X", description = "With --pages: exit 1 below this.")
    private double minPagesF1;

    @Option(names = "--groups", paramLabel = "OUT.jsonl", description = "With --stories: also write each report's"
            + " group, a line each: {\"id\": ..., \"group\": ...}.")
    private Path groupsOut;

    @Option(names = "--min-bcubed-f1", paramLabel = "X", description = "With --stories: exit 1 below this.")
    private double minBcubedF1;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (target.fitSpeakers != null) {
            if (weightsOut == null) {
                throw new IllegalArgumentException("--fit-speakers needs --out FILE, where the weights go");
            }
            io.daybrief.eval.SpeakerFitting.Fitted fitted = new io.daybrief.eval.SpeakerFitting(Daybrief.extraction())
                    .fit(target.fitSpeakers);
            java.nio.file.Files.writeString(weightsOut, io.daybrief.analysis.Logistic.format(fitted.weights(),
                    "Speaker model for quotations no cue attributes: logistic weights by feature.\n"
                    + "Fitted by: daybrief eval --fit-speakers ../shared/eval/polnear/train --out <this file>\n"
                    + "On " + fitted.articles() + " articles, " + fitted.quotations() + " quotations, "
                    + fitted.examples() + " candidates, " + fitted.positives() + " of them the labelled speaker.\n"
                    + "Features starting keep: are the keep model's, fitted on the " + fitted.unsure()
                    + " quotations the speaker model is unsure of, " + fitted.kept() + " of them right to keep."));
            spec.commandLine().getOut().printf("fitted on %d articles, %d quotations, %d candidates (%d right): %s%n",
                    fitted.articles(), fitted.quotations(), fitted.examples(), fitted.positives(), weightsOut);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (target.stories != null) {
            io.daybrief.eval.StoryEvaluation.Report report = new io.daybrief.eval.StoryEvaluation().evaluate(target.stories);
            if (groupsOut != null) {
                java.nio.file.Files.writeString(groupsOut, report.groupLines(), java.nio.charset.StandardCharsets.UTF_8);
            }
            out.println(report.line());
            out.flush();
            if (report.f1() < minBcubedF1) {
                spec.commandLine().getErr().printf("below the floor: BCubed F1 >= %.3f%n", minBcubedF1);
                spec.commandLine().getErr().flush();
                return Failures.FAILED;
            }
            return 0;
        }
        if (target.pages != null) {
            io.daybrief.eval.PageEvaluation.Report report = new io.daybrief.eval.PageEvaluation()
                    .evaluate(target.pages, pagesOut);
            if (errors) {
                report.pages().forEach(page -> out.println(page.line()));
            }
            out.println(report.summaryLine());
            out.flush();
            if (report.f1() < minPagesF1) {
                spec.commandLine().getErr().printf("below the floor: pages F1 >= %.3f%n", minPagesF1);
                spec.commandLine().getErr().flush();
                return Failures.FAILED;
            }
            return 0;
        }
        if (target.summaries != null) {
            SummaryEvaluation.Report report = new SummaryEvaluation(new Analyzer()).evaluate(target.summaries);
            out.println(report.lines());
            out.flush();
            if (beatLead3 && report.summary()[0] <= report.leadThree()[0]) {
                spec.commandLine().getErr().println("below the floor: summary ROUGE-1 is not above lead-3's");
                spec.commandLine().getErr().flush();
                return Failures.FAILED;
            }
            return 0;
        }
        GoldEvaluation.Report report = new GoldEvaluation(Daybrief.extraction()).evaluate(target.gold);
        for (int i = 0; i < report.rows().size(); i++) {
            out.println(report.rows().get(i));
            if (errors) {
                report.errors().get(i).forEach(e -> out.println("    " + e));
            }
        }
        out.println(report.summaryLine());
        if (counts) {
            out.println(report.countsLine());
        }
        out.flush();
        boolean met = report.quoteF1() >= minQuoteF1 && report.attributedF1() >= minAttributedF1 && report.speakerAccuracy() >= minSpeakerAccuracy
                && report.figureF1() >= minFigureF1 && report.typedFigureF1() >= minTypedFigureF1
                && report.countsF1() >= minCountsF1;
        if (!met) {
            spec.commandLine().getErr().printf("below the floor: quote F1 >= %.3f, attributed-quote F1 >= %.3f, speaker"
                    + " accuracy >= %.3f, figure F1 >= %.3f, typed-figure F1 >= %.3f, figure labels >= %.3f%n",
                    minQuoteF1, minAttributedF1, minSpeakerAccuracy, minFigureF1, minTypedFigureF1, minCountsF1);
            spec.commandLine().getErr().flush();
        }
        return met ? 0 : Failures.FAILED;
    }
}
