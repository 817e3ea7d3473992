package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adaptive default of {@link RelatedQuery}: on one archive, a query about an event (its
 * telling words in its story's three reports) keeps its same-event ranking and gets no topic
 * gain, while a query about a topic (its words spread over hundreds of articles) gains a story
 * on the same subject that shares none of its telling words.
 */
final class AdaptiveTopicTest {

  private static final String DAM = "dam-1";
  private static final String FLOODS = "monsoon-floods";
  private static final String KYIV = Fixtures.RETOLD_FIRST;
  private static final String GRID = Fixtures.RETOLD_SECOND;

  /** Everyday words for the archive's other articles, far from floods and power cuts. */
  private static final String[] OTHER = ("recipe flour butter oven sugar garden tomato harvest"
      + " league match goal striker coach stadium season fans ticket bakery pastry cheese olive"
      + " basil pepper salad soup noodle spice orchard apple cherry melon lemon honey tea coffee"
      + " cafe menu chef kitchen dinner lunch breakfast picnic festival music concert guitar choir"
      + " painting gallery museum novel poetry chess puzzle roses tulips lawn hedge bicycle"
      + " marathon swimmer tennis golf cricket rugby").split(" ");

  /** The power-cut story's words, one in each of the other articles: spread over the archive. */
  private static final String[] SPREAD = ("residents night electricity wave drones struck power"
      + " stations city engineers morning restore supply hospitals pumping rolling outages week"
      + " operator cuts kyiv strikes").split(" ");

  private static Map<String, ArticleAnalysis> archive;
  private static ArticleIndex index;

  /**
   * The archive: the three reports of a dam burst, floods told in other words, the power-cut
   * story told twice, and 300 articles of everyday words, each with one of the power-cut
   * story's words (three with a dozen). Analysed once per JVM, without entities.
   */
  static synchronized Map<String, ArticleAnalysis> archive() {
    if (archive == null) {
      archive = analyse();
    }
    return archive;
  }

  private static Map<String, ArticleAnalysis> analyse() {
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().entities(false).build();
    Map<String, ArticleAnalysis> articles = new LinkedHashMap<>(Fixtures.retoldStory());
    articles.put(DAM, analyzer.analyze(Article.ofBody("Velmora dam bursts, floodwater sweeps"
        + " Tarnik", "The Velmora dam burst before dawn and floodwater swept through Tarnik,"
        + " carrying away bridges and barns. Boats ferried stranded villagers from rooftops as"
        + " the reservoir emptied into the gorge.")));
    articles.put("dam-2", analyzer.analyze(Article.ofBody("Tarnik villagers rescued after"
        + " Velmora dam collapse", "Boats ferried villagers from rooftops in Tarnik after the"
        + " Velmora dam burst. The reservoir emptied into the gorge within hours, and floodwater"
        + " carried away two bridges.")));
    articles.put("dam-3", analyzer.analyze(Article.ofBody("Velmora reservoir empties, Tarnik"
        + " counts the damage", "A day after the Velmora dam burst, Tarnik villagers returned to"
        + " barns full of mud. The reservoir behind the dam is empty; inspectors blamed cracks"
        + " in the spillway.")));
    // the same kind of disaster in other words: no telling word shared with the dam reports
    articles.put(FLOODS, analyzer.analyze(Article.ofBody("Monsoon rains drown farmland in the"
        + " delta", "Days of monsoon rain swelled the rivers of the delta, submerging paddies and"
        + " cutting off hamlets. Army helicopters dropped food parcels to families sheltering on"
        + " embankments.")));
    Random random = new Random(13);
    for (int i = 0; i < 300; i++) {
      List<String> words = new ArrayList<>();
      for (int w = 0; w < 120; w++) {
        words.add(OTHER[random.nextInt(OTHER.length)]);
      }
      // a few articles share a dozen of its words, the others one each
      for (int w = 0; w < (i < 3 ? 12 : 1); w++) {
        words.add(random.nextInt(words.size()), SPREAD[(i + w * 7) % SPREAD.length]);
      }
      articles.put("other-" + i, analyzer.analyze(Article.ofBody(
          String.join(" ", words.subList(0, 4)), String.join(" ", words) + ".")));
    }
    return articles;
  }

  @BeforeAll
  static void build() throws IOException {
    index = ArticleIndex.inMemory(Fixtures.analyzer());
    index.addAll(archive());
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<RelatedArticle> related(String id, RelatedQuery.Builder options)
      throws IOException {
    return index.related(id, options.limit(50).build());
  }

  @Test
  void related_eventQuery_sameEventFirstAndNoTopicGain() throws IOException {
    List<RelatedArticle> adaptive = related(DAM, RelatedQuery.builder());
    List<RelatedArticle> fixed = related(DAM, RelatedQuery.builder()
        .topicWeight(RelatedQuery.TOPIC_WEIGHT));

    assertThat(adaptive).extracting(RelatedArticle::id).startsWith("dam-2", "dam-3")
        .doesNotContain(FLOODS);
    assertThat(adaptive).noneMatch(RelatedArticle::similarTopic);
    // what a topic weight would have done: the floods story, sharing no word, suggested
    assertThat(fixed).filteredOn(RelatedArticle::similarTopic).extracting(RelatedArticle::id)
        .contains(FLOODS);
  }

  @Test
  void related_topicQuery_gainsTheStoryToldInOtherWords() throws IOException {
    List<RelatedArticle> adaptive = index.related(KYIV, RelatedQuery.of(10));
    List<RelatedArticle> wordsOnly = index.related(KYIV, RelatedQuery.builder().limit(50)
        .topicWeight(0).build());

    assertThat(wordsOnly).extracting(RelatedArticle::id).doesNotContain(GRID);
    assertThat(adaptive).anySatisfy(r -> {
      assertThat(r.id()).isEqualTo(GRID);
      assertThat(r.similarTopic()).isTrue();
    });
  }
}
