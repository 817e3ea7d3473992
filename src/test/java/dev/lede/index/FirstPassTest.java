package dev.lede.index;

import static dev.lede.index.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ArticleAnalysis;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first pass's choice of candidates, seen in the suggestions: a ranker whose first pass
 * keeps a single candidate (and no extra ones) suggests exactly the first pass's best match, so
 * that which clauses it runs, in which field, with which weight and similarity, decides the
 * suggestion. The archives are a handful of hand-written sentences about rocks; the query
 * article is indexed as "probe" and asked for by id.
 */
final class FirstPassTest {

  private static final RelatedQuery ONE = RelatedQuery.of(1);

  /**
   * The shipped weights, with a first pass that keeps one candidate and no extra ones, and
   * another document frequency above which a term is common ({@link FirstPass#COMMON_DOCS}).
   * Also for the SolrCloud ranking's tests.
   */
  static Ranker keepingOne(int commonDocs) {
    return keepingOne(commonDocs, Ranker.Weights.DEFAULT.title());
  }

  /** As {@link #keepingOne(int)}, with another weight of title words. */
  static Ranker keepingOne(int commonDocs, float titleWeight) {
    Ranker.Weights d = Ranker.Weights.DEFAULT;
    return new Ranker(Documents.analyzer(), new Ranker.Weights(d.wide(), d.repeated(),
        d.wideTerms(), titleWeight, d.names(), d.nameTerms(), d.keyword(), d.entity(),
        d.demonym(), 0, d.firstPassTerms(), d.firstPassRepeated(), 1, d.firstPassMaxShare(),
        d.firstPassMinDense(), commonDocs, d.topicWeight(), d.textCosine()));
  }

