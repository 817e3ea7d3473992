package dev.lede.reading;

/**
 * How long an article takes to read. Immutable.
 *
 * @param minutes the reading time in whole minutes, rounded up; 0 only for an empty body
 * @param seconds the reading time in seconds, rounded to the nearest second
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
