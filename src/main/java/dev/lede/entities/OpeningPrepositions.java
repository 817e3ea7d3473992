package dev.lede.entities;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.List;
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

  /** Most words of a name after an opening preposition: "Near Abu Kamal al-Sharqi,". */
  private static final int MAX_NAME_WORDS = 4;

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

  /**
   * The document stage's places after an opening preposition that no sentence found: where the
   * text lists places line by line, each opened by a preposition of place and closed by a comma
   * ("Near Tessama, three strikes destroyed a bunker. Near Hamid Dulaim, one strike destroyed a
   * tank."), and some line's name is a place mention, each other line's capitalised name of that
   * form that no mention covers is a place too: the tagger, which knows few such towns, may give
   * no span for one of them. A text without such a placed line gains nothing ("Around Christmas,
   * shoppers").
   *
   * @param body the text
   * @param out the text's mentions, in text order
   * @param tokens the body's tokens, in text order
   * @return the places to add, in text order
   */
  static List<TypedMention> unfound(String body, List<TypedMention> out, List<Token> tokens) {
    List<int[]> open = new ArrayList<>(); // [first, end) token ranges of the names
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (!PREPOSITIONS.contains(tokens.get(i).text()) || !opensLine(body, tokens, i)
          || COMPASS.contains(tokens.get(i + 1).text())) {
        continue;
      }
      int k = i + 1;
      while (k < tokens.size() && k - i - 1 < MAX_NAME_WORDS && capitalised(tokens.get(k).text())
          && onlySpaces(body, tokens.get(k - 1).end(), tokens.get(k).start())) {
        k++;
      }
      if (k > i + 1 && k < tokens.size() && tokens.get(k).text().equals(",")) {
        open.add(new int[] {i, k});
      }
    }
    boolean placed = false;
    List<int[]> bare = new ArrayList<>();
    for (int[] r : open) {
      int start = tokens.get(r[0] + 1).start();
      int end = tokens.get(r[1] - 1).end();
      boolean covered = false;
      for (TypedMention m : out) {
        if (m.start() == start && m.end() == end && (m.type() == EntityType.LOCATION
            || m.type() == EntityType.COUNTRY)) {
          placed = true;
        }
        covered |= m.start() < end && m.end() > tokens.get(r[0]).start();
      }
      if (!covered) {
        bare.add(new int[] {start, end});
      }
    }
    List<TypedMention> places = new ArrayList<>();
    if (placed) {
      for (int[] r : bare) {
        places.add(new TypedMention(r[0], r[1], EntityType.LOCATION, null, null, false));
      }
    }
    return places;
  }

  /**
   * Whether token {@code i} opens a sentence or a line: the text's first word, or one after a
   * sentence's end or a line break with no word between.
   */
  private static boolean opensLine(String body, List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String w = tokens.get(j).text();
      if (w.chars().anyMatch(Character::isLetterOrDigit)) {
        return body.substring(tokens.get(j).end(), tokens.get(i).start()).indexOf('\n') >= 0;
      }
      if (w.equals(".") || w.equals("!") || w.equals("?")
          || body.substring(tokens.get(j).end(), tokens.get(j + 1).start()).indexOf('\n') >= 0) {
        return true;
      }
    }
    return true;
  }

  private static boolean capitalised(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
  }

  private static boolean onlySpaces(String body, int from, int to) {
    return body.substring(from, to).chars().allMatch(c -> c == ' ');
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
