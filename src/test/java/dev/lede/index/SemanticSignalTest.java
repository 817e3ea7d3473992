package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lede.ArticleAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SemanticSignalTest {

  /** The same story told twice in other words, beside the bundled samples. */
  private static final String KYIV = Fixtures.RETOLD_FIRST;
  private static final String GRID = Fixtures.RETOLD_SECOND;
  private static Map<String, ArticleAnalysis> articles;

  @BeforeAll
  static void analyse() {
    articles = new LinkedHashMap<>(Fixtures.samples());
    articles.putAll(Fixtures.retoldStory());
  }

  private static float[] vector(String text) {
    return TopicVectors.shared().of(Arrays.asList(text.split("\\s+")));
  }

  @Test
  void of_sameTopicInOtherWords_isCloserThanAnotherTopic() {
    float[] cuts = vector("power cuts across Kyiv after drone strikes on power stations");
    float[] grid = vector("Ukraine's grid hit again , blackouts in the capital");
    float[] football = vector("the club signed a new striker before the cup final");

    assertThat(TopicVectors.cosine(cuts, grid))
        .isGreaterThan(TopicVectors.cosine(cuts, football) + 0.2f);
  }

  @Test
  void of_unitLengthAndCaseBlind() {
    float[] lower = vector("central bank raises interest rates");
    float[] upper = vector("CENTRAL BANK RAISES INTEREST RATES");

    double norm = 0;
    for (float x : lower) {
      norm += x * x;
    }
    assertThat(norm).isCloseTo(1.0, within(1e-5));
    assertThat(upper).containsExactly(lower);
    assertThat(lower).hasSize(TopicVectors.shared().dimension());
  }

  @Test
  void of_noKnownWord_isNull() {
    assertThat(TopicVectors.shared().of(List.of())).isNull();
    assertThat(vector("2024 , 17 : 45 %")).isNull();
    assertThat(vector("\uD83D\uDE00 \uD800 xqzvbnmwq")).isNull();
  }

  @Test
  void related_topicWeight_findsTheStoryToldInOtherWords() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      articles.forEach((id, a) -> add(index, id, a));
      index.commit();

      // The two share no telling word: by words alone the other story is not suggested at all.
      List<RelatedArticle> lexical = index.related(KYIV, RelatedQuery.builder().limit(10)
          .topicWeight(0).build());
      List<RelatedArticle> topical = index.related(KYIV, RelatedQuery.builder().limit(10)
          .topicWeight(RelatedQuery.TOPIC_WEIGHT).build());

      assertThat(lexical).noneMatch(RelatedArticle::similarTopic);
      assertThat(lexical).extracting(RelatedArticle::id).doesNotContain(GRID);
      assertThat(topical).as(topical + " / " + lexical).anySatisfy(r -> {
        assertThat(r.id()).isEqualTo(GRID);
        assertThat(r.similarTopic()).isTrue();
      });
    }
  }

  @Test
  void related_reopenedIndex_keepsItsTopicVectors(@TempDir Path dir) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer())) {
      articles.forEach((id, a) -> add(index, id, a));
    }
    // opened again, the index of this version is known to hold topic vectors
    try (ArticleIndex reopened = ArticleIndex.open(dir, Fixtures.analyzer())) {
      assertThat(reopened.related(KYIV, RelatedQuery.builder().limit(10)
          .topicWeight(RelatedQuery.TOPIC_WEIGHT).build()))
          .anySatisfy(r -> assertThat(r.id()).isEqualTo(GRID));
    }
  }

  @Test
  void related_indexWithoutTopicVectors_ranksByWordsAlone(@TempDir Path dir) throws IOException {
    // An index of format 2, written before topic vectors existed: the topic weight is ignored
    // rather than favouring the articles added since.
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
            new org.apache.lucene.index.IndexWriterConfig(Documents.analyzer()))) {
      for (Map.Entry<String, ArticleAnalysis> e : articles.entrySet()) {
        if (!e.getKey().equals(GRID)) {
          org.apache.lucene.document.Document doc =
              Documents.toDocument(e.getKey(), e.getValue(), Documents.analyzer());
          doc.removeFields(Documents.VECTOR);
          w.addDocument(doc);
        }
      }
      w.setLiveCommitData(Map.of(LuceneArchive.FORMAT_KEY, "2").entrySet());
      w.commit();
    }
    try (ArticleIndex legacy = ArticleIndex.open(dir, Fixtures.analyzer())) {
      legacy.add(GRID, articles.get(GRID));
      legacy.commit();
      RelatedQuery topical = RelatedQuery.builder().limit(3)
          .topicWeight(RelatedQuery.TOPIC_WEIGHT).build();

      assertThat(legacy.related(KYIV, topical)).extracting(RelatedArticle::id)
          .isEqualTo(legacy.related(KYIV, RelatedQuery.builder().limit(3).topicWeight(0)
              .build()).stream()
              .map(RelatedArticle::id).toList())
          .doesNotContain(GRID);
    }
  }

  @Test
  void blend_gainEqualToTheScore_isTopicalAndNoGainNeverIs() {
    // best 2; cosine 1 gives the whole weight of the best score, 2; cosine 0.5 (the floor) 0
    SemanticSignal.Blended b = SemanticSignal.blend(new org.apache.lucene.search.ScoreDoc[] {
        new org.apache.lucene.search.ScoreDoc(3, 2f), new org.apache.lucene.search.ScoreDoc(5, 0f)},
        new float[] {1f, 0.5f}, 1.0, -1);

    assertThat(b.hits()).extracting(d -> d.doc + ":" + d.score).containsExactly("3:4.0", "5:0.0");
    assertThat(b.topical()).containsExactly(3);
  }

  @Test
  void scored_neighbourNoWordScores_isLeftOutAndTheOrderKept() {
    org.apache.lucene.search.ScoreDoc[] ranked = {new org.apache.lucene.search.ScoreDoc(7, 3f),
        new org.apache.lucene.search.ScoreDoc(2, 1f), new org.apache.lucene.search.ScoreDoc(4, 0f)};

    assertThat(SemanticSignal.scored(ranked)).extracting(d -> d.doc).containsExactly(7, 2);
  }

  @Test
  void related_articleWithoutAVectorBeforeOneWithIt_leavesItsCosineAlone() throws IOException {
    // "Qorvexa" and "Blintrop" are in no vector's vocabulary: the first article has no vector
    ArticleAnalysis query = Fixtures.analyzer().analyze(dev.lede.extract.Article.ofBody("Qorvexa harbour",
        "Qorvexa Blintrop dockers struck at the harbour as cranes stood idle over the ships."));
    ArticleAnalysis noVector = Fixtures.analyzer().analyze(dev.lede.extract.Article.ofBody("Qorvexa",
        "Qorvexa Blintrop Qorvexa Blintrop."));
    ArticleAnalysis withVector = Fixtures.analyzer().analyze(dev.lede.extract.Article.ofBody(
        "Port strike", "Qorvexa Blintrop port workers walked out, leaving freighters unloaded."));
    assertThat(TopicVectors.shared().of(List.of("Qorvexa", "Blintrop"))).isNull();
    RelatedQuery topical = RelatedQuery.builder().limit(10)
        .topicWeight(RelatedQuery.TOPIC_WEIGHT).build();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (boolean vectorFirst : new boolean[] {true, false}) {
      try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
        articles.forEach((id, a) -> add(index, id, a));
        add(index, "query", query);
        // added one after the other, the two are neighbours in the same segment
        add(index, vectorFirst ? "with" : "without", vectorFirst ? withVector : noVector);
        add(index, vectorFirst ? "without" : "with", vectorFirst ? noVector : withVector);
        index.commit();
        List<RelatedArticle> related = index.related("query", topical);
        assertThat(related).extracting(RelatedArticle::id).contains("with", "without");
        scores.put(vectorFirst ? "vector first" : "vector second", related.stream()
            .filter(r -> r.id().equals("with")).findFirst().orElseThrow().score());
      }
    }

    assertThat(scores.get("vector second")).isEqualTo(scores.get("vector first"));
  }

  private static void add(ArticleIndex index, String id, ArticleAnalysis a) {
    try {
      index.add(id, a);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
