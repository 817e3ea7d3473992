package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link DocumentFilters}' filters that have no test class of their own stage. */
final class DocumentFiltersTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Virginia Democrats won the vote.; 18; Virginia; LOCATION",
      "Then Kentucky Republicans blamed him.; 25; Kentucky; LOCATION",
      "House Democrats limited the inquiry.; 15; House; ORGANIZATION",
      "Senate Republicans stayed silent.; 18; Senate; ORGANIZATION",
  })
  void withoutPartyMembers_stateOrChamberBeforeMembers_isThatStateOrChamber(String body, int end,
      String expected, EntityType type) {
    int start = body.indexOf(expected);
    List<TypedMention> found = List.of(
        new TypedMention(start, end, EntityType.ORGANIZATION, null, null, false));

    List<TypedMention> out = DocumentFilters.withoutPartyMembers(body, found,
        StageFixtures.gazetteer());

    assertThat(out).singleElement().satisfies(m -> {
      assertThat(body.substring(m.start(), m.end())).isEqualTo(expected);
      assertThat(m.type()).isEqualTo(type);
      assertThat(m.usState()).isEqualTo(type == EntityType.LOCATION);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The Liberal Democrats won.; 4; 21; ORGANIZATION", // a party's name
      "The Sweden Democrats won.; 4; 20; ORGANIZATION", // a country, not a US state
      "Social Democrats met.; 0; 16; ORGANIZATION",
      "Virginia Democrats won.; 0; 18; PERSON", // only organisations are read so
      "Virginia Democratic Party won.; 0; 25; ORGANIZATION",
  })
  void withoutPartyMembers_otherwise_keepsTheMention(String body, int start, int end,
      EntityType type) {
    List<TypedMention> found = List.of(new TypedMention(start, end, type, null, null, false));

    assertThat(DocumentFilters.withoutPartyMembers(body, found, StageFixtures.gazetteer()))
        .isEqualTo(found);
  }

  @Test
  void recognize_partyMembersOfAStateOrChamber_nameTheStateAndChamber() {
    List<Entity> entities = RecognizerFixtures.recognize(null, "Ohio Democrats won a majority"
        + " in the legislature. House Democrats limited the inquiry, while Democrats in Ohio"
        + " celebrated.");

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .containsExactlyInAnyOrder("Ohio", "Ohio", "House");
  }
}
