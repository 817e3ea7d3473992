package dev.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A league's standings groups in a sports report: "the Atlantic Division", "the Eastern
 * Conference", "the NFC West", "the N.F.C. North", read as an organisation or a place. They
 * group clubs for a table; the guidelines name no such grouping among organisations or places,
 * and the real-news gold set leaves "Central Division" out. A conference that is a body of its
 * own is named otherwise ("Southeastern Conference", "Atlantic Coast Conference", "Big Ten
 * Conference") and stays.
 *
 * <p>Stateless; safe to share across threads.
 */
final class StandingsGroups {

  /** A direction or region and "Division" or "Conference", or a football conference's side. */
  private static final Pattern GROUP = Pattern.compile("(?:Atlantic|Pacific|Central|Eastern"
      + "|Western|Metropolitan|Northeast|Northwest|Southeast|Southwest|Midwest|Mountain)"
      + " (?:Division|Conference)"
      + "|(?:AFC|NFC|A\\.F\\.C\\.|N\\.F\\.C\\.) (?:East|West|North|South)");

  private StandingsGroups() {}

  /**
   * The mentions without the standings groups.
   *
   * @param body the body of a text that is a sports report
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> without(String body, List<TypedMention> found) {
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      // the tagger reads a group as a place as often ("in the AFC South"): no place either
      if (f.type() != EntityType.ORGANIZATION && f.type() != EntityType.LOCATION
          || !GROUP.matcher(body.substring(f.start(), f.end())).matches()) {
        out.add(f);
      }
    }
    return out;
  }
}
