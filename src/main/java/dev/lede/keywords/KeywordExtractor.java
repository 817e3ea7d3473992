package dev.lede.keywords;

import static java.util.Objects.requireNonNull;

import dev.lede.text.AnalyzedText;
import dev.lede.text.Sentence;
import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * Picks an article's key terms and phrases: runs of nouns and proper nouns (with the adjectives
 * before them), weighted by how often they occur, how early, whether the title uses them, and
 * their length.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeywordExtractor {

  /** Default number of keywords returned. */
  public static final int DEFAULT_LIMIT = 10;
  /** Longest phrase considered, in tokens. */
  static final int MAX_PHRASE_TOKENS = 3;
  /** Weight multiplier for a term that also occurs in the title. */
  static final double TITLE_BOOST = 2.0;

  private static final Set<String> NOUNS = Set.of("NOUN", "PROPN");

  private final int limit;

  private KeywordExtractor(int limit) {
    this.limit = limit;
  }

  /**
   * Returns an extractor giving at most {@code limit} keywords.
   *
   * @param limit the largest number of keywords per article, not negative
   * @return the extractor
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public static KeywordExtractor withLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new KeywordExtractor(limit);
  }

  /**
   * Extracts the keywords of an analysed body, best first.
   *
   * @param title the article's title, or {@code null}
   * @param text the analysed body
   * @return at most the configured number of keywords, scores relative to the best one
   * @throws NullPointerException if {@code text} is null
   */
  public List<Keyword> extract(@Nullable String title, AnalyzedText text) {
    requireNonNull(text, "text");
    Set<String> titleWords = new HashSet<>();
    if (title != null) {
      for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        titleWords.add(w);
      }
    }
    Map<String, Double> scores = new HashMap<>();
    int sentenceCount = Math.max(1, text.sentences().size());
    int index = 0;
    for (Sentence sentence : text.sentences()) {
      // Earlier sentences carry the story: the lede weighs about twice the last sentence.
      double position = 1.0 + (sentenceCount - index) / (double) sentenceCount;
      index++;
      List<Token> tokens = text.tokensOf(sentence);
      List<Token> run = new ArrayList<>();
      for (int i = 0; i <= tokens.size(); i++) {
        Token t = i < tokens.size() ? tokens.get(i) : null;
        if (t != null && isCandidate(t)) {
          run.add(t);
          continue;
        }
        addPhrases(run, position, titleWords, scores);
        run.clear();
      }
    }
    double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    return scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new Keyword(e.getKey(), e.getValue() / best))
        .toList();
  }

  private static boolean isCandidate(Token t) {
    String pos = t.pos();
    if (!NOUNS.contains(pos) && !"ADJ".equals(pos)) {
      return false;
    }
    String lower = t.text().toLowerCase(Locale.ROOT);
    return lower.length() > 1
        && lower.codePoints().anyMatch(Character::isLetter)
        && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower);
  }

  private static String normal(Token t) {
    String form = "PROPN".equals(t.pos()) ? t.text() : t.lemma();
    return form.toLowerCase(Locale.ROOT);
  }

  private static void addPhrases(
      List<Token> run, double position, Set<String> titleWords, Map<String, Double> scores) {
    // Every phrase ends in a noun: "military training", never "military" alone.
    for (int end = 1; end <= run.size(); end++) {
      if (!NOUNS.contains(run.get(end - 1).pos())) {
        continue;
      }
      for (int len = 1; len <= Math.min(MAX_PHRASE_TOKENS, end); len++) {
        List<String> words = run.subList(end - len, end).stream()
            .map(KeywordExtractor::normal).toList();
        double weight = position * (1.0 + 0.5 * (len - 1));
        if (words.stream().anyMatch(titleWords::contains)) {
          weight *= TITLE_BOOST;
        }
        scores.merge(String.join(" ", words), weight, Double::sum);
      }
    }
  }
}
