package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Towns no list knows that the tagger read as people throughout a text, for the document pass: a
 * one-word "person" that the text places ("the old creamery in Kessler", "near Dunmore", "between
 * Tillery and Spalding", "the city of Kessler", "Kessler police", "Wendell, the capital of the
 * county") and never treats as a person (no title before it, no verb of saying around it, no
 * "who" or age after it) is a place in all its mentions. Local reports name their small towns
 * this way, and the tagger, which knows few of them, reads a surname-like town as a person each
 * time ("Palmer" of an Alaskan fire report, "Spiro" of an Oklahoma court report).
 *
 * <p>A word of a person's name of the text ("Palmer" beside "Arnold Palmer"), a word the text
 * also writes in lower case and a listed name (with a canonical name) are left alone.
 *
 * <p>Thread-safe: holds no state.
 */
final class UnlistedTowns {

  /** The prepositions of rest that place a name after them: "in", "near", "outside". */
  private static final String PREPOSITIONS = "\\b(?:in|near|outside)";
  /**
   * Words right before a name that place it: a preposition of rest, or a town's people, parts or
   * offices and "of". "at" is left out ("looked at Brannock"), and so are "to" and "from"
   * ("talked to Brannock", "a call from Brannock").
   */
  private static final Pattern PLACE_BEFORE = Pattern.compile("(?:" + PREPOSITIONS
      + "|\\b(?:city|town|village|township|borough|people|residents|outskirts|heart|mayor"
      + "|streets)\\s+of)\\s+\\z");
  /** A preposition alone of {@link #PLACE_BEFORE}, which a noun after the name undoes. */
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      PREPOSITIONS + "\\s+\\z");
  /**
   * A lower-case word after a name that is no preposition, conjunction, auxiliary or word of
   * time: most often a noun the name describes ("interest in Hollis paintings", "the leading
   * scorer in Creighton history"), where "in" is about the name's work or team, not a town.
   */
  private static final Pattern NOUN_AFTER = Pattern.compile("\\A\\s+(?!(?:on|in|at|and|or"
      + "|but|to|for|with|where|when|while|after|before|since|until|by|from|last|this|that"
      + "|early|late|during|over|as|is|was|were|are|has|had|have|will|would|could|can|may"
      + "|earlier|yesterday|today|tonight|overnight|again|too|who|which)\\b)\\p{Ll}");
  /** Two names after "between", the second after "and": "between Tillery and Spalding". */
  private static final Pattern BETWEEN_BEFORE = Pattern.compile(
      "\\bbetween\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+and\\s+)?\\z");
  /**
   * Words right after a name that place it: the town's police or fire service, or an apposition
   * that says what place it is ("Wendell, the capital of the county").
   */
  private static final Pattern PLACE_AFTER = Pattern.compile("\\A(?:\\s+(?:police|policemen"
      + "|firefighters|firemen|fire\\s+(?:chief|department|crews?)|city\\s+(?:council|hall))\\b"
      + "|\\s*,\\s+(?:the\\s+)?(?:capital|(?:a|the)\\s+(?:city|town|village))\\b)");
  /**
   * What after a name leaves a preposition before it saying nothing of a place: a possessive
   * ("in Brannock's view") or a second name joined by "and" or "v", as a court case is cited
   * ("set out in Moran and Pyle", "in Ratych v Bloomer"; GUM dev's court transcript).
   */
  private static final Pattern NOT_A_PLACE_AFTER = Pattern.compile(
      "\\A(?:\\s*['’]|\\s+(?:and|v|vs)\\.?\\s+\\p{Lu})");
  /** "according to" before a name: "according to Brannock". */
  private static final Pattern PERSON_BEFORE = Pattern.compile("\\baccording\\s+to\\s+\\z");
  /**
   * A verb of saying before a name that ends the clause: "..., said Manrosan." ("Owen says
   * Kessler and Dunmore firemen came" is a clause, whose subject may be a town).
   */
  private static final Pattern SAYING_BEFORE = Pattern.compile(
      "\\b(?:said|says|told|added)\\s+\\z");
  /** What ends a clause right after a name. */
  private static final Pattern CLAUSE_END = Pattern.compile("\\A\\s*(?:[.,;:!?\"”]|\\z)");
  /**
   * What after a name says it is a person: a verb of saying or a person's deed, a relative "who",
   * an age in commas ("Mapahai, 35,").
   */
  private static final Pattern PERSON_AFTER = Pattern.compile("\\A(?:\\s*,)?\\s+(?:said|says"
      + "|told|tells|added|asked|testified|argued|wrote|explained|declined|denied|insisted"
      + "|recalled|remembers|thanked|stated)\\b|\\A\\s*,\\s+(?:who\\b|\\d+\\s*,)");
  /** How far around a mention, in chars, the patterns look. */
  private static final int WINDOW = 40;

  private UnlistedTowns() {}

  /**
   * The mentions with each unlisted one-word "person" that the text places and never treats as
   * a person typed as a place.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @param personWords the words of the text's person names of two words or more, in lower case
   * @param isTitle whether a word is a person's title or honorific
   * @return the mentions, in text order
   */
  static List<TypedMention> apply(String body, List<TypedMention> found,
      Set<String> personWords, Predicate<String> isTitle) {
    String lowerBody = body.toLowerCase(Locale.ROOT);
    Map<String, int[]> evidence = new HashMap<>(); // place, person
    for (TypedMention g : found) {
      String text = body.substring(g.start(), g.end());
      if (!isCandidate(g, text)) {
        continue;
      }
      int[] e = evidence.computeIfAbsent(text, k -> new int[2]);
      if (readsAsPerson(body, g, isTitle)) {
        e[1]++;
      } else if (readsAsPlace(body, g)) {
        e[0]++;
      }
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention g : found) {
      String text = body.substring(g.start(), g.end());
      int[] e = isCandidate(g, text) ? evidence.get(text) : null;
      boolean town = e != null && e[0] > 0 && e[1] == 0
          && !personWords.contains(text.toLowerCase(Locale.ROOT))
          && !DocumentPass.writtenInLowerCase(body, lowerBody, text);
      out.add(town ? new TypedMention(g.start(), g.end(), EntityType.LOCATION, null, null, false)
          : g);
    }
    return out;
  }

  /** A person of one word that no list knows, all letters, capitalised. */
  private static boolean isCandidate(TypedMention g, String text) {
    return g.type() == EntityType.PERSON && g.canonical() == null && text.length() >= 3
        && Character.isUpperCase(text.charAt(0))
        && text.chars().allMatch(Character::isLetter);
  }

  private static boolean readsAsPlace(String body, TypedMention g) {
    int from = Math.max(0, g.start() - WINDOW);
    int to = Math.min(body.length(), g.end() + WINDOW);
    boolean before = PLACE_BEFORE.matcher(body).useTransparentBounds(true)
        .region(from, g.start()).find()
        && !NOT_A_PLACE_AFTER.matcher(body).region(g.end(), to).lookingAt()
        && !(PREPOSITION_BEFORE.matcher(body).useTransparentBounds(true)
            .region(from, g.start()).find()
            && NOUN_AFTER.matcher(body).region(g.end(), to).lookingAt());
    boolean between = BETWEEN_BEFORE.matcher(body).useTransparentBounds(true)
        .region(from, g.start()).find();
    return before || between || PLACE_AFTER.matcher(body).region(g.end(), to).lookingAt();
  }

  private static boolean readsAsPerson(String body, TypedMention g, Predicate<String> isTitle) {
    String wordBefore = NameWords.wordBefore(body, g.start());
    if (wordBefore != null && isTitle.test(wordBefore)) {
      return true;
    }
    int from = Math.max(0, g.start() - WINDOW);
    int to = Math.min(body.length(), g.end() + WINDOW);
    return PERSON_BEFORE.matcher(body).useTransparentBounds(true).region(from, g.start()).find()
        || SAYING_BEFORE.matcher(body).useTransparentBounds(true).region(from, g.start()).find()
            && CLAUSE_END.matcher(body).region(g.end(), to).lookingAt()
        || PERSON_AFTER.matcher(body).region(g.end(), to).lookingAt();
  }
}
