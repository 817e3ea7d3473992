package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * {@link SemanticSignal}'s arithmetic on a small index of two-dimensional topic vectors written
 * here, in two segments: doc 0 (1, 0), doc 1 no vector | doc 2 (0.8, 0.6), doc 3 (0, 1),
 * doc 4 (0.6, 0.8). The query vector is (1, 0), so the cosines are 1, none, 0.8, 0, 0.6.
 */
final class SemanticBlendTest {

  private static final float[] QUERY = {1f, 0f};

  /** An index of these vectors (null: a document without one), committed after each end. */
  private static DirectoryReader index(List<float[]> vectors, List<Integer> segmentEnds)
      throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir,
        new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < vectors.size(); i++) {
        Document d = new Document();
        d.add(new StringField("id", "d" + i, Field.Store.YES));
        d.add(new StringField("part", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
        if (vectors.get(i) != null) {
          d.add(new KnnFloatVectorField(Documents.VECTOR, vectors.get(i),
              VectorSimilarityFunction.COSINE));
        }
        w.addDocument(d);
        if (segmentEnds.contains(i)) {
          w.commit();
        }
      }
    }
    return DirectoryReader.open(dir);
  }

  private static DirectoryReader fiveDocs() throws IOException {
    List<float[]> vectors = new ArrayList<>();
    vectors.add(new float[] {1f, 0f});
    vectors.add(null);
    vectors.add(new float[] {0.8f, 0.6f});
    vectors.add(new float[] {0f, 1f});
    vectors.add(new float[] {0.6f, 0.8f});
    DirectoryReader reader = index(vectors, List.of(1));
    assertThat(reader.leaves()).hasSize(2);
    return reader;
  }

  private static float[] scores(ScoreDoc[] hits) {
    float[] out = new float[hits.length];
    for (int i = 0; i < hits.length; i++) {
      out[i] = hits[i].score;
    }
    return out;
  }

  @Test
  void vectorOf_eachSegment_nullWithout() throws IOException {
    try (DirectoryReader r = fiveDocs()) {
      assertThat(SemanticSignal.vectorOf(r, 0)).containsExactly(1f, 0f);
      assertThat(SemanticSignal.vectorOf(r, 1)).isNull();
      assertThat(SemanticSignal.vectorOf(r, 2)).containsExactly(0.8f, 0.6f);
      assertThat(SemanticSignal.vectorOf(r, 4)).containsExactly(0.6f, 0.8f);
      // a copy: changing it leaves the index's vector alone
      SemanticSignal.vectorOf(r, 0)[0] = 7f;
      assertThat(SemanticSignal.vectorOf(r, 0)).containsExactly(1f, 0f);
    }
  }

  @Test
  void blend_gainIsAShareOfTheBestScoreAboveTheFloor() throws IOException {
    try (DirectoryReader r = fiveDocs()) {
      // given in no particular order: the cosines must follow their documents
      ScoreDoc[] rescored = {new ScoreDoc(4, 0f), new ScoreDoc(2, 2f), new ScoreDoc(0, 10f),
          new ScoreDoc(3, 1f), new ScoreDoc(1, 9f)};
      SemanticSignal.Blended b = SemanticSignal.blend(r, rescored, QUERY, 1.0, -1);
      // best 10; gain 10 x (cos - 0.5) / 0.5: doc 0 +10, doc 2 +6, doc 4 +2, docs 1 and 3 +0
      assertThat(b.hits()).extracting(d -> d.doc).containsExactly(0, 1, 2, 4, 3);
      assertThat(scores(b.hits())).containsExactly(new float[] {20f, 9f, 8f, 2f, 1f},
          within(1e-5f));
      // there for the topic: a gain at least the lexical score (doc 0: 10 >= 10)
      assertThat(b.topical()).containsExactlyInAnyOrder(0, 2, 4);
    }
  }

  @Test
  void blend_theArticleItselfIsLeftOutOfTheBest() throws IOException {
    try (DirectoryReader r = fiveDocs()) {
      ScoreDoc[] rescored = {new ScoreDoc(4, 0f), new ScoreDoc(2, 2f), new ScoreDoc(0, 10f),
          new ScoreDoc(3, 1f), new ScoreDoc(1, 9f)};
      // doc 0 is the article: best 9, not 10; gain 9 x (cos - 0.5) / 0.5: doc 0 +9, doc 2
      // +5.4, doc 4 +1.8
      SemanticSignal.Blended b = SemanticSignal.blend(r, rescored, QUERY, 1.0, 0);
      assertThat(b.hits()).extracting(d -> d.doc).containsExactly(0, 1, 2, 4, 3);
      assertThat(scores(b.hits())).containsExactly(new float[] {19f, 9f, 7.4f, 1.8f, 1f},
          within(1e-5f));
    }
  }

  @Test
  void blend_weightScalesTheGain_tiesByDoc() throws IOException {
    try (DirectoryReader r = fiveDocs()) {
      ScoreDoc[] rescored = {new ScoreDoc(3, 4f), new ScoreDoc(1, 4f), new ScoreDoc(2, 2f)};
      SemanticSignal.Blended b = SemanticSignal.blend(r, rescored, QUERY, 0.25, -1);
      // best 4; doc 2 gains 0.25 x 4 x 0.6 = 0.6 (under its 2: not topical); 1 and 3 tie
      assertThat(b.hits()).extracting(d -> d.doc).containsExactly(1, 3, 2);
      assertThat(b.hits()[2].score).isCloseTo(2.6f, within(1e-5f));
      assertThat(b.topical()).isEmpty();
    }
  }

  @Test
  void blend_styleWeightAbove0_addsEachCandidatesStyleGainButNoTopicalFlag() {
    ScoreDoc[] rescored = {new ScoreDoc(3, 10f), new ScoreDoc(1, 9f), new ScoreDoc(2, 6f)};
    float[] topic = {0f, 0f, 0f};
    float[] style = {0.4f, 0.7f, 1f};

    SemanticSignal.Blended b = SemanticSignal.blend(rescored, topic, 1.0, style, 0.5, -1);
    // best 10; style gain 0.5 x 10 x (c - 0.4) / 0.6: doc 3 +0, doc 1 +2.5, doc 2 +5
    assertThat(b.hits()).extracting(d -> d.doc).containsExactly(1, 2, 3);
    assertThat(scores(b.hits())).containsExactly(new float[] {11.5f, 11f, 10f}, within(1e-5f));
    assertThat(b.topical()).isEmpty();
  }

  @Test
  void blend_styleWeight0OrNoStyles_theTopicBlendAlone() throws IOException {
    try (DirectoryReader r = fiveDocs()) {
      ScoreDoc[] rescored = {new ScoreDoc(4, 0f), new ScoreDoc(2, 2f), new ScoreDoc(0, 10f),
          new ScoreDoc(3, 1f), new ScoreDoc(1, 9f)};
      float[] cos = {0.6f, 0.8f, 1f, 0f, 0f};
      float[] style = {1f, 1f, 1f, 1f, 1f};
      SemanticSignal.Blended alone = SemanticSignal.blend(r, rescored, QUERY, 1.0, -1);

      for (SemanticSignal.Blended b : List.of(
          SemanticSignal.blend(rescored, cos, 1.0, style, 0, -1),
          SemanticSignal.blend(rescored, cos, 1.0, null, 0.5, -1),
          // on the embedded index, with a text: styles are not even read at weight 0
          SemanticSignal.blend(r, rescored, QUERY, 1.0, "\"I\" said you.", 0, -1))) {
        assertThat(b.hits()).extracting(d -> d.doc)
            .containsExactlyElementsOf(List.of(alone.hits()).stream().map(d -> d.doc).toList());
        assertThat(scores(b.hits())).containsExactly(scores(alone.hits()));
        assertThat(b.topical()).isEqualTo(alone.topical());
      }
    }
  }

  @Test
  void blend_noCandidates_nothing() throws IOException {
    try (DirectoryReader r = fiveDocs()) {
      SemanticSignal.Blended b = SemanticSignal.blend(r, new ScoreDoc[0], QUERY, 1.0, -1);
      assertThat(b.hits()).isEmpty();
      assertThat(b.topical()).isEmpty();
    }
  }

  @Test
  void withNeighbours_addsTheNearestOnce_notTheExcluded() throws IOException {
    try (DirectoryReader r = fiveDocs()) {
      IndexSearcher s = new IndexSearcher(r);
      ScoreDoc[] out = SemanticSignal.withNeighbours(s, new ScoreDoc[] {new ScoreDoc(2, 5f)},
          QUERY, null, Set.of(0), SemanticSignal.NEIGHBOURS);
      // doc 2 stays first with its score; 4 and 3 come in nearest first at 0; 0 is excluded and
      // 1 has no vector
      assertThat(out).extracting(d -> d.doc).containsExactly(2, 4, 3);
      assertThat(out).extracting(d -> d.score).containsExactly(5f, 0f, 0f);

      ScoreDoc[] even = SemanticSignal.withNeighbours(s, new ScoreDoc[0], QUERY,
          new TermQuery(new Term("part", "even")), Set.of(), SemanticSignal.NEIGHBOURS);
      assertThat(even).extracting(d -> d.doc).containsExactly(0, 2, 4);
    }
  }

  @Test
  void withNeighbours_tenNeighboursBesidesTheExcluded() throws IOException {
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      double angle = i * 0.1;
      vectors.add(new float[] {(float) Math.cos(angle), (float) Math.sin(angle)});
    }
    try (DirectoryReader r = index(vectors, List.of(6))) {
      ScoreDoc[] out = SemanticSignal.withNeighbours(new IndexSearcher(r), new ScoreDoc[0],
          QUERY, null, Set.of(0, 1), SemanticSignal.NEIGHBOURS);
      assertThat(out).extracting(d -> d.doc).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
      // the count asked for: an adaptive query of topic weight 0 takes more
      ScoreDoc[] three = SemanticSignal.withNeighbours(new IndexSearcher(r), new ScoreDoc[0],
          QUERY, null, Set.of(0, 1), 3);
      assertThat(three).extracting(d -> d.doc).containsExactly(2, 3, 4);
    }
  }
}
