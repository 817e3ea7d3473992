package dev.lede.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.lede.ArticleAnalysis;
import dev.lede.entities.EntityType;
import dev.lede.index.Documents.EntityRef;
import dev.lede.keywords.Keyword;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Builds related-article queries and ranks their hits. Stateless apart from the shared,
 * thread-safe Lucene analyzer and its immutable weights, so one instance serves every thread.
 *
 * <p>Lede's ranking runs in two passes. A small flat disjunction of boosted term clauses (the
 * final weights of the article's most telling and repeated terms, title words and entities,
 * without terms in more than 30% of a large archive, common repeated terms looked up among the
 * articles' repeated terms only) picks 20 candidates with a small top-k,
 * so that Lucene's block-max pruning skips most of a large archive; every clause of the full
 * query (~100) then scores just those candidates from postings, as Lucene's
 * {@link ClassicSimilarity} would. The article's
 * terms are looked up once per segment ({@link TermStates}, cached across queries): the same
 * statistics select both MoreLikeThis term sets and score every clause.
 */
final class Ranker {

  /** MoreLikeThis settings for news: every term counts, even if the archive is small. */
  static final int NEWS_MIN_TERM_FREQ = 1;

  static final int NEWS_MIN_DOC_FREQ = 1;

  /** Terms per MoreLikeThis query: 40; more gained little on the dev sets and cost latency. */
  static final int NEWS_MAX_QUERY_TERMS = 40;

  /** The "MoreLikeThis tuned for news" baseline: every term counts, 40 terms, tf-idf boosts. */
  static final int BASELINE_NEWS_MIN_TERM_FREQ = 1;

  static final int BASELINE_NEWS_MIN_DOC_FREQ = 1;

  static final int BASELINE_NEWS_MAX_QUERY_TERMS = 40;

  /**
   * The repeated-terms selection: Lucene MoreLikeThis's defaults (terms used at least twice, in
   * at least 5 articles, the 25 with the highest tf-idf, unboosted), computed from the same
   * statistics as the wide selection instead of by a second MoreLikeThis run.
   */
  static final int REPEATED_MIN_TERM_FREQ = MoreLikeThis.DEFAULT_MIN_TERM_FREQ;

  static final int REPEATED_MIN_DOC_FREQ = MoreLikeThis.DEFAULT_MIN_DOC_FREQ;

  static final int REPEATED_MAX_QUERY_TERMS = MoreLikeThis.DEFAULT_MAX_QUERY_TERMS;

  /** Tokens read from an article that is not in the index, as MoreLikeThis reads at most. */
  static final int MAX_TOKENS_PARSED = MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED;

  /** Weight of each title word matching a suggestion's title, relative to a body term. */
  static final float TITLE_WEIGHT = 0.6f;

  /**
   * Weight of each proper noun shared with a suggestion's proper nouns. Lower than the title
   * weight: the shared entities already count most names once (0.5 with entity weight 0.2 gave
   * Reuters MRR 0.9375 and ECB+ P@5 0.9508; 0.6 with 0.3 gave 0.9356 and 0.9508).
   */
  static final float NAMES_WEIGHT = 0.5f;

  /** Most proper-noun terms taken from the query article, the most frequent first. */
  static final int MAX_NAME_TERMS = 30;

  /** Weight of each shared keyword. */
  static final float KEYWORD_WEIGHT = 0.3f;

  /**
   * Weight of a shared entity per unit of type weight, scaled by 0.5 + salience. Measured with
   * the entity recognizer on (eval-related, dev sets): 0.7 and 1.5 let shared countries and
   * places outvote the text (ECB+ P@5 0.949 and 0.938); with the current entity model 0.2
   * (names 0.5) ranks Reuters' first suggestion better than 0.3 (MRR 0.9375 vs 0.9356) at the
   * same ECB+ P@5 (0.9508).
   */
  static final float ENTITY_WEIGHT = 0.2f;

  /**
   * Weight of the entity types: people and ministries tell most about which story it is,
   * countries least (a country is shared by thousands of unrelated stories).
   */
  static final Map<EntityType, Float> TYPE_WEIGHTS = new EnumMap<>(Map.of(
      EntityType.PERSON, 1.0f,
      EntityType.MINISTRY, 1.0f,
      EntityType.ORGANIZATION, 0.7f,
      EntityType.LOCATION, 0.5f,
      EntityType.COUNTRY, 0.3f));

  /** Weight of a country the query article names only through a demonym ("Belarusian"). */
  static final float DEMONYM_WEIGHT = 0.15f;

  /** Largest score bonus for being published close to the query article: 10%. */
  static final double RECENCY_BONUS = 0.10;

  /** Days over which the recency bonus falls to 1/e. */
  static final double RECENCY_DAYS = 30;

  /** SimHash bit distance at or below which two bodies count as the same story: 3 of 64. */
  static final int DUPLICATE_BITS = 3;

  /** Most clauses taken from each part of an article (title words, entities, keywords...). */
  static final int MAX_CLAUSES_PER_PART = 100;

  /**
   * Hits fetched beyond the limit: room for the recency re-ranking and for near-duplicates the
   * de-duplication leaves out. The top-k is small so that Lucene can prune.
   */
  static final int EXTRA_CANDIDATES = 10;

  /**
   * First-pass text terms: the article's 8 most telling (MoreLikeThis's tf-idf order). With
   * the repeated terms, title words and entities they pick the candidates; every term counts
   * only in the rescoring. Rare terms keep the first pass cheap (short postings).
   */
  static final int FIRST_PASS_TERMS = 8;

