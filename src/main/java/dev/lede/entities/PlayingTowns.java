package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The document stage's towns that play in a sports report, read across its sentences: a place
 * named as the opponent ("in Thursday's overtime loss to Omaha", "the final two games against
 * Tulsa and Wichita") or with its win-loss record ("Fresno (10-5) leads the division") is a
 * club, an organisation, as the guidelines make sports clubs; {@link SportsClubs#clubs} reads
 * the same cues only in a sentence with a score or a sports word of its own, which a report's
 * sentences often lack. Where the match is played stays a place ("a loss at Omaha", "fans in
 * Omaha").
 *
 * <p>Thread-safe: stateless.
 */
final class PlayingTowns {

  /**
   * What names the opponent right before a team: "loss to", "losses to", "a 24-17 defeat to",
   * "against", "beat", "a victory over", "vs.".
   */
  private static final Pattern OPPONENT_BEFORE = Pattern.compile("(?:\\b(?:loss|losses|lost"
      + "|lose|losing|defeat|setback)(?:\\s+\\d{1,3}\\s?[-–]\\s?\\d{1,3})?\\s+to|\\bagainst"
      + "|\\bbeat|\\bbeats|\\bbeating|\\bdefeated|\\bdefeating|\\b(?:win|wins|victory)\\s+over"
      + "|\\bvs\\.?|\\bversus)\\s+\\z");
  /** A team's win-loss record or result right after it: " (10-5)", " beat", " won". */
  private static final Pattern RESULT_AFTER = Pattern.compile("\\A\\s*(?:\\(\\s*\\d{1,3}\\s?"
      + "[-–]\\s?\\d{1,3}(?:\\s?[-–]\\s?\\d{1,3})?\\s*\\)|(?:beat|beats|defeated|edged|routed"
      + "|won|host|hosts)\\b)");
  /** A place preposition right before a mention: "at Omaha", "in Omaha (10-5)". */
  private static final Pattern PLACE_BEFORE = Pattern.compile(
      "\\b(?:in|at|near|from|to|into|outside|of)\\s+\\z");
  /** Joins another team to a list: "against Tulsa and Wichita", "losses to Reno, Omaha". */
  private static final Pattern LIST_JOIN = Pattern.compile("\\A\\s*(?:,|and|or|,\\s*and)\\s*\\z");
  /** A team's unit after "the" and its name: "the Fresno defense", "the Omaha bench". */
  private static final Pattern UNIT_AFTER = Pattern.compile("\\A\\s+(?:offense|offence|defense"
      + "|defence|secondary|backfield|bench|roster|lineup|franchise)\\b");
  /** A possessive right before the next mention: "Wichita's Sam Lyle". */
  private static final Pattern POSSESSIVE = Pattern.compile("\\A['’]s\\s+\\z");
  /** A person's team in parentheses after the name: "Lee Varga (Omaha)". */
  private static final Pattern OPEN = Pattern.compile("\\A\\s*\\(\\s*\\z");
  /** How far before a mention, in chars, the cues are sought. */
  private static final int WINDOW = 30;

  private PlayingTowns() {}

  /**
   * The mentions with a sports report's places that play as clubs: a place (a city, town or
   * region the model or the lists found; a country stays one, "Spain beat Italy" being its
   * national team) after {@link #OPPONENT_BEFORE} or before {@link #RESULT_AFTER}, without a
   * place preposition right before it, beside a person as the person's team ("Lee Varga
   * (Omaha)", "Wichita's Sam Lyle"), between "the" and a team's unit ("the Fresno defense"),
   * and a place joined to such a club by "and" or a comma;
   * each joins the club whose full name the place opens ("Indianapolis Colts").
   *
   * @param body the body of a text that is a sports report
   * @param found the mentions, in text order
   * @return the mentions, such places as clubs, in text order
   */
  static List<TypedMention> apply(String body, List<TypedMention> found) {
    // the club's full name, where the text writes one: "Indianapolis" is the "Indianapolis Colts"
    Map<String, TypedMention> teams = new HashMap<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      for (int space = text.indexOf(' '); space > 0 && f.type() == EntityType.ORGANIZATION;
          space = text.indexOf(' ', space + 1)) {
        teams.putIfAbsent(text.substring(0, space), f);
      }
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    TypedMention lastClub = null; // a club named as the opponent, which a list may go on from
    for (int i = 0; i < found.size(); i++) {
      TypedMention f = found.get(i);
      String before = body.substring(Math.max(0, f.start() - WINDOW), f.start());
      boolean opponent = OPPONENT_BEFORE.matcher(before).find();
      boolean listed = lastClub != null
          && LIST_JOIN.matcher(body.substring(lastClub.end(), f.start())).matches();
      TypedMention g = f;
      if (f.type() == EntityType.LOCATION && (opponent || listed
          || !PLACE_BEFORE.matcher(before).find() && RESULT_AFTER.matcher(body)
              .region(f.end(), Math.min(body.length(), f.end() + WINDOW)).lookingAt()
          || besidePerson(body, found, i)
          || SportsClubs.THE_BEFORE.matcher(before).find() && UNIT_AFTER.matcher(body)
              .region(f.end(), Math.min(body.length(), f.end() + WINDOW)).lookingAt())) {
        TypedMention team = teams.get(body.substring(f.start(), f.end()));
        g = new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION,
            team == null ? null : DocumentPass.reference(team), null, false);
      }
      out.add(g);
      lastClub = g.type() == EntityType.ORGANIZATION && (opponent || listed) ? g : null;
    }
    return out;
  }

  /**
   * Whether mention i is a person's team: alone in parentheses right after the person ("Lee
   * Varga (Omaha)") or with a possessive right before one ("Wichita's Sam Lyle"), after no place
   * preposition.
   */
  private static boolean besidePerson(String body, List<TypedMention> found, int i) {
    TypedMention f = found.get(i);
    TypedMention previous = i > 0 ? found.get(i - 1) : null;
    TypedMention next = i + 1 < found.size() ? found.get(i + 1) : null;
    boolean inParentheses = previous != null && previous.type() == EntityType.PERSON
        && OPEN.matcher(body.substring(previous.end(), f.start())).matches()
        && body.startsWith(")", skipSpaces(body, f.end()));
    // "in Omaha's Kelby County" is the place, whatever the model read after it
    return inParentheses || next != null && next.type() == EntityType.PERSON
        && POSSESSIVE.matcher(body.substring(f.end(), next.start())).matches()
        && !PLACE_BEFORE.matcher(body.substring(Math.max(0, f.start() - WINDOW), f.start()))
            .find();
  }

  /** The first offset at or after {@code at} that is no space. */
  private static int skipSpaces(String body, int at) {
    int i = at;
    while (i < body.length() && body.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
