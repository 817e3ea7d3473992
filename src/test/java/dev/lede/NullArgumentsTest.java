package dev.lede;

import com.google.common.testing.NullPointerTester;
import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import dev.lede.index.RelatedQuery;
import dev.lede.index.SolrCollection;
import dev.lede.index.SolrConfigSet;
import dev.lede.keywords.KeywordExtractor;
import dev.lede.reading.ReadingTimeEstimator;
import dev.lede.text.AnalyzedText;
import dev.lede.text.TextProcessor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every public method rejects a null where it takes no null, naming the parameter's cause. */
final class NullArgumentsTest {

  private final NullPointerTester tester = new NullPointerTester();

  @Test
  void publicMethods_null_throwNullPointerException() {
    TextProcessor processor = TextProcessor.load();
    tester.testAllPublicInstanceMethods(processor);
    tester.setDefault(AnalyzedText.class, processor.process("A body of words."));
    tester.testAllPublicInstanceMethods(KeywordExtractor.withLimit(3));
    tester.testAllPublicInstanceMethods(ReadingTimeEstimator.ofWordsPerMinute(238));
    tester.testAllPublicInstanceMethods(ArticleAnalyzer.builder().entities(false).build());
  }

  @Test
  void archive_null_throwNullPointerException(@TempDir Path tmp) throws Exception {
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().entities(false).build();
    tester.setDefault(Path.class, tmp);
    tester.setDefault(ArticleAnalyzer.class, analyzer);
    // never reached: every factory checks its arguments before connecting
    tester.setDefault(SolrCollection.class,
        SolrCollection.viaUrls(List.of("http://127.0.0.1:1/solr"), "unreachable"));
    tester.setDefault(RelatedQuery.class, RelatedQuery.of(5));
    tester.setDefault(Article.class, Article.ofBody("Title", "A body of words."));
    tester.setDefault(ArticleAnalysis.class,
        analyzer.analyze(Article.ofBody("Title", "A body of words.")));
    tester.testAllPublicStaticMethods(ArticleIndex.class);
    tester.testAllPublicStaticMethods(SolrCollection.class);
    tester.testAllPublicStaticMethods(SolrConfigSet.class);
    tester.testAllPublicConstructors(SolrCollection.class);
    try (ArticleIndex index = ArticleIndex.inMemory(analyzer)) {
      tester.testAllPublicInstanceMethods(index);
    }
  }
}
