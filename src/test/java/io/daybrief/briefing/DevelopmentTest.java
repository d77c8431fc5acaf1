package io.daybrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.analysis.NewsValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a developing story says has changed since the previous edition told it. */
class DevelopmentTest {

    private static final LocalDate BEFORE = LocalDate.of(2026, 5, 20);

    @Test
    void comparesATollWhateverWordsEachDayCountsItIn() {
        Story today = story(new KeyFigure("16", "death toll", "16", false, 2, 16),
                new KeyFigure("40", "people injured", "40", false, 2, 40));
        EarlierStory before = new EarlierStory("2026-05-20/1", BEFORE, BEFORE, "Ferry sinks off Veyra", "A ferry sank.",
                List.of(), List.of(new EarlierStory.Tracked(BEFORE, "bodies recovered", "3", 3),
                new EarlierStory.Tracked(BEFORE, "passengers killed", "14", 14),
                new EarlierStory.Tracked(BEFORE, "wounded", "31", 31)));

        Development development = Continuity.development(today, before, BEFORE.plusDays(1));

        assertThat(development.changes()).containsExactly(new Development.Change("death toll", "16", "14 on 20 May"),
                new Development.Change("people injured", "40", "31 on 20 May"));
    }

    private static Story story(KeyFigure... figures) {
        return new Story(1, "story-1", "Veyra ferry toll rises to 16", "Lantern Wire", null, "21 May 2026", "VEYRA",
                List.of("The toll rose to 16."), List.of(), List.of(figures), 2,
                new NewsValue.Score(1.0, Map.of(), List.of()), 1, 1, null, null, null, null);
    }
}
