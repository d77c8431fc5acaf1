package io.daybrief.config;

import java.util.Objects;

/**
 * One place events are collected from on a schedule inside {@code serve}: a feed over HTTP(S) or a folder that
 * other systems drop files into.
 *
 * @param name         unique among sources; it names the events' source unless a feed entry names its own
 * @param kind         what the place is
 * @param location     the feed's URL, or the inbox folder
 * @param cron         when to collect, a Quartz cron expression in UTC
 * @param fullText     for a feed: fetch each entry's linked page and read the article from it
 * @param allowPrivate for a feed: allow addresses on this machine or a private network (off by default, so that a
 *                     feed cannot make Daybrief reach into the network it runs in)
 * @param maxKb        the largest response read, in kilobytes
 * @param timeoutSeconds how long to wait to connect and for each response
 */
public record SourceConfig(String name, Kind kind, String location, String cron, boolean fullText,
                           boolean allowPrivate, int maxKb, int timeoutSeconds) {

    /** What a source is. */
    public enum Kind { FEED, INBOX }

    public static final String FEED_CRON = "0 */15 * * * ?";
    public static final String INBOX_CRON = "0/30 * * * * ?";
    public static final int DEFAULT_MAX_KB = 5 * 1024;
    public static final int DEFAULT_TIMEOUT_SECONDS = 20;

    public SourceConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(cron, "cron");
    }
}
