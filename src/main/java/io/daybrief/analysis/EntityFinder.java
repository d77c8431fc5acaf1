package io.daybrief.analysis;

import java.util.ArrayList;
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
        for (Quote quote : quotes) {
            if (Character.isUpperCase(quote.speaker().charAt(0))) {
                found.putIfAbsent(quote.speaker(), Names.isOrganisation(quote.speaker()) ? "organisation" : "person");
            }
        }
        for (Mentions.Mention mention : mentions.all()) {
            String type = typeOf(mention);
            if (type != null && !coveredBy(found, mention.name())) {
                found.putIfAbsent(mention.name(), type);
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

    private static boolean coveredBy(Map<String, String> found, String name) {
        if (found.containsKey(name)) {
            return true;
        }
        for (String known : found.keySet()) {
            if (known.endsWith(" " + name) || known.startsWith(name + " ")) {
                return true;
            }
        }
        return false;
    }
}
