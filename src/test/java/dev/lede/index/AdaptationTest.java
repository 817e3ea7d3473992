package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;

final class AdaptationTest {

  /** Two cosine terms of weights 1 and 2, in 4 and 10 of an archive of 100 articles. */
  private static final TextCosine.Query QUERY = new TextCosine.Query(
      List.of(new Term(Documents.TEXT, "dam"), new Term(Documents.TEXT, "rain")),
      new double[] {1, 2}, 0, new int[] {4, 10}, 100);

  @Test
  void concentration_everyArticleOfEveryTermACandidate_isOne() {
    // candidates 0-3 hold "dam", candidates 0-9 "rain"; candidate 0 is the article's copy
    int[] dam = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
    int[] rain = {2, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    boolean[] copies = {true, false, false, false, false, false, false, false, false, false};

    assertThat(Adaptation.concentration(QUERY, new int[][] {dam, rain}, copies))
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void concentration_weighsTermsBySquaredWeightAndCorrectsForChance() {
    // "dam": 2 of its 3 other articles are candidates; "rain": 1 of its 9; 5 candidates of 99
    int[] dam = {1, 1, 1, 0, 0, 0};
    int[] rain = {1, 1, 0, 0, 0, 0};
    boolean[] copies = {true, false, false, false, false, false};

    double raw = (1 * 2.0 / 3 + 4 * 1.0 / 9) / 5;
    double chance = 5.0 / 99;
    assertThat(Adaptation.concentration(QUERY, new int[][] {dam, rain}, copies))
        .isCloseTo((raw - chance) / (1 - chance), within(1e-12));
  }

  @Test
  void concentration_termInNoCandidate_countsAsNoneFound() {
    boolean[] copies = {false, false};
    double chance = 2.0 / 100;

    assertThat(Adaptation.concentration(QUERY, new int[][] {null, null}, copies))
        .isCloseTo(-chance / (1 - chance), within(1e-12));
  }

  @Test
  void concentration_candidatesOverHalfTheArchive_nothingToTell() {
    // 4 candidates, one a copy: 3 of the 5 other articles of a 6-article archive
    TextCosine.Query small = new TextCosine.Query(QUERY.terms(), QUERY.weights(), 0,
        new int[] {2, 3}, 6);
    int[][] freqs = {{1, 1, 0, 0}, {1, 1, 1, 0}};
    boolean[] copies = {true, false, false, false};
    TextCosine.Query larger = new TextCosine.Query(QUERY.terms(), QUERY.weights(), 0,
        new int[] {2, 3}, 7);

    assertThat(Adaptation.concentration(small, freqs, copies)).isNaN();
    assertThat(Adaptation.concentration(larger, freqs, copies)).isFinite();
    assertThat(Adaptation.of(Double.NaN)).isEqualTo(Adaptation.fixed(0));
  }

  @Test
  void of_spreadWords_wholeTopicWeightAndPlainIdf() {
    assertThat(Adaptation.of(-0.1)).isEqualTo(new Adaptation(RelatedQuery.TOPIC_WEIGHT, 1));
    assertThat(Adaptation.of(Adaptation.TOPIC_LOW))
        .isEqualTo(new Adaptation(RelatedQuery.TOPIC_WEIGHT, 1));
  }

  @Test
  void of_concentratedWords_noTopicWeightAndSquaredIdf() {
    assertThat(Adaptation.of(Adaptation.IDF_HIGH))
        .isEqualTo(new Adaptation(0, Adaptation.MAX_IDF_EXPONENT, 0, true));
    assertThat(Adaptation.of(1)).isEqualTo(new Adaptation(0, 2, 0, true));
  }

  @Test
  void of_measuredConcentration_topicNeighboursJoinWithOrWithoutATopicWeight() {
    // an event query (no topic weight) still gets its topic neighbours as candidates, for its
    // words to score; a fixed weight of 0 and an archive too small to tell get none
    for (double s : new double[] {-0.1, 0.1, Adaptation.TOPIC_HIGH, 0.47, 1}) {
      assertThat(Adaptation.of(s).neighbours()).as("concentration %s", s).isTrue();
    }
    assertThat(Adaptation.fixed(0).neighbours()).isFalse();
    assertThat(Adaptation.of(Double.NaN).neighbours()).isFalse();
    assertThat(Adaptation.fixed(RelatedQuery.TOPIC_WEIGHT).neighbours()).isTrue();
  }

  @Test
  void of_betweenThePoints_linear() {
    Adaptation a = Adaptation.of(0.2);

    // topic weight from 1 at 0.05 to 0 at 0.25; exponent from 1 at 0.15 to 2 at 0.35
    assertThat(a.topicWeight()).isCloseTo(0.25, within(1e-12));
    assertThat(a.idfExponent()).isCloseTo(1.25, within(1e-12));
    // style weight from 0 at 0.05 to the whole at 0.15, and back to 0 from 0.20 to 0.25
    assertThat(Adaptation.of(0.1).styleWeight())
        .isCloseTo(Adaptation.STYLE_WEIGHT / 2, within(1e-12));
    assertThat(Adaptation.of(0.225).styleWeight())
        .isCloseTo(Adaptation.STYLE_WEIGHT / 2, within(1e-12));
  }

  @Test
  void of_topicQueryOfMiddleConcentration_wholeStyleWeight() {
    assertThat(Adaptation.STYLE_WEIGHT).isPositive();
    for (double s : new double[] {Adaptation.STYLE_FULL, 0.18, Adaptation.STYLE_FADE}) {
      assertThat(Adaptation.of(s).styleWeight()).as("concentration %s", s)
          .isCloseTo(Adaptation.STYLE_WEIGHT, within(1e-12));
      assertThat(Adaptation.of(s).topicWeight()).as("concentration %s", s).isPositive();
    }
  }

  @Test
  void of_concentratedOrMostSpreadWords_noStyleWeight() {
    // an event's (ECB+ medians 0.47) and a large archive's subject query (Reuters 0.075 and
    // under); a fixed topic weight and an archive too small to tell: none either
    for (double s : new double[] {Adaptation.TOPIC_HIGH, 0.3, 0.47, 1, Adaptation.STYLE_FROM,
        0.01, -0.1}) {
      assertThat(Adaptation.of(s).styleWeight()).as("concentration %s", s).isZero();
    }
    assertThat(Adaptation.fixed(RelatedQuery.TOPIC_WEIGHT).styleWeight()).isZero();
    assertThat(Adaptation.of(Double.NaN).styleWeight()).isZero();
  }
}
