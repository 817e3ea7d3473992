package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a fresh JVM's CPU time goes while it analyses the same JSONL file again and again: per
 * copy, the CPU time of each JVM thread (the analysing thread, the C1 and C2 JIT compilers, GC),
 * read from Linux's {@code /proc/self/task}. Pinned to one core ({@code taskset -c 0}), the
 * compiler threads share that core with the analysis, so the copies after the first one, which
 * {@link CliSpeedBenchmark}'s 1x/4x slope measures, pay for the JIT compiler's backlog as well.
 *
 * <p>Run after {@code mvn -B -q package -DskipTests}: {@code taskset -c 0 java -cp
 * target/lede-cli.jar:target/test-classes dev.lede.bench.WarmupCurve target/cli-speed-1x.jsonl
 * [COPIES] [TOKENS]} (the input is the one {@link CliSpeedBenchmark} writes; TOKENS, default its
 * 22,319, only turns the copies 2-4 line into tokens/s).
 */
public final class WarmupCurve {

  private WarmupCurve() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    int tokens = args.length > 2 ? Integer.parseInt(args[2]) : 22_319;
    long start = System.nanoTime();
    Map<String, Long> before = threadCpuMillis();
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().build();
    before = report("load", start, before, null);
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(input);
    long[] perCopy = new long[copies];
    for (int c = 0; c < copies; c++) {
      long t = System.nanoTime();
      for (String line : lines) {
        JsonNode node = json.readTree(line);
        analyzer.analyze(Article.ofBody(null, node.get("body").asText()));
      }
      long[] total = new long[1];
      before = report("copy " + (c + 1), t, before, total);
      perCopy[c] = total[0];
    }
    if (copies >= 4) {
      long cpu = perCopy[1] + perCopy[2] + perCopy[3];
      System.out.printf(Locale.ROOT, "copies 2-4: %d ms of CPU, %.0f tokens/s of CPU time%n",
          cpu, 3.0 * tokens / (cpu / 1000.0));
    }
  }

  /** Prints the CPU time each thread name used since {@code before}; returns the new totals. */
  private static Map<String, Long> report(String label, long startNanos,
      Map<String, Long> before, long[] total) throws IOException {
    Map<String, Long> now = threadCpuMillis();
    StringBuilder threads = new StringBuilder();
    long sum = 0;
    for (Map.Entry<String, Long> e : now.entrySet()) {
      long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
      sum += d;
      if (d >= 50) {
        threads.append(' ').append(e.getKey()).append('=').append(d);
      }
    }
    if (total != null) {
      total[0] = sum;
    }
    System.out.printf(Locale.ROOT, "%-8s wall %5.2f s, CPU %5d ms:%s%n", label,
        (System.nanoTime() - startNanos) / 1e9, sum, threads);
    return now;
  }

  /** CPU time (user + system) per thread name, threads of one name summed, in milliseconds. */
  private static Map<String, Long> threadCpuMillis() throws IOException {
    Map<String, Long> cpu = new TreeMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        try {
          String name = Files.readString(task.resolve("comm")).trim().replaceAll("\\d+$", "");
          String stat = Files.readString(task.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms
          long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
          cpu.merge(name, ticks * 10, Long::sum);
        } catch (java.nio.file.NoSuchFileException e) {
          // the thread ended while we read it
        }
      }
    }
    return cpu;
  }
}
