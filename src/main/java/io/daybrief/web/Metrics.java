package io.daybrief.web;

import io.daybrief.Activity;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The metrics {@code /metrics} serves in Prometheus's text format (it owns Micrometer): editions made and failed
 * and the time making them took, in this process; deliveries by outcome and events stored, from the database,
 * so every node reports the same.
 */
final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    // Micrometer holds what it reads weakly: these keep the readers alive as long as the metrics.
    private final Activity activity;
    private final Supplier<Map<String, Long>> deliveries;
    private final Supplier<Long> events;

    Metrics(Activity activity, Supplier<Map<String, Long>> deliveries, Supplier<Long> events) {
        this.activity = activity;
        this.deliveries = deliveries;
        this.events = events;
        FunctionCounter.builder("daybrief_editions_made", activity, Activity::editionsMade)
                .description("Editions made by this process").register(registry);
        FunctionCounter.builder("daybrief_editions_failed", activity, Activity::editionsFailed)
                .description("Editions this process failed to make").register(registry);
        FunctionTimer.builder("daybrief_edition_make", activity, Activity::editionsMade, Activity::makeSeconds,
                TimeUnit.SECONDS).description("Time taken to make editions").register(registry);
        for (String outcome : new String[] {"pending", "sending", "sent", "failed"}) {
            Gauge.builder("daybrief_deliveries", deliveries, d -> d.get().getOrDefault(outcome, 0L))
                    .tag("status", outcome).description("Deliveries by status").register(registry);
        }
        FunctionCounter.builder("daybrief_events_ingested", events, e -> e.get())
                .description("Events stored").register(registry);
    }

    /** The Prometheus text exposition of every metric. */
    String scrape() {
        return registry.scrape();
    }
}
