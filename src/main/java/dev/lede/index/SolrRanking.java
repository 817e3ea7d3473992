package dev.lede.index;

import dev.lede.index.Documents.EntityRef;
import dev.lede.index.Rescoring.FieldTerms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.StrUtils;

/**
 * Lede's ranking over a SolrCloud collection: the same {@link Ranker} steps as on the embedded
 * index, with Solr as the source of candidates and statistics. Four requests per query (the
 * query article's stored fields when it is indexed, the collection's sizes, sent at once beside
 * the others, the document frequencies of the article's terms, the first pass; a fifth counts
 * the excluded ids that exist), then the rescoring in this client:
 * <ul>
 *   <li>statistics over the whole collection: document frequencies from the {@code /terms}
 *       handler (summed over shards), article counts from a distributed query, so the clauses
 *       weigh what they weigh on one index holding the same articles;</li>
 *   <li>the first pass is the embedded index's query (same clauses, weights and similarities),
 *       distributed, with ExactStatsCache giving every shard the collection's statistics;</li>
 *   <li>the candidates' stored title, body and names are analysed here, as the index analysed
 *       them, and {@link Rescoring} scores them with the shared arithmetic;</li>
 *   <li>the query's {@link Adaptation} from the candidates' text, as on the embedded index;</li>
 *   <li>when the query may weigh its topic (adaptive, or a fixed {@link RelatedQuery#topicWeight}
 *       above 0), one more request, sent at once beside the others, finds the article's
 *       nearest neighbours by topic vector (Solr's {@code knn} query parser, under the same
 *       filters); if the weight is above 0 they join the candidates, and
 *       {@link SemanticSignal} blends the cosines of the stored vectors into the scores as on
 *       the embedded index, with the style cosines of the candidates' stored text
 *       ({@link StyleSignal}) where the query's style weight is above 0; an adaptive query of
 *       weight 0 takes {@link SemanticSignal#WORD_NEIGHBOURS} of them, ranked by words alone
 *       ({@link Adaptation#neighbours}).</li>
 * </ul>
 *
 * <p>Thread-safe: the analyzer is, and every query keeps its state on its own stack.
 */
final class SolrRanking {

  /** Fields a probe of an indexed article reads. */
  private static final String PROBE_FIELDS = String.join(",", Documents.TITLE, Documents.BODY,
      Documents.NAMES, Documents.ENTITY_STORED, Documents.DEMONYM, Documents.KEYWORD,
      Documents.DATE, Documents.SIMHASH);

  /** Fields of a candidate: what the rescoring and the suggestion read. */
  private static final String CANDIDATE_FIELDS = String.join(",", Documents.ID,
      Documents.TITLE, Documents.URL, Documents.SECTION, Documents.BYLINE, Documents.PUBLISHED,
      Documents.ENTITY_STORED, Documents.BODY, Documents.NAMES, Documents.KEYWORD,
      Documents.DEMONYM, Documents.DATE, Documents.SIMHASH);

  /** Fields whose document counts the rescoring may read: those of the full query. */
  static final List<String> SCORED_FIELDS = List.of(Documents.TEXT, Documents.TITLE,
      Documents.NAMES, Documents.KEYWORD, Documents.ENTITY, Documents.DEMONYM);

  /**
   * First-pass hits fetched beyond the candidates: 10, so that articles tied with the last
   * candidate are there to choose from by id, whichever replicas answer.
   */
  static final int TIE_MARGIN = 10;

  private final Ranker ranker;
  private final Analyzer analyzer;
  private final Executor executor;

  /**
   * @param executor runs the request for the collection's article counts while the others go
   *     on
   */
  SolrRanking(Ranker ranker, Executor executor) {
    this.ranker = ranker;
    this.analyzer = ranker.analyzer();
    this.executor = executor;
  }

  /** Related articles of the indexed article with this id, on a collection of format lede-4. */
  List<RelatedArticle> related(SolrClient client, String collection, String id, RelatedQuery q)
      throws IOException, SolrServerException {
    return related(client, collection, id, q, true);
  }

