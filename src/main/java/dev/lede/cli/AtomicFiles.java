package dev.lede.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces files so that readers see the old file or the complete new one, never a half-written
 * one: a model or cluster file cut short by a crash or Ctrl-C would break every later run.
 * Stateless, so thread-safe.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Writes a file's content; may return a result about what it wrote. */
  public interface Content<T> {
    /**
     * Writes the content.
     *
     * @return what the caller wants to know about what was written
     * @throws Exception if writing fails: the target is left as it was
     */
    T writeTo(OutputStream out) throws Exception;
  }

  /**
   * Writes the content to a temporary file beside {@code target}, then moves it over
   * {@code target}. The temporary file is removed if writing fails.
   *
   * @return what the content returned
   * @throws Exception what writing or moving threw
   */
  public static <T> T replace(Path target, Content<T> content) throws Exception {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path tmp = Files.createTempFile(parent, target.getFileName().toString(), ".tmp");
    try {
      T result;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        result = content.writeTo(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      return result;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
