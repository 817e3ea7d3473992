package dev.lede;

/**
 * Counts over an article's body. Immutable.
 *
 * @param characters the body's length in UTF-16 chars
 * @param words the number of words (whitespace-separated runs holding a letter or digit)
 * @param sentences the number of sentences
 * @param paragraphs the number of paragraphs
 */
public record TextStats(int characters, int words, int sentences, int paragraphs) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public TextStats {
    if (characters < 0 || words < 0 || sentences < 0 || paragraphs < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