  /**
   * Related articles of the indexed article with this id.
   *
   * @param topicVectors whether the collection's articles have their topic vectors; if not (a
   *     collection of an earlier format), the topic weight is ignored
   */
  List<RelatedArticle> related(SolrClient client, String collection, String id, RelatedQuery q,
      boolean topicVectors) throws IOException, SolrServerException {
    checkRanking(q);
    SolrStatistics stats = new SolrStatistics(client, collection, executor);
    SolrQuery find = new SolrQuery("{!term f=" + Documents.ID + " v=$id}");
    find.set("id", id);
    find.setFields(topicVectors && mayWeighTopic(q)
        ? PROBE_FIELDS + "," + Documents.VECTOR : PROBE_FIELDS);
    find.setRows(1);
    find.set("distrib.singlePass", true);
    SolrDocumentList found = query(client, collection, find).getResults();
    if (found.isEmpty()) {
      throw new NoSuchElementException("no article with id '" + id + "' in the index");
    }
    return related(client, collection, probe(id, found.get(0)), q, stats, topicVectors);
  }

  /** What a related query about an article that need not be indexed is about. */
  Ranker.Probe probe(dev.lede.ArticleAnalysis analysis) {
    return ranker.probe(analysis);
  }

  /** Related articles of an article that need not be indexed, on a collection of lede-4. */
  List<RelatedArticle> related(SolrClient client, String collection, Ranker.Probe p,
      RelatedQuery q) throws IOException, SolrServerException {
    return related(client, collection, p, q, true);
  }

  /**
   * Related articles of an article that need not be indexed.
   *
   * @param topicVectors whether the collection's articles have their topic vectors; if not (a
   *     collection of an earlier format), the topic weight is ignored
   */
  List<RelatedArticle> related(SolrClient client, String collection, Ranker.Probe p,
      RelatedQuery q, boolean topicVectors) throws IOException, SolrServerException {
    checkRanking(q);
    return related(client, collection, p, q, new SolrStatistics(client, collection, executor),
        topicVectors);
  }

  /** Whether the query may give its topic a weight: adaptive, or a fixed weight above 0. */
  private static boolean mayWeighTopic(RelatedQuery q) {
    return q.adaptiveTopic() || q.topicWeight() > 0;
  }

  private static void checkRanking(RelatedQuery q) {
    if (q.ranking() != RelatedQuery.Ranking.LEDE) {
      throw new UnsupportedOperationException("ranking " + q.ranking() + " is a baseline of the"
          + " embedded index; SolrCloud ranks with Lede's ranking (RelatedQuery.Ranking.LEDE)");
    }
  }

