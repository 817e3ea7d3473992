package dev.lede.index;

import dev.lede.ArticleAnalysis;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * The SolrCloud backend of {@link ArticleIndex}: a collection reached with SolrJ, holding the same
 * fields as the embedded index (the document is built by {@link Documents} and copied field by
 * field, so both backends index the same strings through the same analysis chain).
 *
 * <p>Writes go to the shard leaders, which forward them to every live replica before
 * acknowledging. Reads after a write of this instance first ask for a soft commit, so that, as
 * on the embedded index, a change is visible to this instance's next read; {@link #commit()} is
 * a hard commit. {@link #get} is Solr's real-time get.
 *
 * <p>Thread-safe: SolrJ's cloud client is.
 */
final class SolrArchive implements Archive {

  /** Longest wait for a new collection's replicas to become active: 2 minutes. */
  static final Duration CREATE_TIMEOUT = Duration.ofMinutes(2);

  /** Ids read per request by {@link #ids()}. */
  static final int IDS_PAGE = 1_000;

  /** The longest reason a message quotes from SolrJ: 300 chars, enough to name the cause. */
  static final int MAX_REASON_CHARS = 300;

  /** Fields whose presence marks a collection as a Lede archive. */
  static final Set<String> REQUIRED_FIELDS = Set.of(Documents.ID, Documents.TEXT,
      Documents.TOPIC, Documents.ENTITY_STORED, Documents.SIMHASH);

  /** Fields holding several values; every other field holds one. */
  private static final Set<String> MULTI_VALUED = Set.of(Documents.ENTITY,
      Documents.ENTITY_STORED, Documents.DEMONYM, Documents.KEYWORD);

  /**
   * Exact keys that the collection's schema both stores and indexes, where the embedded index
   * stores a key over Lucene's longest term without indexing it.
   */
  private static final Set<String> STORED_KEYS = Set.of(Documents.DEMONYM, Documents.KEYWORD);

  private final CloudSolrClient client;
  private final SolrCollection target;
  private final Analyzer fields = Documents.analyzer();
  /** Runs requests of a related query side by side; daemon threads, which never block exit. */
  private final ExecutorService requests = Executors.newCachedThreadPool(runnable -> {
    Thread t = new Thread(runnable, "lede-solr-related");
    t.setDaemon(true);
    return t;
  });
  private final SolrRanking ranking = new SolrRanking(new Ranker(fields), requests);
  /** Why related() cannot rank on this collection (an earlier archive format), or null. */
  private volatile String unrankable;
  /**
   * Whether the collection's schema has the topic vectors; if not (an earlier format, such as
   * {@link SolrConfigSet#WITHOUT_VECTORS}), articles are written without them and related()
   * ignores the topic weight, as the embedded index does on an index of an earlier format.
   */
  private volatile boolean topicVectors = true;
  /** Writes of this instance acknowledged so far. */
  private final AtomicLong changes = new AtomicLong();
  /**
   * {@link #changes} read before the last commit (soft or hard) was asked for: the writes a
   * read can see without opening a searcher. Read before, since a write acknowledged while the
   * commit runs may miss its searcher.
   */
  private final AtomicLong visibleAt = new AtomicLong();
  /** As {@link #visibleAt}, for hard commits, which {@link #close()} makes if it is behind. */
  private final AtomicLong committedAt = new AtomicLong();
  /** Ids read per request by {@link #ids()}: {@link #IDS_PAGE}, smaller only in tests. */
  private final int idsPage;

  private SolrArchive(CloudSolrClient client, SolrCollection target, int idsPage) {
    this.client = client;
    this.target = target;
    this.idsPage = idsPage;
  }

  /**
   * Connects to the cluster and opens the collection, creating it (and uploading the configset)
   * if missing and the target allows it ({@link SolrCollection#createIfMissing()}), waiting as
   * long as the target says ({@link SolrCollection#connectTimeout()}, {@link
   * SolrCollection#answerTimeout()}).
   *
   * @throws IOException if the cluster cannot be reached, the collection is missing and may not
   *     be created, the collection cannot be created, or
   *     it exists without Lede's fields or is of a later archive format than {@link
   *     SolrConfigSet#NAME}
   */
  static SolrArchive open(SolrCollection target) throws IOException {
    Http2SolrClient.Builder http = SolrConnection.httpClient(target);
    try {
      return open(SolrConnection.cloudClient(target, http), target);
    } catch (SolrConnection.Unreachable e) {
      if (e.answered == null || http.shouldUseHttp1_1()) {
        throw e;
      }
      // A URL answered the check's plain HTTP/1.1 request but not SolrJ's, which speaks HTTP/2
      // (without asking) to a plain http:// URL: a proxy in front of Solr that speaks only
      // HTTP/1.1. Every request of the client then goes in HTTP/1.1, which Solr nodes speak too.
      try {
        return open(SolrConnection.cloudClient(target,
            SolrConnection.httpClient(target).useHttp1_1(true)), target);
      } catch (SolrConnection.Unreachable again) {
        IOException out = new IOException("cannot reach SolrCloud at " + target.address()
            + " in HTTP/2 or HTTP/1.1, though a plain HTTP/1.1 request had " + e.answered
            + " (is it a Solr node's base URL?): " + reason(again));
        out.addSuppressed(e);
        out.addSuppressed(again);
        throw out;
      }
    }
  }

  /** Opens the collection through this client, which is closed if that fails. */
  static SolrArchive open(CloudSolrClient client, SolrCollection target) throws IOException {
    return open(client, target, IDS_PAGE);
  }

  /**
   * As {@link #open(CloudSolrClient, SolrCollection)}, reading {@code idsPage} ids per request in
   * {@link #ids()}: a test seam, so that a few articles take several pages.
   */
  static SolrArchive open(CloudSolrClient client, SolrCollection target, int idsPage)
      throws IOException {
    SolrArchive archive = new SolrArchive(client, target, idsPage);
    try {
      archive.ensureCollection();
      return archive;
    } catch (IOException | RuntimeException e) {
      closeQuietly(client);
      throw e;
    } catch (InterruptedException e) {
      closeQuietly(client);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while opening " + archive.location(), e);
    }
  }

  private void ensureCollection() throws IOException, InterruptedException {
    boolean exists;
    try {
      exists = exists();
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw SolrConnection.unreachable(target, e);
    }
    String name = target.name();
    if (exists) {
      checkSchema(false);
      return;
    }
    if (!target.createIfMissing()) {
      throw new IOException("no collection '" + name + "' at " + target.address());
    }
    try {
      uploadConfigSet();
      CollectionAdminRequest.createCollection(name, SolrConfigSet.NAME, target.shards(),
          target.replicas()).process(client);
    } catch (SolrServerException | IOException | RuntimeException e) {
      if (!existsAfterAll(e)) {
        throw failure("cannot create collection '" + name + "' at " + target.address() + ": ",
            e);
      }
      // Another client created it since the list ("already exists"): use theirs, in their
      // layout, once it can answer, as if it had been there when this one looked.
      waitUntil((c, live) -> c.getSlices().stream().allMatch(
          slice -> slice.getLeader() != null && slice.getLeader().isActive(live)),
          "has shards still without an active leader");
      checkSchema(false);
      return;
    }
    waitUntil((c, live) -> c.getSlices().size() == target.shards()
        && c.getReplicas().size() == target.shards() * target.replicas()
        && c.getReplicas().stream().allMatch(r -> r.isActive(live)),
        "has replicas still not active");
    // A configset of Lede's name that the cluster already had may be someone else's.
    checkSchema(true);
  }

  /**
   * Uploads Lede's configset unless the cluster has one of its name; an upload refused because
   * another client uploaded it meanwhile counts as done.
   */
  private void uploadConfigSet() throws SolrServerException, IOException {
    if (new ConfigSetAdminRequest.List().process(client).getConfigSets()
        .contains(SolrConfigSet.NAME)) {
      return;
    }
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
    upload.setConfigSetName(SolrConfigSet.NAME);
    upload.setUploadStream(new ContentStreamBase.ByteArrayStream(SolrConfigSet.zip(),
        SolrConfigSet.NAME + ".zip", "application/zip"));
    try {
      upload.process(client);
    } catch (SolrServerException | IOException | RuntimeException e) {
      if (!new ConfigSetAdminRequest.List().process(client).getConfigSets()
          .contains(SolrConfigSet.NAME)) {
        throw e;
      }
    }
  }

  /**
   * Whether the name is a collection's or an alias's: an alias is how SolrCloud users point
   * clients at the collection of the day, and requests to it reach that collection.
   */
  private boolean exists() throws SolrServerException, IOException {
    return CollectionAdminRequest.listCollections(client).contains(target.name())
        || new CollectionAdminRequest.ListAliases().process(client).getAliases()
            .containsKey(target.name());
  }

  /**
   * Whether the collection exists after its creation failed: another client made it meanwhile.
   * Asked again rather than read from the failure's message, which is Solr's to word.
   */
  private boolean existsAfterAll(Exception failure) {
    try {
      return exists();
    } catch (SolrServerException | IOException | RuntimeException e) {
      failure.addSuppressed(e);
      return false;
    }
  }

  /**
   * Waits until the collection's state meets the condition (given the live nodes), at most
   * {@link #CREATE_TIMEOUT}; for an alias, the state of every collection it names.
   *
   * @param still what the message says of the collection when it never does
   */
  private void waitUntil(BiPredicate<DocCollection, Set<String>> ready, String still)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + CREATE_TIMEOUT.toNanos();
    while (true) {
      ClusterStateProvider state = client.getClusterStateProvider();
      Set<String> live = state.getLiveNodes();
      // The name may be an alias that another client made while this one created the
      // collection; the cluster state has no collection of an alias's name, so its own
      // collections are the ones to wait for (the name itself if it is none).
      List<String> names = state.resolveAlias(target.name());
      boolean met = !names.isEmpty();
      for (String name : names) {
        DocCollection c = state.getCollection(name);
        met &= c != null && ready.test(c, live);
      }
      if (met) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("collection '" + target.name() + "' at " + target.address()
            + " " + still + " after " + CREATE_TIMEOUT.toSeconds() + " s");
      }
      Thread.sleep(200);
    }
  }

  /**
   * Reads the collection's schema: refuses a later format or a schema without Lede's fields,
   * and notes what an earlier format cannot do.
   *
   * @param created whether this instance just created the collection, from the cluster's
   *     configset of Lede's name, which a schema without Lede's fields shows to be another's
   */
  private void checkSchema(boolean created) throws IOException {
    String schema = run(() -> new SchemaRequest.SchemaName().process(client, target.name()))
        .getSchemaName();
    int format = SolrConfigSet.format(schema);
    if (format > SolrConfigSet.format(SolrConfigSet.NAME)) { // its articles are not ours to write
      throw new IOException("collection '" + target.name() + "' at " + target.address()
          + " is of format " + schema + ", made by a later version of Lede; this version reads"
          + " formats up to " + SolrConfigSet.NAME);
    }
    topicVectors = SolrConfigSet.NAME.equals(schema);
    if (!topicVectors && !SolrConfigSet.WITHOUT_VECTORS.equals(schema)) {
      unrankable = "the collection's schema is '" + schema + "', not " + SolrConfigSet.NAME
          + ": related() needs the stored names and BM25 topic field of "
          + SolrConfigSet.WITHOUT_VECTORS + " or later"
          + " (create a new collection and index the articles again)";
    }
    Set<String> names = new java.util.HashSet<>();
    for (Map<String, Object> f : run(() -> new SchemaRequest.Fields().process(client,
        target.name())).getFields()) {
      names.add(String.valueOf(f.get("name")));
    }
    Set<String> required = new TreeSet<>(REQUIRED_FIELDS);
    if (topicVectors) {
      required.add(Documents.VECTOR); // the current format writes every article's vector
    }
    for (String field : required) {
      if (!names.contains(field) && created) {
        throw new IOException("collection '" + target.name() + "' at " + target.address()
            + " was created from the cluster's configset '" + SolrConfigSet.NAME
            + "', which is not Lede's: its schema ('" + schema + "') has no field '" + field
            + "' (upload Lede's in its place, written by lede solr-config DIR, then delete"
            + " the collection and open it again)");
      }
      if (!names.contains(field)) {
        throw new IOException("collection '" + target.name() + "' at " + target.address()
            + " is not a Lede archive: its schema has no field '" + field
            + "' (create it with Lede's configset: lede solr-config DIR)");
      }
    }
  }

  @Override
  public void addAll(Map<String, ArticleAnalysis> articles) throws IOException {
    List<SolrInputDocument> docs = new ArrayList<>(articles.size());
    articles.forEach((id, a) -> {
      SolrInputDocument d = toSolr(Documents.toDocument(id, a, fields));
      if (!topicVectors) {
        d.removeField(Documents.VECTOR); // an earlier schema has no field for it
      }
      docs.add(d);
    });
    run(() -> client.add(target.name(), docs));
    changes.incrementAndGet();
  }

  /** The Lucene document's values as a Solr document: one value per single-valued field. */
  static SolrInputDocument toSolr(Document d) {
    SolrInputDocument s = new SolrInputDocument();
    for (IndexableField f : d.getFields()) {
      if (f.name().equals(Documents.TEXT_NORM) || f.name().equals(Documents.STYLE)
          || f.name().equals(Documents.CARD)) {
        continue; // computed from the stored text when ranking; results read stored fields
      }
      if (f instanceof KnnFloatVectorField v) {
        // Solr takes a dense vector as one value, the list of its components.
        List<Float> components = new ArrayList<>(v.vectorValue().length);
        for (float c : v.vectorValue()) {
          components.add(c);
        }
        s.setField(f.name(), components);
        continue;
      }
      Object value = f.numericValue() != null ? f.numericValue() : f.stringValue();
      if (value == null) {
        continue;
      }
      if (STORED_KEYS.contains(f.name()) && value instanceof String key
          && UnicodeUtil.calcUTF16toUTF8Length(key, 0, key.length())
              > IndexWriter.MAX_TERM_LENGTH) {
        // Solr would refuse the whole article (and its batch) for it; the key matches nothing
        // on the embedded index either, so only the stored list of keywords lacks it.
        continue;
      }
      if (MULTI_VALUED.contains(f.name())) {
        s.addField(f.name(), value);
      } else if (!s.containsKey(f.name())) {
        // A Lucene document holds some values twice (indexed and stored, point and doc value).
        s.setField(f.name(), value);
      }
    }
    return s;
  }

  @Override
  public void delete(String id) throws IOException {
    run(() -> client.deleteById(target.name(), id));
    changes.incrementAndGet();
  }

  @Override
  public Optional<IndexedArticle> get(String id) throws IOException {
    SolrDocumentList found = run(() -> SolrRanking.realTimeGet(client, target.name(),
        List.of(id), null));
    return found.isEmpty() ? Optional.empty()
        : Optional.of(Documents.indexedArticle(SolrRanking.toLucene(found.get(0))));
  }

  @Override
  public int size() throws IOException {
    makeVisible();
    QueryResponse r = run(() -> client.query(target.name(), new SolrQuery("*:*").setRows(0)));
    return Math.toIntExact(r.getResults().getNumFound());
  }

  @Override
  public List<String> ids() throws IOException {
    makeVisible();
    List<String> ids = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery("*:*").setFields(Documents.ID).setRows(idsPage)
          .setSort(Documents.ID, SolrQuery.ORDER.asc);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = run(() -> client.query(target.name(), q));
      for (SolrDocument d : r.getResults()) {
        ids.add((String) d.getFieldValue(Documents.ID));
      }
      String next = r.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return ids;
      }
      cursor = next;
    }
  }

  @Override
  public List<RelatedArticle> related(String id, RelatedQuery query) throws IOException {
    checkRankable();
    makeVisible();
    return rank(() -> ranking.related(client, target.name(), id, query, topicVectors));
  }

  @Override
  public List<RelatedArticle> related(ArticleAnalysis analysis, RelatedQuery query)
      throws IOException {
    checkRankable();
    makeVisible();
    Ranker.Probe probe = ranking.probe(analysis);
    return rank(() -> ranking.related(client, target.name(), probe, query, topicVectors));
  }

  private void checkRankable() throws IOException {
    if (unrankable != null) {
      throw new IOException(location() + ": " + unrankable);
    }
  }

  /**
   * Runs a ranking; SolrJ's failures (the IOExceptions of its requests included, which name no
   * collection) become IOExceptions naming the collection, while the ranking's own exceptions
   * (no such article, a baseline ranking) pass unchanged.
   */
  private List<RelatedArticle> rank(SolrCall<List<RelatedArticle>> call) throws IOException {
    try {
      return call.call();
    } catch (java.util.NoSuchElementException | UnsupportedOperationException e) {
      throw e;
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw failure(location() + ": ", e);
    }
  }

  @Override
  public void commit() throws IOException {
    long seen = changes.get();
    run(() -> client.commit(target.name(), true, true));
    visibleAt.accumulateAndGet(seen, Math::max);
    committedAt.accumulateAndGet(seen, Math::max);
  }

  /**
   * Commits this instance's writes since its last commit, as the embedded index does on close:
   * the collection opens no searcher by itself (no auto soft commit), so without it other
   * clients would not see them. Then closes the client, whether the commit worked or not.
   */
  @Override
  public void close() throws IOException {
    try {
      if (changes.get() > committedAt.get()) {
        commit();
      }
    } catch (IOException | RuntimeException e) {
      requests.shutdown();
      closeQuietly(client);
      throw e;
    }
    requests.shutdown();
    client.close();
  }

  @Override
  public String location() {
    return "SolrCloud " + target.address() + ", collection " + target.name();
  }

  /** Opens a new searcher (a soft commit) if this instance wrote since the last one. */
  private void makeVisible() throws IOException {
    long seen = changes.get();
    if (seen > visibleAt.get()) {
      run(() -> client.commit(target.name(), true, true, true));
      visibleAt.accumulateAndGet(seen, Math::max);
    }
  }

  /** A SolrJ call. */
  private interface SolrCall<T> {
    T call() throws SolrServerException, IOException;
  }

  /**
   * Runs a SolrJ call; its failures, its own IOExceptions included, become IOExceptions that
   * name the collection.
   */
  private <T> T run(SolrCall<T> call) throws IOException {
    try {
      return call.call();
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw failure(location() + ": ", e);
    }
  }

  /**
   * An IOException of this message followed by the {@link #reason} of a SolrJ failure, caused
   * by the exception that reason is from: not SolrJ's wrappers, whose messages (lists of nodes,
   * whole requests) a one-line report of the exception and its cause would add to it. Where the
   * reason is not that exception's whole message (cut, or its first line only), the failure
   * is kept as a suppressed exception instead, for its stack trace.
   */
  static IOException failure(String message, Throwable e) {
    String reason = reason(e);
    Throwable deepest = deepest(e);
    if (reason.equals(deepest.getMessage())) {
      return new IOException(message + reason, deepest);
    }
    IOException out = new IOException(message + reason);
    out.addSuppressed(e);
    return out;
  }

  /** The deepest exception of a chain that has a message; {@code e} if none has. */
  private static Throwable deepest(Throwable e) {
    Throwable found = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        found = t;
      }
    }
    return found;
  }

  /**
   * The first line of the deepest message, without SolrJ's wrapping, cut to
   * {@link #MAX_REASON_CHARS} (some of SolrJ's messages hold a whole request URL).
   */
  static String reason(Throwable e) {
    Throwable t = deepest(e);
    String msg = t.getMessage() != null && !t.getMessage().isBlank() ? t.getMessage()
        : e.getClass().getSimpleName();
    String line = msg.lines().findFirst().orElse(msg).strip();
    return line.length() <= MAX_REASON_CHARS ? line
        : line.substring(0, MAX_REASON_CHARS - 3) + "...";
  }

  private static void closeQuietly(CloudSolrClient client) {
    try {
      client.close();
    } catch (IOException | RuntimeException e) {
      // already failing; the first error is the one to report
    }
  }
}
