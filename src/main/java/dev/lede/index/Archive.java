package dev.lede.index;

import dev.lede.ArticleAnalysis;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an {@link ArticleIndex} keeps its articles: an embedded Lucene directory
 * ({@link LuceneArchive}) or a SolrCloud collection ({@code SolrArchive}). {@link ArticleIndex}
 * validates arguments and state; a backend receives only valid ids and non-null values.
 *
 * <p>Implementations are thread-safe.
 */
interface Archive extends Closeable {

  /** Adds or replaces articles by id, in one write where the backend allows it. */
  void addAll(Map<String, ArticleAnalysis> articles) throws IOException;

  void delete(String id) throws IOException;

  Optional<IndexedArticle> get(String id) throws IOException;

  int size() throws IOException;

  List<String> ids() throws IOException;

  /** @throws java.util.NoSuchElementException if no article has this id */
  List<RelatedArticle> related(String id, RelatedQuery query) throws IOException;

  List<RelatedArticle> related(ArticleAnalysis analysis, RelatedQuery query) throws IOException;

  void commit() throws IOException;

  /**
   * Discards the changes since the last commit and closes the archive.
   *
   * @throws UnsupportedOperationException where a write is durable once acknowledged
   *     (SolrCloud), before anything changes
   */
  default void rollback() throws IOException {
    throw new UnsupportedOperationException("the archive at " + location()
        + " keeps every acknowledged write: there is nothing to roll back");
  }

  /**
   * Reads every stored byte and checks it against its checksum, where the backend keeps them
   * (SolrCloud checks its own replicas: nothing to do).
   *
   * @throws IOException naming the archive if a file is corrupt or cannot be read
   */
  default void checkIntegrity() throws IOException {}

  /** Where the articles are, for messages: a directory, "(in memory)", a collection. */
  String location();
}
