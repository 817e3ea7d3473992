package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import dev.lede.ArticleAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.client.solrj.SolrServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SolrArchive} on the cores of {@link OneSolrCore}, through a cloud client that sends
 * its requests there: opening an existing collection and checking its schema, writes and reads
 * as on the embedded index, and the errors a caller sees. Creating a collection and the
 * replicas' state need a cluster: {@code SolrArchiveTest} (tagged {@code solrcloud}).
 */
final class SolrArchiveOneCoreTest {

  private static Map<String, ArticleAnalysis> articles() {
    Map<String, ArticleAnalysis> articles = new LinkedHashMap<>();
    articles.put("harbour-strike", Fixtures.analysis("Harbour strike ends",
        "Dockers at the harbour ended their strike after the owners raised wages."));
    articles.put("harbour-strike-2", Fixtures.analysis("Harbour strike spreads",
        "Dockers in a second harbour joined the strike over wages on Monday."));
    articles.put("orchard-frost", Fixtures.analysis("Frost hits the orchards",
        "A late frost damaged apple blossom in the valley's orchards overnight."));
    return articles;
  }

  /** The writes core, emptied. */
  private static SolrArchive writes(OneSolrCore.CoreClient client) throws Exception {
    OneSolrCore.server().deleteByQuery("writes", "*:*");
    OneSolrCore.server().commit("writes");
    return SolrArchive.open(client, OneSolrCore.collection("writes"));
  }

  @Test
  void writesAndReads_likeTheEmbeddedIndex() throws Exception {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    try (SolrArchive solr = writes(client);
        ArticleIndex embedded = ArticleIndex.inMemory(Fixtures.analyzer())) {
      Map<String, ArticleAnalysis> articles = articles();
      solr.addAll(articles);
      embedded.addAll(articles);
      // visible at once, before any commit, as on the embedded index
      assertThat(solr.size()).isEqualTo(3);
      assertThat(solr.ids()).containsExactly("harbour-strike", "harbour-strike-2",
          "orchard-frost");
      for (String id : articles.keySet()) {
        assertThat(solr.get(id)).as(id).isEqualTo(embedded.get(id)).isPresent();
      }
      assertThat(solr.get("nowhere")).isEmpty();
      RelatedQuery q = RelatedQuery.builder().limit(2).build();
      assertThat(solr.related("harbour-strike", q))
          .isEqualTo(embedded.related("harbour-strike", q))
          .extracting(RelatedArticle::id).first().isEqualTo("harbour-strike-2");
      ArticleAnalysis probe = articles.get("orchard-frost");
      assertThat(solr.related(probe, q)).isEqualTo(embedded.related(probe, q));

      solr.delete("harbour-strike-2");
      assertThat(solr.size()).isEqualTo(2);
      assertThat(solr.get("harbour-strike-2")).isEmpty();
      solr.commit();
      assertThat(solr.ids()).containsExactly("harbour-strike", "orchard-frost");
      // a replacement of an article after a commit is visible to the next read too
      solr.addAll(Map.of("orchard-frost", articles.get("harbour-strike-2")));
      assertThat(solr.get("orchard-frost").orElseThrow().title())
          .isEqualTo("Harbour strike spreads");
      assertThat(solr.size()).isEqualTo(2);
    }
    assertThat(client.closed).isTrue();
  }

  @Test
  void close_afterWrites_commits_anotherClientSeesThem() throws Exception {
    // As the embedded index, close commits: a client opened afterwards sees the articles (the
    // configset opens no searcher by itself, autoSoftCommit -1).
    try (SolrArchive first = writes(OneSolrCore.client())) {
      first.addAll(articles());
      first.delete("orchard-frost");
    }
    try (SolrArchive second = SolrArchive.open(OneSolrCore.client(),
        OneSolrCore.collection("writes"))) {
      assertThat(second.size()).isEqualTo(2);
      assertThat(second.ids()).containsExactly("harbour-strike", "harbour-strike-2");
      assertThat(second.related("harbour-strike", RelatedQuery.of(2)))
          .extracting(RelatedArticle::id).containsExactly("harbour-strike-2");
    }
  }

