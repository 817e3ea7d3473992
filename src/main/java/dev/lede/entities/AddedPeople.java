package dev.lede.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the stages that find people in another language's body ({@link CyrillicPersonNames},
 * {@link KoreanPersonNames}) read a name's words and put their people among the mentions found
 * before them.
 *
 * <p>Thread-safe: stateless.
 */
final class AddedPeople {

  private AddedPeople() {}

  /**
   * Whether word {@code j} of the body's words (start and end offsets) follows the text ending at
   * {@code end} after one space or more, ordinary or non-breaking, and nothing else: the words
   * of one name.
   */
  static boolean next(String body, List<int[]> words, int j, int end) {
    if (j < 0 || j >= words.size()) {
      return false;
    }
    int start = words.get(j)[0];
    if (start <= end) {
      return false;
    }
    for (int k = end; k < start; k++) {
      if (body.charAt(k) != ' ' && body.charAt(k) != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  /**
   * The found mentions with the people added: a person gives way to a longer mention around it
   * ("Музей Андрея Рублёва" found whole) and takes the place of any other it overlaps.
   */
  static List<TypedMention> merge(List<TypedMention> found, List<TypedMention> added) {
    if (added.isEmpty()) {
      return found;
    }
    // found is in text order: the furthest end among the mentions starting at or before each
    int[] starts = new int[found.size()];
    int[] furthest = new int[found.size()];
    int max = -1;
    for (int k = 0; k < found.size(); k++) {
      starts[k] = found.get(k).start();
      max = Math.max(max, found.get(k).end());
      furthest[k] = max;
    }
    int length = 0;
    for (TypedMention p : added) {
      length = Math.max(length, p.end());
    }
    BitSet covered = new BitSet(length);
    List<TypedMention> people = new ArrayList<>();
    for (TypedMention p : added) {
      int upTo = lastAtOrBefore(starts, p.start());
      int before = lastAtOrBefore(starts, p.start() - 1);
      boolean inside = upTo >= 0 && furthest[upTo] > p.end()
          || before >= 0 && furthest[before] >= p.end();
      if (!inside) {
        covered.set(p.start(), p.end());
        people.add(p);
      }
    }
    List<TypedMention> kept = new ArrayList<>(found.size() + people.size());
    for (TypedMention f : found) {
      int next = covered.nextSetBit(f.start());
      if (next < 0 || next >= f.end()) {
        kept.add(f);
      }
    }
    // a linked mention needs the mention it points to
    Set<String> targets = new HashSet<>();
    for (TypedMention p : people) {
      targets.add("=" + p.start());
    }
    for (TypedMention p : people) {
      kept.add(p.canonical() == null || !p.canonical().startsWith("=")
          || targets.contains(p.canonical()) ? p
          : new TypedMention(p.start(), p.end(), p.type(), null, null, false));
    }
    kept.sort(Comparator.comparingInt(TypedMention::start));
    return kept;
  }

  /** The index of the last of the sorted starts at or before an offset, or -1. */
  private static int lastAtOrBefore(int[] starts, int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }}
