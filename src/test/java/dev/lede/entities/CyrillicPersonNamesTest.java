package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link CyrillicPersonNames}: people named in a Russian body by a given name in any case
 * with a surname, by initials, and again by a shorter form. The sentences are written for this
 * test; the people are invented.
 */
final class CyrillicPersonNamesTest {

  private static CyrillicPersonNames people;

  @BeforeAll
  static void load() {
    people = new CyrillicPersonNames();
  }

  private static List<String> texts(String body, List<TypedMention> mentions) {
    return mentions.stream().map(m -> body.substring(m.start(), m.end())).toList();
  }

  @Test
  void caseForms_regularNames_declineByTheirEnding() {
    assertThat(CyrillicPersonNames.caseForms("Андрей"))
        .contains("Андрея", "Андрею", "Андреем", "Андрее");
    assertThat(CyrillicPersonNames.caseForms("Ольга")).contains("Ольги", "Ольгу", "Ольгой");
    assertThat(CyrillicPersonNames.caseForms("Мария")).contains("Марии", "Марию", "Марией");
    assertThat(CyrillicPersonNames.caseForms("Иван")).contains("Ивана", "Иваном");
  }

  @Test
  void givenName_anyCaseAndYoWrittenAsYe_isTheNominative() {
    assertThat(people.givenName("Андреем")).isEqualTo("Андрей");
    assertThat(people.givenName("Петра")).isEqualTo("Петр");
    assertThat(people.givenName("Семёна")).isEqualTo("Семен");
    assertThat(people.givenName("Любви")).isEqualTo("Любовь");
    assertThat(people.givenName("Москва")).isNull();
  }

  @Test
  void add_givenNameInAnyCaseWithSurname_isAPerson() {
    String body = "Вчера Андрей Соколов встретился с Натальей Веретенниковой в Казани.";

    assertThat(texts(body, people.add("ru", body, List.of())))
        .containsExactly("Андрей Соколов", "Натальей Веретенниковой");
  }

  @Test
  void add_patronymic_isInsideTheNameInEitherOrder() {
    String body = "Приказ подписал Григорий Павлович Ласточкин. Ласточкин Григорий Павлович "
        + "уехал утром, а Ирина Сергеевна осталась.";

    assertThat(texts(body, people.add("ru", body, List.of()))).containsExactly(
        "Григорий Павлович Ласточкин", "Ласточкин Григорий Павлович", "Ирина Сергеевна");
  }

  @Test
  void add_initialsWithSurname_areAPerson() {
    String body = "Документ подписали И. П. Заречный и Сомов В.А., а также В. Кречетов.";

    assertThat(texts(body, people.add("ru", body, List.of())))
        .containsExactly("И. П. Заречный", "Сомов В.А.", "В. Кречетов");
  }

  @Test
  void add_wordBeforeInitialsThatOpenAName_isNoSurname() {
    String body = "Прокурор Д. С. Громов настаивал на своём.";

    assertThat(texts(body, people.add("ru", body, List.of()))).containsExactly("Д. С. Громов");
  }

  @Test
  void add_sentenceOpenerBeforeNameAndPatronymic_isNoSurname() {
    String body = "Суд закончился. Сам Виктор Петрович молчал.";

    assertThat(texts(body, people.add("ru", body, List.of()))).containsExactly("Виктор Петрович");
  }

  @Test
  void add_oneInitialBeforeAWordOfNoSurnameShape_isNoPerson() {
    // a sentence ending in a letter: "витамин С." then "Затем"
    String body = "В соке много витамина С. Затем его охлаждают.";

    assertThat(people.add("ru", body, List.of())).isEmpty();
  }

  @Test
  void add_surnameAndGivenNameAloneInOtherCases_joinTheFullName() {
    String body = "Андрей Соколов возглавил совет. Решение Соколова поддержали все. "
        + "Соколову вручили грамоту, и за Андрея проголосовали единогласно.";

    List<TypedMention> added = people.add("ru", body, List.of());

    assertThat(texts(body, added))
        .containsExactly("Андрей Соколов", "Соколова", "Соколову", "Андрея");
    assertThat(added.subList(1, 4)).extracting(TypedMention::canonical).containsOnly("=0");
  }

  @Test
  void add_nameInAnotherCase_joinsTheNominativeOne() {
    String body = "Фото: архив Оли Малышевой. Оля Малышева ведёт блог.";

    List<TypedMention> added = people.add("ru", body, List.of());

    assertThat(texts(body, added)).containsExactly("Оли Малышевой", "Оля Малышева");
    assertThat(added).extracting(TypedMention::canonical)
        .containsExactly("=" + body.indexOf("Оля"), "Оля Малышева");
  }

