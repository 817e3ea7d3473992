package dev.lede.internal;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A memo of what a pure function gives for a word, for the lookups the pipeline makes once per
 * token (lemmas, word splits, POS weights, word-list flags, tagger inputs). It is emptied when it
 * holds its capacity, instead of evicting word by word: news vocabulary repeats so heavily that the
 * frequent words are back after a few sentences, and a plain concurrent map's lookup measured
 * cheaper per token than Caffeine's (README, "Per-word caches"). Two threads may compute the same
 * word at once; one answer is kept, and both are equal.
 *
 * <p>Thread-safe. Internal to Lede: not part of its API, and may change without notice.
 *
 * @param <V> what the function gives
 */
public final class WordMemo<V> {

  private final Map<String, V> values = new ConcurrentHashMap<>();
  private final int capacity;
  private final Function<String, V> function;

  /**
   * Creates an empty memo.
   *
   * @param capacity how many words it holds before it is emptied
   * @param function what is memoised; a null result is returned but not kept
   * @throws IllegalArgumentException if {@code capacity < 1}
   * @throws NullPointerException if {@code function} is null
   */
  public WordMemo(int capacity, Function<String, V> function) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
    this.function = requireNonNull(function, "function");
  }

  /**
   * Creates an empty memo filled by {@link #put} only: for values that depend on more than the
   * word, kept together under it.
   *
   * @param capacity how many words it holds before it is emptied
   * @throws IllegalArgumentException if {@code capacity < 1}
   */
  public WordMemo(int capacity) {
    this(capacity, word -> null);
  }

  /**
   * What the function gives for a word, computed at most once while the memo holds it.
   *
   * @param word the word
   * @return the function's result, or null when the function gives null
   */
  public V get(String word) {
    V v = values.get(word);
    if (v == null) {
      v = function.apply(word);
      if (v != null) {
        put(word, v);
      }
    }
    return v;
  }

  /**
   * The kept value of a word, without computing it.
   *
   * @param word the word
   * @return the value, or null when none is kept
   */
  public V getIfPresent(String word) {
    return values.get(word);
  }

  /**
   * Keeps a value for a word, emptying the memo first when it is full.
   *
   * @param word the word
   * @param value its value
   */
  public void put(String word, V value) {
    if (values.size() >= capacity) {
      values.clear();
    }
    values.put(word, value);
  }

  /** Forgets every word. */
  public void clear() {
    values.clear();
  }
}
