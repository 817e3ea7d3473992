package dev.lede.index;

import static dev.lede.index.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.ArticleAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@link ArticleIndex} shared by many threads, as a newsroom server shares it: every public
 * call at once, and the index closed or rolled back while other threads are inside it. Fixed
 * numbers of threads and operations; outcomes are asserted, never timings.
 */
@Tag("concurrency")
final class ArticleIndexConcurrencyTest {

  private static final int THREADS = 8;
  private static List<ArticleAnalysis> analyses;
  private static ExecutorService pool;

  @BeforeAll
  static void setUp() {
    analyses = List.copyOf(Fixtures.samples().values());
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void tearDown() {
    pool.shutdownNow();
  }

  /**
   * Each thread adds, replaces, deletes, reads and queries its own ids, commits now and then,
   * and checks what it sees against what it did: its live articles are found, its deleted ones
   * are not, and no answer holds an article twice, the article asked about, or an article whose
   * delete (by any thread) had returned before the call began. At the end the index holds
   * exactly the articles the threads left, each once, before and after a reopen.
   */
  @Test
  void everyCallAtOnce_answersAgreeWithWhatEachThreadDid(@TempDir Path dir) throws Exception {
    Set<String> gone = ConcurrentHashMap.newKeySet(); // deleted for good; never added again
    Set<String> everAdded = ConcurrentHashMap.newKeySet();
    List<Map<String, Integer>> finals = new ArrayList<>();
    try (ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer())) {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<Map<String, Integer>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          Random random = new Random(1000 + thread);
          Map<String, Integer> live = new HashMap<>(); // id -> sample it holds
          List<String> once = new ArrayList<>();
          int onceCounter = 0;
          start.await();
          for (int op = 0; op < 25; op++) {
            int kind = random.nextInt(10);
            int sample = random.nextInt(analyses.size());
            if (kind <= 2) { // add or replace one of a few reused ids
              String id = "t" + thread + "-" + random.nextInt(4);
              everAdded.add(id);
              index.add(id, analyses.get(sample));
              live.put(id, sample);
            } else if (kind == 3) { // add an id that will be deleted for good
              String id = "t" + thread + "-once-" + onceCounter++;
              everAdded.add(id);
              index.add(id, analyses.get(sample));
              live.put(id, sample);
              once.add(id);
            } else if (kind == 4 && !once.isEmpty()) {
              String id = once.remove(0);
              index.delete(id);
              live.remove(id);
              gone.add(id);
              assertThat(index.get(id)).as("deleted %s", id).isEmpty();
            } else if (kind == 5) {
              index.commit();
            } else if (kind <= 7 && !live.isEmpty()) {
              List<String> mine = new ArrayList<>(live.keySet());
              String id = mine.get(random.nextInt(mine.size()));
              Set<String> goneBefore = Set.copyOf(gone);
              List<String> related = ids(index.related(id, 10));
              assertThat(related).as("related to %s", id).doesNotHaveDuplicates()
                  .doesNotContain(id).noneMatch(goneBefore::contains);
              assertThat(everAdded).containsAll(related);
              assertThat(index.get(id)).as("live %s", id).isPresent().get()
                  .extracting(IndexedArticle::title)
                  .isEqualTo(analyses.get(live.get(id)).title());
            } else if (kind == 8) {
              Set<String> goneBefore = Set.copyOf(gone);
              // a fixed topic weight: the topic vectors' neighbours join the candidates
              List<String> related = ids(index.related(analyses.get(sample),
                  RelatedQuery.builder().limit(10).topicWeight(RelatedQuery.TOPIC_WEIGHT).build()));
              assertThat(related).doesNotHaveDuplicates().noneMatch(goneBefore::contains);
            } else {
              Set<String> goneBefore = Set.copyOf(gone);
              List<String> all = index.ids();
              assertThat(all).doesNotHaveDuplicates().noneMatch(goneBefore::contains)
                  .containsAll(live.keySet());
              assertThat(index.size()).isGreaterThanOrEqualTo(live.size());
            }
          }
          return live;
        }));
      }
      Map<String, Integer> expected = new HashMap<>();
      for (Future<Map<String, Integer>> f : futures) {
        Map<String, Integer> live = f.get(120, TimeUnit.SECONDS);
        finals.add(live);
        expected.putAll(live);
      }
      assertThat(index.ids()).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(expected.keySet());
      assertThat(index.size()).isEqualTo(expected.size());
      for (Map.Entry<String, Integer> e : expected.entrySet()) {
        assertThat(index.get(e.getKey())).get().extracting(IndexedArticle::title)
            .isEqualTo(analyses.get(e.getValue()).title());
      }
    }
    try (ArticleIndex reopened = ArticleIndex.open(dir, Fixtures.analyzer())) {
      Set<String> expected = new HashSet<>();
      finals.forEach(m -> expected.addAll(m.keySet()));
      assertThat(reopened.ids()).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /** What the worker threads of a lifecycle round saw. */
  private record Round(Set<String> acknowledged, Set<String> durable, Map<String, Integer> errors) {}

  /**
   * Starts workers that add, commit and query until the index is closed under them, runs
   * {@code end} on this thread once they are busy and one of them begins a commit, and waits
   * for them. Every failure other
   * than {@code IllegalStateException("index is closed")} is counted by its text.
   *
   * @return the ids whose add returned, and those whose add returned before a commit that then
   *     returned (durable whatever {@code end} does)
   */
  private static Round busyUntilClosed(ArticleIndex index, String prefix, EndCall end)
      throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<String> durable = ConcurrentHashMap.newKeySet();
    Map<String, Integer> errors = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch busy = new CountDownLatch(THREADS * 3);
    CountDownLatch committing = new CountDownLatch(1);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; ; i++) {
          busy.countDown();
          try {
            ArticleAnalysis a = analyses.get((thread * 5 + i) % analyses.size());
            // two threads commit all the time, so that the end often comes mid-commit
            switch (thread < 2 ? 2 * (i % 2) : (thread + i) % 5) {
              case 0, 1 -> {
                String id = prefix + next.incrementAndGet();
                index.add(id, a);
                acknowledged.add(id);
              }
              case 2 -> {
                Set<String> before = Set.copyOf(acknowledged);
                if (busy.getCount() == 0) {
                  committing.countDown();
                }
                index.commit();
                durable.addAll(before);
              }
              case 3 -> index.related(a, 5);
              default -> {
                List<String> all = index.ids();
                if (!all.isEmpty()) {
                  index.related(all.get(i % all.size()), 5);
                }
                index.size();
              }
            }
          } catch (IllegalStateException e) {
            if (!"index is closed".equals(e.getMessage())) {
              errors.merge(e.toString(), 1, Integer::sum);
            }
            return null;
          } catch (NoSuchElementException e) {
            errors.merge(e.toString(), 1, Integer::sum);
          } catch (Throwable e) {
            errors.merge(e.toString(), 1, Integer::sum);
            return null;
          }
        }
      }));
    }
    busy.await(60, TimeUnit.SECONDS);
    committing.await(60, TimeUnit.SECONDS); // the end comes as a commit begins
    try {
      end.run();
    } catch (Throwable e) {
      errors.merge("closing: " + e, 1, Integer::sum);
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    return new Round(acknowledged, durable, errors);
  }

  interface EndCall {
    void run() throws Exception;
  }

  /**
   * close() while other threads add, commit and query: they get "index is closed" and nothing
   * else (no Lucene exception, no hang), close() itself succeeds and releases the directory,
   * and every add that returned is in the index when it is opened again, since close commits.
   */
  @Test
  void close_whileOtherThreadsAddCommitAndQuery_failsThemCleanlyAndKeepsEveryAdd(
      @TempDir Path tmp) throws Exception {
    for (int round = 0; round < 5; round++) {
      Path dir = tmp.resolve("round-" + round);
      ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer());
      index.add("seed", analyses.get(0));
      Round r = busyUntilClosed(index, "a", index::close);
      assertThat(r.errors()).as("round %d", round).isEmpty();
      try (ArticleIndex reopened = ArticleIndex.open(dir, Fixtures.analyzer())) {
        assertThat(reopened.ids()).as("round %d", round).contains("seed")
            .containsAll(r.acknowledged()).doesNotHaveDuplicates();
      }
    }
  }

  /** A directory whose next sync, once armed, waits until it is let go. */
  private static final class PausingDirectory extends FilterDirectory {
    final CountDownLatch syncing = new CountDownLatch(1);
    final CountDownLatch letGo = new CountDownLatch(1);
    volatile boolean armed;

    PausingDirectory(Directory in) {
      super(in);
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
      if (armed) {
        armed = false;
        syncing.countDown();
        try {
          letGo.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      super.sync(names);
    }
  }

  /**
   * close() while another thread's commit is writing: close waits for that commit, then commits
   * and releases the directory. It threw Lucene's "cannot close: prepareCommit was already
   * called" and left the writer open, so the directory stayed locked and the commit failed.
   */
  @Test
  void close_whileAnotherThreadCommits_waitsForItAndReleasesTheDirectory(@TempDir Path dir)
      throws Exception {
    PausingDirectory paused = new PausingDirectory(FSDirectory.open(dir));
    ArticleIndex index = ArticleIndex.over(LuceneArchive.on(dir.toString(), paused),
        Fixtures.analyzer());
    index.add("first", analyses.get(0));
    paused.armed = true;
    Future<?> commit = pool.submit(() -> {
      index.commit();
      return null;
    });
    assertThat(paused.syncing.await(60, TimeUnit.SECONDS)).isTrue();
    Future<?> release = pool.submit(() -> {
      Thread.sleep(200); // let close() begin while the commit is still writing
      paused.letGo.countDown();
      return null;
    });
    try {
      index.close();
    } finally {
      paused.letGo.countDown();
    }
    commit.get(60, TimeUnit.SECONDS);
    release.get(60, TimeUnit.SECONDS);
    assertThatThrownBy(() -> index.add("late", analyses.get(1)))
        .isInstanceOf(IllegalStateException.class).hasMessage("index is closed");
    try (ArticleIndex reopened = ArticleIndex.open(dir, Fixtures.analyzer())) {
      assertThat(reopened.ids()).containsExactly("first");
    }
  }

  /**
   * rollback() while other threads add, commit and query: they get "index is closed" and
   * nothing else, and the index opens again holding the articles of every commit that returned,
   * and none that no thread added.
   */
  @Test
  void rollback_whileOtherThreadsAddAndCommit_keepsEveryReturnedCommit(@TempDir Path tmp)
      throws Exception {
    for (int round = 0; round < 5; round++) {
      Path dir = tmp.resolve("round-" + round);
      ArticleIndex index = ArticleIndex.open(dir, Fixtures.analyzer());
      index.add("seed", analyses.get(0));
      index.commit();
      Round r = busyUntilClosed(index, "a", index::rollback);
      assertThat(r.errors()).as("round %d", round).isEmpty();
      try (ArticleIndex reopened = ArticleIndex.open(dir, Fixtures.analyzer())) {
        Set<String> tried = new HashSet<>(r.acknowledged());
        tried.add("seed");
        List<String> have = reopened.ids();
        assertThat(have).as("round %d", round).contains("seed").containsAll(r.durable())
            .doesNotHaveDuplicates();
        // an add under way when the rollback began may have been committed by a commit
        // under way too: what is there was added by some thread
        assertThat(have).allMatch(id -> id.equals("seed") || id.startsWith("a"));
      }
    }
  }

  /**
   * An article added and committed by one thread is found by the next call of another thread
   * (get, related by id, and among the suggestions of its own text), as soon as commit returns.
   */
  @Test
  void addAndCommit_visibleToAnotherThreadAtOnce() throws Exception {
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      for (int i = 0; i < 5; i++) {
        index.add("base-" + i, analyses.get(i));
      }
      SynchronousQueue<String> handOff = new SynchronousQueue<>();
      Future<Integer> reader = pool.submit(() -> {
        int checked = 0;
        while (true) {
          String id = handOff.poll(60, TimeUnit.SECONDS);
          if (id == null || id.isEmpty()) {
            return checked;
          }
          assertThat(index.get(id)).as(id).isPresent();
          index.related(id, 3); // no NoSuchElementException
          int sample = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)) % analyses.size();
          assertThat(ids(index.related(analyses.get(sample),
              RelatedQuery.builder().limit(50).deduplicate(false).build()))).as(id).contains(id);
          checked++;
        }
      });
      for (int i = 0; i < 60; i++) {
        String id = "new-" + i;
        index.add(id, analyses.get(i % analyses.size()));
        index.commit();
        handOff.put(id);
      }
      handOff.put("");
      assertThat(reader.get(120, TimeUnit.SECONDS)).isEqualTo(60);
    }
  }

  /** Queries on many threads while others write give back every searcher they take. */
  @Test
  void manyThreadsQueryingWhileOthersWrite_holdNoSearcherAfterwards() throws Exception {
    LuceneArchive archive = LuceneArchive.inMemory();
    try {
      for (int i = 0; i < analyses.size(); i++) {
        archive.addAll(Map.of("s" + i, analyses.get(i)));
      }
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 20; i++) {
            int k = (thread * 7 + i) % analyses.size();
            if (thread % 4 == 0) {
              archive.addAll(Map.of("w" + thread + "-" + (i % 5), analyses.get(k)));
              if (i % 10 == 0) {
                archive.commit();
              }
            } else {
              archive.related("s" + k, RelatedQuery.of(5));
              archive.get("s" + k);
              archive.ids();
              archive.size();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
      assertThat(archive.readerHolders()).isZero();
    } finally {
      archive.close();
    }
  }
}
