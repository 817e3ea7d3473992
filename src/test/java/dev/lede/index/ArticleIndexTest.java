package dev.lede.index;

import static dev.lede.index.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.lede.ArticleAnalysis;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ArticleIndexTest {

  private static ArticleIndex samples;

  @BeforeAll
  static void indexSamples() throws IOException {
    samples = Fixtures.samplesIndex();
  }


  @Test
  void related_followUpsOfTheSameStoryRankFirst() throws IOException {
    assertThat(ids(samples.related("riksbank-cuts-rate", 2)))
        .containsExactlyInAnyOrder("riksbank-holds-rate", "krona-falls-after-cut");
    assertThat(ids(samples.related("finland-election-results", 2)))
        .containsExactlyInAnyOrder("finland-election-campaign", "finland-coalition-talks");
    assertThat(ids(samples.related("kenya-measles-campaign", 1)))
        .containsExactly("kenya-measles-results");
    assertThat(ids(samples.related("alberta-wildfire-contained", 1)))
        .containsExactly("alberta-wildfire-evacuation");
    assertThat(ids(samples.related("lumora-recall", 3))).containsExactlyInAnyOrder(
        "lumora-glasses-launch", "lumora-glasses-review", "lumora-earnings");
  }

  @Test
  void related_rescoringScoresExactlyAsLuceneScoresTheFullQuery() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      int n = 0;
      for (Map.Entry<String, ArticleAnalysis> e : Fixtures.samples().entrySet()) {
        index.add(e.getKey(), e.getValue());
        if (++n % 7 == 0) {
          index.commit(); // several segments: per-segment statistics must add up
        }
      }
      for (String id : List.of("riksbank-cuts-rate", "nordic-cup-final", "lumora-recall",
          "kenya-measles-campaign")) {
        Map<String, float[]> scores = index.scoredBothWays(id);
        assertThat(scores).hasSizeGreaterThan(5);
        scores.forEach((doc, s) -> assertThat(s[1]).as("%s for %s", doc, id)
            .isCloseTo(s[0], withinPercentage(0.01)));
      }
    }
  }

  @Test
  void related_commonTermsLeaveTheFirstPassButStillCount() throws IOException {
    // A cap low enough to act on the small sample archive: terms in more than 15% of it are
    // left out of the candidate search, never out of the score.
    assertRanksAsShipped(new Ranker(Documents.analyzer(),
        Ranker.Weights.DEFAULT.withFirstPassCap(0.15f, 0)));
  }

  @Test
  void related_commonRepeatedTermsFindCandidatesAmongRepeatedTerms() throws IOException {
    // With every term counted as common, the first pass looks up the article's repeated terms
    // in the topic field and leaves title words and entities to the rescoring; on an archive
    // this small the candidates and the exact scores must not change.
    assertRanksAsShipped(new Ranker(Documents.analyzer(),
        Ranker.Weights.DEFAULT.withCommonDocs(0)));
  }

  /**
   * The ranker's first pass differs from the shipped one; its top 3 and their scores must not.
   * With a fixed topic weight (0): the adaptive default reads every candidate, and a first pass
   * that finds fewer changes what it reads.
   */
  private static void assertRanksAsShipped(Ranker variant) throws IOException {
    RelatedQuery q = RelatedQuery.builder().limit(3).topicWeight(0).build();
    for (String id : List.of("riksbank-cuts-rate", "lumora-recall", "nordic-cup-final")) {
      List<RelatedArticle> shipped = samples.related(id, q);
      List<RelatedArticle> fromVariant = samples.related(id, q, variant);
      assertThat(ids(fromVariant)).as(id).isEqualTo(ids(shipped));
      for (int i = 0; i < shipped.size(); i++) {
        assertThat(fromVariant.get(i).score()).as(id)
            .isCloseTo(shipped.get(i).score(), withinPercentage(0.01));
      }
    }
  }

  @Test
  void related_seesArticlesAddedAfterEarlierQueries() throws IOException {
    // Term statistics are cached per view of the index: a later view must count new articles.
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      Fixtures.samples().forEach((id, a) -> {
        try {
          index.add(id, a);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      assertThat(ids(index.related("lumora-recall", RelatedQuery.of(10))))
          .doesNotContain("lumora-follow-up");
      ArticleAnalysis original = Fixtures.samples().get("lumora-recall");
      index.add("lumora-follow-up", Fixtures.analysis(original.title() + " widens",
          original.body() + "\n\nThe recall now covers a second model."));
      assertThat(ids(index.related("lumora-recall", RelatedQuery.of(3))))
          .first().isEqualTo("lumora-follow-up");
    }
  }

  @Test
  void related_neverReturnsTheArticleItself() throws IOException {
    for (String id : samples.ids()) {
      assertThat(ids(samples.related(id, 20))).doesNotContain(id);
    }
  }

  @Test
  void related_explainsWithSharedTermsInPlainWords() throws IOException {
    RelatedArticle top = samples.related("asteroid-samples-water", 1).get(0);
    assertThat(top.id()).isEqualTo("asteroid-capsule-lands");
    assertThat(top.title()).isEqualTo("Capsule with asteroid samples lands in Australian desert");
    assertThat(top.publishedAt()).isEqualTo("2025-12-06");
    assertThat(top.section()).isEqualTo("Science");
    assertThat(top.score()).isPositive();
    assertThat(top.sharedTerms()).isNotEmpty().hasSizeLessThanOrEqualTo(5).contains("asteroid");
    // Shown as written (not stemmed) and present in both articles.
    String query = Fixtures.samples().get("asteroid-samples-water").body().toLowerCase();
    String found = (top.title() + " " + Fixtures.samples().get("asteroid-capsule-lands").body())
        .toLowerCase();
    assertThat(top.sharedTerms()).allSatisfy(t -> {
      assertThat(query).contains(t);
      assertThat(found).contains(t.substring(0, Math.min(t.length(), 4)));
    });
  }

  @Test
  void related_sharedTerms_neverFunctionWords() throws IOException {
    for (String id : samples.ids()) {
      for (RelatedArticle r : samples.related(id, 5)) {
        assertThat(r.sharedTerms()).as(id + " -> " + r.id())
            .doesNotContain("his", "her", "has", "have", "he", "she", "they", "which", "after");
      }
    }
  }

  @Test
  void related_deduplicatesSyndicatedCopies() throws IOException {
    List<String> deduplicated = ids(samples.related("storm-helga-warning", 5));
    assertThat(deduplicated).containsAnyOf("storm-helga-landfall", "storm-helga-landfall-wire");
    assertThat(deduplicated.stream().filter(id -> id.startsWith("storm-helga-landfall")))
        .as("only one of the two copies").hasSize(1);
    List<String> all = ids(samples.related("storm-helga-warning",
        RelatedQuery.builder().limit(5).deduplicate(false).build()));
    assertThat(all).contains("storm-helga-landfall", "storm-helga-landfall-wire");
    // The copy of the query article itself is no suggestion either.
    assertThat(ids(samples.related("storm-helga-landfall", 10)))
        .doesNotContain("storm-helga-landfall-wire");
  }

  @Test
  void related_filtersBySectionDateExcludedIdsAndScore() throws IOException {
    RelatedQuery sport = RelatedQuery.builder().limit(10).section("sport").build();
    assertThat(samples.related("nordic-cup-final", sport))
        .isNotEmpty().allSatisfy(r -> assertThat(r.section()).isEqualTo("Sport"));

    RelatedQuery june = RelatedQuery.builder().limit(10)
        .publishedBetween(Instant.parse("2025-06-01T00:00:00Z"),
            Instant.parse("2025-06-30T23:59:59Z"))
        .build();
    assertThat(samples.related("nordic-cup-final", june)).isNotEmpty()
        .allSatisfy(r -> assertThat(r.publishedAt()).startsWith("2025-06"));

    RelatedQuery excluding = RelatedQuery.builder().limit(10)
        .excludeIds(Set.of("nordic-cup-semifinal")).build();
    assertThat(ids(samples.related("nordic-cup-final", excluding)))
        .doesNotContain("nordic-cup-semifinal", "nordic-cup-final");

    List<RelatedArticle> all = samples.related("nordic-cup-final", 10);
    double cut = all.get(2).score();
    assertThat(samples.related("nordic-cup-final",
        RelatedQuery.builder().limit(10).minScore(cut).build()))
        .hasSize(3).allSatisfy(r -> assertThat(r.score()).isGreaterThanOrEqualTo(cut));

    assertThat(samples.related("nordic-cup-final",
        RelatedQuery.builder().language("de").build())).isEmpty();
  }

  @Test
  void related_ofArticleNotInIndex() throws IOException {
    ArticleAnalysis fresh = Fixtures.analyzer().analyze(dev.lede.extract.Article.ofBody(
        "Danish striker returns from injury",
        "Mikkel Sandholm returned to training on Monday after two months out with a knee"
            + " injury he picked up after the Nordic Cup, where he was top scorer for Denmark."));
    assertThat(ids(samples.related(fresh, 3))).contains("sandholm-injury");
  }

  @Test
  void related_sharedPeopleOutweighSharedCountries() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      Entity person = new Entity(EntityType.PERSON, "Ana Duarte", null, 0.5, List.of());
      Entity ministry = new Entity(EntityType.MINISTRY, "Ministry of Infrastructure", null, 0.4,
          List.of());
      Entity country = new Entity(EntityType.COUNTRY, "Portugal", "PT", 0.5, List.of());
      index.add("same-country", Fixtures.analysis("Rail plan debated",
          "The plan for rail investment was debated in parliament on Tuesday.", null, null,
          List.of(country), List.of()));
      index.add("same-person", Fixtures.analysis("Rail plan debated",
          "The plan for rail investment was debated in parliament on Wednesday.", null, null,
          List.of(person, ministry), List.of()));
      ArticleAnalysis query = Fixtures.analysis("Minister presents rail plan",
          "The minister presented a plan for rail investment on Monday.", null, null,
          List.of(person, ministry, country), List.of());
      List<RelatedArticle> related = index.related(query, 5);
      assertThat(ids(related)).containsExactly("same-person", "same-country");
      assertThat(related.get(0).sharedEntities())
          .containsExactly("Ana Duarte", "Ministry of Infrastructure");
      assertThat(related.get(1).sharedEntities()).containsExactly("Portugal");
    }
  }

  @Test
  void related_sharedEntityCountsByItsType_organisationThenPlaceThenCountry() throws IOException {
    // The same text, one shared entity each, of the same salience: the type's weight decides
    // (organisation 0.7, place 0.5, country 0.3).
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      Entity organisation = new Entity(EntityType.ORGANIZATION, "Tejo Rail", null, 0.5,
          List.of());
      Entity place = new Entity(EntityType.LOCATION, "Porto", null, 0.5, List.of());
      Entity country = new Entity(EntityType.COUNTRY, "Portugal", "PT", 0.5, List.of());
      index.add("same-country", Fixtures.analysis("Rail plan debated",
          "The plan for rail investment was debated in parliament on Tuesday.", null, null,
          List.of(country), List.of()));
      index.add("same-place", Fixtures.analysis("Rail plan debated",
          "The plan for rail investment was debated in parliament on Wednesday.", null, null,
          List.of(place), List.of()));
      index.add("same-organisation", Fixtures.analysis("Rail plan debated",
          "The plan for rail investment was debated in parliament on Thursday.", null, null,
          List.of(organisation), List.of()));
      ArticleAnalysis query = Fixtures.analysis("Minister presents rail plan",
          "The minister presented a plan for rail investment on Monday.", null, null,
          List.of(organisation, place, country), List.of());
      List<RelatedArticle> related = index.related(query, 5);
      assertThat(ids(related))
          .containsExactly("same-organisation", "same-place", "same-country");
      assertThat(related).extracting(RelatedArticle::sharedEntities).containsExactly(
          List.of("Tejo Rail"), List.of("Porto"), List.of("Portugal"));
    }
  }

  @Test
  void related_prefersStoriesPublishedCloseInTime() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      String body = "Engineers repaired the old stone bridge over the river this week.";
      index.add("years-ago", Fixtures.analysis("Bridge repaired", body + " Work took a month.",
          null, "2019-05-01", List.of(), List.of()));
      index.add("same-week", Fixtures.analysis("Bridge repaired", body + " Work took a year.",
          null, "2025-05-03", List.of(), List.of()));
      ArticleAnalysis query = Fixtures.analysis("Bridge reopens",
          "The old stone bridge over the river reopened after engineers repaired it.", null,
          "2025-05-05T10:00:00Z", List.of(), List.of());
      assertThat(ids(index.related(query, 2))).containsExactly("same-week", "years-ago");
    }
  }

  @Test
  void related_articleWithThousandsOfEntitiesStillQueries() throws IOException {
    List<Entity> many = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      many.add(new Entity(EntityType.PERSON, "Person " + i, null, 0.1, List.of()));
    }
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      index.add("crowd", Fixtures.analysis("Crowd", "A list of many people.", null, null, many,
          List.of()));
      index.add("other", Fixtures.analysis("Other", "Another list of people.", null, null,
          many.subList(0, 10), List.of()));
      ArticleAnalysis query = Fixtures.analysis("Query", "People on a list.", null, null, many,
          List.of());
      assertThat(ids(index.related(query, 5))).containsExactlyInAnyOrder("crowd", "other");
      assertThat(ids(index.related("crowd", 5))).containsExactly("other");
    }
  }

  @Test
  void related_unknownId() {
    assertThatThrownBy(() -> samples.related("no-such-article", 3))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no-such-article");
  }

  @Test
  void related_emptyArticleHasNoSuggestions() throws IOException {
    assertThat(samples.related(Fixtures.analysis(null, ""), 5)).isEmpty();
  }

  @Test
  void addGetDelete_roundTrip() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      Entity person = new Entity(EntityType.PERSON, "Ana Duarte", null, 0.5, List.of());
      Entity country = new Entity(EntityType.COUNTRY, "Portugal", "PT", 0.5, List.of());
      index.add("a", Fixtures.analysis("Title A", "Body of article A.", "World", "2025-01-02",
          List.of(person, country), List.of("ES")));
      IndexedArticle a = index.get("a").orElseThrow();
      assertThat(a.title()).isEqualTo("Title A");
      assertThat(a.section()).isEqualTo("World");
      assertThat(a.publishedAt()).isEqualTo("2025-01-02");
      assertThat(a.language()).isEqualTo("en");
      assertThat(a.entities()).containsExactly("PERSON:Ana Duarte", "COUNTRY:PT");
      assertThat(index.size()).isEqualTo(1);
      index.delete("a");
      assertThat(index.get("a")).isEmpty();
      assertThat(index.size()).isZero();
      index.delete("never-there");
    }
  }

  @Test
  void add_sameIdReplacesNeverDuplicates() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      for (int i = 0; i < 5; i++) {
        index.add("story", Fixtures.analysis("Version " + i, "Text of version " + i + "."));
        index.commit();
      }
      index.add("other", Fixtures.analysis("Other", "Text of version two and more."));
      assertThat(index.size()).isEqualTo(2);
      assertThat(index.get("story").orElseThrow().title()).isEqualTo("Version 4");
      assertThat(index.ids()).containsExactlyInAnyOrder("story", "other");
    }
  }

  @Test
  void ids_segmentHoldingDeletedArticles_listsTheLiveOnesOnly() throws IOException {
    List<String> places = List.of("harbour", "orchard", "quarry", "viaduct", "meadow", "ferry",
        "lighthouse", "mill", "canal", "tannery");
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      for (String id : places) {
        index.add(id, Fixtures.analysis("Story " + id, "Text about the " + id + " today."));
      }
      index.commit();
      index.delete("quarry");

      // One segment of ten documents, one of them deleted: a segment with more deleted (2 of 4)
      // is merged away when the reader is refreshed, and its reader has no deleted documents.
      List<String> live = places.stream().filter(id -> !id.equals("quarry")).toList();
      assertThat(index.ids()).isEqualTo(live);
      index.commit();
      assertThat(index.ids()).isEqualTo(live);
      assertThat(index.size()).isEqualTo(9);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"with spaces in it", "a/b/c\\d", "emoji \uD83D\uDCF0\uD83C\uDF0D",
      "\u05E2\u05D9\u05EA\u05D5\u05DF \u0645\u0642\u0627\u0644", "\u65B0\u95FB-42", "x",
      "quote\"and'tab\tnewline\n", "*", "id:with:colons"})
  void add_idsAreAnyUnicodeString(String id, @TempDir Path dir) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer())) {
      index.add(id, Fixtures.analysis("Odd id", "An article about odd identifiers."));
      index.add("plain", Fixtures.analysis("Plain id", "An article about odd identifiers too."));
      index.add(id, Fixtures.analysis("Odd id again", "An article about odd identifiers."));
    }
    try (ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer())) {
      assertThat(index.size()).isEqualTo(2);
      assertThat(index.get(id).orElseThrow().title()).isEqualTo("Odd id again");
      assertThat(ids(index.related("plain", 5))).containsExactly(id);
      assertThat(ids(index.related(id, 5))).containsExactly("plain");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "lone \uD800 surrogate", "\uDC00"})
  void add_badIds(String id) {
    assertThatThrownBy(() -> samples.add(id, Fixtures.analysis("t", "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
  }

  @Test
  void add_idOverLimit() {
    String id = "x".repeat(ArticleIndex.MAX_ID_CHARS + 1);
    assertThatThrownBy(() -> samples.add(id, Fixtures.analysis("t", "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MAX_ID_CHARS");
  }

  @Test
  void nullArguments_nameTheParameter() {
    assertThatThrownBy(() -> samples.add(null, Fixtures.analysis("t", "b")))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> samples.add("x", (ArticleAnalysis) null))
        .isInstanceOf(NullPointerException.class).hasMessage("analysis");
    assertThatThrownBy(() -> samples.related((String) null, 3))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> samples.related((ArticleAnalysis) null, 3))
        .isInstanceOf(NullPointerException.class).hasMessage("analysis");
    assertThatThrownBy(() -> samples.get(null))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> ArticleIndex.open(null, Fixtures.analyzer()))
        .isInstanceOf(NullPointerException.class).hasMessage("dir");
    assertThatThrownBy(() -> ArticleIndex.inMemory(null))
        .isInstanceOf(NullPointerException.class).hasMessage("analyzer");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, RelatedQuery.MAX_LIMIT + 1})
  void related_badLimit(int limit) {
    assertThatThrownBy(() -> samples.related("riksbank-cuts-rate", limit))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
  }

  /**
   * Sixteen threads start together on a fresh index (no term statistics or caches yet): they add
   * the samples, querying as they go, then ask for every sample's related articles; the answers
   * must be those of an index built on one thread. Three fresh indexes. (Without the sample's
   * near-copy and without de-duplication: which of two near-copies is kept or ranked first
   * depends on the order they were added in.)
   */
  @Test
  @Tag("concurrency")
  void manyThreads_freshIndex_addThenQueryFromColdStart_matchOneThread() throws Exception {
    Map<String, ArticleAnalysis> articles = Fixtures.samples();
    // The wire copy scores as its original does: a tie that index order breaks, not a race.
    List<String> allIds = articles.keySet().stream().filter(id -> !id.endsWith("-wire")).toList();
    RelatedQuery fivePlain = RelatedQuery.builder().limit(5).deduplicate(false).build();
    Map<String, List<RelatedArticle>> expected = new HashMap<>();
    try (ArticleIndex sequential = ArticleIndex.inMemory(Fixtures.analyzer())) {
      for (String id : allIds) {
        sequential.add(id, articles.get(id));
      }
      for (String id : allIds) {
        expected.put(id, sequential.related(id, fivePlain));
      }
    }
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int repetition = 0; repetition < 3; repetition++) {
        try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
          CyclicBarrier start = new CyclicBarrier(threads);
          List<Future<?>> adding = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            int thread = t;
            adding.add(pool.submit(() -> {
              start.await();
              for (int i = thread; i < allIds.size(); i += threads) {
                String id = allIds.get(i);
                index.add(id, articles.get(id));
                assertThat(ids(index.related(id, 5))).doesNotContain(id);
              }
              return null;
            }));
          }
          for (Future<?> f : adding) {
            f.get(120, TimeUnit.SECONDS);
          }
          assertThat(index.size()).isEqualTo(allIds.size());
          CyclicBarrier again = new CyclicBarrier(threads);
          List<Future<Map<String, List<RelatedArticle>>>> querying = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            int thread = t;
            querying.add(pool.submit(() -> {
              again.await();
              Map<String, List<RelatedArticle>> got = new HashMap<>();
              for (int k = 0; k < allIds.size(); k++) {
                String id = allIds.get((thread + k) % allIds.size());
                got.put(id, index.related(id, fivePlain));
              }
              return got;
            }));
          }
          for (Future<Map<String, List<RelatedArticle>>> f : querying) {
            Map<String, List<RelatedArticle>> got = f.get(120, TimeUnit.SECONDS);
            for (String id : allIds) {
              assertThat(ids(got.get(id))).as("repetition %d, %s", repetition, id)
                  .isEqualTo(ids(expected.get(id)));
              for (RelatedArticle r : got.get(id)) {
                double want = expected.get(id).stream().filter(e -> e.id().equals(r.id()))
                    .findFirst().orElseThrow().score();
                assertThat(r.score()).as("repetition %d, %s -> %s", repetition, id, r.id())
                    .isCloseTo(want, withinPercentage(0.01));
              }
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Tag("concurrency")
  void manyThreads_addAndQueryOneIndexAtOnce() throws Exception {
    List<Map.Entry<String, dev.lede.extract.Article>> articles =
        new ArrayList<>(Fixtures.sampleArticles().entrySet());
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          int found = 0;
          for (int i = thread; i < articles.size() * 2; i += threads) {
            var e = articles.get(i % articles.size());
            String id = e.getKey() + "#" + (i / articles.size());
            ArticleAnalysis a = index.add(id, e.getValue());
            List<RelatedArticle> related = index.related(id, 5);
            assertThat(ids(related)).doesNotContain(id);
            found += index.related(a, 3).size();
            assertThat(index.get(id)).isPresent();
          }
          return found;
        }));
      }
      for (Future<Integer> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
      assertThat(index.size()).isEqualTo(articles.size() * 2);
      // Each sample and its copy: the copy is near-identical, so it is de-duplicated away.
      assertThat(ids(index.related("nordic-cup-final#0", 3))).doesNotContain("nordic-cup-final#1");
    } finally {
      pool.shutdownNow();
    }
  }
}
