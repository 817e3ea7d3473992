package dev.lede.keywords;

import static java.util.Objects.requireNonNull;

/**
 * A key term or phrase of an article. Immutable.
 *
 * @param term the term in lower case, lemmatised ("emergency ministry"): what articles share
 * @param score its weight relative to the article's best keyword, in (0, 1]
 * @param text the term as the article writes it most often, in lower case ("library hours" for
 *     the term "library hour"): what a reader is shown; a name's canonical name, like the term
 */
public record Keyword(String term, double score, String text) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code term} or {@code text} is null
   * @throws IllegalArgumentException if the term or text is blank or the score is outside (0, 1]
   */
  public Keyword {
    requireNonNull(term, "term");
    requireNonNull(text, "text");
    if (term.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("term and text must not be blank");
    }
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in (0, 1]: " + score);
    }
  }

  /**
   * A keyword written as its term.
   *
   * @param term the term in lower case
   * @param score its weight relative to the article's best keyword, in (0, 1]
   * @throws NullPointerException if {@code term} is null
   * @throws IllegalArgumentException if the term is blank or the score is outside (0, 1]
   */
  public Keyword(String term, double score) {
    this(term, score, term);
  }
}
