package dev.lede.cli;

/**
 * Bad command-line arguments: the message says what is wrong. {@link Main} prints it on one line
 * with the command's usage and exits with {@link Main#EXIT_ERROR}.
 */
public final class UsageException extends Exception {
  /**
   * Creates the exception.
   *
   * @param message what is wrong with the arguments
   */
  public UsageException(String message) {
    super(message);
  }
}
