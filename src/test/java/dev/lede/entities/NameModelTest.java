package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;

final class NameModelTest {

  private static final List<String> OUTCOMES = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC");
  private static final List<String> TYPES = TaggedSentence.TYPES;

  /**
   * A classifier with scripted probabilities per token (in {@link #OUTCOMES} order), read from
   * the "pow=" feature that {@link NameModel#context} adds; unknown tokens are "O".
   */
  private record Scripted(Map<String, double[]> byToken) implements MaxentModel {
    @Override
    public double[] eval(String[] context, double[] probs) {
      String token = Arrays.stream(context).filter(f -> f.startsWith("pow="))
          .map(f -> f.substring(f.indexOf(',') + 1)).findFirst().orElseThrow();
      double[] p = byToken.getOrDefault(token, new double[] {1, 0, 0, 0, 0});
      System.arraycopy(p, 0, probs, 0, p.length);
      return probs;
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[OUTCOMES.size()]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return eval(context);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getOutcome(int i) {
      return OUTCOMES.get(i);
    }

    @Override
    public int getIndex(String outcome) {
      return OUTCOMES.indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return OUTCOMES.size();
    }
  }

  private static List<List<Integer>> find(Map<String, double[]> script, String... tokens) {
    String[][] extra = new String[tokens.length][0];
    List<List<Integer>> out = new ArrayList<>();
    for (int[] span : new NameModel(new Scripted(script)).find(tokens, extra, TYPES)) {
      out.add(List.of(span[0], span[1], span[2]));
    }
    return out;
  }

  @Test
  void find_spansOfEachType_lastOneClosedAtTheSentenceEnd() {
    Map<String, double[]> script = Map.of(
        "nadia", new double[] {0.1, 0.8, 0.1, 0, 0},
        "osei", new double[] {0.1, 0.1, 0.7, 0.1, 0},
        "accra", new double[] {0.2, 0, 0, 0.7, 0.1});

    assertThat(find(script, "Nadia", "Osei", "left", "Accra"))
        .containsExactly(List.of(0, 2, 0), List.of(3, 4, 1));
  }

  @Test
  void find_insideTagAfterOutside_isNotAllowed() {
    // "Osei" alone would be I-PER; after "met" (O) the best allowed label is B-PER.
    Map<String, double[]> script = Map.of("osei", new double[] {0.1, 0.3, 0.6, 0, 0});

    assertThat(find(script, "met", "Osei")).containsExactly(List.of(1, 2, 0));
    assertThat(find(script, "Osei")).containsExactly(List.of(0, 1, 0));
  }

  @Test
  void find_insideTagOfAnotherType_isNotAllowed() {
    Map<String, double[]> script = Map.of(
        "nadia", new double[] {0, 0.9, 0.1, 0, 0},
        "accra", new double[] {0.1, 0, 0.1, 0.3, 0.5});

    assertThat(find(script, "Nadia", "Accra"))
        .containsExactly(List.of(0, 1, 0), List.of(1, 2, 1));
  }

  @Test
  void find_beginAfterBegin_startsAnotherName() {
    Map<String, double[]> script = Map.of(
        "nadia", new double[] {0, 0.9, 0.1, 0, 0},
        "kofi", new double[] {0, 0.6, 0.4, 0, 0});

    assertThat(find(script, "Nadia", "Kofi", "spoke"))
        .containsExactly(List.of(0, 1, 0), List.of(1, 2, 0));
  }

  @Test
  void find_twoLabelsEquallyLikely_theEarlierOutcomeWins() {
    // "O" and "B-PER" tie for "Osei", "B-PER" and "B-LOC" for "Tamale": the outcome listed
    // first is taken, so "Osei" is no name and "Tamale" a person.
    Map<String, double[]> script = Map.of(
        "osei", new double[] {0.4, 0.4, 0.2, 0, 0},
        "tamale", new double[] {0.1, 0.4, 0.1, 0.4, 0});

    assertThat(find(script, "Osei", "visited", "Tamale"))
        .containsExactly(List.of(2, 3, 0));
  }

  @Test
  void find_noTokens_noSpans() {
    assertThat(find(Map.of())).isEmpty();
    assertThat(find(Map.of(), "rain", "fell")).isEmpty();
  }

  @Test
  void context_generatorFeaturesThenExtraThenPreviousLabel() {
    AdaptiveFeatureGenerator generator = NameModel.generator();
    String[] tokens = {"Nadia", "Osei", "left"};
    String[][] extra = {{"pos=PROPN"}, {"pos=PROPN", "gaz=PER"}, {"pos=VERB"}};
    List<String> buffer = new ArrayList<>(List.of("stale"));

    String[] first = NameModel.context(generator, tokens, extra, 1, "B-PER", buffer);
    String[] again = NameModel.context(generator, tokens, extra, 1, "B-PER", buffer);

    assertThat(again).containsExactly(first);
    assertThat(first).contains("w=osei").doesNotContain("stale");
    assertThat(Arrays.asList(first).subList(first.length - 4, first.length))
        .containsExactly("pos=PROPN", "gaz=PER", "po=B-PER", "pow=B-PER,osei");
  }
}
