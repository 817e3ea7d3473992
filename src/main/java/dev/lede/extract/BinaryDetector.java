package dev.lede.extract;

/**
 * Tells binary data decoded as text (a PDF, an image, compressed or random bytes) from text, by
 * the first {@link #SAMPLE_CHARS} chars: NUL chars, a PDF signature, or too large a share of
 * control chars or of U+FFFD, the char a decoder puts for bytes that are not UTF-8. Emoji, lone
 * surrogates and every script pass. Stateless and thread-safe.
 */
final class BinaryDetector {

  /** Chars looked at: 4,096, past any page head, and cheap next to the analysis. */
  static final int SAMPLE_CHARS = 4096;

  /**
   * Largest share of C0 control chars other than tab, line feed, form feed and carriage return:
   * 1%. Text holds none beyond a stray escape; random bytes read as ISO-8859-1 hold 11%.
   */
  static final double MAX_CONTROL_SHARE = 0.01;

  /**
   * Largest share of U+FFFD replacement chars: 10%. Random bytes read as UTF-8 hold about half;
   * French text in ISO-8859-1 misread as UTF-8 about 3%, and it is still worth analysing.
   */
  static final double MAX_REPLACEMENT_SHARE = 0.10;

  /** Shares are taken of at least this many chars: one odd char in a short string is no cause. */
  static final int MIN_SAMPLE_CHARS = 100;

  private BinaryDetector() {}

  /**
   * Returns why the text looks like binary data, or {@code null} when it looks like text.
   *
   * @param s the text
   * @return the reason, or {@code null}
   */
  static String reason(String s) {
    if (s.startsWith("%PDF-")) {
      return "it starts with the signature of a PDF file (%PDF-)";
    }
    int n = Math.min(s.length(), SAMPLE_CHARS);
    int controls = 0;
    int replacements = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\0') {
        return "it holds NUL chars (U+0000)";
      } else if (c == '\uFFFD') {
        replacements++;
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
        controls++;
      }
    }
    double sample = Math.max(n, MIN_SAMPLE_CHARS);
    if (controls > MAX_CONTROL_SHARE * sample) {
      return percent(controls / sample) + " of its first " + n + " chars are control chars";
    }
    if (replacements > MAX_REPLACEMENT_SHARE * sample) {
      return percent(replacements / sample) + " of its first " + n
          + " chars are U+FFFD, put for bytes that are not UTF-8";
    }
    return null;
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
