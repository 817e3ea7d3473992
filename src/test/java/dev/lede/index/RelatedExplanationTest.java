package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Why a suggestion is shown: the words both articles use, most telling first, as the query
 * article writes them, and the stored details of the suggestion.
 *
 * <p>In this archive of four articles (idf = 1 + ln(5 / (df + 1))), the query article's terms
 * rank by frequency x idf: strike (3 x 1.51), ferry (3 x 1.22), halt (2 x 1.51), its own words
 * (began, every, weekend: 1.92), the words it shares with one other article (1.51: after, crew,
 * halvorsen, island, monday, talk, union, in term order), then have (1.22), said and would (1.00).
 */
final class RelatedExplanationTest {

  private static final Story QUERY = Story.of("Ferries halted by strike",
      "Ferry crews began Monday's strike. The strike halted every ferry to the islands, and"
          + " Halvorsen\u2019s union said it would have talks after the weekend.")
      .section("Travel").published("2025-03-10");

  private static ArticleIndex index;

  @BeforeAll
  static void indexArchive() throws IOException {
    index = ArticleIndex.inMemory(Fixtures.analyzer());
    index.add("query", QUERY.analysis());
    index.add("union", Story.of("Union talks",
        "Halvorsen said the union would have talks with ferry crews after the strike.")
        .section("Business").published("2025-03-11T08:30:00Z").url("https://news.example/union")
        .byline("By Kari Moen").analysis());
    index.add("weather", Story.of("Storm warning",
        "A storm would halt ferries to the islands on Monday, forecasters said.").analysis());
    index.add("bakery", Story.of("Village bakery wins prize",
        "The bakery said it would have bread.").analysis());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> ids(List<RelatedArticle> related) {
    return related.stream().map(RelatedArticle::id).toList();
  }

  @Test
  void related_sharedTermsAreTheMostTellingFiveAsTheQueryWritesThem() throws IOException {
    // The bakery shares only "said", "would" and "have", none of the query article's 8 most
    // telling terms, which pick the candidates: it is not suggested.
    List<RelatedArticle> related = index.related("query", 3);
    assertThat(ids(related)).containsExactly("union", "weather");
    // "after" ranks third among union's words but is a function word; "Halvorsen’s" and
    // "Monday's" are shown without the possessive; "ferries" as the title first writes it.
    assertThat(related).extracting(RelatedArticle::sharedTerms).containsExactly(
        List.of("strike", "ferries", "crews", "halvorsen", "talks"),
        List.of("ferries", "halted", "islands", "monday", "said"));
  }

  @Test
  void related_ofTheAnalysisExplainsAsForTheIndexedArticle() throws IOException {
    assertThat(index.related(QUERY.analysis(), 3))
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactlyElementsOf(index.related("query", 3));
  }

  @Test
  void related_showsTheSuggestionsStoredDetails() throws IOException {
    RelatedArticle union = index.related("query", 1).get(0);
    assertThat(union.id()).isEqualTo("union");
    assertThat(union.title()).isEqualTo("Union talks");
    assertThat(union.url()).isEqualTo("https://news.example/union");
    assertThat(union.section()).isEqualTo("Business");
    assertThat(union.byline()).isEqualTo("By Kari Moen");
    assertThat(union.publishedAt()).isEqualTo("2025-03-11T08:30:00Z");
    assertThat(union.sharedEntities()).isEmpty();
    IndexedArticle stored = index.get("union").orElseThrow();
    assertThat(stored).isEqualTo(new IndexedArticle("union", "Union talks",
        "https://news.example/union", "Business", "By Kari Moen", "2025-03-11T08:30:00Z", "en",
        List.of(), List.of(),
        "Halvorsen said the union would have talks with ferry crews after the strike."));
  }

  @Test
  void related_moreLikeThisNewsExplainsWithItsOwnTerms() throws IOException {
    // MoreLikeThis finds every article sharing a word, the bakery too; its terms rank by the
    // same tf-idf, equal scores in its own order.
    RelatedQuery news = RelatedQuery.builder().limit(3)
        .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS_NEWS).build();
    List<RelatedArticle> related = index.related("query", news);
    assertThat(ids(related)).containsExactly("union", "weather", "bakery");
    List<String> union = related.get(0).sharedTerms();
    assertThat(union.subList(0, 2)).containsExactly("strike", "ferries");
    assertThat(union.subList(2, 5)).isSubsetOf("crews", "halvorsen", "talks", "union")
        .doesNotHaveDuplicates();
    List<String> weather = related.get(1).sharedTerms();
    assertThat(weather.subList(0, 2)).containsExactly("ferries", "halted");
    assertThat(weather.subList(2, 4)).containsExactlyInAnyOrder("islands", "monday");
    assertThat(weather.get(4)).isEqualTo("said");
    assertThat(related.get(2).sharedTerms()).containsExactly("said");
    // Of the analysis: the same scores; equally telling words may come in another order.
    List<RelatedArticle> ofAnalysis = index.related(QUERY.analysis(), news);
    assertThat(ofAnalysis).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
        "sharedTerms").containsExactlyElementsOf(related);
    for (int i = 0; i < related.size(); i++) {
      assertThat(ofAnalysis.get(i).sharedTerms())
          .containsExactlyInAnyOrderElementsOf(related.get(i).sharedTerms());
    }
  }

  @Test
  void related_moreLikeThisDefaultsFindNothingInSoSmallAnArchive() throws IOException {
    // Lucene's defaults need a term in at least 5 articles (and twice in the query article).
    RelatedQuery plain = RelatedQuery.builder().ranking(RelatedQuery.Ranking.MORE_LIKE_THIS)
        .build();
    assertThat(index.related("query", plain)).isEmpty();
    assertThat(index.related(QUERY.analysis(), plain)).isEmpty();
  }
}
