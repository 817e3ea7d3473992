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

  private static TypedMention mention(String body, String text, int from, EntityType type) {
    int start = body.indexOf(text, from);
    return new TypedMention(start, start + text.length(), type, null, null, false);
  }

  @Test
  void withoutCommonWordsOpeningSentences_wordTheTextWritesInLowerCase_isNoName() {
    String body = "Farmers grow sorghum in May. Sorghum needs water. The map shows vast plains.\n"
        + "Plains cover most of it.";
    List<TypedMention> found = List.of(mention(body, "Sorghum", 0, EntityType.PERSON),
        mention(body, "Plains", 0, EntityType.LOCATION));

    assertThat(DocumentFilters.withoutCommonWordsOpeningSentences(body, found,
        StageFixtures.features()::isListedName, StageFixtures.features()::isGivenName))
        .isEmpty();
  }

  @Test
  void withoutCommonWordsOpeningSentences_nameElsewhereOrNeverInLowerCase_staysAName() {
    // "Sorghum" is a name mid-sentence too; "Teapot" is part of a longer person; "Okafor" is never
    // written in lower case; "Julie" is a listed given name; a listed place keeps its canonical
    // name; a name written in lower case is no capital of the sentence, and neither is one that
    // all-lowercase copy writes after a given name or before "said"
    String body = "Sorghum spoke first. He met Sorghum later, by the sorghum fields. Teapot left."
        + " Then Ada Teapot called about the teapot. Okafor agreed. Reading won, reading fans said."
        + " Julie wrote back. i told julie. nia called. and nia left. Okonjo said the minister"
        + " manuel okonjo spoke. Ibeku agreed, ibeku said.";
    List<TypedMention> found = List.of(mention(body, "Sorghum", 0, EntityType.PERSON),
        mention(body, "Sorghum", 10, EntityType.PERSON),
        mention(body, "Teapot", 0, EntityType.PERSON),
        mention(body, "Ada Teapot", 0, EntityType.PERSON),
        mention(body, "Okafor", 0, EntityType.PERSON),
        new TypedMention(body.indexOf("Reading"), body.indexOf("Reading") + 7,
            EntityType.LOCATION, "Reading", null, false),
        mention(body, "Julie", 0, EntityType.PERSON), mention(body, "nia", 0, EntityType.PERSON),
        mention(body, "Okonjo", 0, EntityType.PERSON),
        mention(body, "Ibeku", 0, EntityType.PERSON));

    assertThat(DocumentFilters.withoutCommonWordsOpeningSentences(body, found,
        StageFixtures.features()::isListedName, StageFixtures.features()::isGivenName))
        .isEqualTo(found);
  }

  @Test
  void withoutNameSuffixes_suffixReadAsAPersonOfItsOwn_isNoMention() {
    String body = "Ada Joseph Okafor, Jr. fired. Howard R. Brenner, Esq. wrote. Spokesman Snr."
        + " Comr. Agus Brenner spoke. Henry Okafor III and Jr Okafor came.";
    List<TypedMention> found = List.of(mention(body, "Ada Joseph Okafor", 0, EntityType.PERSON),
        mention(body, "Jr.", 0, EntityType.PERSON),
        mention(body, "Howard R. Brenner", 0, EntityType.PERSON),
        mention(body, "Esq", 0, EntityType.PERSON), mention(body, "Snr", 0, EntityType.PERSON),
        mention(body, "Agus Brenner", 0, EntityType.PERSON),
        mention(body, "Henry Okafor III", 0, EntityType.PERSON),
        mention(body, "Jr Okafor", 0, EntityType.PERSON));

    assertThat(DocumentFilters.withoutNameSuffixes(body, found)).extracting(
        m -> body.substring(m.start(), m.end())).containsExactly("Ada Joseph Okafor",
        "Howard R. Brenner", "Agus Brenner", "Henry Okafor III", "Jr Okafor");
  }

  @Test
  void withCamelCaseCompanies_personWrittenInCamelCase_isAnOrganisation() {
    String body = "AMD bought SeaMicro. CrossLand said so. LeBron, DeShawn, McArdle, MacArthur,"
        + " DiNapoli and FitzGerald met @AdaOkafor.";
    List<TypedMention> found = List.of(mention(body, "SeaMicro", 0, EntityType.PERSON),
        mention(body, "CrossLand", 0, EntityType.PERSON),
        mention(body, "LeBron", 0, EntityType.PERSON),
        mention(body, "DeShawn", 0, EntityType.PERSON),
        mention(body, "McArdle", 0, EntityType.PERSON),
        mention(body, "MacArthur", 0, EntityType.PERSON),
        mention(body, "DiNapoli", 0, EntityType.PERSON),
        mention(body, "FitzGerald", 0, EntityType.PERSON),
        mention(body, "AdaOkafor", 0, EntityType.PERSON));

    assertThat(DocumentFilters.withCamelCaseCompanies(body, found)).extracting(
        m -> body.substring(m.start(), m.end()) + ":" + m.type()).containsExactly(
        "SeaMicro:ORGANIZATION", "CrossLand:ORGANIZATION", "LeBron:PERSON", "DeShawn:PERSON",
        "McArdle:PERSON", "MacArthur:PERSON", "DiNapoli:PERSON", "FitzGerald:PERSON",
        "AdaOkafor:PERSON");
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
