package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
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
    Result r = run("index", "--solr", cluster.getZkServer().getZkAddress(), "--collection",
        "news", "--shards", "2", "--replicas", "2", "--no-entities", "--quiet", "--jsonl",
        input.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip())
        .isEqualTo("indexed 33 articles into collection news (33 in the index)");
    assertThat(r.err()).isEmpty();
    assertThat(cluster.getSolrClient().getClusterState().getCollection("news").getReplicas())
        .hasSize(4);

    // again through a node's URL: same ids, replaced, still 33
    Result again = run("index", "--solr-url",
        cluster.getJettySolrRunner(0).getBaseUrl().toString(), "--collection", "news",
        "--no-entities", "--quiet", "--jsonl", input.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("(33 in the index)");
  }

  @Test
  void index_unreachableCluster_oneLineExit2(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("a.txt"), "Title\n\nSome body text here.");
    Result r = run("index", "--solr-url", "http://127.0.0.1:1/solr", "--collection", "news",
        "--no-entities", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception")
        .startsWith("lede index: cannot reach SolrCloud at http://127.0.0.1:1/solr: ");
  }

  @Test
  void index_badArchiveOptions_usageErrors(@TempDir Path tmp) {
    String zk = cluster.getZkServer().getZkAddress();
    assertThat(run("index", "--solr", zk, "x.txt").err())
        .startsWith("lede index: --collection NAME is required with --solr and --solr-url");
    assertThat(run("index", "--solr", zk, "--index", tmp.toString(), "--collection", "c",
        "x.txt").err()).startsWith("lede index: give exactly one of --index DIR");
    assertThat(run("index", "--solr", zk, "--collection", "-bad", "x.txt").err())
        .startsWith("lede index: not a valid collection name");
    assertThat(run("index", "--solr-url", "localhost:8983", "--collection", "c", "x.txt")
        .err()).startsWith("lede index: not an http(s) URL");
    assertThat(run("index", "--solr", zk, "--collection", "c", "--shards", "0", "x.txt").code())
        .isEqualTo(2);
  }

  @Test
  void solrConfig_writesTheConfigsetTheClusterAccepts(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("conf");
    Result r = run("solr-config", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(dir.resolve("schema.xml")).exists();
    assertThat(dir.resolve("solrconfig.xml")).exists();
    assertThat(r.out()).contains("upload it as configset 'lede-3'");
    // what an administrator does with it: upload, create a collection, index into it
    cluster.uploadConfigSet(dir, "by-admin");
    org.apache.solr.client.solrj.request.CollectionAdminRequest
        .createCollection("admin-made", "by-admin", 1, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection("admin-made", 1, 2);
    Path file = Files.writeString(tmp.resolve("harbour.txt"),
        "Harbour cranes return\n\nThe port installed four new cranes on Monday.");
    Result indexed = run("index", "--solr", cluster.getZkServer().getZkAddress(),
        "--collection", "admin-made", "--no-entities", "--quiet", file.toString());
    assertThat(indexed.code()).as(indexed.err()).isZero();
    assertThat(indexed.out()).contains("(1 in the index)");
  }
}