  /**
   * First-pass repeated (topic) terms beyond those: 6. Without them the candidates miss
   * same-topic stories (Reuters P@10 0.839 instead of 0.851), with them the first pass costs
   * more (their postings are long).
   */
  static final int FIRST_PASS_REPEATED = 6;

  /**
   * Candidates the first pass hands to the rescoring: 20 (at least limit + extra). With the
   * topic field, 20 instead of 25 cost ECB+ P@5 0.0004 (0.9508 to 0.9504) and nothing on
   * Reuters (P@5 0.8732 to 0.8748, MRR 0.9401 to 0.9400), and saved 5% of related() time at
   * 100k articles (the first pass prunes sooner, the rescoring reads fewer postings).
   */
  static final int FIRST_PASS_CANDIDATES = 20;

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
   * by BM25 ({@link #FIRST_PASS_SIMILARITY}): 0.5 brings BM25's saturated tf (1-2 for a repeated
   * word) to the scale of the TF-IDF clauses beside it. Measured against the topic field scored
   * by TF-IDF (Reuters test queries P@5 / P@10 / nDCG@10 / MRR 0.8748 / 0.8535 / 0.8651 /
   * 0.9400): factor 0.3 gave 0.8679 / 0.8501 / 0.8614 / 0.9386, 0.45 gave 0.8713 / 0.8521 /
   * 0.8635 / 0.9394, 0.5 gives 0.8722 / 0.8518 / 0.8635 / 0.9400, 0.7 gave 0.8722 / 0.8489 /
   * 0.8620 / 0.9417; at 100k articles each made related() about 22% faster (CPU time, 1.70x
   * MoreLikeThis to 1.32x at p50). ECB+ dev is below {@link #COMMON_DOCS} and unchanged.
   */
  static final float TOPIC_WEIGHT = 0.5f;

  /** Segment-term statistics kept for reuse across queries: 200,000 (about 20 MB). */
  static final int TERM_CACHE_SIZE = 200_000;

  /** Terms whose statistics over a whole view of the index are kept: 50,000 (about 15 MB). */
  static final int VIEW_TERM_CACHE_SIZE = 50_000;

  /** Views of the index whose term statistics are kept: the current one and the previous. */
  static final int VIEWS_CACHED = 2;

  /** Shared terms reported per suggestion. */
  static final int SHARED_TERMS = 5;

  /**
   * Weight of the repeated-terms clause (MoreLikeThis's default selection: the article's
   * repeated topic words). The wide clause (every term, tf-idf boosts) finds the same event;
   * this one the same topic. Measured with the two-pass query below (eval-related, entities
   * on; ECB+ P@5 / Reuters P@5, MRR): 3 gave 0.949 / 0.866, 0.932; 4 gave 0.950 / 0.868,
   * 0.935; 5 gives 0.950 / 0.869, 0.937; 6 gave 0.947 / 0.871, 0.938.
   */
  static final float REPEATED_WEIGHT = 5.0f;

  /** Weight of the MoreLikeThis clause over every term. */
  static final float WIDE_WEIGHT = 1.0f;

  /** Prefix of country entity keys ({@code COUNTRY:BY}). */
  private static final String COUNTRY_PREFIX = "COUNTRY:";

  /** Stems of the Snowball English stop words (174 words, shipped with Lucene). */
  private static final Set<String> EXPLANATION_STOP_STEMS = snowballStopStems();

  private static final long MILLIS_PER_DAY = 86_400_000L;

  /**
   * Lede's similarity: TF-IDF with 1/sqrt(length) norms. On the ECB+ dev set it ranks
   * same-event stories clearly better than BM25 for MoreLikeThis queries (P@5 0.95 against
   * 0.93), because boosted MoreLikeThis terms already carry their idf and BM25's saturation
   * flattens the repeated names that mark one event. Thread-safe and stateless.
   */
  private static final ClassicSimilarity SIMILARITY = new UnexplainedClassicSimilarity();

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
   * The first pass's similarity: BM25 (Lucene's defaults) for the topic field, Lede's TF-IDF for
   * every other field. Whether a candidate repeats a topic word matters more than how often:
   * BM25's saturating tf says so, and gives Lucene tight score bounds to prune with. Thread-safe
   * and stateless.
   */
  private static final Similarity FIRST_PASS_SIMILARITY = new PerFieldSimilarityWrapper() {
    private final Similarity topic = new BM25Similarity();

    @Override
    public Similarity get(String field) {
      return field.equals(Documents.TOPIC) ? topic : SIMILARITY;
    }
  };

  /** The stored fields a suggestion shows: all but the body, which is large. */
  private static final Set<String> RESULT_FIELDS = Set.of(Documents.ID, Documents.TITLE,
      Documents.URL, Documents.SECTION, Documents.BYLINE, Documents.PUBLISHED,
      Documents.ENTITY_STORED);

  /**
   * The weights of Lede's ranking. {@link #DEFAULT} is what ships; other values exist for
   * measuring alternatives on the dev sets in one process.
   */
  record Weights(float wide, float repeated, int wideTerms, float title, float names,
      int nameTerms, float keyword, float entity, float demonym, int extraCandidates,
      int firstPassTerms, int firstPassRepeated, int candidates, float firstPassMaxShare,
      int firstPassMinDense, int commonDocs, float topicWeight) {

    static final Weights DEFAULT = new Weights(WIDE_WEIGHT, REPEATED_WEIGHT,
        NEWS_MAX_QUERY_TERMS, TITLE_WEIGHT, NAMES_WEIGHT, MAX_NAME_TERMS, KEYWORD_WEIGHT,
        ENTITY_WEIGHT, DEMONYM_WEIGHT, EXTRA_CANDIDATES, FIRST_PASS_TERMS, FIRST_PASS_REPEATED,
        FIRST_PASS_CANDIDATES, FIRST_PASS_MAX_SHARE, FIRST_PASS_MIN_DENSE_DOCS,
        COMMON_DOCS, TOPIC_WEIGHT);

    /** These weights with another document frequency above which a term is common. */
    Weights withCommonDocs(int docs) {
      return new Weights(wide, repeated, wideTerms, title, names, nameTerms, keyword, entity,
          demonym, extraCandidates, firstPassTerms, firstPassRepeated, candidates,
          firstPassMaxShare, firstPassMinDense, docs, topicWeight);
    }

    /** These weights with another cap on first-pass document frequencies. */
    Weights withFirstPassCap(float maxShare, int minDense) {
      return new Weights(wide, repeated, wideTerms, title, names, nameTerms, keyword, entity,
          demonym, extraCandidates, firstPassTerms, firstPassRepeated, candidates, maxShare,
          minDense, commonDocs, topicWeight);
    }
  }

  /** A term of one segment: segments never change, so neither do its statistics. */
  private record SegmentTerm(Object segment, Term term) {}

  /** A term's state and statistics in one segment ({@link #ABSENT} if it has none). */
  private record SegmentStats(TermState state, int docFreq, long totalTermFreq) {
    static final SegmentStats ABSENT = new SegmentStats(null, 0, 0);
  }

  private final Analyzer analyzer;
  private final Weights weights;

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

  Ranker(Analyzer analyzer) {
    this(analyzer, Weights.DEFAULT);
  }

  Ranker(Analyzer analyzer, Weights weights) {
    this.analyzer = analyzer;
    this.weights = weights;
  }

  /**
   * What a related query is about: the article's text terms with their frequencies, title
   * terms, names, entities, date and hash, and its title and body ({@code surfaceText}), whose
   * words the explanations show.
   */
  record Probe(
      String id,
      int doc,
      Map<String, Integer> textFreqs,
      List<String> titleTerms,
      List<String> nameTerms,
      List<EntityRef> entities,
      List<String> demonyms,
      List<String> keywords,
      Long date,
      long simHash,
      String surfaceText) {}

  /** Stored fields the probe of an indexed article needs. */
  private static final Set<String> PROBE_FIELDS = Set.of(Documents.ENTITY_STORED,
      Documents.DEMONYM, Documents.KEYWORD, Documents.TITLE, Documents.BODY);

  Probe probe(IndexSearcher searcher, int doc, String id) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Document d = reader.storedFields().document(doc, PROBE_FIELDS);
    // One read of the document's term vectors (each get(doc, field) would decode them all).
    Fields vectors = reader.termVectors().get(doc);
    Map<String, Integer> text = freqs(vectors == null ? null : vectors.terms(Documents.TEXT));
    List<String> title = termsByFreq(vectors == null ? null : vectors.terms(Documents.TITLE),
        Integer.MAX_VALUE);
    List<String> names = termsByFreq(vectors == null ? null : vectors.terms(Documents.NAMES),
        MAX_NAME_TERMS);
    List<EntityRef> entities = new ArrayList<>();
    for (IndexableField f : d.getFields(Documents.ENTITY_STORED)) {
      entities.add(Documents.parseStoredEntity(f.stringValue()));
    }
    List<String> demonyms = values(d, Documents.DEMONYM);
    List<String> keywords = values(d, Documents.KEYWORD);
    Long date = docValue(reader, doc, Documents.DATE);
    Long hash = docValue(reader, doc, Documents.SIMHASH);
    // The title and body are read with the rest: the explanations show their words, and a
    // second read would decompress the same stored-fields block again.
    String storedTitle = d.get(Documents.TITLE);
    String storedBody = d.get(Documents.BODY);
    String surface = (storedTitle == null ? "" : storedTitle) + "\n\n"
        + (storedBody == null ? "" : storedBody);
    return new Probe(id, doc, text, title, names,
        entities, demonyms, keywords, date, hash == null ? 0L : hash, surface);
  }

