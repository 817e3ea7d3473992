package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import dev.lede.index.RelatedQuery;
import dev.lede.text.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Benchmark of {@link ArticleIndex}: indexing throughput (with analysis, and from pre-analysed
 * input) and {@code related()} latency at 10k and 100k articles, beside plain Lucene
 * MoreLikeThis (defaults, top 10) on the same index, in one run.
 *
 * <p>Articles are Reuters-21578 documents (read from {@code ../shared/data}, never copied),
 * repeated with fresh ids up to the sizes; each repetition leaves out a different fifth of the
 * sentences so that copies are not byte-identical.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.lede.bench.IndexBenchmark \
 *     [REUTERS_JSONL] [--analyse N] [--sizes 10000,100000] [--queries N]
 * </pre>
 */
public final class IndexBenchmark {

  private IndexBenchmark() {}

  public static void main(String[] args) throws Exception {
    String file = "../shared/data/related/reuters21578/reuters21578_docs.jsonl";
    int analyse = 3000;
    int queries = 1000;
    int[] sizes = {10_000, 100_000};
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--analyse" -> analyse = Integer.parseInt(args[++i]);
        case "--queries" -> queries = Integer.parseInt(args[++i]);
        case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt)
            .toArray();
        default -> file = args[i];
      }
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      System.err.println("IndexBenchmark: corpus not found: " + path);
      System.exit(2);
    }
    List<Article> articles = read(path, analyse);
    int threads = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "Lede index benchmark: %d Reuters articles, %d cores, Java %s"
        + "%n", articles.size(), threads, System.getProperty("java.version"));

    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().build();
    Path root = Files.createTempDirectory("lede-bench");
    try {
      // 1. Indexing with analysis (every core).
      long t = System.nanoTime();
      List<ArticleAnalysis> analyses;
      try (ArticleIndex index = ArticleIndex.open(root.resolve("analysed"), analyzer)) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        analyses = pool.submit(() -> articles.parallelStream().map(a -> {
          ArticleAnalysis an = analyzer.analyze(a);
          return an;
        }).toList()).get();
        for (int i = 0; i < analyses.size(); i++) {
          index.add("r" + i, analyses.get(i));
        }
        index.commit();
        pool.shutdown();
      }
      double withAnalysis = articles.size() / ((System.nanoTime() - t) / 1e9);

      System.out.printf(Locale.ROOT, "%n%-34s %12s%n", "indexing", "articles/s");
      System.out.printf(Locale.ROOT, "%-34s %12.0f%n", "with analysis (" + threads + " threads)",
          withAnalysis);

      List<String[]> rows = new ArrayList<>();
      for (int size : sizes) {
        Path dir = root.resolve("n" + size);
        t = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.open(dir, analyzer)) {
          ForkJoinPool pool = new ForkJoinPool(threads);
          pool.submit(() -> java.util.stream.IntStream.range(0, size).parallel().forEach(i -> {
            try {
              index.add("r" + i, variant(analyses.get(i % analyses.size()), i / analyses.size()));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })).get();
          pool.shutdown();
          index.commit();
          double preAnalysed = size / ((System.nanoTime() - t) / 1e9);
          System.out.printf(Locale.ROOT, "%-34s %12.0f%n",
              "pre-analysed, " + size + " articles", preAnalysed);
        }
        // Queries on the archive reopened, as a site serves it: no writer's merges still
        // running in the background, no indexing buffers on the heap.
        System.gc();
        try (ArticleIndex index = ArticleIndex.open(dir, analyzer)) {
          rows.add(latency(index, dir, size, queries));
        }
      }
      System.out.printf(Locale.ROOT, "%n%-10s %-28s %9s %9s %9s%n", "articles", "query",
          "p50 ms", "p99 ms", "mean ms");
      for (String[] r : rows) {
        System.out.print(r[0]);
      }
    } finally {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Untimed queries of each kind before the timed ones, on every index: 1,000. With 200, the
   * first index measured (10k) was timed while the JIT was still compiling Lede's code paths
   * (its ratio to MoreLikeThis came out 10-20% worse than on the larger index measured after
   * it).
   */
  private static final int WARM_UP_QUERIES = 1_000;

  /** Measures Lede's related() and plain MoreLikeThis, interleaved, on one index. */
  private static String[] latency(ArticleIndex index, Path dir, int size, int queries)
      throws IOException {
    Random random = new Random(42);
    int[] ids = random.ints(queries + WARM_UP_QUERIES, 0, size).toArray();
    long[] lede = new long[queries];
    long[] topic = new long[queries];
    long[] plain = new long[queries];
    // Thread CPU time beside wall time: on a machine shared with other jobs, wall time also
    // counts the time the thread waited for a core.
    long[] ledeCpu = new long[queries];
    long[] topicCpu = new long[queries];
    long[] plainCpu = new long[queries];
    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    int segments;
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      segments = reader.leaves().size();
      IndexSearcher searcher = new IndexSearcher(reader);
      EnglishAnalyzer english = new EnglishAnalyzer();
      RelatedQuery options = RelatedQuery.of(10);
      RelatedQuery topical = RelatedQuery.builder().limit(10)
          .topicWeight(RelatedQuery.TOPIC_WEIGHT).build();
      for (int q = 0; q < ids.length; q++) {
        String id = "r" + ids[q];
        // Rotate which query runs first: the first one pays for cold caches (the article's
        // term vectors, its terms' dictionary blocks) that the next ones then find warm.
        for (int k = 0; k < 3; k++) {
          int turn = (q + k) % 3; // 0 Lede, 1 Lede with the topic weight, 2 MoreLikeThis
          long t0 = System.nanoTime();
          long c0 = cpu.getCurrentThreadCpuTime();
          if (turn == 0) {
            index.related(id, options);
          } else if (turn == 1) {
            index.related(id, topical);
          } else {
            // Plain Lucene: find the doc, MoreLikeThis with its defaults, top 10 (+1 for itself).
            TopDocs hit = searcher.search(new TermQuery(new Term("id", id)), 1);
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(english);
            mlt.setFieldNames(new String[] {"text"});
            Query query = mlt.like(hit.scoreDocs[0].doc);
            TopDocs top = searcher.search(query, 11);
            for (var sd : top.scoreDocs) {
              reader.storedFields().document(sd.doc, java.util.Set.of("id", "title"));
            }
          }
          long took = System.nanoTime() - t0;
          long tookCpu = cpu.getCurrentThreadCpuTime() - c0;
          if (q >= WARM_UP_QUERIES) {
            (turn == 0 ? lede : turn == 1 ? topic : plain)[q - WARM_UP_QUERIES] = took;
            (turn == 0 ? ledeCpu : turn == 1 ? topicCpu : plainCpu)[q - WARM_UP_QUERIES] =
                tookCpu;
          }
        }
      }
    }
    return new String[] {String.format(Locale.ROOT, "%-10d %d segments%n", size, segments)
        + rows(size, "", lede, plain) + rows(size, " (cpu)", ledeCpu, plainCpu)
        + rows(size, " topic", topic, plain) + rows(size, " topic (cpu)", topicCpu, plainCpu)};
  }

  /** Three table rows: Lede, MoreLikeThis and their ratio. */
  private static String rows(int size, String kind, long[] lede, long[] plain) {
    Arrays.sort(lede);
    Arrays.sort(plain);
    return String.format(Locale.ROOT, "%-10d %-28s %9.2f %9.2f %9.2f%n", size,
        "Lede related()" + kind, ms(lede, 0.5), ms(lede, 0.99), mean(lede))
        + String.format(Locale.ROOT, "%-10d %-28s %9.2f %9.2f %9.2f%n", size,
        "plain MoreLikeThis" + kind.replace(" topic", ""), ms(plain, 0.5), ms(plain, 0.99),
        mean(plain))
        + String.format(Locale.ROOT, "%-10d %-28s %9.2f %9.2f %9.2f%n", size,
        "ratio Lede / MoreLikeThis" + kind, ms(lede, 0.5) / ms(plain, 0.5),
        ms(lede, 0.99) / ms(plain, 0.99), mean(lede) / mean(plain));
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)]
        / 1e6;
  }

  private static double mean(long[] values) {
    return Arrays.stream(values).average().orElse(0) / 1e6;
  }

  /** Copy {@code k} of an analysis: leaves out every fifth sentence, starting at k. */
  public static ArticleAnalysis variant(ArticleAnalysis a, int k) {
    if (k == 0 || a.sentences().size() < 3) {
      return a;
    }
    StringBuilder body = new StringBuilder();
    List<Sentence> sentences = a.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      if ((i + k) % 5 != 0) {
        body.append(sentences.get(i).text()).append(' ');
      }
    }
    return new ArticleAnalysis(a.title(), a.byline(), a.section(), a.publishedAt(), a.url(),
        a.language(), a.statedReadingMinutes(), body.toString().strip(), a.stats(),
        a.readingTime(), List.of(), a.tokens(), a.entities(), a.demonymCountries(),
        a.keywords());
  }

  private static List<Article> read(Path file, int max) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && out.size() < max) {
        JsonNode n = json.readTree(line);
        String text = n.path("text").asText("");
        if (!text.isBlank()) {
          out.add(Article.ofBody(n.path("title").asText(null), text));
        }
      }
    }
    return out;
  }
}
