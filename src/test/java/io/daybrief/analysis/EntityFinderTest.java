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

    @Test
    void aNameStartsAfterTheWordThatOpensTheSentence() {
        List<Entity> found = entities("Since Ana Ruiz took office, the ferries have run on time. Even Harbour Logistics"
                + " agrees.");

        assertThat(found).extracting(Entity::text).contains("Ana Ruiz", "Harbour Logistics")
                .noneMatch(text -> text.startsWith("Since") || text.startsWith("Even"));
    }

    @Test
    void aNameTheTextAlsoGivesInsideASentenceIsKeptWhole() {
        List<Entity> found = entities("Shares of Under Armour fell on Monday. Under Armour said sales would recover.");

        assertThat(found).extracting(Entity::text).contains("Under Armour").doesNotContain("Armour");
    }

    @Test
    void aRunOfWordsInCapitalsIsNoName() {
        List<Entity> found = entities("Marta Quillan spoke at the quay.\n\nFERRY WORKERS WANT ANSWERS\n\nThe NATO"
                + " envoy stayed away.");

        assertThat(found).extracting(Entity::text).contains("Marta Quillan", "NATO")
                .doesNotContain("FERRY WORKERS WANT ANSWERS");
    }

    @Test
    void aRunOfWordsInCapitalsIsGivenNoQuote() {
        List<Quote> quotes = new Analyzer().analyze("Marta Quillan spoke to the crowd at the quay.\n\nFERRY WORKERS"
                + " WANT ANSWERS\n\n\"We were never told about the cracks in the hull.\"").quotes();

        assertThat(quotes).extracting(Quote::speaker).doesNotContain("FERRY WORKERS WANT ANSWERS");
    }
}
