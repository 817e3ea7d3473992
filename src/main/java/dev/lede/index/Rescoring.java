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
   * A text clause whose term is also one of the cosine's reads its postings once, for both.
   */
  static ScoreDoc[] rescore(IndexReader reader, ScoreDoc[] candidates, Weighted clauses,
      Map<Term, TermStates> states, int wanted, Map<Integer, Set<String>> textMatches,
      TextCosine.Query cosine, float cosineWeight) throws IOException {
    ScoreDoc[] byDoc = candidates.clone();
    Arrays.sort(byDoc, Comparator.comparingInt((ScoreDoc d) -> d.doc));
    float[] scores = new float[byDoc.length];
    double[] dots = new double[byDoc.length];
    float[] lengths = new float[byDoc.length];
    boolean[] copies = new boolean[byDoc.length];
    int[] sharedTerms = cosine == null ? null : sharedTextTerms(clauses, cosine);
    // per cosine term, the segment's candidates' frequencies (null: not in the segment)
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
                if (freqs[k - i] > 0) {
                  scores[k] += weight * (float) Math.sqrt(freqs[k - i]) * norms[k - i];
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
        cosineDots(leaf, byDoc, i, end, cosine, cosineFreqs, dots, lengths, copies);
      }
      i = end;
    }
    if (cosine != null) {
      TextCosine.blend(scores, dots, lengths, copies, cosineWeight);
    }
    return best(byDoc, scores, wanted);
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
   * from postings positioned by the term states already looked up: {@code freqs[q][k - from]},
   * 0 where candidate k lacks term q, {@code freqs[q]} null where the segment lacks it. Returns
   * false, and reads nothing, if the segment has no text field.
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
        freqs[q] = null;
        continue;
      }
      int[] f = new int[to - from];
      freqs[q] = f;
      te.seekExact(queryTerms.get(q).bytes(), state);
      pe = te.postings(pe, PostingsEnum.FREQS);
      for (int k = from; k < to; k++) {
        int local = byDoc[k].doc - leaf.docBase;
        int at = pe.docID() < local ? pe.advance(local) : pe.docID();
        if (at == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        if (at == local) {
          f[k - from] = pe.freq();
        }
      }
    }
    return true;
  }

  /**
   * The dot products of one segment's candidates ({@code byDoc[from..to)}) with the cosine's
   * query, from their term frequencies ({@link #cosineFreqs}), each candidate adding the query's
   * terms in order; and their lnc lengths, from {@link Documents#TEXT_NORM} or, in an index made
   * before it, from their term vectors (the same value, slower); and which are copies of the
   * article.
   */
  private static void cosineDots(LeafReaderContext leaf, ScoreDoc[] byDoc, int from, int to,
      TextCosine.Query cosine, int[][] freqs, double[] dots, float[] lengths,
      boolean[] copies) throws IOException {
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
        lengths[k] = vector == null ? 0f : TextCosine.length(Ranker.freqs(vector));
      }
    }
    for (int q = 0; q < freqs.length; q++) {
      int[] f = freqs[q];
      if (f == null) {
        continue;
      }
      double weight = cosine.weights()[q];
      for (int k = from; k < to; k++) {
        if (f[k - from] > 0) {
          dots[k] += weight * TextCosine.damped(f[k - from]);
        }
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
    ScoreDoc[] byDoc = new ScoreDoc[candidates.size()];
    float[] scores = new float[byDoc.length];
    double[] dots = new double[byDoc.length];
    float[] lengths = new float[byDoc.length];
    boolean[] copies = new boolean[byDoc.length];
    for (int k = 0; k < byDoc.length; k++) {
      byDoc[k] = new ScoreDoc(k, 0f);
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
              textMatches.computeIfAbsent(k, d -> new HashSet<>()).add(word);
            }
          }
        }
      }
      if (cosine != null) {
        Map<String, Integer> text = fields.getOrDefault(Documents.TEXT, FieldTerms.NONE).freqs();
        dots[k] = TextCosine.dot(cosine, text);
        lengths[k] = TextCosine.length(text);
        copies[k] = cosine.isCopy(simHashes[k]);
      }
    }
    if (cosine != null) {
      TextCosine.blend(scores, dots, lengths, copies, cosineWeight);
    }
    return best(byDoc, scores, wanted);
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
