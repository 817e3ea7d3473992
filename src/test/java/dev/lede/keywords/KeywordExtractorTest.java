package dev.lede.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.text.AnalyzedText;
import dev.lede.text.TextProcessor;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class KeywordExtractorTest {

  private static TextProcessor processor;

  @BeforeAll
  static void load() {
    processor = TextProcessor.load();
  }

  @Test
  void extract_repeatedNounPhrasesRankFirst() {
    AnalyzedText t = processor.process("The city council approved the new tram line on Monday. "
        + "The tram line will connect the airport with the old town. Work on the tram line "
        + "starts in May, the council said. Some shop owners fear months of noise.");
    List<Keyword> keywords = KeywordExtractor.withLimit(5).extract("Council backs tram line", t);

    assertThat(keywords).hasSizeLessThanOrEqualTo(5);
    assertThat(keywords.get(0).term()).isEqualTo("tram line");
    assertThat(keywords.get(0).score()).isEqualTo(1.0);
    assertThat(keywords).extracting(Keyword::term).contains("council");
    assertThat(keywords).extracting(Keyword::term).doesNotContain("the", "on", "monday said");
    assertThat(keywords).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
  }

  @Test
  void extract_empty_isEmpty() {
    assertThat(KeywordExtractor.withLimit(10).extract(null, processor.process(""))).isEmpty();
  }

  @Test
  void withLimit_negative_throws() {
    assertThatThrownBy(() -> KeywordExtractor.withLimit(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
  }

  @Test
  void keyword_invalidScore_throws() {
    assertThatThrownBy(() -> new Keyword("x", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Keyword(" ", 0.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
