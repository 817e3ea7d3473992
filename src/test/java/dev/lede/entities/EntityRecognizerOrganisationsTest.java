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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests the {@link EntityRecognizer}'s rules for ministries, organisations and events end to
 * end: their heads, the names inside them, and where one name ends and the next begins.
 */
final class EntityRecognizerOrganisationsTest {

  @Test
  void recognize_ministries_possessiveAbbreviationAndDepartments() throws IOException {
    List<Entity> entities = recognize(null, resource("london-talks.txt"));
    Entity mod = find(entities, EntityType.MINISTRY, "Ministry of Defence").orElseThrow();
    // "Britain's" is a separate COUNTRY mention; the abbreviation counts once defined
    assertThat(texts(mod)).containsExactly("Ministry of Defence", "MoD", "MoD");
    Entity state = find(entities, EntityType.MINISTRY, "Department of State").orElseThrow();
    assertThat(texts(state)).containsExactly("U.S. State Department");
    Entity treasury = find(entities, EntityType.MINISTRY, "Treasury").orElseThrow();
    assertThat(treasury.mentions()).hasSize(1); // not "Treasury yields"
  }

  @Test
  void recognize_listedAbbreviationWrittenWithFullStops_isTheOrganisation() {
    List<Entity> entities = recognize(null, "A spokesman for the N.F.L. declined to comment."
        + " The F.B.I. and the C.I.A. were told, and the I.M.F. said nothing.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(RecognizerFixtures::texts)
        .containsExactlyInAnyOrder("N.F.L.", "F.B.I.", "C.I.A.", "I.M.F.");
  }

  @Test
  void recognize_initialsBeforeASurname_stayAPersons() {
    List<Entity> entities = recognize(null, "The poems of T.S. Eliot and the tales of"
        + " J.R. Tolkien were read aloud.");

    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }

  @Test
  void recognize_leaguesAndSanctioningBodies_areOrganisations() {
    List<Entity> entities = recognize(null, "Voskov kept his WBO and IBF belts, while the WBA"
        + " ordered a rematch. Meanwhile the NHL fined the club and the NCAA opened an inquiry.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(RecognizerFixtures::texts)
        .containsExactlyInAnyOrder("WBO", "IBF", "WBA", "NHL", "NCAA");
  }

  @Test
  void recognize_hospitalNamedForAPlace_isAnOrganisation() {
    List<Entity> entities = recognize(null, "The driver was taken to Brooklyn Hospital with a"
        + " broken arm. Doctors at Gaza Hospital said two nurses were hurt.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Brooklyn Hospital")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Gaza Hospital")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Brooklyn Hospital")).isEmpty();
  }

