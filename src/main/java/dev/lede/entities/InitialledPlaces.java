package dev.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The document stage's persons the tagger read as places: a name that no list knows as a place,
 * opened by initials and ending in a capitalised word, is a person ("P. J. Hill", "H. Dale Hall",
 * "P.J.Carlesimo"; the tagger took the place-like "Hill" and "Hall" for a landmark). Places are
 * rarely named after a person's initials without a word for what they are, so not a street
 * ("W. Maple Blvd.", "E. Dahlia Ave."), an initial that is a point of the compass ("S. Richmond
 * Hill" for South Richmond Hill), nor a name after "the" ("the J. Paul Getty Center").
 *
 * <p>Thread-safe: holds no state.
 */
final class InitialledPlaces {

  /** Initials (not N, S, E or W) and then one or two capitalised words of a name. */
  private static final Pattern INITIALLED = Pattern.compile(
      "[A-DF-MO-RT-VX-Z]\\.[ ]?(?:\\p{Lu}\\.[ ]?)*\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?");
  /** Words that end a facility's or a street's name rather than a person's. */
  private static final Pattern PLACE_HEAD = Pattern.compile(".*\\b(?:Street|Avenue|Road|Park"
      + "|Airport|Building|Center|Centre|Square|Bridge|Station|Stadium|Field|Library|Plaza"
      + "|Boulevard|Lane|Drive|Way|Court|Place|Tower|Arena|Museum|Memorial)");
  /** A lower-case "the" right before the name. */
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe[ \\u00A0]+\\z");

  private InitialledPlaces() {}

  /**
   * The mentions with each unlisted place opened by a person's initials made a person.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> persons(String body, List<TypedMention> found) {
    List<TypedMention> out = null;
    for (int i = 0; i < found.size(); i++) {
      TypedMention f = found.get(i);
      if (f.type() != EntityType.LOCATION || f.canonical() != null) {
        continue;
      }
      String text = body.substring(f.start(), f.end());
      if (!INITIALLED.matcher(text).matches() || PLACE_HEAD.matcher(text).matches()
          || THE_BEFORE.matcher(body).region(Math.max(0, f.start() - 5), f.start()).find()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new TypedMention(f.start(), f.end(), EntityType.PERSON, null, null, false));
    }
    return out == null ? found : out;
  }
}
