package dev.lede.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the CLI. */
interface Command {

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
