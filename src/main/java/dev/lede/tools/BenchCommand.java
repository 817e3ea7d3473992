package dev.lede.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.cli.Args;
import dev.lede.cli.Command;
import dev.lede.extract.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench}: measures analysis throughput over a corpus of news articles, without and with
 * entities, on one thread and on all cores, in one run so the rows compare on the same machine
 * state.
 *
 * <p>Stateless, so thread-safe. Public only so that {@link java.util.ServiceLoader} can create it
 * for {@link dev.lede.cli.Main}.
 */
public final class BenchCommand implements Command {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Default corpus: Reuters-21578 as JSONL, read at run time and never shipped. */
  static final String DEFAULT_CORPUS =
      "../shared/data/related/reuters21578/reuters21578_docs.jsonl";
  /** Timed passes over the corpus per row, after one warm-up pass. */
  static final int TIMED_PASSES = 2;
  /** Default number of documents: the first 2,000. */
  static final int DEFAULT_DOCS = 2_000;

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String usage() {
    return "bench [--corpus FILE.jsonl] [--docs N] [--threads N] [--no-entities]"
        + "   (analysis throughput: articles/s, tokens/s)";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of("no-entities"), Set.of("corpus", "docs", "threads"));
    Path corpus = Path.of(args.option("corpus", DEFAULT_CORPUS));
    int docs = args.intOption("docs", DEFAULT_DOCS, 1);
    int threads = args.intOption("threads", Runtime.getRuntime().availableProcessors(), 1);
    if (!Files.isRegularFile(corpus)) {
      throw new IOException("corpus not found: " + corpus
          + " (give --corpus FILE.jsonl with one {\"title\", \"text\"} object per line)");
    }
    List<String> pages = readCorpus(corpus, docs);
    if (pages.isEmpty()) {
      throw new IOException("no documents in " + corpus
          + " (one {\"title\", \"text\"} object per line, text not blank)");
    }
    out.printf("corpus: %s, %d documents, %d threads for the parallel rows%n", corpus,
        pages.size(), threads);

    long before = usedHeap();
    ArticleAnalyzer plain = ArticleAnalyzer.builder().entities(false).build();
    long plainHeap = usedHeap() - before;
    out.printf("heap after loading text models: %d MB%n", plainHeap >> 20);
    ArticleAnalyzer full = null;
    if (!args.flag("no-entities")) {
      long beforeFull = usedHeap();
      full = ArticleAnalyzer.builder().build();
      out.printf("heap after loading all models (text + entities): %d MB%n",
          (usedHeap() - beforeFull) >> 20);
    }

    out.printf("%-34s %8s %12s %12s %9s%n", "pipeline", "threads", "articles/s", "tokens/s",
        "ratio");
    Result base1 = measure(plain, pages, 1);
    print(out, "clean+sentences+tokens+POS+lemmas", 1, base1, base1);
    Result baseN = measure(plain, pages, threads);
    print(out, "clean+sentences+tokens+POS+lemmas", threads, baseN, base1);
    if (full != null) {
      Result full1 = measure(full, pages, 1);
      print(out, "... + entities + keywords", 1, full1, base1);
      Result fullN = measure(full, pages, threads);
      print(out, "... + entities + keywords", threads, fullN, base1);
    }
    out.println("ratio: tokens/s relative to the single-threaded pipeline without entities");
    return 0;
  }

  private static List<String> readCorpus(Path corpus, int docs) throws IOException {
    List<String> pages = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while (pages.size() < docs && (line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        String text = n.path("text").asText("");
        if (text.isBlank()) {
          continue;
        }
        // Page-text form, so the cleaning step is measured as well.
        pages.add(n.path("title").asText("") + "\n\n" + text);
      }
    }
    return pages;
  }

  private record Result(int articles, long tokens, long nanos) {
    double articlesPerSecond() {
      return articles * 1e9 / nanos;
    }

    double tokensPerSecond() {
      return tokens * 1e9 / nanos;
    }
  }

  private static Result measure(ArticleAnalyzer analyzer, List<String> pages, int threads)
      throws Exception {
    Result best = null;
    // The first pass warms the JIT and the lemma cache, as in a long-running service; the best of
    // the next passes is reported because other processes on a shared machine only slow a pass.
    for (int pass = 0; pass <= TIMED_PASSES; pass++) {
      Result r = pass(analyzer, pages, threads);
      if (pass > 0 && (best == null || r.nanos() < best.nanos())) {
        best = r;
      }
    }
    return best;
  }

  private static Result pass(ArticleAnalyzer analyzer, List<String> pages, int threads)
      throws Exception {
    AtomicLong tokens = new AtomicLong();
    long start = System.nanoTime();
    if (threads == 1) {
      for (String p : pages) {
        tokens.addAndGet(analyzer.analyze(Article.fromPageText(p)).tokens().size());
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (String p : pages) {
          futures.add(pool.submit(() -> {
            ArticleAnalysis a = analyzer.analyze(Article.fromPageText(p));
            tokens.addAndGet(a.tokens().size());
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
    }
    return new Result(pages.size(), tokens.get(), System.nanoTime() - start);
  }

  private static void print(PrintStream out, String name, int threads, Result r, Result base) {
    out.printf("%-34s %8d %12.1f %12.0f %8.2fx%n", name, threads, r.articlesPerSecond(),
        r.tokensPerSecond(), r.tokensPerSecond() / base.tokensPerSecond());
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
