package dev.lede.serve;

import dev.lede.ArticleAnalysis;
import dev.lede.index.ArticleIndex;
import dev.lede.index.IndexedArticle;
import dev.lede.index.RelatedArticle;
import dev.lede.index.RelatedQuery;
import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * What the server needs of an article archive, whatever backs it. The server talks to this
 * interface only, so that another backend (a SolrCloud collection) is one more implementation
 * and one more {@link LedeServer.Builder} entry, with no change to the endpoints. Implementations
 * are thread-safe.
 */
interface Archive {

  /** Adds an analysed article, replacing one with the same id. */
  void put(String id, ArticleAnalysis analysis) throws IOException;

  /** Deletes an article; returns whether there was one. */
  boolean delete(String id) throws IOException;

  /** What the archive stores about an article, or empty. */
  Optional<IndexedArticle> get(String id) throws IOException;

  /**
   * Related articles of an archived article.
   *
   * @throws NoSuchElementException if no article has this id
   */
  List<RelatedArticle> related(String id, RelatedQuery query) throws IOException;

  /** Related articles of an article that need not be archived. */
  List<RelatedArticle> related(ArticleAnalysis analysis, RelatedQuery query) throws IOException;

  /** The number of archived articles. */
  int size() throws IOException;

  /** The ids of archived articles, in archive order, at most {@code limit}. */
  List<String> ids(int limit) throws IOException;

  /**
   * The backend's name for the health endpoint ({@code "lucene"} or {@code "solrcloud"}); never
   * a path.
   */
  String backend();

  /** Makes every change durable. */
  void commit() throws IOException;

  /** The archive over an {@link ArticleIndex} (a Lucene directory, or memory). */
  static Archive of(ArticleIndex index) {
    return new IndexArchive(index);
  }

  /** {@link Archive} over an {@link ArticleIndex}. */
  final class IndexArchive implements Archive {
    private final ArticleIndex index;

    IndexArchive(ArticleIndex index) {
      this.index = index;
    }

    @Override
    public void put(String id, ArticleAnalysis analysis) throws IOException {
      index.add(id, analysis);
    }

    @Override
    public boolean delete(String id) throws IOException {
      // One writer call; the lookup first only tells the client whether the id was there
      // (a concurrent PUT of the same id may race with it, as with any REST store).
      boolean present = index.get(id).isPresent();
      index.delete(id);
      return present;
    }

    @Override
    public Optional<IndexedArticle> get(String id) throws IOException {
      return index.get(id);
    }

    @Override
    public List<RelatedArticle> related(String id, RelatedQuery query) throws IOException {
      return index.related(id, query);
    }

    @Override
    public List<RelatedArticle> related(ArticleAnalysis analysis, RelatedQuery query)
        throws IOException {
      return index.related(analysis, query);
    }

    @Override
    public int size() throws IOException {
      return index.size();
    }

    @Override
    public List<String> ids(int limit) throws IOException {
      List<String> all = index.ids();
      return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
    }

    @Override
    public String backend() {
      // ArticleIndex names its location, never a Solr type: "ArticleIndex[SolrCloud ...]".
      return index.toString().startsWith("ArticleIndex[SolrCloud") ? "solrcloud" : "lucene";
    }

    @Override
    public void commit() throws IOException {
      index.commit();
    }
  }
}
