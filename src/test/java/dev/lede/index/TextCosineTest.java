package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.lede.ArticleAnalysis;
import java.nio.file.Path;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TextCosineTest {

  /** Statistics of an archive of ten articles with the given document frequencies. */
  private static TermStatistics tenArticles(Map<String, Integer> docFreqs) {
    return new TermStatistics() {
      @Override
      public int numDocs() {
        return 10;
      }

      @Override
      public long docCount(String field) {
        return 10;
      }

      @Override
      public Map<Term, Integer> docFreqs(Collection<Term> terms) {
        Map<Term, Integer> out = new HashMap<>();
        for (Term t : terms) {
          Integer df = docFreqs.get(t.text());
          if (df != null) {
            out.put(t, df);
          }
        }
        return out;
      }
    };
  }

  @Test
  void length_isTheNormOfDampedFrequencies() {
    double expected = Math.sqrt(1 + Math.pow(1 + Math.log(2), 2) + Math.pow(1 + Math.log(4), 2));

    assertThat(TextCosine.length(Map.of("ferry", 1, "fog", 2, "harbour", 4)))
        .isEqualTo((float) expected);
    assertThat(TextCosine.length(Map.of())).isZero();
  }

  @Test
  void length_doesNotDependOnTheMapsOrder() {
    Map<String, Integer> a = new LinkedHashMap<>();
    Map<String, Integer> b = new LinkedHashMap<>();
    String[] words = {"zeta", "alpha", "mid", "beta", "omega", "kappa"};
    for (int i = 0; i < words.length; i++) {
      a.put(words[i], i + 1);
      b.put(words[words.length - 1 - i], words.length - i);
    }

    assertThat(Float.floatToIntBits(TextCosine.length(a)))
        .isEqualTo(Float.floatToIntBits(TextCosine.length(b)));
  }

  @Test
  void length_termsWhoseSumDependsOnTheOrder_addedInStringOrder() {
    // Frequencies found by a search so that adding the squares in the order of "order" rounds
    // the float's last bit the other way (16.23234) from adding them in String order.
    int[] freqs = {9, 7, 4, 4, 7, 7, 8, 1, 615_614};
    int[] order = {8, 7, 3, 5, 6, 2, 1, 4, 0};
    Map<String, Integer> inStringOrder = new LinkedHashMap<>();
    Map<String, Integer> inOtherOrder = new LinkedHashMap<>();
    for (int i = 0; i < freqs.length; i++) {
      inStringOrder.put("t" + i, freqs[i]);
      inOtherOrder.put("t" + order[i], freqs[order[i]]);
    }

    assertThat(TextCosine.length(inStringOrder)).isEqualTo(16.232338f);
    assertThat(TextCosine.length(inOtherOrder)).isEqualTo(16.232338f);
  }

  @Test
  void query_keepsTermsTheArchiveHoldsInStringOrderWeightedByIdf() throws IOException {
    Map<String, Integer> freqs = new LinkedHashMap<>();
    freqs.put("tram", 3);
    freqs.put("unseen", 2);
    freqs.put("council", 1);
    freqs.put("the", 5);

    TextCosine.Query q = TextCosine.query(freqs,
        tenArticles(Map.of("tram", 2, "council", 5, "the", 10)), 0);

    // "unseen" is in no article, "the" in every one: neither can tell candidates apart
    assertThat(q.terms()).extracting(Term::text).containsExactly("council", "tram");
    assertThat(q.terms()).extracting(Term::field).containsOnly(Documents.TEXT);
    assertThat(q.weights()[0]).isCloseTo(Math.log(10.0 / 5), within(1e-12));
    assertThat(q.weights()[1]).isCloseTo((1 + Math.log(3)) * Math.log(10.0 / 2), within(1e-12));
  }

  @Test
  void withIdfExponent_raisesEveryTermsIdf_oneKeepsTheQuery() throws IOException {
    TextCosine.Query q = TextCosine.query(Map.of("tram", 3, "council", 1),
        tenArticles(Map.of("tram", 2, "council", 5)), 0);

    TextCosine.Query squared = q.withIdfExponent(2);

    assertThat(q.withIdfExponent(1)).isSameAs(q);
    assertThat(q.docFreqs()).containsExactly(5, 2);
    assertThat(q.docCount()).isEqualTo(10);
    assertThat(squared.terms()).isEqualTo(q.terms());
    assertThat(squared.weights()[0]).isCloseTo(Math.pow(Math.log(10.0 / 5), 2), within(1e-12));
    assertThat(squared.weights()[1])
        .isCloseTo((1 + Math.log(3)) * Math.pow(Math.log(10.0 / 2), 2), within(1e-12));
  }

  @Test
  void blend_addsTheCosineAsAShareOfTheBestScore() {
    float[] scores = {2f, 1f, 0.5f};

    // cosines 0, 0.75 (the best) and 0.375
    TextCosine.blend(scores, new double[] {0, 3, 3}, new float[] {1, 4, 8}, new boolean[3], 1f);

    assertThat(scores).containsExactly(2f, 3f, 1.5f);
  }

  @Test
  void blend_weightScalesTheSignal() {
    float[] scores = {4f, 2f};

    TextCosine.blend(scores, new double[] {1, 1}, new float[] {1, 2}, new boolean[2], 0.5f);

    assertThat(scores).containsExactly(6f, 3f);
  }

  @Test
  void blend_copiesOfTheArticleDoNotSetTheScale() {
    float[] scores = {9f, 2f, 1f};

    // the copy's score 9 and cosine 1 are left out of the maxima: best 2, best cosine 0.5
    TextCosine.blend(scores, new double[] {1, 0.5, 0.25}, new float[] {1, 1, 1},
        new boolean[] {true, false, false}, 1f);

    assertThat(scores).containsExactly(13f, 4f, 2f);
  }

  @Test
  void isCopy_withinThreeBitsOfTheArticlesSimHash() {
    TextCosine.Query q = new TextCosine.Query(List.of(), new double[0], 0b1111_0000L);
    TextCosine.Query notDeduplicating = new TextCosine.Query(List.of(), new double[0], 0);

    assertThat(q.isCopy(0b1111_0111L)).isTrue();
    assertThat(q.isCopy(0b1111_1111L)).isFalse();
    assertThat(q.isCopy(0)).isFalse();
    assertThat(notDeduplicating.isCopy(0b1111_0000L)).isFalse();
  }

  @Test
  void blend_nothingShared_leavesScores() {
    float[] scores = {3f, 1f};

    TextCosine.blend(scores, new double[] {0, 0}, new float[] {2, 0}, new boolean[2], 1f);

    assertThat(scores).containsExactly(3f, 1f);
  }

  @Test
  void related_storyToldInTheSameWordsOutranksOneSharingOnlyTheMostRepeatedWords()
      throws IOException {
    // The clauses boost the query's words by their frequency there, so "Marlin" (six times)
    // alone puts the club story first; the cosine damps frequencies and weighs every word, and
    // three shared words of the event win (without the cosine: same-name 0.388, same-words 0.324)
    Story query = Story.of("Stranded",
        "Marlin, Marlin, Marlin: the Marlin is stuck again, the Marlin waits, the Marlin sits."
            + " Passengers waited on deck while fog, tide and tugs decided.");
    Story sameWords = Story.of("Evening",
        "Passengers waited on deck at dusk, as everyone expected.");
    Story sameName = Story.of("Anglers",
        "Marlin owners meet tonight at the yacht club bar downtown, members said.");
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      index.add("same-words", sameWords.analysis());
      index.add("same-name", sameName.analysis());
      index.add("query", query.analysis());

      List<RelatedArticle> related = index.related("query", RelatedQuery.of(5));

      assertThat(related).extracting(RelatedArticle::id)
          .containsExactly("same-words", "same-name");
    }
  }

  @Test
  void related_indexWithoutStoredLengthsRanksTheSameFromTermVectors(@TempDir Path dir)
      throws IOException {
    // An index written before the lengths were stored: they are computed from term vectors.
    Map<String, ArticleAnalysis> articles = Fixtures.samples();
    Fixtures.samplesIndexWithout(dir, Documents.TEXT_NORM);
    try (ArticleIndex legacy = ArticleIndex.open(dir, Fixtures.analyzer());
        ArticleIndex current = ArticleIndex.inMemory(Fixtures.analyzer())) {
      for (Map.Entry<String, ArticleAnalysis> e : articles.entrySet()) {
        current.add(e.getKey(), e.getValue());
      }
      for (String id : List.of("riksbank-cuts-rate", "nordic-cup-final", "lumora-recall")) {
        assertThat(legacy.related(id, 5)).as(id).isNotEmpty()
            .usingRecursiveFieldByFieldElementComparator()
            .containsExactlyElementsOf(current.related(id, 5));
      }
    }
  }
}
