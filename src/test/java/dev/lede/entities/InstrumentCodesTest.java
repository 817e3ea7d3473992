package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.recognize;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests {@link InstrumentCodes}: Reuters instrument codes are no part of a name. The market
 * reports are written for this test.
 */
final class InstrumentCodesTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Brent LCOc1 was last at $60; PERSON; 0; 11; ",
      "Sterling GBP= was last at $1.29; PERSON; 0; 13; ",
      "the index .SPX rose; ORGANIZATION; 10; 14; ",
      "Kelmar Foods KFD.O rose 2%; ORGANIZATION; 0; 18; Kelmar Foods",
      "Brent LCOc1 fell; PERSON; 0; 5; ",
  })
  void apply_codeEndingOrFollowingAMention_isCutOrDropsAPerson(String body, EntityType type,
      int start, int end, String kept) {
    List<TypedMention> found = List.of(new TypedMention(start, end, type, null, null, false));

    List<TypedMention> out = InstrumentCodes.apply(body, found);

    assertThat(out).extracting(f -> body.substring(f.start(), f.end()))
        .isEqualTo(kept == null ? List.of() : List.of(kept));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // no code: a name, initials, a country's dotted abbreviation
      "Dana Ferris said; PERSON; 0; 11",
      "shares of Kelmar Corp. rose; ORGANIZATION; 10; 21",
      "the U.S. Treasury; ORGANIZATION; 4; 17",
      "Okafor KTV said; PERSON; 0; 6",
  })
  void apply_noCode_keepsTheMention(String body, EntityType type, int start, int end) {
    List<TypedMention> found = List.of(new TypedMention(start, end, type, null, null, false));

    assertThat(InstrumentCodes.apply(body, found)).isEqualTo(found);
  }

  @Test
  void recognize_marketReport_keepsNoCodeInAName() {
    List<Entity> entities = recognize(null, """
        Oil fell on Tuesday. Brent LCOc1 was last at $60.73 a barrel, and Sterling GBP= was \
        trading at $1.2925. Kelmar Holdings said its profit rose.""");

    assertThat(entities).flatExtracting(Entity::mentions).extracting(Mention::text)
        .noneMatch(t -> t.contains("LCOc1") || t.contains("GBP=") || t.equals("Brent")
            || t.equals("Sterling"));
  }
}
