package dev.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sovereign states named in the language of a body that is not English: "Brasil" and "Estados
 * Unidos" in Portuguese, "Germania" in Italian, "Россия" in Russian. The English stages know a
 * state only by its English names, so in such a body the guidelines' COUNTRY mentions were
 * missed, or kept as whatever the tagger read. The names are those of the npm package
 * i18n-iso-countries (`models/countries-i18n.tsv`, 75 languages); a mention gets the state's
 * English canonical name and ISO code, as an English one does.
 *
 * <p>A name is read as written (case kept) and as a whole word. A name that is also a listed given
 * name is a person's where a capitalised word follows it, where the tagger read a person there,
 * or where it is a word of a person's name in the body ("Maurice Dupont", then "Maurice a ri",
 * in French, where "à Maurice" is Mauritius). A longer mention around a name
 * keeps it ("Banco do Brasil"); a mention inside it, or of its very span, gives way to it, but a
 * person's that is a given name.
 *
 * <p>Thread-safe: the lists are immutable; each language's pattern is built once, on first use.
 */
final class ForeignCountryNames {

  /** The file of names, on the classpath beside the other lists. */
  static final String FILE = "countries-i18n.tsv";

  /** Languages whose genitive adds "-s" to a name: German, Dutch and the Scandinavian ones. */
  private static final Set<String> GENITIVE_S = Set.of("de", "nl", "sv", "no", "nb", "nn", "da");
  /** Languages that decline nouns and write them in Cyrillic. */
  private static final Set<String> CYRILLIC_CASES = Set.of("ru", "uk", "be", "bg", "sr", "mk");
  /** Endings of their nouns' cases (singular), of which a name may take one. */
  private static final Set<String> CYRILLIC_ENDINGS = Set.of("", "а", "я", "у", "ю", "е", "ы",
      "и", "ой", "ей", "ом", "ем", "ию", "ии", "ией", "ія", "ії", "ію", "єю", "і");
  /** Letters a name may lose before an ending: "Россия" -> "Росси" + "и". */
  private static final char[] CYRILLIC_FINALS = {'а', 'я', 'й', 'ь', 'о', 'е', 'и', 'і'};
  /** The longest ending, in chars. */
  private static final int MAX_ENDING = 3;
  /** The shortest stem left before an ending. */
  private static final int MIN_STEM = 3;
  /** Quotation marks and dashes that may stand before a sentence's first word. */
  private static final String OPENERS = "\"“”„«»'‘’—–-(";
  /** A word of letters. */
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Language code to its names, each to its ISO code. */
  private final Map<String, Map<String, String>> names;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
  private final Gazetteer gazetteer;

  ForeignCountryNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    Map<String, Map<String, String>> byLanguage = new HashMap<>();
    Gazetteer.read(FILE, cols -> byLanguage.computeIfAbsent(cols[0], k -> new HashMap<>())
        .putIfAbsent(cols[2], cols[1]));
    this.names = byLanguage.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
  }

  /**
   * The mentions with the states the body names in its own language added.
   *
   * @param language the body's ISO 639-1 code
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  List<TypedMention> add(String language, String body, List<TypedMention> found) {
    Map<String, String> codes = names.get(language);
    if (codes == null) {
      return found;
    }
    Pattern pattern = patterns.computeIfAbsent(language, k -> pattern(codes));
    List<TypedMention> kept = new ArrayList<>(found);
    List<TypedMention> added = new ArrayList<>();
    Matcher m = pattern.matcher(body);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (isPersonsName(body, m.group(), end, start, kept)) {
        continue;
      }
      boolean inside = false;
      for (TypedMention f : kept) {
        if (f.start() <= start && f.end() >= end && f.end() - f.start() > end - start) {
          inside = true; // "Banco do Brasil"
          break;
        }
      }
      if (inside) {
        continue;
      }
      kept.removeIf(f -> f.start() < end && f.end() > start);
      String code = codes.get(m.group());
      added.add(new TypedMention(start, end, EntityType.COUNTRY,
          gazetteer.countryNames.getOrDefault(code, m.group()), code, false));
    }
    addInflected(language, body, codes, kept, added);
    if (added.isEmpty()) {
      return found;
    }
    kept.addAll(added);
    kept.sort(Comparator.comparingInt(TypedMention::start));
    return kept;
  }

  /** Whether a name that is also a given name is a person's here. */
  private boolean isPersonsName(String body, String name, int end, int start,
      List<TypedMention> found) {
    if (!gazetteer.givenNames.contains(name)) {
      return false;
    }
    for (TypedMention f : found) {
      if (f.type() == EntityType.PERSON && (f.start() < end && f.end() > start
          || List.of(body.substring(f.start(), f.end()).split("\\s+")).contains(name))) {
        return true;
      }
    }
    int next = end;
    while (next < body.length() && body.charAt(next) == ' ') {
      next++;
    }
    return next > end && next < body.length() && Character.isUpperCase(body.charAt(next));
  }

  /**
   * Adds the one-word names that the body writes in another case: "Deutschlands" (German
   * genitive), "России", "Вьетнаме" (Russian genitive and prepositional). A capitalised word is
   * such a name when it is the name, less a final vowel, "й" or "ь", plus one of the language's
   * noun endings, and does not open a sentence; demonyms and adjectives end otherwise
   * ("Китаец", "Российский").
   */
  private void addInflected(String language, String body, Map<String, String> codes,
      List<TypedMention> kept, List<TypedMention> added) {
    boolean genitiveS = GENITIVE_S.contains(language);
    boolean cyrillic = CYRILLIC_CASES.contains(language);
    if (!genitiveS && !cyrillic) {
      return;
    }
    Matcher w = WORD.matcher(body);
    while (w.find()) {
      String word = w.group();
      int start = w.start();
      int end = w.end();
      if (!Character.isUpperCase(word.charAt(0)) || codes.containsKey(word)
          || overlaps(added, start, end) || opensSentence(body, start)) {
        continue;
      }
      String code = genitiveS ? genitive(word, codes) : cyrillicCase(word, codes);
      if (code == null || overlaps(kept, start, end) && !withinOne(kept, start, end)) {
        continue;
      }
      kept.removeIf(f -> f.start() < end && f.end() > start);
      added.add(new TypedMention(start, end, EntityType.COUNTRY,
          gazetteer.countryNames.getOrDefault(code, word), code, false));
    }
  }

  /** The code of a name whose genitive "-s" a word is: "Deutschlands", "Frankreichs". */
  private static String genitive(String word, Map<String, String> codes) {
    return word.length() > 4 && word.endsWith("s") ? codes.get(word.substring(0, word.length() - 1))
        : null;
  }

  /** The code of a one-word Cyrillic name that a word inflects: "России", "Вьетнаме". */
  private static String cyrillicCase(String word, Map<String, String> codes) {
    for (int cut = 0; cut <= MAX_ENDING && word.length() - cut >= MIN_STEM; cut++) {
      String stem = word.substring(0, word.length() - cut);
      if (!CYRILLIC_ENDINGS.contains(word.substring(stem.length()))) {
        continue;
      }
      String code = codes.get(stem);
      if (code != null) {
        return code;
      }
      for (char last : CYRILLIC_FINALS) {
        code = codes.get(stem + last);
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  /**
   * Whether a word opens a sentence, where any word has a capital: "Самое главное" would be an
   * inflected "Самоа" there. A state's name in another case seldom opens one.
   */
  private static boolean opensSentence(String body, int start) {
    int i = start - 1;
    while (i >= 0 && (Character.isWhitespace(body.charAt(i)) && body.charAt(i) != '\n'
        || OPENERS.indexOf(body.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || body.charAt(i) == '\n' || ".!?…:".indexOf(body.charAt(i)) >= 0;
  }

  private static boolean overlaps(List<TypedMention> mentions, int start, int end) {
    for (TypedMention f : mentions) {
      if (f.start() < end && f.end() > start) {
        return true;
      }
    }
    return false;
  }

  /** Whether every mention that overlaps the span lies within it. */
  private static boolean withinOne(List<TypedMention> mentions, int start, int end) {
    for (TypedMention f : mentions) {
      if (f.start() < end && f.end() > start && (f.start() < start || f.end() > end)) {
        return false;
      }
    }
    return true;
  }

  /** One pattern for a language's names, the longest first, each a whole word. */
  private static Pattern pattern(Map<String, String> codes) {
    String alternatives = codes.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }
}
