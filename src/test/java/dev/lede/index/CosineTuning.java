package dev.lede.index;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import dev.lede.tools.EvalRelatedCommand;
import dev.lede.tools.EvalRelatedCommand.Doc;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
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
      Map<String, Doc> byId = new HashMap<>();
      docs.forEach(d -> byId.put(d.id(), d));
      System.out.printf(Locale.ROOT, "%s: %d docs, %d queries%n", corpus, docs.size(),
          queries.size());
      for (int i = 2; i < args.length; i++) {
        Ranker ranker = new Ranker(Documents.analyzer(),
            Ranker.Weights.DEFAULT.withTextCosine(Float.parseFloat(args[i])));
        RelatedQuery options = RelatedQuery.builder().limit(10).build();
        double p5 = 0;
        double p10 = 0;
        double mrr = 0;
        long nanos = 0;
        for (Doc q : queries) {
          long t = System.nanoTime();
          List<RelatedArticle> hits = archive.related(q.id(), options, ranker);
          nanos += System.nanoTime() - t;
          boolean found = false;
          for (int k = 0; k < hits.size(); k++) {
            boolean rel = !Collections.disjoint(q.strong(), byId.get(hits.get(k).id()).strong());
            if (rel) {
              p5 += k < 5 ? 1 : 0;
              p10++;
              if (!found) {
                mrr += 1.0 / (k + 1);
                found = true;
              }
            }
          }
        }
        int n = queries.size();
        System.out.printf(Locale.ROOT, "cosine %-6s P@5 %.4f P@10 %.4f MRR %.4f %.2f ms/query%n",
            args[i], p5 / (5.0 * n), p10 / (10.0 * n), mrr / n, nanos / 1e6 / n);
      }
    }
  }
}
