package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.util.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SentenceJoinsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The vote closes at 5 p.m. | on Friday.         | true",
      "The vote closes at 5 p.m. | Friday is the day. | false",
      "It cuts costs, e.g.       | fuel and rent.     | true",
      "Roads, bridges etc.       | and rails.         | true",
      "Roads, bridges etc.       | Rails came next.   | false"})
  void joinInitials_abbreviationBeforeALowercaseWord_joinsOnlyThen(String first, String second,
      boolean joined) {
    String text = first + " " + second;
    Span[] spans = {new Span(0, first.length()), new Span(first.length() + 1, text.length())};

    assertThat(SentenceJoins.joinInitials(text, spans)).hasSize(joined ? 1 : 2);
  }
}
