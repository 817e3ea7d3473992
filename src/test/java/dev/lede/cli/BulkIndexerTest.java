package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class BulkIndexerTest {

  private static final ArticleAnalyzer ANALYZER =
      ArticleAnalyzer.builder().entities(false).build();

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final Progress progress = new Progress(
      new PrintStream(errBytes, true, StandardCharsets.UTF_8), Progress.Mode.QUIET,
      "lede index", "articles", System::nanoTime, Duration.ofHours(1));

  private static BulkIndexer.Task task(String id, String title) {
    return new BulkIndexer.Task(id + "/" + title, () -> new BulkIndexer.Loaded(id,
        Article.ofBody(title, "The council met on " + title + " to talk about the harbour.")));
  }

  @Test
  void run_sameIdTwice_laterInputWinsOnAnyThreadCount() throws Exception {
    // 200 inputs over 7 ids: whatever order four workers finish in, each id ends as its last input
    List<BulkIndexer.Task> tasks = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      tasks.add(task("id" + i % 7, "v" + i));
    }
    Map<String, String> archive = new ConcurrentHashMap<>();
    BulkIndexer.Result r = new BulkIndexer(ANALYZER, 4, 3,
        batch -> batch.forEach(a -> archive.put(a.id(), a.analysis().title())), progress)
        .run(tasks.iterator());

    assertThat(r.written()).isEqualTo(200);
    assertThat(r.failed()).isZero();
    Map<String, String> expected = new ConcurrentHashMap<>();
    IntStream.range(193, 200).forEach(i -> expected.put("id" + i % 7, "v" + i));
    assertThat(archive).isEqualTo(expected);
    assertThat(progress.done()).isEqualTo(200);
  }

  @Test
  void run_badInputs_reportedOnOneLineEachAndTheRestWritten() throws Exception {
    List<BulkIndexer.Task> tasks = new ArrayList<>(List.of(task("a", "one"), task("b", "two")));
    tasks.add(1, new BulkIndexer.Task("broken.txt", () -> {
      throw new IllegalArgumentException("binary input: NUL character at offset 3");
    }));
    tasks.add(new BulkIndexer.Task("refused", () -> new BulkIndexer.Loaded("too-long",
        Article.ofBody("t", "Body text."))));
    Map<String, String> archive = new ConcurrentHashMap<>();
    BulkIndexer.Result r = new BulkIndexer(ANALYZER, 2, 10, batch -> {
      for (BulkIndexer.Analysed a : batch) {
        if (a.id().equals("too-long")) {
          throw new IllegalArgumentException("id is over the limit of MAX_ID_CHARS");
        }
      }
      batch.forEach(a -> archive.put(a.id(), a.analysis().title()));
    }, progress).run(tasks.iterator());

    assertThat(r.failed()).isEqualTo(2);
    assertThat(r.written()).isEqualTo(2);
    assertThat(archive).containsOnlyKeys("a", "b");
    assertThat(errBytes.toString(StandardCharsets.UTF_8).lines().sorted()).containsExactly(
        "lede index: broken.txt: binary input: NUL character at offset 3",
        "lede index: refused: id is over the limit of MAX_ID_CHARS");
  }

  @Test
  void run_writeFails_stopsWithTheIoExceptionEvenOnEndlessInput() {
    Iterator<BulkIndexer.Task> endless =
        Stream.iterate(0, i -> i + 1).map(i -> task("id" + i, "v" + i)).iterator();
    AtomicInteger batches = new AtomicInteger();
    assertThatThrownBy(() -> new BulkIndexer(ANALYZER, 2, 5, batch -> {
      if (batches.incrementAndGet() == 3) {
        throw new IOException("disk full");
      }
    }, progress).run(endless)).isInstanceOf(IOException.class).hasMessage("disk full");
  }

  @Test
  void run_slowArchive_readingWaitsForTheWorkers() throws Exception {
    int threads = 2;
    int batch = 4;
    CountDownLatch open = new CountDownLatch(1);
    AtomicInteger taken = new AtomicInteger();
    Iterator<BulkIndexer.Task> counting = Stream.iterate(0, i -> i < 500, i -> i + 1)
        .map(i -> {
          taken.incrementAndGet();
          return task("id" + i, "v" + i);
        }).iterator();
    Map<String, String> archive = new ConcurrentHashMap<>();
    Thread run = new Thread(() -> {
      try {
        new BulkIndexer(ANALYZER, threads, batch, b -> {
          try {
            open.await();
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
          b.forEach(a -> archive.put(a.id(), a.analysis().title()));
        }, progress).run(counting);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    run.start();
    int before;
    do { // until reading stops: the queue is full and every worker waits to write
      before = taken.get();
      Thread.sleep(300);
    } while (taken.get() != before);
    // queued + one full batch per worker + the one each is holding + the one the reader holds
    assertThat(taken.get()).isLessThanOrEqualTo(
        threads * BulkIndexer.QUEUED_PER_THREAD + threads * batch + 1);
    open.countDown();
    run.join();
    assertThat(archive).hasSize(500);
  }
}