  @Test
  void recognize_twoOrganisationsJoinedByAnd_areTwoEntities() {
    List<Entity> entities = recognize(null, "Chips from Tessin Semiconductor Manufacturing and"
        + " Norrvik Microelectronics are in short supply. Tessin Semiconductor Manufacturing Co."
        + " and Norrvik Microelectronics Corp. raised prices.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION,
        "Tessin Semiconductor Manufacturing Co.").orElseThrow()))
        .containsExactly("Tessin Semiconductor Manufacturing",
            "Tessin Semiconductor Manufacturing Co.");
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Norrvik Microelectronics Corp.")
        .orElseThrow()))
        .containsExactly("Norrvik Microelectronics", "Norrvik Microelectronics Corp.");
  }

  @Test
  void recognize_companysNameWithAnAndBeforeItsLegalForm_isOneOrganisation() {
    List<Entity> entities = recognize(null, "Varden Telephone and Telegraph Co said it would"
        + " cut 300 jobs. Harlow County Bank and Trust Co lent it 40 mln dlrs.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Varden Telephone and Telegraph Co"))
        .isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Harlow County Bank and Trust Co"))
        .isPresent();
  }

  @Test
  void recognize_companyWithAQualifierInParenthesesBeforeItsLegalForm_isOneOrganisation() {
    List<Entity> entities = recognize(null, "The bonds were sold through Varden Sachs (Japan)"
        + " Corp and Tessin Lam (Holdings) Ltd, the banks said.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Varden Sachs (Japan) Corp")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Tessin Lam (Holdings) Ltd")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "Japan")).isEmpty();
  }

  @Test
  void recognize_teamNicknameBeforeAPlayersRole_isTheClubThroughout() {
    List<Entity> entities = recognize(null, "Hours before the game on Tuesday, Frost coach Ben"
        + " Lyle said the veteran winger would score again. Later, Frost defenseman Ryan Holt"
        + " joked about it. The Frost won 4-1, and the Frost goalie made 30 saves.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Frost").orElseThrow()))
        .containsExactly("Frost", "Frost", "Frost", "Frost");
    assertThat(find(entities, EntityType.PERSON, "Ben Lyle")).isPresent();
  }

  @Test
  void recognize_teamsPluralNicknameAfterItsFullName_isThatClub() {
    List<Entity> entities = recognize(null, "The Fairview Bay Buccaneers beat the Kessling"
        + " Owls 24-17 on Sunday. The Buccaneers scored twice late on.\n\nElsewhere, the"
        + " Harbor City Gulls lost at home. The Gulls have now lost four straight games.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Harbor City Gulls").orElseThrow()))
        .containsExactly("Harbor City Gulls", "Gulls");
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Fairview Bay Buccaneers")
        .orElseThrow())).containsExactly("Fairview Bay Buccaneers", "Buccaneers");
  }

  @Test
  void recognize_placeNamedInThePluralWithoutATeam_staysAPlace() {
    List<Entity> entities = recognize(null, "Tourists flocked to the Golan Heights on Sunday."
        + " The Heights are cold in winter.");

    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }

  @Test
  void recognize_placeAndStInASportsReport_isTheStateUniversitysTeam() {
    List<Entity> entities = recognize(null, "Boise St. rallied from 12 points down to beat"
        + " Fresno St. on Saturday night.\n\nIn the late game, Wichita St. won 71-60.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Boise St.")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Fresno St.")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Wichita St.")).isPresent();
    assertThat(entities).noneMatch(e -> e.type() == EntityType.LOCATION);
  }

  @Test
  void recognize_placeAndStOnAStreet_staysAStreet() {
    assertThat(find(recognize(null, "Police closed Ohio St. after the crash."),
        EntityType.LOCATION, "Ohio St.")).isPresent();
    List<Entity> entities = recognize(null, "Before the game, which ended 3-1, the parade went"
        + " down Kansas St., and fans lined 400 Iowa St. to watch.");

    assertThat(find(entities, EntityType.LOCATION, "Kansas St.")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Iowa St.")).isPresent();
  }

  @Test
  void recognize_twoGivenNamesJoinedByAnAmpersandBeforeAProduct_areABrand() {
    List<Entity> entities = recognize(null, "Police said the gunman used a Smith & Wesson"
        + " rifle. The band played through a Morgan & Ellis amplifier.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Smith & Wesson")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Morgan & Ellis")).isPresent();
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_foundersSurnameDoingACompanysDeed_isTheCompanyNamedAfterHim() {
    List<Entity> entities = recognize(null, "Karl Brennholt founded Brennholt Werkzeuge GmbH"
        + " in 1952. In 1988 Brennholt bought a rival toolmaker in Austria. Brennholt said he"
        + " was proud of the firm.\n\nAnna Leitmayr started Leitmayr Textil AG in a garage."
        + " Last year Leitmayr cut 300 jobs. Leitmayr told reporters she would retire.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Brennholt Werkzeuge GmbH")
        .orElseThrow())).containsExactly("Brennholt Werkzeuge GmbH", "Brennholt");
    assertThat(texts(find(entities, EntityType.PERSON, "Karl Brennholt").orElseThrow()))
        .containsExactly("Karl Brennholt", "Brennholt");
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Leitmayr Textil AG")
        .orElseThrow())).containsExactly("Leitmayr Textil AG", "Leitmayr");
    assertThat(texts(find(entities, EntityType.PERSON, "Anna Leitmayr").orElseThrow()))
        .containsExactly("Anna Leitmayr", "Leitmayr");
  }

  @Test
  void recognize_nameBeforeUnion_isTheUnionThereAndWhereTheTextWritesItAgain() {
    List<Entity> entities = recognize(null, "The Unite union said on Monday that drivers would"
        + " strike. Unite officials met managers on Tuesday, and a Unite spokesperson said talks"
        + " had failed. Members of the Verdi union walked out in Hamburg. Verdi said the strike"
        + " would last two days. Workers at the plant joined a union last year.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Unite").orElseThrow()))
        .containsExactly("Unite", "Unite", "Unite");
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Verdi").orElseThrow()))
        .containsExactly("Verdi", "Verdi");
    assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("Unite", "Verdi",
        "Hamburg");
  }

  @Test
  void recognize_dottedAbbreviationDefinedInTheText_isAMentionWhereverItIsWritten() {
    List<Entity> entities = recognize(null, "The Harrowgate Freight Carriers League (H.F.C.L.)"
        + " met on Monday. Later the H.F.C.L. asked for funds, and the H.F.C.L.'s members"
        + " wrote to the mayor. Nobody answered the H.F.C.L.");

    Entity league = find(entities, EntityType.ORGANIZATION, "Harrowgate Freight Carriers League")
        .orElseThrow();
    assertThat(texts(league)).containsExactly("Harrowgate Freight Carriers League", "H.F.C.L.",
        "H.F.C.L.", "H.F.C.L.", "H.F.C.L.");
  }

  @Test
  void recognize_abbreviationDefinedWithoutFullStopsWrittenWithThem_isAMention() {
    List<Entity> entities = recognize(null, "The Harrowgate Freight Carriers League (HFCL) met"
        + " on Monday. Later the H.F.C.L. asked for funds, and the H.F.C.L.'s members wrote.");

    Entity league = find(entities, EntityType.ORGANIZATION, "Harrowgate Freight Carriers League")
        .orElseThrow();
    assertThat(texts(league)).containsExactly("Harrowgate Freight Carriers League", "HFCL",
        "H.F.C.L.", "H.F.C.L.");
  }

  @ParameterizedTest
  @CsvSource({"Belarus, Belarus", "the Russian Federation, Russia",
      "Democratic People's Republic of Korea, North Korea"})
  void recognize_ministryFollowedByOfACountry_isTheMinistryAndTheCountry(String country,
      String canonical) {
    List<Entity> entities = recognize(null, "The Ministry of Foreign Affairs of " + country
        + " said on Monday that talks would continue next week.");

    assertThat(entities).extracting(e -> e.type() + ":" + e.name()).containsExactly(
        "MINISTRY:Ministry of Foreign Affairs", "COUNTRY:" + canonical);
  }

  @ParameterizedTest
  @CsvSource({"of the", "of The", "Of the", "Of The"})
  void recognize_ministryFollowedByACapitalisedOfOrThe_isTheMinistryAndTheCountry(
      String connector) {
    String body = "The Ministry of Foreign Affairs " + connector
        + " Russian Federation said on Monday that talks would continue next week.";
    List<Entity> entities = recognize(null, body);

    assertThat(entities).extracting(e -> e.type() + ":" + e.name()).containsExactly(
        "MINISTRY:Ministry of Foreign Affairs", "COUNTRY:Russia");
    assertThat(entities.get(0).mentions())
        .containsExactly(new Mention(4, 31, "Ministry of Foreign Affairs"));
    assertThat(entities.get(1).mentions())
        .containsExactly(new Mention(39, 57, "Russian Federation"));
  }

  @Test
  void recognize_partyMembersAndBareParty_areNoEntities() {
    List<Entity> entities = recognize(null,
        "The Social Democrat mayor Anna Berg said the Party would oppose the budget. A Democrat"
            + " from Ohio agreed. Later the Social Democratic Party voted against it.");
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("Social Democrat", "Party", "Democrat")
        .contains("Anna Berg", "Social Democratic Party");
  }

  @Test
  void recognize_citiesThatPlayInASportsReport_areClubsButTheVenueIsAPlace() {
    List<Entity> entities = recognize(null,
        "Liverpool beat Brighton 3-0 on Saturday in Manchester. Spain beat Italy 2-1, and"
            + " Copenhagen's coach resigned. Later the mayor of Leeds visited Brighton.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Liverpool")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Brighton")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Copenhagen")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Manchester")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Brighton")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "Spain")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "Italy")).isPresent();
  }

  @Test
  void recognize_diseasesNamedAfterPlacesOrPeople_areNoEntitiesButTheirCountriesAre() {
    List<Entity> entities = recognize(null,
        "An outbreak of Marburg virus in Angola has killed 30 people, and Lyme disease cases rose"
            + " in Connecticut. Patients with Parkinson's disease joined the trial in Kenya.");

    assertThat(entities).extracting(Entity::name)
        .doesNotContain("Marburg", "Lyme", "Parkinson")
        .contains("Angola", "Connecticut", "Kenya");
  }

  @Test
  void recognize_crudeGradeNamedAfterAPlace_isNoEntityButAProducingCountryIs() {
    List<Entity> entities = recognize(null,
        "Brent crude rose 2 percent on Tuesday, while Dubai crude slipped. Iraq crude exports"
            + " fell as traders in Singapore waited.");

    assertThat(entities).extracting(Entity::name).doesNotContain("Brent", "Dubai")
        .contains("Iraq", "Singapore");
  }

  @Test
  void recognize_shopNamedAfterItsOwner_isOneOrganisationButAPossessiveBeforeAPlaceIsNot() {
    List<Entity> entities = recognize(null,
        "We had dinner at Ray's Pizza on Main Street, then bought bread at Britt's Bakery."
            + " Greta Okafor's White House visit came later.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Ray's Pizza")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Britt's Bakery")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Greta Okafor")).isPresent();
    assertThat(entities).extracting(Entity::name).doesNotContain("Ray", "Britt");
  }

  @Test
  void recognize_companyWithLegalFormThenOfAPlace_isTheCompanyAndThePlace() {
    List<Entity> entities = recognize(null,
        "The deal between Velmora Holdings Ltd. of London and Kestrel Systems, Inc. of Denver"
            + " was signed on Friday.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Velmora Holdings Ltd.")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Kestrel Systems, Inc.")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "London")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Denver")).isPresent();
  }

  @Test
  void recognize_nameWithAnAppositionHeadedByAKindOfOrganisation_isAnOrganisation() {
    List<Entity> entities = recognize(null,
        "The lender is supervised by Tilsynsverket, Norway's financial regulator. Kovalenka,"
            + " Minsk's municipal hospital group, said it would wait. Brasova, the largest"
            + " operator in the city, said it would comply.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Tilsynsverket")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Kovalenka")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Brasova")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Minsk")).isPresent();
  }

  @Test
  void recognize_nameAfterAPlacesBasedOrListed_isAnOrganisation() {
    List<Entity> entities = recognize(null,
        "Nairobi-based Pesavo agreed on Monday to buy a stake in the lender. Shares of"
            + " London-listed Velmorant fell 3 per cent.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Pesavo")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Velmorant")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Nairobi")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "London")).isPresent();
  }

  @Test
  void recognize_universitiesKnownByOneWordAndFirmsByAnAmpersand_areOrganisations() {
    List<Entity> entities = recognize(null,
        "Greta Okafor studied at Stanford and Caltech before joining the law firm Aluko &"
            + " Oyebode in Lagos.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Stanford University")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "California Institute of Technology"))
        .isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Aluko & Oyebode")).isPresent();
    assertThat(entities).extracting(Entity::name).doesNotContain("Aluko", "Oyebode");
    assertThat(find(entities, EntityType.LOCATION, "Lagos")).isPresent();
  }

  @Test
  void recognize_nameEndingInAnOrganisationHead_isAnOrganisationNotAPlace() {
    List<Entity> entities = recognize(null,
        "As a student he joined the Cambridge Whig Club and later rowed for the Westfield Rowing"
            + " Club in Oxford.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Cambridge Whig Club")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Westfield Rowing Club")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Oxford")).isPresent();
  }

  @Test
  void recognize_companyOrSchoolNamedByItsTrade_isAnOrganisation() {
    List<Entity> entities = recognize(null,
        "Shares in Nordvik Shipping fell after Kestrel Insurance cut its forecast, and the"
            + " Halden Conservatory closed.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Nordvik Shipping")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Kestrel Insurance")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Halden Conservatory")).isPresent();
    assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.LOCATION);
  }

  @Test
  void recognize_forumOrPublisherNamedByItsHead_isAnOrganisation() {
    // without the heads: the forum a place, the two publishers one organisation
    List<Entity> entities = recognize(null, "Leaders met at the Coral Sea Islands Forum in Apia,"
        + " and Kachiro Publishing and Wendholm Publishers said they would print its report.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Coral Sea Islands Forum")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Kachiro Publishing")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Wendholm Publishers")).isPresent();
  }

  @Test
  void recognize_nameOpenedByAForeignOrganisationsHead_isAnOrganisation() {
    // without the rule: the university a place, the foundation's founder a person
    List<Entity> entities = recognize(null, "She studied at the Universität Heidelberg before"
        + " joining the Fondation Amos Okafor in Lyon.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Universität Heidelberg")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Fondation Amos Okafor")).isPresent();
    assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.PERSON);
  }

  @Test
  void recognize_utilityNamedByItsTrade_isAnOrganisation() {
    // the tagger reads both as people ("Duke" is a given name)
    List<Entity> entities = recognize(null, "Duke Energy and Florida Power & Light said crews"
        + " from as far away as Texas were on the way.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Duke Energy")).isPresent();
    assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.PERSON);
  }

  @Test
  void recognize_organisationsPossessive_separatesOwnerAndOwned() {
    List<Entity> entities = recognize(null, "Kestrel University's Lindqvist Institute published"
        + " the study, and Halden College's Brenner School of Music hosted its authors.");
    assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("Kestrel University",
        "Lindqvist Institute", "Halden College", "Brenner School of Music");
    assertThat(entities).extracting(Entity::type).containsOnly(EntityType.ORGANIZATION);
  }

  @Test
  void recognize_knownBodyBeforeAnOrganisation_isOneOrganisation() {
    List<Entity> entities = recognize(null,
        "The U.N. World Food Program sent grain to the region, and EU Border Assistance Mission"
            + " staff watched the crossing.");
    List<String> orgs = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(e -> texts(e).stream()).toList();
    assertThat(orgs).contains("U.N. World Food Program").doesNotContain("U.N.");
  }

  @Test
  void recognize_departmentFollowedByAnotherName_isTheMinistryAlone() {
    List<Entity> entities = recognize(null,
        "The U.S. Department of Homeland Security and the State Department issued a joint"
            + " statement on Friday.");
    Entity dhs = find(entities, EntityType.MINISTRY, "Department of Homeland Security")
        .orElseThrow();
    assertThat(texts(dhs)).containsExactly("U.S. Department of Homeland Security");
    assertThat(find(entities, EntityType.MINISTRY, "Department of State")).isPresent();
  }

  @Test
  void recognize_organisationAndAnotherName_areTwoOrganisations() {
    List<Entity> entities = recognize(null,
        "Nurses from the World Health Organization and Doctors Without Borders reached the camp.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).contains("World Health Organization").noneMatch(t -> t.contains(" and "));
  }

  @Test
  void recognize_listedOrganisationAndAnother_areTwoOrganisations() {
    List<Entity> entities = recognize(null,
        "Experts from the OECD and UNESCO will review the new school curriculum in March.");
    assertThat(find(entities, EntityType.ORGANIZATION,
        "Organisation for Economic Co-operation and Development")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "UNESCO")).isPresent();
    assertThat(entities).noneMatch(e -> texts(e).stream().anyMatch(t -> t.contains(" and ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fatah", "Islamic Jihad", "Boko Haram", "al-Shabaab", "TASS",
      "Agence France-Presse", "Al Jazeera", "Likud", "Greenpeace", "Walmart", "Knesset",
      "Lashkar-e-Taiba", "Parliament"})
  void recognize_organisationInTheNews_isAnOrganisation(String name) {
    List<Entity> entities = recognize(null,
        "On Sunday a statement attributed to " + name + " was read out in the square.");
    assertThat(find(entities, EntityType.ORGANIZATION, name)).isPresent();
  }

  @Test
  void recognize_scoreAfterATeam_staysOutsideTheName() {
    List<Entity> entities = recognize(null, "Spain beat Italy 2-1 in Berlin on Saturday night.");
    assertThat(find(entities, EntityType.COUNTRY, "Italy")).isPresent();
    assertThat(entities).noneMatch(e -> e.name().contains("2-1"));
  }

  @Test
  void recognize_religiousAndEthnicGroups_areNoEntitiesButNamesWithThemAre() {
    List<Entity> entities = recognize(null,
        "Sunni Muslims and Kurds marched in Erbil, where Roman Catholics joined them; the Arab"
            + " League sent observers to Western Sahara.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).doesNotContain("Sunni Muslims", "Sunni", "Muslims", "Kurds",
        "Roman Catholics", "Catholics");
    assertThat(all).contains("Arab League", "Western Sahara");
  }

  @Test
  void recognize_demonymBeforeANamedOrganisation_isPartOfIt() {
    List<Entity> entities = recognize(null,
        "Votes for the Australian Labor Party rose in Perth, while the Iraqi Islamic Party stayed"
            + " out of the talks.");
    List<String> orgs = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(e -> texts(e).stream()).toList();
    assertThat(orgs).contains("Australian Labor Party", "Iraqi Islamic Party");
  }

  @Test
  void recognize_twoPlacesJoinedByAndInsideAnOrganisationName_stayOneName() {
    List<Entity> entities = recognize(null,
        "Voters backed the Charity Commission for England and Wales, which opened an inquiry.");
    List<String> orgs = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(e -> texts(e).stream()).toList();
    assertThat(orgs).contains("Charity Commission for England and Wales");
  }

  @Test
  void recognize_roleAfterAnOrganisationName_staysOutside() {
    List<Entity> entities = recognize(null,
        "He was the only Conservative Party of Canada MP from the province after the vote.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Conservative Party of Canada"))
        .isPresent();
  }

  @Test
  void recognize_placeNameWithAndBeforeAnOrganisationHead_isPartOfTheName() {
    List<Entity> entities = recognize(null,
        "The ruling was upheld by the Newfoundland and Labrador Court of Appeal on Monday.");
    assertThat(find(entities, EntityType.ORGANIZATION,
        "Newfoundland and Labrador Court of Appeal")).isPresent();
  }

  @Test
  void recognize_libraryName_isAnOrganisation() {
    List<Entity> entities = recognize(null,
        "The manuscripts were lent by the National Library of Wales for the exhibition.");
    assertThat(find(entities, EntityType.ORGANIZATION, "National Library of Wales")).isPresent();
  }

  @Test
  void recognize_eventsAndTreaties_areNoEntitiesNorTheNamesInside() {
    List<Entity> entities = recognize(null,
        "Veterans of the Korean War met in Seoul to mark the Treaty of Versailles centenary, and"
            + " the Toronto International Film Festival opened.");
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).doesNotContain("Korean War", "Versailles", "Toronto",
        "Toronto International Film Festival");
    assertThat(all).contains("Seoul");
  }

  @Test
  void recognize_newspaperName_isAnOrganisation() {
    List<Entity> entities = recognize(null,
        "The report appeared in the Sydney Morning Herald and the Chicago Tribune on Friday.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Sydney Morning Herald")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Chicago Tribune")).isPresent();
  }

  @Test
  void recognize_nameEndingInCo_isAnOrganisationWhateverItStartsWith() {
    List<Entity> entities = recognize(null,
        "On Monday shares of Taiwan Precision Bearing Co rose.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Taiwan Precision Bearing Co")).isPresent();
    assertThat(entities).noneMatch(e -> e.type() == EntityType.COUNTRY);
  }

  @Test
  void recognize_agencyNamedAdministration_isOneOrganisation() {
    List<Entity> entities = recognize(null,
        "The Federal Aviation Administration cleared the launch on Friday.");
    assertThat(find(entities, EntityType.ORGANIZATION, "Federal Aviation Administration"))
        .isPresent();
  }

  @Test
  void recognize_organisationNamedWithoutItsClubOrLegalForm_isThatOrganisation() {
    List<Entity> entities = recognize(null, "Kelburn Thistle Football Club is a Scottish"
        + " football club based in Paisley. Kelburn Thistle was formed by mill workers in 1889."
        + "\n\nHalvorsen Brekke GmbH is a German shipping company founded in 1921. In 1990"
        + " Halvorsen Brekke bought two tankers.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .flatExtracting(RecognizerFixtures::texts)
        .contains("Kelburn Thistle", "Halvorsen Brekke");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_kindOfOrganisationBeforeANameOfTwoWords_isThatOrganisation() {
    List<Entity> entities = recognize(null, "The Danish toymaker Brikstad Leget\u00f8j and the"
        + " Czech glassmaker Skl\u00e1rna Nov\u00e1k signed the deal. In 1996 the Swiss"
        + " watchmaker Horlogerie Vall\u00e9e de Joux joined them.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .flatExtracting(RecognizerFixtures::texts).containsExactlyInAnyOrder(
            "Brikstad Leget\u00f8j", "Skl\u00e1rna Nov\u00e1k", "Horlogerie Vall\u00e9e de Joux");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_nameInCommasAfterAKindOfOrganisation_isThatOrganisation() {
    List<Entity> entities = recognize(null, "The glassworks, Hallerbacher Glash\u00fctte, closed"
        + " in 2019 after 150 years. Last spring the brewery, Kemmler Br\u00e4u, laid off staff."
        + " My neighbour, Maren Kessler, closed her shop. The distillery, Glenvarra, sold"
        + " more whisky.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .flatExtracting(RecognizerFixtures::texts).containsExactlyInAnyOrder(
            "Hallerbacher Glash\u00fctte", "Kemmler Br\u00e4u", "Glenvarra");
    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
        .flatExtracting(RecognizerFixtures::texts).containsExactly("Maren Kessler");
  }

  @Test
  void recognize_laboratoryAfterAnOwnersPossessive_isAnOrganisation() {
    // "Jet" is a given name: the tagger read both laboratories as people; an acronym's
    // possessive is its owner, no word of the name
    List<Entity> entities = recognize(null, "NASA's Jet Materials Laboratory tested the"
        + " engine, and Norvik's Jet Optics Laboratory checked its seals.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .flatExtracting(RecognizerFixtures::texts)
        .contains("NASA", "Jet Materials Laboratory", "Jet Optics Laboratory");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_nameOrTownAfterADemonymsSide_isAClub() {
    // without a sports word: the first name missed, the town a place
    List<Entity> entities = recognize(null, "Lie left the Norwegian side Brekkestad V\u00e5ler"
        + " for a Scottish side, Aberdeen, and later joined the Danish side Horsvik.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .flatExtracting(RecognizerFixtures::texts)
        .contains("Brekkestad V\u00e5ler", "Aberdeen", "Horsvik");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.LOCATION);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Milk from Hollin Valley Dairy was recalled on Friday.|Hollin Valley Dairy",
      "Cheese made by Marsh Creamery was pulled from shelves.|Marsh Creamery",
      "Bread from Alder Bakery went on sale again.|Alder Bakery",
      "Beer brewed at Greenfield Brewery won a prize.|Greenfield Brewery",
      "Eggs from Cobb Hill Farms were sold out.|Cobb Hill Farms",
      "A recall hit Brandvik Foods on Monday.|Brandvik Foods",
      "He spent three months at Morningside Recovery last year.|Morningside Recovery",
      "His brother was treated at Pinecrest Rehab in the spring.|Pinecrest Rehab",
      "She went to Ashgrove Rehabilitation after the crash.|Ashgrove Rehabilitation"})
  void recognize_businessWordEndingACapitalisedName_isAnOrganisation(String text, String name) {
    List<Entity> entities = recognize(null, text);

    assertThat(find(entities, EntityType.ORGANIZATION, name)).isPresent();
  }

  @Test
  void recognize_businessWordOpeningASentence_isNoOrganisation() {
    List<Entity> entities = recognize(null, "The Recovery began in May. Wellness experts met in"
        + " Denver. Rehabilitation takes months.");

    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }

  @Test
  void recognize_listedTownBeforeAPluralTheReportUsesAsATeam_isOneClub() {
    List<Entity> entities = recognize(null, "The New Orleans Saints placed their veteran"
        + " guard on injured reserve before the game. Saints coach Dale Merrow said the loss"
        + " hurt. The Boston Pilgrims signed a kicker, and Pilgrims coach Joe Harte said he"
        + " would start in the league opener.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "New Orleans Saints")
        .orElseThrow())).containsExactly("New Orleans Saints", "Saints");
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Boston Pilgrims")
        .orElseThrow())).startsWith("Boston Pilgrims");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.LOCATION);
  }

  @Test
  void recognize_listedTownBeforeAPluralNoTeam_staysAPlace() {
    List<Entity> entities = recognize(null, "Fans in Boston Saturdays watch the game at home."
        + " The coach said the season was long.");

    assertThat(find(entities, EntityType.LOCATION, "Boston")).isPresent();
  }

  @Test
  void recognize_listedTeamFoundWhole_keepsItsNicknameInTheHeadline() {
    List<Entity> entities = recognize(null, "Colts Beat Chiefs 20 - 13 To Clinch Playoff"
        + " Berth\nThe Indianapolis Colts beat the Kansas City Chiefs 20-13 on Sunday. Chiefs"
        + " coach Tim Rusk said the game was close.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Kansas City Chiefs")
        .orElseThrow())).containsExactly("Chiefs", "Kansas City Chiefs", "Chiefs");
  }

  @Test
  void recognize_organisationNamedWithoutItsHeadAfterItsFullName_isThatOrganisation() {
    List<Entity> entities = recognize(null, "The singer spent a month at the Nora Lindqvist"
        + " Center last spring. She is back at Nora Lindqvist this week, her agent said.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Nora Lindqvist Center")
        .orElseThrow())).containsExactly("Nora Lindqvist Center", "Nora Lindqvist");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_organisationNamedWithoutItsHeadWithTwoSpaces_isThatOrganisation() {
    // two spaces inside a name, as pasted text has them: an empty word must not stop the pass
    List<Entity> entities = recognize(null, "The singer spent a month at the Nora  Lindqvist"
        + " Center last spring. She is back at Nora  Lindqvist this week, her agent said.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Nora Lindqvist Center")
        .orElseThrow())).containsExactly("Nora  Lindqvist Center", "Nora  Lindqvist");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The Orwin Palmer Foundation holds the shares. It was set up by the late Orwin Palmer.",
      "The Orwin Palmer Foundation holds the shares. When Orwin Palmer died, it kept them.",
      "The Orwin Palmer Foundation holds the shares. Under Orwin Palmer's will, it kept them.",
  })
  void recognize_founderTheTextSpeaksOfAsAPersonAfterHisFoundation_staysAPerson(String body) {
    List<Entity> entities = recognize(null, body);

    assertThat(texts(find(entities, EntityType.PERSON, "Orwin Palmer").orElseThrow()))
        .containsExactly("Orwin Palmer");
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Orwin Palmer Foundation")
        .orElseThrow())).containsExactly("Orwin Palmer Foundation");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\t", "\u00a0", "  "})
  void recognize_companyAndItsShortNameWithOtherWhiteSpace_neverFails(String space) {
    // the short-name rules read a company's second word after its first white space
    String body = ("Tarvik International Plc, a subsidiary of Holm and Lister Shipping Co Plc,"
        + " said it had agreed to buy a stake in Norvale Holdings Corp. Tarvik Chairman Dana"
        + " Lacey told reporters the deal was done. Lacey said Tarvik had been considering a"
        + " purchase for years.").replace(" ", space);

    List<Entity> entities = recognize(null, body);

    assertThat(entities).extracting(Entity::type).contains(EntityType.ORGANIZATION);
  }

  @Test
  void recognize_personNamedBeforeTheOrganisationNamedAfterHer_staysAPerson() {
    List<Entity> entities = recognize(null, "Nora Lindqvist said she was proud of the clinic."
        + " The Nora Lindqvist Center opened in 1982, and Nora Lindqvist cut the ribbon.");

    assertThat(texts(find(entities, EntityType.PERSON, "Nora Lindqvist").orElseThrow()))
        .containsExactly("Nora Lindqvist", "Nora Lindqvist");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // read as the town
      "Dunmore Textile Corp said it would buy back shares from investor Tom Quell. Quell agreed"
          + " not to seek control of Dunmore. The deal calls for Dunmore to pay Quell six mln"
          + " dlrs.|Dunmore Textile Corp|Dunmore Textile Corp,Dunmore,Dunmore",
      // read as a person: the name's second word is "and"
      "Harlow and Finch Publishers Inc said it received an offer from a rival. Harlow said it"
          + " will consider the proposal. The bid values Harlow at 50 dlrs a share."
          + "|Harlow and Finch Publishers Inc|Harlow and Finch Publishers Inc,Harlow,Harlow",
      // found by no sentence
      "Tinderbox Equipment Corp said it is cutting prices. Tinderbox said the new systems"
          + " replace earlier models. Customers of Tinderbox will get a warranty."
          + "|Tinderbox Equipment Corp|Tinderbox Equipment Corp,Tinderbox,Tinderbox",
      "Marigold Stores Inc said it settled with investor Asa Tolman. Tolman owns five pct of"
          + " Marigold's stock and Marigold stockholders will vote in May."
          + "|Marigold Stores Inc|Marigold Stores Inc,Marigold,Marigold",
      // a place of two words that opens the company's name and acts as the company does
      "Salmon River Power Corp raised its rates. Salmon River owns 41 pct of the new plant, the"
          + " company said.|Salmon River Power Corp|Salmon River Power Corp,Salmon River",
      "Harrow Lakes Timber Ltd said it would build a mill. Harrow Lakes said the mill would cost"
          + " 90 mln dlrs.|Harrow Lakes Timber Ltd|Harrow Lakes Timber Ltd,Harrow Lakes"})
  void recognize_openingWordsOfACompanyNamedWithItsLegalForm_areThatCompany(String body,
      String name, String mentions) {
    List<Entity> entities = recognize(null, body);

    assertThat(texts(find(entities, EntityType.ORGANIZATION, name).orElseThrow()))
        .containsExactly(mentions.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The offer was managed by J.K. Varnum and Co Inc, the broker said.|J.K. Varnum and Co Inc",
      "Shares of R.T. Oldacre Group Inc rose 2 pct on the news.|R.T. Oldacre Group Inc"})
  void recognize_foundersInitialsBeforeACompanysName_openIt(String body, String name) {
    List<Entity> entities = recognize(null, body);

    assertThat(find(entities, EntityType.ORGANIZATION, name)).isPresent();
  }

  @Test
  void recognize_firstWordOfACompanyThatIsABigPlaceStateOrPerson_staysWhatItIs() {
    List<Entity> entities = recognize(null, "Texas Meridian Inc said it drilled a new well."
        + " Texas lawmakers debated a tax. Boston Harbor Corp said profits rose. Boston officials"
        + " welcomed it. Quell Holdings Inc was founded by Tom Quell. Quell said he would retire."
        + " Ravena Mills Ltd said sales fell in Ravena and nearby towns.");

    assertThat(find(entities, EntityType.LOCATION, "Texas")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Boston")).isPresent();
    assertThat(texts(find(entities, EntityType.PERSON, "Tom Quell").orElseThrow()))
        .containsExactly("Tom Quell", "Quell");
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Ravena Mills Ltd").orElseThrow()))
        .containsExactly("Ravena Mills Ltd");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The stock may rise, said Ann Holm, an analyst at Brack, Lister and Co.|Brack, Lister and Co.",
      "Alpha Health Corp, a unit of Pell and Co, made the offer, said Dr. Arne Pell, the"
          + " principal shareholder.|Pell and Co",
      "The third big drugmaker, F. Harlan-La Rue and Co, has not yet reported its results."
          + "|F. Harlan-La Rue and Co",
      "Tom Pell and Cora Lind met in Oslo. In London, Pell and Co said profits rose.|Pell and Co",
      "Vell, Stearns and Co Inc signed the pact.|Vell, Stearns and Co Inc",
      "Peter Green of Smith Barney, Harris Upham and Co Inc expects a rise."
          + "|Smith Barney, Harris Upham and Co Inc"})
  void recognize_namesJoinedByAndBeforeCo_areOneFirm(String body, String firm) {
    List<Entity> entities = recognize(null, body);

    assertThat(texts(find(entities, EntityType.ORGANIZATION, firm).orElseThrow()))
        .containsExactly(firm);
  }

  @Test
  void recognize_namesJoinedByAndBeforeNoCo_keepTheirOwnReading() {
    List<Entity> entities = recognize(null, "Tom Pell and Cora Lind met in Oslo. In London, the"
        + " firm said profits rose.");

    assertThat(find(entities, EntityType.PERSON, "Tom Pell")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Cora Lind")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "London")).isPresent();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Bank of America said its Merrill Lynch brokerage would hire 500 advisers. Merrill Lynch"
          + " has 15,000 advisers.|Bank of America|Merrill Lynch",
      "CVS Health completed its purchase of Aetna on Wednesday. Aetna shareholders received"
          + " cash.|CVS Health|Aetna",
      "Citigroup said Citibank would close 50 branches.|Citigroup|Citibank"})
  void recognize_listedCompanyAndItsListedUnit_areTwoEntities(String body, String parent,
      String unit) {
    List<Entity> entities = recognize(null, body);

    assertThat(texts(find(entities, EntityType.ORGANIZATION, parent).orElseThrow()))
        .containsExactly(parent);
    assertThat(texts(find(entities, EntityType.ORGANIZATION, unit).orElseThrow()))
        .containsOnly(unit);
  }

  @Test
  void recognize_listedShortNameOfACompany_keepsItsFullCanonicalName() {
    List<Entity> entities = recognize(null, "BofA said profits rose, and Bank of America shares"
        + " gained.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Bank of America").orElseThrow()))
        .containsExactly("BofA", "Bank of America");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Analysts at Dorsey Lambeck Brothers Inc cut their forecast. Dorsey Lambeck said demand"
          + " was weak.|Dorsey Lambeck Brothers Inc|Dorsey Lambeck Brothers Inc,Dorsey Lambeck",
      "Kessel Marlow Canada Inc said it won the contract. Kessel Marlow will build 200 rail"
          + " cars.|Kessel Marlow Canada Inc|Kessel Marlow Canada Inc,Kessel Marlow",
      "Brisk Morland Group Plc said profits fell. Analysts said Brisk Morland would cut jobs."
          + "|Brisk Morland Group Plc|Brisk Morland Group Plc,Brisk Morland"})
  void recognize_companyNamedWithoutItsBusinessWordsAndLegalForm_isThatCompany(String body,
      String name, String mentions) {
    List<Entity> entities = recognize(null, body);

    assertThat(texts(find(entities, EntityType.ORGANIZATION, name).orElseThrow()))
        .containsExactly(mentions.split(","));
  }

  @Test
  void recognize_founderNamedWithATitleBesideHisCompany_staysAPerson() {
    List<Entity> entities = recognize(null, "Aldo Verga Holdings Inc said profits rose. Mr. Aldo"
        + " Verga said he would stay on as chairman.");

    assertThat(find(entities, EntityType.PERSON, "Aldo Verga")).isPresent();
  }

  @Test
  void recognize_treasuryInATitleOrAGiltsName_isNoMinistryButTheCountryBeforeItIsACountry() {
    List<Entity> entities = recognize(null, "U.S. Treasury Secretary Dana Whitcombe said the"
        + " plan would work. The Treasury said it would sell more bills. The 4 pct Treasury"
        + " Stock 2030 fell, and the Treasury 5 pct loan rose. Britain's Treasury minister Alan"
        + " Brook spoke. The U.S. Treasury secretary, Dana Whitcombe, agreed.");

    // a job title, a gilt's name, a gilt's coupon: the department only where it acts
    assertThat(texts(find(entities, EntityType.MINISTRY, "Treasury").orElseThrow()))
        .containsExactly("Treasury");
    assertThat(texts(find(entities, EntityType.COUNTRY, "United States").orElseThrow()))
        .containsExactly("U.S.", "U.S.");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }
}
