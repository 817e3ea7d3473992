package dev.lede.entities;

/**
 * A candidate mention of one sentence, in tokens: what a stage proposes before {@link
 * MentionResolver} keeps the longest non-overlapping ones. Between candidates of the same span,
 * the higher priority wins, then the one proposed first.
 *
 * <p>Immutable, so thread-safe.
 *
 * @param a first token
 * @param b token after the last
 * @param type the type, or null for an event name that only holds its words
 * @param canonical the canonical name the lexicon gives, or null
 * @param code the country code, or null
 * @param usState whether the candidate is a US state
 * @param priority one of the {@code PRIO_} constants
 * @param endChar the end offset where the lexicon matched it (a possessive left attached stays
 *     outside), or -1 to take the last token's end
 */
record Candidate(int a, int b, EntityType type, String canonical, String code,
    boolean usState, int priority, int endChar) {

  /** A known given name and surname that no other candidate covers ("Donald Trump/VERB"). */
  static final int PRIO_LISTED_NAME = 0;

  static final int PRIO_MODEL = 1;
  /** A big city's name beats the model's same-length guess ("MINSK" is no person). */
  static final int PRIO_CITY = 2;
  /** A site named by its domain beats the model's same-span guess ("Newsgrid.co.uk" no place). */
  static final int PRIO_DOMAIN = PRIO_CITY;
  static final int PRIO_GAZETTEER = 3;
  static final int PRIO_MINISTRY = 4;
  /** An event's name beats the model's same span ("Toronto International Film Festival"). */
  static final int PRIO_EVENT = PRIO_GAZETTEER;

  Candidate(int a, int b, EntityType type, String canonical, String code, boolean usState,
      int priority) {
    this(a, b, type, canonical, code, usState, priority, -1);
  }
}
