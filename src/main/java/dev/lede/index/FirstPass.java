package dev.lede.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The first pass of Lede's ranking: which of the full query's clauses look for candidates, and
 * the Lucene queries and filters of the embedded index. A small flat disjunction of boosted
 * term clauses (the final weights of the article's most telling and repeated terms, title words
 * and entities, without terms in more than 30% of a large archive, common repeated terms looked
 * up among the articles' repeated terms only) picks 20 candidates with a small top-k, so that
 * Lucene's block-max pruning skips most of a large archive; {@link Rescoring} then scores them
 * by every clause. SolrCloud runs the same clauses as a distributed query.
 *
 * <p>Stateless; thread-safe.
 */
final class FirstPass {

  /**
   * First-pass text terms: the article's 8 most telling (MoreLikeThis's tf-idf order). With
   * the repeated terms, title words and entities they pick the candidates; every term counts
   * only in the rescoring. Rare terms keep the first pass cheap (short postings). 12 gained a
   * little more than 8 with 30 candidates, but cost a fifth more time (README, "Quality").
   */
  static final int FIRST_PASS_TERMS = 8;

  /**
   * First-pass repeated (topic) terms beyond those: 6. Without them the candidates miss
   * same-topic stories (Reuters P@10 0.839 instead of 0.851), with them the first pass costs
   * more (their postings are long).
   */
  static final int FIRST_PASS_REPEATED = 6;

  /**
   * Candidates the first pass hands to the rescoring: 30 (at least limit + extra). Before the
   * whole-text cosine, 20 instead of 25 had cost ECB+ P@5 0.0004 and nothing on Reuters and
   * saved 5% of related() time; with the whole-text cosine at weight 2, 30 instead of 20 gained
   * at every metric of ECB+, Reuters and GUM's genres (ECB+ P@10 0.8635 to 0.8655, Reuters P@5
   * 0.8795 to 0.8816, GUM P@5 0.7074 to 0.7148) for about 10% more time at 100k articles
   * (README, "Quality").
   */
  static final int FIRST_PASS_CANDIDATES = 30;

  /**
   * Share of the archive above which a term is too common for the first pass: 30% ("said",
   * "mln", "year" in Reuters). Measured on Reuters test queries (10,377 articles, eval-related,
   * entities on; P@10 / MRR): no cap 0.8541 / 0.9375, 30% 0.8529 / 0.9380, 20% 0.8494 / 0.9368,
   * 10% 0.8342 / 0.9337 (a topic such as earnings is carried by common words: "shr", "net",
   * "vs"). At 100k articles 30% cut related() time by a sixth, 10% by a third.
   */
  static final float FIRST_PASS_MAX_SHARE = 0.30f;

  /**
   * Document frequency up to which a term always stays in the first pass, whatever its share:
   * in a small archive every term is cheap, and a share there is a handful of articles.
   */
  static final int FIRST_PASS_MIN_DENSE_DOCS = 1_000;

  /**
   * Articles above which a term is common for finding candidates: 1,000. A single mention of
   * such a word no longer marks a story, and its postings are long. So a common text term the
   * article repeats is looked for only among the other articles' repeated terms
   * ({@link Documents#TOPIC}), and a common title word or entity is left to the rescoring.
   * Measured at 100k articles (CPU time, Lede / MoreLikeThis p50): the topic field took 2.21x
   * to 1.94x, the title and entity cap 1.99x to 1.84x. Reuters test queries (10,377 articles)
   * gained (P@5 0.8697 to 0.8732, MRR 0.9382 to 0.9401; a cap of 300 gave 0.8745 but cost ECB+
   * P@5 0.002); ECB+ dev (496 articles) is unchanged, as it must be below the cap. Topic
   * postings of terms used 3+ times instead of 2+ were 12% faster again but cost Reuters P@10
   * 0.014; topic norms left out wrecked the first pass (Reuters P@5 0.78).
   */
  static final int COMMON_DOCS = 1_000;

  /**
   * Factor on the weight of a first-pass clause looked up in the topic field, where it is scored
   * by BM25 ({@link #SIMILARITY}): 0.5 brings BM25's saturated tf (1-2 for a repeated
   * word) to the scale of the TF-IDF clauses beside it. Measured against the topic field scored
   * by TF-IDF (Reuters test queries P@5 / P@10 / nDCG@10 / MRR 0.8748 / 0.8535 / 0.8651 /
   * 0.9400): factor 0.3 gave 0.8679 / 0.8501 / 0.8614 / 0.9386, 0.45 gave 0.8713 / 0.8521 /
   * 0.8635 / 0.9394, 0.5 gives 0.8722 / 0.8518 / 0.8635 / 0.9400, 0.7 gave 0.8722 / 0.8489 /
   * 0.8620 / 0.9417; at 100k articles each made related() about 22% faster (CPU time, 1.70x
   * MoreLikeThis to 1.32x at p50). ECB+ dev is below {@link #COMMON_DOCS} and unchanged.
   */
  static final float TOPIC_WEIGHT = 0.5f;

  /** Prefix of country entity keys ({@code COUNTRY:BY}). */
  static final String COUNTRY_PREFIX = "COUNTRY:";

  /**
   * The first pass's similarity: BM25 (Lucene's defaults) for the topic field, Lede's TF-IDF for
   * every other field. Whether a candidate repeats a topic word matters more than how often:
   * BM25's saturating tf says so, and gives Lucene tight score bounds to prune with. Thread-safe
   * and stateless. Lede's Solr schema gives each field the same similarity.
   */
  static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
    private final Similarity topic = new BM25Similarity();

    @Override
    public Similarity get(String field) {
      return field.equals(Documents.TOPIC) ? topic : Rescoring.SIMILARITY;
    }
  };

  private FirstPass() {}

  /**
   * The first pass's clauses with their weights. A small query Lucene can prune well picks
   * candidates: the article's most telling text terms, a few of its repeated (topic) terms, its
   * title words and entities, each with its final weight, leaving out terms too common to tell
   * stories apart. A common term the article repeats is matched against the other articles'
   * repeated terms only (short postings); a common title word or entity only counts in the
   * rescoring ({@link #COMMON_DOCS}).
   *
   * @param terms the article's text terms, most telling first
   * @param boosts the full query's clauses
   * @param docFreqs the document frequencies of the full query's terms
   * @param topicField whether every article has the topic field
   */
  static Map<Term, Float> clauses(List<Ranker.TextTerm> terms, Map<Term, Float> boosts,
      Map<Term, Integer> docFreqs, TermStatistics stats, Ranker.Weights weights,
      boolean topicField) throws IOException {
    Map<Term, Float> light = new LinkedHashMap<>();
    int dense = denseDocFreq(stats.numDocs(), weights);
    int wide = 0;
    int repeated = 0;
    Set<String> lightWords = new HashSet<>();
    List<Term> topicTerms = new ArrayList<>();
    for (Ranker.TextTerm t : terms) {
      Float w = boosts.get(t.term());
      if (w == null) {
        continue;
      }
      if (t.docFreq() > dense) {
        continue;
      }
      boolean take = false;
      if (wide < weights.firstPassTerms()) {
        take = true;
        wide++;
      } else if (repeated < weights.firstPassRepeated() && Ranker.isRepeated(t)) {
        take = true;
        repeated++;
      }
      if (take) {
        light.put(t.term(), w);
        lightWords.add(t.term().text());
        if (topicField && t.freq() >= Documents.TOPIC_MIN_FREQ
            && t.docFreq() > weights.commonDocs()) {
          topicTerms.add(new Term(Documents.TOPIC, t.term().text()));
        }
      }
    }
    if (!topicTerms.isEmpty()) {
      Map<Term, Integer> topicFreqs = stats.docFreqs(topicTerms);
      for (Term topic : topicTerms) {
        if (topicFreqs.containsKey(topic)) { // absent if no article repeats the term
          Term text = new Term(Documents.TEXT, topic.text());
          light.put(topic, light.remove(text) * weights.topicWeight());
        }
      }
    }
    // Title words and entities find the same event where the body words differ (ECB+ P@5
    // 0.950 with them, 0.948 without, measured with the other first-pass settings).
    // Countries are left to the rescoring: their postings are long, their weight small
    // (leaving them out cut latency by about a third; Reuters MRR 0.937 -> 0.936).
    // A title word already among the text terms finds no candidate the text clause does not
    // (the text field holds the title): left out, it saves a clause (about 8% of the time at
    // 100k articles; ECB+ and Reuters unchanged within 0.0003).
    boosts.forEach((t, w) -> {
      boolean candidateFinder = t.field().equals(Documents.TITLE)
          ? !lightWords.contains(t.text())
          : t.field().equals(Documents.ENTITY) && !t.text().startsWith(COUNTRY_PREFIX);
      if (candidateFinder && docFreqs.get(t) <= weights.commonDocs()) {
        light.put(t, w);
      }
    });
    return light;
  }

  /**
   * Document frequency up to which a term may find candidates in the second look-up, whatever
   * its share of the archive: the article and two others. In an archive of a handful of articles
   * a share is less than one.
   */
  static final int NEXT_MIN_DOCS = 3;

  /**
   * Clauses of a second, rare look-up, for an article whose first pass found no candidate: its
   * next most telling text terms after those the first pass used, at most
   * {@link Ranker.Weights#firstPassTerms} of them, function words aside. An article whose most
   * telling words are all its own ("an article of nine words, the ninth the only one shared")
   * otherwise gets no suggestion at all. Only terms some other article has and that are in at most
   * {@link Ranker.Weights#firstPassMaxShare} of the archive, whatever its size: in a small
   * archive "said" and "would" would make any story a candidate. The look-up runs only when the
   * first pass finds nothing, which in a large archive almost never happens, so it costs the
   * usual query nothing (README, "Ranking").
   *
   * @param terms the article's text terms, most telling first
   * @param boosts the full query's clauses
   * @param used the first pass's clauses
   * @param numDocs the articles in the archive
   */
  static Map<Term, Float> nextClauses(List<Ranker.TextTerm> terms, Map<Term, Float> boosts,
      Map<Term, Float> used, int numDocs, Ranker.Weights weights) {
    Map<Term, Float> next = new LinkedHashMap<>();
    Set<String> usedWords = new HashSet<>();
    used.keySet().forEach(t -> usedWords.add(t.text()));
    float maxDocs = Math.max(NEXT_MIN_DOCS, weights.firstPassMaxShare() * numDocs);
    for (Ranker.TextTerm t : terms) {
      if (next.size() == weights.firstPassTerms()) {
        break;
      }
      Float w = boosts.get(t.term());
      // docFreq counts the article itself when it is in the archive: 2 is the least that
      // can find another
      if (w != null && !usedWords.contains(t.term().text())
          && !Explanations.isFunctionWord(t.term().text()) && t.docFreq() >= 2
          && t.docFreq() <= maxDocs) {
        next.put(t.term(), w);
      }
    }
    return next;
  }

  /** The first pass's hits and, after them, those of the next clauses, up to the limit. */
  static ScoreDoc[] withNext(IndexSearcher ranking, ScoreDoc[] first,
      Map<Term, Float> next, LuceneTermStatistics stats, RelatedQuery q, int limit)
      throws IOException {
    if (next.isEmpty()) {
      return first;
    }
    Set<Integer> have = new HashSet<>();
    List<ScoreDoc> all = new ArrayList<>(Arrays.asList(first));
    Arrays.stream(first).forEach(h -> have.add(h.doc));
    Query more = filtered(toQuery(next, stats::states), q);
    for (ScoreDoc h : ranking.search(more, limit).scoreDocs) {
      if (all.size() < limit && have.add(h.doc)) {
        all.add(h);
      }
    }
    return all.toArray(ScoreDoc[]::new);
  }

  /**
   * The document frequency above which a clause is left out of the first pass: a term in more
   * than {@link Ranker.Weights#firstPassMaxShare} of a large archive ("said", "mln") tells no
   * story from another on its own, yet its postings cover much of the archive, and Lucene
   * advances them for every candidate document even when its weight is tiny (lowering the
   * weight to 1% instead of leaving the clause out saved almost nothing). Such terms still count
   * in the rescoring. Small archives keep every clause ({@link #FIRST_PASS_MIN_DENSE_DOCS}).
   */
  private static int denseDocFreq(int numDocs, Ranker.Weights weights) {
    return Math.max(weights.firstPassMinDense(),
        (int) Math.ceil(weights.firstPassMaxShare() * numDocs));
  }

  /** Boosted term clauses; terms carry the statistics already looked up. */
  static BooleanQuery.Builder toQuery(Map<Term, Float> boosts,
      Function<Term, TermStates> states) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boosts.forEach((t, w) -> {
      if (w > 0) {
        b.add(new BoostQuery(new TermQuery(t, states.apply(t)), w), Occur.SHOULD);
      }
    });
    return b;
  }

  /** The query restricted by the options' filters (section, language, dates), if any. */
  static Query filtered(BooleanQuery.Builder b, RelatedQuery q) {
    if (addFilterClauses(b, q)) {
      // With a filter the optional clauses are no longer required: at least one must match.
      b.setMinimumNumberShouldMatch(1);
    }
    return b.build();
  }

  /** Adds the options' filters (section, language, dates); returns whether there was any. */
  static boolean addFilterClauses(BooleanQuery.Builder b, RelatedQuery q) {
    boolean any = false;
    if (q.section() != null) {
      b.add(new TermQuery(new Term(Documents.SECTION_KEY, q.section().toLowerCase(Locale.ROOT))),
          Occur.FILTER);
      any = true;
    }
    if (q.language() != null) {
      b.add(new TermQuery(new Term(Documents.LANGUAGE, q.language())), Occur.FILTER);
      any = true;
    }
    if (q.publishedFrom() != null || q.publishedTo() != null) {
      b.add(LongPoint.newRangeQuery(Documents.DATE, dateFrom(q), dateTo(q)), Occur.FILTER);
      any = true;
    }
    return any;
  }

  /** The first publication instant the options accept, in epoch milliseconds. */
  static long dateFrom(RelatedQuery q) {
    return q.publishedFrom() == null ? Long.MIN_VALUE : q.publishedFrom().toEpochMilli();
  }

  /** The last publication instant the options accept, in epoch milliseconds. */
  static long dateTo(RelatedQuery q) {
    return q.publishedTo() == null ? Long.MAX_VALUE : q.publishedTo().toEpochMilli();
  }

  /** The documents a query must not return: the article itself and the excluded ids. */
  static Set<Integer> excludedDocs(IndexReader reader, Ranker.Probe p, RelatedQuery q)
      throws IOException {
    Set<Integer> docs = new HashSet<>();
    if (p.doc() >= 0) {
      docs.add(p.doc());
    }
    if (!q.excludeIds().isEmpty()) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms ids = leaf.reader().terms(Documents.ID);
        if (ids == null) {
          continue;
        }
        TermsEnum te = ids.iterator();
        Bits live = leaf.reader().getLiveDocs();
        for (String id : q.excludeIds()) {
          if (te.seekExact(new BytesRef(id))) {
            PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
              if (live == null || live.get(d)) {
                docs.add(leaf.docBase + d);
              }
            }
          }
        }
      }
    }
    return docs;
  }

  /**
   * Adds the options' filters and the exclusions (the article itself, excluded ids) to a
   * baseline query's clauses. Returns false if the query has nothing to match with.
   */
  static boolean addFilters(BooleanQuery.Builder b, Ranker.Probe p, RelatedQuery q) {
    BooleanQuery current = b.build();
    if (current.clauses().isEmpty()) {
      return false;
    }
    boolean scoringOnly = current.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD);
    if (addFilterClauses(b, q) && scoringOnly) {
      // With a filter the optional clauses are no longer required: at least one must match.
      b.setMinimumNumberShouldMatch(1);
    }
    if (p.id() != null) {
      b.add(new TermQuery(new Term(Documents.ID, p.id())), Occur.MUST_NOT);
    }
    if (!q.excludeIds().isEmpty()) {
      b.add(new TermInSetQuery(Documents.ID,
          q.excludeIds().stream().map(BytesRef::new).toList()), Occur.MUST_NOT);
    }
    return true;
  }
}
