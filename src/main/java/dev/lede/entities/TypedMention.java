package dev.lede.entities;

/**
 * A typed mention as the stages hand it on: offsets into the body, and the canonical name where
 * the rules know it; a canonical of the form {@code "=<offset>"} links an abbreviation to the
 * mention starting at that offset, whose entity it joins. {@link EntityClusterer} turns these
 * into entities.
 *
 * <p>Immutable, so thread-safe.
 *
 * @param start start offset into the body
 * @param end end offset (exclusive)
 * @param type the entity type
 * @param canonical the canonical name, {@code "=<offset>"}, or null
 * @param code the ISO 3166-1 alpha-2 code of a country, or null
 * @param usState whether the mention is a US state ("Georgia" the state, not the country)
 */
record TypedMention(int start, int end, EntityType type, String canonical, String code,
    boolean usState) {}
