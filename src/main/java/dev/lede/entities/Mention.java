package dev.lede.entities;

import static java.util.Objects.requireNonNull;

/**
 * One occurrence of an entity in a body. Immutable.
 *
 * @param start the 0-based start offset (UTF-16 index) into the body
 * @param end the end-exclusive offset; {@code body.substring(start, end)} equals {@code text}
 * @param text the mention's text as written
 */
public record Mention(int start, int end, String text) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the offsets are negative, empty or disagree with the text
   */
  public Mention {
    requireNonNull(text, "text");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "bad offsets [" + start + ", " + end + ") for mention of length " + text.length());
    }
  }
}