  @Test
  void close_commitFails_ioExceptionNamingTheCollection_clientClosed() throws Exception {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    SolrArchive solr = writes(client);
    solr.addAll(articles());
    client.failure = new SolrServerException("Server refused connection",
        new IOException("Connection refused"));
    assertThatThrownBy(solr::close).isInstanceOf(IOException.class)
        .hasMessage("SolrCloud " + OneSolrCore.URL + ", collection writes: Connection refused");
    assertThat(client.closed).isTrue();
  }

  @Test
  void readsFirstAfterWrites_seeTheWrites() throws Exception {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    try (SolrArchive solr = writes(client);
        ArticleIndex embedded = ArticleIndex.inMemory(Fixtures.analyzer())) {
      Map<String, ArticleAnalysis> articles = articles();
      RelatedQuery q = RelatedQuery.builder().limit(2).build();
      ArticleAnalysis probe = articles.get("harbour-strike");
      solr.addAll(articles);
      embedded.addAll(articles);

      // each read comes first after a write, with no other read to make the write visible
      assertThat(solr.related(probe, q)).isEqualTo(embedded.related(probe, q))
          .extracting(RelatedArticle::id).containsExactly("harbour-strike-2");
      solr.delete("orchard-frost");
      assertThat(solr.ids()).containsExactly("harbour-strike", "harbour-strike-2");
      solr.delete("harbour-strike-2");
      embedded.delete("orchard-frost");
      embedded.delete("harbour-strike-2");
      assertThat(solr.related("harbour-strike", q)).isEqualTo(embedded.related("harbour-strike", q))
          .isEmpty();
    }
  }

