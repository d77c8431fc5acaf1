package io.daybrief.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Word lists kept as resources, one entry a line, with {@code #} comments: each list once, read by name. */
final class Lexicon {

    private Lexicon() {
    }

    /** The entries of a word list on the class path, in its order; a missing list is a broken build. */
    static List<String> words(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + resource + " is missing from the build");
            }
            List<String> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + resource, e);
        }
    }
}
