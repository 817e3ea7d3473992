package dev.lede.index;

import java.nio.file.Path;

/**
 * Runs in a child JVM for {@link ArticleIndexCrashTest}: indexes articles {@code a-0},
 * {@code a-1}, ... in a loop, re-adding the one before each new one (an update by id), and commits
 * after every {@link #BATCH} articles, printing {@code committed N} once articles 0 to N-1 are
 * durable. It never stops by itself: the test kills it.
 */
public final class IndexingLoop {

  static final int BATCH = 3;

  private IndexingLoop() {}

  public static void main(String[] args) throws Exception {
    ArticleIndex index = ArticleIndex.open(Path.of(args[0]),
        dev.lede.ArticleAnalyzer.builder().entities(false).build());
    // Resume after the articles a previous run committed.
    int next = (int) index.ids().stream().filter(id -> id.startsWith("a-")).count();
    System.out.println("started " + next);
    System.out.flush();
    for (int n = next; ; n++) {
      if (n > 0) {
        index.add("a-" + (n - 1), Fixtures.analysis("Story " + (n - 1),
            "Story " + (n - 1) + " updated: the harbour cranes were moved again."));
      }
      index.add("a-" + n, Fixtures.analysis("Story " + n,
          "Story " + n + " about harbour cranes, shipping lanes and the tide tables."));
      if ((n + 1) % BATCH == 0) {
        index.commit();
        System.out.println("committed " + (n + 1));
        System.out.flush();
      }
    }
  }
}
