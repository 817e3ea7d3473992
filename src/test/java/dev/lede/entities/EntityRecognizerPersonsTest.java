package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static dev.lede.entities.RecognizerFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests the {@link EntityRecognizer}'s rules for people end to end: titles, particles, initials,
 * given names and surnames, and what stays outside a person's span.
 */
final class EntityRecognizerPersonsTest {

  @Test
  void recognize_initialsWhoseFullStopsATokeniserSetApart_stayInsideTheName() {
    List<Entity> entities = recognize(null, "Police Commissioner Darnell T . Okonkwo spoke on"
        + " Monday . Witnesses named the driver as R . J . Kowalczyk , a local roofer .");

    assertThat(texts(find(entities, EntityType.PERSON, "Darnell T . Okonkwo").orElseThrow()))
        .containsExactly("Darnell T . Okonkwo");
    assertThat(texts(find(entities, EntityType.PERSON, "R . J . Kowalczyk").orElseThrow()))
        .containsExactly("R . J . Kowalczyk");
  }

  @Test
  void recognize_countryNameThatIsPartOfAPersonsName_isThePerson() {
    List<Entity> entities = recognize(null,
        "Michael Jordan visited the museum on Friday. Jordan later met young players.");
    Entity person = find(entities, EntityType.PERSON, "Michael Jordan").orElseThrow();
    assertThat(texts(person)).containsExactly("Michael Jordan", "Jordan");
    assertThat(entities).noneMatch(e -> "JO".equals(e.countryCode()));
  }

