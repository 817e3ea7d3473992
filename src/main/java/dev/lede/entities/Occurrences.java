package dev.lede.entities;

import com.google.common.base.Preconditions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text writes a name, found by {@link String#indexOf} and checked by a pattern only
 * there. Rules that ask where else a text writes each of its names used to run a pattern over the
 * whole text once per name, which made a long text's analysis quadratic in its length (a 1 MB
 * article took 47 times as long as a 100 KB one); a pattern can only match where its literal
 * name is, and indexOf finds those places far faster than a pattern's scan.
 *
 * <p>Thread-safe: stateless.
 */
final class Occurrences {

  private Occurrences() {}

  /**
   * A matcher for {@link #next}: the pattern's look-behinds and word boundaries see the text
   * before and after the place it is asked about, as they would in a scan of the whole text.
   */
  static Matcher matcher(Pattern pattern, String text) {
    return pattern.matcher(text).useTransparentBounds(true);
  }

  /**
   * The first offset at or after {@code from} where {@code literal} occurs and the matcher's
   * pattern matches from there, or -1. For a pattern made of the literal and zero-width
   * conditions around it ("\\b" + literal + "\\b", look-behinds, look-aheads), calling this again
   * from each match's end gives the matches {@link Matcher#find} gives over the whole text.
   *
   * @param text the text the matcher reads
   * @param literal what the pattern matches first, not empty
   * @param m a matcher of the text from {@link #matcher}
   * @param from where to start looking
   * @throws IllegalArgumentException if the literal is empty
   */
  static int next(String text, String literal, Matcher m, int from) {
    Preconditions.checkArgument(!literal.isEmpty(), "literal is empty");
    for (int at = text.indexOf(literal, from); at >= 0; at = text.indexOf(literal, at + 1)) {
      if (m.region(at, text.length()).lookingAt()) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Whether a match of the matcher's pattern, which ends in whitespace ({@code \s+\z}), ends
   * right at {@code end}: "Mr. " or "the late " before a name. Looked for from far enough before
   * {@code end} that two words of up to {@code reach} chars each, whitespace around them, fit.
   *
   * @param text the text the matcher reads
   * @param m a matcher of the text from {@link #matcher}
   * @param end where the match must end
   * @param reach how long a word of the pattern may be, in chars
   */
  static boolean endsAt(String text, Matcher m, int end, int reach) {
    int last = spacesBefore(text, end);
    if (last == end) {
      return false;
    }
    int from = Math.max(0, spacesBefore(text, Math.max(0, last - reach)) - reach);
    return m.region(from, end).find();
  }

  /** The start of the run of whitespace, as a pattern's {@code \s} means it, that ends at end. */
  static int spacesBefore(CharSequence text, int end) {
    int at = end;
    while (at > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(at - 1)) >= 0) {
      at--;
    }
    return at;
  }
}
