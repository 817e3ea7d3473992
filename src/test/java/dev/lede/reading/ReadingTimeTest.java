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
  @CsvSource({"1,1,238", "1,60,238", "2,61,238", "35791395,2147483647,238"})
  void new_minutesThatAreTheSecondsRoundedUp_areValid(int minutes, int seconds, int wpm) {
    assertThat(new ReadingTime(minutes, seconds, wpm).minutes()).isEqualTo(minutes);
  }

  @ParameterizedTest
  @CsvSource({"1,0,238", "0,1,238", "1,61,238", "3,60,238", "2147483647,2147483647,238"})
  void new_minutesThatDisagreeWithTheSeconds_throw(int minutes, int seconds, int wpm) {
    assertThatThrownBy(() -> new ReadingTime(minutes, seconds, wpm))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minutes must be seconds / 60 rounded up: " + minutes + " minutes for "
            + seconds + " seconds");
  }

  @ParameterizedTest
  @CsvSource({"-1,0,238", "0,-1,238", "0,0,0", "0,0,-5"})
  void new_negativeTimeOrSpeedNotPositive_throws(int minutes, int seconds, int wpm) {
    assertThatThrownBy(() -> new ReadingTime(minutes, seconds, wpm))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
