package dev.lede.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Tokens per second through the command line, as a user runs it: {@code java -jar
 * target/lede-cli.jar analyze --jsonl}, pinned to one core with {@code taskset -c 0} when the
 * machine has it. Each run analyses the same GMB news documents once and four times over; the
 * wall-time difference between the two runs, divided into the extra tokens, cancels start-up
 * (model loading, JIT warm-up of the first copy). The neural tagger (shipped), the perceptron
 * (the earlier design) and no entities at all are measured in the same run, interleaved, and
 * printed as ratios to one another and to the 4,100 tokens/s that issue 10 measured for Stanford
 * CoreNLP 4.5.10 with its fast settings on the same kind of input outside the project (CoreNLP
 * is GPL and never runs here).
 *
 * <p>Last measured (README, "The JIT compiler's backlog on one core"): on a quiet machine before
 * the speed branch, neural median 8,580 tokens/s of wall time (2.09x); with the speed branch, the
 * old and new jar interleaved over 9 rounds on a mostly loaded machine, CPU-time slope median
 * 8,206 before and 12,218 after (2.98x CoreNLP fast; 3x not shown). With the per-word caches of
 * branch speed2 (2026-12-04, load average 6-13, core 0 to itself most of the time): median wall-time
 * slope 17,132 tokens/s over 5 rounds = 4.18x (CPU time 17,346); main's jar and the new one
 * interleaved over 9 rounds, 12,281 and 16,916. Pinned to one core, the slope also pays for the JIT
 * compiler's backlog, which shares the core until about the 15th copy ({@link WarmupCurve}), so
 * single rounds spread about 4x: read the median.
 *
 * <p>Run after {@code mvn -B -q package -DskipTests}: {@code java -cp
 * target/classes:target/test-classes:$(cat cp.txt) dev.lede.bench.CliSpeedBenchmark [GMB_CSV]
 * [ROUNDS]}. The GMB file is read at run time only (default
 * {@code ../shared/data/ner/gmb/ner_dataset.csv}); the inputs are written under {@code target/}.
 */
public final class CliSpeedBenchmark {

  static final String DEFAULT_DATA = "../shared/data/ner/gmb/ner_dataset.csv";
  static final String JAR = "target/lede-cli.jar";
  /** Documents of this many GMB sentences, from this sentence on, as in issue 10. */
  static final int DOCUMENTS = 40;
  static final int SENTENCES_PER_DOCUMENT = 25;
  static final int FIRST_SENTENCE = 1000;
  static final int COPIES = 4;
  static final int DEFAULT_ROUNDS = 5;
  /** CoreNLP 4.5.10, fast settings, one core, GMB documents of 25 sentences (issue 10). */
  static final double CORENLP_TOKENS_PER_SECOND = 4_100;

