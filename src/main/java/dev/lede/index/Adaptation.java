package dev.lede.index;

/**
 * How Lede's default ranking adapts to a query: the topic weight ({@link SemanticSignal}), the
 * exponent on the query's idf in the whole-text cosine ({@link TextCosine}) and the style weight
 * ({@link StyleSignal}), all read off the query's {@linkplain #concentration concentration} in
 * its first-pass candidates. A
 * same-event article's words sit in its story's few reports, which the first pass finds: its
 * concentration is high, and it is ranked by its rare shared words, without the topic gain. A
 * topic article's words are spread over the archive: its concentration is low, and the topic
 * gain finds what its words miss. One setting for every archive, no per-corpus switch.
 *
 * @param topicWeight the topic weight, 0 for none
 * @param idfExponent the exponent on the query's idf ({@link TextCosine.Query#withIdfExponent}),
 *     1 for plain lnc.ltc
 * @param styleWeight the style weight, 0 for none; above 0 only where the topic weight is
 * @param neighbours whether the query's nearest articles by topic vector join its candidates:
 *     always where the concentration was measured, with or without a topic weight (a story's
 *     reports the first pass's telling words missed are then scored by their words too);
 *     otherwise (a fixed weight, a tiny archive) only with a topic weight above 0
 */
record Adaptation(double topicWeight, double idfExponent, double styleWeight,
    boolean neighbours) {

  /** An adaptation without the style gain, with neighbours only for a topic weight above 0. */
  Adaptation(double topicWeight, double idfExponent) {
    this(topicWeight, idfExponent, 0, topicWeight > 0);
  }

  /**
   * Concentration at or under which a query gets the whole topic weight
   * ({@link RelatedQuery#TOPIC_WEIGHT}), and at or over {@link #TOPIC_HIGH} none, linear
   * between: 0.05 to 0.25 lifted Reuters P@5 to 0.892 (0.882 without) while ECB+ dev, whose
   * queries are nearly all over 0.25 (a tenth under 0.32), kept its P@5 (0.15 to 0.35: 0.953).
   */
  static final double TOPIC_LOW = 0.05;

  /** Concentration at or over which a query gets no topic weight: 0.25 ({@link #TOPIC_LOW}). */
  static final double TOPIC_HIGH = 0.25;

  /**
   * Concentration at or under which the query's idf keeps exponent 1, and at or over
   * {@link #IDF_HIGH} gets {@link #MAX_IDF_EXPONENT}, linear between: 0.15 to 0.35 put ECB+ dev
   * ahead of TF-IDF cosine on every metric (nDCG@10 0.9627 against 0.9621; 0.25 to 0.45:
   * 0.9619).
   */
  static final double IDF_LOW = 0.15;

  /** Concentration at or over which the idf gets its largest exponent: 0.35. */
  static final double IDF_HIGH = 0.35;

  /**
   * The largest exponent on the query's idf: 2 (for every ECB+ dev query, 2 gave P@5 0.9629
   * against 0.9589 with 1, and 3 lost P@5 and MRR; README, "The whole-text cosine").
   */
  static final double MAX_IDF_EXPONENT = 2;

  /**
   * The style weight of a query whose concentration is between {@link #STYLE_FULL} and
   * {@link #STYLE_FADE}: 0.5. With floor 0.4 ({@link StyleSignal#FLOOR}) it gave {@code categories}
   * P@5 0.8203 against 0.8169 without, Reuters 0.8915 against 0.8919 (1.0: 0.8905); README,
   * "Stop 35: an adaptive style signal".
   */
  static final double STYLE_WEIGHT = 0.5;

  /**
   * Concentration at or under which a query gets no style weight, rising to the whole of it at
   * {@link #STYLE_FULL}: 0.05. The least concentrated queries are subject queries of a large
   * archive (Reuters' median is 0.075), whose related stories share a subject, not a style: with
   * the whole weight down to 0, Reuters P@5 fell to 0.8904 (0.8915 with this rise).
   */
  static final double STYLE_FROM = 0.05;

  /** Concentration at which the style weight is whole: 0.15 ({@link #STYLE_FROM}). */
  static final double STYLE_FULL = 0.15;

  /**
   * Concentration from which the style weight falls, to none at {@link #TOPIC_HIGH}: 0.20. The
   * style gain is blended with the topic gain, among the same candidates, so it ends where the
   * topic weight does; an event's reports (ECB+) are all news and alike in style.
   */
  static final double STYLE_FADE = 0.20;

  /**
   * The largest share of the archive (copies of the article left out) the candidates may be for
   * the concentration to tell anything: 0.5. Over it (an archive of under about 60 articles)
   * every word's articles are mostly candidates by chance, the chance correction divides by
   * under 0.5, and which few articles the first pass leaves out (by ties, on SolrCloud as well)
   * would swing the result.
   */
  static final double MAX_CANDIDATE_SHARE = 0.5;

  /**
   * A query's topic weight and idf exponent: read off its lexical candidates ({@link #of}) unless
   * it sets a fixed topic weight.
   */
  static Adaptation forQuery(RelatedQuery q, Rescoring.Scored lexical, TextCosine.Query cosine) {
    return q.adaptiveTopic() ? of(lexical.concentration(cosine)) : fixed(q.topicWeight());
  }

  /** No adaptation: this fixed topic weight, plain lnc.ltc and no style gain. */
  static Adaptation fixed(double topicWeight) {
    return new Adaptation(topicWeight, 1);
  }

  /**
   * The adaptation for a query of this concentration ({@link #concentration}), its topic
   * neighbours joining its candidates whatever its topic weight; NaN (nothing to tell) gives
   * {@code fixed(0)}, no neighbours.
   */
  static Adaptation of(double concentration) {
    if (Double.isNaN(concentration)) {
      return fixed(0);
    }
    double topic = ramp(concentration, TOPIC_LOW, TOPIC_HIGH);
    double idf = ramp(concentration, IDF_LOW, IDF_HIGH);
    double style = ramp(concentration, STYLE_FROM, STYLE_FULL)
        * (1 - ramp(concentration, STYLE_FADE, TOPIC_HIGH));
    return new Adaptation(RelatedQuery.TOPIC_WEIGHT * (1 - topic),
        1 + (MAX_IDF_EXPONENT - 1) * idf, STYLE_WEIGHT * style, true);
  }

  /** 0 at or under {@code low}, 1 at or over {@code high}, linear between. */
  private static double ramp(double x, double low, double high) {
    return Math.max(0, Math.min(1, (x - low) / (high - low)));
  }

  /**
   * How much of the archive's articles with each of the query's words are among its first-pass
   * candidates: per cosine term, the share of its articles (copies of the query article left
   * out) that are candidates, averaged with the term's squared ltc weight, then corrected for
   * chance, {@code (raw - c / N) / (1 - c / N)} with c the candidates and N the articles (copies
   * left out of both), so that a small archive, of which the candidates are a large part, is
   * not taken for concentrated. Medians measured: ECB+ dev 0.47, Reuters 0.075.
   *
   * @param cosine the query's cosine terms (exponent 1), with their document frequencies
   * @param freqs per cosine term, each candidate's frequency of it ({@code freqs[q][k]}; a null
   *     row: in no candidate)
   * @param copies which candidates are copies of the query article
   * @return the concentration, at most 1; NaN if the query has no cosine term or the
   *     candidates are more than {@link #MAX_CANDIDATE_SHARE} of the archive (nothing to tell)
   */
  static double concentration(TextCosine.Query cosine, int[][] freqs, boolean[] copies) {
    int n = copies.length;
    int nCopies = 0;
    for (boolean c : copies) {
      if (c) {
        nCopies++;
      }
    }
    double others = cosine.docCount() - nCopies;
    int candidates = n - nCopies;
    if (candidates <= 0 || candidates > MAX_CANDIDATE_SHARE * others) {
      return Double.NaN;
    }
    double[] w = cosine.weights();
    double sum = 0;
    double norm = 0;
    for (int q = 0; q < w.length; q++) {
      int found = 0;
      int self = 0;
      int[] f = freqs[q];
      if (f != null) {
        for (int k = 0; k < n; k++) {
          if (f[k] > 0) {
            if (copies[k]) {
              self++;
            } else {
              found++;
            }
          }
        }
      }
      double docs = cosine.docFreqs()[q] - self;
      if (docs < 1) {
        continue;
      }
      sum += w[q] * w[q] * Math.min(1, found / docs);
      norm += w[q] * w[q];
    }
    if (norm == 0) {
      return Double.NaN;
    }
    double chance = candidates / others;
    return (sum / norm - chance) / (1 - chance);
  }
}
