package dev.lede.keywords;

import com.google.common.base.CharMatcher;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * How keywords read a body's language: English through the tagger's nouns and the lemmas; any
 * other language, which the English models cannot tag, word by word, without the words of
 * Lucene's stop list for it (and, in French, without an elided article: "l'inflation" is
 * "inflation"). A language Lucene keeps no stop list for (Chinese, Japanese, Ukrainian, Polish,
 * Greek, ...) gives no word keywords, only names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param english whether the body is read as English ({@code "en"}, or {@code "und"}: too short
 *     to tell)
 * @param stopWords the words that are no keyword, in lower case; {@code null} where Lucene has
 *     no list for the language, and then no single word is a keyword
 * @param elidedArticles articles written against the next word with an apostrophe
 */
record KeywordLanguage(boolean english, @Nullable CharArraySet stopWords,
    CharArraySet elidedArticles) {

  static final KeywordLanguage ENGLISH =
      new KeywordLanguage(true, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, CharArraySet.EMPTY_SET);

  /**
   * Lucene's stop lists by ISO 639-1 code, for the languages written with spaces between words
   * (Thai is not) whose list holds words in plain lower case (Greek's, Hindi's and Persian's hold
   * normalised forms).
   */
  private static final CharMatcher APOSTROPHES = CharMatcher.anyOf("'\u2019");

  private static final Map<String, Supplier<CharArraySet>> STOP_LISTS = Map.ofEntries(
      Map.entry("ar", ArabicAnalyzer::getDefaultStopSet),
      Map.entry("bg", BulgarianAnalyzer::getDefaultStopSet),
      Map.entry("ca", CatalanAnalyzer::getDefaultStopSet),
      Map.entry("cs", CzechAnalyzer::getDefaultStopSet),
      Map.entry("da", DanishAnalyzer::getDefaultStopSet),
      Map.entry("de", GermanAnalyzer::getDefaultStopSet),
      Map.entry("es", SpanishAnalyzer::getDefaultStopSet),
      Map.entry("et", EstonianAnalyzer::getDefaultStopSet),
      Map.entry("eu", BasqueAnalyzer::getDefaultStopSet),
      Map.entry("fi", FinnishAnalyzer::getDefaultStopSet),
      Map.entry("fr", FrenchAnalyzer::getDefaultStopSet),
      Map.entry("ga", IrishAnalyzer::getDefaultStopSet),
      Map.entry("gl", GalicianAnalyzer::getDefaultStopSet),
      Map.entry("hu", HungarianAnalyzer::getDefaultStopSet),
      Map.entry("hy", ArmenianAnalyzer::getDefaultStopSet),
      Map.entry("id", IndonesianAnalyzer::getDefaultStopSet),
      Map.entry("it", ItalianAnalyzer::getDefaultStopSet),
      Map.entry("lt", LithuanianAnalyzer::getDefaultStopSet),
      Map.entry("lv", LatvianAnalyzer::getDefaultStopSet),
      Map.entry("nl", DutchAnalyzer::getDefaultStopSet),
      Map.entry("nb", NorwegianAnalyzer::getDefaultStopSet),
      Map.entry("nn", NorwegianAnalyzer::getDefaultStopSet),
      Map.entry("no", NorwegianAnalyzer::getDefaultStopSet),
      Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet),
      Map.entry("ro", RomanianAnalyzer::getDefaultStopSet),
      Map.entry("ru", RussianAnalyzer::getDefaultStopSet),
      Map.entry("sv", SwedishAnalyzer::getDefaultStopSet),
      Map.entry("tr", TurkishAnalyzer::getDefaultStopSet));

  /**
   * The reading of a language.
   *
   * @param code an ISO 639-1 code as {@code AnalyzedText.language()} gives it, or "und"
   */
  static KeywordLanguage of(String code) {
    if (code.equals("en") || code.equals("und")) {
      return ENGLISH;
    }
    Supplier<CharArraySet> stop = STOP_LISTS.get(code);
    return new KeywordLanguage(false, stop == null ? null : stop.get(),
        code.equals("fr") ? FrenchAnalyzer.DEFAULT_ARTICLES : CharArraySet.EMPTY_SET);
  }

  /** Whether a word, in lower case, is on the stop list (every word is, where there is none). */
  boolean isStopWord(String lower) {
    return stopWords == null || stopWords.contains(lower);
  }

  /** A word in lower case without an elided article before it ("l'inflation" is "inflation"). */
  String withoutArticle(String lower) {
    if (elidedArticles.isEmpty()) {
      return lower; // English, on every candidate word: nothing to look for
    }
    int apostrophe = APOSTROPHES.indexIn(lower);
    return apostrophe > 0 && apostrophe + 1 < lower.length()
        && elidedArticles.contains(lower.subSequence(0, apostrophe))
        ? lower.substring(apostrophe + 1) : lower;
  }

}
