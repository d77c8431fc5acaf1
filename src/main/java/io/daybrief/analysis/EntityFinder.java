package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people, organisations and places a text names, each once in its fullest form: the surname of a person
 * named in full earlier is merged into the full name.
 */
final class EntityFinder {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "near", "across", "outside", "at",
            "to", "into", "towards", "toward", "throughout");

    private EntityFinder() {
    }

    static List<Entity> find(Mentions mentions, List<Quote> quotes) {
        Map<String, String> found = new LinkedHashMap<>();
        Set<String> covered = new HashSet<>();
        for (Quote quote : quotes) {
            if (Character.isUpperCase(quote.speaker().charAt(0))) {
                add(found, covered, quote.speaker(), Names.isOrganisation(quote.speaker()) ? "organisation" : "person");
            }
        }
        for (Mentions.Mention mention : mentions.all()) {
            String type = typeOf(mention);
            if (type != null && !covered.contains(mention.name())) {
                add(found, covered, mention.name(), type);
            }
        }
        List<Entity> entities = new ArrayList<>();
        found.forEach((name, type) -> entities.add(new Entity(name, type)));
        return entities;
    }

    private static String typeOf(Mentions.Mention mention) {
        if (mention.kind() == Mentions.Kind.ORGANISATION) {
            return "organisation";
        }
        if (mention.role() == null && PLACE_PREPOSITIONS.contains(mention.wordBefore())) {
            return "place";
        }
        return mention.kind() == Mentions.Kind.PERSON ? "person" : null;
    }

    /** Adds a name, and marks its leading and trailing parts ("Abbas", "Araghchi") as covered by it. */
    private static void add(Map<String, String> found, Set<String> covered, String name, String type) {
        if (found.putIfAbsent(name, type) != null) {
            return;
        }
        covered.add(name);
        List<String> words = Words.split(name);
        for (int i = 1; i < words.size(); i++) {
            covered.add(String.join(" ", words.subList(0, i)));
            covered.add(String.join(" ", words.subList(i, words.size())));
        }
    }
}
