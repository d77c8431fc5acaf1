package io.daybrief.briefing;

import io.daybrief.analysis.NewsValue;

import io.daybrief.analysis.Analysis;
import io.daybrief.analysis.Analyzer;
import io.daybrief.analysis.Entity;
import io.daybrief.analysis.Figure;
import io.daybrief.analysis.Quote;
import io.daybrief.event.Event;
import io.daybrief.event.EventStore;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Turns the events of one period into an edition's stories: each event analysed, scored, and the best kept
 * in rank order, with their key quotes and figures. One story per event for now.
 *
 * <p>Events are read one at a time and only the best {@code limits().stories()} candidates are held, so a day of a
 * hundred thousand events does not need their bodies in memory. Thread-safe.
 */
public final class BriefingAssembler {

    private static final DateTimeFormatter DATE_LABEL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter PUBLISHED_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter PUBLISHED_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.UK);
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(Candidate::sortTime, Comparator.reverseOrder())
            .thenComparingLong(Candidate::eventId);

    private static final int KEYWORDS = 12;

    /** Events analysed together: enough to keep every core busy, few enough to hold in memory. */
    private static final int BATCH = 64;
    private static final int ENTITIES_PER_STORY = 8;

    private final EventStore events;
    private final Analyzer analyzer;

    public BriefingAssembler(EventStore events, Analyzer analyzer) {
        this.events = events;
        this.analyzer = analyzer;
    }

    /** The edition of {@code definition} for {@code period}. */
    public Briefing assemble(BriefingDefinition definition, Period period) {
        PriorityQueue<Candidate> best = new PriorityQueue<>(BEST_FIRST.reversed());
        int[] seen = {0};
        // Events are read one at a time and analysed a batch at a time on every core: the window may hold more
        // bodies than fit in memory, and analysis is most of the cost of a day. The ranking is a total order, so
        // the stories do not depend on which thread finished first.
        List<Event> batch = new ArrayList<>(BATCH);
        Runnable rank = () -> {
            for (Candidate candidate : batch.parallelStream().map(e -> candidate(e, definition, period)).toList()) {
                best.add(candidate);
                if (best.size() > definition.limits().stories()) {
                    best.poll();
                }
            }
            batch.clear();
        };
        events.forEachPublished(period.start(), period.end(), event -> {
            seen[0]++;
            batch.add(event);
            if (batch.size() == BATCH) {
                rank.run();
            }
        });
        rank.run();
        List<Candidate> ranked = new ArrayList<>(best);
        ranked.sort(BEST_FIRST);
        List<Story> stories = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate candidate = ranked.get(i);
            stories.add(candidate.toStory(i + 1));
            sources.add(new Source("source-" + candidate.eventId(), candidate.eventId(), candidate.source(),
                    candidate.headline(), candidate.published(), candidate.url()));
            candidate.entities().forEach(name -> mentions.merge(name, 1, Integer::sum));
        }
        return new Briefing(definition.name(), definition.title(), period, DATE_LABEL.format(period.date()),
                definition.zone().getId(), stories, sources, keywords(mentions), definition.owner(), seen[0]);
    }

    /** The names most stories mention, most first, ties in name order so that the same day gives the same list. */
    private static List<String> keywords(Map<String, Integer> mentions) {
        return Counts.mostFrequent(mentions, KEYWORDS).stream().map(Map.Entry::getKey).toList();
    }

    private Candidate candidate(Event event, BriefingDefinition definition, Period period) {
        Analysis analysis = analyzer.analyze(event.body());
        BriefingDefinition.Limits limits = definition.limits();
        List<KeyQuote> quotes = keyQuotes(analysis.quotes(), event.id(), limits.quotesPerStory());
        List<KeyFigure> figures = keyFigures(analysis.figures(), event.id(), limits.figuresPerStory());
        // One report is one story, carried by one source, until reports of the same event are grouped.
        NewsValue.Score score = NewsValue.score(event.title(), event.body(), analysis, event.source(),
                event.published().hasTime() ? event.published().time().toInstant() : null, period.end().toInstant(), 1,
                definition.ranking());
        String published = event.published().hasTime()
                ? PUBLISHED_TIME.format(event.published().time().withZoneSameInstant(definition.zone()))
                : PUBLISHED_DATE.format(event.published().date());
        String sortTime = event.published().hasTime() ? event.published().time().toInstant().toString()
                : event.published().date().toString();
        List<String> entities = analysis.entities().stream().map(Entity::text).distinct().limit(ENTITIES_PER_STORY).toList();
        List<String> summary = analysis.summary().stream().map(s -> Shortened.to(s, Shortened.PASSAGE)).toList();
        return new Candidate(score, sortTime, event.id(), event.title(), event.source(), event.url(), published,
                event.dateline(), summary, quotes, figures, entities);
    }

    /**
     * The quotes most worth a reader's time: full sentences by named people first, each said once, only those
     * attributed surely enough ({@link Quote#SHOWN}).
     */
    static List<KeyQuote> keyQuotes(List<Quote> quotes, long eventId, int limit) {
        Set<String> seen = new LinkedHashSet<>();
        return quotes.stream()
                // A quotation whose speaker is a guess is left out: better no quote than one in the wrong mouth.
                .filter(q -> q.confidence() >= Quote.SHOWN)
                .filter(q -> seen.add(q.text().strip()))
                .sorted(Comparator.comparingInt(QuoteRanks::rank).reversed())
                .limit(limit)
                .sorted(Comparator.comparingInt(Quote::start))
                .map(q -> new KeyQuote(Shortened.to(q.text().strip(), Shortened.PASSAGE),
                        Shortened.to(q.speaker(), Shortened.LABEL), Shortened.to(q.speakerRole(), Shortened.LABEL), eventId))
                .toList();
    }

    /** The figures most worth a reader's time: those that say what they count, sums and shares first. */
    static List<KeyFigure> keyFigures(List<Figure> figures, long eventId, int limit) {
        return figures.stream()
                .sorted(Comparator.comparingInt(FigureRanks::rank).reversed())
                .limit(limit)
                .sorted(Comparator.comparingInt(Figure::start))
                .map(f -> new KeyFigure(Shortened.to(f.text(), Shortened.LABEL), f.counts() == null ? ""
                        : Shortened.to(f.counts(), Shortened.LABEL), Shortened.to(FigureLabels.label(f), Shortened.LABEL),
                        f.approx(), eventId))
                .toList();
    }

    private record Candidate(NewsValue.Score news, String sortTime, long eventId, String headline, String source, String url,
                             String published, String dateline, List<String> summary, List<KeyQuote> quotes,
                             List<KeyFigure> figures, List<String> entities) {

        Story toStory(int rank) {
            return new Story(rank, "story-" + rank, headline, source, url, published, dateline, summary, quotes,
                    figures, eventId, news);
        }

        double score() {
            return news.total();
        }
    }

    /** How telling a quote is: whole sentences by a named person beat fragments by descriptions. */
    private static final class QuoteRanks {
        static int rank(Quote quote) {
            int words = quote.text().strip().split("\\s+").length;
            int length = Math.min(words, 30) - Math.max(0, words - 60);
            int named = Character.isUpperCase(quote.speaker().charAt(0)) ? 10 : 0;
            return length + named;
        }
    }

    /** How useful a figure is to a reader. */
    private static final class FigureRanks {
        static int rank(Figure figure) {
            int says = figure.counts() != null ? 4 : 0;
            int kind = switch (figure.unit()) {
                case "count" -> 2;
                case "percent" -> 3;
                case "year", "month", "week", "day", "hour", "minute", "second", "times", "fraction" -> 1;
                default -> 3;
            };
            return says + kind;
        }
    }
}
