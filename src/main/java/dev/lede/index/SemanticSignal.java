package dev.lede.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The semantic related-article signal, used when a query's topic weight (fixed,
 * {@link RelatedQuery#topicWeight}, or adaptive, {@link Adaptation}) is above 0: articles whose
 * topic vectors ({@link TopicVectors}) are nearest to the query article's join the lexical
 * candidates, and every candidate's score gains a share of the best lexical score in
 * proportion to its cosine with the query article. An adaptive query whose topic weight comes
 * out 0 gets the neighbours too ({@link #WORD_NEIGHBOURS}), ranked by their words alone. Stories
 * told in other words ("power cuts across Kyiv", "Ukraine's grid hit again") are then found and
 * ranked though they share few terms.
 *
 * <p>Thread-safe: stateless.
 */
final class SemanticSignal {

  /** Nearest articles by topic vector added to the lexical candidates: 10. */
  static final int NEIGHBOURS = 10;

  /**
   * Nearest articles by topic vector added to the candidates of a query whose concentration was
   * measured but whose topic weight is 0 ({@link Adaptation#neighbours}): 20. Without a gain a
   * neighbour ranks by its words alone, so a wider net adds recall (the story's reports that
   * the first pass's telling words missed) and lifts nothing past a better match. Measured on
   * ECB+ dev (nDCG@10 0.9617 without, 0.9620 with 10, 0.9622 with 20, 0.9623 with 30 and 40)
   * and {@code categories} (P@5 0.8209, 0.8219 with 20).
   */
  static final int WORD_NEIGHBOURS = 20;
  /**
   * Cosine below which two articles' topics count as unrelated: 0.5. A candidate with cosine c
   * gains {@code topicWeight * best * (c - FLOOR) / (1 - FLOOR)} when c is above it, where best
   * is the query's best lexical score (measured on Reuters with weight 1: floor 0.3 gave P@5
   * 0.885 against 0.895 with 0.5; ECB+ the same within 0.002).
   */
  static final float FLOOR = 0.5f;

  private SemanticSignal() {}

  /** The topic vector indexed for a document, or {@code null} if it has none. */
  static float[] vectorOf(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(Documents.VECTOR);
    int local = doc - leaf.docBase;
    if (values == null || values.advance(local) != local) {
      return null;
    }
    return values.vectorValue().clone();
  }

  /**
   * The candidates with the query's nearest neighbours added (score 0: the rescoring scores
   * them), leaving out excluded documents and those already there.
   *
   * @param filter the options' filters (section, language, dates), or {@code null}
   */
  static ScoreDoc[] withNeighbours(IndexSearcher searcher, ScoreDoc[] candidates, float[] vector,
      Query filter, Set<Integer> excluded, int count) throws IOException {
    int k = count + excluded.size();
    ScoreDoc[] near = searcher.search(new KnnFloatVectorQuery(Documents.VECTOR, vector, k,
        filter), k).scoreDocs;
    Set<Integer> have = new HashSet<>();
    List<ScoreDoc> out = new ArrayList<>(Arrays.asList(candidates));
    for (ScoreDoc c : candidates) {
      have.add(c.doc);
    }
    for (ScoreDoc n : near) {
      if (!excluded.contains(n.doc) && have.add(n.doc)) {
        out.add(new ScoreDoc(n.doc, 0f));
      }
    }
    return out.toArray(ScoreDoc[]::new);
  }

  /**
   * The ranked candidates that their words score (above 0), for a query whose topic neighbours
   * joined its candidates without a topic gain: a neighbour that shares none of the query's
   * words has nothing to show for it, and suggesting it would be the topic gain's doing.
   */
  static ScoreDoc[] scored(ScoreDoc[] ranked) {
    return Arrays.stream(ranked).filter(d -> d.score > 0).toArray(ScoreDoc[]::new);
  }

  /**
   * Rescored candidates with the semantic gain added, best first, and the documents whose gain
   * is at least their lexical score (there for their topic more than for their words).
   *
   * @param weight the query's topic weight, above 0
   * @param self the query article's document, among the candidates until the suggestions are
   *     ranked, whose score is left out of the best (-1: none)
   */
  static Blended blend(IndexReader reader, ScoreDoc[] rescored, float[] vector, double weight,
      int self) throws IOException {
    return blend(rescored, cosines(reader, rescored, vector), weight, self);
  }

  /**
   * As above, and with the style gain of a style weight above 0 ({@link StyleSignal#gain}):
   * each candidate's style, read from its stored title and body, compared with the query
   * article's {@code text} (its title, a blank line, its body).
   */
  static Blended blend(IndexReader reader, ScoreDoc[] rescored, float[] vector, double weight,
      String text, double styleWeight, int self) throws IOException {
    return blend(rescored, cosines(reader, rescored, vector), weight, styleWeight > 0
        ? StyleSignal.cosines(reader, rescored, text) : null, styleWeight, self);
  }

  /**
   * As above, given each candidate's cosine with the query article ({@code cos[i]} that of
   * {@code rescored[i]}; 0 for a candidate without a vector): a backend that reads the vectors
   * itself (SolrCloud) then blends with the same arithmetic as the embedded index.
   */
  static Blended blend(ScoreDoc[] rescored, float[] cos, double weight, int self) {
    return blend(rescored, cos, weight, null, 0, self);
  }

  /**
   * As above, with the style gain: {@code style[i]} is the style cosine of {@code rescored[i]}
   * with the query article ({@link StyleSignal#cosine}), or {@code style} is null for none.
   * The style gain never makes a candidate {@code topical}: that flag tells the topic vectors'
   * doing.
   */
  static Blended blend(ScoreDoc[] rescored, float[] cos, double weight, float[] style,
      double styleWeight, int self) {
    float best = 0;
    for (ScoreDoc d : rescored) {
      if (d.doc != self) {
        best = Math.max(best, d.score);
      }
    }
    List<ScoreDoc> out = new ArrayList<>(rescored.length);
    Set<Integer> topical = new HashSet<>();
    for (int i = 0; i < rescored.length; i++) {
      float gain = (float) (weight * best * Math.max(0f, cos[i] - FLOOR) / (1f - FLOOR));
      float styled = style == null ? 0f : StyleSignal.gain(styleWeight, best, style[i]);
      out.add(new ScoreDoc(rescored[i].doc, rescored[i].score + gain + styled));
      if (gain > 0 && gain >= rescored[i].score) {
        topical.add(rescored[i].doc);
      }
    }
    out.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
    return new Blended(out.toArray(ScoreDoc[]::new), topical);
  }

  /** Blended results and the documents there for their topic. */
  record Blended(ScoreDoc[] hits, Set<Integer> topical) {}

  /**
   * The cosine of a candidate's topic vector with the query article's, 0 if the candidate has
   * none, as the embedded index computes it.
   */
  static float cosine(float[] candidate, float[] query) {
    return candidate == null ? 0f : TopicVectors.cosine(candidate, query);
  }

  /** Cosines of the documents' vectors with the query vector, 0 where a document has none. */
  private static float[] cosines(IndexReader reader, ScoreDoc[] docs, float[] vector)
      throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
    float[] out = new float[docs.length];
    List<LeafReaderContext> leaves = reader.leaves();
    FloatVectorValues values = null;
    LeafReaderContext current = null;
    for (int i : order) {
      int doc = docs[i].doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (leaf != current) {
        current = leaf;
        values = leaf.reader().getFloatVectorValues(Documents.VECTOR);
      }
      int local = doc - leaf.docBase;
      if (values == null) {
        continue;
      }
      int at = values.docID() < local ? values.advance(local) : values.docID();
      if (at == local) {
        out[i] = TopicVectors.cosine(values.vectorValue(), vector);
      }
      if (at == DocIdSetIterator.NO_MORE_DOCS) {
        values = null;
      }
    }
    return out;
  }
}
