package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.index.RelatedQuery.Ranking;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How each {@link RelatedQuery} filter changes the suggestions, for Lede's ranking and for the
 * MoreLikeThis baseline tuned for news (Lucene's plain defaults need a larger archive): only
 * articles sharing words with the query article are suggested, and of those only the ones the
 * filter lets through.
 */
final class RelatedOptionsTest {

  private static final Story QUERY = Story.of("Ferry strike",
      "Ferry crews strike over pay.").section("Travel").published("2025-03-10");

  private static ArticleIndex index;

  @BeforeAll
  static void indexArchive() throws IOException {
    index = ArticleIndex.inMemory(Fixtures.analyzer());
    index.add("query", QUERY.analysis());
    index.add("travel-early", Story.of("Crews vote", "Ferry crews voted to strike.")
        .section("Travel").published("2025-03-01").analysis());
    index.add("travel-late", Story.of("Talks fail", "Ferry strike talks failed over pay.")
        .section("TRAVEL").published("2025-03-20T12:00:00Z").analysis());
    index.add("business", Story.of("Profits fall",
        "Ferry operator profits fell as crews threatened a strike.")
        .section("Business").published("2025-03-10").analysis());
    index.add("travel-unrelated", Story.of("Museum opens", "The museum opened a new wing.")
        .section("Travel").published("2025-03-10").analysis());
    index.add("travel-undated", Story.of("Crews again", "Ferry crews strike again.")
        .section("Travel").analysis());
    index.add("german", Story.of("Fährstreik", "Ferry strike: die Fährleute streiken.")
        .section("Travel").published("2025-03-10").language("de").analysis());
    index.add("no-section", Story.of("Pay rise", "Crews won a pay rise.")
        .published("2025-03-02").analysis());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Set<String> related(Ranking ranking, RelatedQuery.Builder options)
      throws IOException {
    RelatedQuery q = options.ranking(ranking).build();
    List<String> byId = index.related("query", q).stream().map(RelatedArticle::id).toList();
    // The analysis has no id: its indexed copy is left out as a duplicate of it.
    List<String> byAnalysis = index.related(QUERY.analysis(), q).stream()
        .map(RelatedArticle::id).toList();
    assertThat(byAnalysis).as("by analysis, as by id").isEqualTo(byId);
    assertThat(byId).doesNotHaveDuplicates();
    return Set.copyOf(byId);
  }

  @ParameterizedTest
  @EnumSource(value = Ranking.class, names = {"LEDE", "MORE_LIKE_THIS_NEWS"})
  void related_copiesOfOneText_inIdOrderWhateverTheOrderTheyWereAdded(Ranking ranking)
      throws IOException {
    Story copy = Story.of("Port reopens", "The ferry port reopened after crews ended the strike.")
        .section("Travel").published("2025-03-12");
    try (ArticleIndex archive = ArticleIndex.inMemory(Fixtures.analyzer())) {
      archive.add("query", QUERY.analysis());
      archive.add("copy-c", copy.analysis());
      archive.add("copy-a", copy.analysis());
      archive.add("copy-b", copy.analysis());

      List<String> all = archive.related("query", RelatedQuery.builder().ranking(ranking)
          .deduplicate(false).build()).stream().map(RelatedArticle::id).toList();
      List<String> shown = archive.related("query", RelatedQuery.builder().ranking(ranking)
          .build()).stream().map(RelatedArticle::id).toList();

      assertThat(all).containsExactly("copy-a", "copy-b", "copy-c");
      assertThat(shown).containsExactly("copy-a");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Ranking.class, names = {"LEDE", "MORE_LIKE_THIS_NEWS"})
  void related_withoutFiltersEveryArticleSharingAWord(Ranking ranking) throws IOException {
    assertThat(related(ranking, RelatedQuery.builder())).containsExactlyInAnyOrder(
        "travel-early", "travel-late", "business", "travel-undated", "german", "no-section");
  }

  @ParameterizedTest
  @EnumSource(value = Ranking.class, names = {"LEDE", "MORE_LIKE_THIS_NEWS"})
  void related_withoutDeduplicationTheArticleItselfIsStillLeftOut(Ranking ranking)
      throws IOException {
    // The query article is the first in the index (doc 0), and not de-duplicated away.
    List<String> ids = index.related("query", RelatedQuery.builder().ranking(ranking)
        .deduplicate(false).build()).stream().map(RelatedArticle::id).toList();
    assertThat(ids).containsExactlyInAnyOrder(
        "travel-early", "travel-late", "business", "travel-undated", "german", "no-section");
  }

  @ParameterizedTest
  @EnumSource(value = Ranking.class, names = {"LEDE", "MORE_LIKE_THIS_NEWS"})
  void related_sectionIgnoresCase(Ranking ranking) throws IOException {
    assertThat(related(ranking, RelatedQuery.builder().section("travel")))
        .containsExactlyInAnyOrder("travel-early", "travel-late", "travel-undated", "german");
    assertThat(related(ranking, RelatedQuery.builder().section(" BUSINESS ")))
        .containsExactly("business");
    assertThat(related(ranking, RelatedQuery.builder().section("Sport"))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Ranking.class, names = {"LEDE", "MORE_LIKE_THIS_NEWS"})
  void related_language(Ranking ranking) throws IOException {
    assertThat(related(ranking, RelatedQuery.builder().language("DE")))
        .containsExactly("german");
    assertThat(related(ranking, RelatedQuery.builder().language("en")))
        .containsExactlyInAnyOrder("travel-early", "travel-late", "business", "travel-undated",
            "no-section");
  }

  @ParameterizedTest
  @EnumSource(value = Ranking.class, names = {"LEDE", "MORE_LIKE_THIS_NEWS"})
  void related_dateRangeIncludesBothEndsAndLeavesOutUndated(Ranking ranking)
      throws IOException {
    Instant first = Instant.parse("2025-03-01T00:00:00Z");
    Instant tenth = Instant.parse("2025-03-10T00:00:00Z");
    assertThat(related(ranking, RelatedQuery.builder().publishedBetween(first, tenth)))
        .containsExactlyInAnyOrder("travel-early", "no-section", "business", "german");
    assertThat(related(ranking, RelatedQuery.builder().publishedBetween(tenth, null)))
        .containsExactlyInAnyOrder("business", "german", "travel-late");
    assertThat(related(ranking, RelatedQuery.builder()
        .publishedBetween(null, Instant.parse("2025-03-01T23:59:59Z"))))
        .containsExactly("travel-early");
    assertThat(related(ranking, RelatedQuery.builder()
        .publishedBetween(tenth.plusMillis(1), Instant.parse("2025-03-20T11:59:59.999Z"))))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Ranking.class, names = {"LEDE", "MORE_LIKE_THIS_NEWS"})
  void related_filtersCombine(Ranking ranking) throws IOException {
    assertThat(related(ranking, RelatedQuery.builder().section("Travel").language("en")
        .publishedBetween(Instant.parse("2025-03-01T00:00:00Z"), null)))
        .containsExactlyInAnyOrder("travel-early", "travel-late");
  }

  @ParameterizedTest
  @EnumSource(value = Ranking.class, names = {"LEDE", "MORE_LIKE_THIS_NEWS"})
  void related_excludedIdsAreNeverSuggestedAndDoNotShortenTheList(Ranking ranking)
      throws IOException {
    List<String> best = index.related("query", RelatedQuery.builder().ranking(ranking).build())
        .stream().map(RelatedArticle::id).toList();
    assertThat(best).hasSize(6);
    Set<String> excluded = Set.of(best.get(0), best.get(2), "not-indexed");
    List<String> without = index.related("query", RelatedQuery.builder().ranking(ranking)
        .limit(3).excludeIds(excluded).build()).stream().map(RelatedArticle::id).toList();
    assertThat(without).containsExactly(best.get(1), best.get(3), best.get(4));
    assertThat(related(ranking, RelatedQuery.builder().section("travel")
        .excludeIds(Set.of("travel-late", "german"))))
        .containsExactlyInAnyOrder("travel-early", "travel-undated");
  }

  @Test
  void related_excludedIdsLeaveTheOthersScoresAlone_withTheTopicWeightToo() throws IOException {
    // The excluded articles count in the scaling of the cosine and the topic gain as if they
    // were not excluded: the others keep their scores, not only their order.
    for (double topic : new double[] {0, RelatedQuery.TOPIC_WEIGHT}) {
      List<RelatedArticle> best = index.related("query", RelatedQuery.builder()
          .topicWeight(topic).build());
      assertThat(best).as("topic weight %s", topic).hasSizeGreaterThanOrEqualTo(5);
      List<RelatedArticle> without = index.related("query", RelatedQuery.builder().limit(3)
          .topicWeight(topic).excludeIds(Set.of(best.get(0).id(), best.get(2).id())).build());
      assertThat(without).as("topic weight %s", topic)
          .extracting(RelatedArticle::id, RelatedArticle::score)
          .containsExactly(
              tuple(best.get(1).id(), best.get(1).score()),
              tuple(best.get(3).id(), best.get(3).score()),
              tuple(best.get(4).id(), best.get(4).score()));
    }
  }
}
