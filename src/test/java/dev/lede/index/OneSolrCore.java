package dev.lede.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.CoreContainer;

/**
 * Solr cores with Lede's configset in this JVM, without ZooKeeper or HTTP, made once per JVM
 * (PIT runs each test method on its own, class set-up included): {@code archive} for ranking,
 * {@code writes} for writes, {@code old} with the schema of an earlier archive format
 * ({@code lede-2}), {@code lede3} with that of the format before topic vectors
 * ({@link SolrConfigSet#WITHOUT_VECTORS}), {@code later} with that of a later format
 * ({@code lede-12}), {@code plain}, a schema without Lede's fields, {@code novector}, a
 * schema named as the current format's without its topic vectors, and
 * {@code small}, for tests that rank a handful of articles of their own (each empties it first).
 * {@link #client} is a {@link CloudSolrClient} that sends each request to the core named as its
 * collection, so that {@link SolrArchive} and {@link SolrRanking} send the requests they send
 * to SolrCloud.
 */
final class OneSolrCore {

  /** The cores; each is also a "collection" of {@link #client}. */
  static final List<String> CORES = List.of("archive", "writes", "old", "lede3", "plain",
      "small", "adaptive", "later", "novector");

  /** The address the collections of {@link #client} give in messages. */
  static final String URL = "http://one-core:8983/solr";

  private static EmbeddedSolrServer server;

  private OneSolrCore() {}

  /** The cores' server, started on first use. */
  static synchronized EmbeddedSolrServer server() {
    if (server == null) {
      try {
        server = start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  private static EmbeddedSolrServer start() throws IOException {
    Path home = Files.createTempDirectory("lede-solr-core");
    home.toFile().deleteOnExit();
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    for (String core : CORES) {
      Path conf = home.resolve(core).resolve("conf");
      SolrConfigSet.writeTo(conf);
      Files.writeString(home.resolve(core).resolve("core.properties"), "name=" + core + "\n");
      // One core has no shards to ask: the /terms handler answers from its own index.
      replace(conf.resolve("solrconfig.xml"), "<bool name=\"distrib\">true</bool>",
          "<bool name=\"distrib\">false</bool>");
    }
    replace(home.resolve("old/conf/schema.xml"), "<schema name=\"" + SolrConfigSet.NAME + "\"",
        "<schema name=\"lede-2\"");
    replace(home.resolve("later/conf/schema.xml"), "<schema name=\"" + SolrConfigSet.NAME + "\"",
        "<schema name=\"lede-12\"");
    replace(home.resolve("lede3/conf/schema.xml"), "<schema name=\"" + SolrConfigSet.NAME + "\"",
        "<schema name=\"" + SolrConfigSet.WITHOUT_VECTORS + "\"");
    replace(home.resolve("lede3/conf/schema.xml"), "<field name=\"" + Documents.VECTOR
        + "\" type=\"lede_topic_vector\" indexed=\"true\" stored=\"true\"/>", "");
    replace(home.resolve("novector/conf/schema.xml"), "<field name=\"" + Documents.VECTOR
        + "\" type=\"lede_topic_vector\" indexed=\"true\" stored=\"true\"/>", "");
    Files.writeString(home.resolve("plain/conf/schema.xml"), """
        <schema name="plain" version="1.6">
          <uniqueKey>id</uniqueKey>
          <fieldType name="string" class="solr.StrField"/>
          <fieldType name="plong" class="solr.LongPointField" docValues="true"/>
          <field name="id" type="string" indexed="true" stored="true" required="true"/>
          <field name="text" type="string" indexed="true" stored="true"/>
          <field name="_version_" type="plong" indexed="false" stored="false"/>
        </schema>
        """);
    return new EmbeddedSolrServer(CoreContainer.createAndLoad(home), CORES.get(0));
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    if (!text.contains(from)) {
      throw new IllegalStateException(file + " no longer holds " + from);
    }
    Files.writeString(file, text.replace(from, to));
  }

  /** A new client of the cores. */
  static CoreClient client() {
    return new CoreClient(server());
  }

  /** A collection of {@link #client}: the core of this name. */
  static SolrCollection collection(String name) {
    return SolrCollection.viaUrls(List.of(URL), name);
  }

  /**
   * A cloud client whose collections are the cores: the collection list (and an empty list of
   * aliases) is answered here, every other request goes to the core. It can be made to fail, as a lost cluster does.
   */
  static final class CoreClient extends CloudSolrClient {
    private final EmbeddedSolrServer server;
    volatile boolean closed;
    /** The failure every request meets (those {@link #failing} accepts), or null. */
    volatile Exception failure;
    /** The requests that meet the {@link #failure}: every one unless narrowed. */
    volatile java.util.function.Predicate<SolrRequest<?>> failing = r -> true;
    /** Runs after each request the core answered, before the caller gets the answer. */
    volatile java.util.function.Consumer<SolrRequest<?>> answered = r -> {};
    /** The handler path of every request sent, in order. */
    final List<String> paths = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<String> collections = new ArrayList<>(CORES);

    CoreClient(EmbeddedSolrServer server) {
      super(true, false, false);
      this.server = server;
    }

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection)
        throws SolrServerException, IOException {
      Exception f = failing.test(request) ? failure : null;
      if (f instanceof SolrServerException e) {
        throw e;
      } else if (f instanceof IOException e) {
        throw e;
      } else if (f instanceof RuntimeException e) {
        throw e;
      }
      paths.add(String.valueOf(request.getPath()));
      if (request instanceof CollectionAdminRequest.List) {
        NamedList<Object> out = new NamedList<>();
        out.add("collections", new ArrayList<>(collections));
        return out;
      }
      if (request instanceof CollectionAdminRequest.ListAliases) {
        NamedList<Object> out = new NamedList<>();
        out.add("aliases", new java.util.HashMap<String, String>());
        return out;
      }
      NamedList<Object> answer = server.request(request, collection);
      answered.accept(request);
      return answer;
    }

    @Override
    protected LBSolrClient getLbClient() {
      throw new UnsupportedOperationException("one core: no load balancer");
    }

    @Override
    public ClusterStateProvider getClusterStateProvider() {
      throw new UnsupportedOperationException("one core: no cluster state");
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
