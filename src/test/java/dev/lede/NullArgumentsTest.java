package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityRecognizer;
import dev.lede.entities.EntityType;
import dev.lede.entities.Mention;
import dev.lede.entities.TaggedSentence;
import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import dev.lede.index.RelatedQuery;
import dev.lede.index.SolrCollection;
import dev.lede.index.SolrConfigSet;
import dev.lede.keywords.Keyword;
import dev.lede.keywords.KeywordExtractor;
import dev.lede.reading.ReadingTime;
import dev.lede.reading.ReadingTimeEstimator;
import dev.lede.text.AnalyzedText;
import dev.lede.text.Sentence;
import dev.lede.text.TextProcessor;
import dev.lede.text.Token;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
  void entityRecognizer_null_throwNullPointerException() {
    tester.setDefault(AnalyzedText.class, TextProcessor.load().process("A body of words."));
    tester.testAllPublicInstanceMethods(EntityRecognizer.load());
  }

  /** One valid instance of every result record of the analysis API. */
  static Stream<Record> results() {
    Token token = new Token("Accra", 0, 5, "PROPN", "Accra");
    Sentence sentence = new Sentence("Accra", 0, 5, 0, 1);
    Mention mention = new Mention(0, 5, "Accra");
    Entity entity = new Entity(EntityType.LOCATION, "Accra", null, 0.5, List.of(mention));
    return Stream.of(token, sentence, mention, entity,
        new AnalyzedText("Accra", List.of(sentence), List.of(token), "und", 1, 0, 1),
        new TaggedSentence(List.of("Accra"), List.of("B-LOC")), new Keyword("accra", 1),
        new ReadingTime(1, 1, 238), new TextStats(5, 1, 1, 1), Article.ofBody("Title", "Accra"),
        new ArticleAnalysis("Title", "By", "World", "2024-05-01", "https://example.org/a", "und",
            3, "Accra", new TextStats(5, 1, 1, 1), new ReadingTime(1, 1, 238), List.of(sentence),
            List.of(token), List.of(entity), List.of("GH"), List.of(new Keyword("accra", 1))));
  }

  @ParameterizedTest
  @MethodSource("results")
  void recordConstructor_null_throwsNamingTheComponent(Record sample) throws Exception {
    RecordComponent[] components = sample.getClass().getRecordComponents();
    Constructor<?> canonical = sample.getClass().getConstructor(
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      if (c.getType().isPrimitive() || nullable(c)) {
        continue;
      }
      Object[] args = new Object[components.length];
      for (int k = 0; k < args.length; k++) {
        args[k] = k == i ? null : components[k].getAccessor().invoke(sample);
      }
      assertThatThrownBy(() -> {
        try {
          canonical.newInstance(args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }).as("%s(%s = null)", sample.getClass().getSimpleName(), c.getName())
          .isInstanceOf(NullPointerException.class).hasMessage(c.getName());
    }
    tester.setDefault(TextStats.class, new TextStats(0, 0, 0, 0));
    tester.setDefault(ReadingTime.class, new ReadingTime(0, 0, 238));
    tester.testAllPublicConstructors(sample.getClass());
    tester.testAllPublicStaticMethods(sample.getClass());
  }

  @Test
  void nullableComponents_areAnnotated() {
    assertThat(results().flatMap(r -> Arrays.stream(r.getClass().getRecordComponents()))
        .filter(NullArgumentsTest::nullable)
        .map(c -> c.getDeclaringRecord().getSimpleName() + "." + c.getName()))
        .containsExactlyInAnyOrder("Entity.countryCode", "Article.title", "Article.byline",
            "Article.section", "Article.publishedAt", "Article.url",
            "Article.statedReadingMinutes", "ArticleAnalysis.title", "ArticleAnalysis.byline",
            "ArticleAnalysis.section", "ArticleAnalysis.publishedAt", "ArticleAnalysis.url",
            "ArticleAnalysis.statedReadingMinutes");
  }

  /** Whether a component takes null: jspecify's {@code @Nullable}, which the tester reads too. */
  private static boolean nullable(RecordComponent c) {
    return Arrays.stream(c.getAnnotatedType().getAnnotations())
        .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
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
