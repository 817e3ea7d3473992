package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A case-insensitive character trie of phrases, matched against text at token boundaries: a run of
 * whitespace in the text matches one space of a phrase. Each phrase carries a value. Immutable
 * after {@link Builder#build()}.
 *
 * <p>Thread-safe once built.
 */
final class PhraseTrie<V> {

  /** Children keyed by {@link #key}; one flat map keeps 300k nodes cheap. */
  private final Map<Long, Integer> children;
  private final Map<Integer, List<Entry<V>>> values;

  /** A phrase as written in the source list, and its value. */
  record Entry<V>(String phrase, V value) {}

  private PhraseTrie(Map<Long, Integer> children, Map<Integer, List<Entry<V>>> values) {
    this.children = children;
    this.values = values;
  }

  /**
   * The key of a node's child for a char. The node id sits in the low bits, where
   * {@link Long#hashCode()} keeps it whole: with the char there instead, most nodes' keys fell into
   * a few thousand hash buckets.
   */
  private static long key(int node, char c) {
    return (long) c << 32 | node;
  }

  /** A match: the phrase ends at token {@code lastToken}, exclusive char offset {@code end}. */
  record Match<V>(int firstToken, int lastToken, int start, int end, List<Entry<V>> entries) {}

  /**
   * Finds the phrases starting at token {@code first}, longest first.
   *
   * @param text the text the token offsets index into
   * @param starts token start offsets
   * @param ends token end offsets
   * @param first the token to start at
   * @param limit tokens from {@code first} up to this index (exclusive) may be covered
   */
  List<Match<V>> matchAt(CharSequence text, int[] starts, int[] ends, int first, int limit) {
    List<Match<V>> found = null;
    int node = 0;
    int pos = starts[first];
    int token = first;
    while (token < limit) {
      // consume the chars of token 'token'
      while (pos < ends[token]) {
        char c = Character.toLowerCase(text.charAt(pos));
        Integer next = children.get(key(node, c));
        if (next == null) {
          // a possessive the tokenizer left on the word ends the phrase before it: "Russia’s"
          List<Entry<V>> here = values.get(node);
          if (here != null && pos > starts[token] && (isPossessive(text, pos, ends[token])
              || isAttributive(text, pos, ends[token]))) {
            if (found == null) {
              found = new ArrayList<>(2);
            }
            found.add(0, new Match<>(first, token, starts[first], pos, here));
          }
          return found == null ? List.of() : found;
        }
        node = next;
        pos++;
      }
      List<Entry<V>> here = values.get(node);
      if (here != null) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(0, new Match<>(first, token, starts[first], ends[token], here));
      }
      token++;
      if (token >= limit) {
        break;
      }
      if (starts[token] > pos) {
        // whitespace (or anything skipped) between tokens: a single space in the phrase
        for (int i = pos; i < starts[token]; i++) {
          if (!Character.isWhitespace(text.charAt(i))) {
            return found == null ? List.of() : found;
          }
        }
        Integer next = children.get(key(node, ' '));
        if (next == null) {
          return found == null ? List.of() : found;
        }
        node = next;
      }
      pos = starts[token];
    }
    return found == null ? List.of() : found;
  }

  /** The entries of exactly this phrase (case-insensitive, spaces normalised), or an empty list. */
  List<Entry<V>> get(String phrase) {
    String key = phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    int node = 0;
    for (int i = 0; i < key.length(); i++) {
      Integer next = children.get(key(node, key.charAt(i)));
      if (next == null) {
        return List.of();
      }
      node = next;
    }
    return values.getOrDefault(node, List.of());
  }

  /** "-led", "-based": a name used attributively inside a hyphenated adjective ("U.S.-led"). */
  private static boolean isAttributive(CharSequence text, int from, int end) {
    if (text.charAt(from) != '-' || end - from < 3) {
      return false;
    }
    for (int i = from + 1; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLowerCase(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isPossessive(CharSequence text, int from, int end) {
    int len = end - from;
    char q = text.charAt(from);
    if (q != '\'' && q != '’') {
      return false;
    }
    return len == 1 || (len == 2 && (text.charAt(from + 1) == 's' || text.charAt(from + 1) == 'S'));
  }

  /** Collects phrases; not thread-safe. */
  static final class Builder<V> {
    private final Map<Long, Integer> children = new HashMap<>();
    private final Map<Integer, List<Entry<V>>> values = new HashMap<>();
    private int nodes = 1;

    /** Adds a phrase; spaces inside it match any whitespace run between tokens. */
    Builder<V> add(String phrase, V value) {
      String key = phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        return this;
      }
      int node = 0;
      for (int i = 0; i < key.length(); i++) {
        long k = key(node, key.charAt(i));
        Integer next = children.get(k);
        if (next == null) {
          next = nodes++;
          children.put(k, next);
        }
        node = next;
      }
      values.computeIfAbsent(node, n -> new ArrayList<>(1)).add(new Entry<>(phrase.strip(), value));
      return this;
    }

    PhraseTrie<V> build() {
      Map<Integer, List<Entry<V>>> frozen = new HashMap<>();
      values.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return new PhraseTrie<>(new HashMap<>(children), frozen);
    }
  }
}
