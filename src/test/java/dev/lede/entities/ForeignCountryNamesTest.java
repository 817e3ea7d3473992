package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link ForeignCountryNames}: states named in a body's own language are COUNTRY mentions
 * with their English names and ISO codes. The sentences are written for this test.
 */
final class ForeignCountryNamesTest {

  private static ForeignCountryNames countries;

  @BeforeAll
  static void load() {
    countries = new ForeignCountryNames(StageFixtures.gazetteer());
  }

  @Test
  void add_portugueseNames_areCountriesWithEnglishNamesAndCodes() {
    String body = "O acordo une o Brasil e os Estados Unidos desde maio.";

    List<TypedMention> added = countries.add("pt", body, List.of());

    assertThat(added).containsExactly(
        new TypedMention(15, 21, EntityType.COUNTRY, "Brazil", "BR", false),
        new TypedMention(27, 41, EntityType.COUNTRY, "United States", "US", false));
  }

  @Test
  void add_russianName_isACountry() {
    String body = "Россия и Германия подписали соглашение.";

    assertThat(countries.add("ru", body, List.of())).extracting(TypedMention::canonical)
        .containsExactly("Russia", "Germany");
  }

  @Test
  void add_russianCasesOfAName_areCountries() {
    String body = "Она жила во Вьетнаме, потом в России и в Узбекистане.";

    assertThat(countries.add("ru", body, List.of())).extracting(TypedMention::canonical)
        .containsExactly("Vietnam", "Russia", "Uzbekistan");
  }

  @Test
  void add_russianDemonymOrAdjective_isNoCountry() {
    // "Самое" would be "Самоа" inflected, but opens a sentence, where every word has a capital
    String body = "Китаец и Российский банк ответили. Самое главное впереди.";

    assertThat(countries.add("ru", body, List.of())).isEmpty();
  }

  @Test
  void add_germanGenitive_isACountry() {
    String body = "Die Wirtschaft Deutschlands wächst, Chinas Exporte auch.";

    assertThat(countries.add("de", body, List.of())).containsExactly(
        new TypedMention(15, 27, EntityType.COUNTRY, "Germany", "DE", false),
        new TypedMention(36, 42, EntityType.COUNTRY, "China", "CN", false));
  }

  @Test
  void add_nameInsideALongerMention_leavesThatMention() {
    String body = "O Banco do Brasil subiu.";
    List<TypedMention> found = List.of(
        new TypedMention(2, 17, EntityType.ORGANIZATION, "Banco do Brasil", null, false));

    assertThat(countries.add("pt", body, found)).isEqualTo(found);
  }

  @Test
  void add_mentionInsideTheNameOrOfItsSpan_givesWayToTheCountry() {
    String body = "Os Estados Unidos e a Alemanha assinaram.";
    List<TypedMention> found = List.of(
        new TypedMention(3, 10, EntityType.ORGANIZATION, "Estados", null, false),
        new TypedMention(22, 30, EntityType.LOCATION, "Alemanha", null, false));

    assertThat(countries.add("pt", body, found)).containsExactly(
        new TypedMention(3, 17, EntityType.COUNTRY, "United States", "US", false),
        new TypedMention(22, 30, EntityType.COUNTRY, "Germany", "DE", false));
  }

  @Test
  void add_givenNameBeforeACapitalisedWordOrAWordOfAPerson_staysAPerson() {
    // "Maurice" is Mauritius in French, and a given name
    String person = "Maurice Dupont est arrivé. Maurice a ri.";
    List<TypedMention> found = List.of(
        new TypedMention(0, 14, EntityType.PERSON, "Maurice Dupont", null, false));

    assertThat(countries.add("fr", person, found)).isEqualTo(found);
    assertThat(countries.add("fr", "Maurice Dupont est arrivé.", List.of())).isEmpty();
    assertThat(countries.add("fr", "Il vit à Maurice depuis mai.", List.of())).containsExactly(
        new TypedMention(9, 16, EntityType.COUNTRY, "Mauritius", "MU", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "und", "xx"})
  void add_englishOrAnUnlistedLanguage_addsNothing(String language) {
    String body = "O Brasil e a Alemanha.";

    assertThat(countries.add(language, body, List.of())).isEmpty();
  }

  @Test
  void add_nameInsideAWordOrInLowerCase_isNoCountry() {
    String body = "O futebol brasileiro e o Brasileirão; brasil.";

    assertThat(countries.add("pt", body, List.of())).isEmpty();
  }

  @Test
  void recognize_portugueseArticle_findsItsCountries() {
    List<Entity> entities = recognize(null, """
        O professor visitou uma escola nos Estados Unidos na semana passada. Segundo ele, o \
        Brasil ainda não tem escolas assim, mas a Alemanha e a França já oferecem cursos \
        parecidos para os alunos do ensino médio.
        """);

    assertThat(find(entities, EntityType.COUNTRY, "United States")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "Brazil")).get()
        .extracting(Entity::countryCode).isEqualTo("BR");
    assertThat(find(entities, EntityType.COUNTRY, "Germany")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "France")).isPresent();
  }
}
