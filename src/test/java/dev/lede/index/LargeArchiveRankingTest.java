package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ArticleAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first pass in an archive large enough for its caps to act: 3,500 articles, 1,050 of them
 * (30%) with "harbour". A word in more than 1,000 articles is common: if the query article
 * repeats it, candidates are looked for among the articles that repeat it too, not among every
 * article that mentions it once.
 */
final class LargeArchiveRankingTest {

  @Test
  void related_aCommonWordTheArticleRepeatsFindsTheArticlesThatRepeatIt(@TempDir Path dir)
      throws IOException {
    ArticleAnalysis query = Story.of(null, "Harbour, harbour.").analysis();
    try (ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer())) {
      Map<String, ArticleAnalysis> archive = new LinkedHashMap<>();
      archive.put("query", query);
      for (int i = 0; i < 1_040; i++) {
        archive.put("once-" + i, Story.of(null, "The harbour, note " + i + ".").analysis());
      }
      for (int i = 0; i < 9; i++) {
        archive.put("twice-" + i, Story.of(null, "Harbour and harbour, item " + i + ".")
            .analysis());
      }
      for (int i = 0; i < 2_450; i++) {
        archive.put("other-" + i, Story.of(null, "Filler note " + i + ".").analysis());
      }
      index.addAll(archive);
    }
    // Reopened: the index's format says every article has the topic field.
    try (ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer())) {
      assertThat(index.size()).isEqualTo(3_500);

      List<String> expected = List.of("twice-0", "twice-1", "twice-2", "twice-3", "twice-4",
          "twice-5", "twice-6", "twice-7", "twice-8");
      assertThat(index.related("query", 10)).extracting(RelatedArticle::id)
          .containsExactlyElementsOf(expected);
      assertThat(index.related(query, 10)).extracting(RelatedArticle::id)
          .containsExactlyElementsOf(expected);
    }
  }
}
