package dev.lede.text;

import static java.util.Objects.requireNonNull;

/**
 * One token of a body: a word, number or punctuation mark, with its position, part of speech and
 * lemma. Immutable.
 *
 * @param text the token's text, equal to {@code body.substring(start, end)}; never empty
 * @param start the 0-based start offset (UTF-16 index) into the body
 * @param end the end-exclusive offset into the body
 * @param pos the Universal Dependencies part-of-speech tag (NOUN, PROPN, VERB, PUNCT, ...), one
 *     per written word (a word with a clitic has its first word's: "Portugal's" is PROPN), from
 *     an English model: in a body of another language, a guess
 * @param lemma the dictionary form ("was" is "be", "won't" "will"); proper nouns keep their form,
 *     without a possessive ("Portugal's" is "Portugal"); in a body of another language than
 *     English, which the English lemmatizer cannot read, the text in lower case
 */
public record Token(String text, int start, int end, String pos, String lemma) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the text is empty, or the offsets are negative, reversed
   *     or disagree with the text's length
   */
  public Token {
    requireNonNull(text, "text");
    requireNonNull(pos, "pos");
    requireNonNull(lemma, "lemma");
    // a token of no characters is no word, number or mark, and nothing could point at it
    if (text.isEmpty()) {
      throw new IllegalArgumentException("token text must not be empty (at " + start + ")");
    }
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "bad offsets [" + start + ", " + end + ") for token of length " + text.length());
    }
  }
}
