package dev.lede.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ReadingTimeEstimatorTest {

  private final ReadingTimeEstimator defaults =
      ReadingTimeEstimator.ofWordsPerMinute(ReadingTimeEstimator.DEFAULT_WORDS_PER_MINUTE);

  @Test
  void estimate_roundsMinutesUp() {
    assertThat(defaults.estimate(238, 0, 0)).isEqualTo(new ReadingTime(1, 60, 238));
    assertThat(defaults.estimate(239, 0, 0).minutes()).isEqualTo(2);
    assertThat(defaults.estimate(1, 0, 0).minutes()).isEqualTo(1);
  }

  @Test
  void estimate_empty_isZero() {
    assertThat(defaults.estimate(0, 0, 0)).isEqualTo(new ReadingTime(0, 0, 238));
    assertThat(defaults.estimate(0, 0, 5).minutes()).isZero();
  }

  @Test
  void estimate_cjkByCharacters() {
    assertThat(defaults.estimate(0, 500, 0)).isEqualTo(new ReadingTime(1, 60, 238));
    assertThat(defaults.estimate(0, 1_000, 0).minutes()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({"0,0", "1,12", "2,23", "3,33", "9,72", "10,75", "11,78", "12,81"})
  void imageSeconds_followsMedium(int images, int seconds) {
    assertThat(ReadingTimeEstimator.imageSeconds(images)).isEqualTo(seconds);
  }

  @Test
  void estimate_imagesAddTime() {
    // 476 words = 120 s, plus 12 + 11 s for two images.
    assertThat(defaults.estimate(476, 0, 2)).isEqualTo(new ReadingTime(3, 143, 238));
  }

  @Test
  void estimate_customSpeed() {
    assertThat(ReadingTimeEstimator.ofWordsPerMinute(100).estimate(250, 0, 0).minutes())
        .isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void ofWordsPerMinute_notPositive_throws(int wpm) {
    assertThatThrownBy(() -> ReadingTimeEstimator.ofWordsPerMinute(wpm))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wordsPerMinute");
  }

  @Test
  void estimate_negativeCount_throws() {
    assertThatThrownBy(() -> defaults.estimate(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
