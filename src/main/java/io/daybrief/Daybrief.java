package io.daybrief;

import io.daybrief.analysis.Analyzer;
import io.daybrief.archive.Archive;
import io.daybrief.archive.Edition;
import io.daybrief.briefing.BriefingAssembler;
import io.daybrief.briefing.BriefingDefinition;
import io.daybrief.briefing.StoredAnalyses;
import io.daybrief.config.BriefingConfig;
import io.daybrief.config.ConfigException;
import io.daybrief.config.DaybriefConfig;
import io.daybrief.event.Database;
import io.daybrief.event.EventStore;
import io.daybrief.ingest.Extraction;
import io.daybrief.ingest.Ingester;
import io.daybrief.delivery.Alerts;
import io.daybrief.delivery.EditionEmails;
import io.daybrief.delivery.Mailer;
import io.daybrief.delivery.Outbox;
import io.daybrief.render.DigestWriter;
import io.daybrief.render.EditionRenderer;
import io.daybrief.render.PdfWriter;
import io.daybrief.render.Templates;
import io.daybrief.schedule.BriefingScheduler;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The composition root: builds every part of Daybrief from the configuration, by hand, once.
 *
 * <p>Opening it checks the configuration (cron expressions included) and brings the database schema up to
 * date; closing it closes the database.
 */
public final class Daybrief implements AutoCloseable {

    private final DaybriefConfig config;
    private final Database database;
    private final EventStore events;
    private final StoredAnalyses analyses;
    private final Archive archive;
    private final Editions editions;
    private final Digests digests;
    private final Map<String, BriefingDefinition> briefings;
    private final Clock clock;
    private final io.daybrief.ingest.Sources sources;
    private final Runs runs;
    private final io.daybrief.archive.ToldStories told;

    private Daybrief(DaybriefConfig config, Clock clock) {
        io.daybrief.schedule.CronChecks.check(config);
        this.config = config;
        this.clock = clock;
        this.briefings = definitions(config.briefings());
        this.database = Database.open(config.database().url(), config.database().user(), config.database().password(),
                java.time.Duration.ofSeconds(config.database().waitSeconds()), config.database().poolSize());
        this.events = new EventStore(database, clock);
        this.archive = new Archive(config.output(), database, clock,
                Archive.Store.valueOf(config.archiveStore().toUpperCase(java.util.Locale.ROOT)));
        this.analyses = new StoredAnalyses(events, new Analyzer());
        Templates templates = new Templates(config.templates());
        PdfWriter pdf = new PdfWriter();
        DaybriefConfig.SmtpConfig smtp = config.smtp();
        Mailer mailer = new Mailer(new Mailer.Server(smtp.host(), smtp.port(), smtp.user(), smtp.password(),
                smtp.startTls(), smtp.timeoutSeconds()));
        Map<String, String> addresses = new LinkedHashMap<>();
        config.briefings().forEach(b -> addresses.put(b.name(), b.alert()));
        Alerts alerts = new Alerts(mailer, smtp.from(), addresses);
        // A live send is bounded by the mail server's time-outs (connect, each reply, writing); three of them and a
        // second more is longer than any live send can take.
        Outbox outbox = new Outbox(database, mailer, clock, Outbox.Retry.DEFAULT, alerts,
                java.time.Duration.ofSeconds(3L * smtp.timeoutSeconds() + 1));
        EditionEmails emails = new EditionEmails(archive, templates, smtp.from(), smtp.attachLimitMb() * 1024L * 1024L,
                smtp.linkBase());
        this.editions = new Editions(new BriefingAssembler(events, analyses), new EditionRenderer(templates, pdf), archive,
                new io.daybrief.archive.EditionStories(database),
                outbox, emails, events, alerts, clock);
        this.digests = new Digests(archive, new DigestWriter(templates, pdf));
        this.runs = new Runs(editions, archive, this::briefingOrFirst, config.web().maxRuns(), config.web().runQueue(),
                clock);
        this.told = new io.daybrief.archive.ToldStories(database);
        this.sources = new io.daybrief.ingest.Sources(sourceList(config.sources()), ingester(), events,
                new io.daybrief.event.SourceLog(database, clock), new io.daybrief.ingest.Fetcher(
                        java.time.Duration.ofSeconds(io.daybrief.config.SourceConfig.DEFAULT_TIMEOUT_SECONDS)), clock);
    }

    private static List<io.daybrief.ingest.Sources.Source> sourceList(List<io.daybrief.config.SourceConfig> configured) {
        return configured.stream().map(s -> new io.daybrief.ingest.Sources.Source(s.name(),
                s.kind() == io.daybrief.config.SourceConfig.Kind.INBOX, s.location(), s.cron(), s.fullText(),
                s.allowPrivate(), s.maxKb() * 1024L, java.time.Duration.ofSeconds(s.timeoutSeconds()))).toList();
    }

