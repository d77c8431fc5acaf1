package io.daybrief.briefing;

import java.util.List;

/**
 * One edition's content, ready for a template.
 *
 * @param name       the briefing's identifier
 * @param title      the briefing's title
 * @param period     the span of time covered
 * @param dateLabel  the edition's date as readers see it ({@code Tuesday 3 March 2026})
 * @param zoneLabel  the zone the times are given in ({@code Europe/London})
 * @param stories    the stories, top story first
 * @param sources    the reports the stories, quotes and figures come from, each once
 * @param keywords   the people, places and organisations the edition is most about
 * @param owner      who publishes the briefing
 * @param eventCount how many events the period held
 */
public record Briefing(String name, String title, Period period, String dateLabel, String zoneLabel,
                       List<Story> stories, List<Source> sources, List<String> keywords, String owner,
                       int eventCount) {

    public Briefing {
        stories = List.copyOf(stories);
        sources = List.copyOf(sources);
        keywords = List.copyOf(keywords);
    }

    /** The same edition with these stories (the same stories, followed from an earlier edition). */
    public Briefing withStories(List<Story> followed) {
        return new Briefing(name, title, period, dateLabel, zoneLabel, followed, sources, keywords, owner, eventCount);
    }

    /** A publisher and its reports in the edition, for a sources list that names each publisher once. */
    public record Publisher(String name, List<Source> reports) {

        public Publisher {
            reports = List.copyOf(reports);
        }
    }

    /** The sources grouped by publisher, in the order each publisher first appears. */
    public List<Publisher> publishers() {
        java.util.Map<String, List<Source>> byName = new java.util.LinkedHashMap<>();
        for (Source source : sources) {
            byName.computeIfAbsent(source.publisher(), k -> new java.util.ArrayList<>()).add(source);
        }
        return byName.entrySet().stream().map(e -> new Publisher(e.getKey(), e.getValue())).toList();
    }
}
