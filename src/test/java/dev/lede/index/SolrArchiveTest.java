package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import dev.lede.ArticleAnalysis;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleIndex} on a real SolrCloud: two Jetty nodes and ZooKeeper in this JVM, one
 * cluster for the class; each test uses its own collection, which Lede creates (2 shards x 2
 * replicas) from the configset in the jar.
 */
@Tag("solrcloud")
final class SolrArchiveTest {

  private static Path base;
  private static MiniSolrCloudCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    base = Files.createTempDirectory("lede-solrcloud");
    cluster = new MiniSolrCloudCluster.Builder(2, base).build();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
    if (base != null) {
      org.apache.lucene.util.IOUtils.rm(base);
    }
  }

  /** A collection of the test cluster, reached through ZooKeeper (address with chroot). */
  private static SolrCollection collection(String name) {
    return SolrCollection.viaZooKeeper(cluster.getZkServer().getZkAddress(), name);
  }

  private static ArticleIndex open(String name) throws IOException {
    return ArticleIndex.openSolr(collection(name), Fixtures.analyzer());
  }

  @Test
  void openSolr_missingCollection_createdWithTwoShardsOfTwoReplicas() throws Exception {
    try (ArticleIndex index = open("created")) {
      assertThat(index.size()).isZero();
      assertThat(index.toString()).contains("collection created");
    }
    DocCollection c = cluster.getSolrClient().getClusterState().getCollection("created");
    assertThat(c.getSlices()).hasSize(2);
    assertThat(c.getReplicas()).hasSize(4);
    assertThat(c.getConfigName()).isEqualTo(SolrConfigSet.NAME);
    // opened again: the existing collection is used as it is
    try (ArticleIndex again = open("created")) {
      assertThat(again.size()).isZero();
    }
  }

  @Test
  void addReplaceDeleteGet_likeTheEmbeddedIndex() throws Exception {
    Map<String, ArticleAnalysis> samples = Fixtures.samples();
    try (ArticleIndex solr = open("crud");
        ArticleIndex embedded = ArticleIndex.inMemory(Fixtures.analyzer())) {
      solr.addAll(samples);
      embedded.addAll(samples);
      // visible at once, before any commit, as on the embedded index
      assertThat(solr.size()).isEqualTo(samples.size()).isEqualTo(embedded.size());
      assertThat(solr.ids()).isEqualTo(embedded.ids().stream().sorted().toList());
      for (String id : samples.keySet()) {
        assertThat(solr.get(id)).as(id).isEqualTo(embedded.get(id)).isPresent();
      }

      String id = samples.keySet().iterator().next();
      ArticleAnalysis replacement = Fixtures.analysis("Ferry timetable changes",
          "The island ferry leaves at seven from next week, the operator said.", "Travel",
          "2025-06-01", List.of(), List.of("NO"));
      solr.add(id, replacement);
      embedded.add(id, replacement);
      assertThat(solr.get(id)).isEqualTo(embedded.get(id));
      assertThat(solr.get(id).orElseThrow().title()).isEqualTo("Ferry timetable changes");
      assertThat(solr.size()).isEqualTo(samples.size());

      solr.delete(id);
      solr.delete("never-there");
      assertThat(solr.get(id)).isEmpty();
      assertThat(solr.size()).isEqualTo(samples.size() - 1);
      assertThat(solr.ids()).doesNotContain(id).hasSize(samples.size() - 1);
      solr.commit();
    }
    try (ArticleIndex reopened = open("crud")) {
      assertThat(reopened.size()).isEqualTo(samples.size() - 1);
    }
  }

  @Test
  void ids_anyUnicodeUpToTheLimit_likeTheEmbeddedIndex() throws Exception {
    // Routing marks of Solr's compositeId router (!, /), query syntax, and ids at the limit of
    // MAX_ID_CHARS whose UTF-8 is 8 to 12 KB (URL-encoded, three times that).
    List<String> ids = List.of("tenant!story", "a!b!c", "a!b!c!d", "x/40!y", "x/z!y", "!", "!!",
        "shard/", "with space", "quo\"te", "co:lon", "sl/ash", "com,ma", "back\\slash",
        "AND", "*", "(", "\u00e9moji\ud83d\ude00", "\u00e9".repeat(ArticleIndex.MAX_ID_CHARS),
        "\ud83d\ude00".repeat(ArticleIndex.MAX_ID_CHARS / 2));
    ArticleAnalysis harbour = Fixtures.analysis("Harbour strike ends",
        "Dockers at the harbour ended their strike after the owners raised wages.");
    ArticleAnalysis again = Fixtures.analysis("Harbour strike spreads",
        "Dockers in a second harbour joined the strike over wages on Monday.");
    List<String> problems = new CopyOnWriteArrayList<>();
    try (ArticleIndex solr = open("odd-ids");
        ArticleIndex embedded = ArticleIndex.inMemory(Fixtures.analyzer())) {
      for (String id : ids) {
        embedded.add(id, id.equals("!") ? again : harbour);
        try {
          solr.add(id, id.equals("!") ? again : harbour);
        } catch (IOException | RuntimeException e) {
          problems.add("add " + shortId(id) + ": " + e.getMessage());
        }
      }
      for (String id : ids) {
        try {
          if (!solr.get(id).equals(embedded.get(id))) {
            problems.add("get " + shortId(id) + " differs");
          }
          RelatedQuery q = RelatedQuery.builder().limit(3).excludeIds(new HashSet<>(ids.subList(
              ids.size() - 2, ids.size()))).build();
          if (!solr.related(id, q).equals(embedded.related(id, q))) {
            problems.add("related " + shortId(id) + " differs");
          }
        } catch (IOException | RuntimeException e) {
          problems.add("read " + shortId(id) + ": " + e.getMessage());
        }
      }
      assertThat(solr.size()).isEqualTo(ids.size());
      for (String id : ids) {
        try {
          solr.delete(id);
          if (solr.get(id).isPresent()) {
            problems.add("delete " + shortId(id) + " left it");
          }
        } catch (IOException | RuntimeException e) {
          problems.add("delete " + shortId(id) + ": " + e.getMessage());
        }
      }
      assertThat(solr.size()).isZero();
    }
    assertThat(problems).isEmpty();
  }

  private static String shortId(String id) {
    return id.length() > 20 ? id.substring(0, 10) + "...(" + id.length() + " chars)" : id;
  }

  @Test
  void stopNodeWhileIndexing_everyAcknowledgedArticleIsThereOnce() throws Exception {
    ArticleAnalysis analysis = Fixtures.analysis("Harbour crane count",
        "The port counted its cranes again this morning for the yearly report.");
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    AtomicInteger failedWrites = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    try (ArticleIndex index = open("failover")) {
      Thread writer = new Thread(() -> {
        for (int i = 0; !stop.get(); i++) {
          String id = "article-" + i;
          try {
            index.add(id, analysis);
            acknowledged.add(id);
            Thread.sleep(2); // a steady stream, not a loop that starves the recovering replica
          } catch (IOException e) {
            failedWrites.incrementAndGet(); // not acknowledged: may or may not be there
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
      writer.start();
      waitFor(() -> acknowledged.size() >= 50);

      JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
      cluster.waitForJettyToStop(stopped);
      // Leaders move to the live node within seconds; until then a commit (which size() issues)
      // is refused ("No leader replicas available"), so the reads start once each shard has one.
      cluster.getZkStateReader().waitForState("failover", 60, TimeUnit.SECONDS,
          (live, coll) -> coll != null && coll.getSlices().stream().allMatch(
              slice -> slice.getLeader() != null && slice.getLeader().isActive(live)));
      int ackedBeforeStop = acknowledged.size();
      int reads = 0;
      // Queries keep answering while the node is down (replicas on the other node).
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
      while (System.nanoTime() < until) {
        assertThat(index.get("article-0")).isPresent();
        assertThat(index.size()).isPositive();
        reads++;
      }
      waitFor(() -> acknowledged.size() >= ackedBeforeStop + 50);

      cluster.startJettySolrRunner(stopped);
      // Recovery replays the updates the node missed while the writer goes on; on a loaded
      // 2-core CI machine that took longer than the 30 s default wait.
      cluster.waitForActiveCollection("failover", 180, TimeUnit.SECONDS, 2, 4);
      int ackedBeforeRestart = acknowledged.size();
      waitFor(() -> acknowledged.size() >= ackedBeforeRestart + 20);
      stop.set(true);
      writer.join();
      index.commit();

      List<String> ids = index.ids();
      assertThat(new HashSet<>(ids)).hasSameSizeAs(ids); // no article twice
      assertThat(ids).containsAll(acknowledged);
      assertThat(index.size()).isEqualTo(ids.size());
      assertThat(ids.size() - acknowledged.size()).isBetween(0, failedWrites.get());
      assertThat(reads).isPositive();
    }
  }

  @Test
  void openSolr_unreachableCluster_clearIoException() {
    SolrCollection nowhere = SolrCollection.viaUrls(List.of("http://127.0.0.1:1/solr"), "x");
    assertThatThrownBy(() -> ArticleIndex.openSolr(nowhere, Fixtures.analyzer()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot reach SolrCloud at http://127.0.0.1:1/solr: ");
  }

  @Test
  void openSolr_urlOfAProxySpeakingOnlyHttp11_opensThroughIt() throws Exception {
    // A proxy in front of Solr that speaks HTTP/1.1 only, as the JDK's HTTP server does, where
    // SolrJ speaks HTTP/2 to a plain http:// URL.
    HttpServer proxy = http11Proxy(cluster.getJettySolrRunner(0).getBaseUrl().toString());
    try {
      String url = "http://127.0.0.1:" + proxy.getAddress().getPort() + "/solr";
      SolrCollection c = SolrCollection.viaUrls(List.of(url), "proxied").withLayout(1, 1);
      try (ArticleIndex index = ArticleIndex.openSolr(c, Fixtures.analyzer())) {
        index.add("harbour", Fixtures.analysis("Harbour strike ends",
            "Dockers at the harbour ended their strike after the owners raised wages."));
        assertThat(index.size()).isEqualTo(1);
      }
      try (ArticleIndex reader = ArticleIndex.openSolr(c.existing(), Fixtures.analyzer())) {
        assertThat(reader.ids()).containsExactly("harbour");
      }
    } finally {
      proxy.stop(0);
    }
  }

  /**
   * A reverse proxy to the Solr node at this base URL that speaks HTTP/1.1 only: the JDK's HTTP
   * server, forwarding the method, path, query, body and content type.
   */
  private static HttpServer http11Proxy(String nodeBaseUrl) throws IOException {
    URI node = URI.create(nodeBaseUrl);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        0), 0);
    proxy.createContext("/", exchange -> {
      try (exchange) {
        HttpRequest.Builder forward = HttpRequest.newBuilder(node.resolve(
            exchange.getRequestURI().toString()))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(
                exchange.getRequestBody().readAllBytes()));
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null) {
          forward.header("Content-Type", type);
        }
        HttpResponse<byte[]> answer = http.send(forward.build(),
            HttpResponse.BodyHandlers.ofByteArray());
        answer.headers().firstValue("Content-Type")
            .ifPresent(t -> exchange.getResponseHeaders().add("Content-Type", t));
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    proxy.start();
    return proxy;
  }

  @Test
  void openSolr_wrongChroot_saysNoClusterStateUnderIt() {
    // ZooKeeper answers, but nothing of Solr's lives under the chroot given.
    String zk = cluster.getZkServer().getZkAddress();
    String hosts = zk.substring(0, zk.indexOf('/'));
    for (SolrCollection wrong : List.of(SolrCollection.viaZooKeeper(hosts + "/solrx", "news"),
        SolrCollection.viaZooKeeper(hosts + "/solrx", "news").existing())) {
      assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
          assertThatThrownBy(() -> ArticleIndex.openSolr(wrong, Fixtures.analyzer()))
              .isInstanceOf(IOException.class)
              .hasMessage("cannot reach SolrCloud at " + hosts + "/solrx: no Solr cluster state"
                  + " under the ZooKeeper chroot /solrx (ZooKeeper answered, but has no"
                  + " /aliases.json there); check the chroot: the path after the hosts in"
                  + " Solr's ZK_HOST, such as /solr"));
    }
  }

  @Test
  void openSolr_collectionWithoutLedeFields_refused() throws Exception {
    Path conf = Files.createDirectories(base.resolve("plain-conf"));
    SolrConfigSet.writeTo(conf);
    Files.writeString(conf.resolve("schema.xml"), """
        <schema name="plain" version="1.6">
          <uniqueKey>id</uniqueKey>
          <fieldType name="string" class="solr.StrField"/>
          <fieldType name="plong" class="solr.LongPointField" docValues="true"/>
          <field name="id" type="string" indexed="true" stored="true" required="true"/>
          <field name="_version_" type="plong" indexed="false" stored="false"/>
        </schema>
        """);
    cluster.uploadConfigSet(conf, "plain");
    org.apache.solr.client.solrj.request.CollectionAdminRequest
        .createCollection("plain", "plain", 1, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection("plain", 1, 1);

    assertThatThrownBy(() -> open("plain"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("collection 'plain'")
        .hasMessageContaining("is not a Lede archive: its schema has no field");
  }

  @Test
  void openSolr_foreignConfigSetUnderLedesName_newCollectionRefused() throws Exception {
    // Someone else's configset that happens to be named like Lede's: creation must not trust it.
    Path foreign = Files.createDirectories(base.resolve("foreign-conf"));
    SolrConfigSet.writeTo(foreign);
    Files.writeString(foreign.resolve("schema.xml"), """
        <schema name="newsroom" version="1.6">
          <uniqueKey>id</uniqueKey>
          <fieldType name="string" class="solr.StrField"/>
          <fieldType name="plong" class="solr.LongPointField" docValues="true"/>
          <field name="id" type="string" indexed="true" stored="true" required="true"/>
          <field name="headline" type="string" indexed="true" stored="true"/>
          <field name="_version_" type="plong" indexed="false" stored="false"/>
        </schema>
        """);
    cluster.uploadConfigSet(foreign, SolrConfigSet.NAME);
    try {
      assertThatThrownBy(() -> open("foreign"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("collection 'foreign'")
          .hasMessageContaining("configset '" + SolrConfigSet.NAME + "'")
          .hasMessageContaining("is not Lede's: its schema ('newsroom') has no field '");
      // opened again, the collection it made is refused as any collection without Lede's fields
      assertThatThrownBy(() -> open("foreign"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("is not a Lede archive: its schema has no field");
    } finally {
      // the other tests create their collections from Lede's configset of this name
      Path lede = Files.createDirectories(base.resolve("lede-conf"));
      SolrConfigSet.writeTo(lede);
      cluster.uploadConfigSet(lede, SolrConfigSet.NAME);
    }
  }

  /** What an intercepting client does with a request first: an answer, or null to pass it on. */
  @FunctionalInterface
  private interface Interceptor {
    NamedList<Object> answer(SolrRequest<?> request, String collection)
        throws SolrServerException, IOException;
  }

  /**
   * A client that lets {@code first} see (and answer or act on) each request before the
   * cluster's client {@code real} does: another client's moves, made at the moment Lede's land.
   */
  private static CloudSolrClient intercepting(CloudSolrClient real, Interceptor first) {
    return new CloudSolrClient(true, false, false) {
      @Override
      public NamedList<Object> request(SolrRequest<?> request, String collection)
          throws SolrServerException, IOException {
        NamedList<Object> answer = first.answer(request, collection);
        return answer != null ? answer : real.request(request, collection);
      }

      @Override
      protected LBSolrClient getLbClient() {
        throw new UnsupportedOperationException("requests go through request()");
      }

      @Override
      public ClusterStateProvider getClusterStateProvider() {
        return real.getClusterStateProvider();
      }

      @Override
      public void close() {
        // the cluster's client outlives the archive
      }
    };
  }

  @Test
  void openSolr_anotherClientCreatesItFirst_usesTheirCollection() throws Exception {
    // Lede's client finds neither Lede's configset nor the collection, then another client's
    // upload and creation (of another layout) land before its own: both answer "already exists".
    // Only the first look is stale; asked again, the cluster tells the truth.
    CloudSolrClient real = cluster.getSolrClient();
    List<String> othersFirst = new CopyOnWriteArrayList<>();
    CloudSolrClient late = intercepting(real, (request, collection) -> {
      if (request instanceof ConfigSetAdminRequest.List && othersFirst.isEmpty()) {
        NamedList<Object> answer = real.request(request, collection);
        @SuppressWarnings("unchecked")
        List<String> names = new ArrayList<>((List<String>) answer.get("configSets"));
        if (!names.contains(SolrConfigSet.NAME)) {
          Path conf = Files.createDirectories(base.resolve("raced-conf"));
          SolrConfigSet.writeTo(conf);
          cluster.uploadConfigSet(conf, SolrConfigSet.NAME);
        }
        othersFirst.add("upload");
        names.remove(SolrConfigSet.NAME);
        NamedList<Object> hidden = answer.clone();
        hidden.setVal(hidden.indexOf("configSets", 0), names);
        return hidden;
      }
      if (request instanceof CollectionAdminRequest.Create) {
        CollectionAdminRequest.createCollection("raced", SolrConfigSet.NAME, 1, 1)
            .process(real);
        othersFirst.add("create");
      }
      return null;
    });
    ArticleAnalysis harbour = Fixtures.analysis("Harbour strike ends",
        "Dockers at the harbour ended their strike after the owners raised wages.");
    try (ArticleIndex index = ArticleIndex.over(SolrArchive.open(late,
        collection("raced")), Fixtures.analyzer())) {
      assertThat(othersFirst).containsExactly("upload", "create");
      index.add("harbour", harbour);
      assertThat(index.size()).isEqualTo(1);
    }
    // the other client's layout, which Lede's (2 x 2) did not wait for
    assertThat(real.getClusterState().getCollection("raced").getReplicas()).hasSize(1);
  }

  @Test
  void openSolr_anotherClientCreatesAnAliasFirst_usesTheCollectionItNames() throws Exception {
    // Lede's client finds no collection or alias of the name; before its creation lands,
    // another client points an alias of that name at an existing collection, so Solr refuses
    // the creation ("collection alias already exists").
    ArticleAnalysis harbour = Fixtures.analysis("Harbour strike ends",
        "Dockers at the harbour ended their strike after the owners raised wages.");
    try (ArticleIndex v1 = ArticleIndex.openSolr(collection("raced-alias-v1").withLayout(1, 1),
        Fixtures.analyzer())) {
      v1.add("harbour", harbour);
    }
    CloudSolrClient real = cluster.getSolrClient();
    CloudSolrClient late = intercepting(real, (request, collection) -> {
      if (request instanceof CollectionAdminRequest.Create) {
        CollectionAdminRequest.createAlias("raced-alias", "raced-alias-v1").process(real);
      }
      return null;
    });
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try (ArticleIndex index = ArticleIndex.over(SolrArchive.open(late,
          collection("raced-alias")), Fixtures.analyzer())) {
        assertThat(index.ids()).containsExactly("harbour");
      }
    });
    assertThat(CollectionAdminRequest.listCollections(real))
        .contains("raced-alias-v1").doesNotContain("raced-alias");
  }

  @Test
  void openSolr_collectionAlias_opensTheCollectionItNames() throws Exception {
    // An alias is how SolrCloud users point clients at the collection of the day.
    ArticleAnalysis harbour = Fixtures.analysis("Harbour strike ends",
        "Dockers at the harbour ended their strike after the owners raised wages.");
    try (ArticleIndex v1 = ArticleIndex.openSolr(collection("aliased-v1").withLayout(1, 1),
        Fixtures.analyzer())) {
      v1.add("harbour", harbour);
    }
    CollectionAdminRequest.createAlias("aliased", "aliased-v1").process(cluster.getSolrClient());
    cluster.getZkStateReader().aliasesManager.update();
    try (ArticleIndex reader = ArticleIndex.openSolr(collection("aliased").existing(),
        Fixtures.analyzer())) {
      assertThat(reader.ids()).containsExactly("harbour");
    }
    try (ArticleIndex writer = open("aliased")) {
      writer.add("again", harbour);
      assertThat(writer.size()).isEqualTo(2);
    }
    assertThat(CollectionAdminRequest.listCollections(cluster.getSolrClient()))
        .contains("aliased-v1").doesNotContain("aliased");
  }

  /**
   * The bundled samples on a 2 x 2 collection and in an embedded index, with one article of
   * hand-made entities whose key holds a comma and a backslash (the term-list escapes).
   */
  private static Map<String, ArticleAnalysis> rankedArticles() {
    Map<String, ArticleAnalysis> articles = new java.util.LinkedHashMap<>(Fixtures.samples());
    articles.put("harbour-strike", Fixtures.analysis("Harbour strike ends",
        "Dockers at the harbour ended their strike after Smith, Jones \\ Co raised wages."
            + " The harbour reopened on Monday, the union said.", "Business", "2025-05-10",
        List.of(new Entity(EntityType.ORGANIZATION, "Smith, Jones \\ Co", null, 0.6, List.of()),
            new Entity(EntityType.COUNTRY, "Sweden", "SE", 0.4, List.of())), List.of("SE")));
    return articles;
  }

  @Test
  void related_everySample_sameSuggestionsAsTheEmbeddedIndex() throws Exception {
    Map<String, ArticleAnalysis> articles = rankedArticles();
    try (ArticleIndex solr = open("ranked");
        ArticleIndex embedded = ArticleIndex.inMemory(Fixtures.analyzer())) {
      solr.addAll(articles);
      embedded.addAll(articles);
      int suggestions = 0;
      for (String id : articles.keySet()) {
        List<RelatedArticle> expected = embedded.related(id, 5);
        // same ids in the same order, same scores, same explanations
        assertThat(solr.related(id, 5)).as(id).isEqualTo(expected);
        suggestions += expected.size();
      }
      assertThat(suggestions).isEqualTo(5 * articles.size());
      // With the topic weight: the neighbours by topic vector come from both shards.
      RelatedQuery topical = RelatedQuery.builder().limit(5)
          .topicWeight(RelatedQuery.TOPIC_WEIGHT).build();
      int byTopic = 0;
      for (String id : articles.keySet()) {
        List<RelatedArticle> expected = embedded.related(id, topical);
        // same ids in the same order, same blended scores, same similarTopic flags
        assertThat(solr.related(id, topical)).as("topical " + id).isEqualTo(expected);
        assertThat(solr.related(articles.get(id), topical)).as("topical by analysis " + id)
            .isEqualTo(embedded.related(articles.get(id), topical));
        byTopic += (int) expected.stream().filter(RelatedArticle::similarTopic).count();
      }
      assertThat(byTopic).isPositive();
      assertThatThrownBy(() -> solr.related("never-there", 5))
          .isInstanceOf(java.util.NoSuchElementException.class)
          .hasMessageContaining("never-there");
    }
  }

  @Test
  void related_everyOption_sameSuggestionsAsTheEmbeddedIndex() throws Exception {
    Map<String, ArticleAnalysis> articles = rankedArticles();
    try (ArticleIndex solr = open("options");
        ArticleIndex embedded = ArticleIndex.inMemory(Fixtures.analyzer())) {
      solr.addAll(articles);
      embedded.addAll(articles);
      List<RelatedQuery> options = List.of(
          RelatedQuery.builder().limit(3).section("business").build(),
          RelatedQuery.builder().limit(8).language("en").deduplicate(false).build(),
          RelatedQuery.builder().limit(4).publishedBetween(
              java.time.Instant.parse("2025-04-01T00:00:00Z"),
              java.time.Instant.parse("2025-07-31T00:00:00Z")).build(),
          RelatedQuery.builder().limit(5)
              .excludeIds(java.util.Set.of("riksbank-cuts-rate", "nordic-cup-final", "nowhere"))
              .build(),
          RelatedQuery.builder().limit(10).minScore(2.0).build());
      for (String id : List.of("riksbank-holds-rate", "nordic-cup-semifinal", "harbour-strike")) {
        for (RelatedQuery q : options) {
          assertThat(solr.related(id, q)).as(id + " " + q).isEqualTo(embedded.related(id, q));
          ArticleAnalysis a = articles.get(id);
          assertThat(solr.related(a, q)).as("by analysis " + id + " " + q)
              .isEqualTo(embedded.related(a, q));
        }
      }
      // the entity whose key holds a comma and a backslash is shared and shown
      assertThat(solr.related("harbour-strike", 5)).isNotEmpty();
      ArticleAnalysis copy = articles.get("harbour-strike");
      assertThat(solr.related(copy, RelatedQuery.builder().limit(1).deduplicate(false).build()))
          .singleElement()
          .satisfies(r -> assertThat(r.id()).isEqualTo("harbour-strike"))
          .satisfies(r -> assertThat(r.sharedEntities()).contains("Smith, Jones \\ Co"));
      assertThatThrownBy(() -> solr.related("riksbank-holds-rate", RelatedQuery.builder()
          .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS).build()))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("MORE_LIKE_THIS");
    }
  }

  @Test
  void closed_everyMethodFails() throws Exception {
    ArticleIndex index = open("closing");
    index.close();
    index.close();
    assertThatThrownBy(index::size).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> index.get("a")).isInstanceOf(IllegalStateException.class);
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in 120 s");
      }
      Thread.sleep(20);
    }
  }
}
