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

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "a strategist at Tempus Inc.; 16; 26; ORGANIZATION; Tempus Inc.",
      "sales at Harlow Bros.|Next; 9; 20; ORGANIZATION; Harlow Bros.", // | is a line break
      "a speech by Ellis Marlowe Jr.; 12; 28; PERSON; Ellis Marlowe Jr.",
      "prices fell at Tempus.; 15; 21; ORGANIZATION; Tempus", // no abbreviation
      "he met Jr.; 7; 9; ORGANIZATION; Jr", // the abbreviation alone is no name's end
      "at Tempus Inc; 3; 13; ORGANIZATION; Tempus Inc", // no full stop
      "in Tempus Inc.; 3; 13; LOCATION; Tempus Inc", // a place: not read so
  })
  void withAbbreviationStops_nameEndingInAnAbbreviation_takesItsFullStop(String body, int start,
      int end, EntityType type, String expected) {
    String text = body.replace('|', '\n');
    List<TypedMention> found = List.of(new TypedMention(start, end, type, null, null, false));

    List<TypedMention> out = DocumentFilters.withAbbreviationStops(text, found);

    assertThat(out).singleElement()
        .satisfies(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(expected));
  }

  @Test
  void recognize_companyWithLegalFormEndingAParagraph_keepsTheFullStop() {
    List<Entity> entities = RecognizerFixtures.recognize(null, "Bond yields rose, said an analyst"
        + " at Norvale Capital Inc.\nShares of Norvale Capital Inc. fell on Monday.");

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .containsOnly("Norvale Capital Inc.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "fans of Velmora+ grew; 8; 15; ORGANIZATION; Velmora+",
      "on Velmora+, the service; 3; 10; ORGANIZATION; Velmora+",
      "a Velmora++ compiler; 2; 9; ORGANIZATION; Velmora", // two signs: a language's name
      "the Velmora+X plan; 4; 11; ORGANIZATION; Velmora", // a letter after the sign
      "grades of Velmora+ rose; 10; 17; PERSON; Velmora", // only organisations
  })
  void withPlusSigns_organisationWithASignAgainstIt_takesTheSign(String body, int start, int end,
      EntityType type, String expected) {
    List<TypedMention> found = List.of(new TypedMention(start, end, type, null, null, false));

    assertThat(DocumentFilters.withPlusSigns(body, found)).singleElement()
        .satisfies(m -> assertThat(body.substring(m.start(), m.end())).isEqualTo(expected));
  }

  @Test
  void recognize_streamingServiceWithAPlusSign_isAnEntityOfItsOwn() {
    List<Entity> entities = RecognizerFixtures.recognize(null, "Disney launched Disney+ in"
        + " November, and Disney+ gained ten million subscribers. Disney shares rose.");

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .containsExactlyInAnyOrder("Disney", "Disney+", "Disney+", "Disney");
  }
  @Test
  void recognize_capitalisedTheInsideASentence_staysInsideTheOrganisation() {
    List<Entity> entities = RecognizerFixtures.recognize(null, "The plan was first reported"
        + " by The New York Times on Monday. Two years later the start-up renamed itself The"
        + " Orbit Company. A week on, The Orbit Company cut jobs.");

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .containsExactlyInAnyOrder("The New York Times", "The Orbit Company",
            "The Orbit Company");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Sales rose, said The Orbit Company.; 21; 34; The Orbit Company",
      "The Orbit Company said sales rose.; 4; 17; Orbit Company", // the sentence's article
      "-- The Orbit Company sold a plant.; 7; 20; Orbit Company", // a list's item
      "Sales rose. \"The Orbit Company is well.; 17; 30; Orbit Company",
      "He said: The Orbit Company is well.; 13; 26; Orbit Company",
  })
  void withCapitalisedThe_organisationAfterTheInASentenceOnly_takesIt(String body, int start,
      int end, String expected) {
    List<TypedMention> found = List.of(
        new TypedMention(start, end, EntityType.ORGANIZATION, null, null, false));

    assertThat(DocumentFilters.withCapitalisedThe(body, found, List.of())).singleElement()
        .satisfies(m -> assertThat(body.substring(m.start(), m.end())).isEqualTo(expected));
  }

  @Test
  void withCapitalisedThe_placeOrPerson_keepsItsSpan() {
    String body = "Sales rose in The Orbit and at The Helm.";
    List<TypedMention> found = List.of(
        new TypedMention(18, 23, EntityType.LOCATION, null, null, false),
        new TypedMention(35, 39, EntityType.PERSON, null, null, false));

    assertThat(DocumentFilters.withCapitalisedThe(body, found, List.of())).isEqualTo(found);
  }
}
