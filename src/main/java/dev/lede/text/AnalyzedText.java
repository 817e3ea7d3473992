package dev.lede.text;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A body split into sentences and tokens, with its language and counts. Immutable.
 *
 * @param body the text analysed; every offset indexes into it
 * @param sentences the sentences in order
 * @param tokens the tokens in order
 * @param language the ISO 639-1 code of the language ("en"), or {@code "und"} when the text is too
 *     short to tell
 * @param wordCount the number of words: whitespace-separated runs holding a letter or digit
 * @param cjkCharCount the number of Chinese, Japanese and Korean characters, which are read by
 *     character rather than by word
 * @param paragraphCount the number of paragraphs (non-blank runs between blank lines)
 */
public record AnalyzedText(
    String body,
    List<Sentence> sentences,
    List<Token> tokens,
    String language,
    int wordCount,
    int cjkCharCount,
    int paragraphCount) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a count is negative
   */
  public AnalyzedText {
    requireNonNull(body, "body");
    sentences = List.copyOf(requireNonNull(sentences, "sentences"));
    tokens = List.copyOf(requireNonNull(tokens, "tokens"));
    requireNonNull(language, "language");
    if (wordCount < 0 || cjkCharCount < 0 || paragraphCount < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Returns the tokens of one sentence of this text. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.firstToken() + sentence.tokenCount());
  }
}
