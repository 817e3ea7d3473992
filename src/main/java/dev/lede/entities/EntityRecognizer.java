package dev.lede.entities;

import static java.util.Objects.requireNonNull;

import dev.lede.text.AnalyzedText;
import java.util.List;

/**
 * Finds the named entities of an analysed text.
 *
 * <p>Thread-safe: one instance may be shared by any number of threads.
 */
public final class EntityRecognizer {

  private EntityRecognizer() {}

  /**
   * Loads the entity models and gazetteers from the classpath. Call once and share the result.
   *
   * @return a recognizer
   */
  public static EntityRecognizer load() {
    return new EntityRecognizer();
  }

  /**
   * Returns the entities of a text, most salient first.
   *
   * @param title the article's title, or {@code null}; entities named in it weigh more
   * @param text the analysed body
   * @return the entities
   * @throws NullPointerException if {@code text} is null
   */
  public List<Entity> recognize(String title, AnalyzedText text) {
    requireNonNull(text, "text");
    return List.of();
  }

  /**
   * Returns the ISO 3166-1 alpha-2 codes of the countries a text refers to through demonyms and
   * nationality adjectives ("Belarusian" is BY), in order of first use, without repeats.
   *
   * @param text the analysed body
   * @return the country codes
   * @throws NullPointerException if {@code text} is null
   */
  public List<String> demonymCountries(AnalyzedText text) {
    requireNonNull(text, "text");
    return List.of();
  }
}
