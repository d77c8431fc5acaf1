package io.daybrief.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Words mapped to the noun a label gives them, from groups written "noun: word word ...": {@code
     * byNoun("allocation: allocate allocated")} maps both verbs to "allocation".
     */
    static Map<String, String> byNoun(String... groups) {
        Map<String, String> nouns = new HashMap<>();
        for (String group : groups) {
            int colon = group.indexOf(':');
            for (String word : group.substring(colon + 1).strip().split("\\s+")) {
                if (nouns.put(word, group.substring(0, colon)) != null) {
                    throw new IllegalArgumentException("a word given twice: " + word);
                }
            }
        }
        return Map.copyOf(nouns);
    }
}
