package dev.lede.index;

import dev.lede.ArticleAnalysis;
import dev.lede.entities.EntityType;
import dev.lede.index.Documents.EntityRef;
import dev.lede.keywords.Keyword;
import java.io.IOException;
import java.io.StringReader;
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
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Lede's related-articles ranking: what a related query is about ({@link Probe}), the full
 * query's clauses and weights, and the final ordering (recency, de-duplication, explanations).
 * Stateless apart from the shared, thread-safe Lucene analyzer, its immutable weights and the
 * embedded index's term caches, so one instance serves every thread.
 *
 * <p>The ranking runs in two passes over {@link TermStatistics}, the same code for both
 * backends: {@link FirstPass} picks candidates with a small query, {@link Rescoring} scores them
 * by every clause of the full query (~100), as Lucene's ClassicSimilarity would, and
 * {@link Explanations} says why each was suggested. On the embedded index the article's terms
 * are looked up once per segment ({@link LuceneTermStatistics}, cached across queries): the same
 * statistics select both MoreLikeThis term sets and score every clause. {@code SolrRanking}
 * runs the same steps over a SolrCloud collection.
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
   * The weight of the whole-text cosine ({@link TextCosine}) against the weighted clauses: the
   * best cosine among the candidates is worth this share of the best candidate's score: 2 with
   * the first pass's 30 candidates (1 with 20 before; README, "Quality").
   */
  static final float TEXT_COSINE_WEIGHT = 2.0f;

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

  /** The stored fields a suggestion shows: all but the body, which is large. */
  static final Set<String> RESULT_FIELDS = Set.of(Documents.ID, Documents.TITLE,
      Documents.URL, Documents.SECTION, Documents.BYLINE, Documents.PUBLISHED,
      Documents.ENTITY_STORED);

  /**
   * The weights of Lede's ranking. {@link #DEFAULT} is what ships; other values exist for
   * measuring alternatives on the dev sets in one process.
   */
  record Weights(float wide, float repeated, int wideTerms, float title, float names,
      int nameTerms, float keyword, float entity, float demonym, int extraCandidates,
      int firstPassTerms, int firstPassRepeated, int candidates, float firstPassMaxShare,
      int firstPassMinDense, int commonDocs, float topicWeight, float textCosine) {

    static final Weights DEFAULT = new Weights(WIDE_WEIGHT, REPEATED_WEIGHT,
        NEWS_MAX_QUERY_TERMS, TITLE_WEIGHT, NAMES_WEIGHT, MAX_NAME_TERMS, KEYWORD_WEIGHT,
        ENTITY_WEIGHT, DEMONYM_WEIGHT, EXTRA_CANDIDATES, FirstPass.FIRST_PASS_TERMS,
        FirstPass.FIRST_PASS_REPEATED, FirstPass.FIRST_PASS_CANDIDATES,
        FirstPass.FIRST_PASS_MAX_SHARE, FirstPass.FIRST_PASS_MIN_DENSE_DOCS,
        FirstPass.COMMON_DOCS, FirstPass.TOPIC_WEIGHT, TEXT_COSINE_WEIGHT);

    /** These weights with another document frequency above which a term is common. */
    Weights withCommonDocs(int docs) {
      return new Weights(wide, repeated, wideTerms, title, names, nameTerms, keyword, entity,
          demonym, extraCandidates, firstPassTerms, firstPassRepeated, candidates,
          firstPassMaxShare, firstPassMinDense, docs, topicWeight, textCosine);
    }

    /** These weights with another weight of the whole-text cosine (0: none). */
    Weights withTextCosine(float weight) {
      return new Weights(wide, repeated, wideTerms, title, names, nameTerms, keyword, entity,
          demonym, extraCandidates, firstPassTerms, firstPassRepeated, candidates,
          firstPassMaxShare, firstPassMinDense, commonDocs, topicWeight, weight);
    }

    /** These weights with another cap on first-pass document frequencies. */
    Weights withFirstPassCap(float maxShare, int minDense) {
      return new Weights(wide, repeated, wideTerms, title, names, nameTerms, keyword, entity,
          demonym, extraCandidates, firstPassTerms, firstPassRepeated, candidates, maxShare,
          minDense, commonDocs, topicWeight, textCosine);
    }
  }

  private final Analyzer analyzer;
  private final Weights weights;
  private final LuceneTermStatistics.Caches caches = new LuceneTermStatistics.Caches();

  Ranker(Analyzer analyzer) {
    this(analyzer, Weights.DEFAULT);
  }

  Ranker(Analyzer analyzer, Weights weights) {
    this.analyzer = analyzer;
    this.weights = weights;
  }

  Weights weights() {
    return weights;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /**
   * What a related query is about: the article's text terms with their frequencies, title
   * terms, names, entities, date and hash, and its title and body ({@code surfaceText}), whose
   * words the explanations show.
   *
   * @param doc the article's Lucene doc id on the embedded index, else -1
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
      String surfaceText,
      float[] vector) {}

  private static final Set<String> ID_FIELD = Set.of(Documents.ID);

  /** Stored fields the probe of an indexed article needs. */
  private static final Set<String> PROBE_FIELDS = Set.of(Documents.ENTITY_STORED,
      Documents.DEMONYM, Documents.KEYWORD, Documents.TITLE, Documents.BODY);

  Probe probe(IndexSearcher searcher, int doc, String id) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Document d = reader.storedFields().document(doc, PROBE_FIELDS);
    // One read of the document's term vectors (each get(doc, field) would decode them all).
    Fields vectors = reader.termVectors().get(doc);
    Map<String, Integer> text = Documents.vectorFreqs(
        vectors == null ? null : vectors.terms(Documents.TEXT));
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
        entities, demonyms, keywords, date, hash == null ? 0L : hash, surface,
        SemanticSignal.vectorOf(reader, doc));
  }

  Probe probe(ArticleAnalysis a) {
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
        keywords, date, Documents.simHash(a.body()), text, Documents.topicVector(a));
  }

  /** A text term of the query article with its document frequency and MoreLikeThis score. */
  record TextTerm(Term term, int freq, int docFreq, float score) {}

  /**
   * The article's text terms present in the archive, best first by MoreLikeThis's score
   * (term frequency x idf).
   */
  private static List<TextTerm> textTerms(TermStatistics stats, Probe p) throws IOException {
    List<Term> keys = new ArrayList<>(p.textFreqs().size());
    for (String t : p.textFreqs().keySet()) {
      keys.add(new Term(Documents.TEXT, t));
    }
    Map<Term, Integer> docFreqs = stats.docFreqs(keys);
    int numDocs = stats.numDocs();
    List<TextTerm> terms = new ArrayList<>(docFreqs.size());
    docFreqs.forEach((term, df) -> {
      int freq = p.textFreqs().get(term.text());
      terms.add(new TextTerm(term, freq, df,
          freq * Rescoring.SIMILARITY.idf(df, numDocs)));
    });
    terms.sort(Comparator.comparingDouble(TextTerm::score).reversed()
        .thenComparing(TextTerm::term));
    return terms;
  }

  /**
   * Lede's full query for a probe: the text terms, each clause's weight, and the document
   * frequency of each clause's term.
   */
  record Clauses(List<TextTerm> terms, Map<Term, Float> boosts, Map<Term, Integer> docFreqs) {}

  Clauses clauses(TermStatistics stats, Probe p) throws IOException {
    List<TextTerm> terms = textTerms(stats, p);
    Map<Term, Float> boosts = ledeClauses(p, terms);
    Map<Term, Integer> docFreqs = new HashMap<>();
    terms.forEach(t -> docFreqs.put(t.term(), t.docFreq()));
    List<Term> others = boosts.keySet().stream()
        .filter(t -> !t.field().equals(Documents.TEXT)).toList();
    docFreqs.putAll(stats.docFreqs(others));
    // Terms absent from the index match nothing: no clause for them.
    boosts.keySet().retainAll(docFreqs.keySet());
    return new Clauses(terms, boosts, docFreqs);
  }

  /** The terms every backend's statistics may be asked for about a probe, field by field. */
  static List<Term> candidateTerms(Probe p) {
    List<Term> terms = new ArrayList<>();
    for (String t : p.textFreqs().keySet()) {
      terms.add(new Term(Documents.TEXT, t));
      terms.add(new Term(Documents.TOPIC, t));
    }
    first(p.titleTerms()).forEach(t -> terms.add(new Term(Documents.TITLE, t)));
    p.nameTerms().forEach(t -> terms.add(new Term(Documents.NAMES, t)));
    first(p.keywords()).forEach(k -> terms.add(new Term(Documents.KEYWORD, k)));
    first(p.entities()).forEach(e -> terms.add(new Term(Documents.ENTITY, e.key())));
    for (String cc : first(p.demonyms())) {
      terms.add(new Term(Documents.ENTITY, FirstPass.COUNTRY_PREFIX + cc));
      terms.add(new Term(Documents.DEMONYM, cc));
    }
    return terms;
  }

  /**
   * Scores every matching document by Lede's full query both ways: Lucene searching the
   * boolean query with ClassicSimilarity, and {@link Rescoring} from postings. For tests,
   * which check that the fast path ranks exactly as Lucene would.
   *
   * @return per document id, {Lucene's score, the rescoring's score}
   */
  Map<Integer, float[]> scoredBothWays(IndexSearcher searcher, Probe p) throws IOException {
    IndexSearcher ranking = new IndexSearcher(searcher.getIndexReader());
    ranking.setSimilarity(Rescoring.SIMILARITY);
    ranking.setQueryCache(null);
    LuceneTermStatistics stats = new LuceneTermStatistics(ranking, caches);
    Clauses c = clauses(stats, p);
    int all = Math.max(1, searcher.getIndexReader().maxDoc());
    ScoreDoc[] lucene = ranking.search(
        FirstPass.toQuery(c.boosts(), stats::states).build(), all).scoreDocs;
    ScoreDoc[] ours = Rescoring.rescore(ranking.getIndexReader(), lucene,
        Rescoring.weigh(c.boosts(), c.docFreqs(), stats), statesOf(stats, c.boosts()),
        lucene.length, new HashMap<>());
    Map<Integer, float[]> out = new HashMap<>();
    for (ScoreDoc d : lucene) {
      out.put(d.doc, new float[] {d.score, Float.NaN});
    }
    for (ScoreDoc d : ours) {
      out.get(d.doc)[1] = d.score;
    }
    return out;
  }

  private static Map<Term, TermStates> statesOf(LuceneTermStatistics stats,
      Map<Term, Float> boosts) {
    Map<Term, TermStates> states = new HashMap<>();
    boosts.keySet().forEach(t -> states.put(t, stats.states(t)));
    return states;
  }

  /**
   * The articles most related to a probe, on the embedded index.
   *
   * @param topicField whether every article of the index has the topic field; if not (an index
   *     of an earlier format), the first pass looks every term up in the text field
   * @param topicVectors whether every article of the index has its topic vector; if not (an
   *     index of an earlier format), the ranking is lexical only
   */
  List<RelatedArticle> related(IndexSearcher searcher, Probe p, RelatedQuery q,
      boolean topicField, boolean topicVectors) throws IOException {
    boolean lede = q.ranking() == RelatedQuery.Ranking.LEDE;
    IndexReader reader = searcher.getIndexReader();
    // A searcher per query: Lede's similarity, and no query cache, since every query's
    // exclusions and filters differ and caching them only costs time and memory.
    IndexSearcher ranking = new IndexSearcher(reader);
    ranking.setQueryCache(null);
    List<String> termOrder;
    ScoreDoc[] hits;
    Map<Integer, Set<String>> textMatches = null;
    Set<Integer> topical = Set.of();
    int wanted = wanted(q);
    if (lede) {
      ranking.setSimilarity(Rescoring.SIMILARITY);
      LuceneTermStatistics stats = new LuceneTermStatistics(ranking, caches);
      Clauses clauses = clauses(stats, p);
      if (clauses.boosts().isEmpty()) {
        return List.of();
      }
      // The article itself and excluded ids are dropped from the hits, not excluded by the
      // query: a MUST_NOT clause keeps Lucene from pruning and costs more than the extra hits.
      // They stay candidates until the suggestions are ranked, so that they count in the
      // scaling of the cosine and the topic gain (by the best candidate's) as they would if
      // they were not excluded: leaving an article out does not reorder the others, and asking
      // by id ranks as asking by analysis with the article's id excluded.
      Set<Integer> hidden = FirstPass.excludedDocs(reader, p, q);
      Map<Term, Float> light = FirstPass.clauses(clauses.terms(), clauses.boosts(),
          clauses.docFreqs(), stats, weights, topicField);
      int candidates = candidates(q) + hidden.size();
      ranking.setSimilarity(FirstPass.SIMILARITY);
      ScoreDoc[] firstDocs = ranking.search(FirstPass.filtered(FirstPass.toQuery(light,
          stats::states), q), new TopScoreDocCollectorManager(candidates, null, candidates))
          .scoreDocs;
      if (Arrays.stream(firstDocs).allMatch(h -> hidden.contains(h.doc))) {
        firstDocs = FirstPass.withNext(ranking, firstDocs, FirstPass.nextClauses(clauses.terms(),
            clauses.boosts(), light, stats.numDocs(), weights), stats, q, candidates);
      }
      textMatches = new HashMap<>();
      TextCosine.Query cosine = weights.textCosine() > 0 ? TextCosine.query(p.textFreqs(), stats,
          q.deduplicate() ? p.simHash() : 0) : null;
      Map<Term, TermStates> states = statesOf(stats, clauses.boosts());
      if (cosine != null) {
        cosine.terms().forEach(t -> states.put(t, stats.states(t)));
      }
      Rescoring.Weighted weighted = Rescoring.weigh(clauses.boosts(), clauses.docFreqs(), stats);
      Rescoring.Scored lexical = Rescoring.score(reader, firstDocs, weighted, states,
          textMatches, cosine);
      Adaptation adapted = Adaptation.forQuery(q, lexical, cosine);
      TextCosine.Query blended = cosine == null ? null
          : cosine.withIdfExponent(adapted.idfExponent());
      if (adapted.neighbours() && topicVectors && p.vector() != null) {
        BooleanQuery.Builder filters = new BooleanQuery.Builder();
        ScoreDoc[] pool = SemanticSignal.withNeighbours(ranking, firstDocs, p.vector(),
            FirstPass.addFilterClauses(filters, q) ? filters.build() : null, hidden,
            adapted.topicWeight() > 0 ? SemanticSignal.NEIGHBOURS
                : SemanticSignal.WORD_NEIGHBOURS);
        // The neighbours are scored apart and joined: each candidate's values are its own.
        Rescoring.Scored all = lexical.plus(Rescoring.score(reader, Arrays.copyOfRange(pool,
            firstDocs.length, pool.length), weighted, states, textMatches, cosine));
        if (adapted.topicWeight() > 0) {
          SemanticSignal.Blended topic = SemanticSignal.blend(reader,
              all.ranked(blended, weights.textCosine(), pool.length), p.vector(),
              adapted.topicWeight(), p.surfaceText(), adapted.styleWeight(), p.doc());
          hits = without(topic.hits(), hidden, wanted);
          topical = topic.topical();
        } else {
          hits = without(SemanticSignal.scored(all.ranked(blended, weights.textCosine(),
              wanted + hidden.size())), hidden, wanted);
        }
      } else {
        hits = without(lexical.ranked(blended, weights.textCosine(), wanted + hidden.size()),
            hidden, wanted);
      }
      termOrder = termOrder(clauses.terms());
    } else {
      Query mlt = moreLikeThis(reader, p, q.ranking());
      termOrder = Explanations.queryTerms(mlt);
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(mlt, Occur.MUST);
      if (!(mlt instanceof BooleanQuery bq && bq.clauses().isEmpty())
          && FirstPass.addFilters(b, p, q)) {
        hits = ranking.search(b.build(), wanted).scoreDocs;
      } else {
        return List.of();
      }
    }
    StoredFields stored = reader.storedFields();
    TermVectors vectors = reader.termVectors();
    Map<Integer, Set<String>> matches = textMatches;
    return results(p, q, hits, textMatches, topical, termOrder, new FinalOrder.Hits() {
      @Override
      public Long date(int doc) throws IOException {
        return docValue(reader, doc, Documents.DATE);
      }

      @Override
      public Long simHash(int doc) throws IOException {
        return docValue(reader, doc, Documents.SIMHASH);
      }

      @Override
      public Document document(int doc) throws IOException {
        Document card = ResultCard.read(reader, doc);
        return card != null ? card : stored.document(doc, RESULT_FIELDS);
      }

      @Override
      public String id(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues ids = leaf.reader().getBinaryDocValues(Documents.ID);
        if (ids != null && ids.advanceExact(doc - leaf.docBase)) {
          return ids.binaryValue().utf8ToString();
        }
        return stored.document(doc, ID_FIELD).get(Documents.ID); // an index made before them
      }

      @Override
      public Set<String> textTerms(int doc) throws IOException {
        // a baseline ranking: the suggestion's words from its term vectors
        Fields fields = vectors.get(doc);
        return Documents.vectorFreqs(fields == null ? null : fields.terms(Documents.TEXT))
            .keySet();
      }
    });
  }

  /** The first {@code limit} hits, in order, that are not among {@code docs}. */
  static ScoreDoc[] without(ScoreDoc[] hits, Set<Integer> docs, int limit) {
    return Arrays.stream(hits).filter(h -> !docs.contains(h.doc)).limit(limit)
        .toArray(ScoreDoc[]::new);
  }

  /** Suggestions to rank before the recency bonus and the de-duplication choose the limit. */
  int wanted(RelatedQuery q) {
    boolean rerank = q.ranking() == RelatedQuery.Ranking.LEDE || q.deduplicate();
    return rerank ? q.limit() + weights.extraCandidates() : q.limit();
  }

  /** Candidates the first pass picks, excluded articles aside. */
  int candidates(RelatedQuery q) {
    return Math.max(weights.candidates(), wanted(q));
  }

  /** The order in which shared text terms are shown: the wide selection's, most telling first. */
  List<String> termOrder(List<TextTerm> terms) {
    return terms.subList(0, Math.min(weights.wideTerms(), terms.size())).stream()
        .map(t -> t.term().text()).toList();
  }

  /**
   * The suggestions from ranked hits ({@link FinalOrder#results}).
   *
   * @param textMatches the text terms each hit matched, or null for a baseline ranking
   * @param topical the hits there for their topic more than for their words
   * @param termOrder the order in which shared text terms are shown
   */
  List<RelatedArticle> results(Probe p, RelatedQuery q, ScoreDoc[] hits,
      Map<Integer, Set<String>> textMatches, Set<Integer> topical, List<String> termOrder,
      FinalOrder.Hits data) throws IOException {
    return FinalOrder.results(analyzer, p, q, hits, textMatches, topical, termOrder, data);
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
      String key = FirstPass.COUNTRY_PREFIX + cc;
      if (!countries.contains(key)) {
        boosts.merge(new Term(Documents.ENTITY, key), demonym, Float::sum);
      }
      boosts.merge(new Term(Documents.DEMONYM, cc), demonym, Float::sum);
    }
    return boosts;
  }

  /** Whether a term qualifies for MoreLikeThis's default selection (the repeated terms). */
  static boolean isRepeated(TextTerm t) {
    return t.freq() >= REPEATED_MIN_TERM_FREQ && t.docFreq() >= REPEATED_MIN_DOC_FREQ;
  }

  /**
   * The first {@link #MAX_CLAUSES_PER_PART} items: a BooleanQuery allows at most 1024 clauses,
   * and an article with hundreds of entities or keywords must not break the query.
   */
  static <T> List<T> first(List<T> items) {
    return items.size() <= MAX_CLAUSES_PER_PART ? items : items.subList(0, MAX_CLAUSES_PER_PART);
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
}
