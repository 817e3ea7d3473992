package dev.lede.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One sub-command of the CLI. The commands of {@code dev.lede.tools} implement it too and are
 * listed in {@code META-INF/services/dev.lede.cli.Command}, where {@link Main} finds them.
 *
 * <p>Implementations are stateless, so thread-safe.
 */
public interface Command {

  /** The sub-command's name, as typed after {@code lede}. */
  String name();

  /** One line for the usage text: the synopsis and what it does. */
  String usage();

  /**
   * Runs the command.
   *
   * @return the exit code: 0 on success
   * @throws UsageException for bad arguments (exit code 2, usage shown)
   * @throws Exception for any other failure (exit code 2, one line on stderr)
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
