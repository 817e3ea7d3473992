package dev.lede.entities;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named entity of an article: all its mentions, clustered under one canonical name. Immutable.
 *
 * @param type the entity's type
 * @param name the canonical name ("Alexander Lukashenko" for a mention "Lukashenko"; "United
 *     States" for "U.S.")
 * @param countryCode the ISO 3166-1 alpha-2 code of a {@link EntityType#COUNTRY}; of a {@link
 *     EntityType#MINISTRY}, the code of the country whose ministry it is when the text names
 *     it before the name ("Russian Foreign Ministry" RU), else {@code null}; {@code null} for
 *     the other types
 * @param salience how central the entity is to the article, in [0, 1]
 * @param mentions the mentions in text order
 */
public record Entity(
    EntityType type, String name, @Nullable String countryCode, double salience, List<Mention> mentions) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code type}, {@code name} or {@code mentions} is null
   * @throws IllegalArgumentException if the salience is outside [0, 1], a country lacks its
   *     code, or an entity neither a country nor a ministry has one
   */
  public Entity {
    requireNonNull(type, "type");
    requireNonNull(name, "name");
    mentions = List.copyOf(requireNonNull(mentions, "mentions"));
    if (!(salience >= 0 && salience <= 1)) {
      throw new IllegalArgumentException("salience must be in [0, 1]: " + salience);
    }
    if (type == EntityType.COUNTRY && (countryCode == null || countryCode.length() != 2)) {
      throw new IllegalArgumentException("a COUNTRY needs a two-letter code: " + countryCode);
    }
    if (countryCode != null && type != EntityType.COUNTRY && type != EntityType.MINISTRY) {
      throw new IllegalArgumentException("only a COUNTRY or a MINISTRY has a country code: "
          + type + " " + countryCode);
    }
  }
}
