package dev.lede.index;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One suggestion from {@link ArticleIndex#related}: an indexed article, how related it is, and
 * why. Immutable.
 *
 * @param id the article's id in the index
 * @param title its headline, or {@code null}
 * @param url its URL, or {@code null}
 * @param section its section, or {@code null}
 * @param byline its byline, or {@code null}
 * @param publishedAt its publication date as indexed (ISO-8601), or {@code null}
 * @param score the relevance score; higher is more related; comparable only between results of
 *     the same index and ranking
 * @param sharedEntities names of the named entities both articles mention, most important first
 * @param sharedTerms the most telling words both articles use, most telling first
 * @param similarTopic whether the suggestion is there more for its topic than for the words it
 *     shares: the semantic signal (the articles' topic vectors are close) gave it at least as
 *     much of its score as the shared terms and names did
 */
public record RelatedArticle(
    String id,
    String title,
    String url,
    String section,
    String byline,
    String publishedAt,
    double score,
    List<String> sharedEntities,
    List<String> sharedTerms,
    boolean similarTopic) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code id} or a list is null
   */
  public RelatedArticle {
    requireNonNull(id, "id");
    sharedEntities = List.copyOf(sharedEntities);
    sharedTerms = List.copyOf(sharedTerms);
  }

  /**
   * A suggestion found by its words and names alone ({@code similarTopic} false).
   *
   * @throws NullPointerException if {@code id} or a list is null
   */
  public RelatedArticle(String id, String title, String url, String section, String byline,
      String publishedAt, double score, List<String> sharedEntities, List<String> sharedTerms) {
    this(id, title, url, section, byline, publishedAt, score, sharedEntities, sharedTerms, false);
  }
}
