package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SpeakersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Brannock told reporters the plan was sound.|true",
      "The vote went ahead, and Brannock said it was fair.|true",
      "Residents kept faith in Brannock. Brannock added a clause.|true",
      "A spokesman for Brannock said the plan was sound.|false",
      "The board backed Brannock in a vote.|false",
      "Brannock, the mayor, said nothing.|false"})
  void speaks_verbOfSayingAfterTheSubject(String body, boolean speaks) {
    int at = body.lastIndexOf("Brannock");
    TypedMention mention = new TypedMention(at, at + "Brannock".length(), EntityType.PERSON,
        null, null, false);

    assertThat(Speakers.speaks(body, mention)).isEqualTo(speaks);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The Verdi union called a strike. Verdi said pay must rise.|true",
      "Verdi said pay must rise.|false",
      "Verdian delegates met. Verdi said pay must rise.|false"})
  void namedAsAnOrganisation_lowerCaseHeadAfterTheWord(String body, boolean named) {
    assertThat(Speakers.namedAsAnOrganisation(body, "Verdi")).isEqualTo(named);
  }
}
