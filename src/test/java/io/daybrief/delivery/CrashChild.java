package io.daybrief.delivery;

import io.daybrief.Daybrief;
import io.daybrief.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;

/** A scheduled run in a process of its own, for the crash tests to kill: {@code CONFIG FIRE-TIME}. */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) {
        try (Daybrief daybrief = Daybrief.open(ConfigLoader.load(Path.of(args[0])), Clock.systemUTC())) {
            daybrief.editions().makeScheduled(daybrief.briefing("daily"), ZonedDateTime.parse(args[1]));
        }
        System.err.println("run complete");
    }
}
