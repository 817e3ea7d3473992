package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long runs of one character (spaces, blank lines, dots, a data blob) and emoji inside words:
 * text a scraper or a user may hand over, which once overflowed the stack or took minutes.
 */
final class TextProcessorLongRunsTest {

  private static TextProcessor processor;

  @BeforeAll
  static void load() {
    processor = TextProcessor.load();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t", "\n", "\r\n", "\r\n ", "\u00A0", "\u2003", " \n"})
  void process_longRunOfWhitespace_twoWordsAroundIt(String space) {
    String body = "alpha" + space.repeat(100_000 / space.length()) + "beta";

    AnalyzedText text = processor.process(body);

    assertThat(text.tokens()).extracting(Token::text).containsExactly("alpha", "beta");
    assertThat(text.tokens().get(1).start()).isEqualTo(body.length() - 4);
    assertThat(text.wordCount()).isEqualTo(2);
  }

  @Test
  void process_wordLongerThanTheTokenizerSplits_isOneToken() {
    String blob = "'".repeat(TextProcessor.MAX_SPLIT_WORD + 1);

    AnalyzedText text = processor.process("Data " + blob + " ends");

    assertThat(text.tokens()).extracting(Token::text).containsExactly("Data", blob, "ends");
  }

  @Test
  void process_wordOfTheLongestSplitLength_isStillSplitByTheModel() {
    String word = "'".repeat(TextProcessor.MAX_SPLIT_WORD);

    AnalyzedText text = processor.process("Data " + word + " ends");

    assertThat(text.tokens()).hasSizeGreaterThan(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "a.", "A.B.", "'", "-", "<&"})
  void process_longRunWithoutSpaces_oneSentenceWithExactOffsets(String unit) {
    String body = "Rain fell. " + unit.repeat(50_000 / unit.length()) + " It stopped.";

    AnalyzedText text = processor.process(body);

    assertThat(text.sentences()).isNotEmpty();
    for (Token t : text.tokens()) {
      assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    assertThat(text.tokens()).extracting(Token::text).startsWith("Rain", "fell", ".");
    assertThat(text.tokens()).extracting(Token::text).endsWith("It", "stopped", ".");
  }

  @Test
  void process_longChainOfInitials_oneSentenceWithEveryToken() {
    // each split after an initial is undone; only the joined sentence's tail is read each time
    String body = "Mr. A. B. ".repeat(5_000).strip();

    AnalyzedText text = processor.process(body);

    assertThat(text.sentences()).hasSize(1);
    // three tokens a chain link, and the sentence's last full stop one of its own
    assertThat(text.tokens()).hasSize(15_001);
  }

  @Test
  void process_emojiAfterAnApostrophe_tokensAreWholeCodePoints() {
    String body = "x '\uD83D\uDE00 y Paris'\uD83D\uDE00 z";

    List<String> tokens = processor.process(body).tokens().stream().map(Token::text).toList();

    assertThat(tokens).contains("\uD83D\uDE00").allSatisfy(t -> {
      assertThat(Character.isLowSurrogate(t.charAt(0))).as(t).isFalse();
      assertThat(Character.isHighSurrogate(t.charAt(t.length() - 1))).as(t).isFalse();
    });
  }

  @Test
  void maskLongWords_runsOverTheLimitBecomeLettersOthersStay() {
    String dots = ".".repeat(TextProcessor.MAX_SPLIT_WORD + 1);
    String text = "One. " + dots + " Two.";

    String masked = TextProcessor.maskLongWords(text);

    assertThat(masked).hasSameSizeAs(text)
        .isEqualTo("One. " + "x".repeat(dots.length()) + " Two.");
    assertThat(TextProcessor.maskLongWords("One. Two.")).isEqualTo("One. Two.");
  }

  @Test
  void countWords_runsWithoutLetterOrDigitAreNoWords() {
    assertThat(TextProcessor.countWords(".".repeat(100_000))).isZero();
    assertThat(TextProcessor.countWords("-- a1 ... (b) \u00A0 c.d")).isEqualTo(3);
  }
}