  @Test
  void writeWhileCommitting_visibleToTheNextRead() throws Exception {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    try (SolrArchive solr = writes(client)) {
      Map<String, ArticleAnalysis> articles = articles();
      solr.addAll(Map.of("harbour-strike", articles.get("harbour-strike")));
      // Another thread's add is acknowledged after the hard commit opened its searcher and
      // before commit() returns: it is not in that searcher, so a read must open another.
      AtomicBoolean once = new AtomicBoolean();
      client.answered = r -> {
        boolean hardCommit = r.getParams() != null && r.getParams().getBool("commit", false)
            && !r.getParams().getBool("softCommit", false);
        if (hardCommit && once.compareAndSet(false, true)) {
          try {
            solr.addAll(Map.of("orchard-frost", articles.get("orchard-frost")));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
      solr.commit();
      client.answered = r -> {};
      assertThat(once).isTrue();
      assertThat(solr.size()).isEqualTo(2);
      assertThat(solr.ids()).containsExactly("harbour-strike", "orchard-frost");
    }
  }

  @Test
  void add_keywordOverLucenesLongestTerm_articleStillIndexed() throws Exception {
    // A data blob glued to a capital letter is one 40,007-char word, which the analysis keeps as
    // a keyword: over Lucene's longest term (32,766 UTF-8 bytes). The embedded index stores it
    // without indexing it; Solr indexes every value of the keyword field.
    String blob = "Zorblax" + "a".repeat(40_000);
    Map<String, ArticleAnalysis> articles = new LinkedHashMap<>();
    articles.put("ferry", Story.of("Note", "The ferry left Portsmouth late again.").analysis());
    articles.put("blob", Fixtures.analyzer().analyze(dev.lede.extract.Article.ofBody("Ferry late",
        "The ferry left Portsmouth late. " + blob + " said the ferry was late. " + blob
            + " agreed with " + blob + ".")));
    assertThat(articles.get("blob").keywords()).anyMatch(k -> k.term().length() > 40_000);
    try (SolrArchive solr = writes(OneSolrCore.client());
        ArticleIndex embedded = ArticleIndex.inMemory(Fixtures.analyzer())) {
      solr.addAll(articles);
      embedded.addAll(articles);
      assertThat(solr.size()).isEqualTo(2);
      // stored without that keyword, which matches nothing on the embedded index either
      IndexedArticle stored = embedded.get("blob").orElseThrow();
      assertThat(solr.get("blob")).contains(new IndexedArticle(stored.id(), stored.title(),
          stored.url(), stored.section(), stored.byline(), stored.publishedAt(),
          stored.language(), stored.entities(), stored.keywords().stream()
              .filter(k -> k.length() < 30_000).toList(), stored.body()));
      RelatedQuery q = RelatedQuery.of(3);
      assertThat(solr.related("ferry", q)).isEqualTo(embedded.related("ferry", q))
          .extracting(RelatedArticle::id).containsExactly("blob");
      assertThat(solr.related("blob", q)).isEqualTo(embedded.related("blob", q))
          .extracting(RelatedArticle::id).containsExactly("ferry");
    }
  }

  @Test
  void ids_moreArticlesThanAPage_listsEachIdOnceInIdOrder() throws Exception {
    // Ten articles read three ids per request: four pages, the last one short, then an empty
    // one whose cursor is unchanged. Added out of id order, so the order is Solr's sort by id.
    String[] towns = {"ashby", "brill", "corfe", "dunster", "eyam", "flint", "goole", "hythe",
        "ilkley", "jarrow"};
    Map<String, ArticleAnalysis> articles = new LinkedHashMap<>();
    for (int i : new int[] {7, 2, 9, 0, 5, 3, 8, 1, 6, 4}) {
      articles.put(towns[i] + "-market", Fixtures.analysis("Market day in " + towns[i],
          "Stallholders in " + towns[i] + " sold cheese, apples and wool at the weekly market."));
    }
    OneSolrCore.server().deleteByQuery("writes", "*:*");
    OneSolrCore.server().commit("writes");
    try (SolrArchive solr = SolrArchive.open(OneSolrCore.client(),
        OneSolrCore.collection("writes"), 3)) {
      solr.addAll(articles);

      assertThat(solr.ids()).containsExactly("ashby-market", "brill-market", "corfe-market",
          "dunster-market", "eyam-market", "flint-market", "goole-market", "hythe-market",
          "ilkley-market", "jarrow-market");
    }
  }

  @Test
  void related_unknownIdAndBaseline_passUnwrapped() throws Exception {
    try (SolrArchive solr = writes(OneSolrCore.client())) {
      solr.addAll(articles());
      assertThatThrownBy(() -> solr.related("nowhere", RelatedQuery.builder().build()))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("no article with id 'nowhere' in the index");
      assertThatThrownBy(() -> solr.related("harbour-strike", RelatedQuery.builder()
          .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS).build()))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void lostCluster_ioExceptionNamingTheCollection() throws Exception {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    try (SolrArchive solr = writes(client)) {
      String where = "SolrCloud " + OneSolrCore.URL + ", collection writes: ";
      assertThat(solr.location()).isEqualTo("SolrCloud " + OneSolrCore.URL
          + ", collection writes");
      client.failure = new SolrServerException("No live SolrServers available\n\tmore detail",
          new IOException("Connection refused"));
      assertThatThrownBy(solr::size).isInstanceOf(IOException.class)
          .hasMessage(where + "Connection refused");
      assertThatThrownBy(() -> solr.related("harbour-strike", RelatedQuery.builder().build()))
          .isInstanceOf(IOException.class).hasMessage(where + "Connection refused");
      client.failure = new IllegalStateException("Connection pool shut down");
      assertThatThrownBy(() -> solr.addAll(articles())).isInstanceOf(IOException.class)
          .hasMessage(where + "Connection pool shut down");
      assertThatThrownBy(() -> solr.delete("a")).isInstanceOf(IOException.class)
          .hasMessageStartingWith(where);
      assertThatThrownBy(() -> solr.get("a")).isInstanceOf(IOException.class)
          .hasMessageStartingWith(where);
      assertThatThrownBy(solr::ids).isInstanceOf(IOException.class)
          .hasMessageStartingWith(where);
      assertThatThrownBy(solr::commit).isInstanceOf(IOException.class)
          .hasMessageStartingWith(where);
      assertThatThrownBy(() -> solr.related(articles().get("harbour-strike"),
          RelatedQuery.builder().build()))
          .isInstanceOf(IOException.class).hasMessageStartingWith(where);
      client.failure = null;
    }
  }

  @Test
  void related_statisticsRequestFails_ioExceptionNamingTheCollection() throws Exception {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    try (SolrArchive solr = writes(client)) {
      solr.addAll(articles());
      assertThat(solr.size()).isEqualTo(3); // the soft commit, before requests fail
      String where = "SolrCloud " + OneSolrCore.URL + ", collection writes: ";
      RelatedQuery q = RelatedQuery.builder().build();
      ArticleAnalysis probe = articles().get("harbour-strike");
      client.failure = new SolrServerException("No live SolrServers available\n\tmore detail",
          new IOException("Connection refused"));
      // the document frequencies (/terms), then the article counts (a facet query)
      client.failing = r -> "/terms".equals(r.getPath());
      assertThatThrownBy(() -> solr.related(probe, q)).isInstanceOf(IOException.class)
          .hasMessage(where + "Connection refused");
      assertThatThrownBy(() -> solr.related("harbour-strike", q))
          .isInstanceOf(IOException.class).hasMessage(where + "Connection refused");
      client.failing = r -> r.getParams() != null && r.getParams().getBool("facet", false);
      assertThatThrownBy(() -> solr.related(probe, q)).isInstanceOf(IOException.class)
          .hasMessage(where + "Connection refused");
      client.failure = null;
    }
  }

  @Test
  void solrjIoException_ioExceptionNamingTheCollection() throws Exception {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    try (SolrArchive solr = writes(client)) {
      solr.addAll(articles());
      assertThat(solr.size()).isEqualTo(3);
      String where = "SolrCloud " + OneSolrCore.URL + ", collection writes: ";
      client.failure = new IOException("Connection reset by peer");
      assertThatThrownBy(solr::size).isInstanceOf(IOException.class)
          .hasMessage(where + "Connection reset by peer");
      assertThatThrownBy(() -> solr.get("harbour-strike")).isInstanceOf(IOException.class)
          .hasMessage(where + "Connection reset by peer");
      assertThatThrownBy(() -> solr.addAll(articles())).isInstanceOf(IOException.class)
          .hasMessage(where + "Connection reset by peer");
      assertThatThrownBy(() -> solr.related("harbour-strike", RelatedQuery.builder().build()))
          .isInstanceOf(IOException.class).hasMessage(where + "Connection reset by peer");
      assertThatThrownBy(() -> solr.related(articles().get("orchard-frost"),
          RelatedQuery.builder().build()))
          .isInstanceOf(IOException.class).hasMessage(where + "Connection reset by peer");
      client.failure = null;
    }
    OneSolrCore.CoreClient lost = OneSolrCore.client();
    lost.failure = new IOException("Connection reset by peer");
    assertThatThrownBy(() -> SolrArchive.open(lost, OneSolrCore.collection("writes")))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot reach SolrCloud at " + OneSolrCore.URL + ": Connection reset by peer");
    assertThat(lost.closed).isTrue();
  }

  @Test
  void open_serverThatNeverAnswers_ioExceptionOnceTheTimeoutPasses() throws Exception {
    // A server that takes connections (in its backlog) and never answers, as a hung Solr node:
    // the open must fail, not wait forever.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/solr";
      // the collection's own answer time-out, not the default minute
      SolrCollection c = SolrCollection.viaUrls(List.of(url), "news")
          .withAnswerTimeout(Duration.ofSeconds(1));
      assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
          assertThatThrownBy(() -> ArticleIndex.openSolr(c, Fixtures.analyzer()))
              .isInstanceOf(IOException.class)
              .hasMessageStartingWith("cannot reach SolrCloud at " + url + ": ")
              .hasMessageNotContaining("\n"));
    }
  }

  /**
   * A started HTTP/1.1 server on the loopback interface that answers every request with one
   * page: a proxy, a login wall or a web server that is no Solr node.
   */
  private static HttpServer answering(int status, String type, String page) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        0), 0);
    server.createContext("/", exchange -> {
      byte[] body = page.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "401 | text/html | <html><head><title>401 Authorization Required</title></head><body>nginx</body></html> | HTTP 401 (401 Authorization Required)",
      "404 | text/plain | Not Found | HTTP 404 (Not Found)",
      "502 | text/html | <html><body><h1>Bad Gateway</h1></body></html> | HTTP 502 (Bad Gateway)"})
  void open_urlAnsweringAnErrorPage_saysWhatItAnswered(int status, String type, String page,
      String said) throws Exception {
    // A proxy asking for a login, a path that is no Solr node's, a dead node behind a proxy:
    // SolrJ says only "Failed fetching live_nodes ... re-creating a new CloudSolrClient".
    HttpServer server = answering(status, type, page);
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/solr";
      SolrCollection c = SolrCollection.viaUrls(List.of(url), "news");
      assertThatThrownBy(() -> ArticleIndex.openSolr(c, Fixtures.analyzer()))
          .isInstanceOf(IOException.class)
          .hasMessage("cannot reach SolrCloud at " + url + ": " + said + " from " + url
              + "/admin/info/system");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void open_urlAnsweringSuccessToEverything_saysNeitherHttpVersionWorked() throws Exception {
    // A web server that answers anything over HTTP/1.1 with a page of its own, and is no Solr:
    // Lede asks again in HTTP/1.1, which fails too.
    HttpServer server = answering(200, "text/html", "<html><body>Welcome</body></html>");
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/solr";
      SolrCollection c = SolrCollection.viaUrls(List.of(url), "news");
      assertThatThrownBy(() -> ArticleIndex.openSolr(c, Fixtures.analyzer()))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot reach SolrCloud at " + url + " in HTTP/2 or HTTP/1.1,"
              + " though a plain HTTP/1.1 request had HTTP 200 from " + url
              + "/admin/info/system (is it a Solr node's base URL?): ")
          .hasMessageNotContaining("\n");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void reason_messageHoldingAWholeUrl_cutShort() {
    // SolrJ puts the whole request in some messages: a real-time get of an id of 4,096 chars
    // made one of 37,000 chars, on one line.
    String request = "GET{u=http://solr1:8983/solr/news_shard1_replica_n2/get?qt=%2Fget&ids="
        + "%C3%A9".repeat(ArticleIndex.MAX_ID_CHARS) + ",HTTP/2.0}";
    String reason = SolrArchive.reason(new SolrServerException("Could not hpack encode "
        + request));
    assertThat(reason).hasSize(SolrArchive.MAX_REASON_CHARS)
        .startsWith("Could not hpack encode GET{u=http://solr1:8983/solr/news_shard1_replica_n2/")
        .endsWith("...");
    assertThat(SolrArchive.reason(new IOException("Connection refused")))
        .isEqualTo("Connection refused");
  }

  @Test
  void failure_oneLineOfTheCliIsTheMessage_causeIsTheReason() throws Exception {
    // The CLI prints Main.oneLine(e), which adds the cause's message when the message lacks
    // it: SolrJ's wrapper (its type and its list of nodes) must not be that cause.
    OneSolrCore.CoreClient client = OneSolrCore.client();
    try (SolrArchive solr = writes(client)) {
      IOException refused = new IOException("Connection refused");
      client.failure = new SolrServerException("No live SolrServers available to handle this"
          + " request:[http://solr1:8983/solr/writes, http://solr2:8983/solr/writes]", refused);
      IOException e = catchThrowableOfType(solr::size, IOException.class);
      assertThat(dev.lede.cli.Main.oneLine(e))
          .isEqualTo("SolrCloud " + OneSolrCore.URL + ", collection writes: Connection refused");
      assertThat(e.getCause()).isSameAs(refused);
      // a reason that is not its exception's whole message: the whole stays out of the line
      client.failure = new SolrServerException("Could not hpack encode GET{u=http://solr1:8983/"
          + "solr/writes/get?ids=" + "%C3%A9".repeat(ArticleIndex.MAX_ID_CHARS) + "}");
      e = catchThrowableOfType(solr::size, IOException.class);
      assertThat(dev.lede.cli.Main.oneLine(e)).isEqualTo(e.getMessage())
          .hasSizeLessThan(SolrArchive.MAX_REASON_CHARS + 100);
      client.failure = new SolrServerException("first line\n\tsecond line");
      e = catchThrowableOfType(solr::size, IOException.class);
      assertThat(dev.lede.cli.Main.oneLine(e))
          .isEqualTo("SolrCloud " + OneSolrCore.URL + ", collection writes: first line");
      client.failure = null;
    }
    OneSolrCore.CoreClient lost = OneSolrCore.client();
    lost.failure = new SolrServerException("Could not connect to ZooKeeper zk1:2181 within 15000"
        + " ms", new java.util.concurrent.TimeoutException("Could not connect to ZooKeeper"
        + " zk1:2181 within 15000 ms"));
    IOException e = catchThrowableOfType(() -> SolrArchive.open(lost,
        OneSolrCore.collection("writes")), IOException.class);
    assertThat(dev.lede.cli.Main.oneLine(e)).isEqualTo("cannot reach SolrCloud at "
        + OneSolrCore.URL + ": Could not connect to ZooKeeper zk1:2181 within 15000 ms");
  }

  @Test
  void open_unreachable_ioException_clientClosed() {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    client.failure = new SolrServerException("Could not find a healthy node to handle the"
        + " request.");
    assertThatThrownBy(() -> SolrArchive.open(client, OneSolrCore.collection("writes")))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot reach SolrCloud at " + OneSolrCore.URL
            + ": Could not find a healthy node to handle the request.");
    assertThat(client.closed).isTrue();
  }

