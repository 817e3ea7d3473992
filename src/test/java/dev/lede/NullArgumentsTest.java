package dev.lede;

import com.google.common.testing.NullPointerTester;
import dev.lede.keywords.KeywordExtractor;
import dev.lede.reading.ReadingTimeEstimator;
import dev.lede.text.TextProcessor;
import org.junit.jupiter.api.Test;

/** Every public method rejects a null where it takes no null, naming the parameter's cause. */
final class NullArgumentsTest {

  private final NullPointerTester tester = new NullPointerTester();

  @Test
  void publicMethods_null_throwNullPointerException() {
    tester.testAllPublicInstanceMethods(TextProcessor.load());
    tester.testAllPublicInstanceMethods(KeywordExtractor.withLimit(3));
    tester.testAllPublicInstanceMethods(ReadingTimeEstimator.ofWordsPerMinute(238));
    tester.testAllPublicInstanceMethods(ArticleAnalyzer.builder().entities(false).build());
  }
}
