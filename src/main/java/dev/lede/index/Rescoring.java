package dev.lede.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.SmallFloat;

/**
 * The second pass of Lede's ranking: every clause of the full query scores the first pass's
 * candidates, exactly as Lucene would score the full boolean query with
 * {@link ClassicSimilarity} (boost x idf x sqrt(freq) x length norm per matching clause). Two
 * ways to read a candidate's term frequencies, one arithmetic: from postings on the embedded
 * index ({@link #rescore(IndexReader, ScoreDoc[], Weighted, Map, int, Map)}), and from the
 * candidates' analysed stored fields on SolrCloud ({@link #rescore(List, Weighted, int, Map)}),
 * whose sums are bit for bit the same because each candidate adds its clauses in the same order.
 *
 * <p>Stateless; thread-safe.
 */
final class Rescoring {

  /**
   * Lede's similarity: TF-IDF with 1/sqrt(length) norms. On the ECB+ dev set it ranks
   * same-event stories clearly better than BM25 for MoreLikeThis queries (P@5 0.95 against
   * 0.93), because boosted MoreLikeThis terms already carry their idf and BM25's saturation
   * flattens the repeated names that mark one event. Thread-safe and stateless.
   */
  static final ClassicSimilarity SIMILARITY = new UnexplainedClassicSimilarity();

  /** ClassicSimilarity's decoded length norms, by encoded byte (as TFIDFSimilarity builds it). */
  private static final float[] NORM_TABLE = normTable();

  /** The norm of a field without norms (exact-match fields): Lucene reads 1 for it. */
  static final float NO_NORM = NORM_TABLE[1];

  private Rescoring() {}

  /**
   * {@link ClassicSimilarity} that does not describe how each idf was computed: Lucene builds
   * that explanation for every clause of every query (2% of related() time at 100k articles),
   * and Lede never asks Lucene to explain a score. Scores are the same.
   */
  private static final class UnexplainedClassicSimilarity extends ClassicSimilarity {
    @Override
    public Explanation idfExplain(CollectionStatistics collection, TermStatistics term) {
      return Explanation.match(idf(term.docFreq(), collection.docCount()), "idf");
    }
  }

  /**
   * The full query's clauses grouped by field (fields in the order of their first clause),
   * each with its final weight (boost x idf).
   */
  record Weighted(Map<String, List<Map.Entry<Term, Float>>> byField) {}

  /** Weighs each clause by its term's idf over the articles with the clause's field. */
  static Weighted weigh(Map<Term, Float> boosts, Map<Term, Integer> docFreqs,
      dev.lede.index.TermStatistics stats) throws IOException {
    Map<String, List<Map.Entry<Term, Float>>> byField = new LinkedHashMap<>();
    Map<String, Long> docCounts = new LinkedHashMap<>();
    for (Map.Entry<Term, Float> e : boosts.entrySet()) {
      Term t = e.getKey();
      Long docCount = docCounts.get(t.field());
      if (docCount == null) {
        docCount = stats.docCount(t.field());
        docCounts.put(t.field(), docCount);
      }
      float weight = e.getValue() * SIMILARITY.idf(docFreqs.get(t), docCount);
      byField.computeIfAbsent(t.field(), f -> new ArrayList<>()).add(Map.entry(t, weight));
    }
    return new Weighted(byField);
  }

  /**
   * Scores candidates from postings positioned by the term states already looked up: per
   * segment, each clause's postings are advanced through the candidates in doc-id order, and
   * each field's length norms are read once per candidate. Reading each candidate's term
   * vectors instead decompresses and decodes all its fields (25 candidates cost twice as
   * much). Returns the best {@code wanted} candidates; the text terms each candidate matches
   * are put in {@code textMatches}, for the explanations.
   */
  static ScoreDoc[] rescore(IndexReader reader, ScoreDoc[] candidates, Weighted clauses,
      Map<Term, TermStates> states, int wanted, Map<Integer, Set<String>> textMatches)
      throws IOException {
    return rescore(reader, candidates, clauses, states, wanted, textMatches, null, 0f);
  }

