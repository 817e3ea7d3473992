package dev.lede.tools;

import dev.lede.entities.TaggedSentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Labels of GMB sentences annotated for this project by ENTITY-GUIDELINES.md, which replace GMB's
 * silver labels when the neural tagger is trained. GMB's own labels come from a tagger and follow
 * other conventions (places standing for governments are {@code org}, countries {@code gpe} or
 * {@code geo}); these were made by reading the sentences.
 *
 * <p>The file ({@link #DEFAULT_FILE}) holds one line per mention, {@code N TAB start TAB end TAB
 * TYPE TAB check}: the sentence's number in {@code ner_dataset.csv} (0-based, file order), its
 * first token and the token after it, one of the guidelines' five types, and {@link #check} of
 * the tokens, so that labels made on another version of the corpus fail loudly. A sentence
 * annotated without a mention is its number alone. Lines starting with {@code #} are comments.
 * Only labels are kept: the words stay in {@code ../shared}.
 *
 * <p>Stateless utility, so thread-safe.
 */
final class GmbGold {

  /** Where the labels live, from the project's root. */
  static final String DEFAULT_FILE = "models/tools/gmb-guideline-gold.tsv";

  /**
   * One token joining a name to a lowercase word ("U.S.-led", "pro-Taleban"): a mark cannot split
   * a token, and the annotators differed on these, so they train as untagged.
   */
  private static final Pattern JOINED =
      Pattern.compile("\\S+-[a-z]{2,}|(pro|anti|ex|non|post|pre)-\\S+");

  private GmbGold() {}

  /**
   * An annotated mention: tokens {@code start} (inclusive) to {@code end} of a sentence, with the
   * {@link #check} of their words.
   */
  record Mention(int start, int end, String type, String check) {}

  /**
   * The check written for a mention's words: {@link String#hashCode} of the tokens joined by
   * spaces, in lower case (the corpus reader may change a word's case: the CSV's "FALSE"), in
   * hex.
   */
  static String check(String words) {
    return Integer.toHexString(words.toLowerCase(Locale.ROOT).hashCode());
  }

  /**
   * Reads the labels file: sentence number to its mentions (an empty list for a sentence without
   * one).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the line if a line is malformed
   */
  static Map<Integer, List<Mention>> read(Path file) throws IOException {
    Map<Integer, List<Mention>> gold = new HashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        List<Mention> mentions = gold.computeIfAbsent(Integer.parseInt(f[0]),
            n -> new ArrayList<>());
        if (f.length == 1) {
          continue;
        }
        Mention m = new Mention(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4]);
        if (m.start() < 0 || m.end() <= m.start() || coarse(m.type()) == null) {
          throw new IllegalArgumentException("bad span or type");
        }
        mentions.add(m);
      } catch (RuntimeException e) { // NumberFormatException, a missing column
        throw new IllegalArgumentException(file + ":" + lineNo + ": not 'N' or 'N\tstart\tend\t"
            + "TYPE\tcheck' with a guideline type: " + line, e);
      }
    }
    return gold;
  }

  /**
   * The sentence {@code number} of GMB with {@code mentions} as its labels, mapped onto the
   * tagger's types: PERSON to PER, LOCATION and COUNTRY to LOC, ORGANIZATION and MINISTRY to ORG.
   *
   * @throws IllegalArgumentException if a mention's check does not match the sentence's tokens
   *     there: the labels were made on another version of the corpus
   */
  static TaggedSentence apply(int number, NerCorpus.Raw raw, List<Mention> mentions) {
    List<String> tokens = raw.tokens();
    List<String> tags = new ArrayList<>(Collections.nCopies(tokens.size(), "O"));
    for (Mention m : mentions) {
      String found = m.end() <= tokens.size()
          ? String.join(" ", tokens.subList(m.start(), m.end())) : "";
      if (!check(found).equals(m.check())) {
        throw new IllegalArgumentException("GMB sentence " + number + " has '" + found
            + "' at tokens " + m.start() + "-" + m.end() + ", not the words labelled there"
            + " (another version of the corpus?)");
      }
      if (JOINED.matcher(found).matches()) {
        continue;
      }
      String type = coarse(m.type());
      for (int i = m.start(); i < m.end(); i++) {
        tags.set(i, (i == m.start() ? "B-" : "I-") + type);
      }
    }
    return new TaggedSentence(tokens, tags);
  }

  /** The tagger's type of a guideline type, or null for an unknown one. */
  private static String coarse(String type) {
    return switch (type) {
      case "PERSON" -> "PER";
      case "LOCATION", "COUNTRY" -> "LOC";
      case "ORGANIZATION", "MINISTRY" -> "ORG";
      default -> null;
    };
  }
}
