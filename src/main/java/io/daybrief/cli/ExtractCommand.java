package io.daybrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daybrief.Daybrief;
import io.daybrief.analysis.Entity;
import io.daybrief.analysis.Figure;
import io.daybrief.analysis.Quote;
import io.daybrief.ingest.Extraction;
import io.daybrief.render.EditionData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code daybrief extract [--json] FILE...}: the analysis of article files, without storing them. */
@Command(name = "extract", description = {"Analyses text articles without storing them.",
        "Prints quotes with speakers, figures with what they count, entities and a summary."})
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--json", description = "Print JSON in the documented shape instead of text.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text article files.")
    private List<String> files;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Extraction extraction = Daybrief.extraction();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectNode root = JSON.createObjectNode();
        ArrayNode documents = root.putArray("documents");
        int failed = 0;
        for (String file : files) {
            try {
                Extraction.Document document = extraction.extract(Path.of(file), file);
                if (json) {
                    documents.add(toJson(document));
                } else {
                    printText(document, out);
                }
            } catch (Extraction.UnreadableFileException e) {
                failed++;
                err.println("refused    " + Console.printable(e.getMessage()));
            } catch (RuntimeException e) {
                failed++;
                err.println("daybrief extract: " + Console.printable(file) + ": " + Console.printable(Failures.describe(e)));
                if (Failures.debugging(System.getenv("DAYBRIEF_DEBUG"))) {
                    e.printStackTrace(err);
                }
            }
        }
        if (json) {
            out.println(JSON.writeValueAsString(root));
        }
        out.flush();
        err.flush();
        return failed == files.size() ? Failures.FAILED : 0;
    }

    private static ObjectNode toJson(Extraction.Document document) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", document.file());
        node.put("title", document.title());
        node.put("date", document.date() == null ? null : document.date().toString());
        ArrayNode quotes = node.putArray("quotes");
        for (Quote q : document.quotes()) {
            quotes.addObject().put("text", q.text()).put("speaker", q.speaker()).put("speaker_role", q.speakerRole())
                    .put("cue", q.cue()).put("start", q.start()).put("end", q.end())
                    .put("confidence", Math.round(q.confidence() * 1000) / 1000.0);
        }
        ArrayNode figures = node.putArray("figures");
        for (Figure f : document.figures()) {
            ObjectNode figure = figures.addObject().put("text", f.text());
            if (f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15) {
                figure.put("value", (long) f.value());
            } else {
                figure.put("value", f.value());
            }
            figure.put("unit", f.unit()).put("approx", f.approx()).put("counts", f.counts())
                    .put("start", f.start()).put("end", f.end());
        }
        ArrayNode entities = node.putArray("entities");
        for (Entity e : document.entities()) {
            entities.addObject().put("text", e.text()).put("type", e.type());
        }
        ArrayNode summary = node.putArray("summary");
        document.summary().forEach(summary::add);
        EditionData.putScore(node.putObject("score"), document.score());
        return node;
    }

    private static void printText(Extraction.Document document, PrintWriter out) {
        line(out, "%s", document.file());
        line(out, "  %s (%s)", document.title(), document.date());
        for (Quote q : document.quotes()) {
            line(out, "  quote   \u201C%s\u201D \u2014 %s%s [%s]", q.text(), q.speaker(),
                    q.speakerRole() == null ? "" : ", " + q.speakerRole(), q.cue());
        }
        for (Figure f : document.figures()) {
            line(out, "  figure  %s = %s %s%s%s", f.text(), f.value(), f.unit(), f.approx() ? " (approx.)" : "",
                    f.counts() == null ? "" : " \u2014 " + f.counts());
        }
        for (String sentence : document.summary()) {
            line(out, "  summary %s", sentence);
        }
    }

    /** One line of what a file says, its control characters shown as escapes. */
    private static void line(PrintWriter out, String format, Object... values) {
        out.println(Console.printable(String.format(format, values)));
    }
}
