package dev.lede.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The language detector's ISO 639-3 codes as the ISO 639-1 codes Lede reports ({@code "eng"} as
 * {@code "en"}), from the JDK's own language tables. Immutable and thread-safe.
 */
final class LanguageCodes {
  private static final Map<String, String> ISO3_TO_ISO2 = iso3ToIso2();

  private LanguageCodes() {}

  /** The two-letter code of a three-letter one, or the code itself when it has none. */
  static String toIso2(String iso3) {
    return ISO3_TO_ISO2.getOrDefault(iso3, iso3);
  }

  private static Map<String, String> iso3ToIso2() {
    Map<String, String> map = new HashMap<>();
    for (String iso2 : Locale.getISOLanguages()) {
      try {
        // the JDK also lists withdrawn codes ("in", "iw", "ji"); getLanguage() gives the
        // current ones ("id", "he", "yi")
        Locale locale = Locale.forLanguageTag(iso2);
        map.put(locale.getISO3Language(), locale.getLanguage());
      } catch (MissingResourceException e) {
        // no three-letter code for this language: nothing to map
      }
    }
    // The detector names some languages by ISO 639-3 macrolanguage members the JDK lacks.
    map.putIfAbsent("cmn", "zh");
    map.putIfAbsent("zho", "zh");
    return Map.copyOf(map);
  }
}
