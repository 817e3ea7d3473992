package dev.lede.index;

import dev.lede.index.Ranker.Probe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.ScoreDoc;

/**
 * The last stage of a related query, the same on every backend: ranked hits become suggestions
 * through the recency bonus (Lede's ranking), the de-duplication of near-identical copies, the
 * limit and minimum score, and the explanations.
 *
 * <p>Thread-safe: stateless.
 */
final class FinalOrder {

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private FinalOrder() {}

  /** What the final stage reads about a hit, by the hit's doc number. */
  interface Hits {
    Long date(int doc) throws IOException;

    Long simHash(int doc) throws IOException;

    /** The hit's {@link Ranker#RESULT_FIELDS}. */
    Document document(int doc) throws IOException;

    /** The hit's id, which orders equal scores; by default from its stored fields. */
    default String id(int doc) throws IOException {
      return document(doc).get(Documents.ID);
    }

    /** The hit's text terms, for a baseline ranking's explanations. */
    Set<String> textTerms(int doc) throws IOException;
  }

  /**
   * The suggestions from ranked hits: the recency bonus (Lede's ranking), the de-duplication,
   * the limit and minimum score, and the explanations.
   *
   * @param textMatches the text terms each hit matched, or null for a baseline ranking
   * @param topical the hits there for their topic more than for their words
   * @param termOrder the order in which shared text terms are shown
   */
  static List<RelatedArticle> results(Analyzer analyzer, Probe p, RelatedQuery q, ScoreDoc[] hits,
      Map<Integer, Set<String>> textMatches, Set<Integer> topical, List<String> termOrder,
      Hits data)
      throws IOException {
    boolean lede = q.ranking() == RelatedQuery.Ranking.LEDE;
    boolean rerank = lede || q.deduplicate();
    List<Scored> scored = new ArrayList<>(hits.length);
    for (ScoreDoc h : hits) {
      double score = h.score;
      long hash = 0;
      if (rerank) {
        Long date = data.date(h.doc);
        if (lede && p.date() != null && date != null) {
          double days = Math.abs(p.date() - date) / (double) MILLIS_PER_DAY;
          score *= 1 + Ranker.RECENCY_BONUS * Math.exp(-days / Ranker.RECENCY_DAYS);
        }
        Long value = data.simHash(h.doc);
        hash = value == null ? 0 : value;
        if (q.deduplicate() && sameText(hash, p.simHash())) {
          // A copy of the article is never shown, wherever it ranks: dropped before the sort,
          // whose ties (copies score alike) each cost a stored-fields read for the id.
          continue;
        }
      }
      scored.add(new Scored(h.doc, score, hash));
    }
    // Equal scores (copies of one text, above all) in id order, as on SolrCloud, not in the
    // order the articles were added: which copy is shown must not depend on the backend.
    Map<Integer, String> ids = new HashMap<>();
    try {
      scored.sort(Comparator.comparingDouble(Scored::score).reversed()
          .thenComparing((Scored s) -> id(data, s.doc(), ids)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }

    List<Scored> kept = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    List<List<String>> stems = new ArrayList<>();
    Set<String> shownStems = new HashSet<>();
    for (Scored s : scored) {
      if (kept.size() == q.limit()) {
        break;
      }
      if (s.score() < q.minScore()) {
        break;
      }
      if (q.deduplicate() && isDuplicate(s, kept)) {
        continue;
      }
      kept.add(s);
      docs.add(data.document(s.doc()));
      Set<String> matched = textMatches != null
          ? textMatches.getOrDefault(s.doc(), Set.of())
          : data.textTerms(s.doc());
      List<String> shared = Explanations.sharedTerms(matched, termOrder);
      stems.add(shared);
      shownStems.addAll(shared);
    }
    Map<String, String> surface =
        Explanations.surfaceForms(analyzer, p.surfaceText(), shownStems);
    List<RelatedArticle> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      Document d = docs.get(i);
      List<String> shownTerms = new ArrayList<>();
      for (String t : stems.get(i)) {
        String shown = surface.getOrDefault(t, t);
        if (!shownTerms.contains(shown)) {
          shownTerms.add(shown);
        }
      }
      out.add(new RelatedArticle(d.get(Documents.ID), d.get(Documents.TITLE),
          d.get(Documents.URL), d.get(Documents.SECTION), d.get(Documents.BYLINE),
          d.get(Documents.PUBLISHED), kept.get(i).score(), Explanations.sharedEntities(p, d),
          shownTerms, topical.contains(kept.get(i).doc())));
    }
    return out;
  }

  private record Scored(int doc, double score, long hash) {}

  private static String id(Hits data, int doc, Map<Integer, String> ids) {
    return ids.computeIfAbsent(doc, d -> {
      try {
        return data.id(d);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Whether a hit is a copy of a suggestion already kept (copies of the article are gone). */
  private static boolean isDuplicate(Scored s, List<Scored> kept) {
    for (Scored k : kept) {
      if (sameText(s.hash(), k.hash())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two articles with these SimHashes (0: none) are copies of one text: their hashes
   * are at most {@link Ranker#DUPLICATE_BITS} bits apart.
   */
  static boolean sameText(long a, long b) {
    return a != 0 && b != 0 && Long.bitCount(a ^ b) <= Ranker.DUPLICATE_BITS;
  }
}