  Probe probe(IndexSearcher searcher, ArticleAnalysis a) throws IOException {
    String title = a.title() == null ? "" : a.title();
    String text = title + "\n\n" + a.body();
    List<String> titleTerms = new ArrayList<>(Documents.terms(analyzer, Documents.TITLE, title));
    List<String> names = topByFreq(analyzer, Documents.properNouns(a), MAX_NAME_TERMS);
    List<String> keywords = a.keywords().stream().map(Keyword::term).toList();
    Long date = a.publishedAt() == null ? null : Documents.epochMillis(a.publishedAt());
    // Term frequencies as the text field indexes the text (as MoreLikeThis reads it).
    Map<String, Integer> textFreqs =
        Documents.termFreqs(analyzer, Documents.TEXT, text, MAX_TOKENS_PARSED);
    return new Probe(null, -1, textFreqs, titleTerms, names, Documents.entities(a),
        a.demonymCountries().stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList(),
        keywords, date, Documents.simHash(a.body()), text);
  }

  /** A text term of the query article with its statistics, looked up once. */
  private record TextTerm(Term term, int freq, int docFreq, float score, TermStates states) {}

  /**
   * The article's text terms present in the index, best first by MoreLikeThis's score
   * (term frequency x idf), with their {@link TermStates} so that the query's term clauses
   * need no second lookup.
   */
  private List<TextTerm> textTerms(IndexSearcher searcher, Probe p) throws IOException {
    List<Term> keys = new ArrayList<>(p.textFreqs().size());
    for (String t : p.textFreqs().keySet()) {
      keys.add(new Term(Documents.TEXT, t));
    }
    Map<Term, TermStates> states = termStates(searcher, keys);
    int numDocs = searcher.getIndexReader().numDocs();
    List<TextTerm> terms = new ArrayList<>(states.size());
    states.forEach((term, st) -> {
      int freq = p.textFreqs().get(term.text());
      int df = st.docFreq();
      terms.add(new TextTerm(term, freq, df, freq * SIMILARITY.idf(df, numDocs), st));
    });
    terms.sort(Comparator.comparingDouble(TextTerm::score).reversed()
        .thenComparing(TextTerm::term));
    return terms;
  }