  private CliSpeedBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : DEFAULT_DATA);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROUNDS;
    if (!Files.isRegularFile(data)) {
      System.err.println("CliSpeedBenchmark: GMB data not found: " + data);
      System.exit(2);
    }
    if (!Files.isRegularFile(Path.of(JAR))) {
      System.err.println("CliSpeedBenchmark: " + JAR + " not found: run mvn package first");
      System.exit(2);
    }
    List<List<String>> sentences = readSentences(data);
    Path one = Path.of("target/cli-speed-1x.jsonl");
    Path four = Path.of("target/cli-speed-4x.jsonl");
    int tokens = writeInputs(sentences, one, four);
    boolean taskset = Files.isExecutable(Path.of("/usr/bin/taskset"));
    String[][] configs = {
      {"neural (shipped)", "", ""},
      {"perceptron", "-Dlede.entities.model=perceptron", ""},
      {"no entities", "", "--no-entities"},
    };
    double[][] wallRates = new double[configs.length][rounds];
    double[][] cpuRates = new double[configs.length][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int c = 0; c < configs.length; c++) {
        double[] t1 = time(configs[c], one, taskset);
        double[] t4 = time(configs[c], four, taskset);
        double rate = (COPIES - 1) * tokens / (t4[0] - t1[0]);
        double cpuRate = (COPIES - 1) * tokens / (t4[1] - t1[1]);
        System.out.printf(Locale.ROOT, "round %d %-16s wall 1x %.1f s, %dx %.1f s: %.0f tokens/s;"
            + " CPU 1x %.1f s, %dx %.1f s: %.0f tokens/s%n", round + 1, configs[c][0], t1[0],
            COPIES, t4[0], rate, t1[1], COPIES, t4[1], cpuRate);
        wallRates[c][round] = rate;
        cpuRates[c][round] = cpuRate;
      }
    }
    // The median: a slope is the difference of two noisy times, and one slow 1x run makes a
    // round look several times faster than it is.
    double[] mid = new double[configs.length];
    double[] midCpu = new double[configs.length];
    for (int c = 0; c < configs.length; c++) {
      mid[c] = median(wallRates[c]);
      midCpu[c] = median(cpuRates[c]);
    }
    System.out.printf(Locale.ROOT, "%d GMB documents of %d sentences, %d tokens; %s; median of"
        + " %d rounds%n",
        DOCUMENTS, SENTENCES_PER_DOCUMENT, tokens, taskset ? "taskset -c 0" : "not pinned",
        rounds);
    System.out.println("| run | tokens/s (wall slope) | ratio to neural | ratio to CoreNLP fast"
        + " (4,100, measured outside) | tokens/s (CPU-time slope) |");
    System.out.println("|---|---|---|---|---|");
    for (int c = 0; c < configs.length; c++) {
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.0f |%n", configs[c][0],
          mid[c], mid[c] / mid[0], mid[c] / CORENLP_TOKENS_PER_SECOND, midCpu[c]);
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /**
   * Wall time and CPU time (user + system, of the child JVM; NaN without {@code /usr/bin/time}) in
   * seconds of one CLI run over {@code input}. On a busy machine the CPU time drifts less.
   */
  private static double[] time(String[] config, Path input, boolean taskset)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    Path times = Files.createTempFile("cli-speed", ".txt");
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    if (timed) {
      command.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
    }
    if (taskset) {
      command.addAll(List.of("taskset", "-c", "0"));
    }
    command.add("java");
    if (!config[1].isEmpty()) {
      command.add(config[1]);
    }
    command.addAll(List.of("-jar", JAR, "analyze", "--jsonl"));
    if (!config[2].isEmpty()) {
      command.add(config[2]);
    }
    command.add(input.toString());
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = Double.NaN;
    if (timed) {
      String[] f = Files.readString(times).trim().split("\\s+");
      cpu = Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1]);
    }
    Files.deleteIfExists(times);
    return new double[] {wall, cpu};
  }

  /** GMB's sentences as token lists, in file order. */
  private static List<List<String>> readSentences(Path data) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(data, StandardCharsets.ISO_8859_1)) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setSkipHeaderRecord(true)
          .setHeader().build().parse(r)) {
        if (!row.get(0).isEmpty() || sentences.isEmpty()) {
          sentences.add(new ArrayList<>());
        }
        sentences.get(sentences.size() - 1).add(row.get(1));
      }
    }
    return sentences;
  }

  /** Writes the 1x and 4x inputs; returns the tokens of the 1x input (GMB's tokens). */
  private static int writeInputs(List<List<String>> sentences, Path one, Path four)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> docs = new ArrayList<>();
    int tokens = 0;
    for (int d = 0; d < DOCUMENTS; d++) {
      StringBuilder body = new StringBuilder();
      for (int s = 0; s < SENTENCES_PER_DOCUMENT; s++) {
        List<String> words = sentences.get(FIRST_SENTENCE + d * SENTENCES_PER_DOCUMENT + s);
        tokens += words.size();
        if (body.length() > 0) {
          body.append(' ');
        }
        body.append(detokenize(words));
      }
      docs.add(body.toString());
    }
    List<String> lines1 = new ArrayList<>();
    List<String> lines4 = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      lines1.add(json.writeValueAsString(Map.of("id", "g" + d, "body", docs.get(d))));
    }
    for (int copy = 0; copy < COPIES; copy++) {
      for (int d = 0; d < docs.size(); d++) {
        lines4.add(json.writeValueAsString(
            Map.of("id", "g" + d + "_" + copy, "body", docs.get(d))));
      }
    }
    Files.createDirectories(one.toAbsolutePath().getParent());
    Files.write(one, lines1, StandardCharsets.UTF_8);
    Files.write(four, lines4, StandardCharsets.UTF_8);
    return tokens;
  }

  /** GMB's tokens as text: no space before closing punctuation and clitics. */
  static String detokenize(List<String> words) {
    return String.join(" ", words)
        .replaceAll(" ([.,;:!?%)])", "$1")
        .replace("( ", "(")
        .replaceAll(" ('s|n't)", "$1");
  }
}
