package dev.lede.entities;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The document stage's lists of organisations: a list of three names or more, joined by commas,
 * "and" or "or", at least two of them organisations and none of them a listed place, a country,
 * a ministry or a person of several words, is a list of organisations, so its other names are
 * organisations too: "Uber or Lyft or Parcelo", "Instacart, DoorDash, Zipkart, Fetchly and
 * Homevio". Apps and start-ups the model never saw are named so in news, beside the ones it
 * knows; a one-word name it read as a person or as a place no list knows ("Parcelo"), or a name
 * it missed, takes the list's type. A
 * sentence's first word, a word the lists know (a given name, a surname, a place, a demonym) and a
 * word that goes on into a longer name ("Woman" of "Woman's Christian Temperance Union") are left
 * as they are, and so is a name nothing found that no other name comes before ("Rock the Vote").
 *
 * <p>Thread-safe: holds no state.
 */
final class OrganisationLists {

  /** The words that join a list's names, after a comma or alone. */
  private static final Set<String> JOINERS = Set.of("and", "or");
  /** What may follow a list's name that nothing found: a comma, a joiner or a sentence's end. */
  private static final Set<String> ENDS = Set.of(",", "and", "or", ".", ";", ")", ":");
  /** The fewest names of a list. */
  private static final int MIN_NAMES = 3;
  /** The fewest organisations a list must already hold. */
  private static final int MIN_ORGANISATIONS = 2;
  /** The most words of a name nothing found. */
  private static final int MAX_WORDS = 3;

  /** A name of a list: a mention (its index in the found list), or words nothing found. */
  private record Item(int mention, int start, int end) {}

  private OrganisationLists() {}

  /**
   * Types the other names of the text's lists of organisations as organisations.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @param tokens the body's tokens, in text order
   * @param isListedName whether a word is a listed given name or surname
   * @param namesSomething whether the lists know a word as a place, a country, a body or a
   *     demonym (a place among the names makes a list of anything; a demonym, "Malaysian",
   *     "African" of "the Inter-American, African and Asian Development Banks", opens a name)
   * @return the mentions, in text order
   */
  static List<TypedMention> apply(String body, List<TypedMention> found, List<Token> tokens,
      Predicate<String> isListedName, Predicate<String> namesSomething) {
    Predicate<String> known = isListedName.or(namesSomething);
    List<TypedMention> out = new ArrayList<>(found);
    List<TypedMention> added = new ArrayList<>();
    List<Item> list = new ArrayList<>();
    List<String> gap = new ArrayList<>();
    int m = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (m < found.size() && found.get(m).end() <= t.start()) {
        m++;
      }
      Item item = null;
      int next = i;
      if (m < found.size() && found.get(m).start() == t.start()) {
        item = new Item(m, t.start(), found.get(m).end());
        while (next + 1 < tokens.size() && tokens.get(next + 1).start() < item.end()) {
          next++;
        }
      } else if (m < found.size() && found.get(m).start() < t.end()) {
        next = -1; // inside a mention that starts within the token: no list here
      } else if (unfoundWord(body, t, known) && !(i > 0 && continuesAName(tokens.get(i - 1)))) {
        while (next + 1 < tokens.size() && next + 1 - i < MAX_WORDS
            && unfoundWord(body, tokens.get(next + 1), known)
            && (m >= found.size() || found.get(m).start() >= tokens.get(next + 1).end())) {
          next++;
        }
        // a name nothing found is followed by the list's comma or end, not by more of a longer
        // name the model cut ("Woman" of "Woman's Christian Temperance Union"); it is never a
        // list's first name ("Rock the Vote, the ... Center"), nor an adjective alone ("African"
        // of "the Inter-American, African and Asian Banks")
        item = (next + 1 >= tokens.size() || ENDS.contains(tokens.get(next + 1).text()))
            && !list.isEmpty() && joins(gap) && !(next == i && "ADJ".equals(t.pos()))
            ? new Item(-1, t.start(), tokens.get(next).end()) : null;
      }
      if (item != null) {
        if (!list.isEmpty() && !joins(gap)) {
          close(body, found, list, out, added, namesSomething);
        }
        list.add(item);
        gap.clear();
        i = next;
      } else if (next >= 0 && !list.isEmpty() && gap.size() < 2
          && (t.text().equals(",") || JOINERS.contains(t.text()))) {
        gap.add(t.text());
      } else {
        close(body, found, list, out, added, namesSomething);
        gap.clear();
      }
    }
    close(body, found, list, out, added, namesSomething);
    if (added.isEmpty() && out.equals(found)) {
      return found;
    }
    out.addAll(added);
    out.sort(Comparator.comparingInt(TypedMention::start));
    return out;
  }

  /** Whether a token before a name may be part of it: a capitalised word or a possessive. */
  private static boolean continuesAName(Token t) {
    String w = t.text();
    return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || NameWords.isPossessive(w));
  }

  /** Whether the words between two names join them in a list: ",", "and", ", and", "or". */
  private static boolean joins(List<String> gap) {
    return gap.size() == 1 || gap.size() == 2 && gap.get(0).equals(",")
        && JOINERS.contains(gap.get(1));
  }

  /**
   * Whether a token is a capitalised word inside a sentence that no list knows (a given name, a
   * surname, a place, a body): a word a list of organisations may name where nothing found it.
   */
  private static boolean unfoundWord(String body, Token t, Predicate<String> known) {
    String w = t.text();
    return w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(Character::isLetterOrDigit)
        && !DocumentFilters.opensSentence(body, t.start())
        && !NameWords.DATE_WORDS.contains(w) && !known.test(w)
        && !NameWords.GROUP_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** Reads a finished list, types its other names, and empties it. */
  private static void close(String body, List<TypedMention> found, List<Item> list,
      List<TypedMention> out, List<TypedMention> added, Predicate<String> namesSomething) {
    if (list.size() >= MIN_NAMES && isOfOrganisations(body, found, list, namesSomething)) {
      for (Item item : list) {
        if (item.mention() < 0) {
          added.add(new TypedMention(item.start(), item.end(), EntityType.ORGANIZATION, null,
              null, false));
          continue;
        }
        TypedMention f = found.get(item.mention());
        String text = body.substring(f.start(), f.end());
        if ((f.type() == EntityType.PERSON
            || f.type() == EntityType.LOCATION && !namesSomething.test(text))
            && f.canonical() == null && !text.contains(" ")) {
          out.set(item.mention(), new TypedMention(f.start(), f.end(),
              EntityType.ORGANIZATION, null, null, false));
        }
      }
    }
    list.clear();
  }

  /**
   * Whether a list holds two organisations or more and no place the lists know, country, ministry
   * or person of several words.
   */
  private static boolean isOfOrganisations(String body, List<TypedMention> found,
      List<Item> list, Predicate<String> namesSomething) {
    int organisations = 0;
    for (Item item : list) {
      if (item.mention() < 0) {
        continue;
      }
      TypedMention f = found.get(item.mention());
      switch (f.type()) {
        case ORGANIZATION -> organisations++;
        case COUNTRY, MINISTRY -> {
          return false;
        }
        case LOCATION -> {
          if (f.canonical() != null || namesSomething.test(body.substring(f.start(), f.end()))) {
            return false;
          }
        }
        case PERSON -> {
          if (f.canonical() != null || body.substring(f.start(), f.end()).contains(" ")) {
            return false;
          }
        }
        default -> { }
      }
    }
    return organisations >= MIN_ORGANISATIONS;
  }
}
