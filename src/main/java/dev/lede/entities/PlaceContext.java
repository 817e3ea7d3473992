package dev.lede.entities;

import static dev.lede.entities.NameWords.singleSpaced;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the words around a mention say of it as a place, for the document pass: a country written
 * where a place stands is the country even where a person of the text bears its name ("visited
 * Amman, Jordan", "flew to Chad"), and a "Georgia" after a place and a comma is in that place's
 * country ("Atlanta, Georgia" is the US state, "Tbilisi, Georgia" the country).
 *
 * <p>Thread-safe: holds no state.
 */
final class PlaceContext {

  /**
   * "at" after a verb of aiming names a target, not where something is: "firing at Mwenda",
   * "looked at Jordan", "pointed at Chester".
   */
  private static final String AT = "(?<!\\b(?:fire[ds]?|firing|shot|shoots?|shooting|look(?:s|ed"
      + "|ing)?|aim(?:s|ed|ing)?|point(?:s|ed|ing)?|yell(?:s|ed|ing)?|shout(?:s|ed|ing)?"
      + "|laugh(?:s|ed|ing)?|swung|swing(?:s|ing)?|lunge[ds]?|lunging|stare[ds]?|staring"
      + "|glance[ds]?|glancing|smile[ds]?|smiling|wave[ds]?|waving|threw|throw(?:s|ing)?"
      + "|hurl(?:s|ed|ing)?|struck)\\s)at";
  /**
   * A preposition of place or motion right before a mention ("arrived in Jordan", "flew to
   * Chad"); "according to" and verbs of speaking before "to" name a person ("spoke to Jordan").
   */
  private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|" + AT + "|near|from"
      + "|outside|inside|around|across|through|throughout|into|within|via|towards?"
      + "|(?<!according |spoke |speaking |talked |talking |said |says |wrote |writes |replied "
      + "|listened |listening |thanks )to)\\s+\\z");
  /** A preposition of rest right before a mention: "met in Okonjo", "stayed at Kesmark". */
  private static final Pattern REST_BEFORE = Pattern.compile(
      "\\b(?:in|" + AT + "|near|inside|outside|within|throughout)\\s+\\z");
  /** A verb whose object is where one goes, or the person one goes to see: "visited Jordan". */
  private static final Pattern VISIT_BEFORE =
      Pattern.compile("\\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\\s+\\z");
  /**
   * What, after a visited name, says it is a person: where a person is kept or lives ("in
   * hospital", "at her house", "in his cell"), or a relative "who" ("Jordan, who is ill"). A
   * country is neither in a hospital nor a "who"; "in May", "at the invitation" say nothing.
   */
  private static final Pattern PERSON_AFTER = Pattern.compile("\\A(?:\\s*,\\s*who\\b"
      + "|\\s+(?:in|at)\\s+(?:(?:the|a|his|her|their)\\s+)?(?:home|house|hospital|clinic"
      + "|hospice|bedside|bed|prison|jail|cell|custody|detention|residence|apartment|flat"
      + "|care\\s+home|nursing\\s+home)\\b)");
  /** How far after a visited name, in chars, {@link #PERSON_AFTER} looks. */
  private static final int AFTER_WINDOW = 30;
  /**
   * A state's ruler, government, capital or people before "of" ("the king of Jordan", "the
   * Government of Chad"): what follows is the state; "a friend of Jordan" says nothing.
   */
  private static final Pattern STATE_OF = Pattern.compile("(?i:\\b(?:king|queen|emir|sultan"
      + "|monarch|president|prime\\s+minister|premier|government|parliament|capital|embassy"
      + "|ambassador|citizens|people|borders?)\\s+of\\s+\\z)");
  /** What stands between a person and where the person rules or comes from: " of ". */
  private static final Pattern OF_BETWEEN = Pattern.compile("\\s+of\\s+");
  /** How far before a mention, in chars, {@link #PLACE_BEFORE} looks. */
  private static final int PLACE_WINDOW = 20;

  private PlaceContext() {}

  /**
   * Whether a mention stands where a place does: after a preposition of place or motion, after
   * a state's ruler, government or capital and "of" ("the king of Jordan"), after a place and a
   * comma, as the country or region of that place ("Amman, Jordan"), or after a
   * person and "of", as where that person rules or comes from ("King Abdullah of Jordan").
   *
   * @param body the body
   * @param previous the mention before it in the text, or null
   * @param f the mention
   */
  static boolean readsAsPlace(String body, @Nullable TypedMention previous, TypedMention f) {
    return before(PLACE_BEFORE, body, f) || before(STATE_OF, body, f)
        || visitedAsPlace(body, f)
        || afterPlaceAndComma(body, previous, f) || afterPersonAndOf(body, previous, f);
  }

  /**
   * Whether a name that no list knows as a place stands where a place does: only after a
   * preposition of rest or after a place and a comma. After "to" or "from" such a word that a
   * person of the text bears is that person ("arguing to Bodiford", "a right hand from
   * Klitschko"), where a listed place stays the place ("flew to Chad").
   *
   * @param body the body
   * @param previous the mention before it in the text, or null
   * @param f the mention
   */
  static boolean readsAsUnlistedPlace(String body, @Nullable TypedMention previous,
      TypedMention f) {
    return before(REST_BEFORE, body, f) || afterPlaceAndComma(body, previous, f);
  }

  /** Whether a pattern anchored at its end matches the words right before a mention. */
  private static boolean before(Pattern p, String body, TypedMention f) {
    return p.matcher(body).useTransparentBounds(true)
        .region(Math.max(0, f.start() - PLACE_WINDOW), f.start()).find();
  }

  /**
   * Whether a mention after "visited" or "toured" is the place visited ("visited Jordan last
   * week"), not the person ("visited Jordan in hospital", "visited Jordan, who").
   */
  private static boolean visitedAsPlace(String body, TypedMention f) {
    return before(VISIT_BEFORE, body, f) && !PERSON_AFTER.matcher(body)
        .region(f.end(), Math.min(body.length(), f.end() + AFTER_WINDOW)).lookingAt();
  }

  /** Whether a mention follows a person and "of": "Abdullah of Jordan", "Smith of Kesmark". */
  private static boolean afterPersonAndOf(String body, @Nullable TypedMention previous,
      TypedMention f) {
    return previous != null && previous.type() == EntityType.PERSON
        && previous.end() < f.start()
        && OF_BETWEEN.matcher(body).region(previous.end(), f.start()).matches();
  }

  /**
   * Whether a "Georgia" is the US state: after a place and a comma, when that place is a US
   * state or a listed US city ("Atlanta, Georgia", "Savannah, Georgia"), not when it is a
   * Georgian city ("Tbilisi, Georgia"); elsewhere, and after a place of neither, as the text
   * mostly is.
   *
   * @param gazetteer the lists that give a city's country
   * @param body the body
   * @param previous the mention before it in the text, or null
   * @param f the mention of "Georgia"
   * @param usText whether the text's other places are more often American than Georgian
   */
  static boolean isTheState(Gazetteer gazetteer, String body, @Nullable TypedMention previous,
      TypedMention f, boolean usText) {
    if (previous == null || !afterPlaceAndComma(body, previous, f)) {
      return usText;
    }
    if (previous.usState()) {
      return true;
    }
    String code = cityCountry(gazetteer, body.substring(previous.start(), previous.end()));
    return code == null ? usText : code.equals("US");
  }

  /** The country code of a listed city's name ("Atlanta" US, "Tbilisi" GE), or null. */
  private static @Nullable String cityCountry(Gazetteer gazetteer, String name) {
    for (PhraseTrie.Entry<Gazetteer.Sense> e : gazetteer.phrases.get(singleSpaced(name))) {
      if (e.value().kind() == Gazetteer.Kind.CITY) {
        return e.value().code();
      }
    }
    return null;
  }

  /** Whether a mention follows a place and a comma: "Amman, Jordan", "Tbilisi, Georgia". */
  private static boolean afterPlaceAndComma(String body, @Nullable TypedMention previous,
      TypedMention f) {
    return previous != null && previous.type() == EntityType.LOCATION
        && previous.end() < f.start() && body.charAt(previous.end()) == ','
        && DocumentPass.onlySpaces(body, previous.end() + 1, f.start());
  }
}
