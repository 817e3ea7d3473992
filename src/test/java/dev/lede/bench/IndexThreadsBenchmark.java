package dev.lede.bench;

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
import java.util.stream.Stream;

/**
 * Benchmark of {@code lede index} on one thread against several: the same CLI jar run as a child
 * process over the same Reuters-21578 documents, thread counts interleaved round by round (the
 * order flips each round) so that a change of load on a shared machine hits every row alike.
 * Prints each run (wall time, the child's CPU time and the cores it kept busy on average), then
 * the median articles/s per thread count as a ratio to one thread, and the load average seen. Wall time includes the JVM start and model loading (2-3 s), as a user sees.
 *
 * <p>The corpus is read from {@code ../shared/data} at run time and only copied (its first N
 * documents) to a temporary file that is deleted at the end.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp target/test-classes dev.lede.bench.IndexThreadsBenchmark \
 *     [--jar target/lede-cli.jar] [--docs N] [--rounds R] [--threads 1,2] [REUTERS_JSONL]
 * </pre>
 */
public final class IndexThreadsBenchmark {

  private IndexThreadsBenchmark() {}

  private record Run(int threads, double seconds, double cpuSeconds, String indexed,
      String load) {}

  public static void main(String[] args) throws Exception {
    String corpus = "../shared/data/related/reuters21578/reuters21578_docs.jsonl";
    String jar = "target/lede-cli.jar";
    int docs = Integer.MAX_VALUE;
    int rounds = 1;
    int[] threadCounts = {1, 2};
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jar" -> jar = args[++i];
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--threads" -> threadCounts = Arrays.stream(args[++i].split(","))
            .mapToInt(Integer::parseInt).toArray();
        default -> corpus = args[i];
      }
    }
    Path file = Path.of(corpus);
    if (!Files.isRegularFile(file) || !Files.isRegularFile(Path.of(jar))) {
      System.err.println("IndexThreadsBenchmark: corpus or jar not found: " + file + ", " + jar
          + " (run from the project root after mvn package, beside ../shared)");
      System.exit(2);
    }
    Path tmp = Files.createTempDirectory("lede-index-bench");
    try {
      Path input = tmp.resolve("docs.jsonl");
      int count = copyFirst(file, input, docs);
      System.out.printf(Locale.ROOT, "lede index benchmark: %d Reuters documents (%s), %d cores,"
          + " %d round(s), java %s%n", count, file, Runtime.getRuntime().availableProcessors(),
          rounds, System.getProperty("java.version"));
      System.out.printf(Locale.ROOT, "%-6s %8s %9s %12s %9s %6s  %-38s  %s%n", "round",
          "threads", "seconds", "articles/s", "cpu s", "cores", "output",
          "load average (1, 5, 15 min) before");
      List<Run> runs = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        int[] order = threadCounts.clone();
        if (round % 2 == 0) {
          reverse(order);
        }
        for (int t : order) {
          Run r = run(jar, input, tmp.resolve("idx-" + round + "-" + t), t);
          runs.add(r);
          System.out.printf(Locale.ROOT, "%-6d %8d %9.1f %12.1f %9.1f %6.2f  %-38s  %s%n",
              round, t, r.seconds(), count / r.seconds(), r.cpuSeconds(),
              r.cpuSeconds() / r.seconds(), r.indexed(), r.load());
        }
      }
      System.out.println();
      System.out.printf(Locale.ROOT, "%8s %16s %8s%n", "threads", "median art./s", "ratio");
      double base = median(runs, threadCounts[0], count);
      for (int t : threadCounts) {
        double m = median(runs, t, count);
        System.out.printf(Locale.ROOT, "%8d %16.1f %7.2fx%n", t, m, m / base);
      }
      System.out.println("load average after: " + load());
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  private static Run run(String jar, Path input, Path index, int threads) throws Exception {
    String load = load();
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", jar, "index", "--index", index.toString(), "--jsonl", "--quiet",
        "--threads", Integer.toString(threads), input.toString());
    double cpu0 = childCpuSeconds();
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = childCpuSeconds() - cpu0;
    if (code != 0) {
      throw new IllegalStateException("lede index exited with " + code + ": " + output);
    }
    // "indexed N articles into DIR (M in the index)": keep the counts
    String counts = output.replaceAll(".*indexed (\\d+) articles.*\\((\\d+) in the index.*",
        "indexed $1, $2 in the index");
    return new Run(threads, seconds, cpu, counts, load);
  }

  /**
   * CPU time (user + system) of this process's children that have ended and been waited for
   * ({@code cutime} and {@code cstime} of {@code /proc/self/stat}, in clock ticks of 1/100 s),
   * or NaN where there is no {@code /proc}.
   */
  private static double childCpuSeconds() throws IOException {
    Path stat = Path.of("/proc/self/stat");
    if (!Files.isReadable(stat)) {
      return Double.NaN;
    }
    String s = Files.readString(stat);
    // fields after the command name in parentheses, which may hold spaces
    String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
  }

  private static int copyFirst(Path from, Path to, int max) throws IOException {
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        var w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      String line;
      while (n < max && (line = r.readLine()) != null) {
        if (!line.isBlank()) {
          w.write(line);
          w.newLine();
          n++;
        }
      }
    }
    return n;
  }

  private static double median(List<Run> runs, int threads, int count) {
    double[] rates = runs.stream().filter(r -> r.threads() == threads)
        .mapToDouble(r -> count / r.seconds()).sorted().toArray();
    int n = rates.length;
    return n % 2 == 1 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
  }

  private static void reverse(int[] a) {
    for (int i = 0, j = a.length - 1; i < j; i++, j--) {
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static String load() throws IOException {
    Path p = Path.of("/proc/loadavg");
    if (!Files.isReadable(p)) {
      return "n/a";
    }
    String[] parts = Files.readString(p).split("\\s+");
    return parts[0] + ", " + parts[1] + ", " + parts[2];
  }
}
