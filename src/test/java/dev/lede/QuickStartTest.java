package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.extract.Article;
import org.junit.jupiter.api.Test;

/** The README's Java quick start, kept compiling and working. */
final class QuickStartTest {

  @Test
  void readmeQuickStart_runs() {
    String pageText = "Tram Line Opens in the Old Town\n\n"
        + "The new tram line opened on Saturday. Thousands of residents rode it on the first day.";
    // --- README snippet ---
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder()
        .wordsPerMinute(238)
        .build();
    ArticleAnalysis a = analyzer.analyze(Article.fromPageText(pageText));
    System.out.println(a.title() + " by " + a.byline() + ", " + a.readingTime().minutes() + " min");
    a.sentences().forEach(s -> System.out.println(s.start() + "-" + s.end() + ": " + s.text()));
    a.entities().forEach(e -> System.out.println(e.type() + " " + e.name() + " " + e.salience()));
    // --- end ---
    assertThat(a.title()).isEqualTo("Tram Line Opens in the Old Town");
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.readingTime().minutes()).isEqualTo(1);
  }
}
