package dev.lede.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A case-insensitive character trie of phrases, matched against text at token boundaries: a run of
 * whitespace in the text matches one space of a phrase. Each phrase carries a value. Immutable
 * after {@link Builder#build()}.
 *
 * <p>Thread-safe once built.
 */
final class PhraseTrie<V> {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Children keyed by {@link #key}; one flat primitive table keeps 300k nodes cheap. */
  private final Children children;
  /** The entries of the phrases ending at each node, by node id; null where none ends. */
  private final List<Entry<V>>[] values;

  /** A phrase as written in the source list, and its value. */
  record Entry<V>(String phrase, V value) {}

  private PhraseTrie(Children children, List<Entry<V>>[] values) {
    this.children = children;
    this.values = values;
  }

  /** The key of a node's child for a char. */
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
        int next = children.get(key(node, c));
        if (next < 0) {
          // a possessive the tokenizer left on the word ends the phrase before it: "Russia’s"
          List<Entry<V>> here = values[node];
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
      List<Entry<V>> here = values[node];
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
        int next = children.get(key(node, ' '));
        if (next < 0) {
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
    String key = SPACES.matcher(phrase.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    int node = 0;
    for (int i = 0; i < key.length(); i++) {
      int next = children.get(key(node, key.charAt(i)));
      if (next < 0) {
        return List.of();
      }
      node = next;
    }
    return values[node] != null ? values[node] : List.of();
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
    private final Children children = new Children();
    private final Map<Integer, List<Entry<V>>> values = new HashMap<>();
    private int nodes = 1;

    /** Adds a phrase; spaces inside it match any whitespace run between tokens. */
    Builder<V> add(String phrase, V value) {
      String key = SPACES.matcher(phrase.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        return this;
      }
      int node = 0;
      for (int i = 0; i < key.length(); i++) {
        long k = key(node, key.charAt(i));
        int next = children.get(k);
        if (next < 0) {
          next = nodes++;
          children.put(k, next);
        }
        node = next;
      }
      values.computeIfAbsent(node, n -> new ArrayList<>(1)).add(new Entry<>(phrase.strip(), value));
      return this;
    }

    PhraseTrie<V> build() {
      @SuppressWarnings("unchecked")
      List<Entry<V>>[] frozen = new List[nodes];
      values.forEach((k, v) -> frozen[k] = List.copyOf(v));
      return new PhraseTrie<>(children.copy(), frozen);
    }
  }

  /**
   * Child node ids by {@link #key}, in one open-addressing table of primitive keys and values:
   * no boxed key or value per edge, and a hash that mixes the char and the node id, where
   * {@link Long#hashCode()} (their XOR) had put many keys in the same buckets of a
   * {@code HashMap}.
   */
  static final class Children {
    private static final long EMPTY = -1L;
    private long[] keys;
    private int[] ids;
    private int size;

    Children() {
      this(1 << 10);
    }

    private Children(int capacity) {
      keys = new long[capacity];
      ids = new int[capacity];
      Arrays.fill(keys, EMPTY);
    }

    /** The child's id, or -1. */
    int get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        long k = keys[i];
        if (k == key) {
          return ids[i];
        }
        if (k == EMPTY) {
          return -1;
        }
      }
    }

    void put(long key, int id) {
      if (2 * (size + 1) > keys.length) {
        Children bigger = new Children(keys.length * 2);
        bigger.putAll(this);
        keys = bigger.keys;
        ids = bigger.ids;
      }
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != EMPTY && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] == EMPTY) {
        size++;
      }
      keys[i] = key;
      ids[i] = id;
    }

    private void putAll(Children other) {
      for (int i = 0; i < other.keys.length; i++) {
        if (other.keys[i] != EMPTY) {
          put(other.keys[i], other.ids[i]);
        }
      }
    }

    /** A copy sized to its entries (the builder's table may still grow). */
    Children copy() {
      int capacity = Integer.highestOneBit(Math.max(1, 2 * size)) * 2;
      Children out = new Children(capacity);
      out.putAll(this);
      return out;
    }

    private static int slot(long key, int mask) {
      // Fibonacci hashing: the high bits of the product depend on every bit of the key.
      int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);
      return (h ^ (h >>> 16)) & mask;
    }
  }
}