  /** The statistics cache of a view of the index, or null if the view cannot be keyed. */
  private Cache<Term, Optional<TermStates>> viewStats(IndexReader reader) {
    IndexReader.CacheHelper view = reader.getReaderCacheHelper();
    if (view == null) {
      return null;
    }
    return statsByView.get(view.getKey(), key -> {
      view.addClosedListener(statsByView::invalidate);
      return Caffeine.newBuilder().maximumSize(VIEW_TERM_CACHE_SIZE).build();
    });
  }

  /**
   * The states of terms in every segment, for those present in the index. Looked up with one
   * terms enumeration per segment and field, in term order (which lets the enumeration reuse
   * the blocks it has just read), through the shared per-segment cache.
   */
  private Map<Term, TermStates> termStates(IndexSearcher searcher, List<Term> terms)
      throws IOException {
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
    TermStates[] states = new TermStates[sorted.length];
    IndexReaderContext top = searcher.getTopReaderContext();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
      String field = null;
      TermsEnum te = null;
      for (int k = 0; k < sorted.length; k++) {
        Term term = sorted[k];
        SegmentTerm key = core == null ? null : new SegmentTerm(core.getKey(), term);
        SegmentStats stats = key == null ? null : termStats.getIfPresent(key);
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
            termStats.put(key, stats);
          }
        }
        if (stats.docFreq() > 0) {
          if (states[k] == null) {
            states[k] = new TermStates(top);
          }
          states[k].register(stats.state(), leaf.ord, stats.docFreq(), stats.totalTermFreq());
        }
      }
    }
    for (int k = 0; k < sorted.length; k++) {
      if (states[k] != null) {
        out.put(sorted[k], states[k]);
      }
      if (viewStats != null) {
        viewStats.put(sorted[k], Optional.ofNullable(states[k]));
      }
    }
    return out;
  }

  /** The MoreLikeThis query of a probe for a baseline ranking. */
  private Query moreLikeThis(IndexReader reader, Probe p, RelatedQuery.Ranking ranking)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {Documents.TEXT});
    if (ranking == RelatedQuery.Ranking.MORE_LIKE_THIS_NEWS) {
      mlt.setMinTermFreq(BASELINE_NEWS_MIN_TERM_FREQ);
      mlt.setMinDocFreq(BASELINE_NEWS_MIN_DOC_FREQ);
      mlt.setMaxQueryTerms(BASELINE_NEWS_MAX_QUERY_TERMS);
      mlt.setBoost(true);
    }
    // MORE_LIKE_THIS: Lucene's defaults, unchanged: the baseline sites get out of the box.
    return p.doc() >= 0 ? mlt.like(p.doc())
        : mlt.like(Documents.TEXT, new StringReader(p.surfaceText()));
  }

  /** Lede's full query for a probe: each clause's weight and term statistics. */
  private record Clauses(List<TextTerm> terms, Map<Term, Float> boosts,
      Map<Term, TermStates> states) {}

  private Clauses clauses(IndexSearcher ranking, Probe p) throws IOException {
    List<TextTerm> terms = textTerms(ranking, p);
    Map<Term, Float> boosts = ledeClauses(p, terms);
    Map<Term, TermStates> states = new HashMap<>();
    terms.forEach(t -> states.put(t.term(), t.states()));
    List<Term> others = boosts.keySet().stream()
        .filter(t -> !t.field().equals(Documents.TEXT)).toList();
    states.putAll(termStates(ranking, others));
    // Terms absent from the index match nothing: no clause for them.
    boosts.keySet().retainAll(states.keySet());
    return new Clauses(terms, boosts, states);
  }

  /**
   * Scores every matching document by Lede's full query both ways: Lucene searching the
   * boolean query with {@link ClassicSimilarity}, and {@link #rescore} from term vectors and
   * postings. For tests, which check that the fast path ranks exactly as Lucene would.
   *
   * @return per document id, {Lucene's score, the rescoring's score}
   */
  Map<Integer, float[]> scoredBothWays(IndexSearcher searcher, Probe p) throws IOException {
    IndexSearcher ranking = new IndexSearcher(searcher.getIndexReader());
    ranking.setSimilarity(SIMILARITY);
    ranking.setQueryCache(null);
    Clauses c = clauses(ranking, p);
    int all = Math.max(1, searcher.getIndexReader().maxDoc());
    ScoreDoc[] lucene = ranking.search(toQuery(c.boosts(), c.states()).build(), all).scoreDocs;
    ScoreDoc[] ours = rescore(ranking, lucene, c.boosts(), c.states(), lucene.length,
        new HashMap<>());
    Map<Integer, float[]> out = new HashMap<>();
    for (ScoreDoc d : lucene) {
      out.put(d.doc, new float[] {d.score, Float.NaN});
    }
    for (ScoreDoc d : ours) {
      out.get(d.doc)[1] = d.score;
    }
    return out;
  }

  /**
   * The articles most related to a probe.
   *
   * @param topicField whether every article of the index has the topic field; if not (an index
   *     of an earlier format), the first pass looks every term up in the text field
   */
  List<RelatedArticle> related(IndexSearcher searcher, Probe p, RelatedQuery q,
      boolean topicField) throws IOException {
    boolean lede = q.ranking() == RelatedQuery.Ranking.LEDE;
    IndexReader reader = searcher.getIndexReader();
    // A searcher per query: Lede's similarity, and no query cache, since every query's
    // exclusions and filters differ and caching them only costs time and memory.
    IndexSearcher ranking = new IndexSearcher(reader);
    ranking.setQueryCache(null);
    List<String> termOrder;
    ScoreDoc[] hits;
    Map<Integer, Set<String>> textMatches = null;
    boolean rerank = lede || q.deduplicate();
    int wanted = rerank ? q.limit() + weights.extraCandidates() : q.limit();
    if (lede) {
      ranking.setSimilarity(SIMILARITY);
      Clauses clauses = clauses(ranking, p);
      List<TextTerm> terms = clauses.terms();
      Map<Term, Float> boosts = clauses.boosts();
      Map<Term, TermStates> states = clauses.states();
      if (boosts.isEmpty()) {
        return List.of();
      }
      // The article itself and excluded ids are dropped from the hits, not excluded by the
      // query: a MUST_NOT clause keeps Lucene from pruning and costs more than the extra hits.
      Set<Integer> excluded = excludedDocs(reader, p, q);
      // Two passes. A small query Lucene can prune well picks candidates: the article's most
      // telling text terms, a few of its repeated (topic) terms, its title words and entities,
      // each with its final weight, leaving out terms too common to tell stories apart. A
      // common term the article repeats is matched against the other articles' repeated terms
      // only (short postings); a common title word or entity only counts in the rescoring
      // (COMMON_DOCS). Every clause then scores only those candidates, from their postings.
      Map<Term, Float> light = new LinkedHashMap<>();
      int dense = denseDocFreq(reader);
      int wide = 0;
      int repeated = 0;
      Set<String> lightWords = new HashSet<>();
      List<Term> topicTerms = new ArrayList<>();
      for (TextTerm t : terms) {
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
        } else if (repeated < weights.firstPassRepeated() && isRepeated(t)) {
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
        Map<Term, TermStates> topicStates = termStates(ranking, topicTerms);
        for (Term topic : topicTerms) {
          TermStates st = topicStates.get(topic);
          if (st != null) { // null if no article repeats the term
            Term text = new Term(Documents.TEXT, topic.text());
            light.put(topic, light.remove(text) * weights.topicWeight());
            states.put(topic, st);
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
        if (candidateFinder && states.get(t).docFreq() <= weights.commonDocs()) {
          light.put(t, w);
        }
      });
      int candidates = Math.max(weights.candidates(), wanted) + excluded.size();
      ranking.setSimilarity(FIRST_PASS_SIMILARITY);
      TopDocs first = without(ranking.search(filtered(toQuery(light, states), q),
          new TopScoreDocCollectorManager(candidates, null, candidates)), excluded);
      textMatches = new HashMap<>();
      hits = rescore(ranking, first.scoreDocs, boosts, states, wanted, textMatches);
      termOrder = terms.subList(0, Math.min(weights.wideTerms(), terms.size())).stream()
          .map(t -> t.term().text()).toList();
    } else {
      Query mlt = moreLikeThis(reader, p, q.ranking());
      termOrder = queryTerms(mlt);
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(mlt, Occur.MUST);
      if (!(mlt instanceof BooleanQuery bq && bq.clauses().isEmpty())
          && addFilters(b, p, q)) {
        hits = ranking.search(b.build(), wanted).scoreDocs;
      } else {
        return List.of();
      }
    }

    List<Scored> scored = new ArrayList<>(hits.length);
    for (ScoreDoc h : hits) {
      double score = h.score;
      long hash = 0;
      if (rerank) {
        Long date = docValue(reader, h.doc, Documents.DATE);
        if (lede && p.date() != null && date != null) {
          double days = Math.abs(p.date() - date) / (double) MILLIS_PER_DAY;
          score *= 1 + RECENCY_BONUS * Math.exp(-days / RECENCY_DAYS);
        }
        Long value = docValue(reader, h.doc, Documents.SIMHASH);
        hash = value == null ? 0 : value;
      }
      scored.add(new Scored(h.doc, score, hash));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(Scored::doc));

    List<Scored> kept = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    List<List<String>> stems = new ArrayList<>();
    Set<String> shownStems = new HashSet<>();
    StoredFields stored = reader.storedFields();
    TermVectors vectors = reader.termVectors();
    for (Scored s : scored) {
      if (kept.size() == q.limit()) {
        break;
      }
      if (s.score() < q.minScore()) {
        break;
      }
      if (q.deduplicate() && isDuplicate(s, p, kept)) {
        continue;
      }
      kept.add(s);
      docs.add(stored.document(s.doc(), RESULT_FIELDS));
      Set<String> matched;
      if (textMatches != null) {
        matched = textMatches.getOrDefault(s.doc(), Set.of());
      } else { // a baseline ranking: the suggestion's words from its term vectors
        Fields fields = vectors.get(s.doc());
        matched = freqs(fields == null ? null : fields.terms(Documents.TEXT)).keySet();
      }
      List<String> shared = sharedTerms(matched, termOrder);
      stems.add(shared);
      shownStems.addAll(shared);
    }
    Map<String, String> surface = surfaceForms(p.surfaceText(), shownStems);
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
          d.get(Documents.PUBLISHED), kept.get(i).score(), sharedEntities(p, d), shownTerms));
    }
    return out;
  }

  /**
   * Scores candidates by every clause of Lede's query, exactly as Lucene would score the full
   * query with {@link ClassicSimilarity} (boost x idf x sqrt(freq) x length norm per matching
   * clause), from postings positioned by the term states already looked up: per segment, each
   * clause's postings are advanced through the candidates in doc-id order, and each field's
   * length norms are read once per candidate. Reading each candidate's term vectors instead
   * decompresses and decodes all its fields (25 candidates cost twice as much). Returns the best
   * {@code wanted} candidates; the text terms each candidate matches are put in
   * {@code textMatches}, for the explanations.
   */
  private static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] candidates,
      Map<Term, Float> boosts, Map<Term, TermStates> states, int wanted,
      Map<Integer, Set<String>> textMatches) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    // Clauses grouped by field, each with its final weight (boost x idf).
    Map<String, List<Map.Entry<Term, Float>>> byField = new LinkedHashMap<>();
    Map<String, Long> docCounts = new HashMap<>();
    for (Map.Entry<Term, Float> e : boosts.entrySet()) {
      Term t = e.getKey();
      Long docCount = docCounts.get(t.field());
      if (docCount == null) {
        var stats = searcher.collectionStatistics(t.field());
        docCount = stats == null ? 0L : stats.docCount();
        docCounts.put(t.field(), docCount);
      }
      float weight = e.getValue() * SIMILARITY.idf(states.get(t).docFreq(), docCount);
      byField.computeIfAbsent(t.field(), f -> new ArrayList<>()).add(Map.entry(t, weight));
    }
    ScoreDoc[] byDoc = candidates.clone();
    Arrays.sort(byDoc, Comparator.comparingInt((ScoreDoc d) -> d.doc));
    float[] scores = new float[byDoc.length];
    List<LeafReaderContext> leaves = reader.leaves();
    int i = 0;
    while (i < byDoc.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(byDoc[i].doc, leaves));
      int end = i;
      while (end < byDoc.length && byDoc[end].doc < leaf.docBase + leaf.reader().maxDoc()) {
        end++;
      }
      float[] norms = new float[end - i];
      for (Map.Entry<String, List<Map.Entry<Term, Float>>> f : byField.entrySet()) {
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
        for (Map.Entry<Term, Float> c : f.getValue()) {
          Term t = c.getKey();
          TermState state = states.get(t).get(leaf);
          if (state == null) {
            continue;
          }
          te.seekExact(t.bytes(), state);
          pe = te.postings(pe, PostingsEnum.FREQS);
          String word = text ? t.text() : null; // decoded once, not per matching candidate
          for (int k = i; k < end; k++) {
            int local = byDoc[k].doc - leaf.docBase;
            int at = pe.docID() < local ? pe.advance(local) : pe.docID();
            if (at == DocIdSetIterator.NO_MORE_DOCS) {
              break;
            }
            if (at == local) {
              scores[k] += c.getValue() * (float) Math.sqrt(pe.freq()) * norms[k - i];
              if (text) {
                textMatches.computeIfAbsent(byDoc[k].doc, d -> new HashSet<>()).add(word);
              }
            }
          }
        }
      }
      i = end;
    }
    List<ScoreDoc> rescored = new ArrayList<>(byDoc.length);
    for (int k = 0; k < byDoc.length; k++) {
      rescored.add(new ScoreDoc(byDoc[k].doc, scores[k]));
    }
    rescored.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score)
        .thenComparingInt(d -> d.doc));
    return rescored.subList(0, Math.min(wanted, rescored.size())).toArray(ScoreDoc[]::new);
  }

  /** ClassicSimilarity's decoded length norms, by encoded byte (as TFIDFSimilarity builds it). */
  private static final float[] NORM_TABLE = normTable();

  private static float[] normTable() {
    float[] table = new float[256];
    for (int i = 1; i < 256; i++) {
      table[i] = SIMILARITY.lengthNorm(SmallFloat.byte4ToInt((byte) i));
    }
    table[0] = 1f / table[255];
    return table;
  }



  /** The query restricted by the options' filters (section, language, dates), if any. */
  private static Query filtered(BooleanQuery.Builder b, RelatedQuery q) {
    if (addFilterClauses(b, q)) {
      // With a filter the optional clauses are no longer required: at least one must match.
      b.setMinimumNumberShouldMatch(1);
    }
    return b.build();
  }

  /** Adds the options' filters (section, language, dates); returns whether there was any. */
  private static boolean addFilterClauses(BooleanQuery.Builder b, RelatedQuery q) {
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
      long from = q.publishedFrom() == null ? Long.MIN_VALUE : q.publishedFrom().toEpochMilli();
      long to = q.publishedTo() == null ? Long.MAX_VALUE : q.publishedTo().toEpochMilli();
      b.add(LongPoint.newRangeQuery(Documents.DATE, from, to), Occur.FILTER);
      any = true;
    }
    return any;
  }

  /** The documents a query must not return: the article itself and the excluded ids. */
  private static Set<Integer> excludedDocs(IndexReader reader, Probe p, RelatedQuery q)
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

  /** Hits without the excluded documents. */
  private static TopDocs without(TopDocs hits, Set<Integer> excluded) {
    if (excluded.isEmpty()) {
      return hits;
    }
    ScoreDoc[] kept = Arrays.stream(hits.scoreDocs)
        .filter(h -> !excluded.contains(h.doc)).toArray(ScoreDoc[]::new);
    return new TopDocs(hits.totalHits, kept);
  }

  /**
   * Adds the options' filters and the exclusions (the article itself, excluded ids) to a
   * query's clauses. Returns false if the query has nothing to match with.
   */
  private static boolean addFilters(BooleanQuery.Builder b, Probe p, RelatedQuery q) {
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

  /**
   * Lede's query as flat, boosted term clauses: the wide and repeated MoreLikeThis selections
   * (a term in both gets one clause with the sum of its weights, which scores the same as two),
   * plus what makes two news stories related. Flat term clauses, not nested queries, let
   * Lucene's MaxScore pruning skip documents.
   */
  private Map<Term, Float> ledeClauses(Probe p, List<TextTerm> terms) {
    Map<Term, Float> boosts = new LinkedHashMap<>();
    float best = terms.isEmpty() ? 1f : terms.get(0).score();
    for (int i = 0; i < Math.min(weights.wideTerms(), terms.size()); i++) {
      TextTerm t = terms.get(i);
      boosts.merge(t.term(), weights.wide() * t.score() / best, Float::sum);
    }
    if (weights.repeated() > 0) {
      List<TextTerm> repeated = new ArrayList<>();
      for (TextTerm t : terms) {
        if (repeated.size() == REPEATED_MAX_QUERY_TERMS) {
          break;
        }
        if (isRepeated(t)) {
          repeated.add(t);
        }
      }
      float w = weights.repeated();
      for (TextTerm t : repeated) {
        boosts.merge(t.term(), w, Float::sum);
      }
    }
    for (String t : first(p.titleTerms())) {
      boosts.merge(new Term(Documents.TITLE, t), weights.title(), Float::sum);
    }
    List<String> names = p.nameTerms();
    for (String t : names.subList(0, Math.min(weights.nameTerms(), names.size()))) {
      boosts.merge(new Term(Documents.NAMES, t), weights.names(), Float::sum);
    }
    for (String k : first(p.keywords())) {
      boosts.merge(new Term(Documents.KEYWORD, k), weights.keyword(), Float::sum);
    }
    Set<String> countries = new HashSet<>();
    for (EntityRef e : first(p.entities())) {
      float w = weights.entity() * TYPE_WEIGHTS.get(e.type()) * (float) (0.5 + e.salience());
      boosts.merge(new Term(Documents.ENTITY, e.key()), w, Float::sum);
      if (e.type() == EntityType.COUNTRY) {
        countries.add(e.key());
      }
    }
    float demonym = weights.entity() * weights.demonym();
    for (String cc : first(p.demonyms())) {
      String key = COUNTRY_PREFIX + cc;
      if (!countries.contains(key)) {
        boosts.merge(new Term(Documents.ENTITY, key), demonym, Float::sum);
      }
      boosts.merge(new Term(Documents.DEMONYM, cc), demonym, Float::sum);
    }
    return boosts;
  }

  /**
   * The document frequency above which a clause is left out of the first pass: a term in more
   * than {@link Weights#firstPassMaxShare} of a large archive ("said", "mln") tells no story
   * from another on its own, yet its postings cover much of the archive, and Lucene advances
   * them for every candidate document even when its weight is tiny (lowering the weight to 1%
   * instead of leaving the clause out saved almost nothing). Such terms still count in the
   * rescoring. Small archives keep every clause ({@link #FIRST_PASS_MIN_DENSE_DOCS}).
   */
  private int denseDocFreq(IndexReader reader) {
    return Math.max(weights.firstPassMinDense(),
        (int) Math.ceil(weights.firstPassMaxShare() * reader.numDocs()));
  }

  /** Whether a term qualifies for MoreLikeThis's default selection (the repeated terms). */
  private static boolean isRepeated(TextTerm t) {
    return t.freq() >= REPEATED_MIN_TERM_FREQ && t.docFreq() >= REPEATED_MIN_DOC_FREQ;
  }

  /** Boosted term clauses; text terms carry the statistics already looked up. */
  private static BooleanQuery.Builder toQuery(Map<Term, Float> boosts,
      Map<Term, TermStates> states) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boosts.forEach((t, w) -> {
      if (w > 0) {
        b.add(new BoostQuery(new TermQuery(t, states.get(t)), w), Occur.SHOULD);
      }
    });
    return b;
  }

  private record Scored(int doc, double score, long hash) {}

  private static boolean isDuplicate(Scored s, Probe p, List<Scored> kept) {
    if (s.hash() == 0) {
      return false;
    }
    if (p.simHash() != 0 && Long.bitCount(s.hash() ^ p.simHash()) <= DUPLICATE_BITS) {
      return true;
    }
    for (Scored k : kept) {
      if (k.hash() != 0 && Long.bitCount(s.hash() ^ k.hash()) <= DUPLICATE_BITS) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first {@link #MAX_CLAUSES_PER_PART} items: a BooleanQuery allows at most 1024 clauses,
   * and an article with hundreds of entities or keywords must not break the query.
   */
  private static <T> List<T> first(List<T> items) {
    return items.size() <= MAX_CLAUSES_PER_PART ? items : items.subList(0, MAX_CLAUSES_PER_PART);
  }

  /** The MoreLikeThis terms of the text field, most telling first. */
  private static List<String> queryTerms(Query q) {
    List<Map.Entry<String, Float>> terms = new ArrayList<>();
    collectTerms(q, 1f, terms);
    // MoreLikeThis adds its terms least telling first; without boosts that order is all we have.
    java.util.Collections.reverse(terms);
    terms.sort(Map.Entry.<String, Float>comparingByValue().reversed());
    return terms.stream().map(Map.Entry::getKey).toList();
  }

  private static void collectTerms(Query q, float boost, List<Map.Entry<String, Float>> out) {
    if (q instanceof BoostQuery bq) {
      collectTerms(bq.getQuery(), boost * bq.getBoost(), out);
    } else if (q instanceof TermQuery tq) {
      if (tq.getTerm().field().equals(Documents.TEXT)) {
        out.add(Map.entry(tq.getTerm().text(), boost));
      }
    } else if (q instanceof BooleanQuery b) {
      b.clauses().forEach(c -> collectTerms(c.getQuery(), boost, out));
    }
  }

  /**
   * The first {@link #SHARED_TERMS} terms of {@code order} among a suggestion's words, function
   * words aside ("his", "has": any two articles share them, no reason to show).
   */
  private static List<String> sharedTerms(Set<String> matched, List<String> order) {
    List<String> shared = new ArrayList<>();
    for (String t : order) {
      if (!EXPLANATION_STOP_STEMS.contains(t) && matched.contains(t)) {
        shared.add(t);
        if (shared.size() == SHARED_TERMS) {
          break;
        }
      }
    }
    return shared;
  }

  private static List<String> sharedEntities(Probe p, Document d) {
    Set<String> theirs = new HashSet<>();
    for (IndexableField f : d.getFields(Documents.ENTITY_STORED)) {
      String s = f.stringValue();
      theirs.add(s.substring(0, s.indexOf('\t')));
    }
    return p.entities().stream()
        .filter(e -> theirs.contains(e.key()))
        .sorted(Comparator.comparingDouble(
            (EntityRef e) -> -TYPE_WEIGHTS.get(e.type()) * (0.5 + e.salience())))
        .map(EntityRef::name)
        .distinct()
        .toList();
  }

  /**
   * Maps each of the given stemmed terms to the lower-cased word the text first writes it as.
   * The text is read only until every term has its word: the terms shown are the article's
   * most telling, most of them found in its title and first paragraphs.
   */
  private Map<String, String> surfaceForms(String text, Set<String> stems) {
    Map<String, String> words = new HashMap<>();
    if (stems.isEmpty()) {
      return words;
    }
    try (TokenStream ts = analyzer.tokenStream(Documents.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (words.size() < stems.size() && ts.incrementToken()) {
        String stem = term.toString();
        if (stems.contains(stem) && !words.containsKey(stem)) {
          String word = text.substring(offset.startOffset(), offset.endOffset())
              .toLowerCase(Locale.ROOT);
          if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            word = word.substring(0, word.length() - 2);
          }
          words.put(stem, word);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return words;
  }

  /** The terms of a term vector with their frequencies in the document. */
  private static Map<String, Integer> freqs(Terms vector) throws IOException {
    Map<String, Integer> freqs = new HashMap<>();
    if (vector != null) {
      TermsEnum te = vector.iterator();
      BytesRef t;
      while ((t = te.next()) != null) {
        freqs.put(t.utf8ToString(), (int) te.totalTermFreq());
      }
    }
    return freqs;
  }

  private static List<String> termsByFreq(Terms vector, int max) throws IOException {
    if (vector == null) {
      return List.of();
    }
    Map<String, Long> freq = new LinkedHashMap<>();
    TermsEnum te = vector.iterator();
    BytesRef t;
    while ((t = te.next()) != null) {
      freq.put(t.utf8ToString(), te.totalTermFreq());
    }
    return freq.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<String> topByFreq(Analyzer analyzer, String text, int max) {
    return Documents.termFreqs(analyzer, Documents.NAMES, text, Integer.MAX_VALUE).entrySet()
        .stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<String> values(Document d, String field) {
    return List.of(d.getValues(field));
  }

  static Long docValue(IndexReader reader, int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues values = leaf.reader().getNumericDocValues(field);
    if (values != null && values.advanceExact(doc - leaf.docBase)) {
      return values.longValue();
    }
    return null;
  }

  static IndexedArticle indexedArticle(Document d) {
    List<String> entities = new ArrayList<>();
    for (IndexableField f : d.getFields(Documents.ENTITY_STORED)) {
      entities.add(Documents.parseStoredEntity(f.stringValue()).key());
    }
    String language = d.get(Documents.LANGUAGE);
    return new IndexedArticle(d.get(Documents.ID), d.get(Documents.TITLE), d.get(Documents.URL),
        d.get(Documents.SECTION), d.get(Documents.BYLINE), d.get(Documents.PUBLISHED),
        language == null ? "und" : language, entities, values(d, Documents.KEYWORD));
  }

  static List<String> allIds(IndexReader reader) throws IOException {
    List<String> ids = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      StoredFields stored = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) {
        if (live == null || live.get(i)) {
          ids.add(stored.document(i, Set.of(Documents.ID)).get(Documents.ID));
        }
      }
    }
    return ids;
  }

  private static Set<String> snowballStopStems() {
    try (Reader r = new InputStreamReader(
            SnowballFilter.class.getResourceAsStream("english_stop.txt"), StandardCharsets.UTF_8);
        Analyzer stemmer = new EnglishAnalyzer(CharArraySet.EMPTY_SET)) {
      Set<String> stems = new HashSet<>();
      for (Object word : WordlistLoader.getSnowballWordSet(r)) {
        String w = new String((char[]) word);
        try (TokenStream ts = stemmer.tokenStream("", w)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            stems.add(term.toString());
          }
          ts.end();
        }
      }
      return Set.copyOf(stems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's English stop words", e);
    }
  }
}
