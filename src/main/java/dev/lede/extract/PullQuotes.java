package dev.lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops pull-quotes: short paragraphs that repeat, word for word, text of a longer paragraph of
 * the same article (a sentence set large between paragraphs, in whatever markup the site gives
 * it). Linear: each paragraph's runs of {@link #RUN_WORDS} words are counted once. Stateless and
 * thread-safe.
 */
final class PullQuotes {

  /** Words in a run compared between paragraphs; shorter paragraphs are never taken for copies. */
  private static final int RUN_WORDS = 6;

  /** Longest paragraph, in chars, taken for a pull-quote. */
  private static final int MAX_QUOTE_CHARS = 400;

  /**
   * The paragraph a pull-quote repeats is at least this much longer: it holds more than the
   * quoted sentence, while two near-copies (with and without a comma) are the same length.
   */
  private static final double MIN_HOLDER_SHARE = 1.25;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PullQuotes() {}

  /** The paragraphs without those that repeat a longer one's words. */
  static List<String> without(List<String> paragraphs) {
    List<String[]> words = new ArrayList<>();
    // for each run, the longest paragraph holding it
    Map<String, Integer> holders = new HashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String key = NON_WORD.matcher(paragraphs.get(i).toLowerCase(Locale.ROOT)).replaceAll(" ")
          .strip();
      String[] w = key.isEmpty() ? new String[0] : key.split(" ");
      words.add(w);
      for (int j = 0; j + RUN_WORDS <= w.length; j++) {
        int at = i;
        holders.merge(run(w, j), i,
            (was, now) -> paragraphs.get(was).length() >= paragraphs.get(now).length() ? was : at);
      }
    }
    List<String> out = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!isCopy(i, paragraphs, words.get(i), holders)) {
        out.add(paragraphs.get(i));
      }
    }
    return out;
  }

  /**
   * Whether a paragraph is a sentence whose every run of words a longer paragraph holds
   * ({@link #MIN_HOLDER_SHARE}). The
   * same paragraph twice stays (an interview's question put to each guest), and so does a
   * heading that a paragraph repeats.
   */
  private static boolean isCopy(int i, List<String> paragraphs, String[] w,
      Map<String, Integer> holders) {
    String p = paragraphs.get(i);
    if (w.length < RUN_WORDS || p.length() > MAX_QUOTE_CHARS
        || !HtmlExtractor.endsLikeSentence(p)) {
      return false;
    }
    for (int j = 0; j + RUN_WORDS <= w.length; j++) {
      int holder = holders.get(run(w, j));
      if (paragraphs.get(holder).length() < p.length() * MIN_HOLDER_SHARE) {
        return false;
      }
    }
    return true;
  }

  private static String run(String[] w, int from) {
    return String.join(" ", java.util.Arrays.asList(w).subList(from, from + RUN_WORDS));
  }
}
