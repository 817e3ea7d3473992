package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles of works in quotation marks, which the guidelines make no entities, and whose words are
 * no mentions either: "the song “Glasgow”", "the television show “Nashville”", "the “Melvin and
 * Howard” star", "a role in “War & Peace”" name a song, a show, a film and a novel, not a city,
 * two people and an organisation. A quotation is read as a title only where a word for a work
 * (song, album, film, show, series, book, novel, play...) or "titled" / "called" stands right
 * before it, or a word for the people of a work (star, actor, director, author...) right after
 * it, so that a quoted nickname ("knew him as “Ogge”") or a quoted word stays as it is.
 *
 * <p>Thread-safe: holds no state.
 */
final class WorkTitles {

  /** Words for works, and for naming one, before a quoted title (one or two words between). */
  private static final String WORK_BEFORE = "(?:song|single|album|track|hit|ballad|anthem|film"
      + "|movie|documentary|show|series|sitcom|drama|miniseries|episode|programme|program"
      + "|podcast|book|novel|memoir|biography|play|musical|opera|ballet|poem|painting|game"
      + "|titled|entitled|called|adaptation\\s+of|role\\s+in|starred\\s+in|starring\\s+in)";
  /** A quoted title, in straight or curly double quotes, of at most 8 words. */
  private static final Pattern TITLE = Pattern.compile("\\b" + WORK_BEFORE
      + "(?:\\s+[\\p{L}'’-]+){0,2}?,?\\s+[\"“]([^\"“”\\n]{1,80}?)[\"”]"
      + "|[\"“]([^\"“”\\n]{1,80}?)[,.]?[\"”]\\s+(?:star|stars|actor|actress|actors|director"
      + "|author|writer|creator|singer|co-star|cast|showrunner|producer)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Most words of a quoted title read so. */
  private static final int MAX_TITLE_WORDS = 8;
  /** Words for works and product lines that name one in an apposition, without quotes. */
  private static final String WORK = "(?:song|single|album|film|movie|documentary|show|series"
      + "|sitcom|drama|miniseries|podcast|book|novel|memoir|musical|line|brand|collection"
      + "|fragrance|perfume)";
  /** A word for a work and a comma right before a name: "the reality series, Partyland,". */
  private static final Pattern WORK_BEFORE_NAME = Pattern.compile("\\b" + WORK + "\\s*,\\s*\\z",
      Pattern.CASE_INSENSITIVE);
  /**
   * A word for a work that opens its sentence, after a preposition, a determiner and up to two
   * words: a name after its comma opens the clause ("In the film, Matt Dorsey plays", "In his
   * 1993 memoir, Tom Abel, a lawyer, claimed", "The series, Kell said, ...").
   */
  private static final Pattern OPENING_WORK = Pattern.compile("(?:\\A|[.!?\\n][\"”]?\\s*|[\"“]\\s*)"
      + "(?:(?:in|on|during|after|throughout|for|from)\\s+)?(?:the|this|that|his|her|their|its)"
      + "\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}" + WORK + "\\s*,\\s*\\z", Pattern.CASE_INSENSITIVE);
  /** The comma that closes an apposition right after a name. */
  private static final Pattern CLOSING_COMMA = Pattern.compile("\\A\\s*,");
  /** A word for a work in an apposition right after a name: "Halvane, her new fragrance line". */
  private static final Pattern WORK_AFTER_NAME = Pattern.compile("\\A\\s*,\\s+(?:her|his|its"
      + "|their|a|the)\\s+(?:(?:new|latest|own|first|debut)\\s+)?(?:[\\p{L}-]+\\s+)?" + WORK
      + "\\b", Pattern.CASE_INSENSITIVE);
  /** How far around a name, in chars, the appositions are read. */
  private static final int WINDOW = 60;

  private WorkTitles() {}

  /**
   * The mentions that lie outside every quoted title of a work.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return those kept, in text order
   */
  static List<TypedMention> withoutTitles(String body, List<TypedMention> found) {
    List<int[]> titles = new ArrayList<>();
    Matcher m = TITLE.matcher(body);
    while (m.find()) {
      int g = m.start(1) >= 0 ? 1 : 2;
      if (m.group(g).trim().split("\\s+").length <= MAX_TITLE_WORDS) {
        titles.add(new int[] {m.start(g), m.end(g)});
      }
    }
    if (titles.isEmpty()) {
      return found;
    }
    List<TypedMention> kept = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      boolean inTitle = f.type() != EntityType.COUNTRY
          && titles.stream().anyMatch(t -> t[0] <= f.start() && f.end() <= t[1] + 1);
      if (!inTitle) {
        kept.add(f);
      }
    }
    return kept;
  }

  /**
   * The mentions without the people that name a work or a product line in an apposition, without
   * quotes: "the short-lived reality series, Partyland, which followed her", "she launched a
   * clothing line, Verdance, and", "Halvane, her new fragrance line," (the tagger read each as a
   * person; the guidelines make works and products no entities). Not a name after a work that
   * opens its sentence ("In the film, Matt Dorsey plays"), nor one the text also names as a
   * person elsewhere ("Marlow said").
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return those kept, in text order
   */
  static List<TypedMention> withoutNamedWorks(String body, List<TypedMention> found) {
    Set<String> works = new HashSet<>();
    Set<String> people = new HashSet<>();
    for (TypedMention f : found) {
      if (f.type() != EntityType.PERSON) {
        continue;
      }
      String text = body.substring(f.start(), f.end());
      if (f.canonical() == null && namesAWork(body, f)) {
        works.add(text);
      } else {
        people.add(text);
        people.addAll(List.of(text.split("\\s+")));
      }
    }
    works.removeAll(people);
    if (works.isEmpty()) {
      return found;
    }
    List<TypedMention> kept = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      if (f.type() != EntityType.PERSON || !works.contains(body.substring(f.start(), f.end()))) {
        kept.add(f);
      }
    }
    return kept;
  }

  /** Whether a mention stands in an apposition beside a word for a work. */
  private static boolean namesAWork(String body, TypedMention f) {
    int from = Math.max(0, f.start() - WINDOW);
    int to = Math.min(body.length(), f.end() + WINDOW);
    boolean before = WORK_BEFORE_NAME.matcher(body).useTransparentBounds(true)
        .region(from, f.start()).find()
        && !OPENING_WORK.matcher(body).useTransparentBounds(true).region(from, f.start()).find()
        && CLOSING_COMMA.matcher(body).region(f.end(), to).lookingAt();
    return before || WORK_AFTER_NAME.matcher(body).region(f.end(), to).lookingAt();
  }
}
