package io.daybrief.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logistic model over named binary features, with its weights kept as a small text resource ({@code feature =
 * weight} lines) and fitted by plain full-batch gradient descent in a fixed order, so that the same examples
 * always give the same weights. Immutable and thread-safe.
 */
public final class Logistic {

    private static final Pattern LINE = Pattern.compile("^([^=#\\s][^=]*)=\\s*(-?[0-9.eE+-]+)\\s*$");
    private static final int EPOCHS = 400;
    private static final double RATE = 2.0;
    private static final double L2 = 1e-4;

    private final Map<String, Double> weights;

    Logistic(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The score (log-odds) for the features that hold. */
    double score(List<String> features) {
        double z = 0;
        for (String feature : features) {
            z += weights.getOrDefault(feature, 0.0);
        }
        return z;
    }

    /** The probability for the features that hold. */
    double probability(List<String> features) {
        return 1 / (1 + Math.exp(-score(features)));
    }

    /** Reads weights from a resource on the class path; a missing resource is a broken build. */
    static Logistic load(String resource) {
        try (InputStream in = Logistic.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the model " + resource + " is missing from the build");
            }
            Map<String, Double> weights = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = LINE.matcher(line.strip());
                if (m.matches()) {
                    weights.put(m.group(1).strip(), Double.parseDouble(m.group(2)));
                }
            }
            return new Logistic(weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + resource, e);
        }
    }

    /** Fits weights to examples (the features of each) and their labels; returns them by feature name. */
    public static Map<String, Double> fit(List<List<String>> examples, List<Boolean> labels) {
        Map<String, Double> weights = new TreeMap<>();
        examples.forEach(features -> features.forEach(f -> weights.putIfAbsent(f, 0.0)));
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Logistic model = new Logistic(weights);
            Map<String, Double> gradient = new HashMap<>();
            for (int i = 0; i < examples.size(); i++) {
                double error = model.probability(examples.get(i)) - (labels.get(i) ? 1 : 0);
                for (String feature : examples.get(i)) {
                    gradient.merge(feature, error, Double::sum);
                }
            }
            for (Map.Entry<String, Double> w : weights.entrySet()) {
                double g = gradient.getOrDefault(w.getKey(), 0.0) / examples.size() + L2 * w.getValue();
                w.setValue(w.getValue() - RATE * g);
            }
        }
        return weights;
    }

    /** The weights as the resource keeps them, after a header of comment lines. */
    public static String format(Map<String, Double> weights, String header) {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        new TreeMap<>(weights).forEach((feature, weight) -> out.append(feature).append(" = ")
                .append(String.format(Locale.ROOT, "%.6f", weight)).append('\n'));
        return out.toString();
    }
}
