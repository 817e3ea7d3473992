package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SentenceTest {

  @Test
  void constructor_offsetsAndTokenRangeAtZero_areValid() {
    Sentence s = new Sentence("It did.", 0, 7, 0, 0);
    assertThat(s.tokenCount()).isZero();
    assertThat(new Sentence("So.", 3, 6, 2, 2).start()).isEqualTo(3);
  }

  @Test
  void constructor_emptyText_throws() {
    assertThatThrownBy(() -> new Sentence("", 3, 3, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentence text must not be empty (at 3)");
  }

  @ParameterizedTest
  @CsvSource({"-1, 6", "8, 7", "0, 6", "1, 9"})
  void constructor_badOffsets_throwNamingThem(int start, int end) {
    assertThatThrownBy(() -> new Sentence("It did.", start, end, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad offsets [" + start + ", " + end + ") for sentence of length 7");
  }

  @ParameterizedTest
  @CsvSource({"-1, 3", "0, -1"})
  void constructor_negativeTokenRange_throws(int first, int count) {
    assertThatThrownBy(() -> new Sentence("It did.", 0, 7, first, count))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token range must not be negative: " + first + ", " + count);
  }

  @Test
  void constructor_nullText_throwsNamingIt() {
    assertThatThrownBy(() -> new Sentence(null, 0, 0, 0, 0)).hasMessage("text");
  }
}
