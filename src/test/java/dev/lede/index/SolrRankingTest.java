package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.ArticleAnalysis;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SolrRanking} and the document conversions of {@link SolrArchive} on one Solr core in
 * this JVM ({@link OneSolrCore}: Lede's configset, no ZooKeeper, no HTTP): the same requests as
 * on SolrCloud, answered by one shard. The suggestions must equal those of the embedded index
 * holding the same articles. Both are filled once per JVM.
 */
final class SolrRankingTest {

  private static final String CORE = "archive";  // a core of OneSolrCore

  /** One Solr core and one embedded index holding the same articles, made on first use. */
  private static final class Shared {
    static final Shared INSTANCE = create();

    final EmbeddedSolrServer solr;
    final ArticleIndex embedded;
    final Map<String, ArticleAnalysis> articles;
    final SolrRanking ranking;

    private Shared(EmbeddedSolrServer solr, ArticleIndex embedded,
        Map<String, ArticleAnalysis> articles) {
      this.solr = solr;
      this.embedded = embedded;
      this.articles = articles;
      ExecutorService requests = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-solr-related");
        t.setDaemon(true);
        return t;
      });
      this.ranking = new SolrRanking(new Ranker(Documents.analyzer()), requests);
    }

    private static Shared create() {
      try {
        EmbeddedSolrServer solr = OneSolrCore.server();
        Map<String, ArticleAnalysis> articles = articles();
        return new Shared(solr, loadBoth(solr, CORE, articles), articles);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SolrServerException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The same story told twice in other words. */
  private static final String KYIV = Fixtures.RETOLD_FIRST;
  private static final String GRID = Fixtures.RETOLD_SECOND;

  /**
   * The bundled samples, two articles sharing an entity whose key holds a comma and a
   * backslash (the escapes of the term list), and one story told twice in other words.
   */
  private static Map<String, ArticleAnalysis> articles() {
    Map<String, ArticleAnalysis> articles = new LinkedHashMap<>(Fixtures.samples());
    articles.putAll(Fixtures.retoldStory());
    articles.put("harbour-strike", Fixtures.analysis("Harbour strike ends",
        "Dockers at the harbour ended their strike after Smith, Jones \\ Co raised wages."
            + " The harbour reopened on Monday, the union said.", "Business", "2025-05-10",
        List.of(new Entity(EntityType.ORGANIZATION, "Smith, Jones \\ Co", null, 0.6, List.of()),
            new Entity(EntityType.COUNTRY, "Sweden", "SE", 0.4, List.of())), List.of("SE")));
    articles.put("harbour-strike-2", Fixtures.analysis("Harbour strike spreads",
        "Dockers in a second harbour joined the strike over wages. Smith, Jones \\ Co said the"
            + " harbour would stay shut until the union and the owners meet.", "Business",
        "2025-05-12",
        List.of(new Entity(EntityType.ORGANIZATION, "Smith, Jones \\ Co", null, 0.5, List.of())),
        List.of()));
    return articles;
  }

  private static Shared shared() {
    return Shared.INSTANCE;
  }

  static List<RelatedQuery> options() {
    return List.of(
        RelatedQuery.builder().limit(5).build(),
        RelatedQuery.builder().limit(3).section("business").build(),
        RelatedQuery.builder().limit(3).section("Business").build(),
        RelatedQuery.builder().limit(8).language("en").deduplicate(false).build(),
        RelatedQuery.builder().limit(4).publishedBetween(
            Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2025-07-31T00:00:00Z")).build(),
        RelatedQuery.builder().limit(4).publishedBetween(
            Instant.parse("2025-05-11T00:00:00Z"), null).build(),
        RelatedQuery.builder().limit(4).publishedBetween(
            null, Instant.parse("2025-05-11T00:00:00Z")).build(),
        RelatedQuery.builder().limit(5)
            .excludeIds(Set.of("riksbank-cuts-rate", "nordic-cup-final", "nowhere")).build(),
        RelatedQuery.builder().limit(1).build(),
        RelatedQuery.builder().limit(10).minScore(2.0).build());
  }

  @Test
  void related_byId_everyArticle_sameSuggestionsAsTheEmbeddedIndex() throws Exception {
    Shared s = shared();
    int suggestions = 0;
    for (String id : s.articles.keySet()) {
      List<RelatedArticle> expected = s.embedded.related(id, 5);
      // same ids in the same order, same scores, same shared names and explanations
      assertThat(s.ranking.related(s.solr, CORE, id, RelatedQuery.builder().limit(5).build()))
          .as(id).isEqualTo(expected);
      if (!Set.of(KYIV, GRID).contains(id)) {
        suggestions += expected.size();
      }
    }
    // Every article but the story told in other words, which few share words with, has five.
    assertThat(suggestions).isEqualTo(5 * (s.articles.size() - 2));
  }

  /** Articles whose suggestions the options change: a topic, a sport, the hand-made pair. */
  private static final List<String> PROBES = List.of("riksbank-holds-rate",
      "nordic-cup-semifinal", "harbour-strike", "lumora-glasses-launch");

  @ParameterizedTest
  @MethodSource("options")
  void related_byId_sameSuggestionsAsTheEmbeddedIndex(RelatedQuery q) throws Exception {
    Shared s = shared();
    for (String id : PROBES) {
      assertThat(s.ranking.related(s.solr, CORE, id, q)).as(id + " " + q)
          .isEqualTo(s.embedded.related(id, q));
    }
  }

  /** A query with these options and the topic weight that ships as the topical setting. */
  private static RelatedQuery withTopic(RelatedQuery q) {
    return new RelatedQuery(q.limit(), q.section(), q.language(), q.publishedFrom(),
        q.publishedTo(), q.excludeIds(), q.minScore(), q.deduplicate(), q.ranking(),
        RelatedQuery.TOPIC_WEIGHT, false);
  }

  @Test
  void related_topicWeight_everyArticle_sameSuggestionsAndTopicFlagsAsTheEmbeddedIndex()
      throws Exception {
    Shared s = shared();
    RelatedQuery topical = withTopic(RelatedQuery.of(5));
    int suggestions = 0;
    int byTopic = 0;
    int changed = 0;
    for (String id : s.articles.keySet()) {
      List<RelatedArticle> expected = s.embedded.related(id, topical);
      // same ids in the same order, same blended scores, same similarTopic flags
      assertThat(s.ranking.related(s.solr, CORE, id, topical)).as(id).isEqualTo(expected);
      ArticleAnalysis a = s.articles.get(id);
      assertThat(s.ranking.related(s.solr, CORE, s.ranking.probe(a), topical))
          .as("by analysis " + id).isEqualTo(s.embedded.related(a, topical));
      suggestions += expected.size();
      byTopic += (int) expected.stream().filter(RelatedArticle::similarTopic).count();
      if (!expected.equals(s.embedded.related(id, 5))) {
        changed++;
      }
    }
    assertThat(suggestions).isEqualTo(5 * s.articles.size());
    // The topic signal is at work here: it changes suggestions and carries some of them.
    assertThat(changed).isPositive();
    assertThat(byTopic).isPositive();
  }

  @ParameterizedTest
  @MethodSource("options")
  void related_topicWeightWithOptions_sameSuggestionsAsTheEmbeddedIndex(RelatedQuery options)
      throws Exception {
    Shared s = shared();
    RelatedQuery q = withTopic(options);
    for (String id : PROBES) {
      assertThat(s.ranking.related(s.solr, CORE, id, q)).as(id + " " + q)
          .isEqualTo(s.embedded.related(id, q));
      assertSameByAnalysis(s, id, q);
    }
  }

  @Test
  void related_topicWeight_storyInOtherWordsFoundByItsTopic() throws Exception {
    Shared s = shared();
    RelatedQuery lexical = RelatedQuery.of(10);
    // The two share no telling word: by words alone the other story is not suggested.
    assertThat(s.ranking.related(s.solr, CORE, KYIV, lexical))
        .extracting(RelatedArticle::id).doesNotContain(GRID);
    assertThat(s.ranking.related(s.solr, CORE, KYIV, withTopic(lexical))).anySatisfy(r -> {
      assertThat(r.id()).isEqualTo(GRID);
      assertThat(r.similarTopic()).isTrue();
    });
  }

  @Test
  void related_topicWeightOnCollectionWithoutVectors_ignored() throws Exception {
    Shared s = shared();
    // A collection of an earlier format: ranked by words alone, as the embedded index ranks
    // an index written before topic vectors.
    RelatedQuery topical = withTopic(RelatedQuery.of(10));
    RelatedQuery wordsOnly = RelatedQuery.builder().limit(10).topicWeight(0).build();
    for (String id : List.of(KYIV, "riksbank-holds-rate")) {
      assertThat(s.ranking.related(s.solr, CORE, id, topical, false)).as(id)
          .isEqualTo(s.ranking.related(s.solr, CORE, id, wordsOnly))
          .noneMatch(RelatedArticle::similarTopic);
      ArticleAnalysis a = s.articles.get(id);
      assertThat(s.ranking.related(s.solr, CORE, s.ranking.probe(a), topical, false)).as(id)
          .isEqualTo(s.ranking.related(s.solr, CORE, s.ranking.probe(a), wordsOnly));
    }
  }

  @Test
  void vector_storedInSolr_equalsTheEmbeddedVector() throws Exception {
    Shared s = shared();
    for (Map.Entry<String, ArticleAnalysis> e : s.articles.entrySet()) {
      SolrDocument d = s.solr.getById(CORE, e.getKey());
      assertThat(SolrRanking.vector(d)).as(e.getKey())
          .containsExactly(Documents.topicVector(e.getValue()));
    }
    assertThat(SolrRanking.vector(new SolrDocument(Map.of()))).isNull();
  }

  @Test
  void related_otherLanguage_nothing() throws Exception {
    Shared s = shared();
    RelatedQuery swedish = RelatedQuery.builder().language("sv").build();
    assertThat(s.embedded.related("riksbank-holds-rate", swedish)).isEmpty();
    assertThat(s.ranking.related(s.solr, CORE, "riksbank-holds-rate", swedish)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("options")
  void related_byAnalysis_sameSuggestionsAsTheEmbeddedIndex(RelatedQuery q) throws Exception {
    Shared s = shared();
    for (String id : PROBES) {
      assertSameByAnalysis(s, id, q);
    }
  }

  /** SolrCloud's suggestions for an article's analysis equal the embedded index's. */
  private static void assertSameByAnalysis(Shared s, String id, RelatedQuery q)
      throws Exception {
    ArticleAnalysis a = s.articles.get(id);
    assertThat(s.ranking.related(s.solr, CORE, s.ranking.probe(a), q)).as(id + " " + q)
        .isEqualTo(s.embedded.related(a, q));
  }

  @Test
  void related_sharedEntityWithCommaAndBackslash_foundAndShown() throws Exception {
    Shared s = shared();
    List<RelatedArticle> related = s.ranking.related(s.solr, CORE, "harbour-strike",
        RelatedQuery.builder().limit(1).build());
    assertThat(related).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo("harbour-strike-2");
      assertThat(r.sharedEntities()).containsExactly("Smith, Jones \\ Co");
    });
    // the article itself, not indexed under this probe's id, comes first by analysis
    ArticleAnalysis copy = s.articles.get("harbour-strike");
    assertThat(s.ranking.related(s.solr, CORE, s.ranking.probe(copy),
        RelatedQuery.builder().limit(1).deduplicate(false).build()))
        .extracting(RelatedArticle::id).containsExactly("harbour-strike");
  }

  @Test
  void related_onlyStopWords_nothing() throws Exception {
    Shared s = shared();
    ArticleAnalysis a = Fixtures.analysis("It is as it was", "And it is to be, as it was.");
    assertThat(s.ranking.related(s.solr, CORE, s.ranking.probe(a),
        RelatedQuery.builder().build())).isEmpty();
    assertThat(s.embedded.related(a, 5)).isEmpty();
  }

  @Test
  void related_excludedIdsTakeNoCandidateSlot() throws Exception {
    Shared s = shared();
    // With a single candidate slot, the ids excluded (the best two) must not use it up.
    RelatedQuery top2 = RelatedQuery.builder().limit(2).build();
    List<String> best = s.embedded.related("riksbank-holds-rate", top2).stream()
        .map(RelatedArticle::id).toList();
    assertThat(best).hasSize(2);
    RelatedQuery q = RelatedQuery.builder().limit(1).excludeIds(Set.copyOf(best)).build();
    List<RelatedArticle> solr = s.ranking.related(s.solr, CORE, "riksbank-holds-rate", q);
    assertThat(solr).isEqualTo(s.embedded.related("riksbank-holds-rate", q)).hasSize(1);
    assertThat(solr.get(0).id()).isNotIn(best);
  }

  /**
   * The core {@code small} emptied and filled with these articles, in this order, and an
   * embedded index holding the same: archives of a few articles, ranked by a first pass that
   * keeps one candidate ({@link FirstPassTest#keepingOne}), where which candidate the first
   * pass picks is the suggestion.
   */
  private static ArticleIndex small(Map<String, ArticleAnalysis> articles) throws Exception {
    EmbeddedSolrServer solr = OneSolrCore.server();
    solr.deleteByQuery(SMALL, "*:*");
    return loadBoth(solr, SMALL, articles);
  }

  /**
   * Writes the articles to a Solr core, as {@code SolrArchive} would, and to a new embedded
   * index, which it returns.
   */
  private static ArticleIndex loadBoth(EmbeddedSolrServer solr, String core,
      Map<String, ArticleAnalysis> articles) throws IOException, SolrServerException {
    List<SolrInputDocument> docs = new ArrayList<>();
    articles.forEach((id, a) -> docs.add(
        SolrArchive.toSolr(Documents.toDocument(id, a, Documents.analyzer()))));
    solr.add(core, docs);
    solr.commit(core, true, true);
    ArticleIndex embedded = ArticleIndex.inMemory(Fixtures.analyzer());
    embedded.addAll(articles);
    return embedded;
  }

  @Test
  void related_adaptiveDefaultOnAnArchiveOfHundreds_sameSuggestionsAsTheEmbeddedIndex()
      throws Exception {
    // The samples are too few for the concentration (the candidates are most of them); this
    // archive has an event's reports, a topic's spread words and 300 other articles.
    Map<String, ArticleAnalysis> articles = AdaptiveTopicTest.archive();
    EmbeddedSolrServer solr = OneSolrCore.server();
    try (ArticleIndex embedded = loadBoth(solr, "adaptive", articles)) {
      SolrRanking ranking = shared().ranking;
      RelatedQuery q = RelatedQuery.of(10);
      int byTopic = 0;
      for (String id : List.of("dam-1", "dam-2", "monsoon-floods", KYIV, GRID, "other-0",
          "other-7", "other-150")) {
        List<RelatedArticle> expected = embedded.related(id, q);
        assertThat(ranking.related(solr, "adaptive", id, q)).as(id).isEqualTo(expected);
        assertThat(ranking.related(solr, "adaptive", ranking.probe(articles.get(id)), q))
            .as("by analysis " + id).isEqualTo(embedded.related(articles.get(id), q));
        byTopic += (int) expected.stream().filter(RelatedArticle::similarTopic).count();
      }
      // the topic weight was at work for some of them
      assertThat(byTopic).isPositive();
    }
  }

  private static final String SMALL = "small";  // a core of OneSolrCore

  /** Title-less articles given as id, body, id, body..., in order. */
  private static Map<String, ArticleAnalysis> bodies(String... idsAndBodies) {
    Map<String, ArticleAnalysis> out = new LinkedHashMap<>();
    for (int i = 0; i < idsAndBodies.length; i += 2) {
      out.put(idsAndBodies[i], Fixtures.analysis(null, idsAndBodies[i + 1]));
    }
    return out;
  }

  private static SolrRanking ranking(Ranker ranker) {
    return new SolrRanking(ranker, Runnable::run);
  }

  @Test
  void related_excludedIdThatExists_widensTheFirstPassByOne() throws Exception {
    // "short-mention" is the first pass's best match after the probe itself; excluded, the
    // first pass must take one more hit (the probe, the excluded article, then the next).
    Ranker one = FirstPassTest.keepingOne(FirstPass.COMMON_DOCS);
    try (ArticleIndex embedded = small(bodies(
        "short-mention", "Quartz.",
        "long-repeat", "Quartz and quartz lay among granite, slate, shale, marble, chalk and"
            + " flint.",
        "probe", "Quartz quartz."))) {
      RelatedQuery q = RelatedQuery.builder().limit(1)
          .excludeIds(Set.of("short-mention", "nowhere")).build();
      List<RelatedArticle> solr = ranking(one).related(OneSolrCore.server(), SMALL, "probe", q);
      assertThat(solr).extracting(RelatedArticle::id).containsExactly("long-repeat");
      assertThat(solr).isEqualTo(embedded.related("probe", q, one));
      // the probe's own id among the excluded ids is counted once
      RelatedQuery withSelf = RelatedQuery.builder().limit(1)
          .excludeIds(Set.of("short-mention", "probe")).build();
      assertThat(ranking(one).related(OneSolrCore.server(), SMALL, "probe", withSelf))
          .extracting(RelatedArticle::id).containsExactly("long-repeat");
    }
  }

  @Test
  void related_firstPassTie_lowerIdIsTheCandidate() throws Exception {
    // Two articles score alike in the first pass ("quartz" once in two words); the one added
    // first ("b-shone") comes first from the core. The candidate must be the lower id,
    // whichever replica answers. (The embedded index keeps the first added here: its first
    // pass breaks ties by document order, and SolrCloud has no order of documents across
    // shards.)
    try (ArticleIndex embedded = small(bodies(
        "b-shone", "Quartz shone.",
        "a-glowed", "Quartz glowed.",
        "probe", "Quartz quartz."))) {
      assertThat(ranking(FirstPassTest.keepingOne(FirstPass.COMMON_DOCS))
          .related(OneSolrCore.server(), SMALL, "probe", RelatedQuery.of(1)))
          .extracting(RelatedArticle::id).containsExactly("a-glowed");
    }
  }

  @Test
  void related_clauseOfWeightZero_findsNoCandidate() throws Exception {
    // As on the embedded index (FirstPassTest): a title clause weighing nothing is left out of
    // the first pass, which then finds no candidate.
    try (ArticleIndex embedded = small(FirstPassTest.lagoonArticles())) {
      assertThat(ranking(FirstPassTest.keepingOne(2, 0f))
          .related(OneSolrCore.server(), SMALL, "probe", RelatedQuery.of(1))).isEmpty();
      // weighing something, it finds the article sharing the title word
      assertThat(ranking(FirstPassTest.keepingOne(2))
          .related(OneSolrCore.server(), SMALL, "probe", RelatedQuery.of(1)))
          .extracting(RelatedArticle::id).containsExactly("lagoon-title");
    }
  }

  @Test
  void related_firstPassFindsNothing_theNextTellingTermsFindTheCandidateAsEmbedded()
      throws Exception {
    // As on the embedded index (FirstPassTest): the probe's eight rarest words are its own and
    // find no candidate; its ninth, "granite", looked up next, finds the articles sharing it.
    Ranker one = FirstPassTest.keepingOne(Integer.MAX_VALUE);
    try (ArticleIndex embedded = small(bodies(
        "granite-story", "Granite blocks were cut from the hill above the valley.",
        "other-story", "Granite and granite dust covered the road to the quarry.",
        "probe", "Basalt, gneiss, schist, obsidian, pumice, tuff, dolomite, gabbro, granite."))) {
      RelatedQuery q = RelatedQuery.of(1);
      assertThat(ranking(one).related(OneSolrCore.server(), SMALL, "probe", q)).hasSize(1)
          .isEqualTo(embedded.related("probe", q, one));
    }
  }

  @Test
  void related_topicWeightWithAFirstPassOfOne_everyArticle_sameSuggestionsAsTheEmbeddedIndex()
      throws Exception {
    // A first pass that keeps one candidate: the nearest articles by topic vector (the
    // probe itself, then ten more) bring most of the candidates, on both backends alike.
    Shared s = shared();
    Ranker one = FirstPassTest.keepingOne(FirstPass.COMMON_DOCS);
    SolrRanking solr = ranking(one);
    RelatedQuery topical = withTopic(RelatedQuery.of(3));
    // excluded ids widen the neighbours' request and their count
    RelatedQuery excluding = withTopic(RelatedQuery.builder().limit(3)
        .excludeIds(Set.of("finland-election-results", "riksbank-cuts-rate",
            "lisbon-bike-scheme", "berlin-marathon-record", "brazil-coffee-drought", "nowhere"))
        .build());
    int differFromLexical = 0;
    for (String id : s.articles.keySet()) {
      List<RelatedArticle> expected = s.embedded.related(id, topical, one);
      assertThat(solr.related(s.solr, CORE, id, topical)).as(id).isEqualTo(expected);
      assertThat(solr.related(s.solr, CORE, id, excluding)).as(id + " excluding")
          .isEqualTo(s.embedded.related(id, excluding, one));
      if (!expected.equals(s.embedded.related(id, RelatedQuery.of(3), one))) {
        differFromLexical++;
      }
    }
    // the neighbours are at work: they change suggestions
    assertThat(differFromLexical).isPositive();
  }

  @Test
  void related_neighboursRequestFails_ioExceptionWithTheReason() {
    // The nearest-neighbour request runs beside the others; its failure must surface as the
    // query's IOException, whatever the client threw.
    OneSolrCore.CoreClient client = OneSolrCore.client();
    client.failing = r -> r.getParams() != null
        && String.valueOf(r.getParams().get("q")).startsWith("{!knn");
    client.failure = new SolrServerException("knn unavailable");
    Shared s = shared();
    assertThatThrownBy(() -> s.ranking.related(client, CORE, "riksbank-holds-rate",
        withTopic(RelatedQuery.of(5))))
        .isInstanceOf(IOException.class).hasMessage("knn unavailable")
        .hasCauseInstanceOf(SolrServerException.class);
    // without the topic weight there is no such request
    assertThatCode(() -> s.ranking.related(client, CORE, "riksbank-holds-rate",
        RelatedQuery.of(5))).doesNotThrowAnyException();
  }

  @Test
  void related_documentFrequenciesInOneTermsRequest() throws Exception {
    // Text terms, topic terms, title words and entities: every document frequency the query
    // needs is asked for at once, whatever the clauses then look up.
    OneSolrCore.CoreClient client = OneSolrCore.client();
    Shared s = shared();
    s.ranking.related(client, CORE, "riksbank-holds-rate", RelatedQuery.of(5));
    assertThat(client.paths).filteredOn("/terms"::equals).hasSize(1);
  }

  @Test
  void related_unknownId_noSuchElement() {
    Shared s = shared();
    assertThatThrownBy(() -> s.ranking.related(s.solr, CORE, "never-there",
        RelatedQuery.builder().build()))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no article with id 'never-there' in the index");
  }

  @Test
  void related_baselineRanking_unsupported() {
    Shared s = shared();
    RelatedQuery mlt = RelatedQuery.builder().ranking(RelatedQuery.Ranking.MORE_LIKE_THIS).build();
    assertThatThrownBy(() -> s.ranking.related(s.solr, CORE, "riksbank-holds-rate", mlt))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("ranking MORE_LIKE_THIS is a baseline of the embedded index");
    Ranker.Probe probe = s.ranking.probe(s.articles.get("riksbank-holds-rate"));
    assertThatThrownBy(() -> s.ranking.related(s.solr, CORE, probe, mlt))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("MORE_LIKE_THIS");
  }

  @Test
  void realTimeGet_convertedBack_equalsTheEmbeddedArticle() throws Exception {
    Shared s = shared();
    for (String id : s.articles.keySet()) {
      SolrDocument d = s.solr.getById(CORE, id);
      assertThat(Documents.indexedArticle(SolrRanking.toLucene(d))).as(id)
          .isEqualTo(s.embedded.get(id).orElseThrow());
    }
  }

  @Test
  void toSolr_oneValuePerSingleField_everyValueOfMultiFields() {
    ArticleAnalysis a = Fixtures.analysis("Harbour strike ends", "Dockers ended the strike.",
        "Business", "2025-05-10",
        List.of(new Entity(EntityType.ORGANIZATION, "Dock Union", null, 0.6, List.of()),
            new Entity(EntityType.COUNTRY, "Sweden", "SE", 0.4, List.of())),
        List.of("SE", "NO"));
    Document lucene = Documents.toDocument("h1", a, Documents.analyzer());
    SolrInputDocument s = SolrArchive.toSolr(lucene);

    assertThat(s.getFieldValue(Documents.ID)).isEqualTo("h1");
    assertThat(s.getFieldValues(Documents.TITLE)).containsExactly("Harbour strike ends");
    assertThat(s.getFieldValues(Documents.SECTION)).containsExactly("Business");
    // a point, a doc value and a stored value in Lucene; one number in Solr
    assertThat(s.getFieldValues(Documents.DATE))
        .containsExactly(Instant.parse("2025-05-10T00:00:00Z").toEpochMilli());
    assertThat(s.getFieldValues(Documents.SIMHASH)).singleElement().isInstanceOf(Long.class);
    assertThat(s.getFieldValues(Documents.ENTITY))
        .containsExactly("ORGANIZATION:Dock Union", "COUNTRY:SE");
    assertThat(s.getFieldValues(Documents.ENTITY_STORED)).hasSize(2);
    assertThat(s.getFieldValues(Documents.DEMONYM)).containsExactly("SE", "NO");
    // the topic vector: one value in Solr's terms, the list of its components
    List<Float> components = new ArrayList<>();
    for (float c : Documents.topicVector(a)) {
      components.add(c);
    }
    assertThat(s.getField(Documents.VECTOR).getValue()).isEqualTo(components);
    for (String name : s.getFieldNames()) {
      if (!Set.of(Documents.ENTITY, Documents.ENTITY_STORED, Documents.DEMONYM,
          Documents.KEYWORD, Documents.VECTOR).contains(name)) {
        assertThat(s.getFieldValues(name)).as(name).hasSize(1);
      }
    }
  }

  @Test
  void reason_firstLineOfTheDeepestMessage() {
    Exception deep = new IOException("  Connection refused\n\tat somewhere  ");
    assertThat(SolrArchive.reason(new IllegalStateException("wrapper",
        new RuntimeException(deep)))).isEqualTo("Connection refused");
    // a blank or missing deeper message leaves the last one that says something
    assertThat(SolrArchive.reason(new IOException("outer", new RuntimeException(" "))))
        .isEqualTo("outer");
    assertThat(SolrArchive.reason(new IOException("outer", new RuntimeException((String) null))))
        .isEqualTo("outer");
    assertThat(SolrArchive.reason(new SolrServerException((String) null)))
        .isEqualTo("SolrServerException");
  }

  @Test
  void openSolr_unreachableNode_ioExceptionNamingTheAddress() {
    SolrCollection nowhere = SolrCollection.viaUrls(List.of("http://127.0.0.1:1/solr"), "x");
    assertThatThrownBy(() -> ArticleIndex.openSolr(nowhere, Fixtures.analyzer()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot reach SolrCloud at http://127.0.0.1:1/solr: ")
        .hasMessageNotContaining("\n");
  }
}
