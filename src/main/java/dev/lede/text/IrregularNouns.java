package dev.lede.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import opennlp.tools.lemmatizer.DictionaryLemmatizer;

/**
 * Lemmas of English nouns the statistical lemmatizer gets wrong because their plural is not
 * their singular plus "s": Greek plurals in "-ses" ("crises" is "crisis", not "crise") and
 * nouns that end in "s" in the singular ("measles", "physics", "diabetes"). The list,
 * {@code irregular-nouns.tsv} (word, tag, lemma; OpenNLP's dictionary format), is English
 * grammar, written by hand. Immutable and thread-safe.
 */
final class IrregularNouns {

  /** The dictionary, next to this class on the classpath. */
  static final String RESOURCE = "irregular-nouns.tsv";

  private static final String NOUN = "NOUN";

  private static final DictionaryLemmatizer DICTIONARY = load();

  private IrregularNouns() {}

  /**
   * The lemma of a word: the dictionary's for a listed noun, whatever its case, else the
   * statistical lemmatizer's.
   *
   * @param word the word as written
   * @param tag its UD part of speech
   * @param modelLemma what the statistical lemmatizer gave
   * @return the lemma to use
   */
  static String correct(String word, String tag, String modelLemma) {
    if (!NOUN.equals(tag)) {
      return modelLemma;
    }
    String listed = DICTIONARY.lemmatize(
        new String[] {word.toLowerCase(Locale.ROOT)}, new String[] {NOUN})[0];
    return "O".equals(listed) ? modelLemma : listed;
  }

  private static DictionaryLemmatizer load() {
    try (InputStream in = IrregularNouns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
      }
      return new DictionaryLemmatizer(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
