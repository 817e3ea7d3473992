package dev.lede.cli;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.index.RelatedQuery;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code related}: prints the articles related to an indexed article ({@code --id}), to a file
 * that need not be indexed, or to every indexed article ({@code --all}, one JSON line each).
 */
final class RelatedCommand implements Command {

  /** Options without a value; {@link #usage()} names each (a test checks it). */
  static final Set<String> FLAGS = Set.of("all", "no-dedup", "pretty");
  /** Options with a value. */
  static final Set<String> VALUED =
      Archives.optionsWith("id", "limit", "section", "format", "topic-weight");

  @Override
  public String name() {
    return "related";
  }

  @Override
  public String usage() {
    return "related " + Archives.USAGE + " (--id ID | FILE | --all) [--limit K] [--section S]"
        + " [--no-dedup] [--topic-weight W] [--format auto|text|html|body] [--pretty]";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, FLAGS, VALUED);
    String dir = args.option("index", null);
    String id = args.option("id", null);
    boolean all = args.flag("all");
    int modes = (id != null ? 1 : 0) + (all ? 1 : 0) + (args.positional().isEmpty() ? 0 : 1);
    if (modes != 1 || args.positional().size() > 1) {
      throw new UsageException("give exactly one of --id ID, one FILE, or --all");
    }
    RelatedQuery.Builder options = RelatedQuery.builder()
        .limit(args.intOption("limit", RelatedQuery.DEFAULT_LIMIT, 1, RelatedQuery.MAX_LIMIT))
        .section(args.option("section", null))
        .deduplicate(!args.flag("no-dedup"));
    if (args.flag("topic-weight")) { // a fixed weight; without it, the adaptive default
      options.topicWeight(args.doubleOption("topic-weight", 0, 0,
          RelatedQuery.MAX_TOPIC_WEIGHT));
    }
    RelatedQuery query = options.build();
    if (dir != null && (!Files.isDirectory(Path.of(dir)) || isEmpty(Path.of(dir)))) {
      // opening would create an index: a question must not write one
      err.println("lede related: no index at " + dir + " (create one with lede index)");
      return Main.EXIT_ERROR;
    }
    // Entities are only needed to analyse a FILE; skip loading their models otherwise.
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder()
        .entities(!args.positional().isEmpty())
        .build();
    // as for a directory: a question must not create a collection
    try (ArticleIndex index = Archives.open(args, analyzer, false)) {
      if (all) {
        for (String each : index.ids()) {
          out.println(JsonText.write(RelatedJson.toJson(each, index.related(each, query)),
              false));
        }
        return 0;
      }
      if (id != null) {
        try {
          print(RelatedJson.toJson(id, index.related(id, query)), out);
        } catch (NoSuchElementException e) {
          err.println("lede related: " + e.getMessage());
          return Main.EXIT_ERROR;
        }
        return 0;
      }
      String file = args.positional().get(0);
      Inputs.Format format = Inputs.Format.parse(args.option("format", "auto"));
      ArticleAnalysis a = analyzer.analyze(Inputs.readArticle(file, format, System.in));
      String fileId = Inputs.idOf(file);
      print(RelatedJson.toJson(fileId, index.related(a, query.excluding(fileId))), out);
      return 0;
    }
  }

  private static boolean isEmpty(Path dir) throws java.io.IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void print(Object json, PrintStream out) {
    out.println(JsonText.write(json, true));
  }
}
