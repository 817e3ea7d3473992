package dev.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document stage's places named again where no sentence found them: a place the text's
 * sentences found at least twice, and never as anything else, is the same place wherever the text
 * writes its name again alone ("U.S. forces in southern Syria's al-Tanf", "to leave al-Tanf," after
 * two "al-Tanf" the tagger found; "The Palmer tank farm" in a story about Palmer). Every
 * occurrence is a mention by the guidelines, and the tagger, reading one sentence at a time,
 * misses a name in a sentence that says little of it. Left alone: a name going on into a longer
 * one ("Brenmouth Harbour"), after a capitalised word ("Bloomington Sam's Club"), in quotation
 * marks (a song or a show: "Glasgow", "Nashville"), in a headline, a name with an apostrophe
 * inside ("Samaritan's Purse", which the tagger may have read as a place wrongly), and sports
 * reports, where a town's name names its club as often.
 *
 * <p>Thread-safe: holds no state.
 */
final class PlaceRepeats {

  /** Mentions of the name as a place that make the text's other occurrences places. */
  private static final int MIN_FOUND = 2;
  /** The shortest name read again: two letters are abbreviations as often. */
  private static final int MIN_LENGTH = 3;
  /** A capitalised word right after the name: it goes on into a longer one. */
  private static final Pattern NAME_GOES_ON = Pattern.compile("\\A[ \\u00A0]+\\p{Lu}");
  /** A capitalised word right before the name, spaces only between. */
  private static final Pattern CAPITALISED_BEFORE = Pattern.compile(
      "(\\p{Lu}[\\p{L}.&-]*)[ \\u00A0]+\\z");
  /** Articles opening a sentence before a name: "The Rukban camp". */
  private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "At", "From");

  private PlaceRepeats() {}

  /**
   * The mentions with the text's places named again where no mention covers them.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @param headlines the start and end offsets of the sentences written in headline case
   * @param sports whether the text is a sports report
   * @return the mentions, in text order
   */
  static List<TypedMention> apply(String body, List<TypedMention> found, List<int[]> headlines,
      boolean sports) {
    if (sports) {
      return found;
    }
    Map<String, Integer> places = new HashMap<>();
    Map<String, TypedMention> first = new HashMap<>();
    Set<String> otherwise = new HashSet<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (f.type() == EntityType.LOCATION) {
        places.merge(text, 1, Integer::sum);
        first.putIfAbsent(text, f);
      } else {
        otherwise.add(text);
      }
    }
    List<TypedMention> added = new ArrayList<>();
    for (Map.Entry<String, Integer> e : places.entrySet()) {
      String name = e.getKey();
      if (e.getValue() < MIN_FOUND || otherwise.contains(name) || name.length() < MIN_LENGTH
          || name.indexOf('\'') >= 0 || name.indexOf('’') >= 0
          || !Character.isUpperCase(name.codePointAt(0)) && !name.contains("-")) {
        continue;
      }
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(name)
          + "(?![\\p{L}\\p{N}-])").matcher(body);
      while (m.find()) {
        if (standsAlone(body, m.start(), m.end()) && !covered(found, m.start(), m.end())
            && !DocumentFilters.inside(m.start(), headlines)) {
          TypedMention like = first.get(name);
          added.add(new TypedMention(m.start(), m.end(), EntityType.LOCATION,
              like.canonical() != null ? like.canonical() : DocumentPass.reference(like),
              like.code(), like.usState()));
        }
      }
    }
    if (added.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found);
    out.addAll(added);
    out.sort(Comparator.comparingInt(TypedMention::start));
    return out;
  }

  private static boolean standsAlone(String body, int start, int end) {
    if (NAME_GOES_ON.matcher(body).region(end, body.length()).lookingAt()) {
      return false;
    }
    if (start > 0 && "“\"‘'".indexOf(body.charAt(start - 1)) >= 0) {
      return false; // a title in quotation marks: “Glasgow,”
    }
    Matcher before = CAPITALISED_BEFORE.matcher(body).region(Math.max(0, start - 30), start);
    return !before.find() || OPENERS.contains(before.group(1))
        && DocumentFilters.opensSentence(body, before.start());
  }

  private static boolean covered(List<TypedMention> mentions, int start, int end) {
    for (TypedMention t : mentions) {
      if (t.start() < end && start < t.end()) {
        return true;
      }
    }
    return false;
  }
}
