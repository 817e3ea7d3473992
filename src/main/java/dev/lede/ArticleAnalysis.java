package dev.lede;

import static java.util.Objects.requireNonNull;

import dev.lede.entities.Entity;
import dev.lede.keywords.Keyword;
import dev.lede.reading.ReadingTime;
import dev.lede.text.Sentence;
import dev.lede.text.Token;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything Lede found in one article. Immutable and safe to share between threads.
 *
 * <p>Every offset (of sentences, tokens and entity mentions) is a 0-based, end-exclusive UTF-16
 * index into {@link #body()}.
 *
 * @param title the headline, or {@code null}
 * @param byline the author(s), or {@code null}
 * @param section the site section, or {@code null}
 * @param publishedAt the publication date or date-time (ISO-8601), or {@code null}
 * @param url the page's canonical URL, or {@code null}
 * @param language the body's ISO 639-1 language code, or {@code "und"} when too short to tell
 * @param statedReadingMinutes the reading time the page states, or {@code null}
 * @param body the clean body text; paragraphs separated by one blank line
 * @param stats counts of characters, words, sentences and paragraphs
 * @param readingTime the computed reading time
 * @param sentences the sentences in order
 * @param tokens the tokens in order, with POS tags and lemmas
 * @param entities the named entities, most salient first
 * @param demonymCountries ISO 3166-1 alpha-2 codes of the countries the body refers to through
 *     demonyms or adjectives ("Ukrainian" is UA), whether or not it also names them; these are not
 *     entity mentions, but they tell what an article is about
 * @param keywords the key terms, best first
 */
public record ArticleAnalysis(
    @Nullable String title,
    @Nullable String byline,
    @Nullable String section,
    @Nullable String publishedAt,
    @Nullable String url,
    String language,
    @Nullable Integer statedReadingMinutes,
    String body,
    TextStats stats,
    ReadingTime readingTime,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Entity> entities,
    List<String> demonymCountries,
    List<Keyword> keywords) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code language}, {@code body}, {@code stats},
   *     {@code readingTime} or a list is null
   */
  public ArticleAnalysis {
    requireNonNull(language, "language");
    requireNonNull(body, "body");
    requireNonNull(stats, "stats");
    requireNonNull(readingTime, "readingTime");
    sentences = List.copyOf(requireNonNull(sentences, "sentences"));
    tokens = List.copyOf(requireNonNull(tokens, "tokens"));
    entities = List.copyOf(requireNonNull(entities, "entities"));
    demonymCountries = List.copyOf(requireNonNull(demonymCountries, "demonymCountries"));
    keywords = List.copyOf(requireNonNull(keywords, "keywords"));
  }
}
