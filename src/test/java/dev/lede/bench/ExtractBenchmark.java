package dev.lede.bench;

import dev.lede.extract.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Benchmarks the extractors, single-threaded, each next to its baseline in the same run:
 * {@code fromHtml} against a bare {@code Jsoup.parse} of the same pages, and {@code fromPageText}
 * against splitting the same text into lines. Prints a table.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * dev.lede.bench.ExtractBenchmark [HTML_DIR]} (HTML_DIR defaults to
 * {@code ../shared/data/html-dev}; the page-text part uses the test fixtures).
 */
public final class ExtractBenchmark {

  private static final int ROUNDS = 5;

  private ExtractBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/html-dev");
    List<String> pages = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("html"))) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.resolve("html"), "*.gz")) {
        for (Path f : files) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } else {
      System.err.println("ExtractBenchmark: no pages at " + dir.resolve("html")
          + "; HTML rows skipped");
    }
    List<String> texts = new ArrayList<>();
    for (String name : List.of("harbor-gazette", "northwind-tech", "valley-courier")) {
      try (InputStream in = ExtractBenchmark.class.getResourceAsStream(
          "/extract/pagetext/" + name + ".txt")) {
        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    System.out.printf("%-34s %10s %10s %8s%n", "task", "docs/s", "MB/s", "ratio");
    // Warm every path up before any timing, so that no row pays for the JIT of another.
    for (int i = 0; i < 3; i++) {
      pages.forEach(Jsoup::parse);
      pages.forEach(Article::fromHtml);
      texts.forEach(Article::fromPageText);
    }
    if (!pages.isEmpty()) {
      double base = rate(pages, Jsoup::parse);
      double ours = rate(pages, Article::fromHtml);
      row("baseline Jsoup.parse", pages, base, 1);
      row("Article.fromHtml", pages, ours, ours / base);
    }
    double base = rate(texts, s -> s.split("\\R"));
    double ours = rate(texts, Article::fromPageText);
    row("baseline split lines", texts, base, 1);
    row("Article.fromPageText", texts, ours, ours / base);
  }

  private static void row(String task, List<String> docs, double docsPerSecond, double ratio) {
    double avgChars = docs.stream().mapToInt(String::length).average().orElse(0);
    System.out.printf("%-34s %10.1f %10.2f %8.3f%n", task, docsPerSecond,
        docsPerSecond * avgChars * 2 / 1e6, ratio);
  }

  /** Documents per second over the best of a few rounds, after a warm-up round. */
  private static double rate(List<String> docs, Consumer<String> task) {
    int repeat = Math.max(1, (docs.size() > 10 ? 60 : 3000) / docs.size());
    double best = 0;
    for (int round = 0; round <= ROUNDS; round++) {
      long t0 = System.nanoTime();
      for (int r = 0; r < repeat; r++) {
        for (String d : docs) {
          task.accept(d);
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (round > 0) {
        best = Math.max(best, docs.size() * repeat / seconds);
      }
    }
    return best;
  }
}
