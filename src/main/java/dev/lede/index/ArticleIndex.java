package dev.lede.index;

import static java.util.Objects.requireNonNull;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A searchable archive of analysed articles that suggests related articles: what a news site
 * shows in its "Keep Reading" box. Backed by an embedded Apache Lucene index, on disk
 * ({@link #open(Path, ArticleAnalyzer)}) or in memory ({@link #inMemory(ArticleAnalyzer)}), or by
 * a SolrCloud collection ({@link #openSolr(SolrCollection, ArticleAnalyzer)}) when one machine
 * is not enough; the API is the same.
 *
 * <p>Articles are added, replaced and deleted by id; changes are visible to {@link #related},
 * {@link #get}, {@link #size} and {@link #ids} of this instance at once, and durable after
 * {@link #commit()} or {@link #close()}. On the embedded index, a process killed between commits
 * loses only what it added since the last commit, and the index still opens; on SolrCloud, an
 * acknowledged write is in Solr's update log on every live replica of its shard and survives the
 * loss of a node.
 *
 * <p>Thread-safe: any number of threads may add, delete and query one instance at once. {@link
 * #close()} and {@link #rollback()} wait for the calls under way on other threads to finish;
 * calls made once they have begun fail with {@link IllegalStateException}. Only one
 * embedded {@code ArticleIndex} (in any process) may have a directory open at a time; a second
 * one fails with an {@link IOException} naming the lock. Any number of clients may share a
 * SolrCloud collection.
 *
 * <pre>{@code
 * try (ArticleIndex index = ArticleIndex.open(Path.of("lede-index"), analyzer)) {
 *   index.add("belarus-emergency", analysis);
 *   List<RelatedArticle> related = index.related("belarus-emergency", 5);
 * }
 * }</pre>
 */
public final class ArticleIndex implements Closeable {

  /** The longest id accepted, in UTF-16 chars: 4,096, far beyond any URL-like key. */
  public static final int MAX_ID_CHARS = 4_096;

  private final Archive archive;
  private final ArticleAnalyzer analyzer;
  /**
   * Every call holds the read lock while it uses the archive; {@link #close()} and {@link
   * #rollback()} take the write lock, so that they wait for the calls under way (a commit under
   * way, an add whose caller was told it succeeded) instead of closing the writer under them.
   */
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  /** Set when close or rollback begins: calls made from then on fail at once. */
  private volatile boolean closed;
  /** Whether the archive has been closed or rolled back; guarded by the write lock. */
  private boolean released;

  private ArticleIndex(Archive archive, ArticleAnalyzer analyzer) {
    this.archive = archive;
    this.analyzer = analyzer;
  }

  /**
   * Opens the index in a directory, creating the directory and an empty index if missing.
   *
   * @param dir the index directory
   * @param analyzer the analyzer {@link #add(String, Article)} uses
   * @return the open index; close it to release the directory
   * @throws NullPointerException if an argument is null
   * @throws IOException if the directory cannot be created or read, holds other files but no
   *     index, holds a corrupt index, a Lucene index Lede did not write or one of a later format
   *     than this version writes, or another writer holds its lock ({@code write.lock})
   */
  public static ArticleIndex open(Path dir, ArticleAnalyzer analyzer) throws IOException {
    requireNonNull(dir, "dir");
    requireNonNull(analyzer, "analyzer");
    return new ArticleIndex(LuceneArchive.open(dir), analyzer);
  }

  /**
   * Creates an empty index held in memory, gone when closed.
   *
   * @param analyzer the analyzer {@link #add(String, Article)} uses
   * @return the index
   * @throws NullPointerException if {@code analyzer} is null
   */
  public static ArticleIndex inMemory(ArticleAnalyzer analyzer) {
    requireNonNull(analyzer, "analyzer");
    return new ArticleIndex(LuceneArchive.inMemory(), analyzer);
  }

  /** An index over an archive the caller made; for tests. */
  static ArticleIndex over(Archive archive, ArticleAnalyzer analyzer) {
    return new ArticleIndex(archive, analyzer);
  }

  /**
   * Opens a SolrCloud collection as the archive, creating it from Lede's configset (shipped in
   * the jar; {@link SolrConfigSet}) with the collection's shards and replicas if it does not
   * exist (unless {@link SolrCollection#existing()}). Needs SolrJ ({@code org.apache.solr:solr-solrj}) on the classpath; the embedded index
   * never does.
   *
   * @param collection where the collection is and how to create it
   * @param analyzer the analyzer {@link #add(String, Article)} uses
   * @return the open archive; close it to release its connections
   * @throws NullPointerException if an argument is null
   * @throws IOException if the cluster cannot be reached, or the collection is missing and
   *     {@link SolrCollection#existing()}, or it cannot be created,
   *     is not one Lede wrote (a schema without Lede's fields; so also a collection just
   *     created from a configset of Lede's name that is not Lede's) or is of a later archive format
   *     than this version's ({@link SolrConfigSet#NAME})
   * @throws IllegalStateException if SolrJ is not on the classpath
   */
  public static ArticleIndex openSolr(SolrCollection collection, ArticleAnalyzer analyzer)
      throws IOException {
    requireNonNull(collection, "collection");
    requireNonNull(analyzer, "analyzer");
    try {
      Class.forName("org.apache.solr.client.solrj.SolrClient", false,
          ArticleIndex.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("SolrCloud needs SolrJ on the classpath"
          + " (org.apache.solr:solr-solrj); the embedded index does not", e);
    }
    return new ArticleIndex(SolrArchive.open(collection), analyzer);
  }

  /**
   * Adds an analysed article, replacing any article with the same id.
   *
   * @param id the article's id: any non-empty Unicode string up to {@link #MAX_ID_CHARS} chars
   * @param analysis the article's analysis
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is empty, too long or holds a lone surrogate
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be written
   */
  public void add(String id, ArticleAnalysis analysis) throws IOException {
    requireNonNull(id, "id");
    requireNonNull(analysis, "analysis");
    checkId(id);
    whileOpen(() -> {
      archive.addAll(Map.of(id, analysis));
      return null;
    });
  }

  /**
   * Adds analysed articles, replacing articles with the same ids: one request on SolrCloud,
   * which is much faster there than one {@link #add(String, ArticleAnalysis)} per article.
   *
   * @param articles analyses by id (ids as for {@link #add(String, ArticleAnalysis)})
   * @throws NullPointerException if the map, an id or an analysis is null
   * @throws IllegalArgumentException if an id is empty, too long or holds a lone surrogate
   *     (nothing is added then)
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be written
   */
  public void addAll(Map<String, ArticleAnalysis> articles) throws IOException {
    requireNonNull(articles, "articles");
    Map<String, ArticleAnalysis> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ArticleAnalysis> e : articles.entrySet()) {
      checkId(e.getKey());
      copy.put(e.getKey(), requireNonNull(e.getValue(), "analysis of " + e.getKey()));
    }
    whileOpen(() -> {
      if (!copy.isEmpty()) {
        archive.addAll(copy);
      }
      return null;
    });
  }

  /**
   * Analyses an article with this index's analyzer and adds it, replacing any article with the
   * same id.
   *
   * @param id the article's id (see {@link #add(String, ArticleAnalysis)})
   * @param article the article
   * @return the analysis that was indexed
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is empty, too long or holds a lone surrogate
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be written
   */
  public ArticleAnalysis add(String id, Article article) throws IOException {
    requireNonNull(id, "id");
    requireNonNull(article, "article");
    checkId(id);
    ensureOpen(); // before the analysis, which takes time
    ArticleAnalysis analysis = analyzer.analyze(article);
    add(id, analysis);
    return analysis;
  }

  /**
   * Deletes the article with an id, if there is one.
   *
   * @param id the id
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be written
   */
  public void delete(String id) throws IOException {
    requireNonNull(id, "id");
    whileOpen(() -> {
      if (canBeStored(id)) {
        archive.delete(id);
      }
      return null;
    });
  }

  /**
   * Returns what the index stores about an article.
   *
   * @param id the id
   * @return the article, or empty if no article has this id
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be read
   */
  public Optional<IndexedArticle> get(String id) throws IOException {
    requireNonNull(id, "id");
    return whileOpen(() -> canBeStored(id) ? archive.get(id) : Optional.empty());
  }

  /**
   * Returns the number of articles in the index, uncommitted changes included.
   *
   * @return the number of articles
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be read
   */
  public int size() throws IOException {
    return whileOpen(archive::size);
  }

  /**
   * Reads every file of the index and checks it against its checksum, which Lucene otherwise
   * does only for the bytes a query or a merge happens to read: a damaged index can answer some
   * queries and fail others, and articles added to it may be lost. Worth its cost (one
   * sequential read of the index) before a batch of writes; the CLI's {@code index} runs it. On
   * SolrCloud it does nothing (Solr checks its own replicas).
   *
   * @throws IllegalStateException if the index is closed
   * @throws IOException naming the index if a file is corrupt or cannot be read
   */
  public void checkIntegrity() throws IOException {
    whileOpen(() -> {
      archive.checkIntegrity();
      return null;
    });
  }

  /**
   * Returns the ids of all articles: in index order on the embedded index, in id order on
   * SolrCloud.
   *
   * @return the ids
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be read
   */
  public List<String> ids() throws IOException {
    return whileOpen(archive::ids);
  }

  /**
   * Returns up to {@code limit} articles related to an indexed article, best first, with the
   * default options ({@link RelatedQuery#of(int)}).
   *
   * @param id the indexed article's id
   * @param limit the largest number of suggestions, in [1, {@link RelatedQuery#MAX_LIMIT}]
   * @return the suggestions, never including the article itself
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the limit is out of range
   * @throws NoSuchElementException if no article has this id
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be read
   */
  public List<RelatedArticle> related(String id, int limit) throws IOException {
    requireNonNull(id, "id");
    return related(id, RelatedQuery.of(limit));
  }

  /**
   * Returns articles related to an indexed article, best first.
   *
   * @param id the indexed article's id
   * @param query the options: limit, filters, ranking
   * @return the suggestions, never including the article itself
   * @throws NullPointerException if an argument is null
   * @throws NoSuchElementException if no article has this id
   * @throws IllegalStateException if the index is closed
   * @throws UnsupportedOperationException on SolrCloud, for a baseline ranking (MoreLikeThis,
   *     TF-IDF cosine: those run on the embedded index only; Lede's ranking runs on both)
   * @throws IOException if the index cannot be read
   */
  public List<RelatedArticle> related(String id, RelatedQuery query) throws IOException {
    requireNonNull(id, "id");
    requireNonNull(query, "query");
    return whileOpen(() -> {
      if (!canBeStored(id)) {
        throw new NoSuchElementException("no article with id '" + id + "' in the index");
      }
      return archive.related(id, query);
    });
  }

  /**
   * Returns up to {@code limit} indexed articles related to an article, which need not be in
   * the index, with the default options.
   *
   * @param analysis the article's analysis
   * @param limit the largest number of suggestions, in [1, {@link RelatedQuery#MAX_LIMIT}]
   * @return the suggestions, best first
   * @throws NullPointerException if {@code analysis} is null
   * @throws IllegalArgumentException if the limit is out of range
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be read
   */
  public List<RelatedArticle> related(ArticleAnalysis analysis, int limit) throws IOException {
    requireNonNull(analysis, "analysis");
    return related(analysis, RelatedQuery.of(limit));
  }

  /**
   * Returns indexed articles related to an article, which need not be in the index. When the
   * query de-duplicates (the default), an indexed article with the same or near-identical text
   * is not suggested; with {@link RelatedQuery.Builder#deduplicate(boolean) deduplicate(false)}
   * it may be, and {@link RelatedQuery#excluding(String)} leaves out one id whatever
   * its text.
   *
   * @param analysis the article's analysis
   * @param query the options: limit, filters, ranking
   * @return the suggestions, best first
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the index is closed
   * @throws UnsupportedOperationException on SolrCloud, for a baseline ranking (see {@link
   *     #related(String, RelatedQuery)})
   * @throws IOException if the index cannot be read
   */
  public List<RelatedArticle> related(ArticleAnalysis analysis, RelatedQuery query)
      throws IOException {
    requireNonNull(analysis, "analysis");
    requireNonNull(query, "query");
    return whileOpen(() -> archive.related(analysis, query));
  }

  /**
   * Makes every change so far durable.
   *
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be written
   */
  public void commit() throws IOException {
    whileOpen(() -> {
      archive.commit();
      return null;
    });
  }

  /**
   * Commits pending changes and releases the directory and its lock (on SolrCloud, the
   * connections). Calls under way on other threads are finished first (an add that returns is
   * committed); calls made once close has begun fail with {@link IllegalStateException}, and so
   * does every other method afterwards. Idempotent: a second call returns once the index is
   * closed.
   *
   * @throws IOException if the last commit fails
   */
  @Override
  public void close() throws IOException {
    closed = true;
    Lock exclusive = lifecycle.writeLock();
    exclusive.lock();
    try {
      if (released) {
        return;
      }
      released = true;
      archive.close();
    } finally {
      exclusive.unlock();
    }
  }

  /**
   * Discards every change since the last {@link #commit()} (or since the index was opened) and
   * closes the index, releasing the directory and its lock: for a batch of writes that fails
   * midway, so that none of it is kept. Calls under way on other threads are finished first (a
   * commit under way lands). Does nothing if the index is closed already; every other method
   * fails with {@link IllegalStateException} afterwards.
   *
   * @throws UnsupportedOperationException on SolrCloud, where a write is durable once
   *     acknowledged (the index stays open)
   * @throws IOException if the directory cannot be released
   */
  public void rollback() throws IOException {
    Lock exclusive = lifecycle.writeLock();
    exclusive.lock();
    try {
      if (released) {
        return;
      }
      archive.rollback(); // on SolrCloud, throws before anything changes
      released = true;
      closed = true;
    } finally {
      exclusive.unlock();
    }
  }

  @Override
  public String toString() {
    return "ArticleIndex[" + archive.location() + (closed ? ", closed]" : "]");
  }

  /** Scores of Lede's full query for an indexed article, by Lucene and by the rescoring; tests. */
  Map<String, float[]> scoredBothWays(String id) throws IOException {
    return whileOpen(() -> lucene().scoredBothWays(id));
  }

  /** {@link #related(String, RelatedQuery)} ranked by the given ranker (weights); tests. */
  List<RelatedArticle> related(String id, RelatedQuery query, Ranker ranker)
      throws IOException {
    return whileOpen(() -> lucene().related(id, query, ranker));
  }

  private LuceneArchive lucene() {
    return (LuceneArchive) archive;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("index is closed");
    }
  }

  /** A call on the archive. */
  private interface ArchiveCall<T> {
    T call() throws IOException;
  }

  /**
   * Runs a call on the archive while the index is open: holding the read lock, so that close
   * and rollback wait for it, and failing with "index is closed" once either has begun.
   */
  private <T> T whileOpen(ArchiveCall<T> call) throws IOException {
    Lock shared = lifecycle.readLock();
    shared.lock();
    try {
      ensureOpen();
      return call.call();
    } finally {
      shared.unlock();
    }
  }

  /**
   * Whether an article could have this id. Others are looked up nowhere: Lucene refuses a term
   * over 32,766 UTF-8 bytes (and a delete it refuses stays queued in its writer, failing every
   * later write and commit), and writes a lone surrogate as U+FFFD, another article's id.
   */
  private static boolean canBeStored(String id) {
    return idProblem(id) == null;
  }

  private static void checkId(String id) {
    requireNonNull(id, "id");
    String problem = idProblem(id);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Why an id is refused, or null if it is accepted. */
  private static String idProblem(String id) {
    if (id.isEmpty()) {
      return "id must not be empty";
    }
    if (id.length() > MAX_ID_CHARS) {
      return "id is " + id.length() + " chars, over the limit of MAX_ID_CHARS = " + MAX_ID_CHARS;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < id.length()
          && Character.isLowSurrogate(id.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "id holds a lone surrogate at index " + i;
      }
    }
    return null;
  }
}