  /** An in-memory index of title-less articles, given as id, body, id, body..., in order. */
  private static ArticleIndex index(String... idsAndBodies) throws IOException {
    ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer());
    for (int i = 0; i < idsAndBodies.length; i += 2) {
      index.add(idsAndBodies[i], Fixtures.analysis(null, idsAndBodies[i + 1]));
    }
    return index;
  }


  @Test
  void clauses_repeatedTermInExactlyCommonDocs_staysInTheTextField() throws IOException {
    // "quartz": in 3 articles, repeated by the probe. In the text field the short article that
    // names it once scores best; in the topic field (repeated terms only) only the long
    // article that repeats it matches.
    try (ArticleIndex index = index(
        "short-mention", "Quartz.",
        "long-repeat", "Quartz and quartz lay among granite, slate, shale, marble, chalk and"
            + " flint.",
        "probe", "Quartz quartz.")) {
      // 3 articles are not more than 3: not common, looked up in the text field
      assertThat(ids(index.related("probe", ONE, keepingOne(3))))
          .containsExactly("short-mention");
      // more than 2: common, looked up among repeated terms
      assertThat(ids(index.related("probe", ONE, keepingOne(2))))
          .containsExactly("long-repeat");
    }
  }

  @Test
  void nextClauses_firstPassFindsNothing_theNextTellingTermsFindTheCandidates()
      throws IOException {
    // The probe's eight rarest words are its own; its ninth, "granite", is the one it shares.
    // The first pass looks for candidates with the eight alone and finds none; without a
    // second look-up nothing was suggested.
    try (ArticleIndex index = index(
        "granite-story", "Granite blocks were cut from the hill above the valley.",
        "other-story", "Granite and granite dust covered the road to the quarry.",
        "probe", "Basalt, gneiss, schist, obsidian, pumice, tuff, dolomite, gabbro, granite.")) {
      assertThat(ids(index.related("probe", ONE, keepingOne(Integer.MAX_VALUE))))
          .singleElement().isIn("granite-story", "other-story");
    }
  }

  @Test
  void nextClauses_termInMostOfTheArchive_findsNoCandidate() throws IOException {
    // Only "valley" is shared, and five of the six articles have it: too common to make a
    // story a candidate on its own, in a small archive as in a large one.
    try (ArticleIndex index = index(
        "a", "The valley flooded.", "b", "A valley road.", "c", "Valley farms.",
        "d", "Valley towns.", "e", "Harbour cranes.",
        "probe", "Basalt, gneiss, schist, obsidian, pumice, tuff, dolomite, gabbro, valley.")) {
      assertThat(index.related("probe", ONE, keepingOne(Integer.MAX_VALUE))).isEmpty();
    }
  }

  @Test
  void addFilters_baselineByIdWithoutDeduplication_neverTheArticleItself() throws IOException {
    // Without de-duplication nothing else would drop the article itself, its best match.
    RelatedQuery q = RelatedQuery.builder().limit(3).deduplicate(false)
        .ranking(RelatedQuery.Ranking.MORE_LIKE_THIS_NEWS).build();
    try (ArticleIndex index = index(
        "short-mention", "Quartz.",
        "granite", "Granite.",
        "probe", "Quartz quartz.")) {
      assertThat(ids(index.related("probe", q))).containsExactly("short-mention");
    }
  }

  @Test
  void clauses_entityInExactlyCommonDocs_findsCandidates() throws IOException {
    // The probe shares nothing but a person with one article: the entity clause alone finds it.
    Entity quist = new Entity(EntityType.PERSON, "Ada Quist", null, 0.5, List.of());
    try (ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer())) {
      index.add("quist-profile", Fixtures.analysis(null, "A profile of the diplomat.", null,
          null, List.of(quist), List.of()));
      index.add("weather", Fixtures.analysis(null, "Sunny weather is forecast."));
      index.add("probe", Fixtures.analysis(null, "The envoy arrived yesterday.", null, null,
          List.of(quist), List.of()));
      // in 2 articles, not more than 2: the entity finds candidates
      assertThat(ids(index.related("probe", ONE, keepingOne(2))))
          .containsExactly("quist-profile");
      // more than 1: common, left to the rescoring, which sees no candidate
      assertThat(index.related("probe", ONE, keepingOne(1))).isEmpty();
    }
  }

  @Test
  void clauses_titleWordInExactlyCommonDocs_findsCandidates() throws IOException {
    // A title word among the probe's first-pass text terms is left to the text clause; here
    // it is not among them, and only its title clause can find the article sharing it.
    try (ArticleIndex index = lagoons()) {
      // "lagoon" is in 2 titles: not more than 2, the title clause finds the other title
      assertThat(ids(index.related("probe", ONE, keepingOne(2))))
          .containsExactly("lagoon-title");
      // more than 1: common, left to the rescoring; with no candidate from the first pass,
      // the next telling words look again, and "lagoon" in the text finds the body that has it
      // (the title article holds it in its text field too, in a longer text)
      assertThat(ids(index.related("probe", ONE, keepingOne(1))))
          .containsExactly("lagoon-body");
    }
  }

  @Test
  void toQuery_clauseOfWeightZero_findsNoCandidate() throws IOException {
    // With title words weighing nothing, the title clause that alone would find "lagoon-title"
    // (as above) is left out of the query: no candidate, although the rescoring would score
    // the article above 0 by its text ("lagoon" is among the probe's 40 text terms).
    try (ArticleIndex index = lagoons()) {
      assertThat(index.related("probe", ONE, keepingOne(2, 0f))).isEmpty();
    }
  }

  /**
   * Two articles with "lagoon" (one in its title) and a probe titled "Lagoon" whose body has
   * more than eight telling words, all rarer than "lagoon", so that "lagoon" is not among its
   * first-pass text terms. Also for the SolrCloud ranking's tests.
   */
  static Map<String, ArticleAnalysis> lagoonArticles() {
    Map<String, ArticleAnalysis> out = new LinkedHashMap<>();
    out.put("lagoon-title", Fixtures.analysis("Lagoon", "A note about tides."));
    out.put("lagoon-body", Fixtures.analysis(null, "The lagoon was calm."));
    out.put("probe", Fixtures.analysis("Lagoon", "Herons, egrets, ibises, storks, cranes,"
        + " pelicans, cormorants, grebes and bitterns nest there."));
    return out;
  }

  private static ArticleIndex lagoons() throws IOException {
    ArticleIndex index = ArticleIndex.inMemory(Fixtures.analyzer());
    index.addAll(lagoonArticles());
    return index;
  }

  @Test
  void clauses_topicClauseWeighsHalfItsTextWeight() throws IOException {
    // Every repeated term is common (commonDocs 0): "quartz" is looked up in the topic field,
    // "basalt" (named once) in the text field. At half its weight the topic clause scores
    // the article repeating "quartz" below the one naming "basalt"; at twice its weight (the
    // weight divided by 0.5) above it. Four articles repeating other words give the topic
    // field the statistics of an archive.
    try (ArticleIndex index = index(
        "slate", "Slate slate.",
        "chalk", "Chalk chalk.",
        "flint", "Flint flint.",
        "shale", "Shale shale.",
        "quartz-repeat", "Quartz quartz shone.",
        "basalt-mention", "Basalt cooled.",
        "probe", "Quartz quartz basalt.")) {
      assertThat(ids(index.related("probe", ONE, keepingOne(0))))
          .containsExactly("basalt-mention");
    }
  }

  @Test
  void similarity_topicFieldScoredByBm25() throws IOException {
    // "quartz" is looked up in the topic field only (commonDocs 0). By TF-IDF the article
    // repeating it twice in a topic of 2 words would come first; BM25 saturates the short
    // topic's advantage, and the article repeating it 20 times among 22 repeated words wins.
    String twenty = "Quartz, ".repeat(19) + "quartz, mica and mica.";
    try (ArticleIndex index = index(
        "two-repeats", "Quartz quartz glowed.",
        "twenty-repeats", twenty,
        "probe", "Quartz quartz.")) {
      assertThat(ids(index.related("probe", ONE, keepingOne(0))))
          .containsExactly("twenty-repeats");
    }
  }
}
