package dev.lede.index;

import java.nio.file.Path;

/**
 * Runs in a child JVM for {@link ArticleIndexCrashTest}: commits some articles, adds more without
 * committing, and halts the JVM as a kill would, without closing anything.
 */
public final class KilledWriter {

  static final int COMMITTED = 5;
  static final int HALT_STATUS = 77;

  private KilledWriter() {}

  public static void main(String[] args) throws Exception {
    ArticleIndex index = ArticleIndex.open(Path.of(args[0]),
        dev.lede.ArticleAnalyzer.builder().entities(false).build());
    for (int i = 0; i < COMMITTED; i++) {
      index.add("committed-" + i, Fixtures.analysis("Committed " + i,
          "A committed story number " + i + " about harbour cranes and shipping."));
    }
    index.commit();
    for (int i = 0; i < 50; i++) {
      index.add("uncommitted-" + i, Fixtures.analysis("Uncommitted " + i,
          "A story number " + i + " that was never committed, about harbour cranes."));
    }
    // Flushing writes segment files without a commit point: the state a kill mid-way leaves.
    index.size();
    Runtime.getRuntime().halt(HALT_STATUS);
  }
}
