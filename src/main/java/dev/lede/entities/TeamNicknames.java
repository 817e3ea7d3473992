package dev.lede.entities;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The document stage's teams named by their nickname alone in a sports report: a capitalised
 * plural that the text writes after a lower-case "the" ("lost to the Stingrays", "the 76ers
 * dropped their third game") is a club, an organisation, wherever the text writes it ("Kestrels
 * place Ola Brann on injured reserve"). The model reads such nicknames as nothing where no town
 * comes before them; {@link SportsClubs#townTeams} then joins a town right before one ("New
 * Orleans Saints").
 *
 * <p>Thread-safe: stateless.
 */
final class TeamNicknames {

  /** A nickname: a capitalised plural ("Saints", "Foxhounds") or digits and "ers" ("76ers"). */
  private static final Pattern NICKNAME =
      Pattern.compile("\\p{Lu}\\p{Ll}*[\\p{Ll}&&[^s]]s|\\d+ers");

  private TeamNicknames() {}

  /**
   * The mentions with a sports report's nicknames added as organisations where no mention
   * stands. A nickname is written after a lower-case "the" at least once, found there as an
   * organisation or not at all, and before no
   * capitalised word there ("the Saints", not "the Saints Row"); not a plural that ends other
   * names ({@link SportsClubs#NOT_NICKNAMES}), a religious or ethnic group ("the Kurds"), a word
   * the lists know (a demonym, "the Americans"; a place, "the Philippines") or one the text also
   * writes in lower case ("the Pilgrims" beside "pilgrims").
   *
   * @param body the body of a text that is a sports report
   * @param lowerBody the body in lower case
   * @param found the mentions, in text order
   * @param tokens the body's tokens, in text order
   * @param listed whether the lists know a word
   * @return the mentions, nicknames added, in text order
   */
  static List<TypedMention> find(String body, String lowerBody, List<TypedMention> found,
      List<Token> tokens, Predicate<String> listed) {
    boolean[] covered = covered(found, tokens);
    Set<String> nicknames = new HashSet<>();
    for (int i = 1; i < tokens.size(); i++) {
      String w = NameFeatures.stripPossessive(tokens.get(i).text());
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
      if ((!covered[i] || oneWordOrganisation(found, tokens.get(i), w))
          && tokens.get(i - 1).text().equals("the") && NICKNAME.matcher(w).matches()
          && (next.isEmpty() || !Character.isUpperCase(next.charAt(0)))
          && !SportsClubs.NOT_NICKNAMES.contains(w)
          && !NameWords.GROUP_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !listed.test(w)
          // "76ers" has no lower-case form of its own
          && !(Character.isUpperCase(w.charAt(0))
              && DocumentPass.writtenInLowerCase(body, lowerBody, w))) {
        nicknames.add(w);
      }
    }
    if (nicknames.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = NameFeatures.stripPossessive(t.text());
      if (!covered[i] && nicknames.contains(w)) {
        out.add(new TypedMention(t.start(), t.start() + w.length(), EntityType.ORGANIZATION,
            null, null, false));
      }
    }
    out.sort(Comparator.comparingInt(TypedMention::start));
    return out;
  }

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

  /** Whether the mention over a token is an organisation of that one word ("the Sabres"). */
  private static boolean oneWordOrganisation(List<TypedMention> found, Token t, String w) {
    for (TypedMention f : found) {
      if (f.start() == t.start() && f.end() == t.start() + w.length()) {
        return f.type() == EntityType.ORGANIZATION;
      }
    }
    return false;
  }

  /** Which tokens a mention overlaps. */
  private static boolean[] covered(List<TypedMention> found, List<Token> tokens) {
    boolean[] covered = new boolean[tokens.size()];
    int next = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (next < found.size() && found.get(next).end() <= t.start()) {
        next++;
      }
      covered[i] = next < found.size() && found.get(next).start() < t.end();
    }
    return covered;
  }
}
