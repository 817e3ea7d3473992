package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One acronym, one type, for the document pass: an all-capital word that no list knows, which
 * the text types as an organisation somewhere and as a place elsewhere, is the organisation in
 * every mention. The tagger reads an acronym it never saw after "in" or "at" as a place ("signs
 * of trouble at VORSA", "banks lost money in VORSA") where the rest of the text names a company
 * or an agency by it; a place written in capitals is a listed one ("KYIV —"), which keeps its
 * type, as does an acronym the text only ever types as a place.
 *
 * <p>Thread-safe: holds no state.
 */
final class AcronymTypes {

  /** Three capitals or more, nothing else: "VORSA", "FSLIC"; not "UN" nor "Ltd". */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,}");

  private AcronymTypes() {}

  /**
   * The mentions with each unlisted acronym that the text types as an organisation typed so
   * wherever the tagger made it a place.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> apply(String body, List<TypedMention> found) {
    Set<String> organisations = new HashSet<>();
    for (TypedMention g : found) {
      if (g.type() == EntityType.ORGANIZATION && isUnlistedAcronym(body, g)) {
        organisations.add(body.substring(g.start(), g.end()));
      }
    }
    if (organisations.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention g : found) {
      boolean retype = g.type() == EntityType.LOCATION && isUnlistedAcronym(body, g)
          && organisations.contains(body.substring(g.start(), g.end()));
      out.add(retype ? new TypedMention(g.start(), g.end(), EntityType.ORGANIZATION, null, null,
          false) : g);
    }
    return out;
  }

  private static boolean isUnlistedAcronym(String body, TypedMention g) {
    return g.canonical() == null
        && ACRONYM.matcher(body).region(g.start(), g.end()).matches();
  }
}
