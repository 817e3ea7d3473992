package dev.lede.entities;

import java.util.Set;

/**
 * Prepositions of place that open a sentence before a name and a comma: "Near Tessama, three
 * strikes destroyed a bunker", "Outside Korvane, troops advanced". Military strike reports list
 * their targets this way line after line; the tagger took the capitalised preposition into the
 * place ("Near Tessama") or read an unfamiliar place after it as a person ("Near Al Shadaddi").
 * The guidelines make the place alone the mention.
 *
 * <p>Stateless; safe to share across threads.
 */
final class OpeningPrepositions {

  /** Prepositions of place, capitalised, that may open a sentence before a place. */
  private static final Set<String> PREPOSITIONS = Set.of("Near", "Outside", "Inside", "Across",
      "Around", "Beyond", "Along", "Throughout", "Within", "Towards", "Toward");
  /** Compass words after which a preposition's word is part of a name: "Near East". */
  private static final Set<String> COMPASS = Set.of("East", "West", "North", "South");

  private OpeningPrepositions() {}

  /**
   * Where the name of a span {@code [a, b)} begins once a preposition of place that opens the
   * sentence and the span is left outside: {@code a + 1} for "Near Tessama ," where a comma
   * follows the span, else {@code a} ("Near East experts", "Inside Edition reported").
   */
  static int nameStart(String[] words, int a, int b) {
    return b - a >= 2 && opensSentence(words, a) && PREPOSITIONS.contains(words[a])
        && !COMPASS.contains(words[a + 1]) && Character.isUpperCase(words[a + 1].charAt(0))
        && commaAfter(words, b) ? a + 1 : a;
  }

  /**
   * Whether the name at {@code [a, b)} is placed by a preposition of place that opens the
   * sentence right before it, with a comma after it: "Near Al Shadaddi, one strike".
   */
  static boolean placed(String[] words, int a, int b) {
    return a >= 1 && opensSentence(words, a - 1) && PREPOSITIONS.contains(words[a - 1])
        && commaAfter(words, b);
  }

  /** Whether no word with a letter or digit comes before token {@code t}: a bullet may. */
  private static boolean opensSentence(String[] words, int t) {
    for (int i = 0; i < t; i++) {
      if (words[i].chars().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return true;
  }

  private static boolean commaAfter(String[] words, int b) {
    return b < words.length && words[b].equals(",");
  }
}