  /**
   * As above, with the whole-text cosine ({@link TextCosine}) of weight {@code cosineWeight}
   * blended in when {@code cosine} is not null; {@code states} then holds its terms' states too.
   */
  static ScoreDoc[] rescore(IndexReader reader, ScoreDoc[] candidates, Weighted clauses,
      Map<Term, TermStates> states, int wanted, Map<Integer, Set<String>> textMatches,
      TextCosine.Query cosine, float cosineWeight) throws IOException {
    return score(reader, candidates, clauses, states, textMatches, cosine)
        .ranked(cosine, cosineWeight, wanted);
  }

  /**
   * Candidates scored by the clauses, with what the whole-text cosine needs ({@code cosine} not
   * null): each candidate's frequency of each cosine term, lnc length, and whether it is a copy
   * of the article. The cosine is blended in by {@link #ranked}, once the query's
   * {@link Adaptation} is known, which these frequencies tell ({@link #concentration}).
   * {@code states} then holds the cosine terms' states too. A text clause whose term is also
   * one of the cosine's reads its postings once, for both.
   */
  static Scored score(IndexReader reader, ScoreDoc[] candidates, Weighted clauses,
      Map<Term, TermStates> states, Map<Integer, Set<String>> textMatches,
      TextCosine.Query cosine) throws IOException {
    ScoreDoc[] byDoc = candidates.clone();
    Arrays.sort(byDoc, Comparator.comparingInt((ScoreDoc d) -> d.doc));
    float[] scores = new float[byDoc.length];
    float[] lengths = new float[byDoc.length];
    boolean[] copies = new boolean[byDoc.length];
    int[] sharedTerms = cosine == null ? null : sharedTextTerms(clauses, cosine);
    // per cosine term, every candidate's frequency (null: in no segment read so far)
    int[][] cosineFreqs = cosine == null ? null : new int[cosine.terms().size()][];
    List<LeafReaderContext> leaves = reader.leaves();
    int i = 0;
    while (i < byDoc.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(byDoc[i].doc, leaves));
      int end = i;
      while (end < byDoc.length && byDoc[end].doc < leaf.docBase + leaf.reader().maxDoc()) {
        end++;
      }
      boolean withCosine = cosine != null
          && cosineFreqs(leaf, byDoc, i, end, cosine, states, cosineFreqs);
      float[] norms = new float[end - i];
      for (Map.Entry<String, List<Map.Entry<Term, Float>>> f : clauses.byField().entrySet()) {
        String field = f.getKey();
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        NumericDocValues normValues = leaf.reader().getNormValues(field);
        for (int k = i; k < end; k++) {
          int local = byDoc[k].doc - leaf.docBase;
          long norm = normValues != null && normValues.advanceExact(local)
              ? normValues.longValue() : 1L;
          norms[k - i] = NORM_TABLE[(int) (norm & 0xFF)];
        }
        boolean text = field.equals(Documents.TEXT);
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        List<Map.Entry<Term, Float>> fieldClauses = f.getValue();
        for (int c = 0; c < fieldClauses.size(); c++) {
          Term t = fieldClauses.get(c).getKey();
          float weight = fieldClauses.get(c).getValue();
          String word = text ? t.text() : null; // decoded once, not per matching candidate
          if (text && withCosine && sharedTerms[c] >= 0) {
            int[] freqs = cosineFreqs[sharedTerms[c]];
            if (freqs != null) {
              for (int k = i; k < end; k++) {
                if (freqs[k] > 0) {
                  scores[k] += weight * (float) Math.sqrt(freqs[k]) * norms[k - i];
                  textMatches.computeIfAbsent(byDoc[k].doc, d -> new HashSet<>()).add(word);
                }
              }
            }
            continue;
          }
          TermState state = states.get(t).get(leaf);
          if (state == null) {
            continue;
          }
          te.seekExact(t.bytes(), state);
          pe = te.postings(pe, PostingsEnum.FREQS);
          for (int k = i; k < end; k++) {
            int local = byDoc[k].doc - leaf.docBase;
            int at = pe.docID() < local ? pe.advance(local) : pe.docID();
            if (at == DocIdSetIterator.NO_MORE_DOCS) {
              break;
            }
            if (at == local) {
              scores[k] += weight * (float) Math.sqrt(pe.freq()) * norms[k - i];
              if (text) {
                textMatches.computeIfAbsent(byDoc[k].doc, d -> new HashSet<>()).add(word);
              }
            }
          }
        }
      }
      if (withCosine) {
        lengthsAndCopies(leaf, byDoc, i, end, cosine, lengths, copies);
      }
      i = end;
    }
    return new Scored(byDoc, scores, cosineFreqs, lengths, copies);
  }

  /**
   * Scored candidates before the whole-text cosine is blended in: their scores by the clauses
   * and, when the query has a cosine, each candidate's frequency of each cosine term
   * ({@code cosineFreqs[q][k]}; a null row: the term is in no candidate), lnc length, and
   * whether it is a copy of the article (else null, zeros and false). {@code docs[k]} is
   * candidate k. Each candidate's values are its own: scoring candidates together or apart and
   * joining them ({@link #plus}) gives the same values.
   */
  record Scored(ScoreDoc[] docs, float[] scores, int[][] cosineFreqs, float[] lengths,
      boolean[] copies) {

    /** These candidates followed by others, scored for the same query. */
    Scored plus(Scored more) {
      int n = docs.length;
      int m = more.docs.length;
      ScoreDoc[] d = Arrays.copyOf(docs, n + m);
      System.arraycopy(more.docs, 0, d, n, m);
      float[] s = Arrays.copyOf(scores, n + m);
      System.arraycopy(more.scores, 0, s, n, m);
      float[] l = Arrays.copyOf(lengths, n + m);
      System.arraycopy(more.lengths, 0, l, n, m);
      boolean[] c = Arrays.copyOf(copies, n + m);
      System.arraycopy(more.copies, 0, c, n, m);
      int[][] f = null;
      if (cosineFreqs != null) {
        f = new int[cosineFreqs.length][];
        for (int q = 0; q < f.length; q++) {
          if (cosineFreqs[q] != null || more.cosineFreqs[q] != null) {
            f[q] = new int[n + m];
            if (cosineFreqs[q] != null) {
              System.arraycopy(cosineFreqs[q], 0, f[q], 0, n);
            }
            if (more.cosineFreqs[q] != null) {
              System.arraycopy(more.cosineFreqs[q], 0, f[q], n, m);
            }
          }
        }
      }
      return new Scored(d, s, f, l, c);
    }

    /**
     * How concentrated the query's words are in these candidates
     * ({@link Adaptation#concentration}); NaN without a cosine.
     */
    double concentration(TextCosine.Query cosine) {
      return cosine == null ? Double.NaN
          : Adaptation.concentration(cosine, cosineFreqs, copies);
    }

    /**
     * The best {@code wanted} candidates, with the whole-text cosine of the query {@code cosine}
     * (these candidates' query, or the same terms re-weighted) blended in if not null: each
     * candidate adds the query's terms in order, so its dot product is bit for bit the same
     * whichever backend read its frequencies.
     */
    ScoreDoc[] ranked(TextCosine.Query cosine, float cosineWeight, int wanted) {
      float[] blended = scores;
      if (cosine != null) {
        blended = scores.clone();
        double[] dots = new double[docs.length];
        double[] weights = cosine.weights();
        for (int q = 0; q < weights.length; q++) {
          int[] f = cosineFreqs[q];
          if (f == null) {
            continue;
          }
          for (int k = 0; k < docs.length; k++) {
            if (f[k] > 0) {
              dots[k] += weights[q] * TextCosine.damped(f[k]);
            }
          }
        }
        TextCosine.blend(blended, dots, lengths, copies, cosineWeight);
      }
      return best(docs, blended, wanted);
    }
  }

  /**
   * For each text clause (in the clauses' order), the index of its term among the cosine's
   * terms, or -1 if the cosine leaves it out (a term in every article).
   */
  private static int[] sharedTextTerms(Weighted clauses, TextCosine.Query cosine) {
    List<Map.Entry<Term, Float>> text = clauses.byField().getOrDefault(Documents.TEXT,
        List.of());
    Map<Term, Integer> index = new HashMap<>();
    List<Term> terms = cosine.terms();
    for (int q = 0; q < terms.size(); q++) {
      index.put(terms.get(q), q);
    }
    int[] shared = new int[text.size()];
    for (int c = 0; c < text.size(); c++) {
      shared[c] = index.getOrDefault(text.get(c).getKey(), -1);
    }
    return shared;
  }

  /**
   * The frequencies of the cosine's terms in one segment's candidates ({@code byDoc[from..to)}),
   * from postings positioned by the term states already looked up, into {@code freqs[q][k]}
   * (a row is made, all zeros, when its term is first found in a segment). Returns false, and
   * reads nothing, if the segment has no text field.
   */
  private static boolean cosineFreqs(LeafReaderContext leaf, ScoreDoc[] byDoc, int from, int to,
      TextCosine.Query cosine, Map<Term, TermStates> states, int[][] freqs) throws IOException {
    Terms terms = leaf.reader().terms(Documents.TEXT);
    if (terms == null) {
      return false;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    List<Term> queryTerms = cosine.terms();
    for (int q = 0; q < queryTerms.size(); q++) {
      TermStates ts = states.get(queryTerms.get(q));
      TermState state = ts == null ? null : ts.get(leaf);
      if (state == null) {
        continue;
      }
      if (freqs[q] == null) {
        freqs[q] = new int[byDoc.length];
      }
      int[] f = freqs[q];
      te.seekExact(queryTerms.get(q).bytes(), state);
      pe = te.postings(pe, PostingsEnum.FREQS);
      for (int k = from; k < to; k++) {
        int local = byDoc[k].doc - leaf.docBase;
        int at = pe.docID() < local ? pe.advance(local) : pe.docID();
        if (at == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        if (at == local) {
          f[k] = pe.freq();
        }
      }
    }
    return true;
  }

  /**
   * The lnc lengths of one segment's candidates ({@code byDoc[from..to)}), from
   * {@link Documents#TEXT_NORM} or, in an index made before it, from their term vectors (the
   * same value, slower); and which are copies of the article.
   */
  private static void lengthsAndCopies(LeafReaderContext leaf, ScoreDoc[] byDoc, int from,
      int to, TextCosine.Query cosine, float[] lengths, boolean[] copies) throws IOException {
    NumericDocValues norms = leaf.reader().getNumericDocValues(Documents.TEXT_NORM);
    NumericDocValues hashes = leaf.reader().getNumericDocValues(Documents.SIMHASH);
    for (int k = from; k < to; k++) {
      int local = byDoc[k].doc - leaf.docBase;
      copies[k] = hashes != null && hashes.advanceExact(local)
          && cosine.isCopy(hashes.longValue());
      if (norms != null && norms.advanceExact(local)) {
        lengths[k] = Float.intBitsToFloat((int) norms.longValue());
      } else {
        Terms vector = leaf.reader().termVectors().get(local, Documents.TEXT);
        lengths[k] = vector == null ? 0f : TextCosine.length(Documents.vectorFreqs(vector));
      }
    }
  }

  /** A candidate's indexed terms of one field, with the field's length norm. */
  record FieldTerms(Map<String, Integer> freqs, float norm) {
    static final FieldTerms NONE = new FieldTerms(Map.of(), 1f);
  }

  /**
   * Scores candidates from their terms per field (analysed from stored values, as the index
   * analysed them). {@code candidates.get(k)} is candidate {@code k}, whose ScoreDoc id is
   * {@code k}. Same arithmetic and clause order as the postings rescoring.
   */
  static ScoreDoc[] rescore(List<Map<String, FieldTerms>> candidates, Weighted clauses,
      int wanted, Map<Integer, Set<String>> textMatches) {
    return rescore(candidates, clauses, wanted, textMatches, null, 0f, new long[0]);
  }

  /**
   * As above, with the whole-text cosine ({@link TextCosine}) blended in when {@code cosine} is
   * not null: the candidates' text terms must then be among their fields, and
   * {@code simHashes[k]} is candidate k's SimHash (0: none).
   */
  static ScoreDoc[] rescore(List<Map<String, FieldTerms>> candidates, Weighted clauses,
      int wanted, Map<Integer, Set<String>> textMatches, TextCosine.Query cosine,
      float cosineWeight, long[] simHashes) {
    return score(candidates, 0, clauses, textMatches, cosine, simHashes)
        .ranked(cosine, cosineWeight, wanted);
  }

  /**
   * Candidates scored by the clauses from their terms per field, as {@link #score(IndexReader,
   * ScoreDoc[], Weighted, Map, Map, TextCosine.Query)} scores them from postings: candidate
   * {@code candidates.get(k)} gets ScoreDoc id {@code first + k}; with a cosine, its text terms
   * must be among its fields, and {@code simHashes[k]} is its SimHash (0: none).
   */
  static Scored score(List<Map<String, FieldTerms>> candidates, int first, Weighted clauses,
      Map<Integer, Set<String>> textMatches, TextCosine.Query cosine, long[] simHashes) {
    ScoreDoc[] byDoc = new ScoreDoc[candidates.size()];
    float[] scores = new float[byDoc.length];
    float[] lengths = new float[byDoc.length];
    boolean[] copies = new boolean[byDoc.length];
    int[][] cosineFreqs = cosine == null ? null : new int[cosine.terms().size()][];
    for (int k = 0; k < byDoc.length; k++) {
      int id = first + k;
      byDoc[k] = new ScoreDoc(id, 0f);
      Map<String, FieldTerms> fields = candidates.get(k);
      for (Map.Entry<String, List<Map.Entry<Term, Float>>> f : clauses.byField().entrySet()) {
        FieldTerms terms = fields.getOrDefault(f.getKey(), FieldTerms.NONE);
        if (terms.freqs().isEmpty()) {
          continue;
        }
        boolean text = f.getKey().equals(Documents.TEXT);
        for (Map.Entry<Term, Float> c : f.getValue()) {
          String word = c.getKey().text();
          Integer freq = terms.freqs().get(word);
          if (freq != null) {
            scores[k] += c.getValue() * (float) Math.sqrt(freq) * terms.norm();
            if (text) {
              textMatches.computeIfAbsent(id, d -> new HashSet<>()).add(word);
            }
          }
        }
      }
      if (cosine != null) {
        Map<String, Integer> text = fields.getOrDefault(Documents.TEXT, FieldTerms.NONE).freqs();
        List<Term> terms = cosine.terms();
        for (int q = 0; q < terms.size(); q++) {
          Integer freq = text.get(terms.get(q).text());
          if (freq != null) {
            if (cosineFreqs[q] == null) {
              cosineFreqs[q] = new int[byDoc.length];
            }
            cosineFreqs[q][k] = freq;
          }
        }
        lengths[k] = TextCosine.length(text);
        copies[k] = cosine.isCopy(simHashes[k]);
      }
    }
    return new Scored(byDoc, scores, cosineFreqs, lengths, copies);
  }

  /** The length norm Lucene stores for a field of this many tokens, decoded. */
  static float lengthNorm(int tokens) {
    return NORM_TABLE[SmallFloat.intToByte4(tokens) & 0xFF];
  }

  private static ScoreDoc[] best(ScoreDoc[] byDoc, float[] scores, int wanted) {
    List<ScoreDoc> rescored = new ArrayList<>(byDoc.length);
    for (int k = 0; k < byDoc.length; k++) {
      rescored.add(new ScoreDoc(byDoc[k].doc, scores[k]));
    }
    rescored.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score)
        .thenComparingInt(d -> d.doc));
    return rescored.subList(0, Math.min(wanted, rescored.size())).toArray(ScoreDoc[]::new);
  }

  private static float[] normTable() {
    float[] table = new float[256];
    for (int i = 1; i < 256; i++) {
      table[i] = SIMILARITY.lengthNorm(SmallFloat.byte4ToInt((byte) i));
    }
    table[0] = 1f / table[255];
    return table;
  }
}
