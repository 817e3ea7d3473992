package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.recognize;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link OtherLanguages}: what the English stages find in a body of another language is kept
 * where a list or the text backs it. The articles are written for this test.
 */
final class OtherLanguagesTest {

  private static final String ENERGY = """
      Bundeskanzler Olaf Scholz hat am Dienstag in Berlin mit Vertretern der Industrie über \
      die hohen Energiepreise gesprochen. Auch die Gewerkschaften waren eingeladen.

      Nach dem Treffen sagte Scholz, die Regierung werde die Unternehmen bei der Umstellung auf \
      erneuerbare Energien unterstützen. Das Thema beschäftigt die Koalition seit Monaten.

      Die Deutsche Bahn kündigte unterdessen an, ihre Preise im Dezember zu erhöhen. Ein \
      Sprecher des Unternehmens in Frankfurt sagte, die Impfungen der Mitarbeiter seien \
      abgeschlossen. Kritik kam von der Opposition: Friedrich Merz warf der Regierung vor, die \
      Prozesse zu verschleppen.

      Wirtschaftsminister Robert Habeck reist am Mittwoch nach Paris und Brüssel. Dort will er \
      mit der Europäischen Kommission über Subventionen sprechen. Laut Siemens und BASF seien \
      die Kosten für die Produktion in Deutschland zu hoch.
      """;

  private static final String AIRPORT = """
      Wie Der Spiegel am Freitag berichtete, will die Stadt München den Ausbau des Flughafens \
      stoppen. Oberbürgermeister Dieter Reiter sagte, die Entscheidung sei endgültig. Die Zeit \
      zitierte einen Sprecher der Lufthansa mit den Worten, man prüfe alle Optionen.

      Auch in Hamburg wächst der Widerstand. Dort demonstrierten am Samstag mehrere tausend \
      Menschen gegen den Bau. Die Polizei sprach von einem friedlichen Verlauf. Zuvor hatte die \
      Umweltorganisation Greenpeace zu den Protesten aufgerufen.
      """;

  @Test
  void keep_germanCapitalisedNounsAndSentenceStarts_areNoNames() {
    List<String> mentions = mentionTexts(recognize(null, ENERGY));

    assertThat(mentions).doesNotContain("Auch", "Dort", "Kosten", "Ein Sprecher des Unternehmens",
        "Sprecher des Unternehmens", "Das Thema");
    assertThat(mentions).contains("Olaf Scholz", "Scholz", "Berlin", "Deutsche Bahn", "Frankfurt",
        "Friedrich Merz", "Robert Habeck", "Paris", "Siemens", "BASF");
  }

