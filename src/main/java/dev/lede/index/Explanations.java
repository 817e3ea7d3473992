package dev.lede.index;

import dev.lede.index.Documents.EntityRef;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Why a suggestion was made, in words a reader knows: the entities it shares with the article,
 * and the article's most telling words it shares, written as the article writes them (not as
 * stems). Stateless apart from the shared, thread-safe analyzer; thread-safe.
 */
final class Explanations {

  /** Shared terms reported per suggestion. */
  static final int SHARED_TERMS = 5;

  /** Stems of the Snowball English stop words (174 words, shipped with Lucene). */
  private static final Set<String> EXPLANATION_STOP_STEMS = snowballStopStems();

  private Explanations() {}

  /** Whether a text term is the stem of an English function word ("his", "has", "would"). */
  static boolean isFunctionWord(String stem) {
    return EXPLANATION_STOP_STEMS.contains(stem);
  }

  /**
   * The first {@link #SHARED_TERMS} terms of {@code order} among a suggestion's words, function
   * words aside ("his", "has": any two articles share them, no reason to show).
   */
  static List<String> sharedTerms(Set<String> matched, List<String> order) {
    List<String> shared = new ArrayList<>();
    for (String t : order) {
      if (!EXPLANATION_STOP_STEMS.contains(t) && matched.contains(t)) {
        shared.add(t);
        if (shared.size() == SHARED_TERMS) {
          break;
        }
      }
    }
    return shared;
  }

  /** The article's entities a suggestion (its stored fields) also has, weightiest first. */
  static List<String> sharedEntities(Ranker.Probe p, Document d) {
    Set<String> theirs = new HashSet<>();
    for (IndexableField f : d.getFields(Documents.ENTITY_STORED)) {
      String s = f.stringValue();
      theirs.add(s.substring(0, s.indexOf('\t')));
    }
    return p.entities().stream()
        .filter(e -> theirs.contains(e.key()))
        .sorted(Comparator.comparingDouble(
            (EntityRef e) -> -Ranker.TYPE_WEIGHTS.get(e.type()) * (0.5 + e.salience())))
        .map(EntityRef::name)
        .distinct()
        .toList();
  }

  /**
   * Maps each of the given stemmed terms to the lower-cased word the text first writes it as.
   * The text is read only until every term has its word: the terms shown are the article's
   * most telling, most of them found in its title and first paragraphs.
   */
  static Map<String, String> surfaceForms(Analyzer analyzer, String text, Set<String> stems) {
    Map<String, String> words = new HashMap<>();
    if (stems.isEmpty()) {
      return words;
    }
    try (TokenStream ts = analyzer.tokenStream(Documents.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (words.size() < stems.size() && ts.incrementToken()) {
        String stem = term.toString();
        if (stems.contains(stem) && !words.containsKey(stem)) {
          String word = text.substring(offset.startOffset(), offset.endOffset())
              .toLowerCase(Locale.ROOT);
          if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            word = word.substring(0, word.length() - 2);
          }
          words.put(stem, word);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return words;
  }

  /** The MoreLikeThis terms of the text field, most telling first. */
  static List<String> queryTerms(Query q) {
    List<Map.Entry<String, Float>> terms = new ArrayList<>();
    collectTerms(q, 1f, terms);
    // MoreLikeThis adds its terms least telling first; without boosts that order is all we have.
    Collections.reverse(terms);
    terms.sort(Map.Entry.<String, Float>comparingByValue().reversed());
    return terms.stream().map(Map.Entry::getKey).toList();
  }

  private static void collectTerms(Query q, float boost, List<Map.Entry<String, Float>> out) {
    if (q instanceof BoostQuery bq) {
      collectTerms(bq.getQuery(), boost * bq.getBoost(), out);
    } else if (q instanceof TermQuery tq) {
      if (tq.getTerm().field().equals(Documents.TEXT)) {
        out.add(Map.entry(tq.getTerm().text(), boost));
      }
    } else if (q instanceof BooleanQuery b) {
      b.clauses().forEach(c -> collectTerms(c.getQuery(), boost, out));
    }
  }

  private static Set<String> snowballStopStems() {
    try (Reader r = new InputStreamReader(
            SnowballFilter.class.getResourceAsStream("english_stop.txt"), StandardCharsets.UTF_8);
        Analyzer stemmer = new EnglishAnalyzer(CharArraySet.EMPTY_SET)) {
      Set<String> stems = new HashSet<>();
      for (Object word : WordlistLoader.getSnowballWordSet(r)) {
        String w = new String((char[]) word);
        try (TokenStream ts = stemmer.tokenStream("", w)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            stems.add(term.toString());
          }
          ts.end();
        }
      }
      return Set.copyOf(stems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's English stop words", e);
    }
  }
}
