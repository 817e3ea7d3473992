package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.tools.EvalRelatedCommand.Doc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tests how {@code eval-related} builds its index. */
final class EvalRelatedCommandTest {

  @Test
  void indexAll_severalThreads_addsTheDocumentsInCorpusOrder() throws Exception {
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().entities(false).keywordLimit(0).build();
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      docs.add(new Doc("story-" + i, "Harbour notes " + i, "The ferry left the harbour on day "
          + i + " and the crew counted " + (i * 7) + " crates of apples before the storm.", true,
          Set.of("harbour"), Set.of()));
    }
    try (ArticleIndex index = ArticleIndex.inMemory(analyzer)) {
      EvalRelatedCommand.indexAll(index, analyzer, docs, 4);
      index.commit();

      // the index order decides ties between suggestions: the same on every run
      assertThat(index.ids()).containsExactlyElementsOf(docs.stream().map(Doc::id).toList());
    }
  }
}