  private List<RelatedArticle> related(SolrClient client, String collection, Ranker.Probe p,
      RelatedQuery q, SolrStatistics stats, boolean topicVectors)
      throws IOException, SolrServerException {
    // The semantic signal under the embedded index's condition (Ranker.related), if the topic
    // weight is above 0, which an adaptive query knows only once its candidates are scored.
    boolean topic = mayWeighTopic(q) && topicVectors && p.vector() != null;
    // The neighbours need nothing the other requests return: asked for at once, with room for
    // every excluded id and either count, and cut to the embedded index's count once the
    // excluded and the topic weight are known (and left unused in an archive too small for the
    // concentration to tell).
    CompletableFuture<QueryResponse> near = topic ? CompletableFuture.supplyAsync(() -> {
      try {
        return query(client, collection, neighbours(p.vector(), q, Math.max(
            SemanticSignal.NEIGHBOURS, SemanticSignal.WORD_NEIGHBOURS)
            + q.excludeIds().size() + 1));
      } catch (IOException | SolrServerException e) {
        throw new CompletionException(e);
      }
    }, executor) : null;
    stats.prefetch(Ranker.candidateTerms(p));
    Ranker.Clauses clauses = ranker.clauses(stats, p);
    if (clauses.boosts().isEmpty()) {
      return List.of();
    }
    Map<Term, Float> light = FirstPass.clauses(clauses.terms(), clauses.boosts(),
        clauses.docFreqs(), stats, ranker.weights(), true);
    Set<String> excludedIds = new HashSet<>(q.excludeIds());
    if (p.id() != null) {
      excludedIds.add(p.id());
    }
    int excluded = existing(client, collection, q.excludeIds(), p.id());
    int pool = ranker.candidates(q) + excluded;
    // As embedded: the article and excluded ids go once the suggestions are ranked (they
    // count in the scaling of the cosine and the topic gain).
    List<SolrDocument> candidates = new ArrayList<>(
        firstHits(client, collection, light, q, pool, topic));
    if (candidates.stream().allMatch(d -> excludedIds.contains(id(d)))) {
      Set<String> have = new HashSet<>();
      candidates.forEach(d -> have.add(id(d)));
      for (SolrDocument d : firstHits(client, collection, FirstPass.nextClauses(clauses.terms(),
          clauses.boosts(), light, stats.numDocs(), ranker.weights()), q, pool, topic)) {
        if (candidates.size() < pool && have.add(id(d))) {
          candidates.add(d);
        }
      }
    }
    Rescoring.Weighted weighted = Rescoring.weigh(clauses.boosts(), clauses.docFreqs(), stats);
    float cosineWeight = ranker.weights().textCosine();
    TextCosine.Query cosine = cosineWeight > 0 ? TextCosine.query(p.textFreqs(), stats,
        q.deduplicate() ? p.simHash() : 0) : null;
    Set<String> fields = new java.util.LinkedHashSet<>(weighted.byField().keySet());
    if (cosine != null) {
      fields.add(Documents.TEXT);
    }
    Map<Integer, Set<String>> textMatches = new HashMap<>();
    List<Map<String, FieldTerms>> terms = new ArrayList<>(candidates.size());
    Rescoring.Scored scored = score(candidates, 0, fields, terms, weighted, textMatches,
        cosine);
    Adaptation adapted = Adaptation.forQuery(q, scored, cosine);
    boolean withNeighbours = topic && adapted.neighbours();
    boolean withTopic = withNeighbours && adapted.topicWeight() > 0;
    if (withNeighbours) {
      // As SemanticSignal.withNeighbours: the nearest k (k: the neighbours of the query's
      // kind and the excluded articles that exist), less the excluded and those already
      // candidates.
      List<SolrDocument> nearest = join(near).getResults();
      Set<String> have = new HashSet<>();
      candidates.forEach(d -> have.add((String) d.getFieldValue(Documents.ID)));
      int lexical = candidates.size();
      int count = withTopic ? SemanticSignal.NEIGHBOURS : SemanticSignal.WORD_NEIGHBOURS;
      for (SolrDocument n : nearest.subList(0, Math.min(count + excluded, nearest.size()))) {
        String nid = (String) n.getFieldValue(Documents.ID);
        if (!excludedIds.contains(nid) && have.add(nid)) {
          candidates.add(n);
        }
      }
      // scored apart and joined, as embedded
      scored = scored.plus(score(candidates.subList(lexical, candidates.size()), lexical,
          fields, terms, weighted, textMatches, cosine));
    }
    int wanted = ranker.wanted(q);
    // The article and excluded ids among the candidates, dropped once ranked (as embedded).
    Set<Integer> hidden = new HashSet<>();
    int self = -1;
    for (int k = 0; k < candidates.size(); k++) {
      String id = (String) candidates.get(k).getFieldValue(Documents.ID);
      if (excludedIds.contains(id)) {
        hidden.add(k);
      }
      if (id.equals(p.id())) {
        self = k;
      }
    }
    ScoreDoc[] hits = scored.ranked(cosine == null ? null
        : cosine.withIdfExponent(adapted.idfExponent()), cosineWeight,
        withTopic ? candidates.size() : wanted + hidden.size());
    if (withNeighbours && !withTopic) {
      hits = SemanticSignal.scored(hits);
    }
    Set<Integer> topical = Set.of();
    if (withTopic) {
      float[] cos = new float[hits.length];
      for (int i = 0; i < hits.length; i++) {
        cos[i] = SemanticSignal.cosine(vector(candidates.get(hits[i].doc)), p.vector());
      }
      SemanticSignal.Blended blended = SemanticSignal.blend(hits, cos, adapted.topicWeight(),
          styles(hits, candidates, p.surfaceText(), adapted.styleWeight()),
          adapted.styleWeight(), self);
      hits = blended.hits();
      topical = blended.topical();
    }
    hits = Ranker.without(hits, hidden, wanted);
    return ranker.results(p, q, hits, textMatches, topical, ranker.termOrder(clauses.terms()),
        new FinalOrder.Hits() {
          @Override
          public Long date(int doc) {
            return (Long) candidates.get(doc).getFieldValue(Documents.DATE);
          }

          @Override
          public Long simHash(int doc) {
            return (Long) candidates.get(doc).getFieldValue(Documents.SIMHASH);
          }

          @Override
          public Document document(int doc) {
            return toLucene(candidates.get(doc));
          }

          @Override
          public Set<String> textTerms(int doc) {
            return terms.get(doc).getOrDefault(Documents.TEXT, FieldTerms.NONE).freqs().keySet();
          }
        });
  }

