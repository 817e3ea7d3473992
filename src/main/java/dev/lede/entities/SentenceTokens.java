package dev.lede.entities;

/**
 * One sentence as every stage reads it: the body, the sentence's tokens as parallel arrays
 * ({@link Tokens}), and whether it is a headline, all in capitals or in title case.
 *
 * <p>Not copied: callers must not change the arrays while a stage reads them.
 *
 * @param body the text the offsets index into
 * @param words token texts
 * @param pos UD part-of-speech tags
 * @param starts token start offsets
 * @param ends token end offsets
 * @param caps whether most words are in capitals ({@link NameFeatures#isAllCaps})
 * @param titleCase whether almost every word starts with a capital ({@link
 *     NameWords#isTitleCase})
 */
record SentenceTokens(String body, String[] words, String[] pos, int[] starts, int[] ends,
    boolean caps, boolean titleCase) {

  /** A sentence of a body, its capitals read from the words. */
  static SentenceTokens of(String body, Tokens tokens) {
    return new SentenceTokens(body, tokens.words(), tokens.pos(), tokens.starts(), tokens.ends(),
        NameFeatures.isAllCaps(tokens.words()), NameWords.isTitleCase(tokens.words()));
  }

  int size() {
    return words.length;
  }

  /** In a headline every word is capitalised, so capitals say little about names. */
  boolean headline() {
    return caps || titleCase;
  }
}
