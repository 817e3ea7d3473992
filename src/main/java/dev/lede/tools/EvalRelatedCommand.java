package dev.lede.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.cli.Archives;
import dev.lede.cli.Args;
import dev.lede.cli.Command;
import dev.lede.cli.Main;
import dev.lede.cli.UsageException;
import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import dev.lede.index.RelatedArticle;
import dev.lede.index.RelatedQuery.Ranking;
import dev.lede.index.RelatedQuery;
import dev.lede.index.SolrCollection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * {@code eval-related}: indexes a dev corpus, uses its documents as queries and prints P@5,
 * P@10, nDCG@10 and MRR for Lede's ranking and for three baselines, in one run: MoreLikeThis with
 * Lucene's defaults and with news settings, and plain TF-IDF cosine ({@link TfIdfCosine}).
 *
 * <p>Stateless, so thread-safe. Public only so that {@link java.util.ServiceLoader} can create it
 * for {@link dev.lede.cli.Main}.
 */
public final class EvalRelatedCommand implements Command {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String REUTERS_DEFAULT =
      "../shared/data/related/reuters21578/reuters21578_docs.jsonl";
  static final String ECBPLUS_DEFAULT = "../shared/data/related/ecbplus-dev/ecbplus_dev.jsonl";
  /** The entity corpora the {@code categories} and {@code genres} corpora are built from. */
  static final String NER_DEFAULT = "../shared/data/ner";

  private static final int DEPTH = 10;

  /** Articles per write to SolrCloud. */
  private static final int SOLR_BATCH = 500;

  @Override
  public String name() {
    return "eval-related";
  }

  @Override
  public String usage() {
    return "eval-related --corpus reuters|ecbplus|categories|categories-test|genres [--max-docs N]"
        + " [--no-entities] [--threads N] [--backend embedded|solr"
        + " (--solr ZKHOST[,ZKHOST...][/chroot] | --solr-url URL[,URL...]) --collection NAME"
        + " [--solr-connect-timeout SECONDS] [--solr-answer-timeout SECONDS]]"
        + " [--topic-weight W] [FILE|DIR]";
  }

