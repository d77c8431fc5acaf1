package io.daybrief.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the people, organisations and places a text names, merging the short forms of one name into its full form. */
final class EntityFinder {

    private static final Pattern PLACE = Pattern.compile("\\b(?:in|from|to|near|across|outside|at)\\s+(" + Names.TOKEN
            + "(?:\\s+" + Names.TOKEN + ")?)");

    private EntityFinder() {
    }

    static List<Entity> find(String text, List<Quote> quotes) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Quote quote : quotes) {
            if (Character.isUpperCase(quote.speaker().charAt(0))) {
                found.putIfAbsent(quote.speaker(), Names.isOrganisation(quote.speaker()) ? "organisation" : "person");
            }
        }
        for (Names.Mention mention : Names.multiWordNames(text)) {
            String name = mention.name();
            if (!coveredBy(found, name)) {
                found.putIfAbsent(name, Names.isOrganisation(name) ? "organisation"
                        : mention.role() != null || looksLikePerson(name) ? "person" : "place");
            }
        }
        Matcher place = PLACE.matcher(text);
        while (place.find()) {
            String name = place.group(1);
            if (!coveredBy(found, name) && !Names.isOrganisation(name) && !name.matches("(?:The|A|An)\\b.*")) {
                found.putIfAbsent(name, "place");
            }
        }
        List<Entity> entities = new ArrayList<>();
        found.forEach((name, type) -> entities.add(new Entity(name, type)));
        return entities;
    }

    private static boolean looksLikePerson(String name) {
        String[] words = name.split("\\s+");
        return words.length >= 2 && words.length <= 4;
    }

    private static boolean coveredBy(Map<String, String> found, String name) {
        for (String known : found.keySet()) {
            if (known.equals(name) || known.endsWith(" " + name) || known.startsWith(name + " ")) {
                return true;
            }
        }
        return false;
    }
}
