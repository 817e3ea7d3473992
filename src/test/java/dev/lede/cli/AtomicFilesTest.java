package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AtomicFilesTest {

  @Test
  void replace_writesTheNewContentAndReturnsTheResult(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("sub/model.bin");
    int written = AtomicFiles.replace(target, o -> {
      o.write("new".getBytes(StandardCharsets.UTF_8));
      return 3;
    });
    assertThat(written).isEqualTo(3);
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void replace_failingWriter_keepsTheOldFileAndLeavesNoTemporaryFile(@TempDir Path dir)
      throws Exception {
    Path target = dir.resolve("model.bin");
    Files.writeString(target, "old");
    assertThatThrownBy(() -> AtomicFiles.replace(target, o -> {
      o.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
