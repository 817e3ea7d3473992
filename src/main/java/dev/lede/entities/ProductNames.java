package dev.lede.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of commodities and products, which the guidelines make no entities, and whose words are
 * no mentions either: a grade of crude oil is named after a field or a trading place ("Brent
 * crude", "Dubai crude", "Urals crude", "West Texas Intermediate crude"), and the place's name
 * there names the oil, not the place.
 *
 * <p>Thread-safe: holds no state.
 */
final class ProductNames {

  /** Lower-case words after which the capitalised words before them name a product. */
  private static final Set<String> PRODUCT_WORDS = Set.of("crude");
  /**
   * One capitalised word before a product word in running text ("Brent crude", "Dubai crude"),
   * the word in group 1: for the document stage, which finds the product's word alone elsewhere.
   */
  static final Pattern ONE_WORD_PRODUCT = Pattern.compile(
      "\\b(\\p{Lu}\\p{L}+)\\s+(?:" + String.join("|", PRODUCT_WORDS) + ")\\b");

  /**
   * Lower-case words of events and crafts after an owner's name and their own: "Salesforce's
   * Dreamforce conference", "NASA's Cassini spacecraft", "Kesmark's Brisa smartphone". Not the
   * words of media and services, whose names are organisations ("Disney's ESPN channels").
   */
  private static final Set<String> OWNED_THINGS = Set.of("conference", "summit", "festival",
      "convention", "expo", "spacecraft", "probe", "rover", "orbiter", "lander", "telescope",
      "satellite", "rocket", "capsule", "processor", "processors", "chip", "chips",
      "smartphone", "smartphones", "console", "consoles");
  /** The most capitalised words of such a name. */
  private static final int MAX_OWNED_NAME_WORDS = 3;

  private ProductNames() {}

  /**
   * Adds a candidate without a type over the capitalised words between an owner's possessive and
   * a lower-case word of an event or a craft ({@link #OWNED_THINGS}): "Salesforce's Dreamforce
   * conference", "NASA's Cassini spacecraft" name an event and a craft, which the guidelines make
   * no entities, where the model read an organisation. A listed name there (a place, a country,
   * an organisation) stays a mention: "NASA's Mars rover" is no rover called Mars. As for
   * events, the candidate wins over the model's same span and is then dropped.
   *
   * @param words the sentence's words
   * @param cands the candidates; such names are added
   */
  static void ownedProducts(String[] words, List<Candidate> cands) {
    boolean[] listed = new boolean[words.length];
    for (Candidate c : cands) {
      if (c.canonical() != null || c.priority() >= Candidate.PRIO_GAZETTEER) {
        Arrays.fill(listed, c.a(), c.b(), true);
      }
    }
    List<Candidate> names = new ArrayList<>();
    for (int k = 2; k < words.length; k++) {
      if (!OWNED_THINGS.contains(words[k])) {
        continue;
      }
      int a = k;
      while (a > 0 && k - a < MAX_OWNED_NAME_WORDS && NameWords.isCap(words[a - 1], false)
          && !NameWords.hasPossessive(words[a - 1]) && !listed[a - 1]) {
        a--;
      }
      if (a < k && a > 0 && NameWords.hasPossessive(words[a - 1])) {
        names.add(new Candidate(a, k, null, null, null, false, Candidate.PRIO_EVENT));
      }
    }
    cands.addAll(names);
  }

  /**
   * Adds a candidate without a type over the capitalised words right before a lower-case
   * product word and that word ("Brent crude rose"), when the tagger or the lexicon read them as
   * a place or not at all. A country, an organisation, a ministry, a person or a US state stays
   * a mention: its oil is named after it as a producer ("Iraq crude exports", "Aramco crude",
   * "Texas crude output"), and an adjective "crude" after a name ("Smith crude jokes") is not
   * dropped with a person. As for events, the longest span wins and is then dropped.
   *
   * @param words the sentence's words
   * @param cands the candidates; product names are added
   */
  static void crudeGrades(String[] words, List<Candidate> cands) {
    boolean[] kept = new boolean[words.length];
    for (Candidate c : cands) {
      if (c.type() != null && (c.type() != EntityType.LOCATION || c.usState())) {
        Arrays.fill(kept, c.a(), c.b(), true);
      }
    }
    List<Candidate> names = new ArrayList<>();
    for (int k = 1; k < words.length; k++) {
      if (!PRODUCT_WORDS.contains(words[k])) {
        continue;
      }
      int a = k;
      while (a > 0 && !words[a - 1].isEmpty()
          && Character.isUpperCase(words[a - 1].charAt(0))) {
        a--;
      }
      boolean name = a < k;
      for (int t = a; t < k && name; t++) {
        name = !kept[t];
      }
      if (name) {
        names.add(new Candidate(a, k + 1, null, null, null, false, Candidate.PRIO_EVENT));
      }
    }
    cands.addAll(names);
  }
}
