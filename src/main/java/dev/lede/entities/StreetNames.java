package dev.lede.entities;

import static dev.lede.entities.NameWords.isCap;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guideline stage's streets and towns named in other languages, places by the guidelines
 * ("named streets"), which the model, trained on English, cuts or mistypes: a street word after
 * the name ("Oskar Lindqvists väg", a person for the model) or before it ("rue Oberkampf", "Calle
 * Mayor", "Via Garibaldi"), a street word ending one word ("Hauptstraße", "Karl-Marx-Strasse",
 * "Drottninggatan"), and a town whose hyphenated name opens with "Saint-" or "Sainte-"
 * after a preposition of place ("born in Saint-Amand-Montrond", which the model missed; a name the
 * model found there of the same span wins). Each is a candidate that competes with the others:
 * the longest span wins, and a listed name of the same span wins over it.
 *
 * <p>Thread-safe: holds no state.
 */
final class StreetNames {

  /** Street words written in lower case after a street's name: "Oskar Lindqvists väg". */
  private static final Set<String> STREET_AFTER = Set.of("väg", "vägen", "gata", "gatan",
      "gränd", "vej", "gade", "vei", "veien", "straße", "strasse", "gasse", "weg", "allee",
      "katu");
  /** Street words before a street's name, in either case: "rue Oberkampf", "Calle Mayor". */
  private static final Set<String> STREET_BEFORE = Set.of("rue", "calle", "avenida", "rua",
      "piazza", "viale", "corso", "via");
  /** Of those, the ones that English writes in lower case for another meaning: "via Rome". */
  private static final Set<String> CAPITALISED_ONLY = Set.of("via", "corso");
  /**
   * One word that ends in a street word: "Hauptstraße", "Drottninggatan", "Kungsgata",
   * "Strandvej", "Drammensveien" (not "gade" nor "gate", which end English words: "Brigade",
   * "Watergate").
   */
  private static final Pattern STREET_WORD = Pattern.compile(
      "\\p{Lu}[\\p{L}-]{2,}(?:straße|strasse|Straße|Strasse|gatan|gata|vägen|väg|gasse|Gasse"
      + "|vejen|vej|gaden|veien)");
  /** A town's hyphenated name opening with "Saint-" or "Sainte-": "Saint-Amand-Montrond". */
  private static final Pattern SAINT_TOWN = Pattern.compile(
      "Saint(?:e)?-\\p{Lu}\\p{L}*(?:-(?:\\p{Lu}\\p{L}*|la|le|les|lès|sur|en|de|du|des))*");
  /** Lower-case words inside a street's name after its street word: "Rue de Rivoli". */
  private static final Set<String> PARTICLES = Set.of("de", "del", "della", "des", "du", "la",
      "le", "di", "da", "dos", "das", "do", "dei");
  /**
   * Prepositions of place, after which a "Saint-" name is a town ("born in Saint-Amand-Montrond"):
   * elsewhere it may be a company or a person ("Saint-Gobain said", "Camille Saint-Saëns").
   */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "to",
      "into", "outside", "around", "towards");
  /**
   * English street words abbreviated after a street's name, with or without their full stop:
   * "Tilden Ave.", "Maple St.", "Winding Creek Dr."; a name after "St." or "Dr." makes them a
   * title or a saint ("Dr. Alan Brooks", "St. Louis").
   */
  private static final Set<String> STREET_ABBREVIATIONS = Set.of("Ave", "St", "Rd", "Blvd",
      "Dr", "Ln", "Pkwy");
  /**
   * Of {@link #STREET_ABBREVIATIONS}, those that also abbreviate a title before a name: "St."
   * (Saint) and "Dr." (Doctor); the others before a capitalised word still end a street ("Tilden
   * Ave. Tuesday").
   */
  private static final Set<String> TITLE_ABBREVIATIONS = Set.of("St", "Dr");
  /**
   * English street words written out, which after an ordinal always name a street: "117th
   * Street", "3rd Avenue" (an ordinal before another capitalised word may name a unit or an age:
   * "2nd Division", "21st Century").
   */
  private static final Set<String> STREET_WORDS = Set.of("Street", "Avenue", "Road",
      "Boulevard", "Lane", "Drive", "Parkway");
  /** Capitalised words that with a number after them name a road: "Route 52", "Interstate 95". */
  private static final Set<String> NUMBERED_ROADS = Set.of("Route", "Highway", "Interstate");
  /** A road's number: "52", "9W". */
  private static final Pattern ROAD_NUMBER = Pattern.compile("\\d{1,4}\\p{Lu}?");
  /** An ordinal that names a street: "5th Ave.", "42nd St.". */
  private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
  /** A place's one-word name at a route's end: "Bebra", "Hanover". */
  private static final Pattern ROUTE_END = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}]+");
  /**
   * Lower-case words before which a name is a facility, a place by the guidelines: "Incirlik air
   * base", "the Zaatari refugee camp", "Schiphol airport".
   */
  private static final Set<String> FACILITY_PHRASES = Set.of("air base", "airbase",
      "naval base", "military base", "army base", "refugee camp", "detention camp",
      "prison camp", "displacement camp", "military camp", "airport", "airfield");
  /**
   * Of them, the words that also follow a person or a side ("the Trump camp", "the party's
   * base"): a facility after a name with an Arabic article only ("the al-Tanf base").
   */
  private static final Set<String> FACILITY_WORDS_AFTER_ARTICLE = Set.of("camp", "base",
      "garrison", "mosque");
  /** A name opening with an Arabic article written in lower case: "al-Tanf", "el-Fasher". */
  private static final Pattern ARTICLE_NAME = Pattern.compile(
      "(?:al|el|as|ash|ad|an|ar|at|az)-\\p{Lu}\\p{L}+");
  /** The most capitalised words of a street's name beside its street word. */
  private static final int MAX_NAME_WORDS = 3;

  private StreetNames() {}

  /**
   * The places a route joins, where nothing else found them: two capitalised words joined by a
   * hyphen or an en dash before a way only places end ({@link NameWords#ROUTE_WAYS}: "the
   * Frankfurt-Bebra railway", "the Kelby–Arnsworth pipeline", split into words by {@link
   * Tokens#splitNameCompounds}), after no capitalised word; neither a direction, a prefix nor a
   * demonym ({@link NameWords#NO_PLACE_PARTS}: "the North-South line", "the Trans-Siberian
   * railway").
   *
   * @param words the sentence's words
   * @param demonym whether each word is a demonym
   * @param cands the candidates; such places are added where no candidate covers them
   */
  static void routeEnds(String[] words, boolean[] demonym, List<Candidate> cands) {
    for (int i = 0; i + 3 < words.length; i++) {
      if (!(words[i + 1].equals("-") || words[i + 1].equals("–"))
          || !NameWords.ROUTE_WAYS.contains(words[i + 3])
          || i > 0 && isCap(words[i - 1], false)
              && !(i == 1 && NameWords.ARTICLES.contains(words[0].toLowerCase(Locale.ROOT)))) {
        continue;
      }
      boolean places = true;
      for (int t : new int[] {i, i + 2}) {
        places &= ROUTE_END.matcher(words[t]).matches() && !demonym[t]
            && !NameWords.NO_PLACE_PARTS.contains(words[t]);
      }
      if (!places) {
        continue;
      }
      // the tagger's one place over both ends and the hyphen is two
      int first = i;
      cands.removeIf(c -> c.a() >= first && c.b() <= first + 3 && c.b() - c.a() == 3
          && c.canonical() == null);
      for (int t : new int[] {i, i + 2}) {
        int at = t;
        if (cands.stream().noneMatch(c -> c.a() <= at && c.b() > at)) {
          cands.add(new Candidate(t, t + 1, EntityType.LOCATION, null, null, false,
              Candidate.PRIO_MODEL));
        }
      }
    }
  }

  /**
   * Adds the sentence's streets and "Saint-" towns in other languages as place candidates.
   *
   * @param s the sentence
   * @param cands the candidates; such places are added
   */
  static void streets(SentenceTokens s, List<Candidate> cands) {
    String[] words = s.words();
    int n = words.length;
    for (int i = 0; i < n; i++) {
      String w = words[i];
      String lower = w.toLowerCase(Locale.ROOT);
      if (STREET_AFTER.contains(w) && i > 0 && isCap(words[i - 1], false)) {
        // "Oskar Lindqvists väg": the capitalised words before it and the street word
        int a = i;
        while (a > 0 && i - a < MAX_NAME_WORDS && isCap(words[a - 1], false)
            && !NameWords.ARTICLES.contains(words[a - 1].toLowerCase(Locale.ROOT))) {
          a--;
        }
        add(a, i + 1, cands);
      } else if (STREET_BEFORE.contains(lower) && nameAt(words, i + 1)
          && (!CAPITALISED_ONLY.contains(w) && (i > 0 || !w.equals("Via")))) {
        // "rue Oberkampf", "Rue de Rivoli", "Via Garibaldi" (not first in a sentence)
        int b = i + 1;
        while (b - i <= MAX_NAME_WORDS && nameAt(words, b)) {
          b++;
        }
        add(i, b, cands);
      } else if (ORDINAL.matcher(w).matches() && i + 1 < n
          && STREET_WORDS.contains(words[i + 1])) {
        add(i, i + 2, cands); // "117th Street"
      } else if (NUMBERED_ROADS.contains(w) && i + 1 < n
          && ROAD_NUMBER.matcher(words[i + 1]).matches()) {
        add(i, i + 2, cands); // "Route 52"
      } else if (abbreviatedStreet(s, i, cands)) {
        continue;
      } else if (STREET_WORD.matcher(w).matches()
          && !(i + 1 < n && STREET_AFTER.contains(words[i + 1]))) {
        // "Storgata gata": the street word after it ends the name
        add(i, i + 1, cands);
      } else if (SAINT_TOWN.matcher(w).matches() && i > 0
          && PLACE_PREPOSITIONS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
        // below the model's priority: a name it found there of the same span wins
        cands.add(new Candidate(i, i + 1, EntityType.LOCATION, null, null, false,
            Candidate.PRIO_LISTED_NAME));
      }
    }
  }

  /**
   * Adds an English street whose street word, abbreviated, is token i ("Tilden Ave."), and a
   * one-word street joined to it by "and" ("Church and Snyder Ave.": the corner of two). The
   * full stop the tokenizer split off is the abbreviation's only where it touches the word: one
   * set apart by a space, as tokenised texts write every full stop ("Church Ave . The"), is the
   * sentence's.
   *
   * @return whether it added one
   */
  private static boolean abbreviatedStreet(SentenceTokens s, int i, List<Candidate> cands) {
    String[] words = s.words();
    String w = words[i];
    boolean dotted = w.endsWith(".");
    String bare = dotted ? w.substring(0, w.length() - 1) : w;
    if (!STREET_ABBREVIATIONS.contains(bare) || i == 0) {
      return false;
    }
    int b = i + 1;
    if (!dotted && b < words.length && words[b].equals(".")) {
      b++; // "Ave" "." as the tokenizer split them
    }
    if (b < words.length && isCap(words[b], false) && TITLE_ABBREVIATIONS.contains(bare)
        && !ORDINAL.matcher(words[i - 1]).matches()) {
      return false; // "Dr. Alan Brooks", "St. Louis"; an ordinal names no saint ("52nd St.")
    }
    if (b > i + 1 && s.ends()[i] < s.starts()[i + 1]) {
      b = i + 1; // "Church Ave . The": the sentence's full stop
    }
    int a = i;
    while (a > 0 && i - a < MAX_NAME_WORDS && streetNameWord(words[a - 1])) {
      a--;
    }
    if (a == i) {
      return false;
    }
    if (a >= 2 && words[a - 1].equals("and") && streetNameWord(words[a - 2])
        && (a == 2 || !isCap(words[a - 3], false))) {
      add(a - 2, a - 1, cands);
    }
    add(a, b, cands);
    return true;
  }

  /** A word of an English street's name: capitalised and no article, or an ordinal. */
  private static boolean streetNameWord(String w) {
    return isCap(w, false) && !NameWords.ARTICLES.contains(w.toLowerCase(Locale.ROOT))
        || ORDINAL.matcher(w).matches();
  }

  /** Whether token t goes on with a name: a capitalised word, or a particle before one. */
  /**
   * Facilities named before a lower-case word for them, where nothing else found the name: "U.S.
   * jets left Incirlik air base", "the Zaatari refugee camp", "Schiphol airport"; with an Arabic
   * article in lower case also before "camp", "base", "garrison" or "mosque" ("the al-Tanf
   * base", "the al-Hol camp"), which follow people and sides too ("the Trump camp").
   *
   * @param words the sentence's words
   * @param cands the candidates; such places are added where no candidate covers the name
   */
  static void facilityNames(String[] words, List<Candidate> cands) {
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      boolean article = ARTICLE_NAME.matcher(words[i - 1]).matches();
      int name;
      if (FACILITY_PHRASES.contains(w) || article && FACILITY_WORDS_AFTER_ARTICLE.contains(w)) {
        name = i;
      } else if (i >= 2 && FACILITY_PHRASES.contains(words[i - 1] + " " + w)) {
        name = i - 1;
      } else {
        continue;
      }
      int a = name;
      while (a > 0 && name - a < MAX_NAME_WORDS
          && (isCap(words[a - 1], false) && !NameWords.ARTICLES.contains(
              words[a - 1].toLowerCase(Locale.ROOT))
              || a == name && ARTICLE_NAME.matcher(words[a - 1]).matches())) {
        a--;
      }
      int from = a;
      if (a < name && cands.stream().noneMatch(c -> c.a() < name && c.b() > from)) {
        cands.add(new Candidate(a, name, EntityType.LOCATION, null, null, false,
            Candidate.PRIO_MODEL));
      } else if (a < name) {
        // "Jets left Velbrook air base" with "Velbrook" read by the tagger as an organisation or
        // a person: a name that no list knows, ending right before the facility word, is the
        // facility's, a place
        for (int k = 0; k < cands.size(); k++) {
          Candidate c = cands.get(k);
          if (c.b() == name && c.a() >= from && c.priority() == Candidate.PRIO_MODEL
              && c.canonical() == null && (c.type() == EntityType.ORGANIZATION
                  || c.type() == EntityType.PERSON)) {
            cands.set(k, new Candidate(c.a(), c.b(), EntityType.LOCATION, null, null, false,
                Candidate.PRIO_MODEL, c.endChar()));
          }
        }
      }
    }
  }

  private static boolean nameAt(String[] words, int t) {
    return t < words.length && (isCap(words[t], false)
        || PARTICLES.contains(words[t]) && t + 1 < words.length && isCap(words[t + 1], false));
  }

  private static void add(int a, int b, List<Candidate> cands) {
    cands.add(new Candidate(a, b, EntityType.LOCATION, null, null, false,
        Candidate.PRIO_MODEL));
  }
}
