package dev.lede.index;

import static java.util.Objects.requireNonNull;

import dev.lede.ArticleAnalysis;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
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
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;

/**
 * The embedded backend of {@link ArticleIndex}: a Lucene index in a directory or in memory,
 * written by one {@link IndexWriter} and searched near-real-time through a
 * {@link SearcherManager}, so a change is visible to the next query without a commit.
 *
 * <p>Thread-safe. Only one instance (in any process) may have a directory open at a time.
 */
final class LuceneArchive implements Archive {

  /** Commit data key that marks a Lucene index as Lede's, with its format version. */
  static final String FORMAT_KEY = "lede.index.format";

  /**
   * The format of indexes this version creates: 3, every article with its topic field
   * ({@link Documents#TOPIC}) and its topic vector ({@link Documents#VECTOR}). Indexes of an
   * earlier format have articles without them; they are read as they are (without the semantic
   * signal, and for format 1 without the topic field), and keep their format when articles are
   * added to them.
   */
  static final String FORMAT_VERSION = "3";

  /** The first format whose articles all have the topic field. */
  static final int TOPIC_FORMAT = 2;
  /** The first format whose articles all have their topic vector (when they have words). */
  static final int VECTOR_FORMAT = 3;

  private static final String LOCK_FILE = IndexWriter.WRITE_LOCK_NAME;

  private final String location;
  private final Directory directory;
  private final Analyzer fields;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Ranker ranker;
  /** Whether every article has the topic field, so that the ranking may look terms up there. */
  private final boolean topicField;
  /** Whether every article has its topic vector, so that the ranking may use the semantic signal. */
  private final boolean topicVectors;
  private final AtomicLong changes = new AtomicLong();
  private volatile long refreshedAt;
  private volatile boolean closed;

  private LuceneArchive(String location, Directory directory, boolean mustExistAsLede) throws IOException {
    this.location = location;
    this.directory = directory;
    this.fields = Documents.analyzer();
    IndexWriter w = null;
    SearcherManager s = null;
    boolean topics = true;
    boolean vectors = true;
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
        int format = formatVersion(data.get(FORMAT_KEY));
        if (format > Integer.parseInt(FORMAT_VERSION)) { // its articles are not ours to write
          throw new IOException("index " + location + " is of format " + format
              + ", written by a later version of Lede; this version reads formats 1 to "
              + FORMAT_VERSION);
        }
        topics = format >= TOPIC_FORMAT;
        vectors = format >= VECTOR_FORMAT;
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
    this.topicVectors = vectors;
  }

  /** The format version in an index's commit data; 1 if it cannot be read as a number. */
  private static int formatVersion(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Opens (creating if missing) the index in a directory; see {@link ArticleIndex#open}. */
  static LuceneArchive open(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("not a directory: " + dir);
    }
    try {
      Files.createDirectories(dir);
    } catch (java.nio.file.FileSystemException e) { // their messages are the path alone
      String why = e.getReason() != null ? e.getMessage() : dir + ": "
          + (e instanceof java.nio.file.FileAlreadyExistsException
              ? "a file or a link to nothing is in its place"
              : e instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
                  : e.getClass().getSimpleName());
      throw new IOException("cannot create the index directory " + why, e);
    }
    return new LuceneArchive(dir.toString(), FSDirectory.open(dir), true);
  }

  /** The index in a directory the caller opened; for tests (a directory that pauses a sync). */
  static LuceneArchive on(String location, Directory directory) throws IOException {
    return new LuceneArchive(location, directory, true);
  }

  /** An empty index in memory. */
  static LuceneArchive inMemory() {
    try {
      return new LuceneArchive("(in memory)", new ByteBuffersDirectory(), true);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // memory does not fail with I/O errors
    }
  }

  @Override
  public void addAll(Map<String, ArticleAnalysis> articles) throws IOException {
    ensureOpen();
    for (Map.Entry<String, ArticleAnalysis> e : articles.entrySet()) {
      Document doc = Documents.toDocument(e.getKey(), e.getValue(), fields);
      try {
        writer.updateDocument(new Term(Documents.ID, e.getKey()), doc);
      } catch (AlreadyClosedException ex) {
        throw closedException(ex);
      }
      changes.incrementAndGet();
    }
  }

  @Override
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

  @Override
  public Optional<IndexedArticle> get(String id) throws IOException {
    requireNonNull(id, "id");
    IndexSearcher searcher = acquire();
    try {
      int doc = find(searcher, id);
      if (doc < 0) {
        return Optional.empty();
      }
      Document d = searcher.getIndexReader().storedFields().document(doc);
      return Optional.of(Documents.indexedArticle(d));
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public void checkIntegrity() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        leaf.reader().checkIntegrity();
      }
    } catch (CorruptIndexException | java.io.EOFException e) {
      throw new IOException("index " + location + " is corrupt: " + e.getMessage(), e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public int size() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  @Override
  public List<String> ids() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return allIds(searcher.getIndexReader());
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    } finally {
      release(searcher);
    }
  }

  @Override
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
        ranker.related(searcher, ranker.probe(searcher, doc, id), query, topicField, topicVectors));
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

  @Override
  public List<RelatedArticle> related(ArticleAnalysis analysis, RelatedQuery query)
      throws IOException {
    requireNonNull(analysis, "analysis");
    requireNonNull(query, "query");
    IndexSearcher searcher = acquire();
    try {
      return ranker.related(searcher, ranker.probe(analysis), query, topicField, topicVectors);
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public void commit() throws IOException {
    ensureOpen();
    try {
      writer.commit();
    } catch (AlreadyClosedException e) {
      throw closedException(e);
    }
  }

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
  public void rollback() throws IOException {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    IOUtils.close(searchers, writer::rollback, directory);
  }

  @Override
  public String location() {
    return location;
  }

  /**
   * How many holders the current reader has besides the searcher manager: 0 when no query holds
   * it. Tests check with it that every operation gives back the searcher it took.
   */
  int readerHolders() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().getRefCount() - 2;
    } finally {
      searchers.release(searcher);
    }
  }

  /** The current searcher, taken until {@link #release}; package-private for tests. */
  IndexSearcher acquire() throws IOException {
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

  void release(IndexSearcher searcher) throws IOException {
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

  private static boolean hasForeignFiles(Directory directory) throws IOException {
    return Arrays.stream(directory.listAll())
        .anyMatch(f -> !f.equals(LOCK_FILE) && !f.startsWith("extra"));
  }

  /** The ids of the live articles, in index order. */
  private static List<String> allIds(IndexReader reader) throws IOException {
    List<String> ids = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      StoredFields stored = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) {
        if (live == null || live.get(i)) {
          ids.add(stored.document(i, Set.of(Documents.ID)).get(Documents.ID));
        }
      }
    }
    return ids;
  }
}
