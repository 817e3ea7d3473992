package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.ArticleAnalysis;
import dev.lede.extract.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ArticleIndex} accepts and refuses: ids at the edges, batches, nulls, closing. */
final class ArticleIndexInputTest {

  private static ArticleAnalysis note(String text) {
    return Story.of("Note", text).analysis();
  }

  @Test
  void add_idOfExactlyTheLimitIsAccepted() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      String longest = "x".repeat(ArticleIndex.MAX_ID_CHARS);
      index.add(longest, note("Ferry fares rise."));
      assertThat(index.ids()).containsExactly(longest);
    }
  }

  @Test
  void add_surrogatePairsAnywhereAreAcceptedLoneSurrogatesNamedByIndex() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      index.add("\uD83D\uDCF0", note("A newspaper."));
      index.add("news \uD83D\uDCF0\uD83C\uDF0D", note("Newspapers of the world."));
      assertThat(index.ids()).containsExactlyInAnyOrder("\uD83D\uDCF0",
          "news \uD83D\uDCF0\uD83C\uDF0D");
      assertThatThrownBy(() -> index.add("ab\uD83D", note("A cut emoji.")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id holds a lone surrogate at index 2");
      assertThatThrownBy(() -> index.add("\uD83D\uDCF0\uDCF0", note("One half too many.")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id holds a lone surrogate at index 2");
      assertThatThrownBy(() -> index.add("\uD83D\uD83D\uDCF0", note("Two highs.")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id holds a lone surrogate at index 0");
      assertThat(index.size()).isEqualTo(2);
    }
  }

  @Test
  void delete_idOverTheLimit_deletesNothingAndTheIndexStaysWritable(@TempDir Path dir)
      throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), Fixtures.analyzer())) {
      index.add("a", note("Ferry fares rise."));
      // 40,000 UTF-8 bytes: over Lucene's longest term, which no stored id can reach
      String huge = "\u00e9".repeat(20_000);
      index.delete(huge);
      assertThat(index.get(huge)).isEmpty();
      assertThatThrownBy(() -> index.related(huge, 3))
          .isInstanceOf(java.util.NoSuchElementException.class);
      index.add("b", note("Ferry fares fall."));
      index.commit();
      assertThat(index.ids()).containsExactlyInAnyOrder("a", "b");
    }
    try (ArticleIndex reopened = ArticleIndex.open(dir.resolve("idx"), Fixtures.analyzer())) {
      assertThat(reopened.ids()).containsExactlyInAnyOrder("a", "b");
    }
  }

  @Test
  void getDeleteRelated_idWithALoneSurrogate_neverReachTheArticleOfUFFFD() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      index.add("ab\uFFFD", note("Ferry fares rise."));
      index.add("c", note("Ferry fares fall."));
      // Lucene writes a lone surrogate as U+FFFD: the cut id must not reach "ab\uFFFD"
      assertThat(index.get("ab\uD83D")).isEmpty();
      assertThatThrownBy(() -> index.related("ab\uD83D", 3))
          .isInstanceOf(java.util.NoSuchElementException.class);
      index.delete("ab\uD83D");
      assertThat(index.ids()).containsExactlyInAnyOrder("ab\uFFFD", "c");
    }
  }

  @Test
  void add_nameKeywordAndSectionOverLucenesLongestTerm_articleStillIndexed() throws IOException {
    // A data blob glued to a capital letter is one 40,007-char word, which the analysis keeps as
    // a name and a keyword: over Lucene's longest term (32,766 UTF-8 bytes), as is the section.
    String blob = "Zorblax" + "a".repeat(40_000);
    Article page = new Article("Ferry late", null, "s".repeat(40_000), null, null, null,
        "The ferry left Portsmouth late. " + blob + " said the ferry was late. " + blob
            + " agreed with " + blob + ".", 0);
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      index.add("ferry", note("The ferry left Portsmouth late again."));
      ArticleAnalysis analysis = index.add("blob", page);
      assertThat(analysis.keywords()).anyMatch(k -> k.term().length() > 40_000);

      IndexedArticle stored = index.get("blob").orElseThrow();
      assertThat(stored.section()).isEqualTo(page.section());
      assertThat(stored.keywords()).isEqualTo(
          analysis.keywords().stream().map(k -> k.term()).toList());
      assertThat(index.related("ferry", 3)).extracting(RelatedArticle::id).containsExactly("blob");
      assertThat(index.related("blob", 3)).extracting(RelatedArticle::id).containsExactly("ferry");
    }
  }

  @Test
  void addAll_addsAndReplacesById() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      index.add("a", note("First version."));
      Map<String, ArticleAnalysis> batch = new LinkedHashMap<>();
      batch.put("a", Story.of("Second", "Second version.").analysis());
      batch.put("b", note("Another note."));
      index.addAll(batch);
      assertThat(index.size()).isEqualTo(2);
      assertThat(index.get("a").orElseThrow().title()).isEqualTo("Second");
      index.addAll(Map.of());
      assertThat(index.ids()).containsExactlyInAnyOrder("a", "b");
    }
  }

  @Test
  void addAll_aBadIdOrMissingAnalysisAddsNothing() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      Map<String, ArticleAnalysis> badId = new LinkedHashMap<>();
      badId.put("good", note("Fine."));
      badId.put("x".repeat(ArticleIndex.MAX_ID_CHARS + 1), note("Too long an id."));
      assertThatThrownBy(() -> index.addAll(badId))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MAX_ID_CHARS");
      Map<String, ArticleAnalysis> noAnalysis = new LinkedHashMap<>();
      noAnalysis.put("good", note("Fine."));
      noAnalysis.put("missing", null);
      assertThatThrownBy(() -> index.addAll(noAnalysis))
          .isInstanceOf(NullPointerException.class).hasMessage("analysis of missing");
      Map<String, ArticleAnalysis> nullId = new LinkedHashMap<>();
      nullId.put(null, note("No id."));
      assertThatThrownBy(() -> index.addAll(nullId))
          .isInstanceOf(NullPointerException.class).hasMessage("id");
      assertThatThrownBy(() -> index.addAll(null))
          .isInstanceOf(NullPointerException.class).hasMessage("articles");
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void add_article_analysesWithTheIndexAnalyzerAndReturnsTheAnalysis() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      ArticleAnalysis analysis = index.add("bakery", Article.ofBody("Bakery wins prize",
          "A village bakery won the national prize for its rye bread."));
      assertThat(analysis.title()).isEqualTo("Bakery wins prize");
      assertThat(analysis.tokens()).isNotEmpty();
      assertThat(index.get("bakery").orElseThrow().title()).isEqualTo("Bakery wins prize");
      assertThatThrownBy(() -> index.add("x", (Article) null))
          .isInstanceOf(NullPointerException.class).hasMessage("article");
      assertThatThrownBy(() -> index.add(null, Article.ofBody("T", "Body.")))
          .isInstanceOf(NullPointerException.class).hasMessage("id");
      assertThatThrownBy(() -> index.add("", Article.ofBody("T", "Body.")))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("id must not be empty");
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void nullOptions_nameTheParameter() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      index.add("a", note("Ferry fares rise."));
      assertThatThrownBy(() -> index.related("a", (RelatedQuery) null))
          .isInstanceOf(NullPointerException.class).hasMessage("query");
      assertThatThrownBy(() -> index.related(note("Ferry."), (RelatedQuery) null))
          .isInstanceOf(NullPointerException.class).hasMessage("query");
      assertThatThrownBy(() -> index.related((String) null, RelatedQuery.of(3)))
          .isInstanceOf(NullPointerException.class).hasMessage("id");
      assertThatThrownBy(() -> index.delete(null))
          .isInstanceOf(NullPointerException.class).hasMessage("id");
      assertThatThrownBy(() -> ArticleIndex.open(Path.of("x"), null))
          .isInstanceOf(NullPointerException.class).hasMessage("analyzer");
      assertThatThrownBy(() -> ArticleIndex.openSolr(null, Fixtures.analyzer()))
          .isInstanceOf(NullPointerException.class).hasMessage("collection");
      assertThatThrownBy(() -> ArticleIndex.openSolr(
          SolrCollection.viaZooKeeper("zk:2181", "news"), null))
          .isInstanceOf(NullPointerException.class).hasMessage("analyzer");
    }
  }

  @Test
  void toString_namesTheLocationAndWhetherClosed(@TempDir Path dir) throws IOException {
    ArticleIndex memory = ArticleIndex.inMemory(Fixtures.analyzer());
    assertThat(memory).hasToString("ArticleIndex[(in memory)]");
    memory.close();
    assertThat(memory).hasToString("ArticleIndex[(in memory), closed]");
    try (ArticleIndex onDisk = ArticleIndex.open(dir, Fixtures.analyzer())) {
      assertThat(onDisk).hasToString("ArticleIndex[" + dir + "]");
    }
  }

  @Test
  void commit_makesChangesDurableWhileTheIndexStaysOpen(@TempDir Path dir) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer())) {
      index.add("a", note("Ferry fares rise."));
      assertThat(committedArticles(dir)).isZero();
      index.commit();
      assertThat(committedArticles(dir)).isEqualTo(1);
      index.delete("a");
      index.commit();
      assertThat(committedArticles(dir)).isZero();
    }
  }

  /** Articles in the last commit of an index, as another process would see them. */
  private static int committedArticles(Path dir) throws IOException {
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.DirectoryReader r =
            org.apache.lucene.index.DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }

  @Test
  void rollback_discardsWhatWasNotCommittedAndReleasesTheDirectory(@TempDir Path dir)
      throws IOException {
    ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), Fixtures.analyzer());
    index.add("a", note("Ferry fares rise."));
    index.commit();
    index.add("b", note("Ferry fares fall."));
    index.delete("a");
    index.rollback();
    index.rollback();
    index.close();
    assertThatThrownBy(index::size).isInstanceOf(IllegalStateException.class)
        .hasMessage("index is closed");
    try (ArticleIndex reopened = ArticleIndex.open(dir.resolve("idx"), Fixtures.analyzer())) {
      assertThat(reopened.ids()).containsExactly("a");
    }
  }

  @Test
  void open_aStaleLockFileAloneIsNoForeignFile(@TempDir Path dir) throws IOException {
    // Left by a process killed before its first commit: the directory is still Lede's to use.
    java.nio.file.Files.createFile(dir.resolve("write.lock"));
    try (ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer())) {
      index.add("a", note("Ferry fares rise."));
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void solrCollection_layoutBoundsAreInclusive() {
    SolrCollection c = SolrCollection.viaZooKeeper("zk:2181", "news");
    assertThat(c.withLayout(1, 1)).extracting(SolrCollection::shards, SolrCollection::replicas)
        .containsExactly(1, 1);
    assertThat(c.withLayout(SolrCollection.MAX_SHARDS_OR_REPLICAS,
        SolrCollection.MAX_SHARDS_OR_REPLICAS))
        .extracting(SolrCollection::shards, SolrCollection::replicas)
        .containsExactly(1_024, 1_024);
  }

  @Test
  void relatedQueryBuilder_refusesABadLimitAtOnce() {
    RelatedQuery.Builder builder = RelatedQuery.builder();
    assertThatThrownBy(() -> builder.limit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be in [1, 1000]: 0");
    assertThat(builder.build().limit()).isEqualTo(RelatedQuery.DEFAULT_LIMIT);
  }

  private interface Call {
    void run() throws Exception;
  }

  @Test
  void closed_refusesBatchesAndRelatedByLimit() throws IOException {
    ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer());
    index.add("a", note("Ferry fares rise."));
    index.close();
    for (Call call : List.<Call>of(
        () -> index.addAll(Map.of()), () -> index.addAll(Map.of("b", note("More."))),
        () -> index.add("b", Article.ofBody("T", "Body.")),
        () -> index.related("a", RelatedQuery.of(3)),
        () -> index.related(note("Ferry."), RelatedQuery.of(3)))) {
      assertThatThrownBy(call::run).isInstanceOf(IllegalStateException.class)
          .hasMessage("index is closed");
    }
  }
}
