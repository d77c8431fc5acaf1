package io.daybrief.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The whole configuration.
 *
 * @param database  where events and editions are stored
 * @param output    the archive folder, where edition PDFs are written
 * @param templates the folder of user-edited templates, read before the defaults packed into the jar
 * @param smtp      the mail server that delivers editions
 * @param briefings the briefings to make, each with a unique name
 * @param ingest    limits on what is read in
 * @param sources   the feeds and inbox folders collected from on their schedules, each with a unique name
 * @param web       the web console and API of {@code serve}
 * @param archiveStore where edition and digest PDFs are kept: {@code folder}, {@code database} or {@code both}
 */
public record DaybriefConfig(DatabaseConfig database, Path output, Path templates, SmtpConfig smtp,
                             List<BriefingConfig> briefings, IngestConfig ingest, List<SourceConfig> sources,
                             WebConfig web, String archiveStore) {

    /** The places a PDF may be kept. */
    public static final java.util.Set<String> ARCHIVE_STORES = java.util.Set.of("folder", "database", "both");

    public DaybriefConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(ingest, "ingest");
        briefings = List.copyOf(briefings);
        sources = List.copyOf(sources);
        Objects.requireNonNull(web, "web");
        if (!ARCHIVE_STORES.contains(archiveStore)) {
            throw new IllegalArgumentException("archive store '" + archiveStore + "' is not one of " + ARCHIVE_STORES);
        }
    }

    /** A configuration keeping PDFs in the folder and the database. */
    public DaybriefConfig(DatabaseConfig database, Path output, Path templates, SmtpConfig smtp,
                          List<BriefingConfig> briefings, IngestConfig ingest, List<SourceConfig> sources,
                          WebConfig web) {
        this(database, output, templates, smtp, briefings, ingest, sources, web, "both");
    }

    /** A configuration with the default web console. */
    public DaybriefConfig(DatabaseConfig database, Path output, Path templates, SmtpConfig smtp,
                          List<BriefingConfig> briefings, IngestConfig ingest, List<SourceConfig> sources) {
        this(database, output, templates, smtp, briefings, ingest, sources, WebConfig.DEFAULT);
    }

    /** A configuration that collects from no sources. */
    public DaybriefConfig(DatabaseConfig database, Path output, Path templates, SmtpConfig smtp,
                          List<BriefingConfig> briefings, IngestConfig ingest) {
        this(database, output, templates, smtp, briefings, ingest, List.of());
    }

    /** A configuration with the default ingest limits. */
    public DaybriefConfig(DatabaseConfig database, Path output, Path templates, SmtpConfig smtp,
                          List<BriefingConfig> briefings) {
        this(database, output, templates, smtp, briefings, IngestConfig.DEFAULT);
    }

    /**
     * Where the database is and how to log in to it; {@code waitSeconds} is how long a command waits for another
     * that holds the same embedded file, or makes the same edition.
     */
    public record DatabaseConfig(String url, String user, String password, int waitSeconds, int poolSize) {

        public static final int DEFAULT_WAIT_SECONDS = 600;
        /** Connections a PostgreSQL pool keeps at most: enough for the scheduler, the web and a run or two. */
        public static final int DEFAULT_POOL_SIZE = 10;

        public DatabaseConfig(String url, String user, String password) {
            this(url, user, password, DEFAULT_WAIT_SECONDS);
        }

        public DatabaseConfig(String url, String user, String password, int waitSeconds) {
            this(url, user, password, waitSeconds, DEFAULT_POOL_SIZE);
        }
    }

    /** Limits on events read in: a record whose body is larger than {@code maxEventKb} kilobytes is refused. */
    public record IngestConfig(int maxEventKb) {

        public static final IngestConfig DEFAULT = new IngestConfig(512);
    }

    /**
     * The mail server; {@code from} is the sender of every edition. An edition larger than {@code attachLimitMb}
     * is sent as a link under {@code linkBase} instead of attached.
     */
    public record SmtpConfig(String host, int port, String from, String user, String password, boolean startTls,
                             int timeoutSeconds, int attachLimitMb, String linkBase) {

        public SmtpConfig(String host, int port, String from) {
            this(host, port, from, "", "", false, 30, 10, "");
        }
    }
}
