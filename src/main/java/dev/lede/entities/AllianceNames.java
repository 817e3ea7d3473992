package dev.lede.entities;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The document pass's alliances named by their head word alone: a capitalised "Coalition" or
 * "Alliance" standing on its own is an ORGANIZATION, the name by which military and government
 * copy calls the coalition it works in ("Coalition aircraft conducted 23 strikes", "the Alliance's
 * members agreed") and politics a pact of parties. The tagger read it as a place or missed it
 * where the text names no "Global Coalition" whose head the document pass could take it for.
 * Not a word of a longer name, found or not ("the Kelvar Coalition", "the Coalition of Valdor
 * Farmers"), and not first in a sentence where the text also writes the word in lower case
 * ("Coalition talks stalled" beside "the ruling coalition").
 *
 * <p>Thread-safe: static methods over their arguments.
 */
final class AllianceNames {

  /** Heads that name an alliance alone when capitalised. */
  private static final Set<String> HEADS = Set.of("Coalition", "Alliance");

  private AllianceNames() {}

  /**
   * The mentions with each alliance's head alone as an organisation: a one-word place or person
   * the sentences read there retyped, a token no mention covers added.
   *
   * @param body the body
   * @param lowerBody the body in lower case
   * @param found the mentions, in text order
   * @param tokens the body's tokens, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> apply(String body, String lowerBody, List<TypedMention> found,
      List<Token> tokens) {
    List<TypedMention> out = null; // made at the first change, most texts have none
    int next = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String word = NameFeatures.stripPossessive(t.text());
      if (!HEADS.contains(word)) {
        continue;
      }
      while (next < found.size() && found.get(next).end() <= t.start()) {
        next++;
      }
      int end = t.start() + word.length();
      TypedMention covering = next < found.size() && found.get(next).start() < end
          ? found.get(next) : null;
      boolean alone = covering == null || covering.start() == t.start() && covering.end() == end
          && covering.type() != EntityType.ORGANIZATION;
      if (!alone || !standsAlone(body, lowerBody, tokens, i, word)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      TypedMention org = new TypedMention(t.start(), end, EntityType.ORGANIZATION, null, null,
          false);
      if (covering != null) {
        out.set(out.indexOf(covering), org);
      } else {
        out.add(org);
      }
    }
    if (out == null) {
      return found;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * Whether the head at token {@code i} is a name of its own: no capitalised word of a name right
   * before it (an article opening the sentence aside) or right after it (after a possessive the
   * owner's name has ended), no "of" and a capitalised word after it, and, first in its
   * sentence, a word the text never writes in lower case.
   */
  private static boolean standsAlone(String body, String lowerBody, List<Token> tokens, int i,
      String word) {
    Token t = tokens.get(i);
    boolean first = DocumentFilters.opensSentence(body, t.start());
    if (!first && i > 0) {
      String before = tokens.get(i - 1).text();
      boolean openingThe = before.equals("The")
          && DocumentFilters.opensSentence(body, tokens.get(i - 1).start());
      if (NameWords.isCap(before, false) && !openingThe) {
        return false;
      }
    }
    boolean owned = !word.equals(t.text())
        || i + 1 < tokens.size() && NameWords.isPossessive(tokens.get(i + 1).text());
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
    if (!owned && NameWords.isCap(after, false)) {
      return false;
    }
    if ((after.equals("of") || after.equals("for")) && i + 2 < tokens.size()
        && NameWords.isCap(tokens.get(i + 2).text(), false)) {
      return false;
    }
    return !first || !DocumentPass.writtenInLowerCase(body, lowerBody, word);
  }
}
