package dev.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document stage's planets and moons, places by the guidelines' "other places" (a body one
 * lands on, orbits or maps is a place as a continent is): "Saturn's moon Titan", "on Earth", "the
 * planet Mercury", "the Solar System". The guidelines name none; the real-news gold set's
 * annotators made them places, and so does Lede. Most of these names also name gods, people,
 * firms and products ("Bruno Mars", "Venus Williams", "Titan Arena", "Mercury Insurance"), so a
 * name is a place only where the text says it is one: in a space story (two different words of
 * astronomy in lower case, or "NASA"), or right after "planet" or "moon"; "Earth" and "Solar
 * System" need no such word, their other meanings being names of several words ("Earth Day",
 * "Google Earth"). A capitalised word directly before or after the name makes it part of another
 * name, which it is left to ("Europa Clipper", "Mars Inc."), and so is a mention the earlier
 * stages found over more than the name.
 *
 * <p>Thread-safe: holds no state.
 */
final class SolarSystemNames {

  /** Planets, dwarf planets and the larger moons, named as English writes them. */
  private static final Pattern BODY = Pattern.compile("(?<![\\p{L}\\p{N}-])(Mercury|Venus|Earth"
      + "|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto|Ceres|Titan|Europa|Ganymede|Callisto|Io"
      + "|Enceladus|Triton|Phobos|Deimos|Charon|Solar System)(?![\\p{L}\\p{N}-])");
  /** Names that are places wherever they stand alone: their other meanings hold more words. */
  private static final Set<String> ALWAYS = Set.of("Earth", "Solar System");
  /** Words of astronomy, as written in lower case (not "Ban Ki-moon"), or "NASA". */
  private static final Pattern SPACE_WORD = Pattern.compile("(?<![\\p{L}-])(planets?|moons?"
      + "|spacecraft|orbit(?:er|ing|s)?|astronom(?:er|ers|y|ical)|telescopes?|flyby|flybys"
      + "|solar system|space probe|NASA)(?![\\p{L}-])");
  /** Distinct words of astronomy that make a space story. */
  private static final int MIN_SPACE_WORDS = 2;
  /** What names a body as one right before it: "the planet Mercury", "icy moon Europa". */
  private static final Pattern KIND_BEFORE = Pattern.compile("(?:planet|moon)\\s+\\z");
  /** A capitalised word after the name, with spaces only between: "Europa Clipper". */
  private static final Pattern CAPITALISED_AFTER = Pattern.compile("\\A[ \\u00A0]+\\p{Lu}");
  /** A capitalised word before the name that is no possessive: "Bruno Mars", not "Jupiter's". */
  private static final Pattern CAPITALISED_BEFORE = Pattern.compile(
      "\\p{Lu}[\\p{L}.&-]*[ \\u00A0]+\\z");

  /** Sentence openers before a body's name that are no word of a longer name. */
  private static final Set<String> OPENERS = Set.of("The", "On", "In", "From", "To", "Of",
      "Beyond", "Like", "Unlike", "Around", "Across", "Orbiting", "Below", "Above");

  private SolarSystemNames() {}

  /**
   * The mentions with the text's planets and moons as places: a mention of exactly the name is
   * retyped, a name no mention covers is added.
   *
   * @param body the body
   * @param found the mentions so far, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> places(String body, List<TypedMention> found) {
    Matcher m = BODY.matcher(body);
    if (!m.find()) {
      return found;
    }
    boolean spaceStory = spaceStory(body);
    List<TypedMention> out = new ArrayList<>(found);
    boolean changed = false;
    do {
      String name = m.group(1);
      int start = m.start(1);
      int end = m.end(1);
      if (!(ALWAYS.contains(name) || spaceStory || namedAsBody(body, start))
          || standsInLongerName(body, start, end)) {
        continue;
      }
      int at = overlapping(out, start, end);
      TypedMention place = new TypedMention(start, end, EntityType.LOCATION, name, null, false);
      if (at < 0) {
        out.add(place);
        changed = true;
      } else if (out.get(at).start() == start && out.get(at).end() == end
          && out.get(at).type() != EntityType.LOCATION) {
        out.set(at, place);
        changed = true;
      }
    } while (m.find());
    if (!changed) {
      return found;
    }
    out.sort(Comparator.comparingInt(TypedMention::start));
    return out;
  }

  private static boolean spaceStory(String body) {
    Set<String> words = new HashSet<>();
    Matcher m = SPACE_WORD.matcher(body);
    while (m.find() && words.size() < MIN_SPACE_WORDS) {
      String w = m.group(1);
      words.add(w.endsWith("s") && !w.equals("NASA") ? w.substring(0, w.length() - 1) : w);
    }
    return words.size() >= MIN_SPACE_WORDS;
  }

  private static boolean namedAsBody(String body, int start) {
    return KIND_BEFORE.matcher(body).region(Math.max(0, start - 12), start).find();
  }

  private static boolean standsInLongerName(String body, int start, int end) {
    if (CAPITALISED_AFTER.matcher(body).region(end, body.length()).lookingAt()) {
      return true;
    }
    Matcher before = CAPITALISED_BEFORE.matcher(body).region(Math.max(0, start - 30), start);
    // an article or preposition opening the sentence is no name's word ("On Earth, ..."),
    // "Bruno" opening it is
    return before.find() && !(OPENERS.contains(before.group().strip())
        && DocumentFilters.opensSentence(body, before.start()));
  }

  /** The index of a mention that overlaps [start, end), or -1. */
  private static int overlapping(List<TypedMention> mentions, int start, int end) {
    for (int i = 0; i < mentions.size(); i++) {
      TypedMention t = mentions.get(i);
      if (t.start() < end && start < t.end()) {
        return i;
      }
    }
    return -1;
  }
}
