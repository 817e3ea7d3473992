package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DetachedInitialsTest {

  /**
   * The mention texts after {@link DetachedInitials#join}, joined by "|", of a body whose people
   * are written in brackets ("[Okafor] said").
   */
  private static String join(String marked) {
    StringBuilder body = new StringBuilder();
    List<TypedMention> found = new ArrayList<>();
    int start = -1;
    for (char c : marked.toCharArray()) {
      if (c == '[') {
        start = body.length();
      } else if (c == ']') {
        found.add(new TypedMention(start, body.length(), EntityType.PERSON, null, null, false));
      } else {
        body.append(c);
      }
    }
    List<String> texts = new ArrayList<>();
    for (TypedMention m : DetachedInitials.join(body.toString(), found)) {
      texts.add(body.substring(m.start(), m.end()));
    }
    return String.join("|", texts);
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
