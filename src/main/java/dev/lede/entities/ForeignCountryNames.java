package dev.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
