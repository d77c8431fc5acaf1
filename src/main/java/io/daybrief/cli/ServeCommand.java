package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.schedule.BriefingScheduler;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code daybrief serve}: makes every briefing's editions on its schedule until stopped. */
@Command(name = "serve", description = {"Makes every briefing's editions on schedule until stopped, collects from"
        + " the sources, and serves the web console and API.",
        "Each briefing fires on its cron, in its own zone; stop with Ctrl-C or SIGTERM."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @picocli.CommandLine.Option(names = "--port", paramLabel = "N", description = "The web console's port"
            + " (default: web.port, 8080).")
    private Integer port;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Daybrief daybrief = config.open();
        daybrief.holdForServing();
        int shared = daybrief.archive().shareLocalEditions();
        if (shared > 0) {
            spec.commandLine().getErr().printf("copied %d editions' PDFs into the database for the other nodes%n", shared);
        }
        BriefingScheduler scheduler = daybrief.scheduler();
        io.daybrief.config.WebConfig web = port == null ? daybrief.config().web() : daybrief.config().web().withPort(port);
        io.daybrief.web.WebServer console = daybrief.webServer(web, scheduler);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            console.close();
            scheduler.close();
            daybrief.close();
            stopped.countDown();
        }, "daybrief-shutdown"));
        scheduler.start();
        int listening = console.start();
        spec.commandLine().getErr().printf("web console at http://%s:%d/%n", web.host(), listening);
        daybrief.briefings().forEach(b -> spec.commandLine().getErr().printf("serving %s: cron '%s' in %s, next at %s%n",
                b.name(), b.cron(), b.zone(), scheduler.nextFireTimes().get(b.name()).toInstant().atZone(b.zone())));
        scheduler.nextSourceTimes().forEach((name, next) -> spec.commandLine().getErr().printf(
                "collecting %s: next at %s%n", name, next == null ? "never" : next.toInstant()));
        spec.commandLine().getErr().flush();
        stopped.await();
        return 0;
    }
}
