package dev.lede.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ReadingTimeTest {

  @Test
  void new_zeroTimeAndSpeedOfOne_isValid() {
    assertThat(new ReadingTime(0, 0, 1)).isEqualTo(new ReadingTime(0, 0, 1));
  }

  @ParameterizedTest
  @CsvSource({"-1,0,238", "0,-1,238", "0,0,0", "0,0,-5"})
  void new_negativeTimeOrSpeedNotPositive_throws(int minutes, int seconds, int wpm) {
    assertThatThrownBy(() -> new ReadingTime(minutes, seconds, wpm))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
