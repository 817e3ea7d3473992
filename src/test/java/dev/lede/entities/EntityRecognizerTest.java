package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static dev.lede.entities.RecognizerFixtures.resource;
import static dev.lede.entities.RecognizerFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.text.AnalyzedText;
import dev.lede.text.TextProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests the {@link EntityRecognizer} as a whole: loading, a full article, offsets, order and
 * overlap of mentions, salience, odd input, threads, and texts that hold no entity.
 */
final class EntityRecognizerTest {

  private static TextProcessor processor;
  private static EntityRecognizer recognizer;

  @BeforeAll
  static void load() {
    processor = StageFixtures.processor();
    recognizer = StageFixtures.recognizer();
  }

  @Test
  void load_aSecondRecognizer_findsWhatTheSharedOneFinds() {
    // a load of its own: the shared one is made once per JVM, so its loading is checked here
    EntityRecognizer fresh = EntityRecognizer.load();
    AnalyzedText text = processor.process("Greta Okafor, the mayor of Lyon, met officials of the"
        + " United Nations in Belarus on Monday.");

    List<Entity> found = fresh.recognize("Okafor in Minsk", text);

    assertThat(found).isEqualTo(recognizer.recognize("Okafor in Minsk", text));
    assertThat(found).extracting(Entity::type, Entity::name).contains(
        org.assertj.core.groups.Tuple.tuple(EntityType.COUNTRY, "Belarus"),
        org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "United Nations"));
  }

  @Test
  void recognize_belarusArticle_findsTypedClusteredEntities() throws IOException {
    String body = resource("minsk-drill.txt");
    List<Entity> entities = recognize("Belarus Holds Emergency Drill", body);

    Entity lukashenko = find(entities, EntityType.PERSON, "Alexander Lukashenko").orElseThrow();
    assertThat(texts(lukashenko)).containsExactly("Alexander Lukashenko", "Lukashenko");
    assertThat(find(entities, EntityType.PERSON, "Vadim Sinyavsky")).isPresent();
    Entity putin = find(entities, EntityType.PERSON, "Vladimir Putin").orElseThrow();
    assertThat(texts(putin)).containsExactly("Vladimir Putin", "Putin");

    Entity belarus = find(entities, EntityType.COUNTRY, "Belarus").orElseThrow();
    assertThat(belarus.countryCode()).isEqualTo("BY");
    assertThat(find(entities, EntityType.COUNTRY, "Russia").orElseThrow().countryCode())
        .isEqualTo("RU");
    assertThat(find(entities, EntityType.COUNTRY, "Ukraine").orElseThrow().countryCode())
        .isEqualTo("UA");
    assertThat(find(entities, EntityType.LOCATION, "Moscow")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Minsk")).isPresent();

    Entity ministry = find(entities, EntityType.MINISTRY, "Ministry of Emergency Situations")
        .orElseThrow();
    assertThat(texts(ministry)).containsExactly(
        "Belarusian Ministry of Emergency Situations", "Emergency Situations Ministry");
    assertThat(find(entities, EntityType.MINISTRY, "Ministry of Foreign Affairs")).isPresent();

    // titles, demonyms and generic phrases stay out
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).doesNotContain("Belarusian", "Russian", "Ukrainian", "President",
        "Interior Minister", "ministries");
    assertThat(all).noneMatch(t -> t.startsWith("President") || t.contains("Minister "));
    assertThat(entities).noneMatch(e -> e.type() == EntityType.MINISTRY
        && e.mentions().stream().anyMatch(m -> m.text().contains("interior")));
    // the possessive stays outside the span
    assertThat(texts(putin)).doesNotContain("Putin's");
    assertThat(find(entities, EntityType.PERSON, "Ivan Petrov")).isPresent();
  }

  @Test
  void recognize_anyText_mentionOffsetsMatchTheBody() throws IOException {
    for (String name : List.of("minsk-drill.txt", "london-talks.txt", "atlanta-weather.txt")) {
      String body = resource(name);
      for (Entity e : recognize(null, body)) {
        assertThat(e.salience()).isBetween(0.0, 1.0);
        for (Mention m : e.mentions()) {
          assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
        }
      }
    }
  }

  @Test
  void recognize_anyText_spansNeverOverlapAndEntitiesAreSortedBySalience() throws IOException {
    List<Entity> entities = recognize("UK and U.S. officials meet", resource("london-talks.txt"));
    List<Mention> mentions = new ArrayList<>();
    entities.forEach(e -> mentions.addAll(e.mentions()));
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    for (int i = 1; i < mentions.size(); i++) {
      assertThat(mentions.get(i).start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
    }
    for (int i = 1; i < entities.size(); i++) {
      assertThat(entities.get(i).salience()).isLessThanOrEqualTo(entities.get(i - 1).salience());
    }
  }

  @Test
  void recognize_titleAbbreviations_endNoSentence() {
    List<Entity> entities = recognize(null, "The Ministry of Tourism of St. Vincent and the "
        + "Grenadines met Gen. Tomas Okafor in St. Louis on Monday.");

    assertThat(entities).extracting(e -> e.type() + ":" + e.name()).containsExactly(
        "MINISTRY:Ministry of Tourism", "COUNTRY:Saint Vincent and the Grenadines",
        "PERSON:Tomas Okafor", "LOCATION:St. Louis");
  }

  /**
   * Cases the perceptron got right and the neural tagger (issue 10) still gets wrong: a one-word
   * name it does not tag at all after "the" ("the Élysée said"), which no context rule may make
   * a person or a place. Those it missed before and that rules or later models now find ("the
   * Moravec administration", "Mr. Varkonyi,", "Ms. Kirovsk,", "The 32-year-old Varkonyi",
   * "Taiwan Precision Bearing Co", "Reform Party of Canada and Canadian Alliance", the "KYIV —"
   * dateline) are ordinary tests now. Kept so that it runs again when the model changes.
   */
  @Disabled("known miss of the neural tagger: see README, issue 10")
  @Test
  void recognize_knownMissOfTheNeuralTagger() {
    List<Entity> entities = recognize(null,
        "Later the Élysée said the state visit would go ahead as planned.");
    assertThat(entities).anyMatch(e -> e.type() == EntityType.LOCATION
        && texts(e).contains("Élysée"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "KYIV — Air raid sirens sounded across the city on Monday night, officials said."
          + "|LOCATION|KYIV",
      "Shares of Taiwan Precision Bearing Co rose.|ORGANIZATION|Taiwan Precision Bearing Co",
      "Voters backed Reform Party of Canada and Canadian Alliance.|ORGANIZATION|Canadian Alliance"})
  void recognize_formerMissesOfTheNeuralTagger_areFound(String sentenceTypeAndName) {
    String[] parts = sentenceTypeAndName.split("\\|");
    List<Entity> entities = recognize(null, parts[0]);
    assertThat(entities).anyMatch(e -> e.type() == EntityType.valueOf(parts[1])
        && texts(e).contains(parts[2]));
  }

  @Test
  void recognize_textWithoutNames_isEmpty() {
    assertThat(recognize(null, "it was a quiet day and nothing much happened at all.")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\n", "😀😀😀", "\uD800 lone surrogate \uDC00",
      "Das ist ein kurzer Text über Berlin und die Bundesregierung.",
      "Москва и Минск подписали соглашение.", "北京和上海"})
  void recognize_oddOrForeignText_neverFails(String body) {
    List<Entity> entities = recognize(null, body);
    assertThat(entities).allSatisfy(e -> assertThat(e.mentions()).isNotEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"  ", "\u00a0", " \u00a0", "\t", "\u2009", "\u200b ", " \n"})
  void recognize_otherWhiteSpaceBetweenWords_neverFails(String space) throws IOException {
    // pasted text has doubled, no-break and thin spaces inside names; every stage must take them
    String body = resource("/lede/samples/articles.txt").replace(" ", space);
    List<Entity> entities = recognize(null, body);
    assertThat(entities).isNotEmpty().allSatisfy(e -> assertThat(e.mentions())
        .allSatisfy(m -> assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text())));
  }

  @Test
  void recognize_titleNamingTheEntity_raisesItsSalience() {
    String body = "Officials in Chile and Peru met on Monday. Chile and Peru signed a deal.";
    List<Entity> withTitle = recognize("Peru signs deal", body);
    List<Entity> without = recognize(null, body);
    double peru = find(withTitle, EntityType.COUNTRY, "Peru").orElseThrow().salience();
    double peruNoTitle = find(without, EntityType.COUNTRY, "Peru").orElseThrow().salience();
    assertThat(peru).isGreaterThan(peruNoTitle);
    assertThat(withTitle.get(0).name()).isEqualTo("Peru");
  }

  @Test
  void recognize_nullText_throwsNamingTheParameter() {
    assertThatThrownBy(() -> recognizer.recognize("t", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> recognizer.demonymCountries(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
  }

  @Test
  void demonymCountries_demonymsAndPlurals_giveCodesInOrderOnce() throws IOException {
    AnalyzedText text = processor.process(
        "Belarusian officials met American and Belarusian diplomats. Several Ukrainians and"
            + " a Briton attended.");
    assertThat(recognizer.demonymCountries(text)).containsExactly("BY", "US", "UA", "GB");
    assertThat(recognizer.recognize(null, text)).noneMatch(
        e -> e.mentions().stream().anyMatch(m -> m.text().equals("Belarusian")));
  }

  @Test
  void demonymCountries_languageNames_giveNoCountry() {
    AnalyzedText text = processor.process(
        "The delegates spoke Spanish and Portuguese. She replied in French, learnt Arabic and"
            + " teaches German. The Russian language is hard.");
    assertThat(recognizer.demonymCountries(text)).isEmpty();
    // a demonym that describes something, or stands for its people, still names the country
    assertThat(recognizer.demonymCountries(processor.process(
        "Fishing boats in French waters met Spanish and Portuguese crews. The Dutch spoke"
            + " first."))).containsExactly("FR", "ES", "PT", "NL");
  }

  @Test
  void demonymCountries_demonymOpeningAListedPlace_isPartOfThatName() {
    AnalyzedText text = processor.process(
        "Indian fishermen crossed the Arabian Sea. The Indian Ocean and the English Channel are"
            + " far apart, a Kenyan skipper said.");
    assertThat(recognizer.demonymCountries(text)).containsExactly("IN", "KE");
    assertThat(recognizer.demonymCountries(processor.process(
        "Storms crossed the Indian Ocean and the Persian Gulf."))).isEmpty();
  }

  @Test
  void recognize_sixteenThreadsSharingOneRecognizer_giveIdenticalResults() throws Exception {
    List<AnalyzedText> texts = new ArrayList<>();
    for (String name : List.of("minsk-drill.txt", "london-talks.txt", "atlanta-weather.txt")) {
      texts.add(processor.process(resource(name)));
    }
    List<List<Entity>> expected = new ArrayList<>();
    for (AnalyzedText t : texts) {
      expected.add(recognizer.recognize("Title", t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < 160; i++) {
        int k = i % texts.size();
        futures.add(pool.submit(() -> recognizer.recognize("Title", texts.get(k))
            .equals(expected.get(k))));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void recognize_stormName_isNoEntityAnywhereInTheText() {
    List<Entity> entities = recognize(null,
        "Storm Helga brought gales to the coast of Norway on Monday. Helga also flooded roads"
            + " near Bergen, where Hurricane Oskar had struck a year earlier.");
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("Helga", "Storm Helga", "Oskar", "Hurricane Oskar")
        .contains("Norway", "Bergen");
  }

  @Test
  void recognize_fileNamesAndAddresses_areNoEntities() {
    List<Entity> entities = recognize(null,
        "Maria Lind of Nordhavn Energy attached CrudeStocks.pdf and HarbourRates.xlsx, asked readers"
            + " to write to Press.Desk@nordhavn.example and to visit www.NordhavnEnergy.example.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).noneMatch(t -> t.contains(".pdf") || t.contains(".xlsx") || t.contains("@")
        || t.startsWith("www."));
    assertThat(all).contains("Maria Lind");
  }

  @Test
  void recognize_erasTimesAndEverydayAbbreviations_areNoEntities() {
    List<Entity> entities = recognize(null,
        "The temple was built around 450 BC and the museum opens at 9 AM, said Helen Marsh, QC,"
            + " who told the CEO that HIV testing and a DVD of the tour were free.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).doesNotContain("BC", "AM", "QC", "CEO", "HIV", "DVD");
    assertThat(all).contains("Helen Marsh");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The floating rate notes will be reset 60 basis points above LIBOR, said the manager,"
          + " Harwick Securities Inc, on Monday. The yield floats opposite of LIBOR, it said.",
      "Traders at Corland Bank moved Libor for profit, and SOFR replaced it in 2023.",
      "The government expects GNP to grow five pct. Investment fell to four pct of GNP last year,"
          + " said Ali Demir of Corland Bank.",
      "The law let estates sell stock to ESOPs without tax, and Harwick Securities Inc said"
          + " ESOPs were abused. Its IPO raised 40 mln dlrs as CPI and PPI rose."})
  void recognize_ratesIndicatorsAndPlansInCapitals_areNoEntities(String body) {
    List<String> all = recognize(null, body).stream().flatMap(e -> texts(e).stream()).toList();

    assertThat(all).doesNotContain("LIBOR", "Libor", "SOFR", "GNP", "ESOPs", "IPO", "CPI",
        "PPI");
    assertThat(all).containsAnyOf("Harwick Securities Inc", "Corland Bank");
  }
}
