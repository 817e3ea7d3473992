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
   * @throws IllegalArgumentException if a count is negative, a sentence's or a token's text is not
   *     the body's text at its offsets, or a sentence's token range runs past the tokens
   */
  public AnalyzedText {
    requireNonNull(body, "body");
    sentences = List.copyOf(requireNonNull(sentences, "sentences"));
    tokens = List.copyOf(requireNonNull(tokens, "tokens"));
    requireNonNull(language, "language");
    if (wordCount < 0 || cjkCharCount < 0 || paragraphCount < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    // the recognizer and the keywords index the body and the tokens by these without checking
    for (Token t : tokens) {
      checkInBody(body, "token", t.text(), t.start(), t.end());
    }
    for (Sentence s : sentences) {
      checkInBody(body, "sentence", s.text(), s.start(), s.end());
      if ((long) s.firstToken() + s.tokenCount() > tokens.size()) {
        throw new IllegalArgumentException("sentence [" + s.start() + ", " + s.end()
            + ") holds tokens " + s.firstToken() + " to "
            + ((long) s.firstToken() + s.tokenCount() - 1) + ", but there are " + tokens.size()
            + " tokens");
      }
    }
  }

  private static void checkInBody(String body, String what, String text, int start, int end) {
    if (end > body.length() || !body.startsWith(text, start)) {
      String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
      throw new IllegalArgumentException(what + " [" + start + ", " + end + ") \"" + shown
          + "\" is not the body's text there (body of " + body.length() + " chars)");
    }
  }

  /** Returns the tokens of one sentence of this text. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.firstToken() + sentence.tokenCount());
  }
}
