package dev.lede.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Derives COUNTRY and MINISTRY gold spans from corpora that only tag PER/LOC/ORG, so that
 * {@code eval-ner} can score our two finer types. The derivation is a proxy, stated in the README:
 * <ul>
 *   <li>a gold LOC or ORG span is a gold COUNTRY when its whole text is the name, alias or
 *       abbreviation of a sovereign state in {@code countries.tsv} ("Britain", "U.S.", "Chad");
 *       names that are also US states ("Georgia") are left out of the score on both sides,
 *       because a LOC tag cannot tell the state from the country;
 *   <li>a gold ORG span is a gold MINISTRY when it contains the capitalised word "Ministry", is a
 *       named ministerial body of {@code ministries.tsv} ("Home Office"), or is a "Department of
 *       X" / "X Department" whose X is a cabinet portfolio there, optionally after a demonym or
 *       country. Its span follows our guidelines ({@link #ministrySpan}).
 * </ul>
 * Every prediction of the type counts, so a person called "Jordan" tagged COUNTRY is a false
 * positive. Immutable and thread-safe.
 */
final class FineGold {

  /**
   * Sovereign states that share their name with a US state: Georgia is the only one (50 US
   * states against the ISO 3166-1 list).
   */
  static final Set<String> STATE_NAMED_COUNTRIES = Set.of("Georgia");

  /**
   * Cities at least this large are places the guidelines' LOCATION covers whatever they stand
   * for ("Tehran said"): the recognizer's own threshold for a city that is a LOCATION on its own.
   */
  static final int BIG_CITY_POPULATION = 200_000;

  private final Set<String> countryNames;
  private final Set<String> ambiguous;
  private final Set<String> namedMinistries;
  private final Set<String> portfolios;
  private final Set<String> demonyms;
  private final Set<String> places;
  private final Set<String> organizations;

  private FineGold(Set<String> countryNames, Set<String> ambiguous, Set<String> namedMinistries,
      Set<String> portfolios, Set<String> demonyms, Set<String> places,
      Set<String> organizations) {
    this.demonyms = Set.copyOf(demonyms);
    this.places = Set.copyOf(places);
    this.organizations = Set.copyOf(organizations);
    this.countryNames = Set.copyOf(countryNames);
    this.ambiguous = Set.copyOf(ambiguous);
    this.namedMinistries = Set.copyOf(namedMinistries);
    this.portfolios = Set.copyOf(portfolios);
  }

  /** Loads the shipped country and ministry lists from the classpath. */
  static FineGold load() {
    Set<String> countries = new HashSet<>();
    for (String[] cols : rows("countries.tsv")) {
      if (cols.length >= 2) {
        countries.add(cols[1]);
      }
      if (cols.length >= 3) {
        for (String alias : cols[2].split("\\|")) {
          if (!alias.isBlank()) {
            countries.add(alias.strip());
          }
        }
      }
    }
    Set<String> named = new HashSet<>();
    Set<String> portfolios = new HashSet<>();
    for (String[] cols : rows("ministries.tsv")) {
      if (cols.length >= 2 && cols[0].equals("named")) {
        named.add(cols[1]);
      } else if (cols.length >= 2 && cols[0].equals("dept")) {
        portfolios.add(cols[1]);
      }
    }
    Set<String> demonyms = new HashSet<>();
    for (String[] cols : rows("demonyms.tsv")) {
      demonyms.add(cols[0]);
    }
    // places: the hand-curated regions (with the buildings that stand for a government, "White
    // House") and the big cities, less any name our organisation list knows
    Set<String> places = new HashSet<>();
    for (String[] cols : rows("regions.tsv")) {
      places.add(cols[0]);
    }
    for (String[] cols : rows("cities.tsv")) {
      if (cols.length >= 4 && Integer.parseInt(cols[3]) >= BIG_CITY_POPULATION) {
        places.add(cols[0]);
      }
    }
    Set<String> organizations = new HashSet<>();
    for (String[] cols : rows("organizations.tsv")) {
      places.remove(cols[0]);
      organizations.add(cols[0]);
    }
    for (String[] cols : rows("ministries.tsv")) {
      if (cols.length >= 2 && cols[0].equals("named")) {
        places.remove(cols[1]);
      }
    }
    return new FineGold(countries, STATE_NAMED_COUNTRIES, named, portfolios, demonyms, places,
        organizations);
  }

  /** Whether a span's text (tokens joined by spaces) names a sovereign state. */
  boolean isCountry(String text) {
    return countryNames.contains(text) || countryNames.contains(text.replace(" .", "."));
  }

  /**
   * Whether a span's text (tokens joined by spaces) names a place the guidelines call LOCATION
   * or COUNTRY whatever it stands for: a sovereign state, a region of {@code regions.tsv}, or a
   * city of {@code cities.tsv} with at least {@value #BIG_CITY_POPULATION} people; names of our
   * organisation and ministry lists are not places.
   */
  boolean isPlace(String text) {
    return isCountry(text) || places.contains(text);
  }

  /**
   * Whether a span's text (tokens joined by spaces) is a name or abbreviation of our organisation
   * list ({@code organizations.tsv}: "U.N.", "African Union", "Red Cross"), which the guidelines
   * call ORGANIZATION wherever it stands.
   */
  boolean isOrganization(String text) {
    return organizations.contains(text);
  }

  /** Whether a span's text names a country that is also a US state: not scored. */
  boolean isAmbiguous(String text) {
    return ambiguous.contains(text);
  }

  /**
   * Where a gold ministry span starts and ends under our guidelines, given the corpus's span
   * [start, end): a leading determiner or "Country 's" possessive is not part of it (the country
   * is its own mention), a demonym or country written directly before it is.
   *
   * @return {start, end}
   */
  int[] ministrySpan(List<String> tokens, int start, int end) {
    int s = start;
    if (s + 1 < end && (tokens.get(s).equals("The") || tokens.get(s).equals("A")
        || tokens.get(s).equals("the"))) {
      s++;
    }
    int possessive = tokens.subList(s, end).indexOf("'s");
    if (possessive >= 0 && s + possessive + 1 < end) {
      s += possessive + 1;
    }
    if (s == start && s > 0
        && (demonyms.contains(tokens.get(s - 1)) || isCountry(tokens.get(s - 1)))) {
      s--;
    }
    return new int[] {s, end};
  }

  /** Whether a gold ORG span's tokens name a ministry by the rules above. */
  boolean isMinistry(List<String> tokens) {
    String text = String.join(" ", tokens);
    if (tokens.contains("Ministry") || tokens.contains("Ministries")) {
      return true;
    }
    for (String name : namedMinistries) {
      if (text.equals(name) || text.endsWith(" " + name)) {
        return true;
      }
    }
    int dept = tokens.indexOf("Department");
    if (dept < 0) {
      return false;
    }
    for (int a = 0; a < dept; a++) { // "State Department", "U.S. Homeland Security Department"
      if (portfolios.contains(String.join(" ", tokens.subList(a, dept)))) {
        return true;
      }
    }
    int x = dept + 1;
    if (x < tokens.size() && tokens.get(x).equals("of")) {
      x++;
      if (x < tokens.size() && tokens.get(x).equals("the")) {
        x++;
      }
      for (int b = x + 1; b <= tokens.size(); b++) { // "Department of Homeland Security"
        if (portfolios.contains(String.join(" ", tokens.subList(x, b)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String[]> rows(String file) {
    String path = "/lede/models/" + file;
    try (InputStream in = FineGold.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "FineGold[%d country names, %d ministries, %d portfolios]",
        countryNames.size(), namedMinistries.size(), portfolios.size());
  }
}
