package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A name that the sentences read as an organisation in one place and as a place no list knows
 * in another is the organisation throughout the text: "trouble at Norvale Power" after
 * "Norvale Power said", "its stake in Kestrel" after "Kestrel Ltd" and "Kestrel said". The
 * tagger types each sentence alone, and a company's name that it has never seen reads as a
 * place after "in" or "at"; the text's other sentences say what it is. A place the lists know
 * ("Atlanta" beside the club "Atlanta") keeps its type, there both readings are real, and so
 * does one named with a word for an area ("Unity State", where the tagger read a state as a
 * body once).
 *
 * <p>Stateless; safe to share across threads.
 */
final class OrganisationTypes {

  private OrganisationTypes() {}

  /**
   * The mentions with the unlisted places that the text also names as organisations retyped.
   *
   * @param body the body
   * @param found the mentions of every sentence, in text order
   * @param listedPlace whether the lists know a name as a place or anything else
   * @return the mentions, in text order
   */
  static List<TypedMention> apply(String body, List<TypedMention> found,
      Predicate<String> listedPlace) {
    Map<String, TypedMention> organisations = new HashMap<>();
    for (TypedMention f : found) {
      if (f.type() == EntityType.ORGANIZATION) {
        organisations.putIfAbsent(body.substring(f.start(), f.end()), f);
      }
    }
    if (organisations.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      TypedMention organisation = organisations.get(text);
      if (organisation != null && f.type() == EntityType.LOCATION && f.canonical() == null
          && !f.usState() && !listedPlace.test(text) && !endsInAreaWord(text)) {
        f = new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION,
            DocumentPass.reference(organisation), null, false);
      }
      out.add(f);
    }
    return out;
  }

  /** Whether a name ends in a word for an area: "Unity State", "Orrin County" are places. */
  private static boolean endsInAreaWord(String text) {
    return AreaNames.AREA_WORDS.contains(
        text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
  }
}
