package dev.lede.index;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Options of one {@link ArticleIndex#related} call: how many suggestions, which articles may be
 * suggested, and how to rank them. Immutable; build one with {@link #builder()} or
 * {@link #of(int)}.
 *
 * @param limit the largest number of suggestions
 * @param section only suggest articles of this section (case-insensitive), or {@code null} for any
 * @param language only suggest articles in this ISO 639-1 language, or {@code null} for any
 * @param publishedFrom only suggest articles published at or after this instant, or {@code null}
 * @param publishedTo only suggest articles published at or before this instant, or {@code null}
 * @param excludeIds ids never to suggest (the query article itself is always left out)
 * @param minScore leave out suggestions scoring below this
 * @param deduplicate whether to leave out near-identical copies (syndicated twice) of the query
 *     article or of a better suggestion
 * @param ranking how to rank
 * @param topicWeight how much a suggestion's topic counts beside its shared words and names (see
 *     {@link #TOPIC_WEIGHT}), when {@code adaptiveTopic} is false; 0 ranks by the same story only
 * @param adaptiveTopic whether the ranking adapts to each query (the default): a query whose
 *     words the archive's articles share widely (a topic) gets up to {@link #TOPIC_WEIGHT}, one
 *     whose words sit in a few articles (an event) none, and more weight on its rarest shared
 *     words, and a topic query of middle concentration a gain for suggestions written in its
 *     style; {@code topicWeight} is then 0 (a fixed topic weight gets no style gain)
 */
public record RelatedQuery(
    int limit,
    String section,
    String language,
    Instant publishedFrom,
    Instant publishedTo,
    Set<String> excludeIds,
    double minScore,
    boolean deduplicate,
    Ranking ranking,
    double topicWeight,
    boolean adaptiveTopic) {

  /**
   * The topic weight that suits an archive browsed by topic (suggestions on the same subject,
   * not only the same story): 1.0. It weighs the cosine of the two articles' topic vectors
   * (GloVe word vectors, SIF-weighted) against the best lexical score of the query. Measured on
   * the dev corpora with {@code eval-related --topic-weight}: Reuters (same topic) P@5 0.871 ->
   * 0.895; ECB+ (same event) P@5 0.950 -> 0.930, since articles on the same topic about another
   * event then rank higher. That is why the default ({@code adaptiveTopic}) gives it only to
   * the queries that look like a topic's.
   */
  public static final double TOPIC_WEIGHT = 1.0;

  /** The largest topic weight accepted: 10. */
  public static final double MAX_TOPIC_WEIGHT = 10;

  /** The default number of suggestions: 10, what a "Keep Reading" box shows at most. */
  public static final int DEFAULT_LIMIT = 10;

  /** The largest limit accepted: 1,000; more is not a suggestion list any more. */
  public static final int MAX_LIMIT = 1_000;

  /** How suggestions are ranked. */
  public enum Ranking {
    /**
     * Lede's ranking (the default): MoreLikeThis terms tuned for news, plus shared named
     * entities, proper names, title terms and keywords, a gentle preference for articles
     * published close in time, and de-duplication.
     */
    LEDE,
    /** Lucene's MoreLikeThis with its defaults (min term freq 2, min doc freq 5, 25 terms). */
    MORE_LIKE_THIS,
    /** Lucene's MoreLikeThis with news settings (min term freq 1, min doc freq 1, boosts). */
    MORE_LIKE_THIS_NEWS
  }

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code excludeIds}, an id in it or {@code ranking} is null
   * @throws IllegalArgumentException if the limit is outside [1, {@link #MAX_LIMIT}], the score
   *     is not a number, the date range is reversed, the topic weight is outside [0,
   *     {@link #MAX_TOPIC_WEIGHT}], or the ranking is adaptive and the topic weight not 0
   */
  public RelatedQuery {
    requireNonNull(ranking, "ranking");
    excludeIds = copyOfIds(excludeIds, "excludeIds");
    checkLimit(limit);
    checkTopicWeight(topicWeight);
    if (adaptiveTopic && topicWeight != 0) {
      throw new IllegalArgumentException(
          "an adaptive ranking sets its own topic weight, not " + topicWeight);
    }
    if (Double.isNaN(minScore)) {
      throw new IllegalArgumentException("minScore must be a number");
    }
    if (publishedFrom != null && publishedTo != null && publishedFrom.isAfter(publishedTo)) {
      throw new IllegalArgumentException(
          "publishedFrom " + publishedFrom + " is after publishedTo " + publishedTo);
    }
    section = section == null || section.isBlank() ? null : section.strip();
    language = language == null || language.isBlank() ? null
        : language.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns these options that also leave out the article {@code id}: for an article given as
   * text under an id the archive holds (an edited version, or the same file), whose indexed copy
   * is the article itself, never a suggestion.
   *
   * @param id the id to leave out
   * @return the options
   * @throws NullPointerException if {@code id} is null
   */
  public RelatedQuery excluding(String id) {
    requireNonNull(id, "id");
    Set<String> ids = new java.util.HashSet<>(excludeIds);
    ids.add(id);
    return new RelatedQuery(limit, section, language, publishedFrom, publishedTo, ids, minScore,
        deduplicate, ranking, topicWeight, adaptiveTopic);
  }

  /**
   * Returns the default options with the given limit.
   *
   * @param limit the largest number of suggestions
   * @return the options
   * @throws IllegalArgumentException if the limit is outside [1, {@link #MAX_LIMIT}]
   */
  public static RelatedQuery of(int limit) {
    return builder().limit(limit).build();
  }

  /**
   * Returns a builder with the defaults: 10 results, no filters, de-duplication on, LEDE, an
   * adaptive topic weight.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** An immutable copy of ids; a null set or id throws naming the parameter. */
  private static Set<String> copyOfIds(Set<String> ids, String name) {
    requireNonNull(ids, name);
    for (String id : ids) { // Set.copyOf would throw without a message
      requireNonNull(id, name + " holds null");
    }
    return Set.copyOf(ids);
  }

  private static void checkTopicWeight(double topicWeight) {
    if (!(topicWeight >= 0 && topicWeight <= MAX_TOPIC_WEIGHT)) {
      throw new IllegalArgumentException(
          "topicWeight must be in [0, " + MAX_TOPIC_WEIGHT + "]: " + topicWeight);
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be in [1, " + MAX_LIMIT + "]: " + limit);
    }
  }

  /**
   * Builds {@link RelatedQuery} options. Setters validate at once; {@link #build()} does not
   * change the builder. Not thread-safe.
   */
  public static final class Builder {
    private int limit = DEFAULT_LIMIT;
    private String section;
    private String language;
    private Instant from;
    private Instant to;
    private Set<String> excludeIds = Set.of();
    private double minScore = Double.NEGATIVE_INFINITY;
    private boolean deduplicate = true;
    private Ranking ranking = Ranking.LEDE;
    private double topicWeight;
    private boolean adaptiveTopic = true;

    private Builder() {}

    /**
     * Sets the largest number of suggestions.
     *
     * @param limit default {@link RelatedQuery#DEFAULT_LIMIT} (10)
     * @return this builder
     * @throws IllegalArgumentException if outside [1, {@link RelatedQuery#MAX_LIMIT}]
     */
    public Builder limit(int limit) {
      checkLimit(limit);
      this.limit = limit;
      return this;
    }

    /**
     * Restricts suggestions to one section (compared case-insensitively).
     *
     * @param section the section, or {@code null} for any
     * @return this builder
     */
    public Builder section(String section) {
      this.section = section;
      return this;
    }

    /**
     * Restricts suggestions to one language.
     *
     * @param language an ISO 639-1 code, or {@code null} for any
     * @return this builder
     */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Restricts suggestions to articles published in a range, both ends inclusive; articles
     * without a date are left out when a range is set.
     *
     * @param from the earliest instant, or {@code null} for no lower bound
     * @param to the latest instant, or {@code null} for no upper bound
     * @return this builder
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public Builder publishedBetween(Instant from, Instant to) {
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("from " + from + " is after to " + to);
      }
      this.from = from;
      this.to = to;
      return this;
    }

    /**
     * Sets ids never to suggest.
     *
     * @param ids the ids
     * @return this builder
     * @throws NullPointerException if {@code ids} or an id is null
     */
    public Builder excludeIds(Set<String> ids) {
      this.excludeIds = copyOfIds(ids, "ids");
      return this;
    }

    /**
     * Leaves out suggestions scoring below a threshold.
     *
     * @param minScore the lowest score kept; default none
     * @return this builder
     * @throws IllegalArgumentException if {@code minScore} is NaN
     */
    public Builder minScore(double minScore) {
      if (Double.isNaN(minScore)) {
        throw new IllegalArgumentException("minScore must be a number");
      }
      this.minScore = minScore;
      return this;
    }

    /**
     * Turns de-duplication of near-identical articles on (the default) or off.
     *
     * @param deduplicate whether to de-duplicate
     * @return this builder
     */
    public Builder deduplicate(boolean deduplicate) {
      this.deduplicate = deduplicate;
      return this;
    }

    /**
     * Chooses the ranking.
     *
     * @param ranking default {@link Ranking#LEDE}
     * @return this builder
     * @throws NullPointerException if {@code ranking} is null
     */
    public Builder ranking(Ranking ranking) {
      this.ranking = requireNonNull(ranking, "ranking");
      return this;
    }

    /**
     * Sets a fixed weight for a suggestion's topic beside its shared words and names, in place
     * of the adaptive default ({@link #adaptiveTopic()}); only {@link Ranking#LEDE} reads it,
     * and only on an index whose articles all have topic vectors (format 3 embedded, lede-4 on
     * SolrCloud).
     *
     * @param topicWeight 0 for the same story only, as before the adaptive default;
     *     {@link RelatedQuery#TOPIC_WEIGHT} for an archive browsed by topic
     * @return this builder
     * @throws IllegalArgumentException if the weight is outside [0, {@link #MAX_TOPIC_WEIGHT}]
     */
    public Builder topicWeight(double topicWeight) {
      checkTopicWeight(topicWeight);
      this.topicWeight = topicWeight;
      this.adaptiveTopic = false;
      return this;
    }

    /**
     * Lets the ranking choose each query's topic weight (the default): up to
     * {@link RelatedQuery#TOPIC_WEIGHT} for a query about a topic, none for one about an
     * event. Undoes {@link #topicWeight(double)}.
     *
     * @return this builder
     */
    public Builder adaptiveTopic() {
      this.topicWeight = 0;
      this.adaptiveTopic = true;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RelatedQuery build() {
      return new RelatedQuery(limit, section, language, from, to, excludeIds, minScore,
          deduplicate, ranking, topicWeight, adaptiveTopic);
    }
  }
}
