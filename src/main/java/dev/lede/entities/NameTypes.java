package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One name of several words, one type per text, by the stronger evidence: a name the tagger
 * typed as a person in some sentences and as a place in others ("Floods hit Lumbu Raya",
 * "Officials in Lumbu Raya", "Lumbu Raya regent Tagore Abubakar" read as a person before a
 * title) takes the type that more of its mentions' surroundings say: a preposition of place or
 * a place and a comma before it for a place ({@link PlaceContext#readsAsPlace}), a title or an
 * honorific before it for a person; a verb of speaking after it says nothing, since bodies and
 * capitals speak too ("Con Edison said", "Moscow said"). On a tie of some evidence each way,
 * the type the tagger gave more of its mentions wins ("Kelso Brandt arrived", "Mr. Kelso Brandt
 * said", "waited at Kelso Brandt": read as a person twice, a place once); with no evidence
 * either way, or a tie of the tagger's types too, each mention keeps its type. Names the lists
 * know (with a canonical name) keep theirs. One-word names are left to the document pass, which
 * counts their types.
 *
 * <p>Thread-safe: holds no state.
 */
final class NameTypes {


  private NameTypes() {}

  /**
   * The mentions with each name of several words typed both as a person and as a place given
   * one type, where its mentions' surroundings say more for one than for the other.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @param isTitle whether a word is a person's title or honorific
   * @return the mentions, in text order
   */
  static List<TypedMention> ofSeveralWords(String body, List<TypedMention> found,
      Predicate<String> isTitle) {
    Map<String, int[]> evidence = new HashMap<>(); // person, place, person-typed, place-typed
    for (int i = 0; i < found.size(); i++) {
      TypedMention g = found.get(i);
      String text = body.substring(g.start(), g.end());
      if (!isPersonOrPlaceName(g, text)) {
        continue;
      }
      int[] e = evidence.computeIfAbsent(NameWords.singleSpaced(text), k -> new int[4]);
      TypedMention previous = i > 0 ? found.get(i - 1) : null;
      if (PlaceContext.readsAsPlace(body, previous, g)) {
        e[1]++;
      } else if (titleBefore(body, g, isTitle)) {
        e[0]++;
      }
      e[g.type() == EntityType.PERSON ? 2 : 3]++;
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention g : found) {
      String text = body.substring(g.start(), g.end());
      int[] e = isPersonOrPlaceName(g, text) ? evidence.get(NameWords.singleSpaced(text)) : null;
      EntityType type = e == null ? g.type() : typeOf(e, g.type());
      out.add(type == g.type() ? g
          : new TypedMention(g.start(), g.end(), type, null, null, false));
    }
    return out;
  }

  /**
   * The type of a name whose mentions the tagger typed both ways, from its evidence (person
   * contexts, place contexts, person-typed mentions, place-typed mentions): the contexts decide;
   * on a tie of some evidence each way the tagger's majority does; otherwise {@code own}.
   */
  private static EntityType typeOf(int[] e, EntityType own) {
    if (e[2] == 0 || e[3] == 0) {
      return own; // the tagger typed it one way only
    }
    if (e[0] != e[1]) {
      return e[0] > e[1] ? EntityType.PERSON : EntityType.LOCATION;
    }
    if (e[0] > 0 && e[2] != e[3]) {
      return e[2] > e[3] ? EntityType.PERSON : EntityType.LOCATION;
    }
    return own;
  }

  /** A person or place the lists do not know, of two words or more, all letters. */
  private static boolean isPersonOrPlaceName(TypedMention g, String text) {
    return (g.type() == EntityType.PERSON || g.type() == EntityType.LOCATION)
        && g.canonical() == null && text.contains(" ")
        && text.chars().allMatch(c -> Character.isLetter(c) || Character.isWhitespace(c));
  }

  /** Whether a title or an honorific stands right before the mention: "Mr. Kelso Brandt". */
  private static boolean titleBefore(String body, TypedMention g, Predicate<String> isTitle) {
    String before = NameWords.wordBefore(body, g.start());
    return before != null && isTitle.test(before);
  }
}
