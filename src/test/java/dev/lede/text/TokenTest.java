package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TokenTest {

  @Test
  void constructor_offsetsThatSpanTheText_areValid() {
    assertThat(new Token("pier", 0, 4, "NOUN", "pier").end()).isEqualTo(4);
    assertThat(new Token(".", 7, 8, "PUNCT", ".").start()).isEqualTo(7);
  }

  @Test
  void constructor_emptyText_throws() {
    // a token of no characters is no word, number or mark
    assertThatThrownBy(() -> new Token("", 7, 7, "X", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token text must not be empty (at 7)");
  }

  @ParameterizedTest
  @CsvSource({"-1, 3", "4, 3", "0, 3", "0, 5"})
  void constructor_badOffsets_throwNamingThem(int start, int end) {
    assertThatThrownBy(() -> new Token("pier", start, end, "NOUN", "pier"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad offsets [" + start + ", " + end + ") for token of length 4");
  }

  @Test
  void constructor_nulls_throwNamingTheParameter() {
    assertThatThrownBy(() -> new Token(null, 0, 0, "X", "x")).hasMessage("text");
    assertThatThrownBy(() -> new Token("a", 0, 1, null, "a")).hasMessage("pos");
    assertThatThrownBy(() -> new Token("a", 0, 1, "X", null)).hasMessage("lemma");
  }
}
