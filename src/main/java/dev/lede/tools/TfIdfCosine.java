package dev.lede.tools;

import dev.lede.tools.EvalRelatedCommand.Doc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The plain TF-IDF cosine baseline of {@code eval-related}: each document is a vector of its
 * terms (title and text through Lucene's {@link EnglishAnalyzer}: stop words out, Porter stems),
 * weighted {@code (1 + ln tf) x ln(N / df)} and scaled to unit length, and a document's related
 * documents are the others with the highest cosine. It is what a user gets without any search
 * engine cleverness, so Lede's ranking has to beat it.
 *
 * <p>Immutable once built, so thread-safe.
 */
final class TfIdfCosine {

  private final List<String> ids;
  private final Map<String, Integer> position = new HashMap<>();
  private final int[][] docTerms;
  private final float[][] docWeights;
  private final int[][] postingDocs;
  private final float[][] postingWeights;

  private TfIdfCosine(List<String> ids, int[][] docTerms, float[][] docWeights, int terms) {
    this.ids = List.copyOf(ids);
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    this.docTerms = docTerms;
    this.docWeights = docWeights;
    int[] df = new int[terms];
    for (int[] t : docTerms) {
      for (int term : t) {
        df[term]++;
      }
    }
    postingDocs = new int[terms][];
    postingWeights = new float[terms][];
    for (int t = 0; t < terms; t++) {
      postingDocs[t] = new int[df[t]];
      postingWeights[t] = new float[df[t]];
    }
    int[] filled = new int[terms];
    for (int d = 0; d < docTerms.length; d++) {
      for (int i = 0; i < docTerms[d].length; i++) {
        int t = docTerms[d][i];
        postingDocs[t][filled[t]] = d;
        postingWeights[t][filled[t]++] = docWeights[d][i];
      }
    }
  }

  /**
   * Builds the vectors of a corpus.
   *
   * @param docs the corpus; ids must be unique
   * @return the baseline over {@code docs}
   * @throws IllegalArgumentException if two documents have the same id
   */
  static TfIdfCosine of(List<Doc> docs) {
    if (docs.stream().map(Doc::id).distinct().count() != docs.size()) {
      throw new IllegalArgumentException("document ids must be unique");
    }
    Map<String, Integer> dictionary = new HashMap<>();
    List<Map<Integer, Integer>> counts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (Analyzer analyzer = new EnglishAnalyzer()) {
      for (Doc d : docs) {
        ids.add(d.id());
        Map<Integer, Integer> tf = new HashMap<>();
        String text = d.title() == null ? d.text() : d.title() + "\n" + d.text();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            Integer id = dictionary.computeIfAbsent(term.toString(), k -> dictionary.size());
            tf.merge(id, 1, Integer::sum);
          }
          ts.end();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        counts.add(tf);
      }
    }
    int n = docs.size();
    int[] df = new int[dictionary.size()];
    counts.forEach(tf -> tf.keySet().forEach(t -> df[t]++));
    int[][] docTerms = new int[n][];
    float[][] docWeights = new float[n][];
    for (int d = 0; d < n; d++) {
      Map<Integer, Integer> tf = counts.get(d);
      int[] terms = new int[tf.size()];
      double[] w = new double[tf.size()];
      double norm = 0;
      int i = 0;
      for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
        terms[i] = e.getKey();
        w[i] = (1 + Math.log(e.getValue())) * Math.log((double) n / df[e.getKey()]);
        norm += w[i] * w[i];
        i++;
      }
      norm = Math.sqrt(norm);
      docTerms[d] = terms;
      docWeights[d] = new float[terms.length];
      for (int j = 0; j < terms.length; j++) {
        docWeights[d][j] = norm == 0 ? 0 : (float) (w[j] / norm);
      }
    }
    return new TfIdfCosine(ids, docTerms, docWeights, dictionary.size());
  }

  /**
   * The documents most similar to one of the corpus, best first; ties go to the earlier document.
   * Documents with no term in common are never suggested.
   *
   * @param id a document of the corpus
   * @param limit at most this many
   * @return their ids
   * @throws IllegalArgumentException if {@code id} is not in the corpus
   */
  List<String> similar(String id, int limit) {
    Integer q = position.get(id);
    if (q == null) {
      throw new IllegalArgumentException("not in the corpus: " + id);
    }
    float[] score = new float[ids.size()];
    for (int i = 0; i < docTerms[q].length; i++) {
      int t = docTerms[q][i];
      float w = docWeights[q][i];
      int[] docsOfTerm = postingDocs[t];
      float[] weights = postingWeights[t];
      for (int j = 0; j < docsOfTerm.length; j++) {
        score[docsOfTerm[j]] += w * weights[j];
      }
    }
    // the worst of the best so far at the head
    PriorityQueue<Integer> best = new PriorityQueue<>(limit + 1, (a, b) -> score[a] != score[b]
        ? Float.compare(score[a], score[b]) : Integer.compare(b, a));
    for (int d = 0; d < score.length; d++) {
      if (d != q && score[d] > 0) {
        best.add(d);
        if (best.size() > limit) {
          best.poll();
        }
      }
    }
    List<String> top = new ArrayList<>(best.size());
    while (!best.isEmpty()) {
      top.add(ids.get(best.poll()));
    }
    java.util.Collections.reverse(top);
    return top;
  }
}
