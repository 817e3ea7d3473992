package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the CLI's results go: a reader that leaves ({@code | head -1}) or a full disk stops the
 * command with exit code 2 instead of letting it run on for nobody and exit 0; and
 * {@code analyze --jsonl} answers each line as it is read.
 */
final class OutputAndStreamingTest {

  @TempDir Path dir;

  private Path jsonl(int lines) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      b.append("{\"id\": \"").append(i).append("\", \"body\": \"Ferry ").append(i)
          .append(" left Oslo late.\"}\n");
    }
    return Files.writeString(dir.resolve("batch.jsonl"), b);
  }

  /** An output whose every write fails, as a closed pipe or a full disk fails it. */
  private static final class Refusing extends OutputStream {
    final AtomicInteger writes = new AtomicInteger();
    private final String reason;

    Refusing(String reason) {
      this.reason = reason;
    }

    @Override
    public void write(int b) throws IOException {
      writes.incrementAndGet();
      throw new IOException(reason);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      write(0);
    }
  }

  @Test
  void analyzeJsonl_readerGone_stopsAtTheFirstLineQuietlyExitTwo() throws IOException {
    Refusing closed = new Refusing("Broken pipe");

    CliRun r = CliRun.to(Main.output(closed), List.of("analyze", "--jsonl", "--no-entities",
        jsonl(5).toString()));

    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(closed.writes).hasValue(1); // not one failed write per line: the run stopped
    assertThat(r.err()).isEmpty(); // the reader chose to stop reading: nothing to report
  }

  @ParameterizedTest
  @ValueSource(strings = {"--jsonl", "--pretty"})
  void analyze_diskFull_oneLineErrorExitTwo(String mode) throws IOException {
    Refusing full = new Refusing("No space left on device");
    Path file = mode.equals("--jsonl") ? jsonl(3)
        : Files.writeString(dir.resolve("a.txt"), "Ferries ran late in Oslo.");

    CliRun r = CliRun.to(Main.output(full), List.of("analyze", mode, "--no-entities",
        file.toString()));

    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(full.writes).hasValue(1);
    assertThat(r.err()).isEqualTo(
        "lede analyze: cannot write the output: No space left on device" + System.lineSeparator());
  }

  @Test
  void analyzeJsonl_stdin_eachLineAnsweredBeforeTheNextArrives() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
    CountDownLatch firstAnswer = new CountDownLatch(1);
    ByteArrayOutputStream answers = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public synchronized void write(int b) {
        answers.write(b);
        if (b == '\n') {
          firstAnswer.countDown();
        }
      }
    };
    InputStream saved = System.in;
    System.setIn(stdin);
    AtomicInteger code = new AtomicInteger(-1);
    Thread run = new Thread(() -> code.set(CliRun.to(Main.output(out), List.of("analyze",
        "--jsonl", "--no-entities", "-")).code()));
    try {
      run.start();
      feed.write("{\"id\": \"one\", \"body\": \"Ferries ran late.\"}\n"
          .getBytes(StandardCharsets.UTF_8));
      feed.flush();

      // A program that writes a line and waits for its answer (a coprocess) must get it; read
      // to the end of the input first, the command never answered while the input stayed open.
      boolean answered = firstAnswer.await(60, TimeUnit.SECONDS);
      feed.write("{\"id\": \"two\", \"body\": \"Buses ran on time.\"}\n"
          .getBytes(StandardCharsets.UTF_8));
      feed.close();
      run.join(60_000);

      assertThat(answered).as("the first line answered while the input is still open").isTrue();
      assertThat(code).hasValue(0);
      assertThat(answers.toString(StandardCharsets.UTF_8).lines()
          .map(l -> l.substring(0, l.indexOf(','))))
          .containsExactly("{\"id\":\"one\"", "{\"id\":\"two\"");
    } finally {
      feed.close();
      System.setIn(saved);
      run.join(60_000);
    }
  }

  @Test
  void analyzeJsonl_byteOrderMarkAndBlankLines_skippedAndLinesNumbered() throws IOException {
    Path file = Files.writeString(dir.resolve("bom.jsonl"),
        "\uFEFF{\"id\": \"a\", \"body\": \"Rain.\"}\n\n{\"id\": 5}\n");

    CliRun r = CliRun.of("analyze", "--jsonl", "--no-entities", file.toString());

    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(r.out()).startsWith("{\"id\":\"a\"");
    assertThat(r.err()).startsWith("lede analyze: " + file + " line 3: \"id\" must be a string");
  }

  // --- the real command in a child JVM, its standard output a pipe or a full disk

  private List<String> command(String... args) {
    List<String> c = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    c.addAll(List.of(args));
    return c;
  }

  /**
   * The child's standard error without the SLF4J notes that the test class path (two SLF4J
   * providers, which lede-cli.jar does not have) makes every JVM print.
   */
  private static String stderr(Process p) throws IOException {
    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
        .filter(l -> !l.startsWith("SLF4J(")).map(l -> l + "\n")
        .collect(java.util.stream.Collectors.joining());
  }

  @Test
  @Tag("process")
  void process_readerClosesThePipeAfterOneLine_stopsSoonExitTwoNoStackTrace() throws Exception {
    Path batch = jsonl(400);
    Process p = new ProcessBuilder(command("analyze", "--jsonl", "--no-entities",
        batch.toString())).redirectError(ProcessBuilder.Redirect.PIPE).start();
    try {
      String first;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        first = out.readLine(); // then closed, as head -1 closes it
      }
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String errors = stderr(p);

      assertThat(first).startsWith("{\"id\":\"0\"");
      assertThat(p.exitValue()).as(errors).isEqualTo(Main.EXIT_ERROR);
      assertThat(errors).doesNotContain("Exception").doesNotContain("\tat ").isEmpty();
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  @Tag("process")
  void process_outputToAFullDisk_oneLineErrorExitTwo() throws Exception {
    File full = new File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
    Path file = Files.writeString(dir.resolve("ferry.txt"), "Ferries ran late in Oslo.");
    Process p = new ProcessBuilder(command("analyze", "--no-entities", file.toString()))
        .redirectOutput(full).start();
    try {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String errors = stderr(p);

      assertThat(p.exitValue()).as(errors).isEqualTo(Main.EXIT_ERROR);
      assertThat(errors.strip())
          .isEqualTo("lede analyze: cannot write the output: No space left on device");
    } finally {
      p.destroyForcibly();
    }
  }
}