  @Test
  void open_schemaWithoutLedeFields_refused_clientClosed() {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    assertThatThrownBy(() -> SolrArchive.open(client, OneSolrCore.collection("plain")))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("collection 'plain' at " + OneSolrCore.URL
            + " is not a Lede archive: its schema has no field '")
        .hasMessageEndingWith("' (create it with Lede's configset: lede solr-config DIR)");
    assertThat(client.closed).isTrue();
  }

  @Test
  void open_laterArchiveFormat_refused_clientClosed() {
    // As the embedded index refuses an index of a later format: its articles are not ours to
    // write (a later schema may need fields this version does not fill).
    OneSolrCore.CoreClient client = OneSolrCore.client();
    assertThatThrownBy(() -> SolrArchive.open(client, OneSolrCore.collection("later")))
        .isInstanceOf(IOException.class)
        .hasMessage("collection 'later' at " + OneSolrCore.URL + " is of format lede-12,"
            + " made by a later version of Lede; this version reads formats up to "
            + SolrConfigSet.NAME);
    assertThat(client.closed).isTrue();
  }

  @Test
  void open_earlierArchiveFormat_readsButDoesNotRank() throws Exception {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    try (SolrArchive old = SolrArchive.open(client, OneSolrCore.collection("old"))) {
      old.addAll(articles());
      assertThat(old.size()).isEqualTo(3);
      assertThat(old.get("orchard-frost")).isPresent();
      String why = "SolrCloud " + OneSolrCore.URL + ", collection old: the collection's schema"
          + " is 'lede-2', not " + SolrConfigSet.NAME + ": related() needs the stored names and"
          + " BM25 topic field of lede-3 or later"
          + " (create a new collection and index the articles again)";
      assertThatThrownBy(() -> old.related("orchard-frost", RelatedQuery.builder().build()))
          .isInstanceOf(IOException.class).hasMessage(why);
      assertThatThrownBy(() -> old.related(articles().get("orchard-frost"),
          RelatedQuery.builder().build()))
          .isInstanceOf(IOException.class).hasMessage(why);
    }
    assertThat(client.closed).isTrue();
  }

