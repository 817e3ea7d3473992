package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FinalOrderTest {

  private static final String WIRE = "Harbour pilots at Ostrava Lake walked out at dawn, and the"
      + " lake ferries stayed moored while pilots and the ferry company argued over night shifts.";

  /** Three copies of one wire story, added out of id order, and the story they follow. */
  private static final Map<String, Story> STORIES = Map.of(
      "wire-c", Story.of("Lake pilots strike", WIRE),
      "wire-a", Story.of("Lake pilots strike", WIRE),
      "wire-b", Story.of("Lake pilots strike", WIRE),
      "query", Story.of("Ferries moored on Ostrava Lake", "The Ostrava Lake ferries stayed"
          + " moored for a second day as harbour pilots kept up their strike over night shifts."));

  private static final List<String> ADDED = List.of("wire-c", "query", "wire-a", "wire-b");

  @Test
  void related_equalScoresInIdOrder() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      for (String id : ADDED) {
        index.add(id, STORIES.get(id).analysis());
      }

      List<RelatedArticle> related = index.related("query",
          RelatedQuery.builder().limit(5).deduplicate(false).build());

      assertThat(related).extracting(RelatedArticle::id)
          .containsExactly("wire-a", "wire-b", "wire-c");
      assertThat(related).extracting(RelatedArticle::score).containsOnly(related.get(0).score());
    }
  }

  @Test
  void related_indexWithoutIdDocValuesOrdersEqualScoresTheSame(@TempDir Path dir)
      throws IOException {
    // An index written before ids were doc values: the ids are read from the stored fields.
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Documents.analyzer()))) {
      for (String id : ADDED) {
        Document doc = new Document();
        for (IndexableField f
            : Documents.toDocument(id, STORIES.get(id).analysis(), Documents.analyzer())) {
          if (!(f.name().equals(Documents.ID)
              && f.fieldType().docValuesType() == DocValuesType.BINARY)) {
            doc.add(f);
          }
        }
        w.addDocument(doc);
      }
      w.setLiveCommitData(Map.of(LuceneArchive.FORMAT_KEY, LuceneArchive.FORMAT_VERSION)
          .entrySet());
      w.commit();
    }
    RelatedQuery all = RelatedQuery.builder().limit(5).deduplicate(false).build();
    try (ArticleIndex legacy = ArticleIndex.open(dir, Fixtures.analyzer());
        ArticleIndex current = ArticleIndex.inMemory(Fixtures.analyzer())) {
      for (String id : ADDED) {
        current.add(id, STORIES.get(id).analysis());
      }

      List<RelatedArticle> related = legacy.related("query", all);

      assertThat(related).extracting(RelatedArticle::id)
          .containsExactly("wire-a", "wire-b", "wire-c");
      assertThat(related).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(current.related("query", all));
    }
  }
}
