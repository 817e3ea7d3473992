package dev.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Awards, prizes, medals and trophies named after a person or a place, for the document pass:
 * "three Harold Pinkerton Awards", "the Lucia Marvell Medal winner", "the Stanley Cup". The
 * guidelines make an award no entity and a person or place inside a longer name no mention of
 * its own; the tagger read the namesake as a person or a place (CrossNER literature and music
 * dev: 8 such people), or read the award's word into the person ("the Tobias Wrenfield
 * Medal"). A country before the award's word is left as it is.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class AwardNames {

  /** A capitalised word for an award right after the name: "Awards", "Medal", "Prize-winning". */
  private static final Pattern AWARD_AFTER = Pattern.compile("\\s+(?:Awards?|Prizes?|Medals?"
      + "|Trophy|Trophies|Fellowships?|Scholarships?|Lectures?|Cup)\\b");

  /** A person the tagger read over the award's word too: "the Tobias Wrenfield Medal". */
  private static final Pattern AWARD_LAST = Pattern.compile(".*\\S\\s+(?:Awards?|Prizes?"
      + "|Medals?|Trophy)");

  private AwardNames() {}

  /**
   * The mentions without the people and places that name an award.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> without(String body, List<TypedMention> found) {
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention g : found) {
      boolean namesake = (g.type() == EntityType.PERSON || g.type() == EntityType.LOCATION)
          && (AWARD_AFTER.matcher(body).region(g.end(), body.length()).lookingAt()
              || AWARD_LAST.matcher(body).region(g.start(), g.end()).matches());
      if (!namesake) {
        out.add(g);
      }
    }
    return out;
  }
}
