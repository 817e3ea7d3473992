package dev.lede.reading;

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
   * Estimates the reading time of a body.
   *
   * @param words the number of words of alphabetic text
   * @param cjkChars the number of Chinese, Japanese and Korean characters
   * @param images the number of images in the body
   * @return the reading time; 0 minutes when there is nothing to read
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
    double seconds = words * 60.0 / wordsPerMinute
        + cjkChars * 60.0 / CJK_CHARS_PER_MINUTE
        + imageSeconds(images);
    // seconds past Integer.MAX_VALUE (68 years) saturate; a cast of the long would wrap
    return new ReadingTime((int) Math.ceil(seconds / 60.0),
        (int) Math.min(Integer.MAX_VALUE, Math.round(seconds)), wordsPerMinute);
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
