package io.daybrief.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.daybrief.analysis.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer's account of what went wrong names the rule or model that decided each wrong speaker. */
class ScorerTest {

    @Test
    void namesTheRuleThatGaveAWrongSpeakerAndLeavesUnnamedLabelsToDetection() {
        Labels labels = new Labels(List.of(
                new Labels.Label("The ferry runs all winter.", "Ilse Maren", null, null, false),
                new Labels.Label("We start on Monday.", null, null, null, false)), List.of(), false);
        List<Quote> quotes = List.of(
                new Quote("The ferry runs all winter.", "Tomas Brell", null, "said", 0, 10, 0.95, "cue just after"),
                new Quote("We start on Monday.", "Pia Morrow", null, "", 20, 30, 0.4, "speaker model: previous"));

        Scorer.FileScore score = Scorer.score("ferry.txt", labels, quotes, List.of());

        assertThat(score.errors()).singleElement().asString().contains("wrong speaker Tomas Brell")
                .endsWith("[cue just after]");
        assertThat(score.row()).isEqualTo("ferry.txt: quotes tp=2 fp=0 fn=0 speaker_ok=0/1 figures unlabelled"
                + " wrong_speakers=['Ilse Maren<-Tomas Brell']");
    }
}
