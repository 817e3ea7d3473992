package dev.lede.entities;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-word names that speak: "Brannock told reporters", where a verb of saying makes the
 * tagger's one-word person reading the text's word for a person, as a title does ("Senator
 * Okafor"), while another sentence's reading of the same word as a place or a body stays the
 * tagger's guess. {@link DocumentPass} asks these questions.
 *
 * <p>Stateless; safe to share across threads.
 */
final class Speakers {

  /**
   * A verb of saying right after a name: its subject, a one-word name the tagger read as a
   * person there ("Brannock told reporters"), is a person of the text.
   */
  private static final Pattern SPEAKS_AFTER = Pattern.compile(
      "\\A\\s+(?:said|says|told|tells|added|asked)\\b");
  /** Words before a name that leave it the subject of its clause: "and Brannock said". */
  private static final Set<String> SUBJECT_BEFORE = Set.of("and", "but", "then", "that", "when",
      "while", "as", "because", "after", "before", "since", "where", "so", "if", "though");
  /** The lower-case word right after a name: "union" of "the Verdi union". */
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}+)\\b");

  private Speakers() {}

  /**
   * Whether a mention is the subject of a verb of saying right after it: "Brannock told
   * reporters", "..., and Brannock said"; not the object of a preposition before it, whose
   * speaker is another ("a spokesman for Kel said").
   */
  static boolean speaks(String body, TypedMention f) {
    if (!SPEAKS_AFTER.matcher(body).region(f.end(), body.length()).lookingAt()) {
      return false;
    }
    String before = NameWords.wordBefore(body, f.start());
    // none, or one that ends its sentence or clause ("in Brannock. Brannock told")
    return before == null || before.isEmpty()
        || !Character.isLetter(before.charAt(before.length() - 1))
        || SUBJECT_BEFORE.contains(before);
  }

  /**
   * Whether the text calls a word an organisation with a head word in lower case right after it
   * ("the Verdi union"): then "Verdi said" is that organisation speaking.
   */
  static boolean namedAsAnOrganisation(String body, String word) {
    for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at > 0 && Character.isLetter(body.charAt(at - 1)))
          || (end < body.length() && Character.isLetter(body.charAt(end)))) {
        continue;
      }
      Matcher m = NEXT_WORD.matcher(body).region(end, body.length());
      if (m.lookingAt() && NameWords.ORG_HEADS.contains(m.group(1))) {
        return true;
      }
    }
    return false;
  }
}
