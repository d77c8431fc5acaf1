package io.daybrief.briefing;

import io.daybrief.analysis.StoryGrouping;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Follows stories from one edition of a briefing into the next: a story the previous edition told keeps its
 * identity and says what is new (quotes, figures whose value changed, with the earlier value and date), and a
 * figure told in three or more editions, whose value changed, gets its values for a chart. A story whose reports stopped is in no
 * window, so it is not repeated. A pure function of the two editions' stories.
 */
public final class Continuity {

    /** The most days back the previous edition may be for its stories to be followed (a weekend and a holiday). */
    public static final int DAYS = 4;
    /** The fewest editions a figure is told in before it is drawn. */
    static final int TREND_VALUES = 3;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Continuity() {
    }

    /**
     * The edition's stories followed from {@code earlier}, the stories of the previous edition (with their
     * figures' history): the same event is recognised as the reports of one window are grouped into stories, its
     * headline and summary then against now.
     */
    public static Briefing follow(Briefing today, List<EarlierStory> earlier) {
        List<Story> stories = today.stories();
        List<StoryGrouping.Report> texts = new ArrayList<>();
        earlier.forEach(e -> texts.add(new StoryGrouping.Report(e.headline(), e.text())));
        stories.forEach(s -> texts.add(new StoryGrouping.Report(s.headline(), String.join(" ", s.summary()))));
        int[] groups = earlier.isEmpty() ? new int[0] : StoryGrouping.group(texts);
        Set<Integer> taken = new HashSet<>();
        List<Story> followed = new ArrayList<>();
        LocalDate date = today.period().date();
        for (int i = 0; i < stories.size(); i++) {
            Story story = stories.get(i);
            EarlierStory match = null;
            // In rank order, each earlier story followed once: by the highest-ranked story of its event.
            for (int j = 0; j < earlier.size() && match == null; j++) {
                if (groups[j] == groups[earlier.size() + i] && taken.add(j)) {
                    match = earlier.get(j);
                }
            }
            followed.add(match == null ? story.following(date + "/" + story.rank(), null)
                    : story.following(match.key(), development(story, match, date)));
        }
        return today.withStories(followed);
    }

    static Development development(Story story, EarlierStory before, LocalDate date) {
        Set<String> said = new HashSet<>();
        before.quotes().forEach(q -> said.add(Sameness.normalised(q)));
        List<String> fresh = story.quotes().stream().map(KeyQuote::text).filter(q -> !said.contains(Sameness.normalised(q)))
                .toList();
        List<Development.Change> changes = new ArrayList<>();
        List<Development.Trend> trends = new ArrayList<>();
        Set<String> followedLabels = new HashSet<>();
        for (KeyFigure figure : story.figures()) {
            String label = Sameness.measure(figure.counts());
            if (label.isEmpty() || Double.isNaN(figure.number()) || !followedLabels.add(label)) {
                continue;
            }
            // One value an edition: the first the edition gave for what the figure counts.
            Map<LocalDate, EarlierStory.Tracked> history = new LinkedHashMap<>();
            before.figures().stream().filter(f -> Sameness.measure(f.counts()).equals(label))
                    .forEach(f -> history.putIfAbsent(f.date(), f));
            EarlierStory.Tracked last = history.get(before.date());
            if (last != null && last.number() != figure.number()) {
                changes.add(new Development.Change(figure.counts(), figure.value(),
                        last.value() + " on " + LABEL.format(last.date())));
            }
            history.put(date, new EarlierStory.Tracked(date, figure.counts(), figure.value(), figure.number()));
            // A figure that has not moved says what the table says already: only one that changed is drawn.
            if (history.size() >= TREND_VALUES && history.values().stream().mapToDouble(EarlierStory.Tracked::number)
                    .distinct().count() > 1) {
                trends.add(trend(figure.counts(), history.values()));
            }
        }
        return new Development(before.since(), LABEL.format(before.since()), LABEL.format(before.date()), changes,
                fresh, trends);
    }

    private static Development.Trend trend(String counts, java.util.Collection<EarlierStory.Tracked> values) {
        double largest = values.stream().mapToDouble(v -> Math.abs(v.number())).max().orElse(0);
        List<Development.Point> points = values.stream().map(v -> new Development.Point(LABEL.format(v.date()),
                v.value(), largest == 0 ? 0 : (int) Math.round(100 * Math.abs(v.number()) / largest))).toList();
        return new Development.Trend(counts, points);
    }
}
