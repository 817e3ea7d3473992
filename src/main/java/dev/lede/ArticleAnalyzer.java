package dev.lede;

import static java.util.Objects.requireNonNull;

import dev.lede.entities.Entity;
import dev.lede.entities.EntityRecognizer;
import dev.lede.extract.Article;
import dev.lede.keywords.KeywordExtractor;
import dev.lede.reading.ReadingTime;
import dev.lede.reading.ReadingTimeEstimator;
import dev.lede.text.AnalyzedText;
import dev.lede.text.TextProcessor;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lede's entry point: analyses articles into sentences, tokens, entities, reading time and
 * keywords.
 *
 * <p>Build one with {@link #builder()}; building loads every model once (about a second), so build
 * one analyzer and share it. Thread-safe: any number of threads may call {@link #analyze} at once.
 *
 * <pre>{@code
 * ArticleAnalyzer analyzer = ArticleAnalyzer.builder().wordsPerMinute(238).build();
 * ArticleAnalysis a = analyzer.analyze(Article.fromPageText(text));
 * }</pre>
 */
public final class ArticleAnalyzer {

  private final TextProcessor text;
  private final EntityRecognizer entities;
  private final KeywordExtractor keywords;
  private final ReadingTimeEstimator reading;

  private ArticleAnalyzer(Builder b) {
    this.text = TextProcessor.load();
    this.entities = b.entities ? EntityRecognizer.load() : null;
    this.keywords = KeywordExtractor.withLimit(b.keywordLimit);
    this.reading = ReadingTimeEstimator.ofWordsPerMinute(b.wordsPerMinute);
  }

  /** Returns a builder with the defaults: 238 words per minute, entities on, 10 keywords. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses one article.
   *
   * @param article the article, from {@link Article#fromPageText}, {@link Article#fromHtml} or
   *     {@link Article#ofBody}
   * @return the analysis; for a blank body, one with no sentences, tokens or entities and a
   *     reading time of 0
   * @throws NullPointerException if {@code article} is null
   */
  public ArticleAnalysis analyze(Article article) {
    requireNonNull(article, "article");
    AnalyzedText t = text.process(article.body());
    List<Entity> found = entities == null ? List.of() : entities.recognize(article.title(), t);
    List<String> demonyms = entities == null ? List.of() : entities.demonymCountries(t);
    ReadingTime time = reading.estimate(t.wordCount(), t.cjkCharCount(), article.imageCount());
    TextStats stats = new TextStats(article.body().length(), t.wordCount(), t.sentences().size(),
        t.paragraphCount());
    return new ArticleAnalysis(article.title(), article.byline(), article.section(),
        article.publishedAt(), article.url(), t.language(), article.statedReadingMinutes(),
        article.body(), stats, time, t.sentences(), t.tokens(), found, demonyms,
        keywords.extract(article.title(), t, found));
  }

  /** Returns the reading speed this analyzer assumes, in words per minute. */
  public int wordsPerMinute() {
    return reading.wordsPerMinute();
  }

  /**
   * Configures and builds an {@link ArticleAnalyzer}. Setters validate at once; {@link #build()}
   * does not change the builder, so one builder can build several analyzers. Not thread-safe.
   */
  public static final class Builder {
    private int wordsPerMinute = ReadingTimeEstimator.DEFAULT_WORDS_PER_MINUTE;
    private boolean entities = true;
    private int keywordLimit = KeywordExtractor.DEFAULT_LIMIT;

    private Builder() {}

    /**
     * Sets the reading speed for alphabetic text.
     *
     * @param wordsPerMinute words per minute; default
     *     {@link ReadingTimeEstimator#DEFAULT_WORDS_PER_MINUTE} (238)
     * @return this builder
     * @throws IllegalArgumentException if {@code wordsPerMinute} is not positive
     */
    public Builder wordsPerMinute(int wordsPerMinute) {
      if (wordsPerMinute <= 0) {
        throw new IllegalArgumentException("wordsPerMinute must be positive: " + wordsPerMinute);
      }
      this.wordsPerMinute = wordsPerMinute;
      return this;
    }

    /**
     * Turns entity recognition on (the default) or off; off skips loading the entity models.
     *
     * @param enabled whether to find entities
     * @return this builder
     */
    public Builder entities(boolean enabled) {
      this.entities = enabled;
      return this;
    }

    /**
     * Sets the largest number of keywords per article.
     *
     * @param limit keywords per article; default {@link KeywordExtractor#DEFAULT_LIMIT} (10)
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public Builder keywordLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("keyword limit must not be negative: " + limit);
      }
      this.keywordLimit = limit;
      return this;
    }

    /**
     * Loads the models and builds the analyzer.
     *
     * @return a new analyzer
     * @throws UncheckedIOException if a model cannot be read from the classpath
     */
    public ArticleAnalyzer build() {
      return new ArticleAnalyzer(this);
    }
  }
}
