package dev.lede.entities;

import dev.lede.text.Token;
import java.util.ArrayList;
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
 * Without quotes, a name right after a lower-case noun for a work, or after its colon, is the
 * work's title too: "the novel Marian Tolley", "the short story Hollis in the Rain", "three
 * albums: Edna Crane, ...", which the tagger read as people and places in encyclopedia prose;
 * so is a name in a title of the form "The Tale of ...".
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

  /**
   * Nouns for a work right before its unquoted title; not "play" nor "show", which the tagger
   * also reads as nouns where they are verbs ("a poll shows Dana Whitcombe ahead").
   */
  private static final Set<String> WORK_NOUNS = Set.of("novel", "novels", "novella",
      "novellas", "book", "books", "poem", "poems", "film", "films", "movie",
      "movies", "story", "stories", "collection", "screenplay", "album", "albums", "single",
      "singles", "song", "songs", "opera", "operas", "musical", "series", "EP", "EPs", "debut",
      "composition", "compositions", "tale", "tales", "drama", "comedy", "ballad", "sonnet",
      "memoir", "memoirs", "essay", "essays", "documentary", "trilogy",
      "sequel");

  /**
   * Capitalised heads of a work's title of the form "The Tale of ...": a name after their "of"
   * is inside the title. Not a title of office ("The Mayor of Leeds") nor an event ("the Fall
   * of Berlin"), whose place is one.
   */
  private static final Set<String> TITLE_HEADS = Set.of("Tale", "Tales", "Life", "Lives",
      "Story", "Ballad", "Legend", "Death", "Diary", "Adventures", "Memoirs", "Trial",
      "Return", "Confessions", "Chronicles", "Song", "Luck", "Guns", "Dead");

  private WorkTitles() {}

  /**
   * The mentions without the people and places that are a work's unquoted title: right after a
   * noun for a work ("the novel Marian Tolley") or its colon ("three albums: Edna Crane"), or
   * inside a title of the form "The Tale of Orla Brennick" outside headlines (which capitalise
   * every word). A comma between says nothing ("In his memoir, Gerald Fenwick, a lawyer,
   * tells"), nor does a verb right after the name, whose subject it is ("the song Marta
   * Oyelaran wrote"). A person right after another person's possessive stays one: in news it is
   * an aide, a minister or a player ("Biden's Antony Blinken"), as often as a work.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @param tokens the body's tokens, in text order
   * @param headlines the headlines' offsets
   * @return those kept, in text order
   */
  static List<TypedMention> withoutUnquotedTitles(String body, List<TypedMention> found,
      List<Token> tokens, List<int[]> headlines) {
    List<TypedMention> kept = new ArrayList<>(found.size());
    int k = 0; // the first token at or after the mention
    for (TypedMention f : found) {
      while (k < tokens.size() && tokens.get(k).start() < f.start()) {
        k++;
      }
      if (!((f.type() == EntityType.PERSON || f.type() == EntityType.LOCATION)
          && (isUnquotedTitle(tokens, k, f.end())
              || insideTitleOfForm(tokens, k) && !DocumentFilters.inside(f.start(), headlines)))) {
        kept.add(f);
      }
    }
    return kept;
  }

  private static boolean insideTitleOfForm(List<Token> tokens, int first) {
    return first >= 3 && tokens.get(first - 1).text().equals("of")
        && TITLE_HEADS.contains(tokens.get(first - 2).text())
        && tokens.get(first - 3).text().equals("The");
  }

  private static boolean isUnquotedTitle(List<Token> tokens, int first, int end) {
    int w = first - 1;
    if (w >= 0 && tokens.get(w).text().equals(":")) {
      w--;
    }
    if (w < 0 || !WORK_NOUNS.contains(tokens.get(w).text())
        || !"NOUN".equals(tokens.get(w).pos())) {
      return false;
    }
    int after = first;
    while (after < tokens.size() && tokens.get(after).start() < end) {
      after++;
    }
    return after >= tokens.size() || !"VERB".equals(tokens.get(after).pos())
        || !Character.isLowerCase(tokens.get(after).text().charAt(0));
  }

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
