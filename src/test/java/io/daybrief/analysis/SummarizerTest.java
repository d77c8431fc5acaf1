package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Summaries that read on their own: no sentence that leans on one the summary leaves out. */
class SummarizerTest {

    @Test
    void takesASentenceThatLeansOnTheOneBeforeOnlyWithIt() {
        String text = "The Veyra harbour board voted on Monday to close the old ferry quay after the storm damage.\n\n"
                + "The harbour board said the ferry quay would stay closed until the harbour board had repaired it.\n\n"
                + "Fishermen at the market were unhappy about the noise from the ferry quay works.\n\n"
                + "They also complained that the harbour board and the ferry quay had ignored the fishermen.\n\n"
                + "Repairs to the ferry quay will cost the harbour board about $4 million.";

        List<String> summary = Summarizer.summarise(Sentences.of(text), 3);

        for (int i = 0; i < summary.size(); i++) {
            if (Summarizer.leansBack(summary.get(i))) {
                assertThat(i).as("a leaning sentence opens the summary: " + summary).isPositive();
                assertThat(summary.get(i - 1)).startsWith("Fishermen at the market");
            }
        }
        assertThat(summary).hasSize(3);
    }

    @Test
    void knowsWhichOpenersLeanBack() {
        assertThat(Summarizer.leansBack("They also come just under a month after the vote.")).isTrue();
        assertThat(Summarizer.leansBack("But the council refused.")).isTrue();
        assertThat(Summarizer.leansBack("It also emerged that the quay was unsafe.")).isTrue();
        assertThat(Summarizer.leansBack("It was a quiet night in Lusk until the alarm sounded.")).isFalse();
        assertThat(Summarizer.leansBack("The council refused.")).isFalse();
        assertThat(Summarizer.leansBack("\u201CWe refused,\u201D the council said.")).isFalse();
    }

    @Test
    void keepsALeadThatOpensWithAPronounWhoseAntecedentIsTheHeadline() {
        String text = "She has fought the harbour board for ten years, and now she is on course to run it.\n\n"
                + "Marta Quillan, a former ferry captain, leads the poll for the harbour board chair by a wide margin.\n\n"
                + "The vote on the harbour board chair will be held in Lusk on Friday after a long campaign.";

        assertThat(Summarizer.summarise(Sentences.of(text), 3)).first().asString().startsWith("She has fought");
    }
}
