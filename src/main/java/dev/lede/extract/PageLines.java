package dev.lede.extract;

import com.google.common.base.CharMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits page text into its non-blank lines and joins the lines of hard-wrapped paragraphs, the
 * first step of {@link PageTextExtractor}.
 *
 * <p>Thread-safe: stateless.
 */
final class PageLines {

  private static final Pattern LINE = Pattern.compile("\\R");

  /**
   * Edge whitespace, including the no-break and zero-width spaces pages are full of. Not a
   * regex: "spaces to the end" is tried from each space of a run inside a line, which took
   * seconds on a line with 30,000 no-break spaces in it.
   */
  private static final CharMatcher EDGE_SPACE =
      CharMatcher.anyOf(" \t\n\u000B\f\r\u00A0\u2007\u202F\u200B\uFEFF");

  /** Shortest line, in chars, that a hard-wrapped paragraph's next line may continue. */
  private static final int MIN_WRAPPED_LINE_CHARS = 40;

  /** A text is hard-wrapped when at least this many long lines run into the next line. */
  private static final int MIN_WRAPPED_RUN_LINES = 2;

  /** In hard-wrapped text, a line this long that ends mid-sentence runs into the next one. */
  private static final int MIN_WRAPPED_CONTINUED_CHARS = 25;

  /** Hard-wrapped texts are wrapped at no more than this many chars (72-80 is usual). */
  private static final int MAX_WRAP_WIDTH = 100;

  /** In hard-wrapped text, a sentence ending before this share of the width ends a paragraph. */
  private static final double SHORT_LAST_LINE_SHARE = 0.7;

  private PageLines() {}

  /**
   * The non-blank lines, edge spaces removed. A line that continues a hard-wrapped paragraph
   * (the previous line is long, has no blank line after it and does not end a sentence; this one
   * starts in lower case) is joined to it. When the whole text is hard-wrapped (wire copy, e-mail,
   * text pasted from a terminal), every line continues the one before unless it starts a new
   * paragraph: indented after a sentence end, or after a sentence that ends well short of the
   * wrap width.
   */
  static List<String> of(String text) {
    String[] raw = LINE.split(text, -1);
    int wrapWidth = wrapWidth(raw);
    List<String> out = new ArrayList<>();
    boolean previousBlank = true;
    int previousRawLength = 0;
    for (String r : raw) {
      String s = EDGE_SPACE.trimFrom(r);
      if (s.isEmpty()) {
        previousBlank = true;
        continue;
      }
      boolean join = false;
      if (!previousBlank && !out.isEmpty()) {
        String previous = out.get(out.size() - 1);
        join = wrapWidth > 0
            ? continuesWrapped(previous, previousRawLength, wrapWidth, r, s)
            : continues(previous, s);
      }
      if (join) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
      } else {
        out.add(s);
      }
      previousRawLength = r.strip().length();
      previousBlank = false;
    }
    return out;
  }

  /**
   * The width a hard-wrapped text is wrapped at, or 0 when the text is not hard-wrapped: most of
   * its non-blank lines run straight into another line, and none is much longer than the rest.
   */
  private static int wrapWidth(String[] raw) {
    int nonBlank = 0;
    int followed = 0;
    int longest = 0;
    for (int i = 0; i < raw.length; i++) {
      int length = raw[i].strip().length();
      if (length == 0) {
        continue;
      }
      nonBlank++;
      longest = Math.max(longest, length);
      if (length >= MIN_WRAPPED_CONTINUED_CHARS && i + 1 < raw.length && !raw[i + 1].isBlank()) {
        followed++;
      }
    }
    boolean wrapped = followed >= MIN_WRAPPED_RUN_LINES && followed * 2 >= nonBlank
        && longest <= MAX_WRAP_WIDTH;
    return wrapped ? longest : 0;
  }

  private static boolean continues(String previous, String line) {
    return previous.length() >= MIN_WRAPPED_LINE_CHARS && !PageTextExtractor.endsLikeSentence(previous)
        && !PageTextExtractor.isTruncated(previous) && Character.isLowerCase(line.codePointAt(0));
  }

  private static boolean continuesWrapped(
      String previous, int previousRawLength, int wrapWidth, String raw, String line) {
    if (!PageTextExtractor.endsLikeSentence(previous)) {
      // A short line (title, label, list item) is not part of a wrapped paragraph.
      return previousRawLength >= MIN_WRAPPED_CONTINUED_CHARS;
    }
    boolean indented = raw.length() > 1 && Character.isWhitespace(raw.charAt(0));
    boolean shortLast = previousRawLength < wrapWidth * SHORT_LAST_LINE_SHARE;
    return !indented && !shortLast && Character.isLetterOrDigit(line.codePointAt(0));
  }
}
