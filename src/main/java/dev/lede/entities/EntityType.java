package dev.lede.entities;

/** The kinds of named entity Lede reports, as {@code ENTITY-GUIDELINES.md} defines them. */
public enum EntityType {
  /** A person: "Alexander Lukashenko". Titles and possessives stay outside the span. */
  PERSON,
  /** A sovereign state, with its ISO 3166-1 alpha-2 code: "Belarus" (BY). */
  COUNTRY,
  /** Any other place: cities, regions, seas, continents, facilities: "Moscow". */
  LOCATION,
  /** A state's ministry or ministerial department: "Ministry of Emergency Situations". */
  MINISTRY,
  /** Every other organisation: companies, parties, agencies, international bodies: "NATO". */
  ORGANIZATION
}
