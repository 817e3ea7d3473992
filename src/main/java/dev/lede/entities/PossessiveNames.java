package dev.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The document stage's names with a possessive inside: an organisation the text names whole with
 * an "'s" inside ("Sam's Club", "Macy's Parade Fund") is that organisation wherever the text
 * writes it again and a sentence read only a part of it, the part after the possessive as a
 * place or the owner's name as a person ("outside Bloomington Sam's Club" gave the place "Club",
 * "a Sam's Club spokesperson" the person "Sam"). The longest name wins ({@code
 * ENTITY-GUIDELINES.md}); a sentence that found nothing there is left as it is.
 *
 * <p>Thread-safe: holds no state.
 */
final class PossessiveNames {

  /** A possessive between two capitalised words inside a name: "Sam's Club". */
  private static final Pattern INSIDE = Pattern.compile("\\p{L}['’]s\\s+\\p{Lu}");

  private PossessiveNames() {}

  /**
   * The mentions with each part of such an organisation's name replaced by the organisation.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> whole(String body, List<TypedMention> found) {
    Map<String, TypedMention> names = new LinkedHashMap<>(); // the first of each text
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (f.type() == EntityType.ORGANIZATION && INSIDE.matcher(text).find()) {
        names.putIfAbsent(text, f);
      }
    }
    if (names.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found);
    for (Map.Entry<String, TypedMention> name : names.entrySet()) {
      String text = name.getKey();
      for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
        int a = at;
        int e = at + text.length();
        boolean word = (a == 0 || !Character.isLetterOrDigit(body.charAt(a - 1)))
            && (e == body.length() || !Character.isLetterOrDigit(body.charAt(e)));
        // only parts inside the name, none reaching beyond it, and at least one
        boolean parts = word && out.stream().anyMatch(f -> f.start() >= a && f.end() <= e
            && (f.start() > a || f.end() < e))
            && out.stream().noneMatch(f -> f.start() < e && f.end() > a
                && (f.start() < a || f.end() > e || f.start() == a && f.end() == e));
        if (parts) {
          out.removeIf(f -> f.start() >= a && f.end() <= e);
          out.add(new TypedMention(a, e, EntityType.ORGANIZATION,
              DocumentPass.reference(name.getValue()), null, false));
        }
      }
    }
    out.sort(Comparator.comparingInt(TypedMention::start));
    return out;
  }
}
