package dev.lede.entities;

import static dev.lede.entities.NameWords.isPossessive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guideline stage's sports clubs: a town or city named as a team is a club, an organisation
 * ("Liverpool beat Brighton 3-0", "Copenhagen's coach", "his former club, Liverpool", "played
 * for Aberdeen"), where the match is played stays a place ("in Madrid"); and what makes a
 * sentence or a text a sports report. Split from {@link GuidelineRules} when that class reached
 * 700 lines.
 *
 * <p>Thread-safe: holds no state.
 */
final class SportsClubs {

  /** A match score: "2-1", "0–0". */
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-–]\\d{1,3}");
  /** Words that make a sentence a sports report even without a score. */
  private static final Set<String> SPORTS_WORDS = Set.of("match", "game", "goal", "goals",
      "league", "season", "derby", "fixture", "striker", "midfielder", "defender", "goalkeeper",
      "coach", "manager", "penalty", "playoff", "playoffs", "semi-final", "quarter-final",
      "semifinal", "quarterfinal", "stadium", "champions", "relegation", "table", "loanee",
      "loanees");
  /** A team's result, right after its name: "Liverpool beat Brighton". */
  private static final Set<String> RESULT_VERBS = Set.of("beat", "beats", "defeated", "defeat",
      "defeats", "drew", "draw", "draws", "lost", "lose", "loses", "thrashed", "edged", "routed",
      "hammered", "crushed", "overcame", "eliminated", "knocked");
  /** Words right before the other team: "beat Brighton", "drew with Sevilla", "lost to Ajax". */
  private static final Set<String> BEFORE_OPPONENT = Set.of("beat", "beats", "defeated",
      "defeating", "beating", "thrashed", "edged", "routed", "hammered", "crushed", "against",
      "eliminated", "vs", "vs.", "v");
  /** Verbs before "for" or "from" and a player's club: "played for Bergen", "joined from Oslo". */
  private static final Set<String> TRANSFER_VERBS = Set.of("played", "plays", "playing",
      "signed", "signing", "joined");
  /** A team's people and parts, after its possessive: "Copenhagen's coach". */
  private static final Set<String> TEAM_NOUNS = Set.of("coach", "manager", "striker",
      "midfielder", "defender", "goalkeeper", "captain", "squad", "fans", "supporters", "players",
      "forward", "winger", "keeper", "side", "defence", "defense", "attack", "stadium",
      "ground", "boss");
  /** A team's people named right after it, in a sports report: "Liverpool manager Arne Slot". */
  private static final Set<String> TEAM_ROLES = Set.of("coach", "manager", "boss", "striker",
      "midfielder", "defender", "goalkeeper", "captain", "forward", "winger", "keeper", "loanee");
  /**
   * Team roles that no other trade has, which make a town before them a club in a sports report
   * with no name after them ("the league fined the Bergen coach"): a manager may run a bank.
   */
  private static final Set<String> SPORTS_ROLES = Set.of("coach", "striker", "midfielder",
      "defender", "goalkeeper", "winger", "keeper", "loanee", "loanees");

  /**
   * Roles that only sport has, after a team's nickname: "Wild coach", "Frost defenseman". A
   * coach in a sentence of a player's name is a sports coach here ("Greyhound coach" is a bus,
   * and names no player after it).
   */
  private static final Set<String> NICKNAME_ROLES = Set.of("coach", "striker", "midfielder",
      "defender", "goalkeeper", "winger", "keeper", "defenseman", "defenceman", "goalie",
      "goaltender", "quarterback", "linebacker", "pitcher", "shortstop", "outfielder");
  /** A role and a capitalised word, at the start of a text: " defenseman Ryan Holt". */
  private static final Pattern ROLE_AND_NAME = Pattern.compile("\\A\\s+(\\p{L}+)\\s+\\p{Lu}");
  /** The last word of an arena's name, after a word of its own: "Scottrade Center". */
  private static final Pattern VENUE = Pattern.compile("\\S\\s+(?:Center|Centre|Garden|Dome)\\z");
  /** "The" or "the" right before a word: a team's nickname or unit follows ("the Gulls"). */
  static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he\\s+\\z");
  /** A capitalised plural, as teams are nicknamed: "Saints", "Pelicans"; or "76ers". */
  private static final Pattern PLURAL_NAME =
      Pattern.compile("\\p{Lu}\\p{Ll}*[\\p{Ll}&&[^s]]s|\\d+ers");
  /** A capitalised plural before a lower-case word: "Saints coach". */
  private static final Pattern PLURAL_BEFORE_ROLE =
      Pattern.compile("\\b(\\p{Lu}\\p{Ll}*[\\p{Ll}&&[^s]]s) (\\p{Ll}+)\\b");
  /**
   * A capitalised plural alone after "the", no capitalised word after it ("the Saints said"), or
   * a nickname of digits anywhere ("76ers").
   */
  private static final Pattern PLURAL_ALONE = Pattern.compile(
      "\\b[Tt]he (\\p{Lu}\\p{Ll}*[\\p{Ll}&&[^s]]s)\\b(?!\\s+\\p{Lu})|\\b(\\d+ers)\\b");
  /** Words between "rivals" and the rivals named: "rivals are", "rival , Aberdeen". */
  private static final Set<String> RIVALS_LINK = Set.of("are", "is", "include", "including",
      ",", ":");
  /** Whose rivals are clubs, in any sentence: "the club's rivals", "derby rivals". */
  private static final Set<String> RIVALS_OWNER = Set.of("club", "team", "side", "derby");

  /**
   * Capitalised plurals that end names other than a team's: places ("Golan Heights", "Palm
   * Springs"), firms ("Lehman Brothers"), bodies and parties ("Syrian Democratic Forces").
   */
  static final Set<String> NOT_NICKNAMES = Set.of("Heights", "Islands", "Isles",
      "Falls", "Springs", "Hills", "Lakes", "Mountains", "Rapids", "Keys", "Plains", "Highlands",
      "Lowlands", "Woods", "Fields", "Gardens", "Flats", "Sands", "Downs", "Meadows", "Cliffs",
      "Acres", "Estates", "Towers", "Territories", "Provinces", "States", "Emirates", "Nations",
      "Brothers", "Sons", "Partners", "Associates", "Holdings", "Industries", "Systems",
      "Technologies", "Services", "Communications", "Networks", "Solutions", "Resources",
      "Products", "Airlines", "Laboratories", "Labs", "Pharmaceuticals", "Motors", "Forces",
      "Democrats", "Republicans", "Games", "Olympics", "Awards", "Championships", "Affairs",
      "Studies", "Sciences", "Arts", "Rights", "Relations", "Records", "Films", "Pictures",
      "Studios", "Publications", "Times", "News");

  /** A listed place's name and "St.", as a street or a state university's team: "Iowa St.". */
  private static final Pattern PLACE_ST = Pattern.compile("(\\p{Lu}[\\p{L} ]*?) St\\.?");
  /**
   * What comes before a street's name, at the end of the text before it: a house number, a
   * preposition of streets, "corner of" ("400 Iowa St.", "down Kansas St.").
   */
  private static final Pattern STREET_BEFORE = Pattern.compile(
      "(?:\\b\\d+[A-Za-z]?|\\b(?:on|off|along|down|onto|across|up|corner of|block of)"
      + "(?: the)?)\\s+\\z");
  /** The first word of a text: "won" of " won 71-60". */
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
  /** The last word of a text: "beat" of "to beat ". */
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+\\.?)\\s+\\z");

  private SportsClubs() {}

  /**
   * A team's nickname, a capitalised plural ending its name of two words or more, that the text
   * also writes alone after "the" ("The Gulls have lost four straight" after "the Harbor City
   * Gulls"), in a text with a sports word or a score: the name is the club, and so is the
   * nickname alone. Null for none: a listed place ({@code isPlace}), a name with a word in
   * lower case, or a plural that ends other names ({@link #NOT_NICKNAMES}: "the Heights" after
   * "the Golan Heights").
   *
   * @param body the body
   * @param name the name's text
   * @param isPlace whether a phrase is a listed place
   * @return the nickname, or null
   */
  static String pluralNickname(String body, String name, Predicate<String> isPlace) {
    int space = name.lastIndexOf(' ');
    String last = name.substring(space + 1);
    if (space < 0 || !PLURAL_NAME.matcher(last).matches() || NOT_NICKNAMES.contains(last)
        || !allCapitalised(name)
        || isPlace.test(name)) {
      return null;
    }
    Matcher alone = Occurrences.matcher(
        Pattern.compile(Pattern.quote(last) + "\\b(?!\\s+\\p{Lu})"), body);
    Matcher the = Occurrences.matcher(THE_BEFORE, body);
    for (int at = Occurrences.next(body, last, alone, 0); at >= 0;
        at = Occurrences.next(body, last, alone, at + 1)) {
      if (Occurrences.endsAt(body, the, at, "The".length())) {
        return last;
      }
    }
    return null;
  }

  /**
   * A state university's team, which sports writing abbreviates "St.": a listed place and "St."
   * read as a street ("Wichita St. won 71-60", "beat Fresno St.") is the team, an organisation,
   * in a text with a score or a sports word, or where the name itself plays (a result verb after
   * it, an opponent's word before it: then every such name of the text); with no street context
   * before it: a house number ("400 Iowa St."), "on", "down", "along" and the like, "corner of".
   *
   * @param body the body
   * @param found the mentions, in text order
   * @param isPlace whether a phrase is a listed place
   * @param sportsText whether the text has a score or a sports word
   * @return the mentions, such streets as teams, in text order
   */
  static List<TypedMention> universityTeams(String body, List<TypedMention> found,
      Predicate<String> isPlace, boolean sportsText) {
    List<Integer> teams = new ArrayList<>();
    boolean plays = sportsText;
    for (int i = 0; i < found.size(); i++) {
      TypedMention f = found.get(i);
      Matcher m = PLACE_ST.matcher(body.substring(f.start(), f.end()));
      if (f.type() == EntityType.LOCATION && m.matches() && isPlace.test(m.group(1))
          && !STREET_BEFORE.matcher(body.substring(Math.max(0, f.start() - 24), f.start()))
              .find()) {
        teams.add(i);
        String after = body.substring(f.end(), Math.min(body.length(), f.end() + 16));
        String before = body.substring(Math.max(0, f.start() - 12), f.start());
        Matcher verb = NEXT_WORD.matcher(after);
        Matcher opponent = LAST_WORD.matcher(before);
        plays |= verb.lookingAt() && RESULT_VERBS.contains(verb.group(1).toLowerCase(Locale.ROOT))
            || opponent.find()
                && BEFORE_OPPONENT.contains(opponent.group(1).toLowerCase(Locale.ROOT));
      }
    }
    if (!plays || teams.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found);
    for (int i : teams) {
      TypedMention f = found.get(i);
      out.set(i, new TypedMention(f.start(), f.end(), EntityType.ORGANIZATION, null, null,
          false));
    }
    return out;
  }

  /** Whether every word of a name opens with a capital, or is a nickname of digits ("76ers"). */
  private static boolean allCapitalised(String name) {
    for (String w : name.split("\\s+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.matches("\\d+ers")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A town or city that plays: in a sports report, a place named as a team ("Liverpool beat
   * Brighton 3-0", "drew with Sevilla", "a 1-0 win over Bournemouth", "Copenhagen's coach") is
   * a sports club, an organisation, and so is one "coached by" someone, named as a club, or that
   * a player "played for", "signed for" or "joined from" in any sentence ("Dortmund, coached by
   * Edin Terzić,", "his former club, Liverpool", "later played for Aberdeen and Hibernian"); a
   * country stays a country ("Spain beat Italy": its national team), and a place where the match
   * is played stays a place ("in Madrid").
   *
   * @param words the sentence's words
   * @param kept the kept candidates, in text order; places that play are replaced
   */
  static void clubs(String[] words, List<Candidate> kept) {
    Boolean sports = null; // read once, and only for a sentence with a place in it
    int listEnd = -1; // the end of the last club of a list: "played for", "rivals are"
    for (int k = 0; k < kept.size(); k++) {
      Candidate c = kept.get(k);
      if (c.type() != EntityType.LOCATION || c.usState()) {
        continue;
      }
      if (sports == null) {
        sports = sportsCues(Arrays.asList(words)) > 0; // a score or a sports word
      }
      int a = c.a();
      int b = c.b();
      String last = words[b - 1];
      boolean owner = !NameFeatures.stripPossessive(last).equals(last);
      int after = owner ? b : b < words.length && isPossessive(words[b]) ? b + 1 : -1;
      boolean team = after >= 0 && after < words.length
          && TEAM_NOUNS.contains(words[after].toLowerCase(Locale.ROOT));
      // "Dortmund, coached by Edin Terzić,": a place is coached by no one
      int by = b < words.length && words[b].equals(",") ? b + 1 : b;
      team |= !owner && by + 1 < words.length && words[by + 1].equals("by")
          && (words[by].equals("coached") || words[by].equals("managed") && sports);
      // "his former club, Liverpool", "boyhood club Everton": named as a club, in any sentence;
      // so is a demonym's side ("the Scottish side Aberdeen", "a Danish side, Aarhus,")
      int club = a > 0 && words[a - 1].equals(",") ? a - 2 : a - 1;
      team |= club >= 0 && words[club].equalsIgnoreCase("club")
          || club >= 2 && words[club].equals("side") && NameWords.isCap(words[club - 1], false)
              && (words[club - 2].equals("the") || words[club - 2].equals("a"));
      if (sports && !owner) {
        String before = a > 0 ? words[a - 1].toLowerCase(Locale.ROOT) : "";
        int v = a - 2; // the verb before "with" or "to", past a score ("drew 1-1 with")
        while (v > 0 && SCORE.matcher(words[v]).matches()) {
          v--;
        }
        String before2 = v >= 0 ? words[v].toLowerCase(Locale.ROOT) : "";
        team |= b < words.length && RESULT_VERBS.contains(words[b].toLowerCase(Locale.ROOT))
            || BEFORE_OPPONENT.contains(before)
            || before.equals("with") && (before2.equals("drew") || before2.equals("draw")
                || before2.equals("derby"))
            || before.equals("to") && (before2.equals("lost") || before2.equals("lose")
                || before2.equals("losing"))
            || before.equals("over") && (before2.equals("win") || before2.equals("victory"))
            || before.equals("joined")
            || b + 1 < words.length && TEAM_ROLES.contains(words[b].toLowerCase(Locale.ROOT))
                && Character.isUpperCase(words[b + 1].charAt(0))
            || b < words.length && SPORTS_ROLES.contains(words[b].toLowerCase(Locale.ROOT));
      }
      // a player's clubs, in any sentence ("played for Bergen and Tromso", "joined from Oslo"),
      // and a club's rivals ("the club's main rivals are St Mirren and Morton")
      boolean moved = !owner && a > 1 && (TRANSFER_VERBS.contains(words[a - 2])
          && (words[a - 1].equals("for") || words[a - 1].equals("from"))
          || (words[a - 1].equals("and") || words[a - 1].equals(",")) && listEnd == a - 1
          || clubRivals(words, a, sports));
      listEnd = moved ? b : -1;
      if (team || moved) {
        kept.set(k, new Candidate(a, b, EntityType.ORGANIZATION, null, null, false,
            c.priority(), c.endChar()));
      }
    }
  }

  /**
   * A team's nickname before a player's role and name is a club: "Wild coach Bruce Boudreau",
   * "Frost defenseman Ryan Holt". Nicknames are common words ("Wild", "Heat", "Frost") or
   * surnames, which the model reads as nothing or as a person; a person before a role and
   * another person is no English. One capitalised word (a proper noun) inside the sentence,
   * after no other capitalised word ("Head coach Sean Payton" opens a sentence), where no
   * candidate or a one-word person the model guessed stands, before a role only sport has
   * ({@link #NICKNAME_ROLES}) and a person's name.
   *
   * @param words the sentence's words
   * @param pos the sentence's parts of speech
   * @param kept the kept candidates, in text order; such clubs are added or replace the person
   */
  static void teamsBeforeRoles(String[] words, String[] pos, List<Candidate> kept) {
    for (int i = 1; i + 2 < words.length; i++) {
      if (!NICKNAME_ROLES.contains(words[i + 1].toLowerCase(Locale.ROOT))
          || !"PROPN".equals(pos[i]) || !NameWords.isCap(words[i], false)
          || NameWords.isCap(words[i - 1], false)) {
        continue;
      }
      int at = -1; // the candidate over the nickname
      boolean player = false;
      boolean free = true;
      for (int k = 0; k < kept.size(); k++) {
        Candidate c = kept.get(k);
        if (c.a() <= i && c.b() > i) {
          at = k;
          free = c.a() == i && c.b() == i + 1 && c.type() == EntityType.PERSON
              && c.priority() == Candidate.PRIO_MODEL && c.canonical() == null;
        } else if (c.a() <= i + 1 && c.b() > i + 1) {
          free = false;
        }
        player |= c.a() == i + 2 && c.type() == EntityType.PERSON;
      }
      if (!free || !player) {
        continue;
      }
      Candidate club = new Candidate(i, i + 1, EntityType.ORGANIZATION, null, null, false,
          Candidate.PRIO_MODEL);
      if (at >= 0) {
        kept.set(at, club);
      } else {
        int k = 0;
        while (k < kept.size() && kept.get(k).a() < i) {
          k++;
        }
        kept.add(k, club);
      }
    }
  }

  /**
   * Whether a role only sport has and a capitalised word come right after {@code end}: "Wild"
   * of "Wild defenseman Ryan Holt" names the club, also first in a sentence.
   *
   * @param body the body
   * @param end the end of a word
   * @return whether a sports role and a name follow
   */
  static boolean beforeRoleAndName(String body, int end) {
    Matcher m = ROLE_AND_NAME.matcher(body).region(end, body.length());
    return m.lookingAt() && NICKNAME_ROLES.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * A sports report's venues: an organisation of two words or more that ends in "Center",
   * "Centre", "Garden" or "Dome" is the arena where the teams play, a facility and so a place
   * ("in front of 15,522 in KeyBank Center", "the Smith Center rafters"); its sponsor's name
   * made the model read a company. Listed organisations keep their type.
   *
   * @param body the body of a text that is a sports report
   * @param found the mentions, in text order
   * @return the mentions, venues as places, in text order
   */
  static List<TypedMention> venues(String body, List<TypedMention> found) {
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      boolean venue = f.type() == EntityType.ORGANIZATION && f.canonical() == null
          && VENUE.matcher(text).find();
      out.add(venue ? new TypedMention(f.start(), f.end(), EntityType.LOCATION, null, null, false)
          : f);
    }
    return out;
  }

  /**
   * A sports report's teams named by town and nickname: a listed town or city right before a
   * capitalised plural that the report uses as a team (an organisation of its own, "the Saints
   * said", before a role only sport has, "Saints coach", written alone after "the", or of digits,
   * "76ers") is one club, the whole span ("The New Orleans Saints placed", "the Boston Pilgrims
   * signed" read as a town and a club, or as the club alone).
   *
   * @param body the body of a text that is a sports report
   * @param found the mentions, in text order
   * @param town whether a phrase is a listed town, city or region
   * @return the mentions, such towns and nicknames as one club, in text order
   */
  static List<TypedMention> townTeams(String body, List<TypedMention> found,
      Predicate<String> town) {
    Set<String> teams = new HashSet<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (f.type() == EntityType.ORGANIZATION && PLURAL_NAME.matcher(text).matches()) {
        teams.add(text);
      }
    }
    Matcher role = PLURAL_BEFORE_ROLE.matcher(body);
    while (role.find()) {
      if (NICKNAME_ROLES.contains(role.group(2).toLowerCase(Locale.ROOT))) {
        teams.add(role.group(1));
      }
    }
    // a plural the report also writes alone after "the" ("The Saints face Seattle"), or one of
    // digits ("76ers"): the model often finds neither the nickname nor the whole name
    Matcher alone = PLURAL_ALONE.matcher(body);
    while (alone.find()) {
      String plural = alone.group(1) != null ? alone.group(1) : alone.group(2);
      if (!NOT_NICKNAMES.contains(plural) && !town.test(plural)) {
        teams.add(plural);
      }
    }
    List<TypedMention> out = new ArrayList<>(found);
    for (String team : teams) {
      Matcher m = Occurrences.matcher(
          Pattern.compile("\\b" + Pattern.quote(team) + "\\b"), body);
      for (int at = Occurrences.next(body, team, m, 0); at >= 0;
          at = Occurrences.next(body, team, m, m.end())) {
        int a = townBefore(body, at, town);
        int e = m.end();
        // a name found whole keeps what the lists say of it ("Kansas City Chiefs")
        if (a < 0 || out.stream().anyMatch(f -> f.start() < e && f.end() > a
            && (f.start() <= a && f.end() >= e || f.type() == EntityType.PERSON))) {
          continue;
        }
        out.removeIf(f -> f.start() < e && f.end() > a);
        out.add(new TypedMention(a, e, EntityType.ORGANIZATION, null, null, false));
      }
    }
    out.sort(Comparator.comparingInt(TypedMention::start));
    return out;
  }

  /**
   * The start of the longest listed town of one to three capitalised words that ends one space
   * before {@code at}, or -1 for none.
   */
  private static int townBefore(String body, int at, Predicate<String> town) {
    int best = -1;
    int end = at - 1;
    if (end < 1 || body.charAt(end) != ' ') {
      return -1;
    }
    int start = end;
    for (int words = 0; words < 3; words++) {
      int s = start;
      while (s > 0 && Character.isLetter(body.charAt(s - 1))) {
        s--;
      }
      if (s == start || !Character.isUpperCase(body.charAt(s))) {
        break;
      }
      if (town.test(body.substring(s, end))) {
        best = s;
      }
      if (s < 2 || body.charAt(s - 1) != ' ') {
        break;
      }
      start = s - 1;
    }
    return best;
  }

  /**
   * Whether the place at {@code a} is named as rivals, "rivals are" or "rival ," right before
   * it, that are a club's: in a sports report, or with a club, team, side or derby among the
   * three words before "rivals" ("the club's main rivals are", "their derby rivals include");
   * a city's rivals may be cities.
   */
  private static boolean clubRivals(String[] words, int a, boolean sports) {
    int r = a - 1;
    if (r >= 0 && RIVALS_LINK.contains(words[r].toLowerCase(Locale.ROOT))) {
      r--;
    }
    if (r < 0 || !(words[r].equalsIgnoreCase("rivals") || words[r].equalsIgnoreCase("rival"))) {
      return false;
    }
    boolean clubs = sports;
    for (int k = r - 1; k >= Math.max(0, r - 3) && !clubs; k--) {
      clubs = RIVALS_OWNER.contains(
          NameFeatures.stripPossessive(words[k]).toLowerCase(Locale.ROOT));
    }
    return clubs;
  }

  /**
   * How many scores ("3-0"), sports words ("league", "coach") and shoot-outs ("won on
   * penalties": penalties alone may be a court's) a text's words hold.
   */
  static int sportsCues(List<String> words) {
    int cues = 0;
    String previous = "";
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (SCORE.matcher(w).matches() || SPORTS_WORDS.contains(lower)
          || lower.equals("penalties") && previous.equals("on")) {
        cues++;
      }
      previous = lower;
    }
    return cues;
  }
}
