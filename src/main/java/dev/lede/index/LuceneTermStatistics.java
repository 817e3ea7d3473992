package dev.lede.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;

/**
 * {@link TermStatistics} of the embedded index, for one query on one point-in-time view. Every
 * term looked up keeps its {@link TermStates} ({@link #states}), so that the query's term clauses
 * and the rescoring's postings need no second lookup. Lookups go through {@link Caches}, shared
 * by all queries. Not thread-safe: one instance per query.
 */
final class LuceneTermStatistics implements TermStatistics {

  /** Segment-term statistics kept for reuse across queries: 200,000 (about 20 MB). */
  static final int TERM_CACHE_SIZE = 200_000;

  /** Terms whose statistics over a whole view of the index are kept: 50,000 (about 15 MB). */
  static final int VIEW_TERM_CACHE_SIZE = 50_000;

  /** Views of the index whose term statistics are kept: the current one and the previous. */
  static final int VIEWS_CACHED = 2;

  /** A term of one segment: segments never change, so neither do its statistics. */
  private record SegmentTerm(Object segment, Term term) {}

  /** A term's state and statistics in one segment ({@link #ABSENT} if it has none). */
  private record SegmentStats(TermState state, int docFreq, long totalTermFreq) {
    static final SegmentStats ABSENT = new SegmentStats(null, 0, 0);
  }

  /** Term lookups shared by all queries on one index. Thread-safe (Caffeine caches). */
  static final class Caches {
    /**
     * Text-term lookups per segment, shared by all queries: most of an article's words were
     * looked up by earlier queries, and a lookup in every segment for each of its ~100-300
     * terms is the largest fixed cost of a related query. Bounded (least recently used out);
     * entries of merged-away segments age out.
     */
    private final Cache<SegmentTerm, SegmentStats> termStats =
        Caffeine.newBuilder().maximumSize(TERM_CACHE_SIZE).build();

    /**
     * Term statistics over every segment of a point-in-time view of the index, per view, shared
     * by all queries on it: one lookup per term instead of one per segment, and no statistics to
     * assemble ({@link Optional#empty} if the view has no such term). Views are few: the current
     * one and the one queries may still be using after a refresh ({@link #VIEWS_CACHED}); a
     * view's entry goes when the view is closed, as its statistics hold its readers. A refreshed
     * view starts empty and fills from the segment cache.
     */
    private final Cache<Object, Cache<Term, Optional<TermStates>>> statsByView =
        Caffeine.newBuilder().maximumSize(VIEWS_CACHED).build();
  }

  private final IndexSearcher searcher;
  private final Caches caches;
  private final Map<Term, TermStates> states = new HashMap<>();
  /** Terms this query found in no segment. */
  private final Set<Term> absent = new HashSet<>();

  LuceneTermStatistics(IndexSearcher searcher, Caches caches) {
    this.searcher = searcher;
    this.caches = caches;
  }

  @Override
  public int numDocs() {
    return searcher.getIndexReader().numDocs();
  }

  @Override
  public long docCount(String field) throws IOException {
    CollectionStatistics stats = searcher.collectionStatistics(field);
    return stats == null ? 0L : stats.docCount();
  }

  @Override
  public Map<Term, Integer> docFreqs(Collection<Term> terms) throws IOException {
    // A query asks for most of its text terms twice (its clauses, its cosine): the answers it
    // already has need no trip to the shared caches.
    Map<Term, Integer> out = new HashMap<>();
    List<Term> unknown = new ArrayList<>();
    for (Term t : terms) {
      TermStates known = states.get(t);
      if (known != null) {
        out.put(t, known.docFreq());
      } else if (!absent.contains(t)) {
        unknown.add(t);
      }
    }
    if (!unknown.isEmpty()) {
      Map<Term, TermStates> found = termStates(unknown);
      for (Term t : unknown) {
        TermStates st = found.get(t);
        if (st == null) {
          absent.add(t);
        } else {
          states.put(t, st);
          out.put(t, st.docFreq());
        }
      }
    }
    return out;
  }

  /** The states of a term looked up by {@link #docFreqs}, or null if it is absent. */
  TermStates states(Term term) {
    return states.get(term);
  }

  /** The statistics cache of a view of the index, or null if the view cannot be keyed. */
  private Cache<Term, Optional<TermStates>> viewStats(IndexReader reader) {
    IndexReader.CacheHelper view = reader.getReaderCacheHelper();
    if (view == null) {
      return null;
    }
    return caches.statsByView.get(view.getKey(), key -> {
      view.addClosedListener(caches.statsByView::invalidate);
      return Caffeine.newBuilder().maximumSize(VIEW_TERM_CACHE_SIZE).build();
    });
  }

  /**
   * The states of terms in every segment, for those present in the index. Looked up with one
   * terms enumeration per segment and field, in term order (which lets the enumeration reuse
   * the blocks it has just read), through the shared per-segment cache.
   */
  private Map<Term, TermStates> termStates(Collection<Term> terms) throws IOException {
    Map<Term, TermStates> out = new HashMap<>();
    Cache<Term, Optional<TermStates>> viewStats = viewStats(searcher.getIndexReader());
    List<Term> missing = new ArrayList<>();
    for (Term t : terms) {
      Optional<TermStates> known = viewStats == null ? null : viewStats.getIfPresent(t);
      if (known == null) {
        missing.add(t);
      } else {
        known.ifPresent(st -> out.put(t, st));
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    Term[] sorted = missing.toArray(Term[]::new);
    Arrays.sort(sorted);
    TermStates[] found = new TermStates[sorted.length];
    IndexReaderContext top = searcher.getTopReaderContext();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
      String field = null;
      TermsEnum te = null;
      for (int k = 0; k < sorted.length; k++) {
        Term term = sorted[k];
        SegmentTerm key = core == null ? null : new SegmentTerm(core.getKey(), term);
        SegmentStats stats = key == null ? null : caches.termStats.getIfPresent(key);
        if (stats == null) {
          if (!term.field().equals(field)) {
            field = term.field();
            Terms t = leaf.reader().terms(field);
            te = t == null ? null : t.iterator();
          }
          stats = te != null && te.seekExact(term.bytes())
              ? new SegmentStats(te.termState(), te.docFreq(), te.totalTermFreq())
              : SegmentStats.ABSENT;
          if (key != null) {
            caches.termStats.put(key, stats);
          }
        }
        if (stats.docFreq() > 0) {
          if (found[k] == null) {
            found[k] = new TermStates(top);
          }
          found[k].register(stats.state(), leaf.ord, stats.docFreq(), stats.totalTermFreq());
        }
      }
    }
    for (int k = 0; k < sorted.length; k++) {
      if (found[k] != null) {
        out.put(sorted[k], found[k]);
      }
      if (viewStats != null) {
        viewStats.put(sorted[k], Optional.ofNullable(found[k]));
      }
    }
    return out;
  }
}