  @Test
  void open_currentFormatWithoutItsTopicVectorField_refused() {
    // Named lede-4 but without the field every lede-4 article is written with: each write
    // would fail on an unknown field.
    OneSolrCore.CoreClient client = OneSolrCore.client();
    assertThatThrownBy(() -> SolrArchive.open(client, OneSolrCore.collection("novector")))
        .isInstanceOf(IOException.class)
        .hasMessage("collection 'novector' at " + OneSolrCore.URL + " is not a Lede archive:"
            + " its schema has no field '" + Documents.VECTOR + "' (create it with Lede's"
            + " configset: lede solr-config DIR)");
    assertThat(client.closed).isTrue();
  }

  @Test
  void open_formatWithoutTopicVectors_writesAndRanksByWordsAlone() throws Exception {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    OneSolrCore.server().deleteByQuery("lede3", "*:*");
    OneSolrCore.server().commit("lede3");
    Map<String, ArticleAnalysis> articles = articles();
    RelatedQuery lexical = RelatedQuery.builder().limit(2).build();
    RelatedQuery topical = RelatedQuery.builder().limit(2)
        .topicWeight(RelatedQuery.TOPIC_WEIGHT).build();
    try (SolrArchive lede3 = SolrArchive.open(client, OneSolrCore.collection("lede3"));
        SolrArchive current = writes(client)) {
      // written without the topic vectors, for which the schema has no field
      lede3.addAll(articles);
      current.addAll(articles);
      assertThat(lede3.size()).isEqualTo(3);
      // the topic weight is ignored, as on an embedded index written before topic vectors
      for (String id : articles.keySet()) {
        List<RelatedArticle> byWords = current.related(id, lexical);
        assertThat(lede3.related(id, topical)).as(id).isEqualTo(byWords);
        assertThat(lede3.related(articles.get(id), topical)).as(id)
            .isEqualTo(current.related(articles.get(id), lexical));
      }
      // where the collection has the vectors, the same query blends them in
      assertThat(current.related("harbour-strike", topical))
          .isNotEqualTo(current.related("harbour-strike", lexical));
    }
  }

  @Test
  void open_missingCollectionThatMustExist_refusedWithoutCreating() {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    assertThatThrownBy(() -> SolrArchive.open(client,
        OneSolrCore.collection("missing").existing()))
        .isInstanceOf(IOException.class)
        .hasMessage("no collection 'missing' at " + OneSolrCore.URL);
    // only the lists of collections and of aliases were asked for: no upload, no creation
    assertThat(client.paths).containsExactly("/admin/collections", "/admin/collections");
    assertThat(client.closed).isTrue();
  }

  @Test
  void open_missingCollection_creationFailure_namesTheCollection() {
    OneSolrCore.CoreClient client = OneSolrCore.client();
    // one core is no cluster: the collection API is missing, so creating fails
    assertThatThrownBy(() -> SolrArchive.open(client, OneSolrCore.collection("missing")))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot create collection 'missing' at " + OneSolrCore.URL
            + ": ")
        .hasMessageNotContaining("\n");
    assertThat(client.closed).isTrue();
  }
}
