package dev.lede.index;

import static java.util.Objects.requireNonNull;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * A searchable archive of analysed articles that suggests related articles: what a news site
 * shows in its "Keep Reading" box. Backed by an Apache Lucene index, on disk
 * ({@link #open(Path, ArticleAnalyzer)}) or in memory ({@link #inMemory(ArticleAnalyzer)}).
 *
 * <p>Articles are added, replaced and deleted by id; changes are visible to {@link #related},
 * {@link #get} and {@link #size} at once (near-real-time search), and durable after
 * {@link #commit()} or {@link #close()}. A process killed between commits loses only what it
 * added since the last commit; the index still opens.
 *
 * <p>Thread-safe: any number of threads may add, delete and query one instance at once. Only one
 * {@code ArticleIndex} (in any process) may have a directory open at a time; a second one fails
 * with an {@link IOException} naming the lock.
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

  /** Commit data key that marks a Lucene index as Lede's, with its format version. */
  static final String FORMAT_KEY = "lede.index.format";

  /**
   * The format of indexes this version creates: 2, every article with its topic field
   * ({@link Documents#TOPIC}). Format 1 indexes have articles without it; they are read as they
   * are, and stay format 1 when articles are added to them.
   */
  static final String FORMAT_VERSION = "2";

  /** The first format whose articles all have the topic field. */
  static final int TOPIC_FORMAT = 2;

  private static final String LOCK_FILE = IndexWriter.WRITE_LOCK_NAME;

  private final ArticleAnalyzer analyzer;
  private final String location;
  private final Directory directory;
  private final Analyzer fields;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Ranker ranker;
  /** Whether every article has the topic field, so that the ranking may look terms up there. */
  private final boolean topicField;
  private final AtomicLong changes = new AtomicLong();
  private volatile long refreshedAt;
  private volatile boolean closed;

  private ArticleIndex(ArticleAnalyzer analyzer, String location, Directory directory,
      boolean mustExistAsLede) throws IOException {
    this.analyzer = analyzer;
    this.location = location;
    this.directory = directory;
    this.fields = Documents.analyzer();
    IndexWriter w = null;
    SearcherManager s = null;
    boolean topics = true;
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      if (!exists && hasForeignFiles(directory)) {
        throw new IOException("not an index: " + location
            + " holds files but no Lucene index; give an empty or new directory");
      }
      if (exists && mustExistAsLede) {
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        if (!data.containsKey(FORMAT_KEY)) {
          throw new IOException("not a Lede index: " + location
              + " holds a Lucene index that Lede did not write");
        }
        topics = formatVersion(data.get(FORMAT_KEY)) >= TOPIC_FORMAT;
      }
      IndexWriterConfig config = new IndexWriterConfig(fields)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          .setCommitOnClose(true);
      w = new IndexWriter(directory, config);
      if (!exists) {
        w.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT_VERSION).entrySet());
        w.commit();
      }
      s = new SearcherManager(w, null);
    } catch (LockObtainFailedException e) {
      IOUtils.closeWhileHandlingException(s, w, directory);
      throw new IOException("index " + location + " is locked by another writer (lock file "
          + LOCK_FILE + "); close the other process or use another directory", e);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
        | java.io.EOFException | java.nio.file.NoSuchFileException e) {
      IOUtils.closeWhileHandlingException(s, w, directory);
      throw new IOException("index " + location + " is corrupt or unreadable: "
          + e.getClass().getSimpleName(), e);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(s, w, directory);
      throw e;
    }
    this.writer = w;
    this.searchers = s;
    this.ranker = new Ranker(fields);
    this.topicField = topics;
  }

  /** The format version in an index's commit data; 1 if it cannot be read as a number. */
  private static int formatVersion(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * Opens the index in a directory, creating the directory and an empty index if missing.
   *
   * @param dir the index directory
   * @param analyzer the analyzer {@link #add(String, Article)} uses
   * @return the open index; close it to release the directory
   * @throws NullPointerException if an argument is null
   * @throws IOException if the directory cannot be created or read, holds other files but no
   *     index, holds a corrupt index or a Lucene index Lede did not write, or another writer holds
   *     its lock ({@code write.lock})
   */
  public static ArticleIndex open(Path dir, ArticleAnalyzer analyzer) throws IOException {
    requireNonNull(dir, "dir");
    requireNonNull(analyzer, "analyzer");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("not a directory: " + dir);
    }
    Files.createDirectories(dir);
    return new ArticleIndex(analyzer, dir.toString(), FSDirectory.open(dir), true);
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
    try {
      return new ArticleIndex(analyzer, "(in memory)", new ByteBuffersDirectory(), true);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // memory does not fail with I/O errors
    }
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
    checkId(id);
    requireNonNull(analysis, "analysis");
    ensureOpen();
    Document doc = Documents.toDocument(id, analysis, fields);
    try {
      writer.updateDocument(new Term(Documents.ID, id), doc);
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    }
    changes.incrementAndGet();
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
    checkId(id);
    requireNonNull(article, "article");
    ensureOpen();
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
    ensureOpen();
    try {
      writer.deleteDocuments(new Term(Documents.ID, id));
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    }
    changes.incrementAndGet();
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
    IndexSearcher searcher = acquire();
    try {
      int doc = find(searcher, id);
      if (doc < 0) {
        return Optional.empty();
      }
      Document d = searcher.getIndexReader().storedFields().document(doc);
      return Optional.of(Ranker.indexedArticle(d));
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    } finally {
      release(searcher);
    }
  }

  /**
   * Returns the number of articles in the index, uncommitted changes included.
   *
   * @return the number of articles
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be read
   */
  public int size() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /**
   * Returns the ids of all articles, in index order.
   *
   * @return the ids
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be read
   */
  public List<String> ids() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return Ranker.allIds(searcher.getIndexReader());
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    } finally {
      release(searcher);
    }
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
   * @throws IOException if the index cannot be read
   */
  public List<RelatedArticle> related(String id, RelatedQuery query) throws IOException {
    return related(id, query, ranker);
  }

  /** Scores of Lede's full query for an indexed article, by Lucene and by the rescoring; tests. */
  Map<String, float[]> scoredBothWays(String id) throws IOException {
    return onArticle(id, (searcher, doc) -> {
      Map<String, float[]> out = new HashMap<>();
      StoredFields stored = searcher.getIndexReader().storedFields();
      for (Map.Entry<Integer, float[]> e
          : ranker.scoredBothWays(searcher, ranker.probe(searcher, doc, id)).entrySet()) {
        out.put(stored.document(e.getKey(), Set.of(Documents.ID)).get(Documents.ID),
            e.getValue());
      }
      return out;
    });
  }

  /** {@link #related(String, RelatedQuery)} ranked by the given ranker (weights). */
  List<RelatedArticle> related(String id, RelatedQuery query, Ranker ranker)
      throws IOException {
    requireNonNull(id, "id");
    requireNonNull(query, "query");
    return onArticle(id, (searcher, doc) ->
        ranker.related(searcher, ranker.probe(searcher, doc, id), query, topicField));
  }

  /** Work on an indexed article, given the searcher and its doc id. */
  private interface ArticleWork<T> {
    T apply(IndexSearcher searcher, int doc) throws IOException;
  }

  /** Runs work on the indexed article with this id, on an acquired searcher. */
  private <T> T onArticle(String id, ArticleWork<T> work) throws IOException {
    IndexSearcher searcher = acquire();
    try {
      int doc = find(searcher, id);
      if (doc < 0) {
        throw new NoSuchElementException("no article with id '" + id + "' in the index");
      }
      return work.apply(searcher, doc);
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    } finally {
      release(searcher);
    }
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
    return related(analysis, RelatedQuery.of(limit));
  }

  /**
   * Returns indexed articles related to an article, which need not be in the index. An indexed
   * article with the same text (near-identical, when de-duplicating) is not suggested.
   *
   * @param analysis the article's analysis
   * @param query the options: limit, filters, ranking
   * @return the suggestions, best first
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be read
   */
  public List<RelatedArticle> related(ArticleAnalysis analysis, RelatedQuery query)
      throws IOException {
    requireNonNull(analysis, "analysis");
    requireNonNull(query, "query");
    IndexSearcher searcher = acquire();
    try {
      return ranker.related(searcher, ranker.probe(searcher, analysis), query, topicField);
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    } finally {
      release(searcher);
    }
  }

  /**
   * Makes every change so far durable.
   *
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be written
   */
  public void commit() throws IOException {
    ensureOpen();
    try {
      writer.commit();
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    }
  }

  /**
   * Commits pending changes and releases the directory and its lock. Idempotent; every other
   * method fails with {@link IllegalStateException} afterwards.
   *
   * @throws IOException if the last commit fails
   */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    IOUtils.close(searchers, writer, directory);
  }

  @Override
  public String toString() {
    return "ArticleIndex[" + location + (closed ? ", closed]" : "]");
  }

  private IndexSearcher acquire() throws IOException {
    ensureOpen();
    try {
      long seen = changes.get();
      if (seen != refreshedAt) {
        searchers.maybeRefreshBlocking();
        refreshedAt = seen;
      }
      return searchers.acquire();
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    }
  }

  private void release(IndexSearcher searcher) throws IOException {
    try {
      searchers.release(searcher);
    } catch (AlreadyClosedException e) {
      // closed while this query ran; the searcher's reader is closed with the manager
    }
  }

  private static int find(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Documents.ID, id)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("index is closed");
    }
  }

  private static IllegalStateException closedException(AlreadyClosedException e) {
    return new IllegalStateException("index is closed", e);
  }

  private static void checkId(String id) {
    requireNonNull(id, "id");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("id must not be empty");
    }
    if (id.length() > MAX_ID_CHARS) {
      throw new IllegalArgumentException(
          "id is " + id.length() + " chars, over the limit of MAX_ID_CHARS = " + MAX_ID_CHARS);
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < id.length()
          && Character.isLowSurrogate(id.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("id holds a lone surrogate at index " + i);
      }
    }
  }

  private static boolean hasForeignFiles(Directory directory) throws IOException {
    return Arrays.stream(directory.listAll())
        .anyMatch(f -> !f.equals(LOCK_FILE) && !f.startsWith("extra"));
  }
}
