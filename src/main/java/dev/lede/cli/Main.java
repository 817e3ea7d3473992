package dev.lede.cli;

import java.io.PrintStream;
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
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(Arrays.asList(args), out, err);
    out.flush();
    System.exit(code);
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
