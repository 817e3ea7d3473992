package dev.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document stage's companies named after a founder with initials: "J.P. Morgan and Co Inc",
 * "E.F. Hutton Group Inc". The initials open the company's name; the tagger, which reads them
 * as a person's, cut the name after them. Only before a name that ends in a legal form, so that
 * the name is a company's and not a person's ("from J.K. Varnum Associates").
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class InitialledCompanies {

  /** A company's legal form that ends its name, its full stop aside. */
  private static final Pattern LAST_FORM = Pattern.compile("(?:^|\\s)(?:" + NameWords.DESIGNATORS
      + "|Plc|Corporation|Incorporated|Company)\\.?\\z");
  /**
   * Two or three one-letter initials right before a name, on its line, after no letter or full
   * stop: "J.P. " in "by J.P. Morgan".
   */
  private static final Pattern INITIALS =
      Pattern.compile("(?<![\\p{L}\\p{N}.])((?:\\p{Lu}\\.){2,3})[ \\t]\\z");
  /** How far before a name {@link #INITIALS} looks. */
  private static final int WINDOW = 12;

  private final Gazetteer gazetteer;

  InitialledCompanies(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The mentions with each company's name written after a founder's initials made to start at
   * them.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  List<TypedMention> apply(String body, List<TypedMention> found) {
    List<TypedMention> out = new ArrayList<>(found.size());
    int previousEnd = 0;
    for (TypedMention f : found) {
      int start = f.type() == EntityType.ORGANIZATION
          && LAST_FORM.matcher(body.substring(f.start(), f.end())).find()
          ? initialsBefore(body, f.start(), previousEnd) : -1;
      if (start >= 0) {
        f = new TypedMention(start, f.end(), EntityType.ORGANIZATION, null, null, false);
      }
      out.add(f);
      previousEnd = Math.max(previousEnd, f.end());
    }
    return out;
  }

  /**
   * Where a founder's initials before a name start, or -1: none, a listed place's ("U.S.", "U.K.",
   * also where they end a sentence: "left the U.K. Varnum Corp stayed"), or a mention's.
   */
  private int initialsBefore(String body, int start, int previousEnd) {
    Matcher m = INITIALS.matcher(body).region(Math.max(0, start - WINDOW), start);
    if (!m.find() || m.start(1) < previousEnd || gazetteer.namesSomething(m.group(1))) {
      return -1;
    }
    return m.start(1);
  }
}
