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
 */
public record DaybriefConfig(DatabaseConfig database, Path output, Path templates, SmtpConfig smtp,
                             List<BriefingConfig> briefings) {

    public DaybriefConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(smtp, "smtp");
        briefings = List.copyOf(briefings);
    }

    /** Where the database is and how to log in to it. */
    public record DatabaseConfig(String url, String user, String password) {
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
