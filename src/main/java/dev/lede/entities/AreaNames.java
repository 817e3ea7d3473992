package dev.lede.entities;

import static dev.lede.entities.NameWords.isCap;

import java.util.List;
import java.util.Set;

/**
 * The guideline stage's places named before a lower-case word for an area, where nothing else
 * found the name: "the commissioner of Pariang county", "the Bronx's Soundview neighborhood",
 * "the governor of Unity state", "in Suka Makmur village". Real news writes the places of
 * faraway countries so, and the tagger, which knows few of their names, missed them. The name
 * alone is the place, as with "Aceh province", where the word for the area stays outside. Only
 * proper nouns make the name, so neither a demonym ("the Sudanese state"), an adjective ("the
 * Jewish state", "a Republican county") nor a sentence's opening word ("Every state") does.
 *
 * <p>Thread-safe: holds no state.
 */
final class AreaNames {

  /** Lower-case words for an area after its name. */
  static final Set<String> AREA_WORDS = Set.of("county", "province", "district",
      "state", "region", "neighborhood", "neighbourhood", "village", "municipality",
      "governorate", "prefecture", "township");
  /** Proper nouns by their tag that name a side, not a place: "a Republican county". */
  private static final Set<String> NO_PLACE_WORDS = Set.of("Republican", "Democratic",
      "Democrat", "Islamic", "Jewish", "Muslim", "Christian", "Catholic", "Communist", "Soviet",
      "Federal", "Member", "Nation", "Swing", "Police", "Welfare");
  /** The most capitalised words of a name before its area word. */
  private static final int MAX_NAME_WORDS = 3;

  private AreaNames() {}

  /**
   * Adds a place for one to three proper nouns right before a word for an area, none a demonym,
   * where no candidate covers them or only a person of the same span does.
   *
   * @param words the sentence's words
   * @param pos the words' UD parts of speech
   * @param demonym whether each word is a demonym
   * @param cands the candidates
   */
  static void areaNames(String[] words, String[] pos, boolean[] demonym, List<Candidate> cands) {
    for (int i = 2; i < words.length; i++) {
      if (!AREA_WORDS.contains(words[i])) {
        continue;
      }
      int a = i;
      while (a > 1 && i - a < MAX_NAME_WORDS && nameWord(words, pos, demonym, a - 1)) {
        a--;
      }
      // a sentence's first word may be any capitalised word ("Every state"), so the name
      // starts inside it, after a word that is no part of a name
      if (a == i || isCap(words[a - 1], false)) {
        continue;
      }
      int from = a;
      int to = i;
      List<Candidate> covering = cands.stream().filter(c -> c.a() < to && c.b() > from).toList();
      if (covering.isEmpty()) {
        cands.add(new Candidate(a, i, EntityType.LOCATION, null, null, false,
            Candidate.PRIO_MODEL));
      } else if (covering.stream().allMatch(c -> c.a() == from && c.b() == to
          && c.type() == EntityType.PERSON)) {
        // no person is named before "state" or "county": the tagger's guess at an unknown word
        cands.add(new Candidate(a, i, EntityType.LOCATION, null, null, false,
            Candidate.PRIO_CITY));
      }
    }
  }

  private static boolean nameWord(String[] words, String[] pos, boolean[] demonym, int t) {
    return isCap(words[t], false) && pos[t].startsWith("PROPN") && !demonym[t]
        && !NO_PLACE_WORDS.contains(words[t]);
  }
}
