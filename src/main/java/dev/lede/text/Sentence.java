package dev.lede.text;

import static java.util.Objects.requireNonNull;

/**
 * One sentence of a body, with its position and the range of its tokens. Immutable.
 *
 * @param text the sentence's text, equal to {@code body.substring(start, end)}; never empty
 * @param start the 0-based start offset (UTF-16 index) into the body
 * @param end the end-exclusive offset into the body
 * @param firstToken the index of the sentence's first token in {@link AnalyzedText#tokens()}
 * @param tokenCount the number of tokens in the sentence
 */
public record Sentence(String text, int start, int end, int firstToken, int tokenCount) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is empty, an offset or count is negative or the
   *     offsets disagree with the text's length
   */
  public Sentence {
    requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("sentence text must not be empty (at " + start + ")");
    }
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "bad offsets [" + start + ", " + end + ") for sentence of length " + text.length());
    }
    if (firstToken < 0 || tokenCount < 0) {
      throw new IllegalArgumentException(
          "token range must not be negative: " + firstToken + ", " + tokenCount);
    }
  }
}
