package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index --solr}, {@code --solr-url} and {@code solr-config} against a real SolrCloud. */
@Tag("solrcloud")
final class SolrCommandsTest {

  private static Path base;
  private static MiniSolrCloudCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    base = Files.createTempDirectory("lede-solrcloud-cli");
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

  private static Path samplesJsonl(Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (SampleCorpus.Sample s : SampleCorpus.load()) {
      var o = AnalysisJson.MAPPER.createObjectNode();
      o.put("id", s.id());
      o.put("title", s.article().title());
      o.put("body", s.article().body());
      lines.add(AnalysisJson.MAPPER.writeValueAsString(o));
    }
    return Files.write(dir.resolve("samples.jsonl"), lines);
  }

  @Test
  void index_viaZooKeeper_createsTheCollectionAndIndexesEveryArticle(@TempDir Path tmp)
      throws Exception {
    Path input = samplesJsonl(tmp);
    CliRun r = CliRun.of("index", "--solr", cluster.getZkServer().getZkAddress(), "--collection",
        "news", "--shards", "2", "--replicas", "2", "--no-entities", "--quiet", "--jsonl",
        input.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip())
        .isEqualTo("indexed 33 articles into collection news (33 in the index)");
    assertThat(r.err()).isEmpty();
    assertThat(cluster.getSolrClient().getClusterState().getCollection("news").getReplicas())
        .hasSize(4);

    // again through a node's URL: same ids, replaced, still 33
    CliRun again = CliRun.of("index", "--solr-url",
        cluster.getJettySolrRunner(0).getBaseUrl().toString(), "--collection", "news",
        "--no-entities", "--quiet", "--jsonl", input.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("(33 in the index)");
  }

  @Test
  void index_unreachableCluster_oneLineExit2(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("a.txt"), "Title\n\nSome body text here.");
    CliRun r = CliRun.of("index", "--solr-url", "http://127.0.0.1:1/solr", "--collection", "news",
        "--no-entities", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception")
        .startsWith("lede index: cannot reach SolrCloud at http://127.0.0.1:1/solr: ");
  }

  @Test
  void index_badArchiveOptions_usageErrors(@TempDir Path tmp) {
    String zk = cluster.getZkServer().getZkAddress();
    assertThat(CliRun.of("index", "--solr", zk, "x.txt").err())
        .startsWith("lede index: --collection NAME is required with --solr and --solr-url");
    assertThat(CliRun.of("index", "--solr", zk, "--index", tmp.toString(), "--collection", "c",
        "x.txt").err()).startsWith("lede index: give exactly one of --index DIR");
    assertThat(CliRun.of("index", "--solr", zk, "--collection", "-bad", "x.txt").err())
        .startsWith("lede index: not a valid collection name");
    assertThat(CliRun.of("index", "--solr-url", "localhost:8983", "--collection", "c", "x.txt")
        .err()).startsWith("lede index: not an http(s) URL");
    assertThat(CliRun.of("index", "--solr", zk, "--collection", "c", "--shards", "0", "x.txt")
        .code()).isEqualTo(2);
  }

  @Test
  void solrConfig_writesTheConfigsetTheClusterAccepts(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("conf");
    CliRun r = CliRun.of("solr-config", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(dir.resolve("schema.xml")).exists();
    assertThat(dir.resolve("solrconfig.xml")).exists();
    assertThat(r.out()).contains("upload it as configset 'lede-4'");
    // what an administrator does with it: upload, create a collection, index into it
    cluster.uploadConfigSet(dir, "by-admin");
    org.apache.solr.client.solrj.request.CollectionAdminRequest
        .createCollection("admin-made", "by-admin", 1, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection("admin-made", 1, 2);
    Path file = Files.writeString(tmp.resolve("harbour.txt"),
        "Harbour cranes return\n\nThe port installed four new cranes on Monday.");
    CliRun indexed = CliRun.of("index", "--solr", cluster.getZkServer().getZkAddress(),
        "--collection", "admin-made", "--no-entities", "--quiet", file.toString());
    assertThat(indexed.code()).as(indexed.err()).isZero();
    assertThat(indexed.out()).contains("(1 in the index)");
  }

  @Test
  void related_onSolr_printsWhatTheEmbeddedIndexPrints(@TempDir Path tmp) throws Exception {
    Path input = samplesJsonl(tmp);
    String zk = cluster.getZkServer().getZkAddress();
    Path dir = tmp.resolve("index");
    assertThat(CliRun.of("index", "--solr", zk, "--collection", "related-cli", "--no-entities",
        "--quiet", "--jsonl", input.toString()).code()).isZero();
    assertThat(CliRun.of("index", "--index", dir.toString(), "--no-entities", "--quiet", "--jsonl",
        input.toString()).code()).isZero();
    for (String id : List.of("riksbank-cuts-rate", "nordic-cup-final")) {
      CliRun embedded = CliRun.of("related", "--index", dir.toString(), "--id", id, "--limit", "4");
      CliRun solr = CliRun.of("related", "--solr", zk, "--collection", "related-cli", "--id", id,
          "--limit", "4");
      CliRun viaUrl = CliRun.of("related", "--solr-url",
          cluster.getJettySolrRunner(1).getBaseUrl().toString(), "--collection", "related-cli",
          "--id", id, "--limit", "4");
      assertThat(embedded.code()).as(embedded.err()).isZero();
      assertThat(embedded.out()).contains("\"id\" : \"" + id + "\"");
      assertThat(solr.out()).as(solr.err()).isEqualTo(embedded.out());
      assertThat(viaUrl.out()).as(viaUrl.err()).isEqualTo(embedded.out());
    }
    CliRun missing = CliRun.of("related", "--solr", zk, "--collection", "related-cli", "--id",
        "nope");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip())
        .isEqualTo("lede related: no article with id 'nope' in the index");
    CliRun noName = CliRun.of("related", "--solr", zk, "--id", "nope");
    assertThat(noName.err()).startsWith(
        "lede related: --collection NAME is required with --solr and --solr-url");
  }

  /** {@code serve --solr} in a child JVM (as it runs in production), stopped by SIGTERM. */
  @Test
  @Tag("process")
  void serve_onSolr_writesAndRanksThroughTheCollection() throws Exception {
    String zk = cluster.getZkServer().getZkAddress();
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--solr", zk, "--collection", "served", "--port", "0", "--threads", "2");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> log = new ArrayList<>();
    try (java.io.BufferedReader out = new java.io.BufferedReader(
        new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      java.net.URI uri = null;
      java.util.regex.Pattern listening =
          java.util.regex.Pattern.compile("listening on (http://\\S+/)");
      for (String line; uri == null && (line = out.readLine()) != null; ) {
        log.add(line);
        java.util.regex.Matcher m = listening.matcher(line);
        if (m.find()) {
          uri = java.net.URI.create(m.group(1));
        }
      }
      assertThat(uri).as(String.join("\n", log)).isNotNull();
      assertThat(log.get(log.size() - 1)).contains("archive: collection served");
      java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
          .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
      for (SampleCorpus.Sample s : SampleCorpus.load().subList(0, 8)) {
        var o = AnalysisJson.MAPPER.createObjectNode();
        o.put("title", s.article().title());
        o.put("body", s.article().body());
        var put = client.send(java.net.http.HttpRequest.newBuilder(
                uri.resolve("/v1/articles/" + s.id()))
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(o.toString())).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
      }
      var related = client.send(java.net.http.HttpRequest.newBuilder(
              uri.resolve("/v1/articles/riksbank-holds-rate/related?limit=2")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(related.statusCode()).as(related.body()).isEqualTo(200);
      var json = AnalysisJson.MAPPER.readTree(related.body());
      assertThat(json.toString()).contains("riksbank-cuts-rate");
      var health = client.send(java.net.http.HttpRequest.newBuilder(
              uri.resolve("/v1/health")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      var archive = AnalysisJson.MAPPER.readTree(health.body()).path("archive");
      assertThat(archive.path("articles").asInt()).isEqualTo(8);
      assertThat(archive.path("backend").asText()).isEqualTo("solrcloud");

      p.toHandle().destroy(); // SIGTERM
      out.lines().forEach(log::add);
      assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(log).contains("lede serve: stopped; archive committed");
    try (var reopened = dev.lede.index.ArticleIndex.openSolr(
        dev.lede.index.SolrCollection.viaZooKeeper(zk, "served"),
        dev.lede.ArticleAnalyzer.builder().entities(false).build())) {
      assertThat(reopened.size()).isEqualTo(8);
    }
  }

  @Test
  void evalRelated_backendSolr_sameMetricsAsEmbedded(@TempDir Path tmp) throws Exception {
    // the samples as an ECB+-style corpus: same section = same "event"
    List<String> lines = new ArrayList<>();
    for (SampleCorpus.Sample s : SampleCorpus.load()) {
      var o = AnalysisJson.MAPPER.createObjectNode();
      o.put("id", s.id());
      o.put("text", s.article().title() + "\n\n" + s.article().body());
      o.put("cluster", s.article().section());
      o.put("topic", "news");
      lines.add(AnalysisJson.MAPPER.writeValueAsString(o));
    }
    Path corpus = Files.write(tmp.resolve("samples-ecb.jsonl"), lines);
    CliRun r = CliRun.of("eval-related", "--corpus", "ecbplus", "--backend", "solr", "--solr",
        cluster.getZkServer().getZkAddress(), "--collection", "eval-cli", "--no-entities",
        "--threads", "2", corpus.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> out = r.out().lines().toList();
    assertThat(out.get(1)).startsWith("33 documents analysed in ")
        .contains("written to SolrCloud collection eval-cli");
    String embedded = row(out, "lede (embedded) ");
    String solr = row(out, "lede (solrcloud) ");
    assertThat(embedded).startsWith("lede (embedded) ");
    assertThat(solr).startsWith("lede (solrcloud) ");
    // P@5, P@10, nDCG@10 and MRR equal (ms/query, the last column, differs)
    assertThat(metrics(solr)).isEqualTo(metrics(embedded));
    // Every top-10 list the same. With 20 first-pass candidates one list differed in its last
    // places, by a tie between candidates of equal score (the embedded index keeps index order,
    // SolrCloud id order), and two before the whole-text cosine; 30 candidates leave no tie.
    // Every query with a related document (a section of one sample has none, and is left out)
    assertThat(row(out, "lede: same top ")).matches(
        "lede: same top 5 for (\\d+) of \\1 queries, same top 10 for \\1; P@5 difference 0\\.0000");
    // the topic weight (1.0 by default) on both backends
    String embeddedTopic = row(out, "lede-topic-1.0 (embedded) ");
    String solrTopic = row(out, "lede-topic-1.0 (solrcloud) ");
    assertThat(embeddedTopic).startsWith("lede-topic-1.0 (embedded) ");
    assertThat(solrTopic).startsWith("lede-topic-1.0 (solrcloud) ");
    assertThat(metrics(solrTopic)).isEqualTo(metrics(embeddedTopic));
    // the topic's gains part the two candidates tied by words: every list is the same
    assertThat(row(out, "lede-topic-1.0: same top ")).matches("lede-topic-1.0: same top 5 for"
        + " (\\d+) of \\1 queries, same top 10 for \\1; P@5 difference 0\\.0000");

    assertThat(CliRun.of("eval-related", "--corpus", "ecbplus", "--backend", "solr",
        corpus.toString()).err())
        .startsWith("lede eval-related: --backend solr needs --collection NAME");
  }

  /** The first printed line that starts with {@code prefix}. */
  private static String row(List<String> out, String prefix) {
    return out.stream().filter(l -> l.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starting '" + prefix + "' in " + out));
  }

  /** The metric columns of a row of eval-related's table: ms/query, the last, left out. */
  private static String metrics(String row) {
    return row.substring(26, row.lastIndexOf(' ')).strip();
  }
}