  /**
   * The hits' style cosines with the query article's text, from their stored title and body as
   * {@link StyleSignal#cosines} reads them on the embedded index; null for a style weight of 0.
   */
  private static float[] styles(ScoreDoc[] hits, List<SolrDocument> candidates, String text,
      double styleWeight) {
    if (styleWeight <= 0) {
      return null;
    }
    StyleSignal style = StyleSignal.shared();
    float[] query = style.of(text);
    float[] out = new float[hits.length];
    for (int i = 0; query != null && i < hits.length; i++) {
      SolrDocument d = candidates.get(hits[i].doc);
      out[i] = StyleSignal.cosine(style.of(StyleSignal.textOf(stored(d, Documents.TITLE),
          stored(d, Documents.BODY))), query);
    }
    return out;
  }

  /**
   * Scores candidates with {@link Rescoring}'s arithmetic from their stored fields analysed
   * here, adding their terms to {@code terms} (candidate {@code first + k} is
   * {@code docs.get(k)}).
   */
  private Rescoring.Scored score(List<SolrDocument> docs, int first, Set<String> fields,
      List<Map<String, FieldTerms>> terms, Rescoring.Weighted weighted,
      Map<Integer, Set<String>> textMatches, TextCosine.Query cosine) {
    List<Map<String, FieldTerms>> mine = new ArrayList<>(docs.size());
    long[] simHashes = new long[docs.size()];
    for (int k = 0; k < docs.size(); k++) {
      mine.add(fieldTerms(docs.get(k), fields));
      Object hash = docs.get(k).getFieldValue(Documents.SIMHASH);
      simHashes[k] = hash instanceof Long l ? l : 0;
    }
    terms.addAll(mine);
    return Rescoring.score(mine, first, weighted, textMatches, cosine, simHashes);
  }

  /**
   * The probe of an indexed article from its stored fields, as the embedded index makes it from
   * its term vectors: the text field's terms are those of the title and body analysed again,
   * title and name terms most frequent first, ties in index (byte) order.
   */
  private Ranker.Probe probe(String id, SolrDocument d) {
    String title = stored(d, Documents.TITLE);
    String body = stored(d, Documents.BODY);
    String text = title + "\n\n" + body;
    Map<String, Integer> textFreqs =
        Documents.termFreqs(analyzer, Documents.TEXT, text, Integer.MAX_VALUE);
    List<String> titleTerms = Documents.byFreq(
        Documents.termFreqs(analyzer, Documents.TITLE, title, Integer.MAX_VALUE),
        Integer.MAX_VALUE);
    List<String> names = Documents.byFreq(Documents.termFreqs(analyzer, Documents.NAMES,
        stored(d, Documents.NAMES), Integer.MAX_VALUE), Ranker.MAX_NAME_TERMS);
    List<EntityRef> entities = new ArrayList<>();
    for (String s : values(d, Documents.ENTITY_STORED)) {
      entities.add(Documents.parseStoredEntity(s));
    }
    Long hash = (Long) d.getFieldValue(Documents.SIMHASH);
    return new Ranker.Probe(id, -1, textFreqs, titleTerms, names, entities,
        values(d, Documents.DEMONYM), values(d, Documents.KEYWORD),
        (Long) d.getFieldValue(Documents.DATE), hash == null ? 0L : hash, text, vector(d));
  }

  /** A document's stored topic vector, or {@code null} if it has none or it was not read. */
  static float[] vector(SolrDocument d) {
    Collection<Object> values = d.getFieldValues(Documents.VECTOR);
    if (values == null || values.isEmpty()) {
      return null;
    }
    float[] out = new float[values.size()];
    int i = 0;
    for (Object v : values) {
      out[i++] = ((Number) v).floatValue();
    }
    return out;
  }

