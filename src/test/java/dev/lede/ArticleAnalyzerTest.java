package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.extract.Article;
import dev.lede.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ArticleAnalyzerTest {

  private static ArticleAnalyzer analyzer;

  @BeforeAll
  static void build() {
    analyzer = ArticleAnalyzer.builder().build();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ArticleAnalyzerTest.class.getResourceAsStream("/articles/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void analyze_body_keepsBodyVerbatimWithExactOffsets() throws IOException {
    String body = resource("harbour-ferry.txt");
    ArticleAnalysis a = analyzer.analyze(Article.ofBody("Ferry", body));

    assertThat(a.body()).isEqualTo(body);
    assertThat(a.title()).isEqualTo("Ferry");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.stats().characters()).isEqualTo(body.length());
    assertThat(a.stats().paragraphs()).isEqualTo(4);
    assertThat(a.stats().sentences()).isEqualTo(a.sentences().size());
    for (Token t : a.tokens()) {
      assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    // ~150 words at 238 wpm
    assertThat(a.readingTime().minutes()).isEqualTo(1);
    assertThat(a.readingTime().seconds()).isBetween(35, 41);
    assertThat(a.keywords()).isNotEmpty();
  }

  @Test
  void analyze_wordsPerMinute_changesReadingTime() throws IOException {
    ArticleAnalyzer slow = ArticleAnalyzer.builder().wordsPerMinute(50).entities(false).build();
    ArticleAnalysis a = slow.analyze(Article.ofBody(null, resource("harbour-ferry.txt")));

    assertThat(a.readingTime().wordsPerMinute()).isEqualTo(50);
    assertThat(a.readingTime().minutes())
        .isEqualTo((int) Math.ceil(a.stats().words() / 50.0))
        .isGreaterThan(analyzer.analyze(Article.ofBody(null, a.body())).readingTime().minutes());
  }

  @Test
  void analyze_cjk_readingTimeByCharacters() throws IOException {
    ArticleAnalysis a = analyzer.analyze(Article.ofBody(null, resource("cjk-market.txt")));

    assertThat(a.stats().words()).isZero();
    assertThat(a.readingTime().minutes()).isEqualTo(1);
    assertThat(a.readingTime().seconds()).isBetween(5, 8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\r\n\r\n", "\u00a0\t"})
  void analyze_blank_isEmptyAnalysis(String body) {
    ArticleAnalysis a = analyzer.analyze(Article.ofBody(null, body));

    assertThat(a.tokens()).isEmpty();
    assertThat(a.sentences()).isEmpty();
    assertThat(a.entities()).isEmpty();
    assertThat(a.keywords()).isEmpty();
    assertThat(a.stats().words()).isZero();
    assertThat(a.readingTime().minutes()).isZero();
  }

  @Test
  void analyze_null_throwsNamingParameter() {
    assertThatThrownBy(() -> analyzer.analyze(null))
        .isInstanceOf(NullPointerException.class).hasMessage("article");
  }

  @Test
  void article_overLimit_throwsNamingLimit() {
    String huge = "a".repeat(Article.MAX_INPUT_CHARS + 1);
    assertThatThrownBy(() -> Article.ofBody(null, huge))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MAX_INPUT_CHARS");
    assertThatThrownBy(() -> Article.fromPageText(huge))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5000000");
    assertThatThrownBy(() -> Article.fromHtml(huge))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MAX_INPUT_CHARS");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, -238})
  void builder_badWordsPerMinute_throws(int wpm) {
    assertThatThrownBy(() -> ArticleAnalyzer.builder().wordsPerMinute(wpm))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wordsPerMinute");
  }

  @Test
  void builder_badKeywordLimit_throws() {
    assertThatThrownBy(() -> ArticleAnalyzer.builder().keywordLimit(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void analyze_sixteenThreadsSharingOneAnalyzer_matchSingleThread() throws Exception {
    List<String> bodies = new ArrayList<>();
    String ferry = resource("harbour-ferry.txt");
    String cjk = resource("cjk-market.txt");
    for (int i = 0; i < 32; i++) {
      // Different articles per task: rotate paragraphs and mix scripts.
      bodies.add(switch (i % 4) {
        case 0 -> ferry;
        case 1 -> cjk;
        case 2 -> ferry.substring(ferry.indexOf("\n\n") + 2) + "\n\n" + cjk;
        default -> "Paragraph " + i + " about trains and buses.\n\n" + ferry;
      });
    }
    List<ArticleAnalysis> expected = new ArrayList<>();
    for (String b : bodies) {
      expected.add(analyzer.analyze(Article.ofBody("t", b)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<ArticleAnalysis>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String b : bodies) {
          futures.add(pool.submit(() -> analyzer.analyze(Article.ofBody("t", b))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % bodies.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
