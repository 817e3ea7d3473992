package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.extract.Article;
import dev.lede.reading.ReadingTime;
import dev.lede.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    assertThat(a.stats().words()).isEqualTo(146); // as wc -w counts the file
    assertThat(a.stats().sentences()).isEqualTo(8);
    // 146 words at 238 wpm: 36.8 s
    assertThat(a.readingTime()).isEqualTo(new ReadingTime(1, 37, 238));
    assertThat(a.keywords()).isNotEmpty();
  }

  @Test
  void analyze_wordsPerMinute_changesReadingTime() throws IOException {
    ArticleAnalyzer slow = ArticleAnalyzer.builder().wordsPerMinute(50).entities(false).build();
    ArticleAnalysis a = slow.analyze(Article.ofBody(null, resource("harbour-ferry.txt")));

    // 146 words at 50 wpm: 175.2 s
    assertThat(a.readingTime()).isEqualTo(new ReadingTime(3, 175, 50));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // body; words; minutes; seconds
      "Hello; 1; 1; 1",                         // 0.25 s: was 0 seconds but 1 minute
      "Yes. No.; 2; 1; 1",
      "1 2 3 4.5 6,000; 5; 1; 1",               // figures are words
      "!!! ??? ... --- ***; 0; 0; 0",           // nothing to read
      "\uD83D\uDE00 \uD83D\uDC4D\uD83C\uDFFD; 0; 0; 0"}) // emoji only
  void analyze_tinyBodies_minutesAndSecondsAgree(String body, int words, int minutes,
      int seconds) {
    ArticleAnalysis a = analyzer.analyze(Article.ofBody(null, body));

    assertThat(a.stats().words()).isEqualTo(words);
    assertThat(a.readingTime()).isEqualTo(new ReadingTime(minutes, seconds, 238));
  }

  @Test
  void analyze_cjk_readingTimeByCharacters() throws IOException {
    ArticleAnalysis a = analyzer.analyze(Article.ofBody(null, resource("cjk-market.txt")));

    assertThat(a.stats().words()).isZero();
    // 46 kanji and kana at 500 a minute: 5.52 s
    assertThat(a.readingTime()).isEqualTo(new ReadingTime(1, 6, 238));
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

  /**
   * Sixteen threads start together on a freshly built analyzer, so that what runs only on a cache
   * miss (the lemma cache, lazily built state) is raced too; the expected results come from the
   * other analyzer. Each thread analyses eight articles in its own order; repeated on three fresh
   * analyzers (with the non-thread-safe {@code LemmatizerME} swapped in, the first one fails).
   */
  @Test
  @Tag("concurrency")
  void analyze_sixteenThreadsFromColdStart_matchSingleThread() throws Exception {
    int tasksPerThread = 8;
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
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int repetition = 0; repetition < 3; repetition++) {
        ArticleAnalyzer fresh = ArticleAnalyzer.builder().build();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<List<ArticleAnalysis>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int first = t;
          futures.add(pool.submit(() -> {
            start.await();
            List<ArticleAnalysis> out = new ArrayList<>();
            for (int k = 0; k < tasksPerThread; k++) {
              out.add(fresh.analyze(Article.ofBody("t", bodies.get((first + k) % bodies.size()))));
            }
            return out;
          }));
        }
        for (int t = 0; t < threads; t++) {
          List<ArticleAnalysis> got = futures.get(t).get(120, TimeUnit.SECONDS);
          for (int k = 0; k < tasksPerThread; k++) {
            assertThat(got.get(k)).as("repetition %d, thread %d, task %d", repetition, t, k)
                .isEqualTo(expected.get((t + k) % bodies.size()));
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The bundled sample articles (the demo's 33), parsed as the demo reads them. */
  private static List<Article> sampleArticles() throws IOException {
    String text;
    try (InputStream in = ArticleAnalyzerTest.class.getResourceAsStream(
        "/lede/samples/articles.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Article> out = new ArrayList<>();
    for (String block : text.split("(?m)^===\\s*$")) {
      String[] parts = block.replaceAll("(?m)^#.*\\R?", "").strip().split("\\R\\R", 2);
      java.util.Map<String, String> h = new java.util.HashMap<>();
      for (String line : parts[0].split("\\R")) {
        int c = line.indexOf(':');
        h.put(line.substring(0, c).strip(), line.substring(c + 1).strip());
      }
      out.add(new Article(h.get("title"), h.get("byline"), h.get("section"), h.get("published"),
          null, null, parts[1].strip(), 0));
    }
    return out;
  }

  /**
   * One fresh analyzer shared by sixteen threads that start together, each analysing eight of
   * the 33 bundled sample articles in its own order (every sample by several threads at once):
   * every analysis equals the one another analyzer gives on one thread, field for field.
   */
  @Test
  @Tag("concurrency")
  void analyze_sixteenThreadsOnTheSamples_matchOneThread() throws Exception {
    List<Article> samples = sampleArticles();
    assertThat(samples).hasSize(33);
    List<ArticleAnalysis> expected = new ArrayList<>();
    for (Article a : samples) {
      expected.add(analyzer.analyze(a));
    }
    int threads = 16;
    int perThread = 8;
    ArticleAnalyzer fresh = ArticleAnalyzer.builder().build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<List<ArticleAnalysis>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = 2 * t;
        futures.add(pool.submit(() -> {
          start.await();
          List<ArticleAnalysis> out = new ArrayList<>();
          for (int k = 0; k < perThread; k++) {
            out.add(fresh.analyze(samples.get((first + k) % samples.size())));
          }
          return out;
        }));
      }
      for (int t = 0; t < threads; t++) {
        List<ArticleAnalysis> got = futures.get(t).get(120, TimeUnit.SECONDS);
        for (int k = 0; k < perThread; k++) {
          int sample = (2 * t + k) % samples.size();
          assertThat(got.get(k)).as("thread %d, sample %d", t, sample)
              .isEqualTo(expected.get(sample));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
