package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ArticleAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result card: what a suggestion shows, read without the stored fields. */
final class ResultCardTest {

  private static final Analyzer ANALYZER = Documents.analyzer();

  private static List<String> resultValues(Document d) {
    return d.getFields().stream()
        .filter(f -> f.fieldType().stored() && Ranker.RESULT_FIELDS.contains(f.name()))
        .map(f -> f.name() + "=" + f.stringValue()).toList();
  }

  @Test
  void decode_givesTheStoredResultFieldsInTheirOrder() throws IOException {
    Document d = Documents.toDocument("ferry", Story.of("Ferry fares", "Ana Ruiz met the envoy.")
        .section("Travel").published("2024-03-03T08:00:00Z").url("https://news.example/ferry")
        .byline("By Kari Moen").person("Ana Ruiz", 0.75).country("Norway", "no", 0.5)
        .analysis(), ANALYZER);

    Document card = ResultCard.decode(d.getBinaryValue(Documents.CARD));

    assertThat(resultValues(card)).isEqualTo(resultValues(d)).contains("title=Ferry fares",
        "url=https://news.example/ferry", "section=Travel", "byline=By Kari Moen",
        "published=2024-03-03T08:00:00Z", "id=ferry");
    assertThat(card.getValues(Documents.ENTITY_STORED)).containsExactly(
        "PERSON:Ana Ruiz\tAna Ruiz\t0.75", "COUNTRY:NO\tNorway\t0.5");
    assertThat(card.get(Documents.BODY)).as("the body stays out").isNull();
  }

  @Test
  void fields_areWhatASuggestionShows() {
    // a field shown but not on the card would be missing from suggestions read from cards
    assertThat(ResultCard.FIELDS).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(Ranker.RESULT_FIELDS);
  }

  @Test
  void decode_untitledArticleHasOnlyItsId() throws IOException {
    Document d = Documents.toDocument("brief", Story.of(null, "Fares rise.").analysis(),
        ANALYZER);

    Document card = ResultCard.decode(d.getBinaryValue(Documents.CARD));

    assertThat(resultValues(card)).containsExactly("id=brief");
  }

  @Test
  void encode_keepsNoCardOverTheLimit() {
    String title = "Fares ".repeat(ResultCard.MAX_BYTES / 5);
    Document d = Documents.toDocument("long", Story.of(title, "Fares rise.").analysis(),
        ANALYZER);

    assertThat(d.getField(Documents.CARD)).as("read from the stored fields instead").isNull();
    assertThat(d.get(Documents.TITLE)).isEqualTo(title);
  }

  @Test
  void encode_nonAsciiTextRoundTrips() throws IOException {
    Document d = Documents.toDocument("sø", Story.of("Økonomi: “Straße” 🚢 naïve",
        "Fares rise.").byline("Åsa Ødegård").analysis(), ANALYZER);

    BytesRef card = d.getBinaryValue(Documents.CARD);

    assertThat(ResultCard.decode(card).get(Documents.TITLE))
        .isEqualTo("Økonomi: “Straße” 🚢 naïve");
    assertThat(ResultCard.decode(card).get(Documents.BYLINE)).isEqualTo("Åsa Ødegård");
  }

  @Test
  void related_indexWithoutCardsGivesTheSameSuggestions(@TempDir Path dir) throws IOException {
    // An index written before the cards: suggestions are read from the stored fields.
    Map<String, ArticleAnalysis> articles = Fixtures.samples();
    Fixtures.samplesIndexWithout(dir, Documents.CARD);
    try (ArticleIndex legacy = ArticleIndex.open(dir, Fixtures.analyzer());
        ArticleIndex current = ArticleIndex.inMemory(Fixtures.analyzer())) {
      for (Map.Entry<String, ArticleAnalysis> e : articles.entrySet()) {
        current.add(e.getKey(), e.getValue());
      }
      for (String id : articles.keySet()) {
        assertThat(legacy.related(id, 5)).as(id)
            .usingRecursiveFieldByFieldElementComparator()
            .containsExactlyElementsOf(current.related(id, 5));
      }
      assertThat(current.related("riksbank-cuts-rate", 5)).isNotEmpty()
          .allSatisfy(r -> assertThat(r.title()).isNotBlank());
    }
  }
}