  @Test
  void recognize_quotedNicknameOfAPerson_isThatPersonThereAndLater() {
    List<Entity> entities = recognize(null, "Olav Gundersen played 400 games for Brann. His"
        + " team-mates knew him as \"Ogge\", and Ogge never forgot them. Marit Solheim, known as"
        + " \u201cMaja\u201d, coached the juniors. They grew up in the district known as"
        + " \"Little Bergen\".");

    assertThat(texts(find(entities, EntityType.PERSON, "Olav Gundersen").orElseThrow()))
        .containsExactly("Olav Gundersen", "Ogge", "Ogge");
    assertThat(texts(find(entities, EntityType.PERSON, "Marit Solheim").orElseThrow()))
        .containsExactly("Marit Solheim", "Maja");
    // a place's nickname is no person's
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON
        && e.name().contains("Little"));
  }

  @Test
  void recognize_countryNameWhereAPlaceStands_isTheCountryNotThePerson() {
    List<Entity> entities = recognize(null, "Malik Jordan, a trade envoy, visited Amman, Jordan,"
        + " on Monday. He flew back to Jordan in May. Jordan said the talks went well.");

    assertThat(texts(find(entities, EntityType.PERSON, "Malik Jordan").orElseThrow()))
        .containsExactly("Malik Jordan", "Jordan");
    assertThat(texts(find(entities, EntityType.COUNTRY, "Jordan").orElseThrow()))
        .containsExactly("Jordan", "Jordan");
  }

  @Test
  void recognize_countryThatIsAGivenName_opensThePersonsName() {
    List<Entity> entities = recognize(null,
        "Chad Whitfield, a pilot from Ohio, flew to Chad on Tuesday. Whitfield said he would stay.");

    assertThat(texts(find(entities, EntityType.PERSON, "Chad Whitfield").orElseThrow()))
        .containsExactly("Chad Whitfield", "Whitfield");
    assertThat(texts(find(entities, EntityType.COUNTRY, "Chad").orElseThrow()))
        .containsExactly("Chad");
  }

  @Test
  void recognize_headlineInCapitalsWithAPossessive_isThePersonWithoutIt() {
    List<Entity> entities = recognize(null, "MARGARET OYELARAN'S BILL PASSES\n\nThe senate"
        + " passed a bill by Margaret Oyelaran on Tuesday. Oyelaran said she was pleased.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
    assertThat(texts(find(entities, EntityType.PERSON, "Margaret Oyelaran").orElseThrow()))
        .containsExactly("MARGARET OYELARAN", "Margaret Oyelaran", "Oyelaran");
  }

  @Test
  void recognize_softHyphenInsideAName_isThePersonWithItsRepeat() {
    List<Entity> entities = recognize(null, "The minister Margaret Oye\u00adlaran met officials"
        + " in Lagos. Oyelaran said the talks went well.");

    assertThat(texts(find(entities, EntityType.PERSON, "Margaret Oyelaran").orElseThrow()))
        .containsExactly("Margaret Oye\u00adlaran", "Oyelaran");
  }

  @Test
  void recognize_twoLetterSurnameAlone_isThePersonNamedInFull() {
    List<Entity> entities = recognize(null, "Chinese President Xi Jinping arrived in Moscow on"
        + " Monday. Xi and the Russian leader discussed trade. Later Xi said ties were strong.");

    assertThat(texts(find(entities, EntityType.PERSON, "Xi Jinping").orElseThrow()))
        .containsExactly("Xi Jinping", "Xi", "Xi");
  }

  @Test
  void recognize_particlesAndHyphens_stayInsideThePersonSpan() {
    List<Entity> entities = recognize(null,
        "European Commission President Ursula von der Leyen met Saudi Crown Prince Mohammed bin"
            + " Salman in Brussels. Von der Leyen later spoke to reporters.");
    Entity vdl = find(entities, EntityType.PERSON, "Ursula von der Leyen").orElseThrow();
    assertThat(texts(vdl)).contains("Ursula von der Leyen");
    assertThat(find(entities, EntityType.LOCATION, "Brussels")).isPresent();
  }

  @Test
  void recognize_hyphenatedGivenNames_stayInsideThePersonSpan() {
    List<Entity> entities = recognize(null,
        "Moon Jae-in met Kim Jong-un in Panmunjom, and Son Heung-min watched from Seoul.");

    assertThat(find(entities, EntityType.PERSON, "Moon Jae-in")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Kim Jong-un")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Son Heung-min")).isPresent();
  }

  @Test
  void recognize_listedNameWhoseFirstWordOpensTheSentence_keepsIt() {
    List<Entity> entities = recognize(null,
        "Xi Jinping did not attend the summit in Lima, officials said on Friday.");

    assertThat(find(entities, EntityType.PERSON, "Xi Jinping")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ursula von der Leyen said the budget plan was fair.",
      "The president, Ursula von der Leyen, said the budget plan was fair."})
  void recognize_particlesAfterAGivenName_stayInsideThePersonSpan(String sentence) {
    List<Entity> entities = recognize(null, sentence);
    Entity vdl = find(entities, EntityType.PERSON, "Ursula von der Leyen").orElseThrow();
    assertThat(texts(vdl)).containsExactly("Ursula von der Leyen");
    assertThat(entities).hasSize(1);
  }

  @Test
  void recognize_surnameRepeatsWithParticles_keepTheParticles() {
    List<Entity> entities = recognize(null, "Ursula von der Leyen opened the summit. Von der"
        + " Leyen's aides were upbeat. Later, von der Leyen left for Strasbourg.");
    Entity vdl = find(entities, EntityType.PERSON, "Ursula von der Leyen").orElseThrow();
    assertThat(texts(vdl)).containsExactly("Ursula von der Leyen", "Von der Leyen",
        "von der Leyen");
  }

  @Test
  void recognize_nameSplitByALineBreak_isOneMention() {
    String body = "The talks were led by Alexander\nLukashenko and lasted three hours.";
    List<Entity> entities = recognize(null, body);
    Entity person = entities.stream().filter(e -> e.type() == EntityType.PERSON).findFirst()
        .orElseThrow();
    assertThat(person.mentions().get(0).text()).isEqualTo("Alexander\nLukashenko");
  }

  @Test
  void recognize_longListOfNames_findsEachPerson() {
    StringBuilder b = new StringBuilder("The committee members are ");
    String[] given = {"Anna", "Peter", "Maria", "John", "Laura", "David", "Sofia", "Michael"};
    String[] family = {"Keller", "Novak", "Brennan", "Okafor", "Lindqvist", "Moreau", "Tanaka",
        "Fischer"};
    for (int i = 0; i < 200; i++) {
      b.append(given[i % given.length]).append(' ').append(family[(i / 8) % family.length]);
      b.append(i == 199 ? "." : ", ");
    }
    List<Entity> entities = recognize(null, b.toString());
    long persons = entities.stream().filter(e -> e.type() == EntityType.PERSON).count();
    assertThat(persons).isEqualTo(64); // 8 given names x 8 surnames
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Near the border, Ostrogorsk said more troops were needed.|Ostrogorsk",
      "In Kiev, Tymoshenko said the government would resign.|Tymoshenko",
      "Galina Petrusheva and Dravnik were once close allies in parliament.|Dravnik",
      "Mr. Halvorsen, a lawyer, said the case was closed.|Halvorsen",
      "A court said the arrest was not linked to Varkonyova's murder.|Varkonyova",
      // names the tagger does not tag at all, found by their context alone
      "The reforms stalled under the Moravec administration.|Moravec",
      "The 32-year-old Varkonyi will play doubles with a new partner.|Varkonyi",
      "My co-counsel, Mr. Varkonyi, will present the second argument.|Varkonyi",
      "My colleague, Ms. Kirovsk, will answer the question on damages.|Kirovsk"})
  void recognize_oneWordNameInAPersonsContext_isAPerson(String sentenceAndName) {
    String[] parts = sentenceAndName.split("\\|");
    List<Entity> entities = recognize(null, parts[0]);
    assertThat(find(entities, EntityType.PERSON, parts[1])).isPresent();
    assertThat(entities).noneMatch(e -> e.type() != EntityType.PERSON
        && e.name().equals(parts[1]));
  }

  @Test
  void recognize_peerOrKnightBeforeASurname_isThatPersonEveryTime() {
    List<Entity> entities = recognize(null, "Its chairman Lord Varrow said the losses hurt."
        + " Lord Varrow also said the bank would recover.\n\nThe award went to Dame Olwen"
        + " Prys-Keller. Her deputy, Baroness Tamsett, spoke first.");

    assertThat(texts(find(entities, EntityType.PERSON, "Varrow").orElseThrow()))
        .containsExactly("Varrow", "Varrow");
    assertThat(find(entities, EntityType.PERSON, "Olwen Prys-Keller")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Tamsett")).isPresent();
  }

  @Test
  void recognize_peersTitleBeforeAnOfficeOrAnOf_namesNoOne() {
    List<Entity> entities = recognize(null, "The Lord Mayor opened the fair. The Lord of the"
        + " Manor paid for it, and Lord Chancellor Emma Hale spoke.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name).containsExactly("Emma Hale");
  }

  @Test
  void recognize_ageBeforeANameAndANoun_isNoPerson() {
    assertThat(recognize(null, "The 500-year-old Kremlin walls were repaired."))
        .noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_titledSurname_isAPersonWithoutTheTitle() {
    List<Entity> entities = recognize(null,
        "In a dissent, Justice Thomas wrote that the court had gone too far.");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
    Entity thomas = find(entities, EntityType.PERSON, "Thomas").orElseThrow();
    assertThat(texts(thomas)).containsExactly("Thomas");
  }

  @Test
  void recognize_townAndOfficeBeforeAName_areNoPerson() {
    List<Entity> entities = recognize(null,
        "A fire destroyed an old cannery in Palmer overnight. The cannery, one of the oldest "
            + "buildings in Palmer, had been empty for years, Palmer City Clerk Janette Bower "
            + "told reporters. \"It is a sad day,\" Bower said. Crews from Palmer fought the "
            + "blaze, Orrin County Commissioner Tom Reiner said.");
    List<String> people = entities.stream().filter(e -> e.type() == EntityType.PERSON)
        .flatMap(e -> texts(e).stream()).toList();
    assertThat(people).containsExactlyInAnyOrder("Janette Bower", "Bower", "Tom Reiner")
        .noneMatch(t -> t.contains("Clerk") || t.contains("Commissioner"));
    assertThat(find(entities, EntityType.LOCATION, "Palmer")).isPresent();
  }

  @Test
  void recognize_titleOfAPlace_isNoPersonButThePlace() {
    List<Entity> entities = recognize(null, "The Bishop of Arden said the church would stay"
        + " open. The Mayor of Kelby said the road was shut. King Abdullah of Jordan and"
        + " Secretary of State Jane Doe met on Monday.");

    assertThat(find(entities, EntityType.LOCATION, "Arden")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Kelby")).isPresent();
    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name).containsExactlyInAnyOrder("Abdullah", "Jane Doe");
  }

  @Test
  void recognize_surnameThatIsATitle_aloneLaterIsThatPerson() {
    List<Entity> entities = recognize(null,
        "Community organiser Delphine Bishop spoke first at the hearing. Bishop said the "
            + "clinic had waited too long. \"We are tired,\" Bishop said. The Bishop of Arden "
            + "sent a letter, and Bishop Tomas Wren read it aloud.");
    Entity bishop = find(entities, EntityType.PERSON, "Delphine Bishop").orElseThrow();
    assertThat(texts(bishop)).containsExactly("Delphine Bishop", "Bishop", "Bishop");
  }

  @Test
  void recognize_nameRepeatingAWordAfterATitle_isOnePerson() {
    List<Entity> entities = recognize(null,
        "The police spokesman, Sgt. Hamid Hamid, said two men were held overnight.");
    Entity hamid = find(entities, EntityType.PERSON, "Hamid Hamid").orElseThrow();
    assertThat(texts(hamid)).containsExactly("Hamid Hamid");
  }

  @Test
  void recognize_connectorBeforeAName_staysOutsideTheSpan() {
    List<Entity> entities = recognize(null,
        "Leaders of the Orthodox Church and Catholic Church met in Mostar on Sunday.");
    assertThat(entities).allSatisfy(e -> assertThat(texts(e))
        .noneMatch(t -> t.startsWith("and ") || t.startsWith("of ")));
  }

  @Test
  void recognize_nameWithMiddleInitial_isOnePerson() {
    List<Entity> entities = recognize(null,
        "The new terminal is named after Harold J. Brennan, who ran the airport for decades.");
    Entity brennan = find(entities, EntityType.PERSON, "Harold J. Brennan").orElseThrow();
    assertThat(texts(brennan)).containsExactly("Harold J. Brennan");
  }

  @Test
  void recognize_portfolioAfterATitle_staysOutsideThePerson() {
    List<Entity> entities = recognize(null,
        "Secretary of State Margaret Ellison flew to Oslo, and Minister of Foreign Affairs"
            + " Tomas Varga joined her there.");
    assertThat(find(entities, EntityType.PERSON, "Margaret Ellison")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Tomas Varga")).isPresent();
    List<String> all = entities.stream().flatMap(e -> texts(e).stream()).toList();
    assertThat(all).noneMatch(t -> t.startsWith("State ") || t.startsWith("Foreign Affairs "));
  }

  @Test
  void recognize_twoPeopleJoinedByAnd_areTwoPersons() {
    List<Entity> entities = recognize(null,
        "The court freed Daniel Mercer and Laura Whitfield after a week in custody.");
    assertThat(find(entities, EntityType.PERSON, "Daniel Mercer")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Laura Whitfield")).isPresent();
    assertThat(entities).noneMatch(e -> e.name().contains(" and "));
  }

  @Test
  void recognize_countryNameAsAFirstNameAfterATitle_isAPersonAndLaterTheCountry() {
    List<Entity> entities = recognize(null, "Defence Minister Israel Katz visited the border"
        + " on Monday. Israel later said the crossing would reopen.");
    assertThat(find(entities, EntityType.PERSON, "Israel Katz")).isPresent();
    Entity israel = find(entities, EntityType.COUNTRY, "Israel").orElseThrow();
    assertThat(israel.countryCode()).isEqualTo("IL");
    assertThat(texts(israel)).containsExactly("Israel");
  }

  @Test
  void recognize_countryNameAsAFirstNameAfterALowercaseTitle_isAPerson() {
    List<Entity> entities = recognize(null, "The defence minister Israel Katz said on Monday"
        + " that talks would resume.");
    assertThat(find(entities, EntityType.PERSON, "Israel Katz")).isPresent();
    assertThat(find(entities, EntityType.COUNTRY, "Israel")).isEmpty();
  }

  @Test
  void recognize_partyMemberOrTitleBeforeAName_staysOutsideThePerson() {
    List<Entity> entities = recognize(null,
        "Incumbent Democrat Carl Levin won the seat, and General Douglas MacArthur withdrew.");
    List<String> people = entities.stream().filter(e -> e.type() == EntityType.PERSON)
        .flatMap(e -> texts(e).stream()).toList();
    assertThat(people).contains("Carl Levin", "Douglas MacArthur");
  }

  @Test
  void recognize_nameAfterAnHonorific_isAPerson() {
    List<Entity> entities = recognize(null,
        "Mr. Talabani then travelled to Tehran, and Ms. Okonjo met the delegation there.");
    assertThat(find(entities, EntityType.PERSON, "Talabani")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Okonjo")).isPresent();
  }

  @Test
  void recognize_arabicNameWithAlPrefix_isAPerson() {
    List<Entity> entities = recognize(null,
        "Police arrested Abu Farraj al-Libbi near the border on Monday.");
    assertThat(find(entities, EntityType.PERSON, "Abu Farraj al-Libbi")).isPresent();
  }

  @Test
  void recognize_knownGivenNameAndSurname_isAPersonWhateverTheirTags() {
    // The tagger reads "Trump" here as a verb, and the model then misses the name.
    List<Entity> entities = recognize(null,
        "The king met Donald Trump at the summit. Trump praised the talks.");
    Entity trump = find(entities, EntityType.PERSON, "Donald Trump").orElseThrow();
    assertThat(texts(trump)).containsExactly("Donald Trump", "Trump");
  }

  @Test
  void recognize_knownNamesBesideOtherNames_stayWhatTheyAre() {
    List<Entity> entities = recognize(null, "Justice Thomas wrote the opinion. The minister"
        + " arrived in Venice Sunday, and later visited George Washington University.");
    assertThat(find(entities, EntityType.PERSON, "Thomas")).isPresent();
    assertThat(entities).noneMatch(e -> e.name().equals("Justice Thomas")
        || e.name().equals("Venice Sunday") || e.name().equals("George Washington"));
    assertThat(find(entities, EntityType.LOCATION, "Venice")).isPresent();
  }

  @Test
  void recognize_nicknameInQuotesInsideAName_isOnePersonMention() {
    List<Entity> entities = recognize(null, "The striker Jimmy \"Jinky\" Laird scored 148 goals"
        + " for the club. William \u201cBill\u201d Hartley (1901\u20131977) was a banker in"
        + " Leeds. Laird later played in Canada.");

    assertThat(texts(find(entities, EntityType.PERSON, "Jimmy \"Jinky\" Laird").orElseThrow()))
        .containsExactly("Jimmy \"Jinky\" Laird", "Laird");
    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name).doesNotContain("Jimmy", "William");
    assertThat(entities).anyMatch(e -> texts(e).contains("William \u201cBill\u201d Hartley"));
  }

  @Test
  void recognize_nicknameTheTaggerReadWithTheGivenName_isOnePersonMention() {
    // the tagger took the opening quote and the nickname into the given name's span
    List<Entity> entities = recognize(null, "The team lost again on Sunday.\nIt was good.\"\n"
        + "Marcus \"Buzzsaw\" Hollins says the injury in his neck bothered him for weeks."
        + " Hollins was hurt in the first quarter.");

    assertThat(texts(find(entities, EntityType.PERSON, "Marcus \"Buzzsaw\" Hollins")
        .orElseThrow())).containsExactly("Marcus \"Buzzsaw\" Hollins", "Hollins");
  }

  @Test
  void recognize_nicknameInParenthesesInsideAName_isOnePersonMention() {
    List<Entity> entities = recognize(null, "Defensive back Marcus (Buzzsaw) Hollins says the"
        + " injury bothered him. Hollins was hurt in the first quarter. Premier Tao (Lin) has"
        + " asked for a report, and Dana Porter (Ohio) voted no.");

    assertThat(texts(find(entities, EntityType.PERSON, "Marcus (Buzzsaw) Hollins")
        .orElseThrow())).containsExactly("Marcus (Buzzsaw) Hollins", "Hollins");
    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name).doesNotContain("Marcus", "Buzzsaw", "Tao (Lin)",
            "Dana Porter (Ohio)");
  }

  @Test
  void recognize_birthSurnameAfterNee_isAPerson() {
    List<Entity> entities = recognize(null, "The physicist Gerda Sommer, n\u00e9e Hartung"
        + " (1902\u20131986), worked in Berlin. Her sister Ruth Adler, nee Hartung, taught music.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
        .flatExtracting(RecognizerFixtures::texts).filteredOn("Hartung"::equals).hasSize(2);
  }

  @Test
  void recognize_personRightAfterAnOrganisationsName_isThePersonNotPartOfIt() {
    List<Entity> entities = recognize(null, "Director of the Office of Management and Budget"
        + " Daniel Varnak said cuts would come. Varnak added that more were planned.\n\n"
        + "The head of the Bureau of Fisheries and Aquatic Resources Elena Marquez spoke."
        + " Marquez said stocks were low.");

    assertThat(texts(find(entities, EntityType.PERSON, "Daniel Varnak").orElseThrow()))
        .containsExactly("Daniel Varnak", "Varnak");
    assertThat(find(entities, EntityType.ORGANIZATION, "Office of Management and Budget"))
        .isPresent();
    assertThat(texts(find(entities, EntityType.PERSON, "Elena Marquez").orElseThrow()))
        .containsExactly("Elena Marquez", "Marquez");
  }

  @Test
  void recognize_organisationEndingInNamesThatAreNoPersonsAfterIt_staysWhole() {
    List<Entity> entities = recognize(null, "The University of Texas Rio Grande Valley opened"
        + " a campus. The Church of Jesus Christ said so.");

    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_shipNamedWithItsNavysPrefixOrAVesselsWord_isNoPersonAnywhere() {
    List<Entity> entities = recognize(null, "The French frigate FS Lorvane joined the task force"
        + " on Monday. Lorvane is committed to the mission, said Capt. Marc Delaunay, commander"
        + " of Lorvane. The destroyer USS Halvorsen sailed with her, and Halvorsen will stay"
        + " until June. The aircraft carrier FS Charles de Gaulle left Toulon.");

    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name).containsExactly("Marc Delaunay");
  }

  @Test
  void recognize_personNamedWhereNoShipIs_staysAPerson() {
    List<Entity> entities = recognize(null, "Admiral Tor Halvorsen said the frigate would sail"
        + " at dawn. Halvorsen added that the crew was ready.");

    assertThat(texts(find(entities, EntityType.PERSON, "Tor Halvorsen").orElseThrow()))
        .containsExactly("Tor Halvorsen", "Halvorsen");
  }

  @Test
  void recognize_holidayOrFaithNamed_isNoPerson() {
    List<Entity> entities = recognize(null, "Families were out shopping for Eid when the bomb"
        + " exploded in Karrada. The attack violated the peace of Ramadan. The militants falsely"
        + " use the name of Islam. Many fasted during Ramadan and celebrated Eid al-Fitr with"
        + " relatives.");

    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void recognize_personNamedLikeAHoliday_staysAPersonBesideTheHoliday() {
    List<Entity> entities = recognize(null, "The scholar Tariq Ramadan spoke in Geneva during"
        + " Ramadan. Ramadan said he was tired.");

    assertThat(texts(find(entities, EntityType.PERSON, "Tariq Ramadan").orElseThrow()))
        .containsExactly("Tariq Ramadan", "Ramadan");
  }

  @Test
  void recognize_personAShipIsNamedAfter_staysAPerson() {
    List<Entity> entities = recognize(null, "The aircraft carrier USS Edwin Halloway left port"
        + " on Monday. The ship is named after Edwin Halloway, who led the navy in the war.");

    assertThat(find(entities, EntityType.PERSON, "Edwin Halloway")).isPresent();
  }

  @Test
  void recognize_legislatorsStyleHonOrRtHon_staysOutsideThePeople() {
    List<Entity> entities = recognize(null, "The party leader mourned former Speaker Rt. Hon."
        + " B. U. Okonkwo and Hon. Ada Eze on Monday.");

    assertThat(entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name))
        .containsExactlyInAnyOrder("B. U. Okonkwo", "Ada Eze");
  }
}