  /** One corpus document: its id, text, and the labels relevance is judged by. */
  public record Doc(String id, String title, String text, boolean query, Set<String> strong,
      Set<String> weak) {}

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of("no-entities"),
        Set.of("corpus", "max-docs", "threads", "backend", "solr", "solr-url", "collection",
            "solr-connect-timeout", "solr-answer-timeout", "topic-weight"));
    String corpus = args.option("corpus", null);
    if (corpus == null) {
      throw new UsageException(
          "--corpus reuters|ecbplus|categories|categories-test|genres is required");
    }
    corpus = corpus.toLowerCase(Locale.ROOT);
    boolean built = corpus.equals("categories") || corpus.equals("categories-test")
        || corpus.equals("genres");
    if (!corpus.equals("reuters") && !corpus.equals("ecbplus") && !built) {
      throw new UsageException(
          "--corpus must be reuters, ecbplus, categories, categories-test or genres: " + corpus);
    }
    if (args.positional().size() > 1) {
      throw new UsageException("at most one corpus file");
    }
    int maxDocs = args.intOption("max-docs", Integer.MAX_VALUE, 1);
    int threads = args.intOption("threads", Runtime.getRuntime().availableProcessors(), 1);
    double topicWeight = args.doubleOption("topic-weight", RelatedQuery.TOPIC_WEIGHT, 0,
        RelatedQuery.MAX_TOPIC_WEIGHT);
    Path file = Path.of(args.positional().isEmpty()
        ? (built ? NER_DEFAULT : corpus.equals("reuters") ? REUTERS_DEFAULT : ECBPLUS_DEFAULT)
        : args.positional().get(0));
    if (built ? !Files.isDirectory(file) : !Files.isRegularFile(file)) {
      err.println("lede eval-related: corpus " + (built ? "folder" : "file") + " not found: "
          + file + " (give its path, or run from the project root beside ../shared)");
      return Main.EXIT_ERROR;
    }
    String backend = args.option("backend", "embedded");
    SolrCollection solr = null;
    if (backend.equals("solr")) {
      solr = solrCollection(args);
    } else if (!backend.equals("embedded")) {
      throw new UsageException("--backend must be embedded or solr: " + backend);
    } else if (Stream.of("solr", "solr-url", "collection", "solr-connect-timeout",
        "solr-answer-timeout").anyMatch(o -> args.option(o, null) != null)) {
      throw new UsageException("--solr, --solr-url, --collection and the --solr-...-timeout"
          + " options go with --backend solr");
    }
    List<Doc> docs;
    try {
      docs = switch (corpus) {
        case "reuters" -> readReuters(file, maxDocs);
        case "ecbplus" -> readEcbPlus(file, maxDocs);
        case "categories" -> first(CategoryCorpus.categories(file), maxDocs);
        case "categories-test" -> first(CategoryCorpus.categoriesTest(file), maxDocs);
        default -> first(CategoryCorpus.genres(file), maxDocs);
      };
    } catch (IOException | RuntimeException e) {
      err.println("lede eval-related: cannot read the " + corpus + " corpus: "
          + Main.oneLine(e));
      return Main.EXIT_ERROR;
    }
    if (judged(docs).isEmpty()) {
      err.println("lede eval-related: the " + corpus + " corpus " + file + " has no queries ("
          + docs.size() + " documents read): an empty file, one without the fields that say"
          + " what is related, or one where no two documents are related");
      return Main.EXIT_ERROR;
    }
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder()
        .entities(!args.flag("no-entities"))
        .build();
    if (solr != null) {
      return compareWithSolr(corpus, file, docs, analyzer, threads, solr,
          args.flag("no-entities"), topicWeight, out);
    }
    long t0 = System.nanoTime();
    try (ArticleIndex index = ArticleIndex.inMemory(analyzer)) {
      indexAll(index, analyzer, docs, threads);
      index.commit();
      double indexSeconds = (System.nanoTime() - t0) / 1e9;
      List<Doc> queries = judged(docs);
      out.printf(Locale.ROOT, "corpus %s: %s%n", corpus, file);
      out.printf(Locale.ROOT, "%d documents indexed in %.1f s (%d threads, entities %s),"
          + " %d queries, relevance = %s%n", docs.size(), indexSeconds, threads,
          args.flag("no-entities") ? "off" : "on", queries.size(),
          corpus.equals("reuters") ? "shares a topic" : built ? "same category"
              : "same event (cluster); nDCG: same topic other event = gain 1, same event = gain 2");
      unjudged(docs, queries, out);
      // Four decimals: on Reuters (2,742 queries) the rankings differ in the third.
      out.printf(Locale.ROOT, "%-26s %7s %7s %8s %7s %9s%n", "ranking", "P@5", "P@10",
          "nDCG@10", "MRR", "ms/query");
      TfIdfCosine tfidf = TfIdfCosine.of(docs);
      Metrics plain = evaluate(docs, queries, q -> tfidf.similar(q.id(), DEPTH));
      for (Ranking r : List.of(Ranking.LEDE, Ranking.MORE_LIKE_THIS,
          Ranking.MORE_LIKE_THIS_NEWS)) {
        Metrics m = evaluate(index, docs, queries, r);
        out.printf(Locale.ROOT, "%-26s %7.4f %7.4f %8.4f %7.4f %9.2f%n", label(r), m.p5(),
            m.p10(), m.ndcg(), m.mrr(), m.msPerQuery());
        if (r == Ranking.LEDE && topicWeight > 0) {
          // the same ranking with the semantic signal: the topic weight for topic archives
          Metrics t = evaluate(index, docs, queries, RelatedQuery.builder().limit(DEPTH)
              .topicWeight(topicWeight).build());
          out.printf(Locale.ROOT, "%-26s %7.4f %7.4f %8.4f %7.4f %9.2f%n",
              "lede-topic-" + topicWeight, t.p5(), t.p10(), t.ndcg(), t.mrr(), t.msPerQuery());
        }
      }
      out.printf(Locale.ROOT, "%-26s %7.4f %7.4f %8.4f %7.4f %9.2f%n", "tfidf-cosine",
          plain.p5(), plain.p10(), plain.ndcg(), plain.mrr(), plain.msPerQuery());
    }
    return 0;
  }

  /**
   * The queries that can be judged: those with at least one other document of the corpus related
   * to them. A query with none (its event or category alone in the corpus, or cut off by {@code
   * --max-docs}) scores 0 on every metric whatever the ranking, so it is left out of the averages,
   * as trec_eval leaves out topics without relevant documents.
   */
  static List<Doc> judged(List<Doc> docs) {
    Map<String, Integer> labelled = new HashMap<>();
    for (Doc d : docs) {
      d.strong().forEach(label -> labelled.merge(label, 1, Integer::sum));
    }
    return docs.stream().filter(Doc::query)
        .filter(q -> q.strong().stream().anyMatch(label -> labelled.get(label) > 1)).toList();
  }

  /** Says how many queries {@link #judged} left out, if any. */
  private static void unjudged(List<Doc> docs, List<Doc> judged, PrintStream out) {
    long left = docs.stream().filter(Doc::query).count() - judged.size();
    if (left > 0) {
      out.printf(Locale.ROOT, "%d %s without a related document in the corpus left out (no"
          + " ranking can score on %s)%n", left, left == 1 ? "query" : "queries",
          left == 1 ? "it" : "them");
    }
  }

  /** Documents analysed at a time by {@link #indexAll} before they are added in order. */
  static final int INDEX_BATCH = 1_000;

  /**
   * Analyses the documents on {@code threads} threads and adds them to the index in corpus order.
   * The order of the index decides between suggestions that score the same, so adding each
   * document as its thread finished made two runs of one build differ (ECB+ dev, Lede's ranking:
   * P@10 0.8685 or 0.8688); batches keep a large corpus's analyses out of memory.
   */
  static void indexAll(ArticleIndex index, ArticleAnalyzer analyzer, List<Doc> docs, int threads)
      throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      for (int from = 0; from < docs.size(); from += INDEX_BATCH) {
        List<Doc> batch = docs.subList(from, Math.min(docs.size(), from + INDEX_BATCH));
        List<ArticleAnalysis> analysed = pool.submit(() -> batch.parallelStream()
            .map(d -> analyzer.analyze(Article.ofBody(d.title(), d.text()))).toList()).get();
        for (int i = 0; i < batch.size(); i++) {
          index.add(batch.get(i).id(), analysed.get(i));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  /** The collection {@code --backend solr} names (2 shards x 2 replicas if it is created). */
  private static SolrCollection solrCollection(Args args) throws UsageException {
    String zk = args.option("solr", null);
    String urls = args.option("solr-url", null);
    String name = args.option("collection", null);
    if ((zk == null) == (urls == null) || name == null) {
      throw new UsageException("--backend solr needs --collection NAME and one of --solr ZKHOST"
          + " or --solr-url URL");
    }
    return Archives.solrCollection(args, name); // as index, related and serve take them
  }

  /**
   * Lede's ranking on a SolrCloud collection against the embedded index, on the same analyses
   * written in the same order: the metrics of both, and how many queries got the same top 5;
   * with Lede's defaults, then with the topic weight if it is above 0. The collection must be
   * empty or hold only this corpus (its articles are replaced by id).
   */
  private static int compareWithSolr(String corpus, Path file, List<Doc> docs,
      ArticleAnalyzer analyzer, int threads, SolrCollection target, boolean noEntities,
      double topicWeight, PrintStream out) throws Exception {
    long t0 = System.nanoTime();
    Map<String, ArticleAnalysis> analyses = new java.util.LinkedHashMap<>();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      List<ArticleAnalysis> list = pool.submit(() -> docs.parallelStream()
          .map(d -> analyzer.analyze(Article.ofBody(d.title(), d.text()))).toList()).get();
      for (int i = 0; i < docs.size(); i++) {
        analyses.put(docs.get(i).id(), list.get(i));
      }
    } finally {
      pool.shutdown();
    }
    double analyseSeconds = (System.nanoTime() - t0) / 1e9;
    List<Doc> queries = judged(docs);
    RelatedQuery options = RelatedQuery.builder().limit(DEPTH).build();
    try (ArticleIndex embedded = ArticleIndex.inMemory(analyzer);
        ArticleIndex solr = ArticleIndex.openSolr(target, analyzer)) {
      embedded.addAll(analyses);
      embedded.commit();
      long t1 = System.nanoTime();
      Map<String, ArticleAnalysis> batch = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, ArticleAnalysis> e : analyses.entrySet()) {
        batch.put(e.getKey(), e.getValue());
        if (batch.size() == SOLR_BATCH) {
          solr.addAll(batch);
          batch.clear();
        }
      }
      solr.addAll(batch);
      solr.commit();
      double solrSeconds = (System.nanoTime() - t1) / 1e9;
      out.printf(Locale.ROOT, "corpus %s: %s%n", corpus, file);
      out.printf(Locale.ROOT, "%d documents analysed in %.1f s (%d threads, entities %s),"
          + " written to SolrCloud collection %s in %.1f s; %d queries%n", docs.size(),
          analyseSeconds, threads, noEntities ? "off" : "on", target.name(), solrSeconds,
          queries.size());
      unjudged(docs, queries, out);
      out.printf(Locale.ROOT, "%-26s %7s %7s %8s %7s %9s%n", "ranking", "P@5", "P@10",
          "nDCG@10", "MRR", "ms/query");
      compare("lede", embedded, solr, docs, queries, options, out);
      if (topicWeight > 0) {
        compare("lede-topic-" + topicWeight, embedded, solr, docs, queries,
            RelatedQuery.builder().limit(DEPTH).topicWeight(topicWeight).build(), out);
      }
    }
    return 0;
  }

  /** One ranking's metrics on both backends, and how many queries got the same lists. */
  private static void compare(String label, ArticleIndex embedded, ArticleIndex solr,
      List<Doc> docs, List<Doc> queries, RelatedQuery options, PrintStream out)
      throws IOException {
    Map<String, List<String>> embeddedTop = new HashMap<>();
    Map<String, List<String>> solrTop = new HashMap<>();
    Metrics e = evaluate(embedded, docs, queries, options, embeddedTop);
    Metrics s = evaluate(solr, docs, queries, options, solrTop);
    for (Map.Entry<String, Metrics> row : List.of(Map.entry(label + " (embedded)", e),
        Map.entry(label + " (solrcloud)", s))) {
      Metrics m = row.getValue();
      out.printf(Locale.ROOT, "%-26s %7.4f %7.4f %8.4f %7.4f %9.2f%n", row.getKey(), m.p5(),
          m.p10(), m.ndcg(), m.mrr(), m.msPerQuery());
    }
    int same5 = 0;
    int same10 = 0;
    for (Doc q : queries) {
      List<String> a = embeddedTop.get(q.id());
      List<String> b = solrTop.get(q.id());
      if (a.subList(0, Math.min(5, a.size())).equals(b.subList(0, Math.min(5, b.size())))) {
        same5++;
      }
      if (a.equals(b)) {
        same10++;
      }
    }
    out.printf(Locale.ROOT, "%s: same top 5 for %d of %d queries, same top 10 for %d;"
        + " P@5 difference %.4f%n", label, same5, queries.size(), same10, s.p5() - e.p5());
  }

  private static String label(Ranking r) {
    return switch (r) {
      case LEDE -> "lede";
      case MORE_LIKE_THIS -> "morelikethis-defaults";
      case MORE_LIKE_THIS_NEWS -> "morelikethis-news";
    };
  }

  public record Metrics(double p5, double p10, double ndcg, double mrr, double msPerQuery) {}

  static Metrics evaluate(ArticleIndex index, List<Doc> docs, List<Doc> queries, Ranking r)
      throws IOException {
    // Lede's defaults (de-duplication on); the baselines as Lucene has them (no de-duplication).
    return evaluate(index, docs, queries, RelatedQuery.builder().limit(DEPTH).ranking(r)
        .deduplicate(r == Ranking.LEDE).build());
  }

  static Metrics evaluate(ArticleIndex index, List<Doc> docs, List<Doc> queries,
      RelatedQuery options) throws IOException {
    return evaluate(index, docs, queries, options, null);
  }

  /** As above; puts each query's suggested ids in {@code ranked} when it is not null. */
  static Metrics evaluate(ArticleIndex index, List<Doc> docs, List<Doc> queries,
      RelatedQuery options, Map<String, List<String>> ranked) throws IOException {
    return evaluate(docs, queries, q -> {
      List<String> ids = index.related(q.id(), options).stream().map(RelatedArticle::id)
          .toList();
      if (ranked != null) {
        ranked.put(q.id(), ids);
      }
      return ids;
    });
  }

  /** Suggests related documents for a query document, best first. */
  @FunctionalInterface
  public interface Suggester {
    /** The ids of the documents related to {@code query}, best first. */
    List<String> suggest(Doc query) throws IOException;
  }

  /** The metrics of any ranking: Lede's, a baseline's, a tuning harness's. */
  public static Metrics evaluate(List<Doc> docs, List<Doc> queries, Suggester suggester)
      throws IOException {
    Map<String, Doc> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    double p5 = 0;
    double p10 = 0;
    double ndcg = 0;
    double mrr = 0;
    long nanos = 0;
    for (Doc q : queries) {
      long t = System.nanoTime();
      List<String> hits = suggester.suggest(q);
      nanos += System.nanoTime() - t;
    double dcg = 0;
      boolean found = false;
      for (int i = 0; i < hits.size(); i++) {
        Doc d = byId.get(hits.get(i));
        int gain = gain(q, d);
        boolean relevant = !java.util.Collections.disjoint(q.strong(), d.strong());
        if (relevant) {
          if (i < 5) {
            p5++;
          }
          p10++;
          if (!found) {
            mrr += 1.0 / (i + 1);
            found = true;
          }
        }
        dcg += gain / log2(i + 2);
      }
      List<Integer> gains = new ArrayList<>();
      for (Doc d : docs) {
        if (d != q) {
          int g = gain(q, d);
          if (g > 0) {
            gains.add(g);
          }
        }
      }
      gains.sort(java.util.Comparator.reverseOrder());
      double ideal = 0;
      for (int i = 0; i < Math.min(DEPTH, gains.size()); i++) {
        ideal += gains.get(i) / log2(i + 2);
      }
      ndcg += ideal == 0 ? 0 : dcg / ideal;
    }
    int n = queries.size();
    return new Metrics(p5 / (5.0 * n), p10 / (10.0 * n), ndcg / n, mrr / n,
        nanos / 1e6 / n);
  }

  /** Graded relevance: 2 for a strong match (same event / shared topic), 1 for a weak one. */
  private static int gain(Doc q, Doc d) {
    if (!java.util.Collections.disjoint(q.strong(), d.strong())) {
      return q.weak().isEmpty() ? 1 : 2;
    }
    return !q.weak().isEmpty() && !java.util.Collections.disjoint(q.weak(), d.weak()) ? 1 : 0;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  public static List<Doc> readReuters(Path file, int max) throws IOException {
    return readJsonl(file, max, n -> {
      Set<String> topics = new HashSet<>();
      n.path("topics").forEach(t -> topics.add(t.asText()));
      String text = n.path("text").asText("");
      // Only documents with topics can be judged; the others are left out.
      return topics.isEmpty() || text.isBlank() ? null
          : new Doc(n.path("id").asText(), n.path("title").asText(null), text,
              "test".equals(n.path("split").asText()), topics, Set.of());
    });
  }

  public static List<Doc> readEcbPlus(Path file, int max) throws IOException {
    return readJsonl(file, max, n -> new Doc(n.path("id").asText(), null,
        n.path("text").asText(""), true, Set.of(n.path("cluster").asText()),
        Set.of(n.path("topic").asText())));
  }

  private static List<Doc> first(List<Doc> docs, int max) {
    return docs.size() <= max ? docs : docs.subList(0, max);
  }

  /** Reads up to {@code max} documents from a JSONL corpus; {@code toDoc} returns null to skip. */
  private static List<Doc> readJsonl(Path file, int max,
      java.util.function.Function<JsonNode, Doc> toDoc) throws IOException {
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && docs.size() < max) {
        if (!line.isBlank()) {
          Doc d = toDoc.apply(JSON.readTree(line));
          if (d != null) {
            docs.add(d);
          }
        }
      }
    }
    return docs;
  }
}
