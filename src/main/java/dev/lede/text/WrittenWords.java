package dev.lede.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the English models' words onto the words a body writes, a step of {@link TextProcessor}:
 * one part-of-speech tag and one lemma for each written word.
 *
 * <p>The models were trained on the English Web Treebank in two ways a written word does not
 * match. A word written with a clitic ("Portugal's", "won't", "it's") is one token there, which
 * the tagger tags with its parts' tags joined ("PROPN+PART", "AUX+PART") and the lemmatizer
 * lemmatises into joined lemmas ("portugal+'s", "will+not"); and a hyphenated compound is several
 * tokens there ("well" + "-" + "known"), so that a compound Lede keeps whole was a word the
 * tagger had never seen ("well-known" was PUNCT, "worst-hit" NOUN+PART with the lemma
 * "worst-h+it"). Here a compound is tagged as its pieces and takes its head's tag (the last piece
 * with a letter: "hit" of "worst-hit", "COVID" of "COVID-19"), and a word with a clitic takes its
 * first word's tag and lemma ("Portugal's" is PROPN "Portugal", "won't" AUX "will", "workers'"
 * NOUN "worker"), as does a noun or proper noun that the tagger read whole with a possessive
 * ("Reuters'" is "Reuters").
 *
 * <p>Thread-safe: stateless.
 */
final class WrittenWords {

  /**
   * English clitics written onto a word, with an ASCII apostrophe ({@link TextProcessor} shows
   * the models curly ones as ASCII): the possessive ("'s", "'"), and "n't", "'re", "'ve", "'ll",
   * "'d", "'m".
   */
  private static final Pattern CLITIC =
      Pattern.compile("(?i)(?<=[\\p{L}\\p{N}.])(?:'s|'|n't|'re|'ve|'ll|'d|'m)$");
  /** A possessive written onto a word: "'s" or a bare apostrophe ("Reuters'"). */
  private static final Pattern POSSESSIVE = Pattern.compile("(?i)(?<=[\\p{L}\\p{N}.])'s?$");
  private static final char FULL_WIDTH_FIRST = '\uFF01';
  private static final char FULL_WIDTH_LAST = '\uFF5E';
  /** Each full-width form is its ASCII char plus this. */
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;
  private static final char SOFT_HYPHEN = '\u00AD';
  /** Full-width punctuation of Chinese and Japanese text, left as written: "！，：；？（）". */
  private static final String CJK_MARKS = "\uFF01\uFF0C\uFF1A\uFF1B\uFF1F\uFF08\uFF09";
  /** Longest word split into pieces; a longer one is a blob, tagged whole. */
  private static final int MAX_PIECES_WORD = 256;

  private WrittenWords() {}

  /**
   * Words as the tagger was trained on them: each hyphenated compound in pieces.
   *
   * @param words the tagger's input, every compound cut at its hyphens
   * @param first for each written word, the index in {@code words} of its first piece
   * @param head for each written word, the index in {@code words} of the piece whose tag it takes
   * @param headStart for each written word, where its head piece starts in it
   * @param headEnd for each written word, where its head piece ends in it
   */
  record Pieces(String[] words, int[] first, int[] head, int[] headStart, int[] headEnd) {}

  /** The tagger's words of a sentence's written words. */
  static Pieces pieces(String[] written) {
    List<String> out = new ArrayList<>(written.length + 4);
    int[] firsts = new int[written.length];
    int[] head = new int[written.length];
    int[] headStart = new int[written.length];
    int[] headEnd = new int[written.length];
    for (int i = 0; i < written.length; i++) {
      String w = written[i];
      int first = out.size();
      firsts[i] = first;
      head[i] = first;
      headEnd[i] = w.length();
      if (w.length() > MAX_PIECES_WORD || w.indexOf('-') < 0) {
        out.add(w);
        continue;
      }
      int start = 0;
      for (int at = 1; at + 1 < w.length(); at++) {
        if (joins(w, at)) {
          out.add(w.substring(start, at));
          out.add("-");
          start = at + 1;
        }
      }
      out.add(w.substring(start));
      if (out.size() == first + 1) {
        continue;
      }
      // the head: the last piece with a letter ("COVID" of "COVID-19"), else the last piece
      int h = out.size() - 1;
      int end = w.length();
      int s = start;
      for (int k = out.size() - 1, e = w.length(); k >= first; k -= 2) {
        int b = e - out.get(k).length();
        if (out.get(k).codePoints().anyMatch(Character::isLetter)) {
          h = k;
          s = b;
          end = e;
          break;
        }
        e = b - 1;
      }
      head[i] = h;
      headStart[i] = s;
      headEnd[i] = end;
    }
    return new Pieces(out.toArray(new String[0]), firsts, head, headStart, headEnd);
  }

  /** Whether the char at {@code at} is a hyphen between two letters or digits. */
  private static boolean joins(String w, int at) {
    return w.charAt(at) == '-' && Character.isLetterOrDigit(w.charAt(at - 1))
        && Character.isLetterOrDigit(w.charAt(at + 1));
  }

  /** Tags of function words: a compound whose last piece is one is named by its first. */
  private static final Set<String> PARTICLES = Set.of("ADP", "ADV", "PART", "PUNCT");

