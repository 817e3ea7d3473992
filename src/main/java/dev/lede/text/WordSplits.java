package dev.lede.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.jspecify.annotations.Nullable;

/**
 * Adjusts the tokenizer model's split of one whitespace-delimited word, a step of {@link
 * TextProcessor}: a hyphen between letters or digits stays inside its word, a surrogate pair or
 * a letter and its combining accent is never cut, an emoji is cut off the word it touches, and
 * so is a comma that ends a word.
 *
 * <p>Thread-safe: stateless.
 */
final class WordSplits {

  /** One user-perceived character: an extended grapheme cluster. */
  private static final Pattern CLUSTER = Pattern.compile("\\X");
  /** Brackets that open: never the last char of a token longer than one. */
  private static final String OPENING_BRACKETS = "[({";

  private WordSplits() {}

  /**
   * The tokens of one word from the model's spans, as start/end pairs relative to it, with a
   * hyphen between two letters or digits kept inside its word: the model, trained on EWT's
   * hyphens as tokens of their own, cuts such words unevenly ("Ocasio" + "-Cortez", "Kremlin-" +
   * "backed", "well" + "-" + "known"), which the entity tagger, whose corpora mostly keep them
   * whole, and the rules that read "Hamas-ruled" or "Guinea-Bissau" as one word never saw; a
   * surrogate pair never cut in two; an emoji touching a letter cut off it; and a comma left at
   * the end of a word cut off it (the model keeps "Wall," whole before a quote).
   */
  static int[] adjust(String word, Span[] spans) {
    List<int[]> pieces = new ArrayList<>(spans.length);
    BitSet clusters = clusterStarts(word);
    for (Span span : spans) {
      int[] last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
      if (last != null && last[1] == span.getStart() && (insideHyphenated(word, span.getStart())
          || splitsPair(word, span.getStart())
          || clusters != null && !clusters.get(span.getStart()))) {
        last[1] = span.getEnd();
      } else {
        pieces.add(new int[] {span.getStart(), span.getEnd()});
      }
    }
    List<Integer> bounds = new ArrayList<>(pieces.size() * 2);
    for (int[] piece : pieces) {
      bounds.add(piece[0]);
      for (int at = piece[0] + 1; at < piece[1]; at++) {
        if (pictographEdge(word, at)) {
          bounds.add(at);
          bounds.add(at);
        }
      }
      if (piece[1] - piece[0] > 1 && word.charAt(piece[1] - 1) == ','
          && Character.isLetterOrDigit(word.charAt(piece[1] - 2))) {
        // "Wall," before a quote: the model reads "ll," as the "'ll" of "we'll"
        bounds.add(piece[1] - 1);
        bounds.add(piece[1] - 1);
      }
      if (piece[1] - piece[0] > 1 && OPENING_BRACKETS.indexOf(word.charAt(piece[1] - 1)) >= 0) {
        cutOpeningBracket(word, piece, bounds);
      }
      bounds.add(piece[1]);
    }
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Cuts the opening bracket that ends a piece off it, and a full stop right before the bracket
   * too when the piece has no other (a citation mark after a word: the model reads "Rashidi.[2]"
   * as "Rashidi.[" + "2" + "]", and "Moreno[3]" as "Moreno[" + ...); "U.S.[5]" keeps its stops.
   */
  private static void cutOpeningBracket(String word, int[] piece, List<Integer> bounds) {
    int bracket = piece[1] - 1;
    int stop = bracket - 1;
    if (word.charAt(stop) == '.' && stop > piece[0]
        && word.lastIndexOf('.', stop - 1) < piece[0]) {
      bounds.add(stop);
      bounds.add(stop);
    }
    bounds.add(bracket);
    bounds.add(bracket);
  }

  /**
   * Whether {@code at} is where a letter, digit or mark meets an emoji or a broken surrogate
   * pair: the model keeps "Biden😀" or a flag before a name one token, and the name was then
   * found with the emoji in it. Only pictographs from U+2600 on count ("°C", "Acme™" stay whole).
   */
  private static boolean pictographEdge(String word, int at) {
    if (Character.isSurrogatePair(word.charAt(at - 1), word.charAt(at))) {
      return false;
    }
    int before = word.codePointBefore(at);
    int after = word.codePointAt(at);
    return isPictograph(before) && isWordPart(after) || isWordPart(before) && isPictograph(after);
  }

  private static boolean isPictograph(int cp) {
    int type = Character.getType(cp);
    return type == Character.SURROGATE || type == Character.OTHER_SYMBOL && cp >= 0x2600;
  }

  /** A letter, digit or mark; a variation selector belongs to the emoji before it ("❤️"). */
  private static boolean isWordPart(int cp) {
    if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
      return false;
    }
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /**
   * Where the word's user-perceived characters (extended grapheme clusters, regex {@code \X})
   * start, or {@code null} when every char is below U+0300, where each char is one: a cut
   * elsewhere parts a letter from its combining accent ("Cafe" + U+0301 of a decomposed "Café"),
   * or an emoji from its skin tone or the rest of a sequence joined by U+200D.
   */
  private static @Nullable BitSet clusterStarts(String word) {
    int i = 0;
    while (i < word.length() && word.charAt(i) < '\u0300') {
      i++;
    }
    if (i == word.length()) {
      return null;
    }
    BitSet starts = new BitSet(word.length() + 1);
    Matcher cluster = CLUSTER.matcher(word);
    while (cluster.find()) {
      starts.set(cluster.start());
    }
    starts.set(word.length());
    return starts;
  }

  /**
   * Whether a cut at {@code at} falls between the two halves of a surrogate pair (an emoji after
   * an apostrophe: the model's tokens are chars, and a token must be whole code points).
   */
  private static boolean splitsPair(String word, int at) {
    return at > 0 && at < word.length()
        && Character.isSurrogatePair(word.charAt(at - 1), word.charAt(at));
  }

  /**
   * Whether a cut at {@code at} falls on either side of a hyphen that joins two letters or
   * digits ("Ocasio|-Cortez", "Kremlin-|backed").
   */
  private static boolean insideHyphenated(String word, int at) {
    return hyphenJoins(word, at) || hyphenJoins(word, at - 1);
  }

  private static boolean hyphenJoins(String word, int hyphen) {
    return hyphen > 0 && hyphen + 1 < word.length() && word.charAt(hyphen) == '-'
        && Character.isLetterOrDigit(word.charAt(hyphen - 1))
        && Character.isLetterOrDigit(word.charAt(hyphen + 1));
  }
}
