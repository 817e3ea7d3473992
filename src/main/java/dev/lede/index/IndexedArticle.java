package dev.lede.index;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an {@link ArticleIndex} stores about one article: enough to show it as a related
 * suggestion without a second lookup. Immutable.
 *
 * @param id the article's id
 * @param title its headline, or {@code null}
 * @param url its URL, or {@code null}
 * @param section its section, or {@code null}
 * @param byline its byline, or {@code null}
 * @param publishedAt its publication date as given (ISO-8601), or {@code null}
 * @param language its ISO 639-1 language code, or {@code "und"}
 * @param entities its entity keys, {@code TYPE:canonical name} or {@code COUNTRY:code}
 *     ({@code "PERSON:Alexander Lukashenko"}, {@code "COUNTRY:BY"}), most salient first
 * @param keywords its keywords, best first
 * @param body its body as analysed (the text entity offsets point into), or {@code null} when
 *     the archive does not have it
 */
public record IndexedArticle(
    String id,
    String title,
    String url,
    String section,
    String byline,
    String publishedAt,
    String language,
    List<String> entities,
    List<String> keywords,
    String body) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code id}, {@code language} or a list is null
   */
  public IndexedArticle {
    requireNonNull(id, "id");
    requireNonNull(language, "language");
    entities = List.copyOf(entities);
    keywords = List.copyOf(keywords);
  }

  /**
   * An article without its body.
   *
   * @throws NullPointerException if {@code id}, {@code language} or a list is null
   */
  public IndexedArticle(String id, String title, String url, String section, String byline,
      String publishedAt, String language, List<String> entities, List<String> keywords) {
    this(id, title, url, section, byline, publishedAt, language, entities, keywords, null);
  }
}
