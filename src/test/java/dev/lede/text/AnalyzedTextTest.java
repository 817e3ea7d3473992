package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AnalyzedTextTest {

  private static final List<Token> TOKENS = List.of(new Token("It", 0, 2, "PRON", "it"),
      new Token("did", 3, 6, "VERB", "do"), new Token(".", 6, 7, "PUNCT", "."),
      new Token("So", 8, 10, "ADV", "so"), new Token(".", 10, 11, "PUNCT", "."));

  @Test
  void tokensOf_givesTheSentencesOwnTokens() {
    Sentence first = new Sentence("It did.", 0, 7, 0, 3);
    Sentence second = new Sentence("So.", 8, 11, 3, 2);
    AnalyzedText t = new AnalyzedText("It did. So.", List.of(first, second), TOKENS, "en", 3, 0,
        1);
    assertThat(t.tokensOf(first)).extracting(Token::text).containsExactly("It", "did", ".");
    assertThat(t.tokensOf(second)).extracting(Token::text).containsExactly("So", ".");
  }

  @Test
  void constructor_copiesTheLists() {
    List<Token> tokens = new ArrayList<>(TOKENS);
    AnalyzedText t = new AnalyzedText("It did. So.", List.of(), tokens, "en", 0, 0, 0);
    tokens.clear();
    assertThat(t.tokens()).hasSize(5);
    assertThat(t.wordCount()).isZero();
    assertThat(t.cjkCharCount()).isZero();
    assertThat(t.paragraphCount()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"-1, 0, 0", "0, -1, 0", "0, 0, -1"})
  void constructor_negativeCount_throws(int words, int cjk, int paragraphs) {
    assertThatThrownBy(() -> new AnalyzedText("", List.of(), List.of(), "und", words, cjk,
        paragraphs)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must not be negative");
  }

  @Test
  void constructor_nulls_throwNamingTheParameter() {
    assertThatThrownBy(() -> new AnalyzedText(null, List.of(), List.of(), "en", 0, 0, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("body");
    assertThatThrownBy(() -> new AnalyzedText("", List.of(), List.of(), null, 0, 0, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("language");
  }

  @Test
  void constructor_tokenOutsideTheBody_throws() {
    assertThatThrownBy(() -> new AnalyzedText("It did.", List.of(), TOKENS, "en", 2, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token [8, 10) \"So\" is not the body's text there (body of 7 chars)");
  }

  @Test
  void constructor_tokenTextNotTheBodys_throws() {
    assertThatThrownBy(() -> new AnalyzedText("It was. So.", List.of(), TOKENS, "en", 3, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token [3, 6) \"did\" is not the body's text there (body of 11 chars)");
  }

  @Test
  void constructor_sentenceOutsideTheBody_throws() {
    Sentence second = new Sentence("So. And", 8, 15, 3, 2);
    assertThatThrownBy(() -> new AnalyzedText("It did. So.", List.of(second), TOKENS, "en", 3, 0,
        1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentence [8, 15) \"So. And\" is not the body's text there (body of 11 chars)");
  }

  @Test
  void constructor_sentenceTokensPastTheTokens_throws() {
    Sentence second = new Sentence("So.", 8, 11, 3, 3);
    assertThatThrownBy(() -> new AnalyzedText("It did. So.", List.of(second), TOKENS, "en", 3, 0,
        1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentence [8, 11) holds tokens 3 to 5, but there are 5 tokens");
  }

  @Test
  void constructor_sentenceTokenCountOverflowing_throws() {
    Sentence second = new Sentence("So.", 8, 11, 3, Integer.MAX_VALUE);
    assertThatThrownBy(() -> new AnalyzedText("It did. So.", List.of(second), TOKENS, "en", 3, 0,
        1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 tokens");
  }
}
