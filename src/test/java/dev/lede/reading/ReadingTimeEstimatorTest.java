package dev.lede.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
    // 60.25 s is 60 seconds, so 1 minute; 60.5 s is 61 seconds, so 2
    assertThat(defaults.estimate(239, 0, 0)).isEqualTo(new ReadingTime(1, 60, 238));
    assertThat(defaults.estimate(240, 0, 0)).isEqualTo(new ReadingTime(2, 61, 238));
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
  void estimate_hugeImageCount_secondsSaturateNeverWrap() {
    ReadingTime t = defaults.estimate(238, 0, Integer.MAX_VALUE);

    assertThat(ReadingTimeEstimator.imageSeconds(Integer.MAX_VALUE))
        .isEqualTo(72 + (Integer.MAX_VALUE - 9L) * 3);
    assertThat(t.seconds()).isEqualTo(Integer.MAX_VALUE);
    assertThat(t.minutes()).isEqualTo(35_791_395); // the capped seconds, rounded up
  }

  @Test
  void estimate_imagesAddTime() {
    // 476 words = 120 s, plus 12 + 11 s for two images.
    assertThat(defaults.estimate(476, 0, 2)).isEqualTo(new ReadingTime(3, 143, 238));
  }

  @ParameterizedTest
  @CsvSource({
      // words, CJK chars, images -> minutes, seconds (to the nearest; minutes = seconds / 60 up)
      "10, 0, 0, 1, 3",     // 2.52 s rounds up, not down to 2
      "5, 0, 0, 1, 1",      // 1.26 s
      "100, 0, 0, 1, 25",   // 25.21 s
      "119, 0, 0, 1, 30",   // exactly half a minute
      "300, 0, 0, 2, 76",   // 75.63 s
      "0, 7, 0, 1, 1",      // 0.84 s of CJK
      "0, 1, 0, 1, 1",      // 0.12 s: at least 1 second (was 0 seconds and 1 minute)
      "1, 0, 0, 1, 1",      // 0.25 s: one word (was 0 seconds and 1 minute)
      "2, 0, 0, 1, 1",      // 0.504 s
      "0, 251, 0, 1, 30",   // 30.12 s
      "0, 500, 0, 1, 60",   // exactly a minute
      "0, 501, 0, 1, 60",   // 60.12 s: 60 seconds, so 1 minute (was 2 minutes for 60 seconds)
      "0, 505, 0, 2, 61",   // 60.6 s
      "119, 250, 0, 1, 60", // 30 s of words + 30 s of CJK
      "120, 250, 0, 1, 60", // 30.25 + 30 s
      "122, 250, 0, 2, 61", // 30.76 + 30 s
      "10, 0, 3, 1, 36"})   // 2.52 + 12 + 11 + 10 s
  void estimate_exactMinutesAndSeconds(int words, int cjk, int images, int minutes,
      int seconds) {
    assertThat(defaults.estimate(words, cjk, images))
        .isEqualTo(new ReadingTime(minutes, seconds, 238));
  }

  @Test
  void estimate_anyCounts_minutesAreTheSecondsRoundedUp() {
    // one word read as 0 seconds but 1 minute: the two figures disagreed
    for (int wpm : new int[] {1, 7, 100, 238, 250, 333, 1_000}) {
      ReadingTimeEstimator e = ReadingTimeEstimator.ofWordsPerMinute(wpm);
      for (int words = 0; words <= 600; words += 7) {
        for (int cjk = 0; cjk <= 600; cjk += 23) {
          ReadingTime t = e.estimate(words, cjk, words % 3);
          double exact = words * 60.0 / wpm + cjk * 60.0 / ReadingTimeEstimator.CJK_CHARS_PER_MINUTE
              + ReadingTimeEstimator.imageSeconds(words % 3);
          String what = words + " words, " + cjk + " CJK at " + wpm + " wpm";
          assertThat(t.minutes()).as(what).isEqualTo((t.seconds() + 59) / 60);
          if (words > 0 || cjk > 0) {
            assertThat((double) t.seconds()).as(what)
                .isCloseTo(Math.max(1, exact), within(0.5 + 1e-9));
          } else {
            assertThat(t.seconds()).as(what).isZero();
          }
        }
      }
    }
  }

  @Test
  void estimate_hugeCounts_secondsAndMinutesCappedTogether() {
    ReadingTime t = ReadingTimeEstimator.ofWordsPerMinute(1)
        .estimate(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    assertThat(t).isEqualTo(new ReadingTime(35_791_395, Integer.MAX_VALUE, 1));
    // the longest body Lede takes: 2,500,000 one-letter words at the default speed
    assertThat(defaults.estimate(2_500_000, 0, 0)).isEqualTo(new ReadingTime(10_505, 630_252, 238));
  }

  @Test
  void estimate_imagesOnly_isZero() {
    assertThat(defaults.estimate(0, 0, 1)).isEqualTo(new ReadingTime(0, 0, 238));
  }

  @ParameterizedTest
  @CsvSource({"-1,0,0", "0,-1,0", "0,0,-1"})
  void estimate_anyNegativeCount_throws(int words, int cjk, int images) {
    assertThatThrownBy(() -> defaults.estimate(words, cjk, images))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }

  @Test
  void wordsPerMinute_isTheSpeedGiven() {
    assertThat(ReadingTimeEstimator.ofWordsPerMinute(1).wordsPerMinute()).isEqualTo(1);
    assertThat(defaults.wordsPerMinute()).isEqualTo(238);
    assertThat(ReadingTimeEstimator.ofWordsPerMinute(1).estimate(1, 0, 0))
        .isEqualTo(new ReadingTime(1, 60, 1));
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
