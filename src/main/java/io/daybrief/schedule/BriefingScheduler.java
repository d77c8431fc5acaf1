package io.daybrief.schedule;

import io.daybrief.archive.Edition;
import io.daybrief.briefing.BriefingDefinition;
import java.text.ParseException;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns Quartz: one job per briefing, fired by a cron trigger in the briefing's zone, which makes the edition
 * for the day before the fire time in that zone.
 *
 * <p>A fire that was missed while the scheduler was busy is run once, late, rather than skipped.
 */
public final class BriefingScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BriefingScheduler.class);
    private static final String MAKER = "daybrief.maker";
    private static final String BRIEFINGS = "daybrief.briefings";
    private static final String DATA_SOURCE = "daybrief";

    private final List<BriefingDefinition> briefings;
    private static final String DIGEST_MAKER = "daybrief.digests";
    /** When scheduled digests are made, in the briefing's zone: after that morning's edition. */
    static final Map<io.daybrief.briefing.DigestKind, String> DIGEST_CRONS = Map.of(
            io.daybrief.briefing.DigestKind.WEEKLY, "0 0 7 ? * MON", io.daybrief.briefing.DigestKind.MONTHLY, "0 0 7 1 * ?");

    private final EditionMaker maker;
    private final DigestMaker digests;
    private Scheduler scheduler;

    private static final String OUTBOX = "daybrief.outbox";
    /** How often the outbox is looked at for deliveries due again after a transient failure. */
    private static final int OUTBOX_SECONDS = 60;

    private final Runnable outbox;
    private final LastEdition lastEdition;
    private final java.time.Clock clock;

    /** Where the period of a briefing's last made edition ended, if it has any. */
    @FunctionalInterface
    public interface LastEdition {
        java.util.Optional<java.time.ZonedDateTime> periodEnd(String briefing);
    }

    private final javax.sql.DataSource dataSource;
    private final boolean postgres;

    private static final String COLLECTOR = "daybrief.collector";
    private Map<String, String> sourceCrons = Map.of();
    private java.util.function.Function<String, String> collect = name -> "";

    /**
     * Also collects from each source on its cron (in UTC): {@code collect} runs one round of the named source and
     * says what it did. Returns this scheduler.
     */
    public BriefingScheduler collecting(Map<String, String> crons, java.util.function.Function<String, String> collector) {
        this.sourceCrons = new java.util.LinkedHashMap<>(crons);
        this.collect = collector;
        return this;
    }

    /**
     * A scheduler whose jobs, triggers and firing history live in Daybrief's database ({@code dataSource}, whose
     * Quartz tables the migrations created), so they survive restarts; on PostgreSQL several nodes share one
     * schedule as a cluster and each run happens on one of them.
     */
    public BriefingScheduler(List<BriefingDefinition> briefings, EditionMaker maker, DigestMaker digests,
                             Runnable outbox, LastEdition lastEdition, java.time.Clock clock,
                             javax.sql.DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.briefings = List.copyOf(briefings);
        this.maker = maker;
        this.digests = digests;
        this.outbox = outbox;
        this.lastEdition = lastEdition;
        this.clock = clock;
    }

    /**
     * Makes the editions whose runs were missed while Daybrief was down, as each briefing's catch-up policy says,
     * each for its own period; making is idempotent, so an edition already made is not made again.
     */
    public void catchUp() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
        for (BriefingDefinition briefing : briefings) {
            lastEdition.periodEnd(briefing.name()).ifPresent(end -> {
                for (java.time.ZonedDateTime run : CatchUp.runsToMake(briefing, end, now)) {
                    try {
                        Edition edition = maker.makeForRunAt(briefing, run);
                        LOG.info("catch-up for {}: edition {} made for the run missed at {}", briefing.name(),
                                edition.date(), run);
                    } catch (RuntimeException e) {
                        LOG.error("catch-up for {}: the run missed at {} failed: {}", briefing.name(), run,
                                e.getMessage(), e);
                    }
                }
            });
        }
    }

    /** Why a cron expression is not valid Quartz syntax, or {@code null} when it is. */
    public static String cronProblem(String cron) {
        try {
            new CronExpression(cron);
            return null;
        } catch (ParseException e) {
            return e.getMessage();
        }
    }

    /**
     * Why a daily cron time cannot be kept in a zone, or {@code null}: a time inside the hour the clocks skip
     * when they go forward does not exist that day, and the scheduler would skip the day's edition.
     */
    public static String daylightSavingProblem(String cron, java.time.ZoneId zone) {
        String[] fields = cron.trim().split("\\s+");
        if (fields.length < 3 || !fields[1].matches("\\d{1,2}") || !fields[2].matches("\\d{1,2}")) {
            return null;
        }
        java.time.LocalTime time = java.time.LocalTime.of(Integer.parseInt(fields[2]), Integer.parseInt(fields[1]));
        java.time.Instant from = java.time.Instant.now();
        java.time.zone.ZoneOffsetTransition next = zone.getRules().nextTransition(from);
        for (int i = 0; next != null && i < 8; i++, next = zone.getRules().nextTransition(next.getInstant())) {
            java.time.LocalTime gapStart = next.getDateTimeBefore().toLocalTime();
            java.time.LocalTime gapEnd = next.getDateTimeAfter().toLocalTime();
            if (next.isGap() && !time.isBefore(gapStart) && time.isBefore(gapEnd)) {
                return time + " does not exist on " + next.getDateTimeBefore().toLocalDate() + " in " + zone
                        + ", when the clocks go forward from " + gapStart + " to " + gapEnd
                        + "; choose a time outside " + gapStart + "-" + gapEnd;
            }
        }
        return null;
    }

    /** Makes up for missed runs, then starts firing; returns once the catch-up is done. */
    public void start() {
        catchUp();
        try {
            org.quartz.utils.DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE,
                    new org.quartz.utils.ConnectionProvider() {
                        @Override
                        public java.sql.Connection getConnection() throws java.sql.SQLException {
                            return dataSource.getConnection();
                        }

                        @Override
                        public void shutdown() {
                            // the database belongs to Daybrief, which closes it
                        }

                        @Override
                        public void initialize() {
                            // nothing to set up: the pool exists already
                        }
                    });
            scheduler = new StdSchedulerFactory(properties()).getScheduler();
            scheduler.getContext().put(MAKER, maker);
            scheduler.getContext().put(DIGEST_MAKER, digests);
            scheduler.getContext().put(OUTBOX, outbox);
            scheduler.getContext().put(COLLECTOR, collect);
            scheduler.scheduleJob(JobBuilder.newJob(OutboxJob.class).withIdentity("outbox", "delivery").build(),
                    java.util.Set.of(TriggerBuilder.newTrigger().withIdentity("outbox", "delivery")
                            .startAt(new Date(System.currentTimeMillis() + OUTBOX_SECONDS * 1000L))
                            .withSchedule(org.quartz.SimpleScheduleBuilder.repeatSecondlyForever(OUTBOX_SECONDS)
                                    .withMisfireHandlingInstructionNextWithRemainingCount())
                            .build()), true);
            scheduler.getContext().put(BRIEFINGS, Map.copyOf(briefings.stream()
                    .collect(java.util.stream.Collectors.toMap(BriefingDefinition::name, b -> b))));
            forgetRemovedBriefings();
            for (BriefingDefinition briefing : briefings) {
                schedule(briefing);
                for (io.daybrief.briefing.DigestKind kind : briefing.digests()) {
                    scheduleDigest(briefing, kind);
                }
            }
            for (Map.Entry<String, String> source : sourceCrons.entrySet()) {
                scheduleSource(source.getKey(), source.getValue());
            }
            scheduler.start();
        } catch (SchedulerException e) {
            throw new ScheduleException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** Jobs kept in the database for briefings or digests no longer configured are removed at start. */
    private void forgetRemovedBriefings() throws SchedulerException {
        java.util.Set<String> briefingJobs = new java.util.HashSet<>();
        java.util.Set<String> digestJobs = new java.util.HashSet<>();
        for (BriefingDefinition briefing : briefings) {
            briefingJobs.add(briefing.name());
            briefing.digests().forEach(kind -> digestJobs.add(briefing.name() + "." + kind.word()));
        }
        forget("briefings", briefingJobs);
        forget("digests", digestJobs);
        forget("sources", sourceCrons.keySet());
    }

    /** Removes the jobs of {@code group} not named in {@code kept}. */
    private void forget(String group, java.util.Set<String> kept) throws SchedulerException {
        for (org.quartz.JobKey key : scheduler.getJobKeys(org.quartz.impl.matchers.GroupMatcher.jobGroupEquals(group))) {
            if (!kept.contains(key.getName())) {
                scheduler.deleteJob(key);
            }
        }
    }

    private void scheduleSource(String name, String cron) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(SourceJob.class).withIdentity(name, "sources")
                .usingJobData("source", name).build();
        // A missed round is not made up: the next one collects whatever arrived meanwhile.
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(name, "sources")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
        scheduler.scheduleJob(job, java.util.Set.of(trigger), true);
    }

    /** When each source is collected next, by name. */
    public Map<String, Date> nextSourceTimes() {
        return nextTimes("sources", sourceCrons.keySet());
    }

    /** When each of the named triggers of {@code group} fires next, by name ({@code null} when it never will). */
    private Map<String, Date> nextTimes(String group, java.util.Collection<String> names) {
        try {
            Map<String, Date> next = new java.util.LinkedHashMap<>();
            for (String name : names) {
                Trigger trigger = scheduler.getTrigger(org.quartz.TriggerKey.triggerKey(name, group));
                next.put(name, trigger == null ? null : trigger.getNextFireTime());
            }
            return next;
        } catch (SchedulerException e) {
            throw new ScheduleException("cannot read the triggers: " + e.getMessage(), e);
        }
    }

    /** When a cron (in UTC) fires next after {@code after}, or {@code null} when it never does again. */
    public static java.time.Instant nextRun(String cron, java.time.Instant after) {
        return nextRun(cron, java.time.ZoneOffset.UTC, after);
    }

    /** When a cron in {@code zone} fires next after {@code after}, or {@code null} when it never does again. */
    public static java.time.Instant nextRun(String cron, java.time.ZoneId zone, java.time.Instant after) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            Date next = expression.getNextValidTimeAfter(Date.from(after));
            return next == null ? null : next.toInstant();
        } catch (ParseException e) {
            throw new ScheduleException("cron '" + cron + "' is not valid: " + e.getMessage(), e);
        }
    }

    private void schedule(BriefingDefinition briefing) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(EditionJob.class)
                .withIdentity(briefing.name(), "briefings")
                .usingJobData("briefing", briefing.name())
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(briefing.name(), "briefings")
                .withSchedule(CronScheduleBuilder.cronSchedule(briefing.cron())
                        .inTimeZone(TimeZone.getTimeZone(briefing.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler.scheduleJob(job, java.util.Set.of(trigger), true);
    }

    private void scheduleDigest(BriefingDefinition briefing, io.daybrief.briefing.DigestKind kind)
            throws SchedulerException {
        String id = briefing.name() + "." + kind.word();
        JobDetail job = JobBuilder.newJob(DigestJob.class)
                .withIdentity(id, "digests")
                .usingJobData("briefing", briefing.name())
                .usingJobData("kind", kind.word())
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(id, "digests")
                .withSchedule(CronScheduleBuilder.cronSchedule(DIGEST_CRONS.get(kind))
                        .inTimeZone(TimeZone.getTimeZone(briefing.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler.scheduleJob(job, java.util.Set.of(trigger), true);
    }

    /** When each scheduled digest fires next, by "briefing.kind". */
    public Map<String, Date> nextDigestTimes() {
        return nextTimes("digests", briefings.stream()
                .flatMap(b -> b.digests().stream().map(kind -> b.name() + "." + kind.word())).toList());
    }

    /** When each briefing fires next, by name. */
    public Map<String, Date> nextFireTimes() {
        return nextTimes("briefings", briefings.stream().map(BriefingDefinition::name).toList());
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "daybrief");
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", postgres
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        // Job data is kept as strings, so what is stored never depends on Java serialisation.
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        // On PostgreSQL several nodes may share the schedule; each run then happens on one of them.
        p.setProperty("org.quartz.jobStore.isClustered", String.valueOf(postgres));
        // A fire up to a minute late (e.g. after a long GC pause) still counts as on time.
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return p;
    }

    /** Whether the scheduler has started and not been stopped. */
    public boolean isRunning() {
        try {
            return scheduler != null && scheduler.isStarted() && !scheduler.isShutdown();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** Stops firing and waits for running editions to finish. */
    @Override
    public void close() {
        if (scheduler != null) {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                throw new ScheduleException("cannot stop the scheduler: " + e.getMessage(), e);
            }
        }
    }

    /** The configured briefing a job runs for, from the scheduler's context in this process. */
    private static BriefingDefinition briefingOf(JobExecutionContext context, String name) throws SchedulerException {
        @SuppressWarnings("unchecked")
        Map<String, BriefingDefinition> all = (Map<String, BriefingDefinition>) context.getScheduler().getContext()
                .get(BRIEFINGS);
        BriefingDefinition briefing = all.get(name);
        if (briefing == null) {
            throw new SchedulerException("briefing '" + name + "' is scheduled but no longer configured");
        }
        return briefing;
    }

    /** Sends the deliveries that are due again; a thin caller of the outbox. */
    @DisallowConcurrentExecution
    public static final class OutboxJob implements Job {

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                ((Runnable) context.getScheduler().getContext().get(OUTBOX)).run();
            } catch (SchedulerException | RuntimeException e) {
                LOG.error("the outbox could not be sent: {}", e.getMessage(), e);
                throw new JobExecutionException(e);
            }
        }
    }

    /** Collects one round from one source; a thin caller of the collecting front door. */
    @DisallowConcurrentExecution
    public static final class SourceJob implements Job {

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            String name = context.getMergedJobDataMap().getString("source");
            try {
                @SuppressWarnings("unchecked")
                java.util.function.Function<String, String> collector = (java.util.function.Function<String, String>)
                        context.getScheduler().getContext().get(COLLECTOR);
                LOG.info("source {}", collector.apply(name));
            } catch (SchedulerException | RuntimeException e) {
                // The source's record says why; the next round tries again, and the other sources carry on.
                LOG.error("source {} could not be collected: {}", name, e.getMessage(), e);
            }
        }
    }

    /** Makes one briefing's scheduled digest; a thin caller of the digest front door. */
    @DisallowConcurrentExecution
    public static final class DigestJob implements Job {

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            String name = context.getMergedJobDataMap().getString("briefing");
            io.daybrief.briefing.DigestKind kind = io.daybrief.briefing.DigestKind.of(
                    context.getMergedJobDataMap().getString("kind"));
            try {
                DigestMaker maker = (DigestMaker) context.getScheduler().getContext().get(DIGEST_MAKER);
                BriefingDefinition briefing = briefingOf(context, name);
                java.nio.file.Path digest = maker.makeForRunAt(briefing, kind, context.getScheduledFireTime().toInstant()
                        .atZone(briefing.zone()));
                LOG.info("{} digest of {}: {}", kind, name, digest);
            } catch (SchedulerException | RuntimeException e) {
                LOG.error("{} digest of {} for the run at {} failed: {}", kind, name, context.getScheduledFireTime(),
                        e.getMessage(), e);
                throw new JobExecutionException(e);
            }
        }
    }

    /** Makes one briefing's edition for its fire time; a thin caller of the edition front door. */
    @DisallowConcurrentExecution
    public static final class EditionJob implements Job {

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            String name = context.getMergedJobDataMap().getString("briefing");
            try {
                EditionMaker maker = (EditionMaker) context.getScheduler().getContext().get(MAKER);
                BriefingDefinition briefing = briefingOf(context, name);
                ZonedDateTime fire = context.getScheduledFireTime().toInstant().atZone(briefing.zone());
                Edition edition = maker.makeForRunAt(briefing, fire);
                edition.warnings().forEach(w -> LOG.warn("edition {} {}: {}", name, edition.date(), w));
                LOG.info("edition {} {}: {} {} ({} stories, {} bytes)", name, edition.date(),
                        edition.replaced() ? "re-made" : "made", edition.pdf(), edition.stories(), edition.sizeBytes());
            } catch (SchedulerException | RuntimeException e) {
                LOG.error("edition {} for the run at {} failed: {}", name, context.getScheduledFireTime(), e.getMessage(), e);
                throw new JobExecutionException(e);
            }
        }
    }
}
