package io.daybrief.cli;

import io.daybrief.Daybrief;
import io.daybrief.schedule.BriefingScheduler;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code daybrief serve}: makes every briefing's editions on its schedule until stopped. */
@Command(name = "serve", description = {"Makes every briefing's editions on schedule until stopped.",
        "Each briefing fires on its cron, in its own zone; stop with Ctrl-C or SIGTERM."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Daybrief daybrief = config.open();
        daybrief.holdForServing();
        BriefingScheduler scheduler = daybrief.scheduler();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.close();
            daybrief.close();
            stopped.countDown();
        }, "daybrief-shutdown"));
        scheduler.start();
        daybrief.briefings().forEach(b -> spec.commandLine().getErr().printf("serving %s: cron '%s' in %s, next at %s%n",
                b.name(), b.cron(), b.zone(), scheduler.nextFireTimes().get(b.name()).toInstant().atZone(b.zone())));
        scheduler.nextSourceTimes().forEach((name, next) -> spec.commandLine().getErr().printf(
                "collecting %s: next at %s%n", name, next == null ? "never" : next.toInstant()));
        spec.commandLine().getErr().flush();
        stopped.await();
        return 0;
    }
}
