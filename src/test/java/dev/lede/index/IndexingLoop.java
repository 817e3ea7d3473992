package dev.lede.index;

import java.nio.file.Path;

/**
 * Runs in a child JVM for {@link ArticleIndexCrashTest}: indexes articles {@code a-0},
 * {@code a-1}, ... in a loop, re-adding the one before each new one (an update by id), and commits
 * after every {@code batch} articles (the second argument), printing {@code committing N} just
 * before the commit that makes articles 0 to N-1 durable and {@code committed N} once it has
 * returned. It never stops by itself: the test kills it.
 */
public final class IndexingLoop {

  private IndexingLoop() {}

  public static void main(String[] args) throws Exception {
    int batch = Integer.parseInt(args[1]);
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
      index.add("a-" + n, Fixtures.analysis("Story " + n, body(n)));
      if ((n + 1 - next) % batch == 0) {
        // Printed before the commit so that the test can kill the child while it writes.
        System.out.println("committing " + (n + 1));
        System.out.flush();
        index.commit();
        System.out.println("committed " + (n + 1));
        System.out.flush();
      }
    }
  }

  /** About two hundred words, with terms of their own, so that a large batch takes a while to write. */
  private static String body(int n) {
    StringBuilder b = new StringBuilder("Story ").append(n)
        .append(" about harbour cranes, shipping lanes and the tide tables.");
    for (int i = 0; i < 20; i++) {
      b.append(" Berth ").append(n % 97).append('x').append(i)
          .append(" logged cargo").append(n * 31 + i).append(" at dawn.");
    }
    return b.toString();
  }
}
