package dev.lede.cli;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.index.RelatedArticle;
import dev.lede.index.RelatedQuery;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

/**
 * {@code demo}: analyses the bundled sample articles, indexes them in memory and prints related
 * suggestions, with the reasons, for a few of them (or all, or one).
 */
final class DemoCommand implements Command {

  /** Options without a value; {@link #usage()} names each (a test checks it). */
  static final Set<String> FLAGS = Set.of("all");
  /** Options with a value. */
  static final Set<String> VALUED = Set.of("id", "limit");

  /** Suggestions shown per article: 3, what a "Keep Reading" box usually holds. */
  static final int DEFAULT_LIMIT = 3;

  /** Articles shown by default: one from each of several stories. */
  static final List<String> SHOWCASE = List.of("riksbank-cuts-rate", "nordic-cup-final",
      "storm-helga-landfall", "finland-election-results", "lumora-recall",
      "kenya-measles-campaign");

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String usage() {
    return "demo [--all | --id ID] [--limit K]   (related suggestions for the bundled samples)";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, FLAGS, VALUED);
    if (!args.positional().isEmpty()) {
      throw new UsageException("demo takes no files; it uses the bundled sample articles");
    }
    if (args.flag("all") && args.option("id", null) != null) {
      throw new UsageException("give --all or --id ID, not both");
    }
    int limit = args.intOption("limit", DEFAULT_LIMIT, 1, RelatedQuery.MAX_LIMIT);
    List<SampleCorpus.Sample> samples = SampleCorpus.load();
    long t0 = System.nanoTime();
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().build();
    Map<String, ArticleAnalysis> analyses = new LinkedHashMap<>();
    samples.forEach(s -> analyses.put(s.id(), null));
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      List<ArticleAnalysis> done = pool.submit(() -> samples.parallelStream()
          .map(s -> analyzer.analyze(s.article())).toList()).get();
      for (int i = 0; i < samples.size(); i++) {
        analyses.put(samples.get(i).id(), done.get(i));
      }
    } finally {
      pool.shutdown();
    }
    List<String> shown;
    String only = args.option("id", null);
    if (only != null) {
      if (!analyses.containsKey(only)) {
        err.println("lede demo: no sample article '" + only + "'; samples: "
            + String.join(", ", analyses.keySet()));
        return Main.EXIT_ERROR;
      }
      shown = List.of(only);
    } else {
      shown = args.flag("all") ? new ArrayList<>(analyses.keySet()) : SHOWCASE;
    }
    try (ArticleIndex index = ArticleIndex.inMemory(analyzer)) {
      analyses.forEach((id, a) -> {
        try {
          index.add(id, a);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      out.printf(Locale.ROOT, "Lede demo: %d sample articles analysed and indexed in %.1f s."
          + "%n", index.size(), (System.nanoTime() - t0) / 1e9);
      for (String id : shown) {
        ArticleAnalysis a = analyses.get(id);
        out.println();
        out.println("* " + a.title() + "  [" + id + ", " + a.section() + ", "
            + a.publishedAt() + "]");
        out.println("  Keep reading:");
        List<RelatedArticle> related = index.related(id, RelatedQuery.of(limit));
        if (related.isEmpty()) {
          out.println("    (nothing related)");
        }
        int n = 1;
        for (RelatedArticle r : related) {
          out.printf(Locale.ROOT, "    %d. %s  [%s, %s]  score %.2f%n", n++, r.title(), r.id(),
              r.publishedAt(), r.score());
          List<String> why = new ArrayList<>();
          if (!r.sharedEntities().isEmpty()) {
            why.add("shared entities: " + String.join(", ", r.sharedEntities()));
          }
          if (!r.sharedTerms().isEmpty()) {
            why.add("shared terms: " + String.join(", ", r.sharedTerms()));
          }
          if (r.similarTopic()) {
            why.add("similar topic");
          }
          out.println("       why: " + (why.isEmpty() ? "similar wording" : String.join("; ",
              why)));
        }
      }
    }
    return 0;
  }
}
