package dev.lede;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Damages an index on disk the way a failing disk does: bytes changed inside a data file. */
public final class DamagedIndex {

  private DamagedIndex() {}

  /**
   * Flips 64 bytes in the middle of the index's largest file (not its {@code segments_N}), where
   * opening the index reads nothing and only a checksum of the whole file finds the change.
   *
   * @param dir the index directory
   * @return the file damaged
   */
  public static Path flipBytesInLargestFile(Path dir) throws IOException {
    Path largest;
    try (Stream<Path> files = Files.list(dir)) {
      largest = files.filter(f -> !f.getFileName().toString().startsWith("segments_"))
          .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(largest);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
      bytes[i] ^= 0x5A;
    }
    return Files.write(largest, bytes);
  }
}
