package dev.lede.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@code lede} command line: {@code java -jar lede-cli.jar COMMAND [options]}. Errors are
 * reported on stderr as one line, with exit code 2; never as a stack trace.
 *
 * <p>The user's commands are listed here; the evaluation, training and benchmark commands of
 * {@code dev.lede.tools} are found with {@link ServiceLoader}, so that this package does not
 * depend on that one and the library jar, which leaves the tools out, still runs the user's
 * commands. Thread-safe: stateless.
 */
public final class Main {

  /** Exit code for bad usage and for failures. */
  public static final int EXIT_ERROR = 2;

  private Main() {}

  /**
   * Runs the CLI and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    // Not System.out: a PrintStream swallows write errors, so a command went on analysing for
    // a reader that had left ("| head -1") and exited 0 when nothing reached a full disk.
    PrintStream out = output(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
        1 << 16));
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(Arrays.asList(args), out, err)); // run flushes the output
  }

  /**
   * The output stream a command prints its results to, over standard output (or, in a test, any
   * stream): UTF-8, and a write that fails throws {@link OutputFailed}, which stops the command
   * ({@link #run} then exits with {@link #EXIT_ERROR}), where a plain {@link PrintStream} would
   * swallow the error and let the command run on for nobody.
   *
   * @param stdout where the bytes go
   * @return the print stream, not flushed on each line
   */
  public static PrintStream output(OutputStream stdout) {
    return new PrintStream(new FailFast(stdout), false, StandardCharsets.UTF_8);
  }

  /**
   * The results could not be written: the reader closed the pipe ({@code | head -1}), or the
   * disk is full. Thrown by the stream of {@link #output}.
   */
  public static final class OutputFailed extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    OutputFailed(IOException cause) {
      super(cause.getMessage(), cause);
    }

    /** Whether the reader went away (a closed pipe): the user's choice, not an error to report. */
    boolean readerLeft() {
      String m = getCause().getMessage();
      return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed"));
    }
  }

  /** Passes bytes on; an {@link IOException} becomes {@link OutputFailed}, which stops the run. */
  private static final class FailFast extends FilterOutputStream {
    FailFast(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) {
      try {
        out.write(b);
      } catch (IOException e) {
        throw new OutputFailed(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw new OutputFailed(e);
      }
    }

    @Override
    public void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new OutputFailed(e);
      }
    }
  }

  /**
   * The exit code of a run whose output failed: quiet when the reader left (as {@code grep}
   * is when {@code head} has read enough), one line otherwise (a full disk).
   */
  private static int failed(String who, OutputFailed e, PrintStream err) {
    if (!e.readerLeft()) {
      err.println(who + ": cannot write the output: " + e.getMessage());
    }
    return EXIT_ERROR;
  }

  /**
   * Runs the CLI without exiting: the testable core of {@link #main}.
   *
   * @param args the command and its arguments
   * @param out where results go
   * @param err where errors and the usage text for bad arguments go
   * @return the exit code: 0 on success, {@link #EXIT_ERROR} otherwise
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Map<String, Command> commands = commands();
    try {
      int code = dispatch(commands, args, out, err);
      out.flush(); // the tail of the results, which can fail too (a full disk)
      return code;
    } catch (OutputFailed e) {
      return failed(args.isEmpty() || !commands.containsKey(args.get(0)) ? "lede"
          : "lede " + args.get(0), e, err);
    }
  }

  private static int dispatch(Map<String, Command> commands, List<String> args, PrintStream out,
      PrintStream err) {
    boolean helpFor = args.size() == 2 && args.get(0).equals("help"); // "help analyze"
    if (args.isEmpty() || !helpFor && (isHelp(args.get(0)) || args.get(0).equals("help"))) {
      usage(commands, args.isEmpty() ? err : out);
      return args.isEmpty() ? EXIT_ERROR : 0;
    }
    String name = args.get(helpFor ? 1 : 0);
    Command command = commands.get(name);
    if (command == null) {
      err.println("lede: unknown command '" + name + "'; commands: "
          + String.join(", ", commands.keySet()));
      return EXIT_ERROR;
    }
    if (helpFor || args.stream().skip(1).anyMatch(Main::isHelp)) {
      out.println("usage: " + command.usage());
      return 0;
    }
    try {
      return command.run(args.subList(1, args.size()), out, err);
    } catch (UsageException e) {
      err.println("lede " + command.name() + ": " + e.getMessage());
      err.println("usage: " + command.usage());
      return EXIT_ERROR;
    } catch (OutputFailed e) {
      throw e; // not a failure of the command's: run reports it
    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
      err.println("lede " + command.name() + ": " + oneLine(e));
      return EXIT_ERROR;
    }
  }

  /**
   * Whether an argument asks for help: {@code --help} or {@code -h}, anywhere after the command
   * (its usage is printed and nothing runs; a file of that name is {@code ./-h}).
   */
  private static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h");
  }

  /** Every command, in the order the usage text lists them: the user's, then the tools. */
  static Map<String, Command> commands() {
    Map<String, Command> map = new LinkedHashMap<>();
    for (Command c : List.<Command>of(
        new AnalyzeCommand(),
        new IndexCommand(),
        new RelatedCommand(),
        new SolrConfigCommand(),
        new DemoCommand(),
        new ServeCommand())) {
      map.put(c.name(), c);
    }
    for (Command c : ServiceLoader.load(Command.class, Main.class.getClassLoader())) {
      map.putIfAbsent(c.name(), c); // a user's command is never replaced by a tool's
    }
    return map;
  }

  private static void usage(Map<String, Command> commands, PrintStream s) {
    s.println("usage: java -jar lede-cli.jar COMMAND [options]");
    for (Command c : commands.values()) {
      s.println("  " + c.usage());
    }
  }

  /**
   * The exception's message on one line, with its cause's where that says more; an exception
   * that only wraps another ("java.lang.IllegalArgumentException: ...", as parallel streams wrap)
   * gives way to it. For the tools' commands too.
   *
   * @param e the exception
   * @return its message, never blank, on one line
   */
  public static String oneLine(Throwable e) {
    while (e.getCause() != null && e.getCause() != e
        && e.getCause().toString().equals(e.getMessage())) {
      e = e.getCause();
    }
    String msg = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException missing) { // its message is the path only
      msg = "no such file: " + missing.getFile();
    } else if (e instanceof java.nio.charset.CharacterCodingException) { // "Input length = 1"
      msg = "not UTF-8 text (" + (msg == null ? "undecodable bytes" : msg) + ")";
    } else if (msg == null || msg.isBlank()) {
      msg = e.getClass().getSimpleName();
    }
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !msg.contains(cause.getMessage())) {
      msg += ": " + cause.getMessage();
    }
    return msg.replaceAll("\\s*\\R\\s*", " ");
  }
}
