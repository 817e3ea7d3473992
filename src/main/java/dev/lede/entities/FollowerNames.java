package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of a person's fans or followers, for the document pass: a word made of a surname of a
 * person of the text and a suffix of followers ("Swifties" beside "Taylor Swift", "Blairites"
 * beside "Tony Blair") names a group of people, not one person, as "a Democrat" names a party's
 * member; the guidelines make neither a mention. The tagger read such words as people.
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class FollowerNames {

  /**
   * A capitalised stem, in group 1, and a suffix that names followers: "Swift-ies",
   * "Blair-ites", "Corbyn-istas".
   */
  private static final Pattern FOLLOWERS = Pattern.compile(
      "(\\p{Lu}\\p{L}+?)(?:ies|ites|istas|ists|ians)");
  /** The shortest stem: a surname of one or two letters says too little. */
  private static final int MIN_STEM = 3;

  private FollowerNames() {}

  /**
   * The mentions without the one-word people that name a person's followers: a word whose stem
   * (its last letter doubled or not: "Swifties", "Corbynnites") is a word of a person's name of
   * two words or more in the text.
   *
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return the mentions without the followers' names
   */
  static List<TypedMention> without(String body, List<TypedMention> found) {
    Set<String> surnames = new HashSet<>();
    for (TypedMention f : found) {
      String text = body.substring(f.start(), f.end());
      if (f.type() == EntityType.PERSON && text.contains(" ")) {
        for (String w : text.split("\\s+")) {
          surnames.add(w);
        }
      }
    }
    if (surnames.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention f : found) {
      if (!(f.type() == EntityType.PERSON && f.canonical() == null
          && isFollowers(body.substring(f.start(), f.end()), surnames))) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean isFollowers(String word, Set<String> surnames) {
    Matcher m = FOLLOWERS.matcher(word);
    if (!m.matches()) {
      return false;
    }
    String stem = m.group(1);
    return stem.length() >= MIN_STEM && (surnames.contains(stem)
        || stem.length() > MIN_STEM && stem.charAt(stem.length() - 1)
            == stem.charAt(stem.length() - 2) && surnames.contains(stem.substring(0,
                stem.length() - 1)));
  }
}
