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
                    documents.add(document.json());
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
