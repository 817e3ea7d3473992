package dev.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuters instrument codes written bare after a market's name, which are market data and no part
 * of a name: "Brent LCOc1", "Sterling GBP=", "the S&P 500 .SPX", "Apple AAPL.O". The tagger read
 * the code as the last word of a name ("Brent LCOc1" a person). A code is cut off the mention it
 * ends; a person's name is never followed by one, so such a mention goes (a currency, a crude
 * grade, an index: no entities), while an organisation's stays ("Apple"). Codes in parentheses
 * are {@link DocumentFilters#withoutTickers}'s.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class InstrumentCodes {

  /**
   * The forms of a code: a continuous future ("LCOc1", "CLc1", "NKc1"), a currency or metal
   * ("GBP=", "XAU=", "JPY=EBS"), an index (".SPX", ".N225") or a listed share ("AAPL.O",
   * "7203.T").
   */
  private static final String FORMS = "(?:[A-Z]{1,5}c\\d|[A-Z]{3}=[A-Z]{0,4}|\\.[A-Z0-9]{2,6}"
      + "|[A-Z0-9]{2,6}\\.[A-Z]{1,2})";
  /** A code as a mention's last word, or the whole mention. */
  private static final Pattern CODE = Pattern.compile("(?:\\s+|\\A)" + FORMS + "\\z");
  /** A code written right after a mention, then no letter, digit, full stop or "=". */
  private static final Pattern CODE_AFTER = Pattern.compile("\\A\\s+" + FORMS
      + "(?![\\p{L}\\p{N}.=])");

  private InstrumentCodes() {}

  /**
   * The mentions without the instrument codes they end, and without the people a code follows.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> apply(String body, List<TypedMention> found) {
    List<TypedMention> out = null;
    for (int i = 0; i < found.size(); i++) {
      TypedMention f = found.get(i);
      Matcher m = CODE.matcher(body).region(f.start(), f.end());
      TypedMention kept = f;
      if (m.find()) {
        kept = m.start() == f.start() || f.type() == EntityType.PERSON ? null
            : new TypedMention(f.start(), m.start(), f.type(), null, f.code(), f.usState());
      } else if (f.type() == EntityType.PERSON
          && CODE_AFTER.matcher(body).region(f.end(), body.length()).lookingAt()) {
        kept = null;
      }
      if (kept != f && out == null) {
        out = new ArrayList<>(found.subList(0, i));
      }
      if (out != null && kept != null) {
        out.add(kept);
      }
    }
    return out == null ? found : out;
  }
}
