package io.daybrief.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daybrief.briefing.EarlierStory;
import io.daybrief.briefing.KeyFigure;
import io.daybrief.briefing.Story;
import io.daybrief.event.Database;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories of each archived edition (table {@code edition_story}): their identity across editions, the date
 * each was first told, and what it said, so that the next edition of the briefing can follow them. Thread-safe.
 */
public final class EditionStories {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    public EditionStories(Database database) {
        this.database = database;
    }

    /**
     * Records the stories of the edition of {@code briefing} for {@code date}, replacing those of an earlier make
     * of it, in one transaction. Each story needs its key ({@link Story#key()}).
     */
    public void record(String briefing, LocalDate date, List<Story> stories) {
        try {
            database.inTransaction(connection -> {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM edition_story WHERE briefing = ? AND edition_date = ?")) {
                    delete.setString(1, briefing);
                    delete.setObject(2, date);
                    delete.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO edition_story (briefing,"
                        + " edition_date, story_rank, story_key, since, headline, story) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (Story story : stories) {
                        insert.setString(1, briefing);
                        insert.setObject(2, date);
                        insert.setInt(3, story.rank());
                        insert.setString(4, story.key());
                        insert.setObject(5, story.developing() ? story.development().since() : date);
                        insert.setString(6, story.headline());
                        insert.setString(7, told(story));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
        } catch (SQLException e) {
            throw new ArchiveException("the stories of edition " + briefing + " " + date + " could not be recorded"
                    + " for the next edition to follow: " + e.getMessage(), e);
        }
    }

    /**
     * The stories of the latest edition of {@code briefing} before {@code date}, when it is no more than {@code
     * days} before it (else none), each with its figures in every edition that told it, oldest first.
     */
    public List<EarlierStory> before(String briefing, LocalDate date, int days) {
        try (Connection connection = database.connection()) {
            LocalDate previous = previousDate(connection, briefing, date);
            if (previous == null || previous.isBefore(date.minusDays(days))) {
                return List.of();
            }
            Map<String, List<EarlierStory.Tracked>> history = history(connection, briefing, previous);
            List<EarlierStory> stories = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT story_key, since, headline, story"
                    + " FROM edition_story WHERE briefing = ? AND edition_date = ? ORDER BY story_rank")) {
                query.setString(1, briefing);
                query.setObject(2, previous);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        JsonNode told = JSON.readTree(rows.getString(4));
                        List<String> quotes = new ArrayList<>();
                        told.path("quotes").forEach(q -> quotes.add(q.asText()));
                        String key = rows.getString(1);
                        stories.add(new EarlierStory(key, rows.getObject(2, LocalDate.class), previous,
                                rows.getString(3), told.path("text").asText(), quotes,
                                history.getOrDefault(key, List.of())));
                    }
                }
            }
            return stories;
        } catch (SQLException | IOException e) {
            throw new ArchiveException("the stories of the edition of " + briefing + " before " + date
                    + " could not be read: " + e.getMessage(), e);
        }
    }

    private static LocalDate previousDate(Connection connection, String briefing, LocalDate date) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MAX(edition_date) FROM edition_story WHERE briefing = ? AND edition_date < ?")) {
            query.setString(1, briefing);
            query.setObject(2, date);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getObject(1, LocalDate.class) : null;
            }
        }
    }

    /** The figures of each story of the edition of {@code last}, in every edition up to it, oldest first. */
    private static Map<String, List<EarlierStory.Tracked>> history(Connection connection, String briefing,
                                                                   LocalDate last) throws SQLException, IOException {
        Map<String, List<EarlierStory.Tracked>> history = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT s.story_key, s.edition_date, s.story"
                + " FROM edition_story s JOIN edition_story l ON l.briefing = s.briefing AND l.story_key = s.story_key"
                + " WHERE l.briefing = ? AND l.edition_date = ? AND s.edition_date <= ?"
                + " ORDER BY s.edition_date, s.story_rank")) {
            query.setString(1, briefing);
            query.setObject(2, last);
            query.setObject(3, last);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    LocalDate date = rows.getObject(2, LocalDate.class);
                    List<EarlierStory.Tracked> figures = history.computeIfAbsent(rows.getString(1), k -> new ArrayList<>());
                    for (JsonNode f : JSON.readTree(rows.getString(3)).path("figures")) {
                        figures.add(new EarlierStory.Tracked(date, f.path("counts").asText(), f.path("value").asText(),
                                f.path("number").asDouble(Double.NaN)));
                    }
                }
            }
        }
        return history;
    }

    /** What a story told, as stored: its summary (the words it is recognised by), quotes and figures. */
    private static String told(Story story) {
        ObjectNode root = JSON.createObjectNode();
        root.put("text", String.join(" ", story.summary()));
        ArrayNode quotes = root.putArray("quotes");
        story.quotes().forEach(q -> quotes.add(q.text()));
        ArrayNode quoted = root.putArray("quoted");
        story.quotes().forEach(q -> quoted.addObject().put("text", q.text()).put("speaker", q.speaker())
                .put("role", q.role()));
        root.put("source", story.source());
        ArrayNode figures = root.putArray("figures");
        for (KeyFigure figure : story.figures()) {
            ObjectNode f = figures.addObject().put("counts", figure.counts()).put("value", figure.value());
            if (!Double.isNaN(figure.number())) {
                f.put("number", figure.number());
            }
        }
        return root.toString();
    }
}