  @Test
  void keep_germanNameOpeningWithAnArticle_keptOnlyWhenListedWhole() {
    List<String> mentions = mentionTexts(recognize(null, AIRPORT));

    assertThat(mentions).doesNotContain("Wie Der Spiegel", "Auch", "Dort");
    assertThat(mentions).contains("Die Zeit", "Dieter Reiter", "Lufthansa", "Hamburg",
        "Greenpeace");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "und"})
  void keep_englishOrUndetermined_keepsEveryMention(String language) {
    String body = "Auch met Kosten in Dort. Das Thema said so.";
    List<TypedMention> found = List.of(
        new TypedMention(0, 4, EntityType.PERSON, "Auch", null, false),
        new TypedMention(9, 15, EntityType.PERSON, "Kosten", null, false),
        new TypedMention(19, 23, EntityType.LOCATION, "Dort", null, false),
        new TypedMention(25, 34, EntityType.PERSON, "Das Thema", null, false));

    assertThat(new OtherLanguages(StageFixtures.gazetteer(), StageFixtures.features())
        .keep(language, body, List.of(), found)).isEqualTo(found);
  }

  @Test
  void applies_englishSentenceTheDetectorReadsAsAnotherLanguage_isEnglish() {
    // a list of names with a few function words: the detector's scores are nearly flat
    String body = "The festival jury included Ottavio Brancato, Ilse Marnowski and Teodor Vasak,"
        + " with Ramundo and Pellizzi in the chair.";
    AnalyzedText text = StageFixtures.processor().process(body);

    assertThat(OtherLanguages.applies("it", body, text.tokens())).isFalse();
    assertThat(OtherLanguages.applies("en", body, text.tokens())).isFalse();
  }

  @Test
  void applies_germanParagraph_isAnotherLanguage() {
    AnalyzedText text = StageFixtures.processor().process(ENERGY);

    assertThat(text.language()).isEqualTo("de");
    assertThat(OtherLanguages.applies(text.language(), ENERGY, text.tokens())).isTrue();
  }

  @Test
  void keep_italianArticle_keepsItsListedNames() {
    List<String> mentions = mentionTexts(recognize(null, """
        Il sindaco di Milano, Giuseppe Sala, ha presentato ieri il nuovo piano per i trasporti \
        pubblici. Secondo il Comune, le linee della metropolitana saranno prolungate entro il \
        2030. Novità anche per i ciclisti: Sala ha annunciato cento chilometri di nuove piste.
        """));

    assertThat(mentions).contains("Milano", "Giuseppe Sala", "Sala");
  }

  @Test
  void keep_russianBody_findsItsPeopleByTheirNamesInAnyCase() {
    List<Entity> entities = recognize(null, """
        Губернатор области Сергей Воронцов в понедельник провёл совещание с главами районов. \
        По словам Воронцова, ремонт дорог завершится к осени. Его заместитель Елена Викторовна \
        Шубина добавила, что деньги уже выделены. Воронцов пообещал лично проверить каждый \
        участок, а Шубиной поручил отчитаться через месяц.
        """);

    assertThat(RecognizerFixtures.find(entities, EntityType.PERSON, "Сергей Воронцов"))
        .hasValueSatisfying(e -> assertThat(RecognizerFixtures.texts(e))
            .containsExactly("Сергей Воронцов", "Воронцова", "Воронцов"));
    assertThat(RecognizerFixtures.find(entities, EntityType.PERSON, "Елена Викторовна Шубина"))
        .hasValueSatisfying(e -> assertThat(RecognizerFixtures.texts(e))
            .containsExactly("Елена Викторовна Шубина", "Шубиной"));
  }

  @Test
  void keep_russianNameInTheGenitiveFirst_personNamedByTheNominative() {
    // "й" decomposes into "и" and a breve: no accent that would make the genitive the fuller name
    List<Entity> entities = recognize(null, """
        Фото: личный архив Оли Малышевой. Оля Малышева ведёт кулинарный блог уже пять лет и \
        готовит каждый день. Она любит простые блюда и свежие овощи, которые покупает на рынке.
        """);

    assertThat(RecognizerFixtures.find(entities, EntityType.PERSON, "Оля Малышева"))
        .hasValueSatisfying(e -> assertThat(RecognizerFixtures.texts(e))
            .containsExactly("Оли Малышевой", "Оля Малышева"));
  }

  @Test
  void keep_koreanBody_findsItsPeopleWithoutTitlesOrParticles() {
    List<String> mentions = mentionTexts(recognize(null, """
        정부는 20일 새 부동산 대책을 발표했다. 김태호 국토교통부 장관은 이날 브리핑에서 \
        공급을 늘리겠다고 말했다. 김태호 장관은 또 대출 규제도 손보겠다고 밝혔다. 박지현 의원은 \
        서민을 위한 대책이 빠졌다고 지적했다. 박지현은 다음 주 토론회를 열 계획이다.
        """));

    assertThat(mentions).containsSubsequence("김태호", "김태호", "박지현", "박지현");
    assertThat(mentions).doesNotContain("정부는", "정부");
  }

  private static List<String> mentionTexts(List<Entity> entities) {
    return entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text).toList();
  }
}
