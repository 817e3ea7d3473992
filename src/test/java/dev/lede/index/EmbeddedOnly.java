package dev.lede.index;

import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import java.nio.file.Path;

/**
 * Runs in a child JVM for {@link WithoutSolrJTest}: indexes three articles in a directory with
 * analysis (no entity models, to start fast), reopens it and prints the related ids of the first.
 */
public final class EmbeddedOnly {

  private EmbeddedOnly() {}

  public static void main(String[] args) throws Exception {
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().entities(false).build();
    Path dir = Path.of(args[0]);
    try (ArticleIndex index = ArticleIndex.open(dir, analyzer)) {
      index.add("cranes", Article.ofBody("Harbour cranes return",
          "The port installed four new cranes to speed up loading of container ships."));
      index.add("strike", Article.ofBody("Harbour strike ends",
          "Crane operators at the port ended their strike after a pay deal on container work."));
      index.add("bakery", Article.ofBody("Bakery wins prize",
          "A village bakery won the national prize for its rye bread and cinnamon buns."));
    }
    try (ArticleIndex index = ArticleIndex.open(dir, analyzer)) {
      index.related("cranes", 2).forEach(r -> System.out.println("related " + r.id()));
    }
  }
}
