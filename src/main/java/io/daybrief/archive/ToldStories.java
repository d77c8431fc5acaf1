package io.daybrief.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.event.Database;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the archived editions told, read back: each edition's stories with their quotes (and speakers) and
 * figures, and a search across all of them by words, person, organisation, place or speaker. Thread-safe.
 */
public final class ToldStories {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    public ToldStories(Database database) {
        this.database = database;
    }

    /** A quote as an edition gave it: the words, and who said them ({@code null} for an edition made before speakers were kept). */
    public record Quoted(String text, String speaker, String role) {
    }

    /** A figure as an edition gave it: what it counts and its value as shown. */
    public record Counted(String counts, String value) {
    }

    /** One story of an edition, in its order there. */
    public record Told(int rank, String headline, String source, String summary, List<Quoted> quotes,
                       List<Counted> figures) {
    }

    /**
     * A story that matched a search, in the edition that told it, with what matched: a quote (with its speaker),
     * a figure, the headline or the summary.
     */
    public record Hit(String briefing, LocalDate date, String headline, String kind, String match, String speaker) {
    }

    /** The stories of the edition of {@code briefing} for {@code date}, in their order. */
    public List<Told> of(String briefing, LocalDate date) {
        List<Told> stories = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT story_rank, headline, story FROM"
                     + " edition_story WHERE briefing = ? AND edition_date = ? ORDER BY story_rank")) {
            query.setString(1, briefing);
            query.setObject(2, date);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stories.add(told(rows.getInt(1), rows.getString(2), rows.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new ArchiveException("cannot read the stories of " + briefing + " " + date + ": " + e.getMessage(), e);
        }
        return stories;
    }

    /**
     * Stories of every edition (of {@code briefing}, or all when null) whose headline, summary, quotes, speakers or
     * figures hold every word of {@code query} (case folded), newest first, at most {@code limit}; each with the
     * quote or figure that matched, else the headline or summary.
     */
    public List<Hit> search(String query, String briefing, int limit) {
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        if (query.isBlank()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT briefing, edition_date, story_rank, headline, story FROM"
                + " edition_story WHERE 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND (LOWER(headline) LIKE ? ESCAPE '!' OR LOWER(story) LIKE ? ESCAPE '!')");
        }
        if (briefing != null) {
            sql.append(" AND briefing = ?");
        }
        sql.append(" ORDER BY edition_date DESC, briefing, story_rank LIMIT ?");
        List<Hit> hits = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int at = 1;
            for (String word : words) {
                String like = "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                select.setString(at++, like);
                select.setString(at++, like);
            }
            if (briefing != null) {
                select.setString(at++, briefing);
            }
            select.setInt(at, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Told told = told(rows.getInt(3), rows.getString(4), rows.getString(5));
                    hits.add(hit(rows.getString(1), rows.getObject(2, LocalDate.class), told, words));
                }
            }
        } catch (SQLException e) {
            throw new ArchiveException("cannot search the archive for '" + query + "': " + e.getMessage(), e);
        }
        return hits;
    }

    private static Hit hit(String briefing, LocalDate date, Told told, List<String> words) {
        for (Quoted quote : told.quotes()) {
            if (holds(quote.text() + " " + quote.speaker(), words)) {
                return new Hit(briefing, date, told.headline(), "quote", quote.text(), quote.speaker());
            }
        }
        for (Counted figure : told.figures()) {
            if (holds(figure.counts() + " " + figure.value(), words)) {
                return new Hit(briefing, date, told.headline(), "figure", figure.counts() + ": " + figure.value(), null);
            }
        }
        return holds(told.headline(), words) ? new Hit(briefing, date, told.headline(), "headline", told.headline(), null)
                : new Hit(briefing, date, told.headline(), "summary", told.summary(), null);
    }

    private static boolean holds(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(lower::contains);
    }

    private static Told told(int rank, String headline, String story) {
        JsonNode node;
        try {
            node = JSON.readTree(story);
        } catch (IOException e) {
            throw new ArchiveException("a stored story of rank " + rank + " is not JSON: " + e.getMessage(), e);
        }
        List<Quoted> quotes = new ArrayList<>();
        if (node.has("quoted")) {
            node.get("quoted").forEach(q -> quotes.add(new Quoted(q.path("text").asText(),
                    q.path("speaker").isNull() ? null : q.path("speaker").asText(null),
                    q.path("role").isNull() ? null : q.path("role").asText(null))));
        } else {
            node.path("quotes").forEach(q -> quotes.add(new Quoted(q.asText(), null, null)));
        }
        List<Counted> figures = new ArrayList<>();
        node.path("figures").forEach(f -> figures.add(new Counted(f.path("counts").asText(""),
                f.path("value").asText(""))));
        return new Told(rank, headline, node.path("source").asText(null), node.path("text").asText(""), quotes,
                figures);
    }
}