  /**
   * The model's tag of a written word: its head piece's; but a compound ending in a particle
   * takes its first piece's ("sold-out" as "sold", "clean-up" as "clean"), since a particle names
   * no word.
   */
  static String compoundTag(String[] tags, Pieces pieces, int word) {
    int first = pieces.first()[word];
    int head = pieces.head()[word];
    String tag = tags[head];
    return first < head && PARTICLES.contains(tag(tag)) ? tags[first] : tag;
  }

  /**
   * A word as the models read it: full-width Latin letters, digits and marks (U+FF01 to U+FF5E,
   * as East Asian typing writes English) as ASCII, letters with separate combining accents (NFD
   * text) composed, soft hyphens left out; the word itself when none is there. The models know
   * none of these forms: "ｍｉｎｉｓｔｅｒｓ" was a VERB with the lemma "ｍｉｎｉｓｔｓ", and an NFD
   * "Türkiye" a PRON.
   */
  static String fold(String word) {
    int i = 0;
    while (i < word.length() && !folds(word.charAt(i))) {
      i++;
    }
    if (i == word.length()) {
      return word;
    }
    StringBuilder b = new StringBuilder(word.length()).append(word, 0, i);
    for (; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
        b.append((char) (c - FULL_WIDTH_OFFSET));
      } else if (c != SOFT_HYPHEN) {
        b.append(c);
      }
    }
    String folded = Normalizer.normalize(b, Normalizer.Form.NFC);
    // a word of soft hyphens alone stays as it is: the models need a char
    return folded.isEmpty() ? word : folded;
  }

  /**
   * Full-width forms of ASCII chars as ASCII, char for char (offsets stay), except the CJK
   * punctuation among them ("，", "：", "（"), which {@link TextProcessor} cuts off as CJK.
   */
  static String foldWidth(String text) {
    int i = 0;
    while (i < text.length() && !isWide(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    char[] out = text.toCharArray();
    for (; i < out.length; i++) {
      if (isWide(out[i])) {
        out[i] = (char) (out[i] - FULL_WIDTH_OFFSET);
      }
    }
    return new String(out);
  }

  private static boolean isWide(char c) {
    return c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST && CJK_MARKS.indexOf(c) < 0;
  }

  private static boolean folds(char c) {
    return c >= '\u00AD' && (c == SOFT_HYPHEN || c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST
        || Character.getType(c) == Character.NON_SPACING_MARK);
  }

  /** A written word's tag from its model's tag: the first of joined ones ("PROPN+PART"). */
  static String tag(String modelTag) {
    int plus = modelTag.indexOf('+');
    return plus > 0 ? modelTag.substring(0, plus) : modelTag;
  }

  /**
   * The lemma of a written word.
   *
   * @param written the word as the body writes it
   * @param ascii the word as the models read it (curly apostrophes as ASCII ones)
   * @param start where its head piece starts
   * @param end where its head piece ends
   * @param modelTag the head's tag from the tagger, maybe joined ("NOUN+PART")
   * @param lemmatizer the lemma of a word with a (single or joined) tag
   */
  static String lemma(String written, String ascii, int start, int end, String modelTag,
      BinaryOperator<String> lemmatizer) {
    String tag = tag(modelTag);
    boolean joined = tag.length() < modelTag.length();
    String head = ascii.substring(start, end);
    // a clitic is cut where the tagger says the word holds more than one, and a possessive off
    // a noun it read whole
    Pattern cut = joined ? CLITIC
        : "NOUN".equals(tag) || "PROPN".equals(tag) ? POSSESSIVE : null;
    Matcher clitic = cut == null || end < ascii.length() ? null : cut.matcher(head);
    int hostEnd = clitic != null && clitic.find() ? start + clitic.start() : end;
    if ("PROPN".equals(tag)) {
      // a name keeps its form, as written; the whole compound ("Guinea-Bissau's" is
      // "Guinea-Bissau")
      return written.substring(0, hostEnd == end ? written.length() : hostEnd);
    }
    // joined, the model's lemma of the whole, first part: "will+not" is "will", "go+to" of
    // "gonna" "go"; the lemmatizer joins lemmas under a single tag too ("won't" as PUNCT)
    String headLemma = joined ? lemmatizer.apply(head, modelTag)
        : lemmatizer.apply(ascii.substring(start, hostEnd), tag);
    int plus = head.indexOf('+') < 0 ? headLemma.indexOf('+') : -1;
    if (plus > 0) {
      headLemma = headLemma.substring(0, plus);
    } else if (joined) {
      headLemma = lemmatizer.apply(ascii.substring(start, hostEnd), tag);
    }
    if (start == 0 && end == ascii.length()) {
      return headLemma;
    }
    // a compound inflects at its head when that is a noun ("follow-ups" is "follow-up"); any
    // other compound is its own lemma ("well-known", not "well-know")
    String before = ascii.substring(0, start).toLowerCase(Locale.ROOT);
    String after = ascii.substring(end).toLowerCase(Locale.ROOT);
    return "NOUN".equals(tag) ? before + headLemma + after
        : ascii.substring(0, hostEnd).toLowerCase(Locale.ROOT) + after;
  }
}