  /**
   * The nearest articles by topic vector, as Solr's {@code knn} query parser finds them on every
   * shard, under the options' filters (which the parser applies before the search, as the
   * embedded index's filtered vector query does), with the fields a candidate needs.
   */
  private static SolrQuery neighbours(float[] vector, RelatedQuery q, int k) {
    SolrQuery s = new SolrQuery("{!knn f=" + Documents.VECTOR + " topK=" + k + " v=$vector}");
    StringBuilder v = new StringBuilder("[");
    for (int i = 0; i < vector.length; i++) {
      // Float.toString: the shortest decimal that parses back to the same float
      v.append(i == 0 ? "" : ",").append(Float.toString(vector[i]));
    }
    s.set("vector", v.append(']').toString());
    addFilters(s, q);
    s.setFields(CANDIDATE_FIELDS, Documents.VECTOR);
    s.set("distrib.singlePass", true);
    s.setRows(k);
    return s;
  }

  private static QueryResponse join(CompletableFuture<QueryResponse> request)
      throws IOException {
    try {
      return request.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof IOException io ? io
          : new IOException(e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * The first pass as a Solr request: the same clauses, the options as filter queries.
   *
   * @param vectors whether to fetch the candidates' topic vectors too
   */
  /**
   * The first pass's best {@code wanted} hits for these clauses, as the embedded index picks
   * them (none without clauses).
   */
  private List<SolrDocument> firstHits(SolrClient client, String collection,
      Map<Term, Float> light, RelatedQuery q, int wanted, boolean topic)
      throws IOException, SolrServerException {
    if (light.isEmpty()) {
      return List.of();
    }
    List<SolrDocument> hits = new ArrayList<>(query(client, collection,
        firstPass(light, q, wanted + TIE_MARGIN, topic)).getResults());
    // Equal first-pass scores come back in whatever order the replicas that answered hold
    // them; ordered by id, the same candidates are picked on every run.
    hits.sort(Comparator.comparingDouble((SolrDocument d) -> -score(d))
        .thenComparing(SolrRanking::id));
    return hits.subList(0, Math.min(wanted, hits.size()));
  }

  private static String id(SolrDocument d) {
    return (String) d.getFieldValue(Documents.ID);
  }

  private static SolrQuery firstPass(Map<Term, Float> light, RelatedQuery q, int rows,
      boolean vectors) {
    SolrQuery s = new SolrQuery();
    StringBuilder main = new StringBuilder();
    int i = 0;
    for (Map.Entry<Term, Float> c : light.entrySet()) {
      if (c.getValue() > 0) {
        // The term goes in a parameter of its own: analysed already, it must not be parsed
        // or analysed again, and needs no escaping there.
        String param = "t" + i++;
        s.set(param, c.getKey().text());
        main.append("_query_:\"{!term f=").append(c.getKey().field()).append(" v=$")
            .append(param).append("}\"^").append(Float.toString(c.getValue())).append(' ');
      }
    }
    s.setQuery(main.toString().strip());
    s.set("q.op", "OR");
    addFilters(s, q);
    if (vectors) {
      s.setFields(CANDIDATE_FIELDS, "score", Documents.VECTOR);
    } else {
      s.setFields(CANDIDATE_FIELDS, "score");
    }
    // The shards return the stored fields with the scores: one round trip less than asking
    // for the winners' fields afterwards, for a few more documents over the wire.
    s.set("distrib.singlePass", true);
    s.setRows(rows);
    return s;
  }

  /** The options' filters (section, language, dates) as filter queries. */
  private static void addFilters(SolrQuery s, RelatedQuery q) {
    if (q.section() != null) {
      s.addFilterQuery("{!term f=" + Documents.SECTION_KEY + " v=$fsection}");
      s.set("fsection", q.section().toLowerCase(Locale.ROOT));
    }
    if (q.language() != null) {
      s.addFilterQuery("{!term f=" + Documents.LANGUAGE + " v=$flanguage}");
      s.set("flanguage", q.language());
    }
    if (q.publishedFrom() != null || q.publishedTo() != null) {
      s.addFilterQuery(Documents.DATE + ":[" + bound(q.publishedFrom() != null,
          FirstPass.dateFrom(q)) + " TO " + bound(q.publishedTo() != null, FirstPass.dateTo(q))
          + "]");
    }
  }

  private static double score(SolrDocument d) {
    return ((Number) d.getFieldValue("score")).doubleValue();
  }

  private static String bound(boolean given, long millis) {
    return given ? Long.toString(millis) : "*";
  }

  /** How many distinct articles of the archive these ids (and the probe's own) name. */
  private static int existing(SolrClient client, String collection, Set<String> excludeIds,
      String probeId) throws IOException, SolrServerException {
    Set<String> ids = new LinkedHashSet<>(excludeIds);
    int count = 0;
    if (probeId != null) {
      ids.remove(probeId);
      count++;
    }
    if (!ids.isEmpty()) {
      count += realTimeGet(client, collection, ids, Documents.ID).size();
    }
    return count;
  }

  /**
   * Solr's real-time get of articles by id, with these fields ({@code null}: all), as SolrJ's
   * {@code getById} asks for them but sent as a POST: in a GET, ids up to
   * {@link ArticleIndex#MAX_ID_CHARS} make a URL that HTTP/2 cannot send as a header ("Could
   * not hpack encode").
   */
  static SolrDocumentList realTimeGet(SolrClient client, String collection,
      Collection<String> ids, String fields) throws IOException, SolrServerException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(CommonParams.QT, "/get");
    // the ids parameter is split at commas, with backslash escapes
    params.set("ids", ids.stream().map(id -> StrUtils.escapeTextWithSeparator(id, ','))
        .toArray(String[]::new));
    if (fields != null) {
      params.set(CommonParams.FL, fields);
    }
    return client.query(collection, params, SolrRequest.METHOD.POST).getResults();
  }

  /** A candidate's terms in each scored field, analysed from its stored values. */
  private Map<String, FieldTerms> fieldTerms(SolrDocument d, Collection<String> fields) {
    Map<String, FieldTerms> out = new HashMap<>();
    for (String field : fields) {
      switch (field) {
        case Documents.TEXT -> out.put(field, analysed(field,
            stored(d, Documents.TITLE) + "\n\n" + stored(d, Documents.BODY)));
        case Documents.TITLE, Documents.NAMES -> out.put(field, analysed(field, stored(d, field)));
        case Documents.ENTITY -> {
          List<String> keys = new ArrayList<>();
          for (String s : values(d, Documents.ENTITY_STORED)) {
            keys.add(s.substring(0, s.indexOf('\t')));
          }
          out.put(field, exact(keys));
        }
        default -> out.put(field, exact(values(d, field)));
      }
    }
    return out;
  }

  /** An analysed field's terms and length norm, as the index computed them. */
  private FieldTerms analysed(String field, String value) {
    if (value.isEmpty()) {
      return FieldTerms.NONE;
    }
    Map<String, Integer> freqs = Documents.termFreqs(analyzer, field, value, Integer.MAX_VALUE);
    int tokens = freqs.values().stream().mapToInt(Integer::intValue).sum();
    return tokens == 0 ? FieldTerms.NONE : new FieldTerms(freqs, Rescoring.lengthNorm(tokens));
  }

  /** An exact-match field's values, counted; such fields have no norms. */
  private static FieldTerms exact(List<String> values) {
    Map<String, Integer> freqs = new HashMap<>();
    values.forEach(v -> freqs.merge(v, 1, Integer::sum));
    return new FieldTerms(freqs, Rescoring.NO_NORM);
  }

  private static String stored(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? "" : v.toString();
  }

  private static List<String> values(SolrDocument d, String field) {
    Collection<Object> values = d.getFieldValues(field);
    List<String> out = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> out.add(v.toString()));
    }
    return out;
  }

  /** A Solr document's stored values as a Lucene document. */
  static Document toLucene(SolrDocument s) {
    Document d = new Document();
    for (String name : s.getFieldNames()) {
      for (Object v : s.getFieldValues(name)) {
        d.add(new StoredField(name, String.valueOf(v)));
      }
    }
    return d;
  }

  static QueryResponse query(SolrClient client, String collection, SolrQuery q)
      throws IOException, SolrServerException {
    // POST: a first pass or a term list can be longer than a URL should be.
    return client.query(collection, q, SolrRequest.METHOD.POST);
  }
}
