package dev.lede.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The curated word and name lists of {@code models/}: countries with their codes and aliases,
 * demonyms, places, person titles, given names and surnames, ministry rules, the word
 * clusters of the name model and the large name lexicon of the neural tagger. Immutable.
 *
 * <p>Thread-safe.
 */
final class Gazetteer {

  /** Classpath folder of the shipped models and lists. */
  static final String MODELS = "/lede/models/";
  /** Cities at least this large are LOCATION on their own, without the model's support. */
  static final int BIG_CITY_POPULATION = 200_000;

  /** Two or more capitals, each with a lowercase letter or none, and a full stop each. */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.){2,}");

  /** What a gazetteer phrase names. */
  enum Kind { COUNTRY, DEMONYM, REGION, CITY, MINISTRY_NAMED, ORGANIZATION }

  /**
   * The third column of {@code organizations.tsv} that marks a short name that is also a common
   * word ("Labour", "Greens"): see {@link Sense#alsoAWord}.
   */
  static final String NOT_FIRST = "not-first";

  /**
   * A phrase's meaning: its kind, canonical name, and country code or population; and, for a
   * listed organisation's short name that is also a common word ("Labour"), {@code alsoAWord}:
   * it names the organisation only inside a sentence ("Labour costs rose" is a word), and it is
   * no input of the tagger, which was trained without it.
   */
  record Sense(Kind kind, String canonical, String code, int population, boolean alsoAWord,
      boolean taggerInput) {

    /** A sense whose phrase is no common word. */
    Sense(Kind kind, String canonical, String code, int population) {
      this(kind, canonical, code, population, false, true);
    }

    /** A sense the tagger reads unless its phrase is also a common word. */
    Sense(Kind kind, String canonical, String code, int population, boolean alsoAWord) {
      this(kind, canonical, code, population, alsoAWord, !alsoAWord);
    }
  }

  final PhraseTrie<Sense> phrases;
  final Map<String, String> countryNames;
  final Set<String> titles;
  final Set<String> givenNames;
  final Set<String> surnames;
  /** Lower-cased department portfolio ("homeland security") to canonical name. */
  final Map<String, String> departments;
  /** The length of the longest {@link #departments} key, in chars: no longer text names one. */
  final int longestDepartment;
  /** Word key ({@link WordClusterer#key}) to its fine and coarse cluster ids. */
  final Map<String, String[]> clusters;
  /** NLP4J's typed names: inputs of the neural tagger only. */
  final NameLexicon names;

  private Gazetteer(PhraseTrie<Sense> phrases, Map<String, String> countryNames, Set<String> titles,
      Set<String> givenNames, Set<String> surnames, Map<String, String> departments,
      Map<String, String[]> clusters, NameLexicon names) {
    this.phrases = phrases;
    this.countryNames = countryNames;
    this.titles = titles;
    this.givenNames = givenNames;
    this.surnames = surnames;
    this.departments = departments;
    this.longestDepartment = departments.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.clusters = clusters;
    this.names = names;
  }

  /** Whether a phrase is written as initials: "N.Y.", "W.Va.", not "Calif.". */
  static boolean isInitials(String phrase) {
    return INITIALS.matcher(phrase).matches();
  }

  /** Whether the lists know a phrase only as a city or a region: no country, no body. */
  boolean namesOnlyPlaces(String phrase) {
    boolean place = false;
    for (PhraseTrie.Entry<Sense> e : phrases.get(phrase)) {
      if (e.value().kind() != Kind.CITY && e.value().kind() != Kind.REGION) {
        return false;
      }
      place = true;
    }
    return place;
  }

  /**
   * Whether a phrase, written exactly so (case aside), is a listed country, region, city or
   * organisation: "Ukraine", "U.S.", "Hamas", "Bavaria".
   */
  boolean namesSomething(String phrase) {
    for (PhraseTrie.Entry<Sense> e : phrases.get(phrase)) {
      if (e.value().kind() != Kind.DEMONYM && e.value().kind() != Kind.MINISTRY_NAMED) {
        return true;
      }
    }
    return false;
  }

  /** Whether a phrase, written exactly so (case aside), is a listed ministry's name: "Treasury". */
  boolean namesMinistry(String phrase) {
    for (PhraseTrie.Entry<Sense> e : phrases.get(phrase)) {
      if (e.value().kind() == Kind.MINISTRY_NAMED) {
        return true;
      }
    }
    return false;
  }

  /**
   * Loads the lists from the classpath ({@value #MODELS}).
   *
   * @throws UncheckedIOException if a list is missing or unreadable
   */
  static Gazetteer load() {
    PhraseTrie.Builder<Sense> trie = new PhraseTrie.Builder<>();
    Map<String, String> countryNames = new HashMap<>();
    Set<String> seen = new HashSet<>();
    read("countries.tsv", cols -> {
      String code = cols[0];
      countryNames.put(code, cols[1]);
      Sense s = new Sense(Kind.COUNTRY, cols[1], code, 0);
      addOnce(trie, seen, cols[1], s);
      if (cols.length > 2 && !cols[2].isEmpty()) {
        for (String alias : cols[2].split("\\|")) {
          addOnce(trie, seen, alias, s);
        }
      }
    });
    read("demonyms.tsv", cols -> {
      Sense s = new Sense(Kind.DEMONYM, cols[0], cols[1], 0);
      addOnce(trie, seen, cols[0], s);
      if (!cols[0].endsWith("s") && !cols[0].endsWith("ese") && !cols[0].endsWith("ish")
          && !cols[0].endsWith("ch")) {
        addOnce(trie, seen, cols[0] + "s", s);
      }
    });
    // a US state carries the code "US": the context that tells Georgia the state from the
    // country; a state's abbreviation written as initials ("N.Y.", "S.C.") is also a person's
    // ("S.C. Johnson"), no input of the tagger, which read such a person as a place
    read("regions.tsv", cols -> addOnce(trie, seen, cols[0], new Sense(Kind.REGION, cols[1],
        cols.length > 2 && cols[2].equals("us-state") ? "US" : null, 0, false,
        !isInitials(cols[0]))));
    read("ministries.tsv", cols -> {
      if (cols[0].equals("named")) {
        addOnce(trie, seen, cols[1], new Sense(Kind.MINISTRY_NAMED, cols[2], null, 0));
      }
    });
    read("organizations.tsv", cols -> addOnce(trie, seen, cols[0],
        new Sense(Kind.ORGANIZATION, cols[1], null, 0,
            cols.length > 2 && cols[2].equals(NOT_FIRST))));
    Map<String, String> departments = new HashMap<>();
    read("ministries.tsv", cols -> {
      if (cols[0].equals("dept")) {
        departments.put(cols[1].toLowerCase(Locale.ROOT), cols[2]);
      }
    });
    read("cities.tsv", cols -> addOnce(trie, seen, cols[0],
        new Sense(Kind.CITY, cols[1], cols[2], Integer.parseInt(cols[3]))));
    // after the cities, so that a town a company shares keeps its sense; no input of the
    // tagger, which was trained without the list
    read("companies.tsv", cols -> addOnce(trie, seen, cols[0],
        new Sense(Kind.ORGANIZATION, cols[1], null, 0,
            cols.length > 2 && cols[2].equals(NOT_FIRST), false)));
    Set<String> titles = new HashSet<>();
    read("titles.txt", cols -> titles.add(cols[0].toLowerCase(Locale.ROOT)));
    Set<String> given = new HashSet<>();
    read("given-names.txt", cols -> given.add(cols[0]));
    Set<String> sur = new HashSet<>();
    read("surnames.txt", cols -> sur.add(cols[0]));
    Map<String, String[]> clusters = new HashMap<>();
    read("word-clusters.tsv", cols -> clusters.put(cols[0],
        new String[] {cols[1].intern(), cols[2].intern()}));
    return new Gazetteer(trie.build(), Map.copyOf(countryNames), Set.copyOf(titles),
        Set.copyOf(given), Set.copyOf(sur), Map.copyOf(departments), Map.copyOf(clusters),
        readLexicon());
  }

  private static NameLexicon readLexicon() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(MODELS + NameLexicon.FILE)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException(NameLexicon.FILE + " is not on the classpath"));
      }
      return NameLexicon.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + NameLexicon.FILE, e);
    }
  }

  /** Earlier lists win: a country name is not also a city ("Singapore", "Kuwait"). */
  private static void addOnce(PhraseTrie.Builder<Sense> trie, Set<String> seen, String phrase,
      Sense sense) {
    if (seen.add(phrase.toLowerCase(Locale.ROOT))) {
      trie.add(phrase, sense);
    } else if (sense.kind() != Kind.CITY && sense.kind() != Kind.DEMONYM) {
      trie.add(phrase, sense);
    }
  }

  static void read(String name, Consumer<String[]> row) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(MODELS + name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(name + " is not on the classpath"));
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        row.accept(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The first sense of a given kind among the entries of a match, or null. */
  static Sense first(List<PhraseTrie.Entry<Sense>> entries, Kind kind) {
    for (PhraseTrie.Entry<Sense> e : entries) {
      if (e.value().kind() == kind) {
        return e.value();
      }
    }
    return null;
  }
}
