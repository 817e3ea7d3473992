package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The document stage's companies named after a place: a place, of one word or more, that opens
 * the name of a company the text writes with its legal form, and that acts there as a company
 * does, is that company ("Great Lakes said" after "Great Lakes Forest Products Ltd", "Rocky
 * Mount sued the group" after "Rocky Mount Undergarment Co Inc", "Niagara Mohawk owns 41 pct"
 * after "Niagara Mohawk Power Corp"). A place says nothing, sues no one and owns no stake; the
 * tagger, which knows the words as a place, cannot tell from one sentence. Once a mention so
 * shows the name to be the company's, the name is the company wherever the text writes it but
 * after a preposition of place or before a comma and a place ("plants in Rocky Mount",
 * "Rocky Mount, N.C."). A country, a US state and a big city stay places ("New York said" beside
 * "New York Harbor Pilots Inc": a city's government speaks).
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class PlaceNamedCompanies {

  /** A company's legal form that ends its name, its full stop aside. */
  private static final Pattern LAST_FORM = Pattern.compile(
      "(?:" + NameWords.DESIGNATORS + "|Plc|Corporation|Incorporated|Company)\\.?");
  /** A capitalised word of a name: "Rocky", "Du", "Mohawk". */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");
  /**
   * What a company does right after its name and a place does not: speaks, owns, sues, agrees,
   * or has a possessive's board, stake or sales ("Great Lakes' capital investment").
   */
  private static final Pattern ACTS = Pattern.compile("\\A(?:\\s+(?:said|says|owns|owned"
      + "|sued|sues|agreed|agrees|reported|reports|declined|plans|planned|expects|expected"
      + "|currently\\s+carries|has\\s+agreed|holds|held|bought|sold|acquired)\\b"
      + "|['’]s?\\s+(?:board|stake|shares|stock|capital|chairman|president|sales|earnings"
      + "|profits?|former|annual|existing)\\b)");
  /** A preposition of place right before a mention: "plants in Rocky Mount". */
  private static final Pattern AT_PLACE = Pattern.compile(
      "\\b(?:in|at|near|outside|around|across|through|into|within|from|on|to)\\s+(?:the\\s+)?\\z");
  /** How far before a mention, in chars, {@link #AT_PLACE} looks. */
  private static final int WINDOW = 28;
  /** A place after a comma that says where a town is: "Rocky Mount, N.C.". */
  private static final Pattern PLACE_AFTER = Pattern.compile("\\A,\\s*\\p{Lu}");

  private final Gazetteer gazetteer;

  PlaceNamedCompanies(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The mentions with the places that name a company of the text typed as that company.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  List<TypedMention> apply(String body, List<TypedMention> found) {
    Map<String, TypedMention> openers = openers(body, found);
    if (openers.isEmpty()) {
      return found;
    }
    Set<String> acting = new HashSet<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (isCandidate(f, text, openers) && !atPlace(body, f)
          && ACTS.matcher(body).region(f.end(), body.length()).lookingAt()) {
        acting.add(text);
      }
    }
    if (acting.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (acting.contains(text) && isCandidate(f, text, openers) && !atPlace(body, f)) {
        f = new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION,
            DocumentPass.reference(openers.get(text)), null, false);
      }
      out.add(f);
    }
    return out;
  }

  /** Whether a mention is a place, not a big one, that opens a company's name here. */
  private boolean isCandidate(TypedMention f, String text, Map<String, TypedMention> openers) {
    return f.type() == EntityType.LOCATION && !f.usState()
        && openers.containsKey(text) && openers.get(text).start() < f.start() && !isBig(text);
  }

  /**
   * The names of two words or more that open the names of the text's companies written with a
   * legal form, each with the first such company: "Great Lakes" and "Great Lakes Forest" for
   * "Great Lakes Forest Products Ltd"; capitalised words only, up to the first that is not
   * ("Louisiana Land" for "Louisiana Land and Exploration Co"). A name that opens two companies'
   * names names neither.
   */
  private static Map<String, TypedMention> openers(String body, List<TypedMention> found) {
    OpeningNames out = new OpeningNames(body);
    for (TypedMention f : found) {
      if (f.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String name = body.substring(f.start(), f.end());
      String[] parts = name.split("\\s+");
      if (parts.length < 3 || !LAST_FORM.matcher(parts[parts.length - 1]).matches()) {
        continue;
      }
      StringBuilder prefix = new StringBuilder(parts[0]);
      if (NAME_WORD.matcher(parts[0]).matches()) {
        // one word too: "Piedmont" of "Piedmont Aviation Inc"
        out.add(parts[0], f);
      }
      for (int i = 1; i < parts.length - 1 && NAME_WORD.matcher(parts[i]).matches()
          && NAME_WORD.matcher(parts[i - 1]).matches()
          && !LAST_FORM.matcher(parts[i]).matches(); i++) {
        prefix.append(' ').append(parts[i]);
        out.add(prefix.toString(), f);
      }
    }
    return out.unambiguous();
  }

  /** Whether the lists know a name as a country, a US state or a city of many people. */
  private boolean isBig(String text) {
    for (PhraseTrie.Entry<Gazetteer.Sense> e : gazetteer.phrases.get(text)) {
      Gazetteer.Sense sense = e.value();
      if (sense.kind() == Gazetteer.Kind.COUNTRY || "US".equals(sense.code())
          || sense.kind() == Gazetteer.Kind.CITY
              && sense.population() >= Gazetteer.BIG_CITY_POPULATION) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a mention is the place: after a preposition of place, or before a comma and a place.
   */
  private static boolean atPlace(String body, TypedMention f) {
    return AT_PLACE.matcher(body).useTransparentBounds(true)
        .region(Math.max(0, f.start() - WINDOW), f.start()).find()
        || PLACE_AFTER.matcher(body).region(f.end(), body.length()).lookingAt();
  }
}
