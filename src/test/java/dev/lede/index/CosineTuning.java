package dev.lede.index;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import dev.lede.tools.EvalRelatedCommand;
import dev.lede.tools.EvalRelatedCommand.Doc;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tuning harness of the whole-text cosine (not a test): indexes a dev corpus once, then scores
 * Lede's ranking with each weight of {@link TextCosine} given on the command line, so that
 * weights are compared on the same index in one process.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * dev.lede.index.CosineTuning reuters|ecbplus FILE WEIGHT...}
 */
public final class CosineTuning {

  private CosineTuning() {}

  public static void main(String[] args) throws Exception {
    String corpus = args[0];
    Path file = Path.of(args[1]);
    List<Doc> docs = corpus.equals("reuters") ? EvalRelatedCommand.readReuters(file,
        Integer.MAX_VALUE) : EvalRelatedCommand.readEcbPlus(file, Integer.MAX_VALUE);
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().build();
    Map<String, ArticleAnalysis> analyses = new ConcurrentHashMap<>();
    docs.parallelStream().forEach(d ->
        analyses.put(d.id(), analyzer.analyze(Article.ofBody(d.title(), d.text()))));
    try (LuceneArchive archive = LuceneArchive.inMemory()) {
      archive.addAll(analyses);
      archive.commit();
      List<Doc> queries = docs.stream().filter(Doc::query).toList();
      System.out.printf(Locale.ROOT, "%s: %d docs, %d queries%n", corpus, docs.size(),
          queries.size());
      RelatedQuery options = RelatedQuery.builder().limit(10).build();
      for (int i = 2; i < args.length; i++) {
        Ranker ranker = new Ranker(Documents.analyzer(),
            Ranker.Weights.DEFAULT.withTextCosine(Float.parseFloat(args[i])));
        EvalRelatedCommand.Metrics m = EvalRelatedCommand.evaluate(docs, queries,
            q -> archive.related(q.id(), options, ranker).stream().map(RelatedArticle::id)
                .toList());
        System.out.printf(Locale.ROOT, "cosine %-6s P@5 %.4f P@10 %.4f MRR %.4f %.2f ms/query%n",
            args[i], m.p5(), m.p10(), m.mrr(), m.msPerQuery());
      }
    }
  }
}
