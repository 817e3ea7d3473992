package dev.lede;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of {@code ../shared} that some tests read in place (never copied into the repository).
 * Tests that need them carry {@code @Tag("shared")} and call {@link #require} in each test, so that
 * without the folder they are reported as skipped, one by one, never silently absent; where the
 * environment says {@code CI=true} (CI always has the folder) a missing file fails the test.
 */
public final class SharedData {

  /** The reference page that the acceptance criteria of the issues name. */
  public static final Path SEED = Path.of("../shared/seed/belarus-emergency-ministry.txt");

  private SharedData() {}

  /**
   * Returns {@code file} if it exists; otherwise skips the calling test, or fails it in CI.
   *
   * @param file a path under {@code ../shared}
   * @return {@code file}
   */
  public static Path require(Path file) {
    boolean present = Files.exists(file);
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(file + " is missing, and CI=true: the shared data must be there");
    }
    assumeTrue(present, () -> file + " not present: test skipped");
    return file;
  }
}
