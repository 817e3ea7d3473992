package dev.lede.reading;

import java.math.BigInteger;

/**
 * Estimates reading time from word, character and image counts.
 *
 * <p>Alphabetic text is read at a configurable number of words per minute; Chinese, Japanese and
 * Korean characters at {@link #CJK_CHARS_PER_MINUTE}; each image adds Medium's image time. Immutable
 * and thread-safe.
 */
public final class ReadingTimeEstimator {

  /**
   * Default reading speed: 238 words per minute, the average silent reading rate of adults for
   * English non-fiction in Brysbaert, M. (2019), "How many words do we read per minute? A review
   * and meta-analysis of reading rate", Journal of Memory and Language 109, 104047.
   */
  public static final int DEFAULT_WORDS_PER_MINUTE = 238;

  /** Reading speed for Chinese, Japanese and Korean text, in characters per minute. */
  public static final int CJK_CHARS_PER_MINUTE = 500;

  /** Seconds Medium adds for the first image; each next image adds one second less. */
  static final int FIRST_IMAGE_SECONDS = 12;
  /** Seconds Medium adds for the tenth and every later image. */
  static final int MIN_IMAGE_SECONDS = 3;

  private static final BigInteger SECONDS_PER_MINUTE = BigInteger.valueOf(60);
  private static final BigInteger CJK = BigInteger.valueOf(CJK_CHARS_PER_MINUTE);

  private final int wordsPerMinute;

  private ReadingTimeEstimator(int wordsPerMinute) {
    this.wordsPerMinute = wordsPerMinute;
  }

  /**
   * Returns an estimator reading alphabetic text at the given speed.
   *
   * @param wordsPerMinute words per minute, positive
   * @return the estimator
   * @throws IllegalArgumentException if {@code wordsPerMinute} is not positive
   */
  public static ReadingTimeEstimator ofWordsPerMinute(int wordsPerMinute) {
    if (wordsPerMinute <= 0) {
      throw new IllegalArgumentException("wordsPerMinute must be positive: " + wordsPerMinute);
    }
    return new ReadingTimeEstimator(wordsPerMinute);
  }

  /**
   * Estimates the reading time of a body. The time is computed exactly and rounded to the nearest
   * second, at least 1, and the minutes are those seconds rounded up to whole minutes, so the two
   * agree: one word reads in 1 second and 1 minute, 124.3 s in 124 seconds and 3 minutes, 60.1 s
   * in 60 seconds and 1 minute.
   *
   * @param words the number of words of alphabetic text
   * @param cjkChars the number of Chinese, Japanese and Korean characters
   * @param images the number of images in the body
   * @return the reading time; 0 minutes and 0 seconds when there is nothing to read (no word
   *     and no CJK character), whatever the images; capped at {@link Integer#MAX_VALUE} seconds
   * @throws IllegalArgumentException if a count is negative
   */
  public ReadingTime estimate(int words, int cjkChars, int images) {
    if (words < 0 || cjkChars < 0 || images < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: " + words + ", " + cjkChars + ", " + images);
    }
    if (words == 0 && cjkChars == 0) {
      return new ReadingTime(0, 0, wordsPerMinute);
    }
    // words * 60 / wpm + chars * 60 / 500 over their common denominator, in integers, so that
    // rounding is exact for any counts (chars * 60 * wpm can overflow a long); a half rounds up
    BigInteger denominator = BigInteger.valueOf(wordsPerMinute).multiply(CJK);
    BigInteger numerator = BigInteger.valueOf(words).multiply(SECONDS_PER_MINUTE).multiply(CJK)
        .add(BigInteger.valueOf(cjkChars).multiply(SECONDS_PER_MINUTE)
            .multiply(BigInteger.valueOf(wordsPerMinute)));
    long textSeconds = numerator.shiftLeft(1).add(denominator)
        .divide(denominator.shiftLeft(1)).longValueExact();
    // at least a second, so that a word's time (0.25 s) is never 0 seconds yet 1 minute; a long:
    // the image seconds of any int count fit, and so does their sum with the text's
    long total = Math.max(1, textSeconds + imageSeconds(images));
    int seconds = (int) Math.min(Integer.MAX_VALUE, total);
    return new ReadingTime((int) ((seconds + 59L) / 60), seconds, wordsPerMinute);
  }

  /**
   * Medium's image time: 12 s for the first image, one less for each next, 3 s from the tenth.
   * In closed form and in a long: a count from the Java API may be any int.
   */
  static long imageSeconds(int images) {
    long falling = Math.min(images, FIRST_IMAGE_SECONDS - MIN_IMAGE_SECONDS);
    long sum = falling * FIRST_IMAGE_SECONDS - falling * (falling - 1) / 2;
    return sum + (images - falling) * MIN_IMAGE_SECONDS;
  }

  /** Returns the speed this estimator assumes, in words per minute. */
  public int wordsPerMinute() {
    return wordsPerMinute;
  }
}
