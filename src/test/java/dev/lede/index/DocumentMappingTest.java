package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

/** How an analysis becomes a Lucene document: which fields exist, and in which form. */
final class DocumentMappingTest {

  private static final Analyzer ANALYZER = Documents.analyzer();

  @Test
  void toDocument_titledArticle() {
    Document d = Documents.toDocument("ferry", Story.of("Ferry fares", "Fares rise in May.")
        .section("Travel").published("2024-03-03T08:00:00Z").language("EN")
        .url("https://news.example/ferry").byline("By Kari Moen")
        .keyword("ferry fare").keyword("price").names("May").analysis(), ANALYZER);

    assertThat(d.get(Documents.TEXT)).isEqualTo("Ferry fares\n\nFares rise in May.");
    assertThat(d.get(Documents.TITLE)).isEqualTo("Ferry fares");
    assertThat(d.getFields(Documents.TITLE)).hasSize(2).as("indexed and stored");
    assertThat(d.get(Documents.NAMES)).isEqualTo("May\n");
    assertThat(d.get(Documents.SECTION)).isEqualTo("Travel");
    assertThat(d.get(Documents.SECTION_KEY)).isEqualTo("travel");
    assertThat(d.get(Documents.LANGUAGE)).isEqualTo("en");
    assertThat(d.get(Documents.PUBLISHED)).isEqualTo("2024-03-03T08:00:00Z");
    assertThat(d.getFields(Documents.DATE)).hasSize(2).allSatisfy(
        f -> assertThat(f.numericValue().longValue()).isEqualTo(1709452800000L));
    assertThat(d.get(Documents.URL)).isEqualTo("https://news.example/ferry");
    assertThat(d.get(Documents.BYLINE)).isEqualTo("By Kari Moen");
    assertThat(d.getValues(Documents.KEYWORD)).containsExactly("ferry fare", "price");
  }

  @Test
  void toDocument_untitledUndatedArticleHasNoSuchFields() {
    Document d = Documents.toDocument("brief", Story.of(null, "Fares rise.")
        .published("sometime in May").analysis(), ANALYZER);

    assertThat(d.get(Documents.TEXT)).isEqualTo("\n\nFares rise.");
    assertThat(d.getField(Documents.TITLE)).isNull();
    assertThat(d.getField(Documents.NAMES)).isNull();
    assertThat(d.getField(Documents.SECTION)).isNull();
    assertThat(d.getField(Documents.SECTION_KEY)).isNull();
    assertThat(d.get(Documents.PUBLISHED)).isEqualTo("sometime in May");
    assertThat(d.getField(Documents.DATE)).as("no date to filter or rank by").isNull();
    assertThat(d.getField(Documents.URL)).isNull();
    assertThat(d.getField(Documents.BYLINE)).isNull();
    assertThat(d.getField(Documents.KEYWORD)).isNull();
    assertThat(d.getField(Documents.ENTITY)).isNull();
  }

  @Test
  void toDocument_entitiesIndexedByKeyAndStoredWithNameAndSalience() {
    Document d = Documents.toDocument("e", Story.of("Talks", "Ana Ruiz met Norway's envoy.")
        .person("Ana Ruiz", 0.75).country("Norway", "no", 0.5).analysis(), ANALYZER);
    assertThat(d.getFields(Documents.ENTITY)).extracting(f -> f.stringValue())
        .containsExactly("PERSON:Ana Ruiz", "COUNTRY:NO");
    assertThat(d.getValues(Documents.ENTITY_STORED)).containsExactly(
        "PERSON:Ana Ruiz\tAna Ruiz\t0.75", "COUNTRY:NO\tNorway\t0.5");
  }

  @Test
  void key_countriesByUpperCaseCodeOthersByTypeAndName() {
    assertThat(Documents.key(new Entity(EntityType.COUNTRY, "Norway", "no", 0.5, List.of())))
        .isEqualTo("COUNTRY:NO");
    assertThat(Documents.key(new Entity(EntityType.ORGANIZATION, "Tejo Rail", null, 0.5,
        List.of()))).isEqualTo("ORGANIZATION:Tejo Rail");
  }

  @Test
  void properNouns_oneTokenPerLineInTextOrder() {
    assertThat(Documents.properNouns(Story.of("T", "Ana met Bo in Oslo and Bo left.")
        .names("Oslo", "Ana", "Bo").analysis())).isEqualTo("Ana\nBo\nOslo\nBo\n");
    assertThat(Documents.properNouns(Story.of("T", "No names here.").analysis())).isEmpty();
  }

  @Test
  void termFreqs_readsAtMostTheGivenNumberOfTokens() {
    String text = "Ferries, ferry fares and more ferries.";
    assertThat(Documents.termFreqs(ANALYZER, Documents.TEXT, text, Integer.MAX_VALUE))
        .isEqualTo(Map.of("ferri", 3, "fare", 1, "more", 1));
    assertThat(Documents.termFreqs(ANALYZER, Documents.TEXT, text, 2))
        .isEqualTo(Map.of("ferri", 2));
    assertThat(Documents.termFreqs(ANALYZER, Documents.TEXT, text, 3))
        .containsExactly(Map.entry("ferri", 2), Map.entry("fare", 1));
    assertThat(Documents.termFreqs(ANALYZER, Documents.TEXT, text, 0)).isEmpty();
  }

  @Test
  void terms_inOrderOfFirstOccurrence_noneOfNothing() {
    assertThat(Documents.terms(ANALYZER, Documents.TITLE, "Fares rise, ferry fares fall"))
        .containsExactly("fare", "rise", "ferri", "fall");
    assertThat(Documents.terms(ANALYZER, Documents.TITLE, "")).isEmpty();
    assertThat(Documents.terms(ANALYZER, Documents.TITLE, null)).isEmpty();
  }

  @Test
  void analyzer_keywordFieldsKeepTheWholeValue() {
    assertThat(Documents.termFreqs(ANALYZER, Documents.KEYWORD, "Ferry Fare", 10))
        .isEqualTo(Map.of("Ferry Fare", 1));
    assertThat(Documents.termFreqs(ANALYZER, Documents.TOPIC, "ferri ferri fare", 10))
        .isEqualTo(Map.of("ferri", 2, "fare", 1));
    assertThat(Documents.termFreqs(ANALYZER, Documents.NAMES, "Ana\nOslo's\n", 10))
        .isEqualTo(Map.of("ana", 1, "oslo", 1));
  }
}
