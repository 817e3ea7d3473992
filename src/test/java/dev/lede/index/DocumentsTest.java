package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DocumentsTest {

  private static final Analyzer ANALYZER = Documents.analyzer();

  @Test
  void topicTerms_repeatedTermsAsOftenAsTheTextRepeatsThem() {
    String topic = Documents.topicTerms(ANALYZER,
        "Harbour cranes stood idle. The harbour board said the cranes and the harbour tolls "
            + "would be reviewed.");
    assertThat(topic.split(" ")).containsExactlyInAnyOrder(
        "harbour", "harbour", "harbour", "crane", "crane");
  }

  @Test
  void topicTerms_emptyWhenNothingRepeats() {
    assertThat(Documents.topicTerms(ANALYZER, "A short note on one ferry.")).isEmpty();
    assertThat(Documents.topicTerms(ANALYZER, "")).isEmpty();
  }

  @Test
  void toDocument_everyArticleHasTheTopicField() {
    Document repeats = Documents.toDocument("a", Fixtures.analysis("Ferry fares",
        "Ferry fares rise. Ferry operators blame fuel."), ANALYZER);
    Document none = Documents.toDocument("b", Fixtures.analysis(null, "One line only."),
        ANALYZER);
    assertThat(repeats.get(Documents.TOPIC)).contains("ferri ferri ferri", "fare fare");
    assertThat(none.getField(Documents.TOPIC)).isNotNull();
    assertThat(none.get(Documents.TOPIC)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "NULL", value = {
      "2024-03-03T10:00:00+02:00; 1709452800000",
      "2024-03-03T08:00:00Z; 1709452800000",
      "2016-12-31T23:59:60Z; 1483228799000", // a leap second: only Instant.parse reads it
      "2024-03-03T08:00:00; 1709452800000",
      "2024-03-03; 1709424000000",
      "'  2024-03-03  '; 1709424000000",
      "2024-03-03 at noon; 1709424000000",
      "2024-03-0; NULL",
      "last spring; NULL"})
  void epochMillis_isoFormsAsUtc(String iso, Long millis) {
    assertThat(Documents.epochMillis(iso)).isEqualTo(millis);
  }

  private static long hash(String shingle) {
    return Hashing.murmur3_128().hashUnencodedChars(shingle).asLong();
  }

  @Test
  void simHash_ofOneShingleIsItsHash() {
    assertThat(Documents.simHash("Ferry fares rise")).isEqualTo(hash("ferry fares rise"));
    assertThat(Documents.simHash("Ferry, fares; RISE!")).isEqualTo(hash("ferry fares rise"));
    assertThat(Documents.simHash("  ferry  ")).isEqualTo(hash("ferry"));
    assertThat(Documents.simHash("ferry fares")).isEqualTo(hash("ferry fares"));
  }

  @Test
  void simHash_setsTheBitsMostShinglesSet() {
    // Two shingles: a tie clears a bit, so only bits both set stay.
    assertThat(Documents.simHash("ferry fares rise again"))
        .isEqualTo(hash("ferry fares rise") & hash("fares rise again"));
    long a = hash("ferry fares rise");
    long b = hash("fares rise again");
    long c = hash("rise again today");
    assertThat(Documents.simHash("ferry fares rise again today"))
        .isEqualTo((a & b) | (a & c) | (b & c));
  }

  @Test
  void simHash_noWords_isZero() {
    assertThat(Documents.simHash("")).isZero();
    assertThat(Documents.simHash(" ... -- !")).isZero();
  }

  @Test
  void entities_keyedByTypeAndNameCountriesByCode() {
    Entity ana = new Entity(EntityType.PERSON, "Ana Ruiz", null, 0.75, List.of());
    Entity again = new Entity(EntityType.PERSON, "Ana Ruiz", null, 0.25, List.of());
    Entity norway = new Entity(EntityType.COUNTRY, "Norway", "no", 0.5, List.of());
    var a = Fixtures.analysis("Ferry fares", "Ana Ruiz flew to Norway.", null, null,
        List.of(ana, norway, again), List.of());

    assertThat(Documents.entities(a)).containsExactly(
        new Documents.EntityRef("PERSON:Ana Ruiz", "Ana Ruiz", EntityType.PERSON, 0.75),
        new Documents.EntityRef("COUNTRY:NO", "Norway", EntityType.COUNTRY, 0.5));
    assertThat(Documents.parseStoredEntity("COUNTRY:NO\tNorway\t0.5"))
        .isEqualTo(new Documents.EntityRef("COUNTRY:NO", "Norway", EntityType.COUNTRY, 0.5));
  }

  @Test
  void toDocument_storesWhatTheIndexReadsBack() {
    Entity ana = new Entity(EntityType.PERSON, "Ana Ruiz", null, 0.75, List.of());
    var a = Fixtures.analysis("Ferry fares", "Ana Ruiz flew north.", "Travel",
        "2024-03-03", List.of(ana), List.of("no", "no", "se"));
    Document d = Documents.toDocument("id-1", a, ANALYZER);

    assertThat(d.get(Documents.ID)).isEqualTo("id-1");
    assertThat(d.get(Documents.TITLE)).isEqualTo("Ferry fares");
    assertThat(d.get(Documents.BODY)).isEqualTo("Ana Ruiz flew north.");
    assertThat(d.get(Documents.SECTION)).isEqualTo("Travel");
    assertThat(d.get(Documents.PUBLISHED)).isEqualTo("2024-03-03");
    assertThat(d.getValues(Documents.DEMONYM)).containsExactly("NO", "SE");
    assertThat(d.getValues(Documents.ENTITY_STORED)).containsExactly("PERSON:Ana Ruiz\tAna Ruiz\t0.75");
    assertThat(d.getField(Documents.DATE)).isNotNull();
    assertThat(d.getField(Documents.SIMHASH).numericValue().longValue())
        .isEqualTo(Documents.simHash("Ana Ruiz flew north."));
  }
}
