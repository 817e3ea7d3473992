package dev.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document stage's detached initials: a tokenised text writes an initial's full stop as a
 * word of its own ("Raymond W . Kelly", "A . J . Smith"), and a sentence splitter then ends a
 * sentence there, so the name reaches the sentences cut in two ("Raymond W" and "Kelly") or
 * without its leading initials ("Smith"). An initial is a part of the person's name (the
 * guidelines keep a person's whole name in one span), so the pieces are joined again: a person's
 * mention of two words or more that ends in one capital letter, then " . " and a person's
 * mention; and two or more such initials right before a person's mention. One initial alone
 * before a name is left out: a single capital letter and a full stop end many sentences ("Plan
 * B . Smith said").
 *
 * <p>Thread-safe: stateless.
 */
final class DetachedInitials {

  /** A given name and a last word of one capital letter: "Raymond W", "Mary Ann K". */
  private static final Pattern ENDS_IN_INITIAL = Pattern.compile("\\S+\\s.*(?<!\\S)\\p{Lu}");
  /** The detached full stop between an initial and the next word, on one line. */
  private static final Pattern DETACHED_STOP = Pattern.compile("[ \\t]+\\.[ \\t]+");
  /** Two or more detached initials right before a name: "A . J . ". */
  private static final Pattern INITIALS_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.])(?:\\p{Lu}[ \\t]+\\.[ \\t]+){2,}\\z");
  /** How far before a mention {@link #INITIALS_BEFORE} looks. */
  private static final int BEFORE_WINDOW = 24;

  private DetachedInitials() {}

  /**
   * The mentions with each person's name that detached initials cut joined again.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> join(String body, List<TypedMention> found) {
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention m : found) {
      TypedMention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (m.type() == EntityType.PERSON && last != null && last.type() == EntityType.PERSON
          && ENDS_IN_INITIAL.matcher(body.substring(last.start(), last.end())).matches()
          && DETACHED_STOP.matcher(body.substring(last.end(), m.start())).matches()) {
        out.set(out.size() - 1,
            new TypedMention(last.start(), m.end(), EntityType.PERSON, null, null, false));
        continue;
      }
      int start = m.type() == EntityType.PERSON ? initialsBefore(body, m, last) : -1;
      out.add(start < 0 ? m
          : new TypedMention(start, m.end(), EntityType.PERSON, null, null, false));
    }
    return out;
  }

  /** Where the detached initials right before a person's mention start, or -1. */
  private static int initialsBefore(String body, TypedMention m, TypedMention last) {
    int from = Math.max(last == null ? 0 : last.end(), m.start() - BEFORE_WINDOW);
    Matcher before = INITIALS_BEFORE.matcher(body.substring(from, m.start()));
    return before.find() ? from + before.start() : -1;
  }
}
