package dev.lede.entities;

import dev.lede.text.AnalyzedText;
import dev.lede.text.Sentence;
import dev.lede.text.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text as the entity stages read it, and the way back to the body's offsets. Two forms of
 * the same letters that the tagger's word vectors and the gazetteers know in one form only are
 * read in that form, as Unicode's compatibility normalisation (NFKC) writes them:
 * <ul>
 *   <li>full-width Latin letters and digits, which East Asian typing writes in otherwise English
 *       text ("Ｊｏｈｎ Ｓｍｉｔｈ"), as ASCII; the ideographic space as a space; a full-width
 *       apostrophe, hyphen, full stop or ampersand beside such a letter as ASCII too
 *       ("Ｏ＇Ｂｒｉｅｎ"). Full-width punctuation elsewhere (Chinese and Japanese commas and
 *       brackets) is left as it is. These fold one char to one char.</li>
 *   <li>a letter written with separate combining accents ("Tu" + U+0308 "rkiye", as text from
 *       macOS files and some feeds has it) composed into one char ("Türkiye"), and soft hyphens
 *       (U+00AD, invisible hyphenation points that web text leaves inside words: "Oye" + U+00AD
 *       + "laran") left out, where every token and sentence boundary falls between two letters
 *       with their accents; the offsets then shift, and {@link #inOriginal} maps the mentions
 *       back.</li>
 * </ul>
 * Entities are named from the folded text ("John Smith", "Türkiye"); their mentions keep the
 * body's offsets and text.
 */
final class FoldedText {

  /** Full-width forms of '!' to '~' start here; each is its ASCII char plus this offset. */
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;
  private static final char IDEOGRAPHIC_SPACE = '\u3000';
  /** Full-width marks folded beside a full-width letter or digit: ＇ － ． ＆. */
  private static final String JOINERS = "\uFF07\uFF0D\uFF0E\uFF06";
  /** The soft hyphen: an invisible place where a word may break, left out of the word. */
  private static final char SOFT_HYPHEN = '\u00AD';
  private static final String SOFT_HYPHEN_TEXT = String.valueOf(SOFT_HYPHEN);

  private final AnalyzedText text;
  /** Offset in {@link #text} to offset in the body (length + 1 entries), or null: the same. */
  private final int @Nullable [] toOriginal;

  private FoldedText(AnalyzedText text, int @Nullable [] toOriginal) {
    this.text = text;
    this.toOriginal = toOriginal;
  }

  /**
   * The text as the stages read it: the same instance when nothing folds.
   *
   * @param original the analysed body
   * @return the folded text
   */
  static FoldedText of(AnalyzedText original) {
    String body = original.body();
    String folded = fold(body);
    if (folded.indexOf(SOFT_HYPHEN) >= 0
        || !Normalizer.isNormalized(folded, Normalizer.Form.NFC)) {
      FoldedText composed = composed(original, folded);
      if (composed != null) {
        return composed;
      }
    }
    if (folded == body) {
      return new FoldedText(original, null);
    }
    List<Token> tokens = new ArrayList<>(original.tokens().size());
    for (Token t : original.tokens()) {
      tokens.add(new Token(folded.substring(t.start(), t.end()), t.start(), t.end(), t.pos(),
          t.lemma()));
    }
    List<Sentence> sentences = new ArrayList<>(original.sentences().size());
    for (Sentence s : original.sentences()) {
      sentences.add(new Sentence(folded.substring(s.start(), s.end()), s.start(), s.end(),
          s.firstToken(), s.tokenCount()));
    }
    return new FoldedText(new AnalyzedText(folded, sentences, tokens, original.language(),
        original.wordCount(), original.cjkCharCount(), original.paragraphCount()), null);
  }

  /**
   * The folded body with its letters and combining accents composed (NFC), one letter and its
   * accents at a time; null when a token or sentence starts or ends between a letter and its
   * accent, which composing would cut.
   */
  private static @Nullable FoldedText composed(AnalyzedText original, String folded) {
    int n = folded.length();
    int[] toComposed = new int[n + 1];
    boolean[] boundary = new boolean[n + 1];
    StringBuilder out = new StringBuilder(n);
    List<Integer> back = new ArrayList<>(n + 1);
    int i = 0;
    while (i < n) {
      int end = i + Character.charCount(folded.codePointAt(i));
      while (end < n
          && (isMark(folded.codePointAt(end)) || folded.charAt(end) == SOFT_HYPHEN)) {
        end += Character.charCount(folded.codePointAt(end));
      }
      boundary[i] = true;
      int from = out.length();
      String letter = folded.substring(i, end);
      out.append(end - i > 1 || letter.charAt(0) == SOFT_HYPHEN ? Normalizer.normalize(
          letter.replace(SOFT_HYPHEN_TEXT, ""), Normalizer.Form.NFC) : letter);
      for (int k = i; k < end; k++) {
        toComposed[k] = from;
      }
      for (int k = from; k < out.length(); k++) {
        back.add(k == from ? i : end); // a position inside a composed letter ends it
      }
      i = end;
    }
    boundary[n] = true;
    toComposed[n] = out.length();
    back.add(n);
    String body = out.toString();
    List<Token> tokens = new ArrayList<>(original.tokens().size());
    for (Token t : original.tokens()) {
      if (!boundary[t.start()] || !boundary[t.end()]) {
        return null;
      }
      int s = toComposed[t.start()];
      int e = toComposed[t.end()];
      if (s == e) {
        return null; // a token of soft hyphens alone would be empty
      }
      tokens.add(new Token(body.substring(s, e), s, e, t.pos(), t.lemma()));
    }
    List<Sentence> sentences = new ArrayList<>(original.sentences().size());
    for (Sentence st : original.sentences()) {
      if (!boundary[st.start()] || !boundary[st.end()]) {
        return null;
      }
      int s = toComposed[st.start()];
      int e = toComposed[st.end()];
      sentences.add(new Sentence(body.substring(s, e), s, e, st.firstToken(), st.tokenCount()));
    }
    int[] toOriginal = back.stream().mapToInt(Integer::intValue).toArray();
    return new FoldedText(new AnalyzedText(body, sentences, tokens, original.language(),
        original.wordCount(), original.cjkCharCount(), original.paragraphCount()), toOriginal);
  }

  /** A combining accent or other mark written after its letter. */
  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The text as the entity stages read it. */
  AnalyzedText text() {
    return text;
  }

  /**
   * The entities with their mentions at the body's offsets and with the body's text there.
   *
   * @param entities entities found in {@link #text()}
   * @param body the body the text was folded from
   * @return the entities as the body writes them; the same list when nothing was folded
   */
  List<Entity> inOriginal(List<Entity> entities, String body) {
    if (text.body() == body) {
      return entities;
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<Mention> mentions = new ArrayList<>(e.mentions().size());
      for (Mention m : e.mentions()) {
        int start = toOriginal == null ? m.start() : toOriginal[m.start()];
        int end = toOriginal == null ? m.end() : toOriginal[m.end()];
        mentions.add(new Mention(start, end, body.substring(start, end)));
      }
      out.add(new Entity(e.type(), e.name(), e.countryCode(), e.salience(), mentions));
    }
    return out;
  }

  /** A title folded as the body is: full-width letters, then combining accents composed. */
  static String foldTitle(String title) {
    return Normalizer.normalize(fold(title), Normalizer.Form.NFC);
  }

  /** The text with full-width letters folded, char for char; the same instance when none. */
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
