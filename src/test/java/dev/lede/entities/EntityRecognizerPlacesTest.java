package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static dev.lede.entities.RecognizerFixtures.resource;
import static dev.lede.entities.RecognizerFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests the {@link EntityRecognizer}'s rules for countries and places end to end: aliases,
 * datelines, ambiguous names, and a place's edges.
 */
final class EntityRecognizerPlacesTest {

  @Test
  void recognize_buildingThatStandsForAGovernment_isAPlaceAsACapitalIs() {
    List<Entity> entities = recognize(null, "The White House said on Monday it would veto the"
        + " bill. The Pentagon said the strikes hit two depots, while the Kremlin said talks"
        + " would go on. The Elysee said Paulin Roux would travel to Rome. Members of the White"
        + " House Correspondents' Association read the Pentagon Papers again.");

    assertThat(find(entities, EntityType.LOCATION, "White House")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Pentagon")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Kremlin")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Élysée Palace")).isPresent();
    assertThat(entities).filteredOn(e -> e.type() != EntityType.LOCATION)
        .extracting(Entity::name).doesNotContain("White House", "Pentagon", "Kremlin");
    // a longer name keeps the building's name inside it
    assertThat(find(entities, EntityType.ORGANIZATION,
        "White House Correspondents' Association")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "White House").orElseThrow().mentions())
        .hasSize(1);
  }

  @Test
  void recognize_townBeforeItsOfficeAndAName_isAPlace() {
    List<Entity> entities = recognize(null, "Palmer City Clerk Dana Reyes said the ballots had"
        + " been counted. Kenai County Attorney Mark Olsen declined to comment, and Talvora"
        + " Product Manager Ann Lee said sales rose.");

    assertThat(find(entities, EntityType.LOCATION, "Palmer")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Kenai County")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Dana Reyes")).isPresent();
    assertThat(entities).noneMatch(e -> e.name().contains("Talvora")
        && e.type() == EntityType.LOCATION);
  }

  @Test
  void recognize_nameOfSeveralWordsTypedAPersonOnceAndAPlaceInAPlace_isAPlaceThroughout() {
    List<Entity> entities = recognize(null, "Floods hit Lumbu Raya on Monday. Officials in"
        + " Lumbu Raya said 12 people had died. Lumbu Raya regent Tagore Abubakar said aid was"
        + " on its way.\n\nHeavy rain hit Sungai Lebar this week. Farmers in Sungai Lebar lost"
        + " their crops. Sungai Lebar chief Rahman Idris said help was needed.");

    assertThat(texts(find(entities, EntityType.LOCATION, "Lumbu Raya").orElseThrow()))
        .hasSize(3);
    assertThat(texts(find(entities, EntityType.LOCATION, "Sungai Lebar").orElseThrow()))
        .hasSize(3);
    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name).containsExactlyInAnyOrder("Tagore Abubakar", "Rahman Idris");
  }

  @Test
  void recognize_personsNameOfSeveralWordsTypedAPlaceOnce_staysAPerson() {
    List<Entity> entities = recognize(null, "Kelso Brandt arrived late. Mr. Kelso Brandt said"
        + " he was sorry. Fans waited at Kelso Brandt for hours.");

    assertThat(texts(find(entities, EntityType.PERSON, "Kelso Brandt").orElseThrow()))
        .hasSize(3);
  }

  @Test
  void recognize_unlistedPlacesJoinedByAHyphenBeforeARoute_areTwoPlaces() {
    List<Entity> entities = recognize(null, "Work on the Frankfurt-Bebra railway began in 1845."
        + " The Kelby-Arnsworth pipeline opened, and the Dunmore-Wexby road was closed.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name).contains("Frankfurt", "Bebra", "Kelby", "Arnsworth",
            "Dunmore", "Wexby");
  }

  @Test
  void recognize_hyphenatedNameBeforeANounOfNoRoute_staysAsItWas() {
    List<Entity> entities = recognize(null, "The Kelby-Arnsworth family sold the farm. The"
        + " North-South line and the Trans-Siberian railway were busy.");

    assertThat(entities).noneMatch(e -> e.name().equals("Kelby") || e.name().equals("North")
        || e.name().equals("South") || e.name().equals("Trans"));
  }

  @Test
  void recognize_stateAbbreviationAfterAPlaceAndAComma_isTheStateByItsName() {
    List<Entity> entities = recognize(null, "KESMARK, N.Y. \u2014 The deposits of the failed"
        + " Pecan Valley Bank, Marlow, Tex., were assumed by a bank in Kesley, Tex., regulators"
        + " said. Lenders in Albany, N.Y., and a plant near Dunmore, N.J., closed, and so did a"
        + " mill in Wheeling, W.Va.");

    assertThat(texts(find(entities, EntityType.LOCATION, "New York").orElseThrow()))
        .containsExactly("N.Y.", "N.Y.");
    assertThat(texts(find(entities, EntityType.LOCATION, "Texas").orElseThrow()))
        .containsExactly("Tex.", "Tex.");
    assertThat(find(entities, EntityType.LOCATION, "New Jersey")).isPresent();
    assertThat(texts(find(entities, EntityType.LOCATION, "West Virginia").orElseThrow()))
        .containsExactly("W.Va.");
    assertThat(find(entities, EntityType.LOCATION, "Kesmark")).isPresent();
  }

  @Test
  void recognize_namesBeforeAStatesAbbreviation_areAPlace() {
    List<Entity> entities = recognize(null, "MARLOWE, Calif. (AP) \u2014 The Latest on a fire at"
        + " a mill.\n\nThe deposits of the failed Cotton State Bank, Hart, Tex., were assumed by"
        + " Pecan Bank, Kress, Tex., regulators said.\n\nDALTON, Ga. \u2014 A carpet maker cut"
        + " jobs. He met Bob Jones, Texas director of the group.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name).contains("Marlowe", "Hart", "Kress", "Dalton", "Texas");
    assertThat(find(entities, EntityType.PERSON, "Bob Jones")).isPresent();
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON
        && (e.name().equals("Hart") || e.name().equals("Kress")));
  }

  @Test
  void recognize_initialsThatAreAlsoAStatesAbbreviation_stayAPersonsName() {
    List<Entity> entities = recognize(null, "The painter N.C. Wyeth lived near the river. Her"
        + " brother R.I. Pell said the house was sold, and S.C. Johnson's plan failed.");

    assertThat(find(entities, EntityType.PERSON, "N.C. Wyeth")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "R.I. Pell")).isPresent();
    assertThat(entities).noneMatch(e -> e.type() == EntityType.LOCATION);
  }

  @Test
  void recognize_wordsThatWereACitysAlternateName_nameNoPlace() {
    List<Entity> entities = recognize(null, "Central banks cut rates on Monday, and the Central"
        + " American market fell. Soul singers from Bombay and Kiev toured the country.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name).containsExactlyInAnyOrder("Mumbai", "Kyiv");
  }

  @Test
  void recognize_countryAndACommonWordReadAsOneOrganisation_isTheCountry() {
    List<Entity> entities = recognize(null, "The U.S. Economy grew in May while the economy of"
        + " Brenland slowed, analysts said. The U.S. Government urged banks to act, a government"
        + " source said. Shares of U.S. Steel rose as steel prices climbed. The U.S. Army said"
        + " army units left, and the U.S. Embassy said embassy staff were safe.");

    assertThat(texts(find(entities, EntityType.COUNTRY, "United States").orElseThrow()))
        .containsExactly("U.S.", "U.S.");
    assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .extracting(Entity::name).contains("U.S. Steel", "U.S. Army", "U.S. Embassy")
        .doesNotContain("U.S. Economy", "U.S. Government");
  }

  @Test
  void recognize_nameWithAnArabicArticleBeforeACampOrBase_isAPlace() {
    List<Entity> entities = recognize(null, "U.S. troops stayed at the al-Karbun base, and aid"
        + " reached the al-Dhuwaib camp. Rebels shelled the el-Sabra garrison. Jets left Velbrook"
        + " air base on Monday. The Okafor camp said it would appeal, the Remain camp lost the"
        + " vote, and the party's base was angry.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name).containsExactlyInAnyOrder("al-Karbun", "al-Dhuwaib",
            "el-Sabra", "Velbrook");
  }

  @Test
  void recognize_listedPlaceWithAPossessiveInside_isOnePlace() {
    List<Entity> entities = recognize(null, "Floods hit King's Lynn and St. John's,"
        + " Newfoundland, this week. She spent the summer on Martha’s Vineyard with friends, and"
        + " Martha Okafor's husband stayed in Leeds.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name).contains("King's Lynn", "St. John's", "Martha's Vineyard",
            "Leeds");
    assertThat(find(entities, EntityType.PERSON, "Martha Okafor")).isPresent();
    assertThat(entities).noneMatch(e -> e.name().equals("Lynn") || e.name().equals("Martha"));
  }

  @Test
  void recognize_facilityNamedAfterAPersonAfterAPlacesPossessive_staysAPlace() {
    List<Entity> entities = recognize(null, "He landed at Kesmark's Nolan Airport on Friday."
        + " Fans left Dunmore's Kevin Brandt Stadium late, and Brenland's Pedro Alvarez spoke.");

    assertThat(find(entities, EntityType.LOCATION, "Nolan Airport")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Kevin Brandt Stadium")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Pedro Alvarez")).isPresent();
  }

  @Test
  void recognize_arenaNamedCenterInASportsReport_isAPlace() {
    List<Entity> entities = recognize(null, "Brenmoor beat Kelvin 71-64 in front of 15,522 in"
        + " the Talvora Center on Saturday. The coach said the game turned late, and the Talvora"
        + " Center crowd stood for the final minute.");

    assertThat(texts(find(entities, EntityType.LOCATION, "Talvora Center").orElseThrow()))
        .containsExactly("Talvora Center", "Talvora Center");
    assertThat(find(entities, EntityType.ORGANIZATION, "Talvora Center")).isEmpty();
  }

  @Test
  void recognize_centerOutsideASportsReport_staysAnOrganisation() {
    List<Entity> entities = recognize(null, "The actress checked into the Talvora Center in"
        + " Palm Hills on Friday, her lawyer said. The Talvora Center declined to comment.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Talvora Center")).isPresent();
  }

  @Test
  void recognize_englishStreetsWithAbbreviatedStreetWords_arePlacesNotPeople() {
    List<Entity> entities = recognize(null,
        "Police closed Tilden Ave. during the march. A crash was reported at Church and Snyder "
            + "Ave. Traffic on Lindell Blvd. was slow, Dr. Alan Brooks said.");
    assertThat(entities.stream().filter(e -> e.type() == EntityType.PERSON)
        .flatMap(e -> texts(e).stream())).containsExactly("Alan Brooks");
    assertThat(entities.stream().filter(e -> e.type() == EntityType.LOCATION)
        .flatMap(e -> texts(e).stream()))
        .contains("Tilden Ave.", "Church", "Snyder Ave.", "Lindell Blvd.");
  }

  @Test
  void recognize_streetsAndSaintTownsInOtherLanguages_arePlacesWhole() {
    List<Entity> entities = recognize(null, "The shop on Oskar Lindqvists v\u00e4g in Uppsala"
        + " closed on Monday. She was born in Saint-Amand-Montrond and later opened a bakery on"
        + " rue Oberkampf. Flights via Frankfurt resumed.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION)
        .flatExtracting(RecognizerFixtures::texts).containsExactlyInAnyOrder(
            "Oskar Lindqvists v\u00e4g", "Uppsala", "Saint-Amand-Montrond", "rue Oberkampf",
            "Frankfurt");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_countryAliases_clusterUnderTheCodeAndCommonName() throws IOException {
    List<Entity> entities = recognize(null, resource("london-talks.txt"));
    Entity us = find(entities, EntityType.COUNTRY, "United States").orElseThrow();
    assertThat(us.countryCode()).isEqualTo("US");
    assertThat(texts(us)).contains("United States");
    Entity uk = find(entities, EntityType.COUNTRY, "United Kingdom").orElseThrow();
    assertThat(uk.countryCode()).isEqualTo("GB");
    assertThat(texts(uk)).filteredOn("Britain"::equals).hasSize(2); // "Britain", "Britain's"
    assertThat(find(entities, EntityType.COUNTRY, "Côte d'Ivoire").orElseThrow().countryCode())
        .isEqualTo("CI");
    assertThat(find(entities, EntityType.COUNTRY, "Türkiye").orElseThrow().countryCode())
        .isEqualTo("TR");
    assertThat(find(entities, EntityType.LOCATION, "London").orElseThrow().mentions())
        .hasSize(2);
  }

  @Test
  void recognize_headlineInTitleCase_readLikeASentence() {
    // the tagger learnt capitals as a sign of names: "Poland Tightens Border Controls" was one
    // organisation before the headline's common words were read in lower case
    List<Entity> entities = recognize(null, "Poland Tightens Border Controls as Migrant Crossings"
        + " From Belarus Rise\n\nThe guards said more people tried to cross.");
    assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("Poland", "Belarus");
    assertThat(entities).extracting(Entity::type).containsOnly(EntityType.COUNTRY);
  }

  @Test
  void recognize_countryAfterASentenceOpeningThe_leavesTheArticleOut() {
    String text = "The Netherlands will host the talks. “The Philippines declined,” an aide said."
        + " Envoys flew from Banjul in The Gambia.";
    List<Entity> entities = recognize(null, text);
    assertThat(texts(find(entities, EntityType.COUNTRY, "Netherlands").orElseThrow()))
        .containsExactly("Netherlands");
    assertThat(texts(find(entities, EntityType.COUNTRY, "Philippines").orElseThrow()))
        .containsExactly("Philippines");
    // capitalised within the sentence, the article is the writer's part of the name
    assertThat(texts(find(entities, EntityType.COUNTRY, "Gambia").orElseThrow()))
        .containsExactly("The Gambia");
  }

  @Test
  void recognize_georgiaWithUsStates_isTheStateNotTheCountry() throws IOException {
    List<Entity> entities = recognize(null, resource("atlanta-weather.txt"));
    assertThat(find(entities, EntityType.LOCATION, "Georgia")).isPresent();
    assertThat(entities).noneMatch(e -> "GE".equals(e.countryCode()));
    assertThat(find(entities, EntityType.PERSON, "Brian Kemp")).isPresent();
  }

  @Test
  void recognize_georgiaInTheCaucasus_isTheCountry() {
    List<Entity> entities = recognize(null,
        "Georgia held elections on Saturday. Voters in Tbilisi queued for hours, and observers"
            + " from Armenia said the vote in Georgia was calm.");
    assertThat(find(entities, EntityType.COUNTRY, "Georgia").orElseThrow().countryCode())
        .isEqualTo("GE");
  }

  @Test
  void recognize_georgiaAfterAUsCityAndAGeorgianOne_isTheStateAndTheCountry() {
    List<Entity> entities = recognize(null, "Officials in Tbilisi, Georgia, met a delegation on"
        + " Monday. Later the delegation flew to Atlanta, Georgia, to meet state lawmakers.");

    assertThat(texts(find(entities, EntityType.COUNTRY, "Georgia").orElseThrow()))
        .containsExactly("Georgia");
    assertThat(texts(find(entities, EntityType.LOCATION, "Georgia").orElseThrow()))
        .containsExactly("Georgia");
  }

  @Test
  void recognize_fullWidthLatinLetters_areReadAsTheNamesTheySpell() {
    String body = "\uFF2A\uFF4F\uFF48\uFF4E \uFF33\uFF4D\uFF49\uFF54\uFF48 met the mayor"
        + " of \uFF22\uFF45\uFF52\uFF4C\uFF49\uFF4E before flying to"
        + " \uFF26\uFF52\uFF41\uFF4E\uFF43\uFF45.";
    List<Entity> entities = recognize(null, body);

    Entity person = find(entities, EntityType.PERSON, "John Smith").orElseThrow();
    assertThat(texts(person)).containsExactly("\uFF2A\uFF4F\uFF48\uFF4E \uFF33\uFF4D\uFF49"
        + "\uFF54\uFF48"); // the mention is the body's text at its offsets
    assertThat(person.mentions().get(0).start()).isZero();
    assertThat(find(entities, EntityType.LOCATION, "Berlin")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "France").orElseThrow().countryCode())
        .isEqualTo("FR");
  }

  @Test
  void recognize_lettersWithSeparateAccents_areReadAsTheComposedNames() {
    // as macOS writes accents: a letter and a combining mark (NFD)
    String body = java.text.Normalizer.normalize("Officials in S\u00e3o Paulo met envoys from"
        + " C\u00f4te d'Ivoire and T\u00fcrkiye. Recep Tayyip Erdo\u011fan said Erdo\u011fan's"
        + " party would win.", java.text.Normalizer.Form.NFD);
    List<Entity> entities = recognize(null, body);

    assertThat(find(entities, EntityType.COUNTRY, "T\u00fcrkiye")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "C\u00f4te d'Ivoire")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "S\u00e3o Paulo")).isPresent();
    Entity person = find(entities, EntityType.PERSON, "Recep Tayyip Erdo\u011fan").orElseThrow();
    assertThat(person.mentions()).hasSize(2).allSatisfy(m ->
        assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(texts(person).get(1)).isEqualTo("Erdog\u0306an");
  }

  @Test
  void recognize_namesHardWrappedInAParagraph_areWhole() {
    List<Entity> entities = recognize(null, "Aid was sent by the European\nUnion and the World"
        + " Health\nOrganization to New\nYork and South\nKorea on Monday.");

    assertThat(find(entities, EntityType.ORGANIZATION, "World Health Organization")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "South Korea").orElseThrow().mentions())
        .extracting(Mention::text).containsExactly("South\nKorea");
  }

  @Test
  void recognize_countryInsideALongerName_belongsToThatName() {
    List<Entity> entities = recognize(null,
        "Shares of Kenya Airways rose after the Bank of Japan kept rates unchanged.");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.COUNTRY);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "MOSCOW — Russian officials said on Tuesday that talks would resume.|Moscow|MOSCOW",
      "BERLIN — Police said the protest was peaceful.|Berlin|BERLIN",
      "KYIV, Ukraine — Air raid sirens sounded across the city on Monday night.|Kyiv|KYIV"})
  void recognize_allCapsDateline_isALocationInNormalCase(String sentenceNameAndText) {
    String[] parts = sentenceNameAndText.split("\\|");
    List<Entity> entities = recognize(null, parts[0]);
    Entity place = find(entities, EntityType.LOCATION, parts[1]).orElseThrow();
    assertThat(texts(place)).containsExactly(parts[2]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BRUSSELS — European leaders met on Monday.|Brussels",
      "PARIS — French farmers blocked the main roads again.|Paris"})
  void recognize_shoutedDatelineBeforeADemonym_isALocation(String textAndCity) {
    String[] parts = textAndCity.split("\\|");
    Entity city = find(recognize(null, parts[0]), EntityType.LOCATION, parts[1]).orElseThrow();
    assertThat(texts(city)).containsExactly(parts[1].toUpperCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"In the evening Moscow said the sanctions were illegal.|Moscow",
      "On Tuesday Washington said it would suspend the aid programme.|Washington, D.C.",
      "Washington and Moscow traded accusations over the missile tests.|Washington, D.C.",
      "Baghdad's streets were quiet on Friday.|Baghdad",
      "The troops reached Mirgorod on Monday.|Mirgorod"})
  void recognize_placeOutsideAPersonsContext_staysALocation(String sentenceAndName) {
    String[] parts = sentenceAndName.split("\\|");
    assertThat(find(recognize(null, parts[0]), EntityType.LOCATION, parts[1])).isPresent();
  }

  @Test
  void recognize_compassPointAlone_isNoLocationButWestBankIs() {
    List<Entity> entities = recognize(null,
        "Relations between Russia and the West have cooled, while settlers moved deeper into the"
            + " West Bank.");
    assertThat(entities).extracting(Entity::name).doesNotContain("West");
    assertThat(find(entities, EntityType.COUNTRY, "Russia")).isPresent();
  }

  @Test
  void recognize_lowercasePrefixedGazetteerName_isFound() {
    List<Entity> entities = recognize(null,
        "Officials said the cell had links to al-Qaida and had trained in the desert.");
    Entity group = find(entities, EntityType.ORGANIZATION, "al-Qaeda").orElseThrow();
    assertThat(texts(group)).containsExactly("al-Qaida");
  }

  @Test
  void recognize_lowercaseWordAtTheEdgeOfAPlace_staysOutside() {
    List<Entity> entities = recognize(null,
        "Fighting spread across southern Kandahar and north Rakhine State this week.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).contains("Kandahar").noneMatch(t -> t.startsWith("southern")
        || t.startsWith("north "));
  }

  @Test
  void recognize_cityWithAttachedPossessive_isAPlace() {
    List<Entity> entities = recognize(null,
        "The delegation landed at Amman's main airport before dawn.");
    assertThat(texts(find(entities, EntityType.LOCATION, "Amman").orElseThrow()))
        .containsExactly("Amman");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tasmania", "Punjab", "Helmand", "Mindanao", "Tigray", "Xinjiang",
      "Nova Scotia", "Tahrir Square"})
  void recognize_provinceOrRegionInTheNews_isALocation(String name) {
    List<Entity> entities = recognize(null,
        "Floods hit " + name + " on Sunday, and thousands were moved to shelters.");
    assertThat(find(entities, EntityType.LOCATION, name)).isPresent();
  }

  @Test
  void recognize_countryBeforeALongerEventName_staysACountry() {
    List<Entity> entities = recognize(null,
        "Lindsay Doyle left the U.S. Fed Cup team before the semifinal against Russia.");
    assertThat(find(entities, EntityType.COUNTRY, "United States")).isPresent();
    assertThat(entities.stream().flatMap(e -> texts(e).stream())).doesNotContain("Fed Cup");
  }

  @Test
  void recognize_bigCityInsideASentence_isAPlaceWhateverItsTag() {
    // "Kyiv" after "travelled to" is tagged VERB.
    List<Entity> entities = recognize(null,
        "The delegation travelled to Kyiv with a pledge of new loans.");
    assertThat(find(entities, EntityType.LOCATION, "Kyiv")).isPresent();
  }

  @Test
  void recognize_countryInAHyphenatedAdjective_isNoPartOfTheNameAfterIt() {
    List<Entity> entities = recognize(null,
        "Singapore-based Harbourline Group reported a rise in profit.");
    Entity singapore = find(entities, EntityType.COUNTRY, "Singapore").orElseThrow();
    assertThat(texts(singapore)).containsExactly("Singapore");
    assertThat(find(entities, EntityType.ORGANIZATION, "Harbourline Group")).isPresent();
  }

  @Test
  void recognize_hyphenatedCompoundOfCountries_isOneMentionEach() {
    List<Entity> entities = recognize(null,
        "The Russia-Ukraine war and US-China trade talks dominated the meeting, while the"
            + " US-China Business Council said nothing.");

    assertThat(find(entities, EntityType.COUNTRY, "Russia")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "Ukraine")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "China").orElseThrow().mentions()).hasSize(1);
  }

  @Test
  void recognize_officialLongFormOfACountry_isTheCountry() {
    List<Entity> entities = recognize(null,
        "The Kingdom of Saudi Arabia and the State of Qatar signed the accord in Riyadh.");

    assertThat(texts(find(entities, EntityType.COUNTRY, "Saudi Arabia").orElseThrow()))
        .containsExactly("Kingdom of Saudi Arabia");
    assertThat(texts(find(entities, EntityType.COUNTRY, "Qatar").orElseThrow()))
        .containsExactly("State of Qatar");
  }

  @Test
  void recognize_armedGroupsArabicNameAndLongForm_areTheGroupNoPersonOrPlace() {
    List<Entity> entities = recognize(null, "Coalition aircraft struck Daesh positions east of"
        + " Tessama on Monday. Daesh fighters withdrew. The Minister said the fight against the"
        + " Islamic State of Iraq and the Levant would go on, and that Da'esh had lost ground."
        + " Traders crossed the Levant for centuries.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Islamic State").orElseThrow()))
        .containsExactly("Daesh", "Daesh", "Islamic State of Iraq and the Levant", "Da'esh");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
    // the region alone stays a place
    assertThat(texts(find(entities, EntityType.LOCATION, "Levant").orElseThrow()))
        .containsExactly("Levant");
  }

  @Test
  void recognize_placePrepositionOpeningASentence_staysOutsideAndPlacesTheName() {
    List<Entity> entities = recognize(null, "Iraq\n.   Near Tessama, three strikes destroyed a"
        + " bunker.\n.   Near Hamid Dulaim, one strike destroyed a tank.\n.   Near Al Qubbah,"
        + " two strikes hit a mortar team.");

    for (String place : List.of("Tessama", "Hamid Dulaim", "Al Qubbah")) {
      assertThat(texts(find(entities, EntityType.LOCATION, place).orElseThrow()))
          .as(place).containsExactly(place);
    }
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_nameOpenedByAPrepositionsWord_staysWhole() {
    List<Entity> entities = recognize(null, "Near East experts met in Paris. Near East"
        + " scholars, in turn, met in Rome.");

    assertThat(texts(find(entities, EntityType.LOCATION, "Near East").orElseThrow()))
        .containsExactly("Near East", "Near East");
  }

  @Test
  void recognize_monthsAbbreviationWithoutItsDay_isNoPlace() {
    List<Entity> entities = recognize(null, "The spokesman for the coalition told reporter"
        + " Dana Whitcombe on Nov. that the claim was false. Talks in Tessaloniki resume in"
        + " Sept. and end by Dec. at the latest.");

    assertThat(entities.stream().map(Entity::name)).doesNotContain("Nov.", "Sept.", "Dec.",
        "Nov", "Sept", "Dec");
  }
}
