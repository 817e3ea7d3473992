package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link WorkTitles}: names inside a quoted title of a work are no mentions. */
final class WorkTitlesTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "She wrote the song “Glasgow” for the film.; Glasgow; LOCATION",
      "The “Melvin and Howard” star woke up.; Howard; PERSON",
      "He had a key role in “War & Peace” on television.; War & Peace; ORGANIZATION",
      "The television show “Nashville” ended.; Nashville; LOCATION",
      "A film called \"Paris, Texas\" played.; Texas; LOCATION",
      "her new album, \"Leeds Nights,\" sold well; Leeds; LOCATION",
  })
  void withoutTitles_nameInsideAQuotedWorkTitle_isDropped(String body, String name,
      EntityType type) {
    int start = body.indexOf(name);
    List<TypedMention> found = List.of(
        new TypedMention(start, start + name.length(), type, null, null, false));

    assertThat(WorkTitles.withoutTitles(body, found)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "His team-mates knew him as “Ogge” then.; Ogge; PERSON", // a nickname
      "The mayor said “Glasgow is ready” on Monday.; Glasgow; LOCATION", // a quote
      "She sang “Jolene” in Glasgow.; Glasgow; LOCATION", // outside the title
      "The film was shot in “Nashville” style.; Nashville; LOCATION", // no cue before it
      "The song “Dreams of Spain” sold well.; Spain; COUNTRY", // countries stay
  })
  void withoutTitles_otherwise_keepsTheMention(String body, String name, EntityType type) {
    int start = body.lastIndexOf(name);
    List<TypedMention> found = List.of(
        new TypedMention(start, start + name.length(), type, null, null, false));

    assertThat(WorkTitles.withoutTitles(body, found)).isEqualTo(found);
  }

  @Test
  void recognize_quotedTitlesOfWorks_nameNoOne() {
    List<Entity> entities = RecognizerFixtures.recognize(null, "Dana Whitcombe, the “Melvin and"
        + " Howard” star, wrote the song “Glasgow” after touring Scotland.");

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .contains("Dana Whitcombe", "Scotland").doesNotContain("Melvin", "Howard", "Glasgow");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Her second novel Marian Tolley was a success in France.; Marian Tolley",
      "In 1931 he wrote the short story Hollis in the Rain.; Hollis",
      "The band released three albums: Edna Crane, Loud Rooms and Tin.; Edna Crane",
      "Critics praised the film Verlaine Street when it opened.; Verlaine Street",
  })
  void recognize_nameRightAfterAWordForAWork_isNoMention(String body, String name) {
    List<Entity> entities = RecognizerFixtures.recognize(null, body);

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .doesNotContain(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "It was the song Marta Oyelaran wrote for her brother.; Marta Oyelaran", // a writer
      "He will play Tobias Wrenfield in the final on Sunday.; Tobias Wrenfield", // a verb
      "A new poll shows Dana Whitcombe ahead in Ohio.; Dana Whitcombe", // a verb
      "In his memoir, Gerald Fenwick, a lawyer, tells of the war.; Gerald Fenwick", // a comma
  })
  void recognize_personAfterAWordForAWorkOtherwise_staysAPerson(String body, String name) {
    List<Entity> entities = RecognizerFixtures.recognize(null, body);

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .contains(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "She reread The Tale of Orla Brennick last winter.; Orla Brennick",
      "His friend wrote The Life of Hector Vasquez in 1990.; Hector Vasquez",
      "They closed the show with The Ballad of Leeds and a hymn.; Leeds",
  })
  void recognize_nameInsideAWorksTitleOfForm_isNoMention(String body, String name) {
    List<Entity> entities = RecognizerFixtures.recognize(null, body);

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .doesNotContain(name);
  }

  @Test
  void recognize_titleOfOfficeBeforeOf_keepsThePlace() {
    List<Entity> entities = RecognizerFixtures.recognize(null,
        "The Mayor of Leeds met Hector Vasquez on Tuesday.");

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .contains("Leeds", "Hector Vasquez");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Tomas Verhoeven's wife, Elsa Brandt, spoke first.; Elsa Brandt", // a role between
      "They met at Richard Alpert's Leeds home in May.; Leeds", // a place
      "Arsenal's Bukayo Saka scored twice.; Bukayo Saka", // a club's player
      // a person after another's possessive: in news an aide, a minister, a player
      "President Dana Ferris spoke. Ferris's Tomas Verhoeven flew to Leeds.; Tomas Verhoeven",
  })
  void recognize_nameAfterAPossessiveOtherwise_staysAMention(String body, String name) {
    List<Entity> entities = RecognizerFixtures.recognize(null, body);

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .contains(name);
  }
}
