package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The document stage's teams named by their nickname alone in a sports report: a one-word
 * nickname is the club whose full name ends in it ("Saints" in a headline before "the New Orleans
 * Saints"). Finding nicknames after a lower-case "the" ("a loss to the Stingrays") was tried in
 * stop 48 and dropped: it added three false organisations to the held-out gold half.
 *
 * <p>Thread-safe: stateless.
 */
final class TeamNicknames {

  /** A nickname: a capitalised plural ("Saints", "Foxhounds") or digits and "ers" ("76ers"). */
  private static final Pattern NICKNAME =
      Pattern.compile("\\p{Lu}\\p{Ll}*[\\p{Ll}&&[^s]]s|\\d+ers");

  private TeamNicknames() {}

  /**
   * The mentions with each one-word nickname that names no entity yet joined to the club whose
   * full name ends in it, wherever the text writes that name ("Saints" in a headline before "the
   * New Orleans Saints"). Run after the town and nickname are joined ({@link
   * SportsClubs#townTeams}).
   *
   * @param body the body of a text that is a sports report
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> withFullNames(String body, List<TypedMention> found) {
    Map<String, TypedMention> fullNames = new HashMap<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      int space = text.lastIndexOf(' ');
      if (f.type() == EntityType.ORGANIZATION && space > 0) {
        fullNames.putIfAbsent(text.substring(space + 1), f);
      }
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      TypedMention full = f.type() == EntityType.ORGANIZATION && f.canonical() == null
          ? fullNames.get(body.substring(f.start(), f.end())) : null;
      out.add(full == null || !NICKNAME.matcher(body.substring(f.start(), f.end())).matches() ? f
          : new TypedMention(f.start(), f.end(), f.type(), DocumentPass.reference(full), null,
              false));
    }
    return out;
  }
}
