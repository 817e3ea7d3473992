package dev.lede.keywords;

import static java.util.Objects.requireNonNull;

/**
 * A key term or phrase of an article. Immutable.
 *
 * @param term the term in lower case, lemmatised ("emergency ministry")
 * @param score its weight relative to the article's best keyword, in (0, 1]
 */
public record Keyword(String term, double score) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code term} is null
   * @throws IllegalArgumentException if the term is blank or the score is outside (0, 1]
   */
  public Keyword {
    requireNonNull(term, "term");
    if (term.isBlank()) {
      throw new IllegalArgumentException("term must not be blank");
    }
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in (0, 1]: " + score);
    }
  }
}
