package dev.lede.entities;

import java.util.ArrayList;
import java.util.List;
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
}
