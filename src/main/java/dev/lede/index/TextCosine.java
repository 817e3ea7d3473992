package dev.lede.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;

/**
 * The whole-text signal of Lede's ranking: the cosine of the article's text with each
 * candidate's, weighted the SMART "lnc.ltc" way (Salton and Buckley 1988): the candidate's terms
 * by {@code 1 + ln tf} over the vector's length, the article's by {@code (1 + ln tf) x
 * ln(N / df)}. The weighted clauses of the rescoring look at the article's most telling terms;
 * this looks at all of them, which is what tells two reports of one event from two events of
 * one kind. A candidate's length needs no document frequencies, so it is fixed when the article
 * is indexed ({@link Documents#TEXT_NORM}) and the same on every backend.
 *
 * <p>The rescoring adds {@code weight x best x cosine / bestCosine} to each candidate's score
 * ({@link #blend}), so that the signal moves candidates by a share of the best candidate's score
 * whatever the scale of the scores.
 *
 * <p>Immutable; thread-safe.
 */
final class TextCosine {

  /**
   * The article's side: its text terms that occur in the archive, in {@code String} order (the
   * order in which every backend adds them up, so that sums are bit for bit the same), with
   * their ltc weights; and the article's SimHash when suggestions are de-duplicated (else 0):
   * copies of the article, which de-duplication drops, must not set the scale of the signal,
   * or asking by analysis (an indexed copy among the candidates) and by id (the article itself
   * excluded) would score the same candidates differently. The terms' document frequencies and
   * the archive's article count, from which the weights' idf came, are kept for
   * {@link #withIdfExponent} and {@link Adaptation#concentration}.
   */
  record Query(List<Term> terms, double[] weights, long copyHash, int[] docFreqs,
      long docCount) {

    /** A query whose terms' document frequencies are not known (tests of the arithmetic). */
    Query(List<Term> terms, double[] weights, long copyHash) {
      this(terms, weights, copyHash, new int[terms.size()], 0);
    }

    /** Whether a candidate with this SimHash (0: none) is a copy of the article. */
    boolean isCopy(long simHash) {
      return FinalOrder.sameText(copyHash, simHash);
    }

    /**
     * This query with each term's idf raised to {@code exponent}: weights {@code (1 + ln tf) x
     * ln(N / df)^exponent}, so that the terms two texts share count more the rarer they are.
     *
     * @param exponent 1 for this query unchanged
     */
    Query withIdfExponent(double exponent) {
      if (exponent == 1) {
        return this;
      }
      double[] raised = weights.clone();
      for (int i = 0; i < raised.length; i++) {
        raised[i] *= Math.pow(Math.log((double) docCount / docFreqs[i]), exponent - 1);
      }
      return new Query(terms, raised, copyHash, docFreqs, docCount);
    }
  }

  private TextCosine() {}

  /** {@code 1 + ln tf}, the damped term frequency of both sides. */
  static double damped(int freq) {
    return 1 + Math.log(freq);
  }

  /**
   * The length of a text's lnc vector: the square root of the sum of its squared damped term
   * frequencies, terms in {@code String} order.
   *
   * @param freqs the text field's terms and their frequencies
   * @return the length; 0 for no terms
   */
  static float length(Map<String, Integer> freqs) {
    List<String> terms = new ArrayList<>(freqs.keySet());
    Collections.sort(terms);
    double sum = 0;
    for (String t : terms) {
      double w = damped(freqs.get(t));
      sum += w * w;
    }
    return (float) Math.sqrt(sum);
  }

  /**
   * The article's side of the cosine.
   *
   * @param textFreqs the article's text terms and their frequencies
   * @param stats the archive's statistics; only terms whose document frequencies it has are
   *     kept (a term no article holds adds nothing to any cosine)
   * @param copyHash the article's SimHash when suggestions are de-duplicated, else 0
   * @return the query; no terms if the archive has no text
   */
  static Query query(Map<String, Integer> textFreqs, TermStatistics stats, long copyHash)
      throws IOException {
    List<String> words = new ArrayList<>(textFreqs.keySet());
    Collections.sort(words);
    List<Term> terms = new ArrayList<>(words.size());
    for (String w : words) {
      terms.add(new Term(Documents.TEXT, w));
    }
    long docCount = stats.docCount(Documents.TEXT);
    Map<Term, Integer> docFreqs = stats.docFreqs(terms);
    List<Term> kept = new ArrayList<>(terms.size());
    double[] weights = new double[terms.size()];
    int[] keptDocFreqs = new int[terms.size()];
    for (Term t : terms) {
      Integer df = docFreqs.get(t);
      if (df != null && df < docCount) { // present terms have df >= 1
        keptDocFreqs[kept.size()] = df;
        weights[kept.size()] = damped(textFreqs.get(t.text())) * Math.log((double) docCount / df);
        kept.add(t);
      }
    }
    return new Query(List.copyOf(kept), Arrays.copyOf(weights, kept.size()), copyHash,
        Arrays.copyOf(keptDocFreqs, kept.size()), docCount);
  }

  /**
   * Adds the signal to the rescored candidates' scores in place: {@code weight x best x cosine /
   * bestCosine}, where {@code best} is the highest score and {@code bestCosine} the highest
   * cosine among them, copies of the article left out. Nothing changes when no candidate shares
   * a term with the article.
   *
   * @param scores the candidates' scores
   * @param dots their dot products with the query
   * @param lengths their lnc lengths
   * @param copies which of them are copies of the article ({@link Query#isCopy})
   * @param weight the signal's weight
   */
  static void blend(float[] scores, double[] dots, float[] lengths, boolean[] copies,
      float weight) {
    double[] cosines = new double[scores.length];
    double bestCosine = 0;
    float best = 0;
    for (int k = 0; k < scores.length; k++) {
      cosines[k] = lengths[k] > 0 ? dots[k] / lengths[k] : 0;
      if (!copies[k]) {
        bestCosine = Math.max(bestCosine, cosines[k]);
        best = Math.max(best, scores[k]);
      }
    }
    if (bestCosine <= 0 || weight == 0) {
      return;
    }
    for (int k = 0; k < scores.length; k++) {
      scores[k] += (float) (weight * best * cosines[k] / bestCosine);
    }
  }
}
