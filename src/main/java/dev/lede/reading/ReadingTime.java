package dev.lede.reading;

/**
 * How long an article takes to read. Immutable.
 *
 * <p>As {@link ReadingTimeEstimator} makes them, the two figures always agree: {@code minutes} is
 * {@code seconds / 60} rounded up, and a body with anything to read takes at least 1 second and
 * so 1 minute. The constructor does not check it, so that times stored by an earlier version
 * (which gave one word 0 seconds and 1 minute) can still be read back.
 *
 * @param minutes the reading time in whole minutes: {@code seconds / 60} rounded up; 0 only when
 *     there is nothing to read (no word and no CJK character)
 * @param seconds the reading time in seconds, rounded to the nearest second (a half up), and at
 *     least 1 when there is anything to read; at most {@link Integer#MAX_VALUE} (68 years), where
 *     a longer time is capped
 * @param wordsPerMinute the reading speed the estimate assumed for alphabetic text
 */
public record ReadingTime(int minutes, int seconds, int wordsPerMinute) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a value is negative or the speed is not positive
   */
  public ReadingTime {
    if (minutes < 0 || seconds < 0) {
      throw new IllegalArgumentException("reading time must not be negative");
    }
    if (wordsPerMinute <= 0) {
      throw new IllegalArgumentException("wordsPerMinute must be positive: " + wordsPerMinute);
    }
  }
}
