package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

final class RankerTest {

  @Test
  void withTextCosine_changesTheCosineWeightAlone() {
    Ranker.Weights d = Ranker.Weights.DEFAULT;

    Ranker.Weights w = d.withTextCosine(0.25f);

    assertThat(w.textCosine()).isEqualTo(0.25f);
    assertThat(w.withTextCosine(d.textCosine())).isEqualTo(d);
  }

  @Test
  void wanted_ledeRankingOrDeduplication_fetchesTenMoreThanTheLimit() {
    Ranker ranker = new Ranker(Documents.analyzer(), Ranker.Weights.DEFAULT);

    assertThat(ranker.wanted(RelatedQuery.builder().limit(5).build())).isEqualTo(15);
    assertThat(ranker.wanted(RelatedQuery.builder().limit(5)
        .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS).deduplicate(true).build())).isEqualTo(15);
    assertThat(ranker.wanted(RelatedQuery.builder().limit(5)
        .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS).deduplicate(false).build())).isEqualTo(5);
  }

  @Test
  void related_equalCopiesInTwoSegments_tiedByTheirIds() throws IOException {
    String body = "Dockers at the northern harbour struck for a second day as cranes stood idle"
        + " and freighters waited offshore for berths.";
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      index.addAll(Fixtures.samples());
      index.add("query", Fixtures.analyzer().analyze(dev.lede.extract.Article.ofBody(
          "Harbour strike", "Dockers at the northern harbour struck as cranes stood idle.")));
      index.add("copy-b", Fixtures.analysis("Harbour strike goes on", body));
      index.commit();
      // a second segment: its documents' numbers start after the first segment's
      index.add("copy-a", Fixtures.analysis("Harbour strike goes on", body));
      index.commit();

      assertThat(index.related("query", RelatedQuery.builder().limit(2).deduplicate(false)
          .build())).extracting(RelatedArticle::id).containsExactly("copy-a", "copy-b");
    }
  }
}
