package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DetachedInitialsTest {

  /**
   * The mention texts after {@link DetachedInitials#join}, joined by "|", of a body whose people
   * are written in brackets ("[Okafor] said").
   */
  private static String join(String marked) {
    return StageFixtures.afterStage(marked, EntityType.PERSON, DetachedInitials::join);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a middle initial whose full stop stands apart
      "chief [Darnell T] . [Okonkwo] spoke; Darnell T . Okonkwo",
      // two leading initials
      "the driver , R . J . [Kowalczyk] , said; R . J . Kowalczyk",
      // written as usual, nothing to join
      "[Darnell T. Okonkwo] spoke; Darnell T. Okonkwo"})
  void join_initialsSetApart_joinTheName(String marked, String expected) {
    assertThat(join(marked)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // one capital letter and a full stop end a sentence
      "they chose plan B . [Okonkwo] said so; Okonkwo",
      // a one-word name ending a sentence is no name with an initial
      "[Okonkwo] . [Mills] replied; Okonkwo|Mills",
      // a word of capitals before the initials
      "the NY . J . [Mills] case; Mills"})
  void join_noInitialsOfTheName_keepsTheMentions(String marked, String expected) {
    assertThat(join(marked)).isEqualTo(expected);
  }
}
