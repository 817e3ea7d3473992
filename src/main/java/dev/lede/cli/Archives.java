package dev.lede.cli;

import com.google.common.base.Splitter;
import dev.lede.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.index.SolrCollection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Opens the archive a command names: {@code --index DIR}, or a SolrCloud collection. Public for
 * the evaluation tools' {@code --backend solr}, which take the SolrCloud options the same way
 * ({@link #solrCollection}). Thread-safe: stateless.
 */
public final class Archives {

  /** Options that take a value, for {@link Args#parse}. */
  static final Set<String> OPTIONS = Set.of("index", "solr", "solr-url", "collection", "shards",
      "replicas", "solr-connect-timeout", "solr-answer-timeout");

  /** The SolrCloud options that {@code --index} does not take. */
  static final List<String> SOLR_ONLY = List.of("collection", "shards", "replicas",
      "solr-connect-timeout", "solr-answer-timeout");

  /** {@link #OPTIONS} and a command's own options that take a value. */
  static Set<String> optionsWith(String... more) {
    Set<String> all = new HashSet<>(OPTIONS);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  /** The synopsis of the options. */
  static final String USAGE = "(--index DIR | --solr ZKHOST[,ZKHOST...][/chroot] --collection NAME"
      + " | --solr-url URL[,URL...] --collection NAME) [--shards N] [--replicas N]"
      + " [--solr-connect-timeout SECONDS] [--solr-answer-timeout SECONDS]";

  private Archives() {}

  /**
   * Opens the archive the arguments name, creating a missing collection.
   *
   * @throws UsageException if none or several are named, or a collection has no name
   * @throws IOException if the archive cannot be opened
   */
  static ArticleIndex open(Args args, ArticleAnalyzer analyzer) throws IOException,
      UsageException {
    return open(args, analyzer, true);
  }

  /**
   * Opens the archive the arguments name; a missing collection is created only if
   * {@code create} (a command that only reads must not make one of a mistyped name).
   *
   * @throws UsageException if none or several are named, or a collection has no name
   * @throws IOException if the archive cannot be opened, or the collection is missing and not
   *     to be created
   */
  static ArticleIndex open(Args args, ArticleAnalyzer analyzer, boolean create)
      throws IOException, UsageException {
    String dir = args.option("index", null);
    String zk = args.option("solr", null);
    String urls = args.option("solr-url", null);
    int given = (dir == null ? 0 : 1) + (zk == null ? 0 : 1) + (urls == null ? 0 : 1);
    if (given != 1) {
      throw new UsageException("give exactly one of --index DIR, --solr ZKHOST..."
          + " or --solr-url URL");
    }
    if (dir != null) {
      for (String option : SOLR_ONLY) {
        if (args.option(option, null) != null) {
          throw new UsageException("--" + option + " goes with --solr or --solr-url, not --index");
        }
      }
      return ArticleIndex.open(Path.of(dir), analyzer);
    }
    String name = args.option("collection", null);
    if (name == null) {
      throw new UsageException("--collection NAME is required with --solr and --solr-url");
    }
    SolrCollection target = solrCollection(args, name);
    return ArticleIndex.openSolr(create ? target : target.existing(), analyzer);
  }

  /**
   * The SolrCloud collection {@code name} that {@code --solr ZKHOST...} or {@code --solr-url
   * URL[,URL...]} (the one given; the caller checks that one is) points to, with the layout of
   * {@code --shards} and {@code --replicas} and the time-outs of {@code --solr-connect-timeout}
   * and {@code --solr-answer-timeout}, each its default when not given.
   *
   * @param args the parsed arguments
   * @param name the collection's name
   * @return the collection
   * @throws UsageException if an option or the name is not valid
   */
  public static SolrCollection solrCollection(Args args, String name) throws UsageException {
    String zk = args.option("solr", null);
    try {
      return (zk != null ? SolrCollection.viaZooKeeper(zk, name)
          : SolrCollection.viaUrls(Splitter.on(',').trimResults().omitEmptyStrings()
              .splitToList(args.option("solr-url", "")), name))
          .withLayout(args.intOption("shards", SolrCollection.DEFAULT_SHARDS, 1),
              args.intOption("replicas", SolrCollection.DEFAULT_REPLICAS, 1))
          .withConnectTimeout(seconds(args, "solr-connect-timeout",
              SolrCollection.DEFAULT_CONNECT_TIMEOUT))
          .withAnswerTimeout(seconds(args, "solr-answer-timeout",
              SolrCollection.DEFAULT_ANSWER_TIMEOUT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** A time-out option in whole seconds, in [1, a day] as {@link SolrCollection} takes it. */
  private static Duration seconds(Args args, String option, Duration fallback)
      throws UsageException {
    return Duration.ofSeconds(args.intOption(option, Math.toIntExact(fallback.toSeconds()), 1,
        Math.toIntExact(SolrCollection.MAX_TIMEOUT.toSeconds())));
  }

  /** Where the arguments point, for messages: the directory or the collection. */
  static String describe(Args args) {
    String dir = args.option("index", null);
    return dir != null ? dir : "collection " + args.option("collection", "?");
  }
}
