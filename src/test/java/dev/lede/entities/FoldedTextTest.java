package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.text.AnalyzedText;
import org.junit.jupiter.api.Test;

final class FoldedTextTest {

  @Test
  void fold_fullWidthLettersDigitsAndJoiners_areAsciiCharForChar() {
    String text = "\uFF2F\uFF07\uFF22\uFF52\uFF49\uFF45\uFF4E\u3000\uFF11\uFF19\uFF18\uFF14";

    String folded = FoldedText.fold(text);

    assertThat(folded).isEqualTo("O'Brien 1984").hasSameSizeAs(text);
  }

  @Test
  void fold_chinesePunctuationAndPlainText_stayAsTheyAre() {
    String chinese = "\u5317\u4EAC\uFF0C\u4E0A\u6D77\uFF01\uFF08\u6CE8\uFF09";
    String plain = "Margaret Oyelaran, 42.";

    assertThat(FoldedText.fold(chinese)).isSameAs(chinese);
    assertThat(FoldedText.fold(plain)).isSameAs(plain);
  }

  @Test
  void of_textWithFullWidthLetters_keepsEveryOffset() {
    AnalyzedText text = StageFixtures.processor().process("Met \uFF2A\uFF4F\uFF48\uFF4E today.");

    AnalyzedText folded = FoldedText.of(text);

    assertThat(folded.body()).isEqualTo("Met John today.");
    assertThat(folded.tokens()).extracting(t -> t.start() + ":" + t.end())
        .isEqualTo(text.tokens().stream().map(t -> t.start() + ":" + t.end()).toList());
    assertThat(folded.tokens().get(1).text()).isEqualTo("John");
  }

  @Test
  void of_textWithNothingToFold_isTheSameText() {
    AnalyzedText text = StageFixtures.processor().process("Met John today.");

    assertThat(FoldedText.of(text)).isSameAs(text);
  }
}
