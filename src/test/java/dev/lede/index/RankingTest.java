package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lede.ArticleAnalysis;
import dev.lede.entities.EntityType;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What each part of Lede's ranking adds, one at a time: small archives of hand-written articles
 * whose texts score exactly alike, so that only the part under test (a shared title word, proper
 * noun, keyword, entity, demonym, the publication date) can decide the order. Ties are broken by
 * index order, so the article expected first is always added last.
 *
 * <p>Every query is asked twice, for the indexed article by id and for its analysis (which need
 * not be in the index): both must give the same suggestions with the same scores.
 */
final class RankingTest {

  private static List<String> ids(List<RelatedArticle> related) {
    return related.stream().map(RelatedArticle::id).toList();
  }

  private static Map<String, Double> scores(List<RelatedArticle> related) {
    return related.stream()
        .collect(Collectors.toMap(RelatedArticle::id, RelatedArticle::score));
  }

  /** An in-memory index holding the query article as "query" and the given articles. */
  private static ArticleIndex index(Story query, Map<String, Story> others) throws IOException {
    ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer());
    for (Map.Entry<String, Story> e : others.entrySet()) {
      index.add(e.getKey(), e.getValue().analysis());
    }
    index.add("query", query.analysis());
    return index;
  }

  /**
   * The suggestions for the indexed article "query", checked to be the same (ids, scores and
   * explanations) as those for its analysis: an indexed article with the same body is a copy of
   * it, never suggested.
   */
  private static List<RelatedArticle> related(ArticleIndex index, Story query, RelatedQuery q)
      throws IOException {
    List<RelatedArticle> byId = index.related("query", q);
    // Without de-duplication the indexed copy of the analysis is a suggestion like any other.
    Set<String> excluded = new HashSet<>(q.excludeIds());
    if (!q.deduplicate()) {
      excluded.add("query");
    }
    List<RelatedArticle> byAnalysis = index.related(query.analysis(), new RelatedQuery(q.limit(),
        q.section(), q.language(), q.publishedFrom(), q.publishedTo(), excluded, q.minScore(),
        q.deduplicate(), q.ranking(), q.topicWeight(), q.adaptiveTopic()));
    assertThat(byAnalysis).as("by analysis, as by id").usingRecursiveFieldByFieldElementComparator()
        .containsExactlyElementsOf(byId);
    return byId;
  }

  private static List<RelatedArticle> related(ArticleIndex index, Story query, int limit)
      throws IOException {
    return related(index, query, RelatedQuery.of(limit));
  }

  /**
   * Without de-duplication: texts made to score alike differ in a word or two, and SimHash may
   * (rightly) take them for copies of one another.
   */
  private static final RelatedQuery ALL = RelatedQuery.builder().limit(5).deduplicate(false)
      .build();

  /** Articles by id in insertion order. */
  private static Map<String, Story> stories(Object... idsAndStories) {
    Map<String, Story> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < idsAndStories.length; i += 2) {
      m.put((String) idsAndStories[i], (Story) idsAndStories[i + 1]);
    }
    return m;
  }

  @Test
  void related_sharedTitleWordsDecideBetweenEqualTexts() throws IOException {
    // Both texts hold the same words (title + body); only one has "ferry strike" in its title.
    Story query = Story.of("Ferry strike ends", "The ferry strike ended after talks.");
    try (ArticleIndex index = index(query, stories(
        "bakery", Story.of("Bakery wins prize", "A village bakery won a prize for rye bread."),
        "in-body", Story.of("Harbour news", "Ferry strike talks resumed on Monday."),
        "in-title", Story.of("Ferry strike", "Harbour news talks resumed on Monday.")))) {
      List<RelatedArticle> related = related(index, query, ALL);
      assertThat(ids(related)).containsExactly("in-title", "in-body");
      assertThat(related.get(0).score()).isGreaterThan(related.get(1).score());
    }
  }

  @Test
  void related_sharedProperNounsDecideBetweenEqualTexts() throws IOException {
    // Both bodies name Halvorsen; only in one did the tagger mark it as a proper noun. Without
    // the names clause the two tie, and the lower id ("plain") would come first.
    Story query = Story.of("Halvorsen visits bridge", "Halvorsen praised the new bridge.")
        .names("Halvorsen");
    try (ArticleIndex index = index(query, stories(
        "plain", Story.of("Bridge opened", "Minister Halvorsen opened the new bridge Monday."),
        "tagged", Story.of("Bridge opened", "Minister Halvorsen opened the new bridge Tuesday.")
            .names("Halvorsen")))) {
      assertThat(ids(related(index, query, ALL))).containsExactly("tagged", "plain");
    }
  }

  @Test
  void related_sharedKeywordsDecideBetweenEqualTexts() throws IOException {
    Story query = Story.of("Bridge toll", "The council debated the bridge toll.")
        .keyword("bridge toll");
    try (ArticleIndex index = index(query, stories(
        "other-keyword", Story.of("Council", "The council debated the bridge on Monday.")
            .keyword("council budget"),
        "same-keyword", Story.of("Council", "The council debated the bridge on Tuesday.")
            .keyword("bridge toll")))) {
      List<RelatedArticle> related = related(index, query, ALL);
      assertThat(ids(related)).containsExactly("same-keyword", "other-keyword");
      assertThat(index.get("same-keyword").orElseThrow().keywords()).containsExactly("bridge toll");
    }
  }

  @Test
  void related_theQueryArticlesSalienceWeighsASharedEntity() throws IOException {
    // Ana is central to the query article, Bo a passing mention; the suggestions' own
    // saliences (the other way round) do not count.
    Story query = Story.of("Council meets", "The council met again.")
        .person("Ana Ruiz", 0.9).person("Bo Lind", 0.1);
    try (ArticleIndex index = index(query, stories(
        "shares-bo", Story.of("Council meets", "The council met on Monday.")
            .person("Bo Lind", 0.9),
        "shares-ana", Story.of("Council meets", "The council met on Tuesday.")
            .person("Ana Ruiz", 0.1)))) {
      List<RelatedArticle> related = related(index, query, ALL);
      assertThat(ids(related)).containsExactly("shares-ana", "shares-bo");
      assertThat(related).extracting(RelatedArticle::sharedEntities)
          .containsExactly(List.of("Ana Ruiz"), List.of("Bo Lind"));
    }
  }

  @Test
  void related_sharedEntitiesShownByTypeWeightTimesSalienceEachNameOnce() throws IOException {
    // Organisation 0.7 x (0.5 + 0.9) = 0.98, person 1.0 x (0.5 + 0.1) = 0.6, country
    // 0.3 x (0.5 + 1.0) = 0.45, place 0.5 x (0.5 + 0.2) = 0.35; the place has the country's
    // name, shown once. Entities the suggestion does not name are not shown.
    Story query = Story.of("Rail deal", "The rail deal was signed in the capital.")
        .country("Georgia", "GE", 1.0).person("Bo Lind", 0.1)
        .entity(EntityType.LOCATION, "Georgia", 0.2)
        .entity(EntityType.ORGANIZATION, "Tbilisi Rail", 0.9)
        .person("Ana Ruiz", 0.8);
    try (ArticleIndex index = index(query, stories(
        "deal", Story.of("Rail deal", "The rail deal was signed on Monday.")
            .entity(EntityType.LOCATION, "Georgia", 0.5).person("Bo Lind", 0.5)
            .entity(EntityType.ORGANIZATION, "Tbilisi Rail", 0.5)
            .country("Georgia", "GE", 0.5).person("Cy Moss", 0.5)))) {
      assertThat(related(index, query, ALL)).singleElement()
          .extracting(RelatedArticle::sharedEntities)
          .isEqualTo(List.of("Tbilisi Rail", "Bo Lind", "Georgia"));
    }
  }

  @Test
  void related_aDemonymMatchesTheCountryNamedOrItsDemonym() throws IOException {
    // "Belarusian farmers" names Belarus only through the adjective: it matches an article
    // naming the country and one using the adjective, not one about another country.
    Story query = Story.of("Farmers protest", "Belarusian farmers protested.").demonym("by");
    try (ArticleIndex index = index(query, stories(
        "poland", Story.of("Farmers protest", "Farmers protested on Monday.")
            .country("Poland", "PL", 0.5),
        "names-belarus", Story.of("Farmers protest", "Farmers protested on Tuesday.")
            .country("Belarus", "BY", 0.5),
        "belarusian", Story.of("Farmers protest", "Farmers protested on Friday.")
            .demonym("BY")))) {
      List<RelatedArticle> related = related(index, query, ALL);
      assertThat(ids(related).subList(0, 2))
          .containsExactlyInAnyOrder("names-belarus", "belarusian");
      assertThat(ids(related).get(2)).isEqualTo("poland");
      assertThat(related.get(1).score()).isGreaterThan(related.get(2).score());
      // Shown entities are the query article's; a demonym is none.
      assertThat(related).allSatisfy(r -> assertThat(r.sharedEntities()).isEmpty());
    }
  }

  @Test
  void related_aCountryNamedAndCalledByItsDemonymCountsOnce() throws IOException {
    // The query article names Belarus (salience 0: weight 0.2 x 0.3 x 0.5 = 0.03) and calls
    // its farmers Belarusian (0.2 x 0.15 = 0.03): an article naming the country scores as
    // one using the demonym, not twice as much.
    Story query = Story.of("Farmers protest", "Belarusian farmers protested in Belarus.")
        .country("Belarus", "BY", 0.0).demonym("BY");
    try (ArticleIndex index = index(query, stories(
        "belarusian", Story.of("Farmers protest", "Farmers protested on Friday.")
            .demonym("BY"),
        "names-belarus", Story.of("Farmers protest", "Farmers protested on Monday.")
            .country("Belarus", "BY", 0.5)))) {
      List<RelatedArticle> related = related(index, query, ALL);
      assertThat(ids(related)).containsExactly("belarusian", "names-belarus");
      assertThat(related.get(0).score()).isEqualTo(related.get(1).score());
      assertThat(related.get(1).sharedEntities()).containsExactly("Belarus");
    }
  }

  @Test
  void related_recencyBonusIsTenPercentOnTheSameDayFallingToOneOverEAfterThirtyDays()
      throws IOException {
    // Four texts that score alike: one undated, one published at the query's instant, two 30
    // days apart from it (before and after count alike).
    Story query = Story.of("Bridge reopens",
        "The old stone bridge reopened after engineers repaired it.")
        .published("2025-05-05T10:00:00Z");
    String body = "Engineers repaired the old stone bridge. Work took a ";
    try (ArticleIndex index = index(query, stories(
        "undated", Story.of("Bridge repaired", body + "month."),
        "month-after", Story.of("Bridge repaired", body + "day.")
            .published("2025-06-04T10:00:00Z"),
        "month-before", Story.of("Bridge repaired", body + "year.")
            .published("2025-04-05T10:00:00+00:00"),
        "same-day", Story.of("Bridge repaired", body + "week.")
            .published("2025-05-05T10:00:00Z")))) {
      List<RelatedArticle> related = related(index, query, ALL);
      assertThat(ids(related))
          .containsExactly("same-day", "month-after", "month-before", "undated");
      Map<String, Double> s = scores(related);
      assertThat(s.get("same-day") / s.get("undated")).isCloseTo(1.10, within(1e-9));
      // 1 + 0.10 / e
      assertThat(s.get("month-before") / s.get("undated"))
          .isCloseTo(1.0367879441, within(1e-9));
      assertThat(s.get("month-after")).isEqualTo(s.get("month-before"));

      // MoreLikeThis baselines know no dates.
      assertThat(related(index, query, RelatedQuery.builder().deduplicate(false)
          .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS_NEWS).build()))
          .extracting(RelatedArticle::score).hasSize(4).containsOnly(
              index.related("query", RelatedQuery.builder().deduplicate(false)
                  .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS_NEWS).build()).get(0).score());

      // An undated query article prefers no date.
      Story undatedQuery = Story.of("Bridge reopens",
          "The old stone bridge reopened after engineers repaired it.");
      List<RelatedArticle> plain = index.related(undatedQuery.analysis(),
          RelatedQuery.builder().deduplicate(false).excludeIds(Set.of("query")).build());
      assertThat(plain).extracting(RelatedArticle::score)
          .containsOnly(s.get("undated"));
    }
  }

  @Test
  void related_nearDuplicatesOfTheQueryOrOfABetterSuggestionAreLeftOutWithoutShorteningTheList()
      throws IOException {
    String strike = "Ferry workers ended their strike on Monday after the operator agreed to a"
        + " pay rise of four percent for deck crews and engineers.";
    String timetable = "Ferry crossings returned to the normal timetable on Tuesday after the"
        + " strike of deck crews ended with a pay rise.";
    Story query = Story.of("Ferry strike ends", strike);
    try (ArticleIndex index = index(query, stories(
        "query-copy", Story.of("Ferry strike over", strike),
        "timetable-wire", Story.of("Timetable back", timetable),
        "timetable", Story.of("Ferry strike timetable returns", timetable),
        "fees", Story.of("Port fees rise", "The port raised its fees for ferry operators and"
            + " deck crews on Wednesday.")))) {
      assertThat(ids(related(index, query, 2))).containsExactly("timetable", "fees");

      List<RelatedArticle> all = related(index, query,
          RelatedQuery.builder().limit(2).deduplicate(false).build());
      assertThat(ids(all)).containsExactly("query-copy", "timetable");
      // The MoreLikeThis baselines de-duplicate alike.
      RelatedQuery news = RelatedQuery.builder().limit(2)
          .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS_NEWS).build();
      assertThat(ids(related(index, query, news))).containsExactly("timetable", "fees");
      // Off, even the indexed copy of the query article's text is suggested.
      assertThat(ids(index.related(query.analysis(),
          RelatedQuery.builder().limit(5).deduplicate(false).build())))
          .containsExactlyInAnyOrder("query", "query-copy", "timetable", "timetable-wire", "fees");
    }
  }

  /** A wire story, and two one-word edits of it whose SimHash differs from its in 3 and 4 bits. */
  private static final String WIRE = "Ferry crossings returned to the normal timetable on"
      + " Tuesday after the strike of deck crews ended with a pay rise agreed by the operator"
      + " and the union";
  private static final String THREE_BITS_OFF = WIRE.replace("Ferry crossings", "Late crossings");
  private static final String FOUR_BITS_OFF = WIRE.replace("Ferry crossings", "Early crossings");

  @Test
  void related_copiesAreBodiesWhoseFingerprintsDifferInAtMostThreeBits() throws IOException {
    assertThat(Long.bitCount(Documents.simHash(WIRE) ^ Documents.simHash(THREE_BITS_OFF)))
        .isEqualTo(3);
    assertThat(Long.bitCount(Documents.simHash(WIRE) ^ Documents.simHash(FOUR_BITS_OFF)))
        .isEqualTo(4);
    // Copies of the query article.
    Story query = Story.of("Ferries run again", WIRE);
    try (ArticleIndex index = index(query, stories(
        "three-bits", Story.of("Ferries run again", THREE_BITS_OFF),
        "four-bits", Story.of("Ferries run again", FOUR_BITS_OFF)))) {
      assertThat(ids(related(index, query, 5))).containsExactly("four-bits");
    }
    // Copies of a better suggestion.
    Story other = Story.of("Ferry strike over", "The ferry strike is over.");
    try (ArticleIndex index = index(other, stories(
        "wire", Story.of("Ferry timetable", WIRE),
        "three-bits", Story.of("Ferry timetable", THREE_BITS_OFF),
        "four-bits", Story.of("Ferry timetable", FOUR_BITS_OFF)))) {
      assertThat(ids(related(index, other, 5))).containsExactly("wire", "four-bits");
    }
  }

  @Test
  void related_articlesWithoutBodyTextAreNeverDuplicates() throws IOException {
    // No words, no fingerprint: title-only briefs are all distinct.
    Story query = Story.of("Ferry strike ends", "");
    try (ArticleIndex index = index(query, stories(
        "brief", Story.of("Ferry strike ends today", ""),
        "brief-2", Story.of("Ferry strike ends at noon", "")))) {
      assertThat(ids(index.related("query", 5))).containsExactlyInAnyOrder("brief", "brief-2");
      // Not even the indexed article with the same title and no body is taken for a copy.
      assertThat(ids(index.related(query.analysis(), RelatedQuery.of(5))))
          .containsExactlyInAnyOrder("brief", "brief-2", "query");
    }
  }

  @Test
  void related_candidatesAreFoundByTheMostTellingWordsRepeatedTopicWordsTitleWordsAndEntities()
      throws IOException {
    // The query article's terms, most telling first (24 articles, tf x idf): anchor ... jetti
    // (only here: 3.53), keel (in 2: 3.12), moor (in 3: 2.83), cess, duty, excise, levy, quota
    // (twice; in 17: 2.66), harbour (in 4: 2.61), tariff and toll (twice; in 18: 2.55).
    // Candidates come from the 8 most telling (anchor ... keel), up to 6 repeated topic words
    // beyond them (cess ... tariff, not toll), title words (harbour) and entities other than
    // countries; the other terms only count for the candidates so found.
    String topic = "Cess, duty, excise, levy, quota, tariff and toll.";
    Story query = Story.of("Harbour", "Anchors, buoys, cranes, docks, gantries, hoists,"
        + " jetties, keels and moorings. " + topic + " " + topic)
        .person("Ana Ruiz", 0.5).country("Norway", "NO", 0.5);
    Map<String, Story> archive = stories(
        "eighth", Story.of("Ship repairs", "Keels were repaired."),
        "ninth", Story.of("Boats", "Moorings were checked."),
        "title-word", Story.of("Harbour works", "Work started today."),
        "person", Story.of("Interview", "She spoke at length.").person("Ana Ruiz", 0.5),
        "country", Story.of("Election", "Voters queued early.").country("Norway", "NO", 0.5),
        "sixth-topic-word", Story.of("Fees", "The tariff was set."),
        "seventh-topic-word", Story.of("Bridge", "The toll was set."),
        "filler-1", Story.of("Note", topic + " Moorings."),
        "filler-2", Story.of("Note", topic + " Harbour."),
        "filler-3", Story.of("Note", topic + " Harbour."));
    for (int i = 4; i <= 16; i++) {
      archive.put("filler-" + i, Story.of("Note", topic + " Note " + i + "."));
    }
    try (ArticleIndex index = index(query, archive)) {
      List<String> found = ids(related(index, query,
          RelatedQuery.builder().limit(30).deduplicate(false).build()));
      List<String> expected = new java.util.ArrayList<>(List.of(
          "eighth", "title-word", "person", "sixth-topic-word"));
      for (int i = 1; i <= 16; i++) {
        expected.add("filler-" + i);
      }
      assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
      // In the clauses the repeated topic word weighs more than the rarer keel, which the
      // article names once; the whole-text cosine weighs each word by its rarity and damps
      // repetition, and the short story of keels, of which "keel" is half, comes first.
      assertThat(found.indexOf("eighth")).isLessThan(found.indexOf("sixth-topic-word"));
    }
  }

  @Test
  void related_moreThanTwentySuggestionsWhenAsked() throws IOException {
    // The first pass keeps 20 candidates, or as many as asked for (plus room for exclusions).
    Story query = Story.of("Ferry timetable", "The ferry timetable changes in spring.");
    Map<String, Story> archive = stories();
    for (int i = 1; i <= 35; i++) {
      archive.put("ferry-" + i, Story.of("Ferry note " + i, "Ferry route " + i + " runs."));
    }
    try (ArticleIndex index = index(query, archive)) {
      List<String> thirty = ids(related(index, query, 30));
      assertThat(thirty).hasSize(30).allMatch(id -> id.startsWith("ferry-"));
      Set<String> excluded = Set.copyOf(thirty.subList(0, 5));
      List<String> without = ids(related(index, query,
          RelatedQuery.builder().limit(30).excludeIds(excluded).build()));
      assertThat(without).hasSize(30).doesNotContainAnyElementsOf(excluded);
    }
  }

  @Test
  void related_moreLikeThisDefaultsUseWordsTheArticleRepeatsFoundInFiveArticles()
      throws IOException {
    // Lucene's defaults: words used at least twice (ferry 4x, strike 3x; not crews), in at
    // least 5 articles (ferry in 7, strike in 6); shown most telling first (4 x 1.12 > 3 x 1.25).
    Story query = Story.of("Ferry strike",
        "Ferry crews strike again; the ferry strike halts every ferry.");
    Map<String, Story> archive = stories();
    for (int i = 1; i <= 5; i++) {
      archive.put("strike-" + i, Story.of("Day " + i, "Ferry strike, day " + i + "."));
    }
    archive.put("crews", Story.of("Rest", "Ferry crews rest."));
    archive.put("bakery", Story.of("Bakery", "Bread again."));
    try (ArticleIndex index = index(query, archive)) {
      List<RelatedArticle> related = related(index, query, RelatedQuery.builder()
          .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS).build());
      assertThat(ids(related)).containsExactly(
          "strike-1", "strike-2", "strike-3", "strike-4", "strike-5", "crews");
      assertThat(related.get(0).sharedTerms()).containsExactly("ferry", "strike");
      assertThat(related.get(5).sharedTerms()).containsExactly("ferry");
    }
  }

  @Test
  void related_moreLikeThisNewsBoostsEachWordByHowTellingItIs() throws IOException {
    // MoreLikeThis tuned for news boosts each term by tf x idf relative to the best: "strike"
    // (3 x 1.69) outweighs "said" and "would" (1 x 1.41 each), which unboosted would together
    // outscore it in the shorter article.
    Story query = Story.of(null, "Strike, strike, strike. They said it would.");
    try (ArticleIndex index = index(query, stories(
        "strike", Story.of(null, "The strike."),
        "said-would", Story.of(null, "Said and would."),
        "said", Story.of(null, "Officials said nothing."),
        "would", Story.of(null, "It would help.")))) {
      RelatedQuery news = RelatedQuery.builder()
          .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS_NEWS).build();
      assertThat(ids(related(index, query, news)).get(0)).isEqualTo("strike");
    }
  }

  @Test
  void related_moreLikeThisNewsQueriesFortyTerms() throws IOException {
    // 30 codes only the query article uses (idf 1.92) rank above "harbour" (in 2: 1.51), its
    // 31st term: within MoreLikeThis news's 40, beyond Lucene's default 25.
    StringBuilder codes = new StringBuilder();
    for (int i = 10; i < 40; i++) {
      codes.append("code").append(i).append(' ');
    }
    Story query = Story.of(null, codes + "harbour.");
    try (ArticleIndex index = index(query, stories(
        "harbour", Story.of(null, "The harbour."),
        "bakery", Story.of(null, "The bakery.")))) {
      assertThat(ids(related(index, query, RelatedQuery.builder()
          .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS_NEWS).build())))
          .containsExactly("harbour");
    }
  }

  @Test
  void related_limitAndMinScoreCutTheRankedList() throws IOException {
    Story query = Story.of("Ferry strike", "Ferry workers strike over pay and hours.");
    try (ArticleIndex index = index(query, stories(
        "one-word", Story.of("Ferry", "A new ferry was launched."),
        "two-words", Story.of("Ferry pay", "Ferry pay rose."),
        "three-words", Story.of("Ferry pay strike", "Ferry workers went on strike.")))) {
      List<RelatedArticle> all = related(index, query, 10);
      assertThat(ids(all)).containsExactly("three-words", "two-words", "one-word");
      assertThat(ids(related(index, query, 1))).containsExactly("three-words");
      assertThat(ids(related(index, query, 2))).containsExactly("three-words", "two-words");
      double second = all.get(1).score();
      assertThat(ids(related(index, query,
          RelatedQuery.builder().minScore(second).build())))
          .containsExactly("three-words", "two-words");
      assertThat(ids(related(index, query,
          RelatedQuery.builder().minScore(Math.nextUp(second)).build())))
          .containsExactly("three-words");
    }
  }
}
