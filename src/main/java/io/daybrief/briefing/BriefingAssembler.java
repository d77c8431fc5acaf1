package io.daybrief.briefing;

import io.daybrief.analysis.NewsValue;

import io.daybrief.analysis.Analysis;
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
 * Turns the events of one period into an edition's stories: the reports grouped into stories, each story ranked
 * by its best report's news value, the best kept in rank order with their key quotes and figures.
 *
 * <p>Events are read one at a time; of each only what grouping and ranking need is held (its words' ids and its
 * news value but for its story's sources), so a day of a hundred thousand events does not need their bodies or
 * analyses in memory. Thread-safe.
 */
public final class BriefingAssembler {

    private static final DateTimeFormatter DATE_LABEL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter PUBLISHED_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter PUBLISHED_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.UK);

    private static final int KEYWORDS = 12;
    /** The sentences of a report's lead, whose figures are the ones it is about. */
    private static final int LEAD_SENTENCES = 2;

    /** Events analysed together: enough to keep every core busy, few enough to hold in memory. */
    private static final int BATCH = 64;
    private static final int ENTITIES_PER_STORY = 8;

    private final EventStore events;
    private final StoredAnalyses analyses;

    public BriefingAssembler(EventStore events, StoredAnalyses analyses) {
        this.events = events;
        this.analyses = analyses;
    }

    /**
     * The edition of {@code definition} for {@code period}: the window's reports grouped into stories (reports of
     * one event are one story), each story ranked by its best report's news value with how many independent
     * sources carry it, the best kept in rank order. One pass over the window, an event at a time, reads each
     * report's headline and lead for grouping and the body value stored with its analysis for its news value;
     * then the reports of the chosen stories alone are read again, by id, for their quotes, figures and sources.
     */
    public Briefing assemble(BriefingDefinition definition, Period period) {
        Grouped grouped = group(definition, period);
        Told told = tell(definition, period, grouped, rank(definition, grouped));
        List<Candidate> ranked = told.leaders();
        Map<Integer, List<Read>> others = told.others();
        Map<Integer, String> centralTitles = told.centralTitles();
        List<Story> stories = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate candidate = ranked.get(i);
            List<Read> more = others.getOrDefault(grouped.groupOf(candidate.eventId()), List.of());
            io.daybrief.event.Published[] span = grouped.spanOf(candidate.eventId());
            // The story's headline is its most central report's: the one that tells it as most of its reports do.
            String headline = centralTitles.getOrDefault(grouped.groupOf(candidate.eventId()), candidate.headline());
            stories.add(withOtherReports(candidate, more, definition).headed(headline).toStory(i + 1,
                    grouped.reportsOf(candidate.eventId()), grouped.sourcesOf(candidate.eventId()),
                    span == null ? null : published(span[0], definition),
                    span == null ? null : published(span[1], definition)));
            sources.add(new Source("source-" + candidate.eventId(), candidate.eventId(), candidate.source(),
                    candidate.headline(), candidate.published(), candidate.url()));
            for (Event event : more.stream().map(Read::event).toList()) {
                sources.add(new Source("source-" + event.id(), event.id(), event.source(), event.title(),
                        published(event, definition), event.url()));
            }
            candidate.entities().forEach(name -> mentions.merge(name, 1, Integer::sum));
        }
        return new Briefing(definition.name(), definition.title(), period, DATE_LABEL.format(period.date()),
                definition.zone().getId(), stories, sources, keywords(mentions), definition.owner(), grouped.size());
    }

    /**
     * The chosen stories' leading reports as candidates in rank order, the other reports of each story and the
     * headline of its most central report (when that is not the leader), from the stories' reports alone.
     */
    private record Told(List<Candidate> leaders, Map<Integer, List<Read>> others, Map<Integer, String> centralTitles) {
    }

    /** The chosen stories' reports, read again by id, made into what the stories tell. */
    private Told tell(BriefingDefinition definition, Period period, Grouped grouped, List<Ranked> chosen) {
        Map<Integer, Long> leaders = new HashMap<>();
        chosen.forEach(r -> leaders.put(grouped.groupOf(r.eventId()), r.eventId()));
        Map<Integer, List<Long>> othersOf = grouped.othersOf(leaders, OTHER_REPORTS);
        List<Long> wanted = new ArrayList<>(leaders.values());
        othersOf.values().forEach(wanted::addAll);
        leaders.keySet().stream().map(group -> grouped.central().get(group)).filter(java.util.Objects::nonNull)
                .forEach(wanted::add);
        Map<Long, Candidate> leading = new HashMap<>();
        Map<Integer, List<Read>> others = new HashMap<>();
        Map<Integer, String> centralTitles = new HashMap<>();
        Map<Long, io.daybrief.event.EventStore.StoredAnalysis> made = new java.util.concurrent.ConcurrentHashMap<>();
        events.forEachOf(wanted, analyses.version(), (event, stored) -> {
            int group = grouped.groupOf(event.id());
            boolean leads = Long.valueOf(event.id()).equals(leaders.get(group));
            if (leads) {
                leading.put(event.id(), candidate(new Read(event, stored), made, definition, period,
                        grouped.sourcesOf(event.id())));
            } else if (othersOf.getOrDefault(group, List.of()).contains(event.id())) {
                others.computeIfAbsent(group, g -> new ArrayList<>()).add(new Read(event, stored));
            }
            if (!leads && Long.valueOf(event.id()).equals(grouped.central().get(group))) {
                centralTitles.put(group, event.title());
            }
        });
        analyses.store(made);
        // A chosen report deleted since it was ranked is left out.
        return new Told(chosen.stream().map(r -> leading.get(r.eventId())).filter(java.util.Objects::nonNull).toList(),
                others, centralTitles);
    }

    /**
     * Each story's best report by news value, with how many independent sources carry its story, and the best
     * {@code limits().stories()} stories in rank order. The ranking is a total order, so the stories do not depend
     * on the order reports were read or scored in.
     */
    private static List<Ranked> rank(BriefingDefinition definition, Grouped grouped) {
        int limit = definition.limits().stories();
        PriorityQueue<Ranked> best = new PriorityQueue<>(BEST_FIRST.reversed());
        Map<Integer, Ranked> bestOfGroup = new HashMap<>();
        for (int i = 0; i < grouped.windowIds().length; i++) {
            long id = grouped.windowIds()[i];
            Ranked candidate = new Ranked(grouped.values()[i].total(grouped.sourcesOf(id)),
                    sortTime(grouped.times().get(i)), id);
            int group = grouped.windowGroups()[i];
            Ranked held = bestOfGroup.get(group);
            // A story is one entry, led by its best report.
            if (held != null) {
                if (BEST_FIRST.compare(candidate, held) >= 0) {
                    continue;
                }
                best.remove(held);
            }
            best.add(candidate);
            bestOfGroup.put(group, candidate);
            if (best.size() > limit) {
                bestOfGroup.remove(grouped.groupOf(best.poll().eventId()));
            }
        }
        List<Ranked> ranked = new ArrayList<>(best);
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    /** A report as the ranking sees it: its news value, when it was published and its id. */
    private record Ranked(double score, String sortTime, long eventId) {
    }

    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(Ranked::sortTime, Comparator.reverseOrder())
            .thenComparingLong(Ranked::eventId);

    /** A report's news value but for how many independent sources carry its story. */
    private static NewsValue.Pending value(Event event, NewsValue.BodyValue body, BriefingDefinition definition,
                                           Period period) {
        return NewsValue.pending(event.title(), body, event.source(),
                event.published().hasTime() ? event.published().time().toInstant() : null,
                period == null ? null : period.end().toInstant(), definition.ranking());
    }

    private static String sortTime(io.daybrief.event.Published published) {
        return published.hasTime() ? published.time().toInstant().toString() : published.date().toString();
    }

    /**
     * The reports of the window and the story each belongs to, with how many reports and independent sources each
     * story has, and when its first and latest reports were published; and, in window order, each report's id,
     * story, publication and pending news value.
     */
    private record Grouped(Map<Long, Integer> groups, Map<Integer, Integer> sources, Map<Integer, Integer> reports,
                           Map<Integer, io.daybrief.event.Published[]> spans, Map<Integer, Long> central,
                           long[] windowIds, int[] windowGroups, List<io.daybrief.event.Published> times,
                           NewsValue.Pending[] values) {

        /**
         * The first {@code most} reports of each leader's story other than the leader, in publication order (a story
         * told a thousand times is read from its first reports: the count says the rest).
         */
        Map<Integer, List<Long>> othersOf(Map<Integer, Long> leaders, int most) {
            Map<Integer, List<Long>> others = new HashMap<>();
            for (int i = 0; i < windowIds.length; i++) {
                Long leader = leaders.get(windowGroups[i]);
                if (leader != null && leader != windowIds[i]) {
                    List<Long> more = others.computeIfAbsent(windowGroups[i], g -> new ArrayList<>());
                    if (more.size() < most) {
                        more.add(windowIds[i]);
                    }
                }
            }
            return others;
        }

        /** Its story; a report stored after the window was grouped (an ingest beside the run) is a story alone. */
        int groupOf(long eventId) {
            Integer group = groups.get(eventId);
            return group != null ? group : (int) -(eventId % Integer.MAX_VALUE) - 1;
        }

        int sourcesOf(long eventId) {
            return sources.getOrDefault(groupOf(eventId), 1);
        }

        int reportsOf(long eventId) {
            return reports.getOrDefault(groupOf(eventId), 1);
        }

        /** When its story's first and latest reports were published, or null for a story of one report. */
        io.daybrief.event.Published[] spanOf(long eventId) {
            return spans.get(groupOf(eventId));
        }

        int size() {
            return groups.size();
        }
    }

    /** The most other reports of a story read for its quotes, figures and sources list. */
    private static final int OTHER_REPORTS = 12;

    /**
     * The one pass over the window: each report's headline and lead for grouping, and its news value but for its
     * story's sources, from the body value stored with its analysis (a report without a current one is analysed
     * now, a batch at a time on every core, and its analysis stored); then the reports grouped into stories.
     */
    private Grouped group(BriefingDefinition definition, Period period) {
        // Only what grouping and ranking need is kept of each report: its words' ids, its id, its publisher's
        // number, when, and its pending news value.
        List<Long> ids = new ArrayList<>();
        List<io.daybrief.event.Published> times = new ArrayList<>();
        List<Integer> publishers = new ArrayList<>();
        List<NewsValue.Pending> values = new ArrayList<>();
        Map<String, Integer> publisherNumbers = new HashMap<>();
        io.daybrief.analysis.StoryGrouping.Builder grouping = new io.daybrief.analysis.StoryGrouping.Builder();
        // Reports without a stored body value, by their place in the window, analysed together.
        Map<Integer, Read> unvalued = new HashMap<>();
        Runnable analyseUnvalued = () -> {
            Map<Long, io.daybrief.event.EventStore.StoredAnalysis> made = new java.util.concurrent.ConcurrentHashMap<>();
            Map<Integer, NewsValue.Pending> valued = new java.util.concurrent.ConcurrentHashMap<>();
            unvalued.entrySet().parallelStream().forEach(e -> {
                Event event = e.getValue().event();
                valued.put(e.getKey(), value(event, analyses.analyseBodyValue(event.id(), event.body(), made),
                        definition, period));
            });
            analyses.store(made);
            valued.forEach(values::set);
            unvalued.clear();
        };
        events.forEachPublishedValued(period.start(), period.end(), analyses.version(), (event, stored) -> {
            ids.add(event.id());
            times.add(event.published());
            publishers.add(publisherNumbers.computeIfAbsent(event.source().strip().toLowerCase(Locale.ROOT),
                    p -> publisherNumbers.size()));
            grouping.add(event.title(), event.body());
            NewsValue.BodyValue body = NewsValue.BodyValue.read(stored);
            values.add(body == null ? null : value(event, body, definition, period));
            if (body == null) {
                unvalued.put(values.size() - 1, new Read(event, null));
                if (unvalued.size() == BATCH) {
                    analyseUnvalued.run();
                }
            }
        });
        analyseUnvalued.run();
        io.daybrief.analysis.StoryGrouping.Groups found = grouping.groups();
        int[] groups = found.group();
        Map<Long, Integer> byEvent = new HashMap<>();
        Map<Integer, Set<Integer>> publishersOf = new HashMap<>();
        for (int i = 0; i < groups.length; i++) {
            byEvent.put(ids.get(i), groups[i]);
            publishersOf.computeIfAbsent(groups[i], g -> new java.util.HashSet<>()).add(publishers.get(i));
        }
        Map<Integer, Integer> sources = new HashMap<>();
        publishersOf.forEach((group, names) -> sources.put(group, names.size()));
        Map<Integer, Integer> reports = new HashMap<>();
        Map<Integer, io.daybrief.event.Published[]> spans = new HashMap<>();
        Comparator<io.daybrief.event.Published> earlier = Comparator.comparing(p -> p.hasTime()
                ? p.time().toInstant() : p.date().atStartOfDay(period.start().getZone()).toInstant());
        for (int i = 0; i < groups.length; i++) {
            io.daybrief.event.Published at = times.get(i);
            if (reports.merge(groups[i], 1, Integer::sum) > 1) {
                io.daybrief.event.Published[] span = spans.get(groups[i]);
                span[0] = earlier.compare(at, span[0]) < 0 ? at : span[0];
                span[1] = earlier.compare(at, span[1]) > 0 ? at : span[1];
            } else {
                spans.put(groups[i], new io.daybrief.event.Published[] {at, at});
            }
        }
        reports.forEach((group, count) -> {
            if (count == 1) {
                spans.remove(group);
            }
        });
        // The most central report of each story of three or more (of two, each is as central as the other).
        Map<Integer, Long> central = new HashMap<>();
        Map<Integer, Double> best = new HashMap<>();
        for (int i = 0; i < groups.length; i++) {
            if (reports.get(groups[i]) >= CENTRAL_AMONG
                    && found.centrality()[i] > best.getOrDefault(groups[i], Double.NEGATIVE_INFINITY)) {
                best.put(groups[i], found.centrality()[i]);
                central.put(groups[i], ids.get(i));
            }
        }
        return new Grouped(byEvent, sources, reports, spans, central,
                ids.stream().mapToLong(Long::longValue).toArray(), groups, times,
                values.toArray(NewsValue.Pending[]::new));
    }

    /** An event as read from the store, with its stored analysis or null. */
    private record Read(Event event, String analysis) {
    }

    /** The fewest reports of a story whose headline is its most central report's rather than its leading one's. */
    private static final int CENTRAL_AMONG = 3;

    /**
     * The story of a candidate with what its other reports add: quotes it does not have yet, and figures it does
     * not have; a figure that counts the same thing with another value is shown beside it, with its source.
     */
    private Candidate withOtherReports(Candidate candidate, List<Read> more, BriefingDefinition definition) {
        if (more.isEmpty()) {
            return candidate;
        }
        List<KeyQuote> quotes = new ArrayList<>(candidate.quotes());
        List<KeyFigure> figures = new ArrayList<>(candidate.figures());
        Set<String> saidAlready = new java.util.HashSet<>();
        quotes.forEach(q -> saidAlready.add(Sameness.normalised(q.text())));
        Set<String> countedAlready = new java.util.HashSet<>();
        figures.forEach(f -> countedAlready.add(f.counts() + "=" + f.value()));
        Set<String> labels = new java.util.HashSet<>();
        figures.forEach(f -> labels.add(f.counts()));
        int quoteLimit = definition.limits().quotesPerStory();
        Map<Long, io.daybrief.event.EventStore.StoredAnalysis> made = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Long, Set<String>> saidBy = new java.util.LinkedHashMap<>();
        saidBy.put(candidate.eventId(), Sameness.normalised(candidate.said()));
        List<String> summary = new ArrayList<>(candidate.summary());
        for (Read read : more) {
            Candidate other = candidate(read, made, definition, null, 1);
            saidBy.put(other.eventId(), Sameness.normalised(other.said()));
            // Another report's lead joins the summary when it tells something the summary does not (a later toll),
            // with its source named: drawn from all the reports, never saying the same thing twice.
            if (!other.summary().isEmpty() && summary.size() < candidate.summary().size() + OTHER_SUMMARY
                    && Sameness.tellsSomethingNew(other.summary().get(0), summary)) {
                summary.add(other.summary().get(0) + " (" + other.source() + ")");
            }
            for (KeyQuote quote : other.quotes()) {
                if (quotes.size() < quoteLimit && saidAlready.add(Sameness.normalised(quote.text()))) {
                    quotes.add(quote);
                }
            }
            for (KeyFigure figure : other.figures()) {
                // The same figure once; the same thing counted differently by another source, always.
                if (labels.contains(figure.counts()) && countedAlready.add(figure.counts() + "=" + figure.value())) {
                    figures.add(figure);
                }
            }
        }
        analyses.store(made);
        return candidate.with(summary, carriedBy(quotes, saidBy), figures);
    }

    /** The most sentences other reports add to a story's summary. */
    private static final int OTHER_SUMMARY = 2;
    /** Each quote with the other reports that carry it too (a quote shortened for the page is its start). */
    private static List<KeyQuote> carriedBy(List<KeyQuote> quotes, Map<Long, Set<String>> saidBy) {
        List<KeyQuote> carried = new ArrayList<>();
        for (KeyQuote quote : quotes) {
            String words = Sameness.normalised(quote.text());
            List<Long> alsoIn = saidBy.entrySet().stream()
                    .filter(e -> e.getKey() != quote.eventId() && e.getValue().stream().anyMatch(s -> s.startsWith(words)))
                    .map(Map.Entry::getKey).toList();
            carried.add(quote.withAlsoIn(alsoIn));
        }
        return carried;
    }


    private static String published(Event event, BriefingDefinition definition) {
        return published(event.published(), definition);
    }

    private static String published(io.daybrief.event.Published published, BriefingDefinition definition) {
        return published.hasTime() ? PUBLISHED_TIME.format(published.time().withZoneSameInstant(definition.zone()))
                : PUBLISHED_DATE.format(published.date());
    }

    /** The names most stories mention, most first, ties in name order so that the same day gives the same list. */
    private static List<String> keywords(Map<String, Integer> mentions) {
        return Counts.mostFrequent(mentions, KEYWORDS).stream().map(Map.Entry::getKey).toList();
    }

    private Candidate candidate(Read read, Map<Long, io.daybrief.event.EventStore.StoredAnalysis> made, BriefingDefinition definition, Period period,
                                int sources) {
        Event event = read.event();
        Analysis analysis = analyses.of(event.id(), event.body(), read.analysis(), made);
        BriefingDefinition.Limits limits = definition.limits();
        int leadEnd = analysis.sentences().size() > LEAD_SENTENCES ? analysis.sentences().get(LEAD_SENTENCES).start()
                : Integer.MAX_VALUE;
        String lead = event.title() + " " + event.body().substring(0, Math.min(event.body().length(),
                leadEnd == Integer.MAX_VALUE ? event.body().length() : leadEnd));
        List<KeyQuote> quotes = keyQuotes(analysis.quotes(), lead, event.id(), limits.quotesPerStory());
        // The headline's figures are what the story is about: they count as the lead's.
        List<Figure> all = new ArrayList<>(analyses.analyzer().figures(event.title()));
        all.addAll(analysis.figures());
        List<KeyFigure> figures = keyFigures(all, leadEnd, event.id(), limits.figuresPerStory());
        // A report is scored with the number of independent sources that carry its story.
        NewsValue.Score score = value(event, NewsValue.BodyValue.of(event.body(), analysis), definition, period)
                .complete(sources);
        String published = published(event, definition);
        String sortTime = sortTime(event.published());
        List<String> entities = analysis.entities().stream().map(Entity::text).distinct().limit(ENTITIES_PER_STORY).toList();
        List<String> summary = analysis.summary().stream().map(s -> Shortened.to(s, Shortened.PASSAGE)).toList();
        // Everything the report quotes surely enough, to know which of a story's quotes it carries too.
        List<String> said = analysis.quotes().stream().filter(q -> q.confidence() >= Quote.SHOWN).map(Quote::text)
                .toList();
        return new Candidate(score, sortTime, event.id(), event.title(), event.source(), event.url(), published,
                event.dateline(), summary, quotes, figures, entities, said);
    }

    /**
     * The quotes most worth a reader's time: full sentences by named people first, each said once, only those
     * attributed surely enough ({@link Quote#SHOWN}).
     */
    static List<KeyQuote> keyQuotes(List<Quote> quotes, String lead, long eventId, int limit) {
        Set<String> seen = new LinkedHashSet<>();
        // A role the text gives a speaker at one quote is theirs at every other.
        Map<String, String> roles = new HashMap<>();
        quotes.stream().filter(q -> q.speakerRole() != null && !q.speakerRole().isBlank())
                .forEach(q -> roles.putIfAbsent(q.speaker(), q.speakerRole()));
        List<Quote> ranked = quotes.stream()
                // A quotation whose speaker is a guess is left out: better no quote than one in the wrong mouth.
                .filter(q -> q.confidence() >= Quote.SHOWN)
                .filter(q -> seen.add(q.text().strip()))
                .sorted(Comparator.comparingInt((Quote q) -> QuoteRanks.rank(q, lead)).reversed()
                        .thenComparingInt(Quote::start))
                .toList();
        // Different speakers before a second quote from the same one.
        List<Quote> chosen = new ArrayList<>();
        Set<String> speakers = new java.util.HashSet<>();
        ranked.stream().filter(q -> speakers.add(q.speaker())).limit(limit).forEach(chosen::add);
        ranked.stream().filter(q -> !chosen.contains(q)).limit(Math.max(0, limit - chosen.size())).forEach(chosen::add);
        return chosen.stream()
                .map(q -> new KeyQuote(Shortened.to(asPullQuote(q.text()), Shortened.PASSAGE),
                        Shortened.to(q.speaker(), Shortened.LABEL),
                        Shortened.to(roles.getOrDefault(q.speaker(), q.speakerRole()), Shortened.LABEL), eventId))
                .toList();
    }

    /**
     * What makes two figures one for a reader: a sum in two currencies or a measure in two systems that count the
     * same thing ("less than $10bn (£5.2bn)"); counts and shares are one only when their values are equal too.
     */
    private static String sameness(Figure f) {
        boolean exact = Set.of("count", "percent", "fraction", "times", "year", "month", "week", "day", "hour", "minute",
                "second").contains(f.unit());
        return f.counts() + "|" + (f.isMoney() ? "money" : exact ? f.unit() + "=" + f.value() : "measure");
    }

    /** A quotation as a pull quote: the comma or colon that led back into the report made a full stop. */
    public static String asPullQuote(String text) {
        String t = text.strip();
        return t.endsWith(",") || t.endsWith(";") || t.endsWith(":") ? t.substring(0, t.length() - 1) + "." : t;
    }

    /**
     * The figures the story is about, most telling first: those in its lead, tolls of harm, sums of money and
     * counts of people before durations and ages. Only figures that say what they count (no label is better than a
     * guess), and each value once.
     */
    static List<KeyFigure> keyFigures(List<Figure> figures, int leadEnd, long eventId, int limit) {
        Set<String> seen = new java.util.HashSet<>();
        List<Figure> confident = figures.stream()
                .filter(f -> f.counts() != null && FigureRanks.confident(f.counts())).toList();
        // Each figure ranked once, not at every comparison of the sort: a day ranks the figures of every report.
        Map<Figure, Integer> ranks = new java.util.IdentityHashMap<>();
        confident.forEach(f -> ranks.put(f, FigureRanks.rank(f, leadEnd)));
        return confident.stream()
                .sorted(Comparator.comparingInt((Figure f) -> ranks.get(f)).reversed().thenComparingInt(Figure::start))
                .filter(f -> seen.add(f.unit() + "=" + f.value()) & seen.add(sameness(f)))
                .limit(limit)
                .map(f -> new KeyFigure(Shortened.to(f.text(), Shortened.LABEL), Shortened.to(f.counts(), Shortened.LABEL),
                        Shortened.to(FigureLabels.withQualifier(f), Shortened.LABEL), f.approx(), eventId, f.value()))
                .toList();
    }

    private record Candidate(NewsValue.Score news, String sortTime, long eventId, String headline, String source, String url,
                             String published, String dateline, List<String> summary, List<KeyQuote> quotes,
                             List<KeyFigure> figures, List<String> entities, List<String> said) {

        Story toStory(int rank, int reports, int sources, String firstReport, String lastReport) {
            return new Story(rank, "story-" + rank, headline, source, url, published, dateline, summary, quotes,
                    figures, eventId, news, reports, sources, firstReport, lastReport, null, null);
        }

        Candidate headed(String title) {
            return new Candidate(news, sortTime, eventId, title, source, url, published, dateline, summary, quotes,
                    figures, entities, said);
        }

        Candidate with(List<String> fuller, List<KeyQuote> moreQuotes, List<KeyFigure> moreFigures) {
            return new Candidate(news, sortTime, eventId, headline, source, url, published, dateline, fuller,
                    moreQuotes, moreFigures, entities, said);
        }
    }

    /**
     * How telling a quote is: whole sentences by a named person beat fragments by descriptions, and the people the
     * story is about (named in its headline or lead) come first.
     */
    private static final class QuoteRanks {
        static int rank(Quote quote, String lead) {
            int words = quote.text().strip().split("\\s+").length;
            int length = Math.min(words, 30) - Math.max(0, words - 60);
            int named = Character.isUpperCase(quote.speaker().charAt(0)) ? 10 : 0;
            String[] names = quote.speaker().split("\\s+");
            int principal = named > 0 && lead.contains(names[names.length - 1]) ? 15 : 0;
            return length + named + principal;
        }
    }

    /** How much a figure tells a reader about the story: where it stands and what it counts. */
    private static final class FigureRanks {
        private static final Set<String> HARM = java.util.stream.Stream.concat(NewsValue.TOLL_WORDS.stream(),
                java.util.stream.Stream.of("rescued", "survivors", "homeless")).collect(java.util.stream.Collectors.toUnmodifiableSet());
        private static final Set<String> PEOPLE = Set.of("people", "persons", "residents", "workers", "passengers",
                "soldiers", "troops", "civilians", "children", "protesters", "voters", "employees", "patients",
                "students", "migrants", "refugees", "journalists", "members", "staff", "fans", "users", "customers");

        /** Words that alone say nothing of what a figure counts: "people", "percent", "grow". */
        private static final Set<String> VAGUE = Set.of("people", "percent", "number", "total", "amount", "figure",
                "times", "time", "year", "years", "grow", "rise", "fall", "cut", "pay", "paid", "spent", "raised",
                "made", "gave", "took", "said", "shows", "show", "more", "less", "others", "other", "some", "many",
                "lot", "most", "part", "rate", "level", "share", "value", "sum", "cost", "price", "away", "long");

        /** Whether a label says enough to be shown: not one vague word or one bare verb. */
        static boolean confident(String counts) {
            String[] words = counts.strip().split("\\s+");
            if (words.length > 1) {
                return true;
            }
            String word = words[0].toLowerCase(Locale.ROOT);
            return !VAGUE.contains(word) && !word.endsWith("ed") && !word.endsWith("ing") && word.length() > 2;
        }

        static int rank(Figure figure, int leadEnd) {
            int lead = figure.start() < leadEnd ? 4 : 0;
            java.util.List<String> words = List.of(figure.counts().toLowerCase(Locale.ROOT).split("\\s+"));
            int harm = words.stream().anyMatch(HARM::contains) ? 4 : 0;
            int people = words.stream().anyMatch(PEOPLE::contains) ? 2 : 0;
            int kind = switch (figure.unit()) {
                case "count" -> 1;
                case "percent" -> 2;
                case "year", "month", "week", "day", "hour", "minute", "second", "times", "fraction" -> 0;
                default -> figure.isMoney() ? 3 : 1;
            };
            return lead + harm + people + kind;
        }
    }
}
