package dev.lede.entities;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A tokenised sentence with one IOB2 tag per token over the types {@code PER}, {@code LOC} and
 * {@code ORG} ("B-PER", "I-PER", "O"): training and evaluation data for the name finder.
 * Immutable, so thread-safe.
 *
 * @param tokens the tokens
 * @param tags one tag per token
 */
public record TaggedSentence(List<String> tokens, List<String> tags) {

  /** The coarse types a tagged sentence may use. */
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG");

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the lists differ in length or a tag is not IOB2 over
   *     {@link #TYPES}
   */
  public TaggedSentence {
    tokens = List.copyOf(requireNonNull(tokens, "tokens"));
    tags = List.copyOf(requireNonNull(tags, "tags"));
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(
          tokens.size() + " tokens but " + tags.size() + " tags");
    }
    for (String tag : tags) {
      requireNonNull(tag, "tag");
      if (!tag.equals("O") && !((tag.startsWith("B-") || tag.startsWith("I-"))
          && TYPES.contains(tag.substring(2)))) {
        throw new IllegalArgumentException("not an IOB2 tag over PER/LOC/ORG: " + tag);
      }
    }
  }

  /** The sentence as text: its tokens joined by single spaces, as training and evaluation read it. */
  public String text() {
    return String.join(" ", tokens);
  }

  /** The start offset of each token in {@link #text()}; token i ends at start + its length. */
  public int[] tokenStarts() {
    int[] starts = new int[tokens.size()];
    int offset = 0;
    for (int i = 0; i < starts.length; i++) {
      starts[i] = offset;
      offset += tokens.get(i).length() + 1;
    }
    return starts;
  }

  /** The end offset (exclusive) of each token in {@link #text()}. */
  public int[] tokenEnds() {
    int[] ends = tokenStarts();
    for (int i = 0; i < ends.length; i++) {
      ends[i] += tokens.get(i).length();
    }
    return ends;
  }
}
