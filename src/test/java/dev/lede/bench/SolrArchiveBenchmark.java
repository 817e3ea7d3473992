package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import dev.lede.index.SolrCollection;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * Benchmark of the archive's two backends on the same articles, in one run: writing throughput
 * (batches of {@code addAll}, then a commit) and {@code get} latency (p50, p99), for the embedded
 * Lucene index on disk and for a 2-shard x 2-replica collection on a 2-node SolrCloud started in
 * this JVM (ZooKeeper and both Jetty nodes share the machine with the client).
 *
 * <p>Analysis is the same for both and not timed: Reuters-21578 documents (read from
 * {@code ../shared/data} at run time) are analysed once and written under fresh ids up to the
 * size. {@code related(id, 5)} latency (p50, p99) is measured on random ids after a warm-up, on
 * the same articles; with fewer analysed than written, each story is there several times and the
 * de-duplication has work to do.
 *
 * <pre>
 * mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Djava.security.egd=file:/dev/./urandom \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) dev.lede.bench.SolrArchiveBenchmark \
 *     [REUTERS_JSONL] [--analyse N] [--size N] [--batch N] [--gets N] [--related N]
 * </pre>
 */
public final class SolrArchiveBenchmark {

  private SolrArchiveBenchmark() {}

  public static void main(String[] args) throws Exception {
    String file = "../shared/data/related/reuters21578/reuters21578_docs.jsonl";
    int analyse = 2_000;
    int size = 20_000;
    int batch = 500;
    int gets = 2_000;
    int related = 500;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--analyse" -> analyse = Integer.parseInt(args[++i]);
        case "--size" -> size = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--gets" -> gets = Integer.parseInt(args[++i]);
        case "--related" -> related = Integer.parseInt(args[++i]);
        default -> file = args[i];
      }
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      System.err.println("SolrArchiveBenchmark: corpus not found: " + path);
      System.exit(2);
    }
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().build();
    List<ArticleAnalysis> analysed = read(path, analyse).parallelStream()
        .map(analyzer::analyze).toList();
    System.out.printf(Locale.ROOT, "Lede archive benchmark: %d Reuters articles analysed, written"
        + " as %d, batches of %d, %d gets; %d cores, Java %s, load average %s%n",
        analysed.size(), size, batch, gets, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), load());

    Path root = Files.createTempDirectory("lede-archive-bench");
    MiniSolrCloudCluster cluster = null;
    try {
      Result embedded;
      try (ArticleIndex index = ArticleIndex.open(root.resolve("embedded"), analyzer)) {
        embedded = measure(index, analysed, size, batch, gets, related);
      }
      cluster = new MiniSolrCloudCluster.Builder(2, root.resolve("solr")).build();
      Result solr;
      try (ArticleIndex index = ArticleIndex.openSolr(SolrCollection.viaZooKeeper(
          cluster.getZkServer().getZkAddress(), "bench").withLayout(2, 2), analyzer)) {
        solr = measure(index, analysed, size, batch, gets, related);
      }
      System.out.printf(Locale.ROOT, "%-32s %12s %8s %10s %10s %10s %10s %8s%n", "backend",
          "articles/s", "ratio", "get p50 ms", "get p99 ms", "rel p50 ms", "rel p99 ms",
          "ratio");
      print("embedded Lucene (disk)", embedded, embedded);
      print("SolrCloud 2 nodes, 2x2 (in JVM)", solr, embedded);
      System.out.println("ratios: writing throughput and related() p50 relative to the embedded"
          + " index; load average after: " + load());
    } finally {
      if (cluster != null) {
        cluster.shutdown();
      }
      org.apache.lucene.util.IOUtils.rm(root);
    }
  }

  private record Result(double articlesPerSecond, double getP50, double getP99,
      double relatedP50, double relatedP99) {}

  private static Result measure(ArticleIndex index, List<ArticleAnalysis> analysed, int size,
      int batch, int gets, int related) throws Exception {
    long t0 = System.nanoTime();
    Map<String, ArticleAnalysis> pending = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      pending.put("r" + i, analysed.get(i % analysed.size()));
      if (pending.size() == batch) {
        index.addAll(pending);
        pending.clear();
      }
    }
    index.addAll(pending);
    index.commit();
    double rate = size / ((System.nanoTime() - t0) / 1e9);
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) { // warm-up
      index.get("r" + random.nextInt(size));
    }
    double[] ms = new double[gets];
    for (int i = 0; i < gets; i++) {
      String id = "r" + random.nextInt(size);
      long t = System.nanoTime();
      if (index.get(id).isEmpty()) {
        throw new IllegalStateException("missing " + id);
      }
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    for (int i = 0; i < 200; i++) { // warm-up
      index.related("r" + random.nextInt(size), 5);
    }
    double[] rel = new double[related];
    for (int i = 0; i < related; i++) {
      String id = "r" + random.nextInt(size);
      long t = System.nanoTime();
      index.related(id, 5);
      rel[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(rel);
    return new Result(rate, ms[gets / 2], ms[(int) Math.floor(gets * 0.99)], rel[related / 2],
        rel[(int) Math.floor(related * 0.99)]);
  }

  private static void print(String name, Result r, Result base) {
    System.out.printf(Locale.ROOT, "%-32s %12.0f %7.2fx %10.2f %10.2f %10.2f %10.2f %7.2fx%n",
        name, r.articlesPerSecond(), r.articlesPerSecond() / base.articlesPerSecond(),
        r.getP50(), r.getP99(), r.relatedP50(), r.relatedP99(),
        r.relatedP50() / base.relatedP50());
  }

  private static List<Article> read(Path path, int max) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while (out.size() < max && (line = r.readLine()) != null) {
        JsonNode n = json.readTree(line);
        String text = n.path("text").asText("");
        if (!text.isBlank()) {
          out.add(Article.ofBody(n.path("title").asText(null), text));
        }
      }
    }
    return out;
  }

  private static String load() throws Exception {
    Path p = Path.of("/proc/loadavg");
    return Files.isReadable(p) ? String.join(", ",
        Arrays.copyOf(Files.readString(p).split("\\s+"), 3)) : "n/a";
  }
}
