package dev.lede.keywords;

import dev.lede.text.Sentence;
import dev.lede.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the present-tense verb the POS tagger read as a noun right after its subject: "The
 * committee bars the march", "The launch puts Lumora ahead", "Gibraltar borders Spain" gave the
 * keywords "committee bar", "launch put". The tagger (greedy, with no tag dictionary) cannot tell
 * such a verb from a compound's plural head ("price rises", "water supplies") by the tags before
 * it, and neither can a rule on tags alone in general; what can is the rest of the clause. A
 * sentence that has not yet had a verb, where the first lower-case word in -s after a noun
 * follows a singular noun or a name (the agreement of a verb in -s) and comes before a
 * determiner, proper noun, number, adjective or adverb (the opening of an object or adverbial,
 * where a compound's head is followed by its verb, a preposition, a conjunction or punctuation),
 * with no verb before the clause ends, has that word as its verb.
 *
 * <p>On GMB's 47,959 newswire sentences as Lede tags them it reads 162 nouns as verbs, 143 of
 * them verbs (README, "Keywords"); a verb after another verb, before a preposition ("The deal
 * runs until") or in its base form ("free lunches raise") it leaves, as the tags around those are
 * no better sign of a verb than of a noun.
 *
 * <p>Stateless and thread-safe.
 */
final class MissedVerbs {

  /** Tags of a word that opens an object or an adverbial right after a verb. */
  private static final Set<String> OPENS_OBJECT = Set.of("DET", "PROPN", "NUM", "ADJ", "ADV");
  /** Tags of a verb the tagger found. */
  private static final Set<String> VERBS = Set.of("VERB", "AUX");
  /** Marks that end a clause. */
  private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", ")", ".", "?", "!",
      "\"", "\u201C", "\u201D", "\u2014", "\u2013");
  /** Relative pronouns, which open a clause of their own. */
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom", "whose");

  private MissedVerbs() {}

  /**
   * The index of the token of a sentence that is its verb read as a noun, or -1 if none.
   *
   * @param tokens all tokens of the body
   * @param sentence the sentence
   */
  static int in(List<Token> tokens, Sentence sentence) {
    int first = sentence.firstToken();
    int end = first + sentence.tokenCount();
    for (int i = first + 1; i < end; i++) {
      Token t = tokens.get(i);
      Token before = tokens.get(i - 1);
      if (VERBS.contains(before.pos())) {
        return -1; // the sentence has its verb
      }
      if (!"NOUN".equals(t.pos()) || !KeywordExtractor.NOUNS.contains(before.pos())
          || !isThirdPerson(t)) {
        continue;
      }
      // the first word in -s after a noun decides: a later one is the object's, not the verb
      boolean singularBefore = "PROPN".equals(before.pos())
          || before.text().equalsIgnoreCase(before.lemma());
      boolean lowerCase = Character.isLowerCase(t.text().codePointAt(0));
      return singularBefore && lowerCase && i + 1 < end
          && OPENS_OBJECT.contains(tokens.get(i + 1).pos())
          && noVerbUntilClauseEnds(tokens, i + 1, end) ? i : -1;
    }
    return -1;
  }

  /** Whether a word in -s is its lemma's third person: "bars" of "bar", "carries" "carry". */
  private static boolean isThirdPerson(Token t) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return !lemma.isEmpty() && (lower.equals(lemma + "s") || lower.equals(lemma + "es")
        || lemma.endsWith("y") && lower.equals(lemma.substring(0, lemma.length() - 1) + "ies"));
  }

  private static boolean noVerbUntilClauseEnds(List<Token> tokens, int from, int end) {
    for (int k = from; k < end; k++) {
      Token t = tokens.get(k);
      if (VERBS.contains(t.pos())) {
        return false;
      }
      if ("SCONJ".equals(t.pos()) || "PUNCT".equals(t.pos()) && CLAUSE_MARKS.contains(t.text())
          || "PRON".equals(t.pos()) && RELATIVES.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return true;
  }
}
