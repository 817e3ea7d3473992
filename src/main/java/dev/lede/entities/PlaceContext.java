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
   * A preposition of place or motion right before a mention ("arrived in Jordan", "flew to
   * Chad"), or a verb whose object is where one goes ("visited Jordan", "toured Chad");
   * "according to" and verbs of speaking before "to" name a person ("spoke to Jordan").
   */
  private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at|near|from"
      + "|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?"
      + "|outside|inside|around|across|through|throughout|into|within|via|towards?"
      + "|(?<!according |spoke |speaking |talked |talking |said |says |wrote |writes |replied "
      + "|listened |listening |thanks )to)\\s+\\z");
  /** What stands between a person and where the person rules or comes from: " of ". */
  private static final Pattern OF_BETWEEN = Pattern.compile("\\s+of\\s+");
  /** How far before a mention, in chars, {@link #PLACE_BEFORE} looks. */
  private static final int PLACE_WINDOW = 20;

  private PlaceContext() {}

  /**
   * Whether a mention stands where a place does: after a preposition of place or motion, after
   * a place and a comma, as the country or region of that place ("Amman, Jordan"), or after a
   * person and "of", as where that person rules or comes from ("King Abdullah of Jordan").
   *
   * @param body the body
   * @param previous the mention before it in the text, or null
   * @param f the mention
   */
  static boolean readsAsPlace(String body, @Nullable TypedMention previous, TypedMention f) {
    return PLACE_BEFORE.matcher(body).useTransparentBounds(true)
        .region(Math.max(0, f.start() - PLACE_WINDOW), f.start()).find()
        || afterPlaceAndComma(body, previous, f) || afterPersonAndOf(body, previous, f);
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