    /** Editions made on request in the background: the front door of "run now". */
    public Runs runs() {
        return runs;
    }

    /** What the archived editions told, and the search across them. */
    public io.daybrief.archive.ToldStories told() {
        return told;
    }

    /** Whether the database answers, within a few seconds. */
    public boolean databaseAnswers() {
        try (java.sql.Connection connection = database.connection()) {
            return connection.isValid(5);
        } catch (RuntimeException | java.sql.SQLException e) {
            return false;
        }
    }

    /** The feeds and inbox folders collected from: the front door of collecting. */
    public io.daybrief.ingest.Sources sources() {
        return sources;
    }

    /** Builds Daybrief from a checked configuration. */
    public static Daybrief open(DaybriefConfig config, Clock clock) {
        return new Daybrief(config, clock);
    }

    private static Map<String, BriefingDefinition> definitions(List<BriefingConfig> configured) {
        Map<String, BriefingDefinition> definitions = new LinkedHashMap<>();
        for (int i = 0; i < configured.size(); i++) {
            BriefingConfig b = configured.get(i);
            io.daybrief.analysis.NewsValue.Ranking ranking;
            try {
                ranking = new io.daybrief.analysis.NewsValue.Ranking(b.rankWeights(), b.favour(), b.avoid());
            } catch (IllegalArgumentException e) {
                throw new ConfigException("briefings[" + i + "].rank: " + e.getMessage());
            }
            definitions.put(b.name(), new BriefingDefinition(b.name(), b.title(), b.zone(), b.cron(), b.recipients(),
                    new BriefingDefinition.Limits(b.maxStories(), b.quotesPerStory(), b.figuresPerStory()), b.owner(),
                    b.digests().stream().map(io.daybrief.briefing.DigestKind::of).toList(),
                    io.daybrief.briefing.CatchUpPolicy.of(b.catchUp()), ranking, b.sendEmpty()));
        }
        return definitions;
    }

    public DaybriefConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public EventStore events() {
        return events;
    }

    public StoredAnalyses analyses() {
        return analyses;
    }

    public Ingester ingester() {
        return new Ingester(events, config.ingest().maxEventKb(), analyses::analyse);
    }

    public static Extraction extraction() {
        return new Extraction(new Analyzer());
    }

    public Archive archive() {
        return archive;
    }

    public Editions editions() {
        return editions;
    }

    public Digests digests() {
        return digests;
    }

    /** The configured briefings, in configuration order. */
    public List<BriefingDefinition> briefings() {
        return List.copyOf(briefings.values());
    }

    /** The briefing with this name, or an error listing the names there are. */
    public BriefingDefinition briefing(String name) {
        BriefingDefinition definition = briefings.get(name);
        if (definition == null) {
            throw new UnknownBriefingException("no briefing named '" + name + "'; configured: "
                    + String.join(", ", briefings.keySet()) + " (see briefings: in the configuration)");
        }
        return definition;
    }

    /** The briefing with this name, or the first configured one when the name is {@code null}. */
    public BriefingDefinition briefingOrFirst(String name) {
        return name == null ? briefings().get(0) : briefing(name);
    }

    /**
     * Compacts the embedded database file (see {@link Database#compact()}); Daybrief is closed after it. The
     * front door of {@code daybrief maintenance}.
     */
    public Database.Compacted compactDatabase() {
        return database.compact();
    }

    /**
     * Keeps the database for {@code serve}: other commands may use it meanwhile, and a second {@code serve} on the
     * same embedded file is refused.
     */
    public void holdForServing() {
        database.holdForServing();
    }

    /**
     * The web console and API for {@code serve}, as {@code web} configures it (the token from the configuration, else
     * from {@code DAYBRIEF_API_TOKEN}), showing {@code scheduler}'s state and next runs.
     */
    public io.daybrief.web.WebServer webServer(io.daybrief.config.WebConfig web, BriefingScheduler scheduler) {
        return new io.daybrief.web.WebServer(this, web.withTokenIfNone(System.getenv("DAYBRIEF_API_TOKEN")),
                scheduler::isRunning, scheduler::nextFireTimes);
    }

    /** A scheduler that makes every configured briefing's editions on its cron, in its zone. */
    public BriefingScheduler scheduler() {
        Map<String, String> sourceCrons = new LinkedHashMap<>();
        config.sources().forEach(s -> sourceCrons.put(s.name(), s.cron()));
        return new BriefingScheduler(briefings(), editions::makeScheduled,
                (briefing, kind, fireTime) -> digests.makeForRunAt(briefing, kind, fireTime).pdf(), editions::deliverDue,
                name -> archive.latest(name).map(Edition::periodEnd), clock, database.dataSource(), database.isPostgres())
                .collecting(sourceCrons, name -> sources.collect(name).line());
    }

    @Override
    public void close() {
        runs.close();
        database.close();
    }
}
