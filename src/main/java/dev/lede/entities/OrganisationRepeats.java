package dev.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document stage's repeats of organisations named by several words: where one sentence found
 * "Silver Anchor" as an organisation, the same words written again elsewhere, where no sentence
 * found anything, are that organisation too ("She fought Silver Anchor for years", "Silver
 * Anchor's lawyers said"). The guidelines make every occurrence a mention, and a name the model
 * never saw is often found only where its context says what it is ("her label Silver Anchor").
 * One-word names are the document pass's own, with their cautions about common words. A repeat
 * counts only as a whole name: no capitalised word right before it (an article aside) or after
 * it ("New Silver Anchor", "Silver Anchor Records"), and not in a headline.
 *
 * <p>Thread-safe: holds no state.
 */
final class OrganisationRepeats {

  /** Articles, capitalised first in a sentence, that may stand before a repeated name. */
  private static final Set<String> ARTICLES = Set.of("The", "A", "An");
  /** The most words of a repeated name. */
  private static final int MAX_WORDS = 5;

  private OrganisationRepeats() {}

  /**
   * Adds the uncovered repeats of the text's organisations of two words or more.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @param headlines the start and end offsets of the sentences written in headline case
   * @return the mentions and the repeats, in text order
   */
  static List<TypedMention> withRepeats(String body, List<TypedMention> found,
      List<int[]> headlines) {
    Map<String, TypedMention> names = new LinkedHashMap<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (f.type() == EntityType.ORGANIZATION && isName(text)
          && !DocumentFilters.inside(f.start(), headlines)) {
        names.putIfAbsent(text, f);
      }
    }
    if (names.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found);
    for (Map.Entry<String, TypedMention> e : names.entrySet()) {
      String name = e.getKey();
      for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
        int end = at + name.length();
        if (standsAlone(body, at, end) && !DocumentFilters.inside(at, headlines)
            && !overlaps(out, at, end)) {
          TypedMention def = e.getValue();
          out.add(new TypedMention(at, end, EntityType.ORGANIZATION, DocumentPass.reference(def),
              null, false));
        }
      }
    }
    if (out.size() == found.size()) {
      return found;
    }
    out.sort(Comparator.comparingInt(TypedMention::start));
    return out;
  }

  /**
   * Whether a mention's text is a name of two to {@value #MAX_WORDS} words, the first and last
   * capitalised: "Silver Anchor", "Bank of Arden", not "Kesmark" nor "the firm".
   */
  private static boolean isName(String text) {
    String[] words = text.split(" ");
    return words.length >= 2 && words.length <= MAX_WORDS
        && Character.isUpperCase(words[0].charAt(0))
        && Character.isUpperCase(words[words.length - 1].charAt(0))
        && text.chars().noneMatch(c -> c == '\n');
  }

  /**
   * Whether the words at [start, end) are a whole name: no letter or digit against either end, no
   * capitalised word before them but an article, and none after them, a possessive aside.
   */
  private static boolean standsAlone(String body, int start, int end) {
    if (start > 0 && Character.isLetterOrDigit(body.charAt(start - 1))
        || end < body.length() && Character.isLetterOrDigit(body.charAt(end))) {
      return false;
    }
    int b = start - 1;
    while (b >= 0 && body.charAt(b) == ' ') {
      b--;
    }
    int a = b;
    while (a >= 0 && Character.isLetter(body.charAt(a))) {
      a--;
    }
    String before = body.substring(a + 1, b + 1);
    if (!before.isEmpty() && Character.isUpperCase(before.charAt(0))
        && !ARTICLES.contains(before)) {
      return false;
    }
    int n = end;
    if (n < body.length() && (body.charAt(n) == '\'' || body.charAt(n) == '’')) {
      return true; // "Silver Anchor's lawyers", "Silver Anchor' shares"
    }
    while (n < body.length() && body.charAt(n) == ' ') {
      n++;
    }
    return n >= body.length() || !Character.isUpperCase(body.charAt(n));
  }

  /** Whether a mention overlaps [start, end). */
  private static boolean overlaps(List<TypedMention> mentions, int start, int end) {
    for (TypedMention m : mentions) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    return false;
  }
}
