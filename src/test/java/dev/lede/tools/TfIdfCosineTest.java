package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.tools.EvalRelatedCommand.Doc;
import dev.lede.tools.EvalRelatedCommand.Metrics;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class TfIdfCosineTest {

  private static Doc doc(String id, String text, String label) {
    return new Doc(id, null, text, true, Set.of(label), Set.of());
  }

  private static final List<Doc> CORPUS = List.of(
      doc("ferry1", "The harbour ferry ran aground near the lighthouse in thick fog.", "ferry"),
      doc("ferry2", "Fog grounded the harbour ferry again; the lighthouse keeper saw it.", "ferry"),
      doc("budget", "The city council passed its budget after a long night of votes.", "council"),
      doc("council", "Council members argued over the budget and the new tram line.", "council"),
      doc("tram", "The tram line opens next spring, the council said.", "council"));

  @Test
  void similar_ranksByCosineAndNeverTheQueryItself() {
    TfIdfCosine tfidf = TfIdfCosine.of(CORPUS);

    assertThat(tfidf.similar("ferry1", 10)).containsExactly("ferry2");
    assertThat(tfidf.similar("budget", 10)).startsWith("council").doesNotContain("budget");
    assertThat(tfidf.similar("council", 1)).hasSize(1);
  }

  @Test
  void similar_rareSharedTermsOutweighCommonOnes() {
    // "council" is in three of five documents, "tram line" in two: the tram story is nearer
    TfIdfCosine tfidf = TfIdfCosine.of(CORPUS);

    assertThat(tfidf.similar("council", 2)).containsExactly("tram", "budget");
  }

  @Test
  void similar_unknownId_throws() {
    TfIdfCosine tfidf = TfIdfCosine.of(CORPUS);

    assertThatThrownBy(() -> tfidf.similar("nope", 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
  }

  @Test
  void of_duplicateIds_throws() {
    assertThatThrownBy(() -> TfIdfCosine.of(List.of(CORPUS.get(0), CORPUS.get(0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
  }

  @Test
  void evaluate_scoresTheBaselineWithTheSameMetricsAsLede() throws Exception {
    TfIdfCosine tfidf = TfIdfCosine.of(CORPUS);

    Metrics m = EvalRelatedCommand.evaluate(CORPUS, CORPUS, q -> tfidf.similar(q.id(), 10));

    // every first suggestion shares the query's label: MRR 1; at most 2 relevant of 5 slots
    assertThat(m.mrr()).isEqualTo(1.0);
    assertThat(m.p5()).isEqualTo((1 + 1 + 2 + 2 + 2) / 25.0);
  }
}
