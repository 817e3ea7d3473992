package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.ArticleAnalysis;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** {@link LuceneArchive}: every operation gives back the searcher it takes. */
final class LuceneArchiveTest {

  private static LuceneArchive archiveOfSamples() throws Exception {
    LuceneArchive archive = LuceneArchive.inMemory();
    archive.addAll(Fixtures.samples());
    archive.commit();
    return archive;
  }

  @Test
  void readerHolders_whileSearchersAreTaken_countsThem() throws Exception {
    try (LuceneArchive archive = archiveOfSamples()) {
      var first = archive.acquire();
      var second = archive.acquire();

      assertThat(archive.readerHolders()).isEqualTo(2);
      archive.release(first);
      assertThat(archive.readerHolders()).isEqualTo(1);
      archive.release(second);
      assertThat(archive.readerHolders()).isZero();
    }
  }

  @Test
  void readerHolders_afterEveryReadOperation_none() throws Exception {
    try (LuceneArchive archive = archiveOfSamples()) {
      String id = Fixtures.samples().keySet().iterator().next();
      ArticleAnalysis analysis = Fixtures.samples().get(id);

      assertThat(archive.get(id)).isPresent();
      assertThat(archive.readerHolders()).as("get").isZero();
      assertThat(archive.get("no-such-id")).isEmpty();
      assertThat(archive.readerHolders()).as("get, missing").isZero();
      assertThat(archive.size()).isEqualTo(Fixtures.samples().size());
      assertThat(archive.readerHolders()).as("size").isZero();
      assertThat(archive.ids()).hasSize(Fixtures.samples().size());
      assertThat(archive.readerHolders()).as("ids").isZero();
      assertThat(archive.related(id, RelatedQuery.of(5))).isNotEmpty();
      assertThat(archive.readerHolders()).as("related by id").isZero();
      assertThatThrownBy(() -> archive.related("no-such-id", RelatedQuery.of(5)))
          .isInstanceOf(NoSuchElementException.class);
      assertThat(archive.readerHolders()).as("related, missing id").isZero();
      assertThat(archive.related(analysis, RelatedQuery.of(5))).isNotEmpty();
      assertThat(archive.readerHolders()).as("related by analysis").isZero();
      assertThat(archive.scoredBothWays(id)).isNotEmpty();
      assertThat(archive.readerHolders()).as("scores for tests").isZero();
    }
  }

  @Test
  void readerHolders_afterAChangeAndARead_none() throws Exception {
    try (LuceneArchive archive = archiveOfSamples()) {
      String id = Fixtures.samples().keySet().iterator().next();
      archive.delete(id);

      // the read refreshes the searcher to the change
      assertThat(archive.get(id)).isEmpty();
      assertThat(archive.readerHolders()).isZero();
      archive.addAll(Map.of(id, Fixtures.samples().get(id)));
      assertThat(archive.size()).isEqualTo(Fixtures.samples().size());
      assertThat(archive.readerHolders()).isZero();
    }
  }

  @Test
  void addAll_indexClosedWhileItRuns_throwsIndexIsClosed() throws Exception {
    LuceneArchive archive = LuceneArchive.inMemory();
    List<Map.Entry<String, ArticleAnalysis>> samples =
        List.copyOf(Fixtures.samples().entrySet());
    // Another thread's close, at a set point: after the first article is added, before the
    // second. ensureOpen has passed; Lucene's writer finds itself closed.
    Map<String, ArticleAnalysis> closingMidway = new AbstractMap<>() {
      @Override
      public Set<Map.Entry<String, ArticleAnalysis>> entrySet() {
        return new java.util.AbstractSet<>() {
          @Override
          public Iterator<Map.Entry<String, ArticleAnalysis>> iterator() {
            Iterator<Map.Entry<String, ArticleAnalysis>> it = samples.subList(0, 2).iterator();
            return new Iterator<>() {
              int given;

              @Override
              public boolean hasNext() {
                return it.hasNext();
              }

              @Override
              public Map.Entry<String, ArticleAnalysis> next() {
                if (given++ == 1) {
                  try {
                    archive.close();
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
                return it.next();
              }
            };
          }

          @Override
          public int size() {
            return 2;
          }
        };
      }
    };

    assertThatThrownBy(() -> archive.addAll(closingMidway))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("index is closed");
  }
}