  @Test
  void add_capitalisedWordsWithoutACue_areNoPeople() {
    String body = "Москва и Газпром договорились. Сегодня Президент выступил в Кремле.";

    assertThat(people.add("ru", body, List.of())).isEmpty();
  }

  @Test
  void add_givenNameAloneInsideASentence_isAPerson() {
    String body = "Вместе с дочерью Варей мы испекли пирог.";

    assertThat(texts(body, people.add("ru", body, List.of()))).containsExactly("Варей");
  }

  @Test
  void add_nameThatIsANounOpeningASentence_isNoPerson() {
    // "Роман" (a novel) and "Любовь" (love) have a capital here only because they open it
    String body = "Роман Толстого переиздали. Любовь к чтению растёт.";

    assertThat(people.add("ru", body, List.of())).isEmpty();
  }

  @Test
  void add_nameThatIsANoun_isANameWhereItIsOneInsideASentence() {
    String body = "Вера Осокина\n\nГолосуйте за Веру!";

    assertThat(texts(body, people.add("ru", body, List.of())))
        .containsExactly("Вера Осокина", "Веру");
  }

  @Test
  void add_namesInQuotesOrOfStreets_areNoPeople() {
    String body = "Мы читали «Анну Каренину» на улице Андрея Сахарова.";

    assertThat(people.add("ru", body, List.of())).isEmpty();
  }

  @Test
  void add_surnameOfAStreetsName_isNoShortForm() {
    String body = "Лев Толстой жил в Москве. Музей стоит на улице Льва Толстого.";

    assertThat(texts(body, people.add("ru", body, List.of()))).containsExactly("Лев Толстой");
  }

  @Test
  void add_nominativeNameAfterAWordOfAStreet_isAPerson() {
    String body = "На улице Андрей Соколов встретил друга.";

    assertThat(texts(body, people.add("ru", body, List.of()))).containsExactly("Андрей Соколов");
  }

  @Test
  void add_nameInQuotedSpeech_isAPerson() {
    String body = "Тренер сказал: «Сегодня Варя была сильнее всех».";

    assertThat(texts(body, people.add("ru", body, List.of()))).containsExactly("Варя");
  }

  @Test
  void add_givenNameBeforeACountry_isNoPerson() {
    String body = "Он крикнул: Слава Украине!";
    List<TypedMention> found = List.of(new TypedMention(body.indexOf("Украине"),
        body.indexOf("!"), EntityType.COUNTRY, "Ukraine", "UA", false));

    assertThat(people.add("ru", body, found)).isEqualTo(found);
  }

  @Test
  void add_personInsideALongerMention_givesWayToIt() {
    String body = "Он работал в Фонде Андрея Соколова.";
    List<TypedMention> found = List.of(new TypedMention(13, 34, EntityType.ORGANIZATION, null,
        null, false));

    assertThat(people.add("ru", body, found)).isEqualTo(found);
  }

  @Test
  void add_mentionInsideOrAcrossThePerson_givesWayToIt() {
    String body = "Вчера Андрей Соколов уехал.";
    List<TypedMention> found = List.of(
        new TypedMention(6, 12, EntityType.LOCATION, null, null, false),
        new TypedMention(13, 26, EntityType.ORGANIZATION, null, null, false));

    assertThat(people.add("ru", body, found))
        .containsExactly(new TypedMention(6, 20, EntityType.PERSON, "Андрей Соколов", null,
            false));
  }

  @Test
  void add_hugeBodyOnOneLine_findsEveryName() {
    String body = "Андрей Соколов пришёл, и Соколова встретили. ".repeat(5_000);

    assertThat(people.add("ru", body, List.of())).hasSize(10_000);
  }

  @Test
  void add_englishOrOtherLanguage_changesNothing() {
    String body = "Андрей Соколов встретился с Натальей.";

    assertThat(people.add("en", body, List.of())).isEmpty();
    assertThat(people.add("de", body, List.of())).isEmpty();
  }

  @Test
  void stems_casesOfASurname_share() {
    assertThat(CyrillicPersonNames.stems("Путина")).containsAnyElementsOf(
        CyrillicPersonNames.stems("Путин"));
    assertThat(CyrillicPersonNames.stems("Левицкой")).containsAnyElementsOf(
        CyrillicPersonNames.stems("Левицкая"));
  }
}
