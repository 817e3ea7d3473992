package dev.lede.entities;

import dev.lede.text.AnalyzedText;
import dev.lede.text.Sentence;
import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The text as the entity stages read it: full-width Latin letters and digits, which East Asian
 * typing writes in otherwise English text ("Ｊｏｈｎ Ｓｍｉｔｈ"), folded to their ASCII forms as
 * Unicode's compatibility normalisation (NFKC) folds them, so that the tagger's word vectors and
 * the gazetteers know the words. Only what folds one char to one char is folded, so every offset
 * stays the same and the mentions index the original body; the ideographic space is a space, and
 * an apostrophe, hyphen, full stop or ampersand written full-width beside such a letter is folded
 * with it ("Ｏ＇Ｂｒｉｅｎ"). Full-width punctuation elsewhere (Chinese and Japanese commas and
 * brackets) is left as it is.
 */
final class FoldedText {

  /** Full-width forms of '!' to '~' start here; each is its ASCII char plus this offset. */
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;
  private static final char IDEOGRAPHIC_SPACE = '\u3000';
  /** Full-width marks folded beside a full-width letter or digit: ＇ － ． ＆. */
  private static final String JOINERS = "\uFF07\uFF0D\uFF0E\uFF06";

  private FoldedText() {}

  /**
   * The text with its full-width Latin letters and digits folded, or the same instance when it
   * has none.
   */
  static AnalyzedText of(AnalyzedText text) {
    String body = text.body();
    String folded = fold(body);
    if (folded == body) {
      return text;
    }
    List<Token> tokens = new ArrayList<>(text.tokens().size());
    for (Token t : text.tokens()) {
      tokens.add(new Token(folded.substring(t.start(), t.end()), t.start(), t.end(), t.pos(),
          t.lemma()));
    }
    List<Sentence> sentences = new ArrayList<>(text.sentences().size());
    for (Sentence s : text.sentences()) {
      sentences.add(new Sentence(folded.substring(s.start(), s.end()), s.start(), s.end(),
          s.firstToken(), s.tokenCount()));
    }
    return new AnalyzedText(folded, sentences, tokens, text.language(), text.wordCount(),
        text.cjkCharCount(), text.paragraphCount());
  }

  /** The text folded, char for char; the same instance when nothing folds. */
  static String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = c;
      if (isFullWidthLetterOrDigit(c)) {
        f = (char) (c - FULL_WIDTH_OFFSET);
      } else if (c == IDEOGRAPHIC_SPACE) {
        f = ' ';
      } else if (JOINERS.indexOf(c) >= 0
          && (i > 0 && isFullWidthLetterOrDigit(text.charAt(i - 1))
              || i + 1 < text.length() && isFullWidthLetterOrDigit(text.charAt(i + 1)))) {
        f = (char) (c - FULL_WIDTH_OFFSET);
      }
      if (f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? text : new String(out);
  }

  /** Ｆ, ｆ and ５: U+FF10 to U+FF19, U+FF21 to U+FF3A, U+FF41 to U+FF5A. */
  private static boolean isFullWidthLetterOrDigit(char c) {
    return c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A'
        || c >= '\uFF41' && c <= '\uFF5A';
  }
}
