package dev.lede.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One run of the command line in the test's JVM ({@link Main#run}): its exit code and what it
 * printed on standard output and standard error, read as UTF-8. How every CLI test runs a
 * command.
 *
 * @param code the exit code
 * @param out what the command printed on standard output; empty when that went to a stream of
 *     the test's own ({@link #to})
 * @param err what the command printed on standard error
 */
record CliRun(int code, String out, String err) {

  /** Runs the command line with these arguments. */
  static CliRun of(String... args) {
    return of(List.of(args));
  }

  /** Runs the command line with these arguments. */
  static CliRun of(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CliRun run = to(utf8(out), args);
    return new CliRun(run.code(), out.toString(StandardCharsets.UTF_8), run.err());
  }

  /**
   * Runs the command line with this standard output (one that fails, or one the test reads as
   * it is written), capturing standard error.
   */
  static CliRun to(PrintStream out, List<String> args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, out, utf8(err));
    return new CliRun(code, "", err.toString(StandardCharsets.UTF_8));
  }

  /** Runs the command line with this standard input in place of the JVM's, then puts it back. */
  static CliRun withInput(InputStream in, String... args) {
    InputStream saved = System.in;
    System.setIn(in);
    try {
      return of(args);
    } finally {
      System.setIn(saved);
    }
  }

  /** A stream printing UTF-8 into these bytes, flushed at each line, as a console would be. */
  static PrintStream utf8(OutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
