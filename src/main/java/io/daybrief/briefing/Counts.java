package io.daybrief.briefing;

import java.util.List;
import java.util.Map;

/** Ranking of counted names, as editions and digests list the people and places they are most about. */
public final class Counts {

    private Counts() {
    }

    /**
     * The {@code limit} entries with the highest counts, highest first, ties in name order so that the same
     * counts always give the same list.
     */
    public static List<Map.Entry<String, Integer>> mostFrequent(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .toList();
    }
}
