package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written by a child JVM that dies: halted by itself, or killed from outside. */
@Tag("process")
final class ArticleIndexCrashTest {

  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private static Process child(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  @Test
  void open_processHaltedWhileIndexingLosesNothingCommitted(@TempDir Path dir) throws Exception {
    Process p = child(KilledWriter.class, dir.toString());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isEqualTo(KilledWriter.HALT_STATUS);
    try (ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer())) {
      assertThat(index.size()).isEqualTo(KilledWriter.COMMITTED);
      for (int i = 0; i < KilledWriter.COMMITTED; i++) {
        assertThat(index.get("committed-" + i)).isPresent();
      }
      assertThat(index.get("uncommitted-0")).isEmpty();
      assertThat(index.related("committed-0", 3)).isNotEmpty();
      index.add("after-crash", Fixtures.analysis("After", "Indexing goes on after a crash."));
    }
  }

  /**
   * Five times, a child JVM indexing and committing in a loop (a commit every three articles, so
   * that many kills land inside one) is killed with SIGKILL at a random moment after its first
   * commit. After each kill the index opens; it holds every article the child reported committed,
   * each exactly once, and only a run of articles from a-0 on (an article may be there without
   * its report when the kill came between the commit and the print); it takes new articles, and
   * the next child goes on from there.
   */
  @Test
  void open_processKilledFromOutsideAtRandomMoments_keepsEveryCommittedArticleOnce(
      @TempDir Path dir) throws Exception {
    Random random = new Random(20261203);
    int minimumCommitted = 0;
    for (int round = 0; round < 5; round++) {
      Process p = child(IndexingLoop.class, dir.toString());
      AtomicInteger reported = new AtomicInteger(-1);
      StringBuilder output = new StringBuilder();
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = in.readLine()) != null; ) {
            synchronized (output) {
              output.append(line).append('\n');
            }
            if (line.startsWith("committed ")) {
              reported.set(Integer.parseInt(line.substring("committed ".length())));
            }
          }
        } catch (IOException | NumberFormatException e) {
          // the pipe closes when the child dies
        }
      });
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (reported.get() < 0 && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(reported.get()).as("round %d: the child committed once; it said:%n%s", round,
          output).isPositive();
      Thread.sleep(random.nextInt(400));
      int committedBeforeKill = reported.get();
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
      // Reports printed between the read above and the kill count too.
      committedBeforeKill = Math.max(committedBeforeKill, reported.get());

      try (ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer())) {
        List<String> ids = index.ids();
        List<String> stories = ids.stream().filter(id -> id.startsWith("a-")).toList();
        assertThat(stories).as("round %d: no article twice", round).doesNotHaveDuplicates();
        assertThat(index.size()).isEqualTo(ids.size());
        assertThat(stories.size()).as("round %d: every reported commit kept", round)
            .isGreaterThanOrEqualTo(Math.max(committedBeforeKill, minimumCommitted));
        for (int i = 0; i < stories.size(); i++) {
          assertThat(stories).as("round %d", round).contains("a-" + i);
        }
        assertThat(ids).as("round %d: what the test itself added", round)
            .filteredOn(id -> id.startsWith("after-kill-")).hasSize(round);
        index.add("after-kill-" + round,
            Fixtures.analysis("After " + round, "The index takes articles after a kill."));
        index.commit();
        assertThat(index.get("after-kill-" + round)).isPresent();
        minimumCommitted = stories.size();
      }
    }
  }
}
