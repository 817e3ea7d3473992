package dev.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Firms named after people, where a person's employer stands, for the document pass: wire copy
 * names an analyst's brokerage right after the analyst and "of" or "at", and the tagger reads the
 * partners' names in it as people ("said Bruce Lazier of Prescott Ball and Turben", "Tim Harris
 * of Phillips and Drew", "Rosario Ilaqua of L.F. Rothschild", "Richard Pzena of Sanford C.
 * Bernstein", "George Baker at Smith Barney"). The guidelines make an organisation named after
 * people an organisation whole.
 *
 * <p>After a person and "of" or "at", a "person" is the firm when its shape says so: two names
 * joined by "and" or "&amp;" (one organisation, both names inside it), a name with initials
 * ("K.T. Marlowe", "Morton J. Oakes"), or, after "at", any name of two words or more ("at
 * Whitcombe Barnes"), also one the tagger read as a place that no list knows when its last word
 * is a listed given name or surname (a partner's) and no word of it a listed place or body. A
 * one-word name after "of" is left alone: it is as often the person's town ("Warren Gotcher of
 * McAlester"). A possessive after the name leaves it alone too ("at Jane
 * Doe's home").
 *
 * <p>Thread-safe: holds no state.
 */
final class Affiliations {

  /** What joins a person and the firm the person works for. */
  private static final Pattern OF_OR_AT = Pattern.compile("\\s+(?:of|at)\\s+");
  /** What joins two partners' names in a firm's name. */
  private static final Pattern PARTNERS = Pattern.compile("\\s+(?:and|&)\\s+");
  /** An initial or initials: "J.", "K.T.". */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
  /** A possessive right after a name. */
  private static final Pattern POSSESSIVE = Pattern.compile("\\A['’]");

  private Affiliations() {}

  /**
   * The mentions with each firm named after people, read as people after a person and "of" or
   * "at", an organisation.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @param isListedName whether a word is a listed given name or surname
   * @param namesSomething whether the lists know a word as a place, a country or a body
   * @return the mentions, in text order
   */
  static List<TypedMention> firms(String body, List<TypedMention> found,
      Predicate<String> isListedName, Predicate<String> namesSomething) {
    List<TypedMention> out = null;
    for (int i = 1; i < found.size(); i++) {
      TypedMention person = found.get(i - 1);
      TypedMention x = found.get(i);
      if (person.type() != EntityType.PERSON || person.end() >= x.start()
          || !isPerson(x) && !isPeoplesPlace(body, x, isListedName, namesSomething)
          || !OF_OR_AT.matcher(body).region(person.end(), x.start()).matches()
          || x.end() < body.length() && POSSESSIVE.matcher(body).region(x.end(), body.length())
              .lookingAt()) {
        continue;
      }
      String text = body.substring(x.start(), x.end());
      TypedMention partner = i + 1 < found.size() ? found.get(i + 1) : null;
      boolean partners = partner != null && partner.canonical() == null
          && (partner.type() == EntityType.PERSON || partner.type() == EntityType.ORGANIZATION)
          && x.end() < partner.start()
          && PARTNERS.matcher(body).region(x.end(), partner.start()).matches();
      boolean words = text.contains(" ");
      boolean at = body.substring(person.end(), x.start()).strip().equals("at");
      if (!isPerson(x) && !(words && at)) {
        continue;
      }
      if (!partners && !(words && (hasInitials(text) || at))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      int end = partners ? partner.end() : x.end();
      out.set(i, new TypedMention(x.start(), end, EntityType.ORGANIZATION, null, null, false));
      if (partners) {
        out.set(i + 1, null);
        i++;
      }
    }
    if (out == null) {
      return found;
    }
    out.removeIf(m -> m == null);
    return out;
  }

  /** A person of the tagger's that no list names. */
  private static boolean isPerson(TypedMention m) {
    return m.type() == EntityType.PERSON && m.canonical() == null;
  }

  /**
   * A place of the tagger's that no list knows, of two words or more, none of them a word the
   * lists know as a place or a body and the last a listed given name or surname: a partner's
   * name ends it, as a firm named after its partners ("Whitcombe Barnes").
   */
  private static boolean isPeoplesPlace(String body, TypedMention m,
      Predicate<String> isListedName, Predicate<String> namesSomething) {
    if (m.type() != EntityType.LOCATION || m.canonical() != null) {
      return false;
    }
    String[] words = body.substring(m.start(), m.end()).split("\\s+");
    if (words.length < 2 || !isListedName.test(words[words.length - 1])) {
      return false;
    }
    for (String w : words) {
      if (namesSomething.test(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasInitials(String text) {
    for (String w : text.split("\\s+")) {
      if (INITIALS.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }
}
