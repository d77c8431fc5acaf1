package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityFinderTest {

    private static List<Entity> entities(String text) {
        return new Analyzer().analyze(text).entities();
    }

    @Test
    void mergesASurnameIntoTheFullName() {
        List<Entity> found = entities("Foreign Minister Abbas Rahimi arrived on Monday. Later Rahimi met envoys.");

        assertThat(found).filteredOn(e -> e.text().contains("Rahimi"))
                .containsExactly(new Entity("Abbas Rahimi", "person"));
    }

    @Test
    void tellsPeopleOrganisationsAndPlacesApart() {
        List<Entity> found = entities("Talks in Muscat ended late. The Harbour Workers Union said Ana Ruiz would"
                + " attend, and Ana Ruiz told reporters she agreed.");

        assertThat(found).contains(new Entity("Muscat", "place"), new Entity("Harbour Workers Union", "organisation"),
                new Entity("Ana Ruiz", "person"));
        assertThat(found).filteredOn(e -> e.text().equals("Ana Ruiz")).hasSize(1);
    }
}
