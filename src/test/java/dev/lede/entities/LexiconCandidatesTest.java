package dev.lede.entities;

import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class LexiconCandidatesTest {

  private static LexiconCandidates lexicon;

  @BeforeAll
  static void load() {
    lexicon = new LexiconCandidates(StageFixtures.gazetteer(), StageFixtures.features());
  }

  @Test
  void match_countryNameAsAFirstNameAfterATitle_proposesThePersonAndTheCountry() {
    SentenceTokens s = sentence("Defence Minister Israel Katz/VERB said so .");
    List<Candidate> cands = new ArrayList<>();

    lexicon.match(s, cands);

    assertThat(show(s, cands)).contains("PERSON:Israel Katz", "COUNTRY:Israel");
    Candidate country = cands.stream().filter(c -> c.type() == EntityType.COUNTRY).findFirst()
        .orElseThrow();
    assertThat(country.code()).isEqualTo("IL");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a general manager in sports copy: after "assistant" or before a person's name
      "He became assistant GM in 2003 .; ",
      "Gulls GM Tomas Reyes said so .; ",
      // the carmaker elsewhere, also before another title
      "GM said sales rose .; ORGANIZATION:GM",
      "GM CEO Mary Barra said so .; ORGANIZATION:GM",
  })
  void match_abbreviationOfAJobTitle_isNoOrganisation(String text, String expected) {
    SentenceTokens s = sentence(text);
    List<Candidate> cands = new ArrayList<>();

    lexicon.match(s, cands);

    List<String> orgs = show(s, cands).stream().filter(c -> c.startsWith("ORGANIZATION")).toList();
    assertThat(orgs).isEqualTo(expected == null ? List.of() : List.of(expected));
  }

  @Test
  void match_countryNameAsAFirstNameAfterALowercaseTitle_proposesThePersonToo() {
    SentenceTokens s = sentence("The defence minister Israel Katz/VERB said so .");
    List<Candidate> cands = new ArrayList<>();

    lexicon.match(s, cands);

    assertThat(show(s, cands)).contains("PERSON:Israel Katz", "COUNTRY:Israel");
  }

  @Test
  void match_countryAfterAWordThatIsNoTitle_staysTheCountryAlone() {
    SentenceTokens s = sentence("Fans of Israel Katz/VERB said so .");
    List<Candidate> cands = new ArrayList<>();

    lexicon.match(s, cands);

    assertThat(show(s, cands)).contains("COUNTRY:Israel").doesNotContain("PERSON:Israel Katz");
  }

  @Test
  void match_bigCityThatIsAlsoAGivenName_isLeftToTheModelButMarked() {
    SentenceTokens s = sentence("She flew from Paris to Oslo .");
    List<Candidate> cands = new ArrayList<>();

    LexiconCandidates.Marks marks = lexicon.match(s, cands);

    assertThat(show(s, cands)).containsExactly("LOCATION:Oslo");
    assertThat(cands.get(0).priority()).isEqualTo(Candidate.PRIO_CITY);
    assertThat(marks.bigCity()[3]).isTrue(); // Paris: "Paris said" stays the city
    assertThat(marks.bigCity()[5]).isTrue();
  }

  @Test
  void match_demonymBeforeANamedMinistry_startsTheMinistryAndIsNoCandidate() {
    SentenceTokens s = sentence("officials of the British Home Office said");
    List<Candidate> cands = new ArrayList<>();

    LexiconCandidates.Marks marks = lexicon.match(s, cands);

    assertThat(show(s, cands)).containsExactly("MINISTRY:British Home Office");
    assertThat(marks.demonym()[3]).isTrue();
    assertThat(marks.nationEndingAt()[3]).isEqualTo(3);
  }

  @Test
  void match_treasuryBeforeYields_isNoMinistry() {
    SentenceTokens yields = sentence("Treasury yields rose on Friday");
    SentenceTokens department = sentence("the Treasury said on Friday");
    List<Candidate> fromYields = new ArrayList<>();
    List<Candidate> fromDepartment = new ArrayList<>();

    lexicon.match(yields, fromYields);
    lexicon.match(department, fromDepartment);

    assertThat(show(yields, fromYields)).isEmpty();
    assertThat(show(department, fromDepartment)).containsExactly("MINISTRY:Treasury");
  }

  @Test
  void lowercasePlaces_countryRegionAndBigCityTaggedProperNouns_arePlaces() {
    SentenceTokens s = sentence(
        "we drove from france/PROPN to san/PROPN francisco/PROPN via ontario/PROPN .");
    List<Candidate> cands = new ArrayList<>();

    lexicon.lowercasePlaces(s, cands);

    assertThat(show(s, cands))
        .containsExactly("COUNTRY:france", "LOCATION:san francisco", "LOCATION:ontario");
    assertThat(cands.get(0).canonical()).isEqualTo("France");
    assertThat(cands.get(0).code()).isEqualTo("FR");
    assertThat(cands.get(1).canonical()).isEqualTo("San Francisco");
    assertThat(cands).noneMatch(Candidate::usState); // Ontario is no US state
  }

  @Test
  void lowercasePlaces_buildingOfAGovernmentInLowerCase_isACommonNoun() {
    SentenceTokens s = sentence("he drew a pentagon/PROPN on the white/PROPN house/PROPN");
    List<Candidate> cands = new ArrayList<>();

    lexicon.lowercasePlaces(s, cands);

    assertThat(cands).isEmpty();
  }

  @Test
  void lowercasePlaces_longestPlaceAtAToken_coversTheWordsInIt() {
    SentenceTokens s = sentence("she moved to new/PROPN mexico/PROPN from ohio/PROPN");
    List<Candidate> cands = new ArrayList<>();

    lexicon.lowercasePlaces(s, cands);

    // "mexico" inside "new mexico" is no second place
    assertThat(show(s, cands)).containsExactly("LOCATION:new mexico", "LOCATION:ohio");
    assertThat(cands).allMatch(Candidate::usState);
    assertThat(cands.get(0).canonical()).isEqualTo("New Mexico");
  }

  @Test
  void lowercasePlaces_aWordCapitalisedOrCoveredInsideThePhrase_isNoLowercasePlace() {
    SentenceTokens capitalised = sentence("we flew to San/PROPN francisco/PROPN");
    SentenceTokens covered = sentence("we flew to san/PROPN francisco/PROPN");
    List<Candidate> fromCapitalised = new ArrayList<>();
    List<Candidate> fromCovered = new ArrayList<>(List.of(new Candidate(4, 5,
        EntityType.PERSON, null, null, false, Candidate.PRIO_MODEL)));

    lexicon.lowercasePlaces(capitalised, fromCapitalised);
    lexicon.lowercasePlaces(covered, fromCovered);

    assertThat(fromCapitalised).isEmpty();
    assertThat(show(covered, fromCovered)).containsExactly("PERSON:francisco");
  }

  @ParameterizedTest
  @CsvSource({
      "Amazon said it would hire, ORGANIZATION:Amazon",
      "workers at Amazon ’s/PART warehouse, ORGANIZATION:Amazon",
      "fires in the Amazon spread, LOCATION:Amazon",
      "fires in The Amazon spread, LOCATION:Amazon",
      "workers at Amazon, ORGANIZATION:Amazon",
  })
  void match_regionsNameAListedCompanyShares_isTheRegionOnlyAfterThe(String sentence,
      String expected) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> cands = new ArrayList<>();

    lexicon.match(s, cands);

    assertThat(show(s, cands)).containsExactly(expected);
  }

  @Test
  void lowercasePlaces_countryOrRegionTaggedACommonNoun_isAPlace() {
    SentenceTokens s = sentence("living in malaysia/NOUN and then in kerala/NOUN");
    List<Candidate> cands = new ArrayList<>();

    lexicon.lowercasePlaces(s, cands);

    assertThat(show(s, cands)).containsExactly("COUNTRY:malaysia", "LOCATION:kerala");
    assertThat(cands.get(0).code()).isEqualTo("MY");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "we ate turkey/NOUN", // a word
      "my friend georgia/NOUN called", // a given name
      "pizza from chicago/NOUN", // a city needs the proper-noun tag
      "we flew to san/NOUN francisco/NOUN",
      "we flew to Malaysia/NOUN", // not lower case
  })
  void lowercasePlaces_wordsNamesAndCitiesTaggedCommonNouns_areLeftAlone(String sentence) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> cands = new ArrayList<>();

    lexicon.lowercasePlaces(s, cands);

    assertThat(cands).isEmpty();
  }

  @Test
  void lowercasePlaces_commonNounsAndCoveredWords_areLeftAlone() {
    SentenceTokens nouns = sentence("the turkey/NOUN on fine china/NOUN");
    SentenceTokens partly = sentence("we flew to san/NOUN francisco/PROPN");
    SentenceTokens covered = sentence("we flew to france/PROPN");
    List<Candidate> fromNouns = new ArrayList<>();
    List<Candidate> fromPartly = new ArrayList<>();
    List<Candidate> fromCovered = new ArrayList<>(List.of(new Candidate(3, 4,
        EntityType.PERSON, null, null, false, Candidate.PRIO_MODEL)));

    lexicon.lowercasePlaces(nouns, fromNouns);
    lexicon.lowercasePlaces(partly, fromPartly);
    lexicon.lowercasePlaces(covered, fromCovered);

    assertThat(fromNouns).isEmpty();
    assertThat(fromPartly).isEmpty();
    assertThat(show(covered, fromCovered)).containsExactly("PERSON:france");
  }

  @Test
  void listedNamePersons_knownNamesWhateverTheirTags_areAPersonWhereNothingCoversThem() {
    SentenceTokens s = sentence("yesterday Greta Okafor/VERB arrived .");
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);

    lexicon.listedNamePersons(s, marks, cands);

    assertThat(show(s, cands)).containsExactly("PERSON:Greta Okafor");
    assertThat(cands.get(0).priority()).isEqualTo(Candidate.PRIO_LISTED_NAME);
  }

  @Test
  void listedNamePersons_coveredOrBeforeACapitalOrEndingInADay_areNoPerson() {
    SentenceTokens covered = sentence("yesterday Greta Okafor arrived");
    List<Candidate> cands = new ArrayList<>(List.of(new Candidate(2, 3, EntityType.LOCATION,
        null, null, false, Candidate.PRIO_MODEL)));
    lexicon.listedNamePersons(covered, lexicon.match(covered, new ArrayList<>()), cands);
    assertThat(show(covered, cands)).containsExactly("LOCATION:Okafor");

    SentenceTokens beforeCapital = sentence("at Greta Okafor Hall Street , then Greta Okafor Monday");
    List<Candidate> none = new ArrayList<>();
    lexicon.listedNamePersons(beforeCapital, lexicon.match(beforeCapital, none), none);
    assertThat(none).isEmpty();
  }

  @Test
  void fullPersonName_givenNameAndSurname_butNoPlaceOrHeadInside() {
    SentenceTokens person = sentence("Greta Okafor");
    SentenceTokens organisation = sentence("Greta Okafor Foundation");
    SentenceTokens arabic = sentence("Abu Farraj al-Libbi");

    assertThat(lexicon.fullPersonName(person.words(), 0, 2,
        lexicon.match(person, new ArrayList<>()))).isTrue();
    assertThat(lexicon.fullPersonName(organisation.words(), 0, 3,
        lexicon.match(organisation, new ArrayList<>()))).isFalse();
    assertThat(lexicon.fullPersonName(arabic.words(), 0, 3,
        lexicon.match(arabic, new ArrayList<>()))).isTrue();
  }

  /**
   * The lexicon's candidates of a sentence as "TYPE:text=canonical", with "/code" for places and
   * countries.
   */
  private static List<String> canonicals(String tokens) {
    SentenceTokens s = sentence(tokens);
    List<Candidate> cands = new ArrayList<>();
    lexicon.match(s, cands);
    List<String> shown = show(s, cands);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      out.add(shown.get(i) + "=" + c.canonical()
          + (c.type() == EntityType.ORGANIZATION ? "" : "/" + c.code()));
    }
    return out;
  }

  private static List<String> candidates(String tokens) {
    SentenceTokens s = sentence(tokens);
    List<Candidate> cands = new ArrayList<>();
    lexicon.match(s, cands);
    return show(s, cands);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "the landgrave of Hesse-Kassel; LOCATION:Hesse-Kassel",
      "troops from Brunswick-Lüneburg marched; LOCATION:Brunswick-Lüneburg",
      // a given name makes a person's double name; a country or a lower-case part, no place
      "Lorraine-Taylor said;",
      "the Kassel-Ukraine link;",
      "the Kassel-based firm;",
  })
  void match_placesJoinedByAHyphenInOneWord_areOnePlace(String sentence, String names) {
    assertThat(candidates(sentence)).isEqualTo(StageFixtures.cells(names));
  }

  @Test
  void match_countryAtEitherEndOfTheSentence_isTheCountry() {
    assertThat(candidates("Chad signed the accord .")).containsExactly("COUNTRY:Chad");
    assertThat(candidates("the accord was signed by Chad")).containsExactly("COUNTRY:Chad");
  }

  @Test
  void match_countryAfterATitleButNoSurnameAfterIt_isOnlyTheCountry() {
    assertThat(candidates("Defence Minister Israel said")).containsExactly("COUNTRY:Israel");
    assertThat(candidates("the Defence Minister of Israel Katz/VERB"))
        .containsExactly("COUNTRY:Israel");
  }

  @Test
  void match_countryOfSeveralWords_marksEachTokenAndWhereTheNationEnds() {
    SentenceTokens s = sentence("the United States Navy said");
    List<Candidate> cands = new ArrayList<>();

    LexiconCandidates.Marks marks = lexicon.match(s, cands);

    assertThat(show(s, cands)).containsExactly("COUNTRY:United States");
    assertThat(cands.get(0).code()).isEqualTo("US");
    assertThat(marks.countryToken()).containsExactly(false, true, true, false, false);
    assertThat(marks.nationEndingAt()).containsExactly(-1, -1, 1, -1, -1);
  }

  @Test
  void match_countryAfterATitleLastInTheSentence_isOnlyTheCountry() {
    // no word after it to read as a surname
    assertThat(candidates("talks with Defence Minister Israel")).containsExactly("COUNTRY:Israel");
  }

  @Test
  void match_nationsEndingAtOneTokenFromTheFirst_theLongestMarksWhereItStarts() {
    // "Korea" (an alias of South Korea) and "Korean" end where the longer names end; the
    // longer names start at token 0, which the shorter ones must not overwrite
    SentenceTokens country = sentence("Democratic People's Republic of Korea said");
    SentenceTokens demonym = sentence("North Korean officials said");

    assertThat(lexicon.match(country, new ArrayList<>()).nationEndingAt())
        .containsExactly(-1, -1, -1, -1, 0, -1);
    assertThat(lexicon.match(demonym, new ArrayList<>()).nationEndingAt())
        .containsExactly(-1, 0, -1, -1);
  }

  @Test
  void match_demonymOrNamedMinistryFirstInTheSentence_startsTheMinistry() {
    assertThat(candidates("British Home Office officials said"))
        .containsExactly("MINISTRY:British Home Office");
    assertThat(candidates("Home Office officials said")).containsExactly("MINISTRY:Home Office");
  }

  @Test
  void match_cityOfExactlyTwoHundredThousandPeople_isABigCity() {
    // Ladner, Canada: 200,000 in the GeoNames list (Gazetteer.BIG_CITY_POPULATION)
    SentenceTokens s = sentence("She flew to Ladner .");
    List<Candidate> cands = new ArrayList<>();

    LexiconCandidates.Marks marks = lexicon.match(s, cands);

    assertThat(show(s, cands)).containsExactly("LOCATION:Ladner");
    assertThat(marks.bigCity()[3]).isTrue();
    List<Candidate> lower = new ArrayList<>();
    SentenceTokens written = sentence("she moved to ladner/PROPN");
    lexicon.lowercasePlaces(written, lower);
    assertThat(show(written, lower)).containsExactly("LOCATION:ladner");
  }

  @Test
  void match_possessiveCountryBeforeAMinistry_isNotPartOfTheMinistry() {
    SentenceTokens s = sentence("Britain's Home Office said");
    List<Candidate> cands = new ArrayList<>();

    LexiconCandidates.Marks marks = lexicon.match(s, cands);

    assertThat(show(s, cands)).containsExactly("COUNTRY:Britain's", "MINISTRY:Home Office");
    assertThat(cands.get(0).endChar()).isEqualTo("Britain".length());
    assertThat(marks.nationEndingAt()[0]).isEqualTo(-1);
  }

  @Test
  void match_countryOrDemonymRightBeforeAMinistry_startsIt() {
    assertThat(candidates("British Home Office officials said"))
        .containsExactly("MINISTRY:British Home Office");
    assertThat(candidates("the United Kingdom Home Office said"))
        .containsExactly("COUNTRY:United Kingdom", "MINISTRY:United Kingdom Home Office");
    assertThat(candidates("Britons' Home Office")).containsExactly("MINISTRY:Home Office");
  }

  @Test
  void match_listedOrganisation_isCaseSensitiveOutsideHeadlines() {
    SentenceTokens s = sentence("a report of the United Nations said");
    List<Candidate> cands = new ArrayList<>();

    LexiconCandidates.Marks marks = lexicon.match(s, cands);

    assertThat(show(s, cands)).containsExactly("ORGANIZATION:United Nations");
    assertThat(cands.get(0).canonical()).isEqualTo("United Nations");
    assertThat(marks.knownOrgEndingAt()).containsExactly(-1, -1, -1, -1, -1, 4, -1);
    // "Ira" is a given name, not the IRA, unless the whole sentence is in capitals
    assertThat(candidates("Ira Okafor said")).isEmpty();
    assertThat(candidates("THE IRA SAID")).containsExactly("ORGANIZATION:IRA");
  }

  @Test
  void match_shortNameThatIsAlsoAWord_isTheOrganisationOnlyInsideASentence() {
    assertThat(canonicals("the vote split Labour and the Tories"))
        .containsExactly("ORGANIZATION:Labour=Labour Party",
            "ORGANIZATION:Tories=Conservative Party");
    // first in its sentence, after an opening quote too, or in a headline, it may be a word
    assertThat(candidates("Labour costs rose")).isEmpty();
    assertThat(candidates("\" Labour will win")).isEmpty();
    assertThat(candidates("Voters Back Labour Again")).isEmpty();
    // a portfolio or a holiday is no party; the party's leader is
    assertThat(candidates("said Labor Secretary Julie Su")).doesNotContain("ORGANIZATION:Labor");
    assertThat(candidates("shut on Labour Day")).isEmpty();
    // nor is a word of another name ("Fed" of the tennis cup), but the bank on its own is
    assertThat(candidates("left the Fed Cup team")).isEmpty();
    assertThat(canonicals("said the Fed would wait"))
        .containsExactly("ORGANIZATION:Fed=Federal Reserve");
    assertThat(candidates("said Labour leader Keir Starmer"))
        .contains("ORGANIZATION:Labour");
    // a full name is the organisation wherever it stands
    assertThat(candidates("Labour Party members voted"))
        .containsExactly("ORGANIZATION:Labour Party");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // the Arabic acronym that government copy uses, with either apostrophe or none
      "raids by Daesh fighters; ORGANIZATION:Daesh=Islamic State",
      "which Da’esh claimed; ORGANIZATION:Da’esh=Islamic State",
      "which Da'esh claimed; ORGANIZATION:Da'esh=Islamic State",
      // the long names, whose "and the" ended the model's span
      "fought the Islamic State of Iraq and the Levant in May;"
          + " ORGANIZATION:Islamic State of Iraq and the Levant=Islamic State",
      "fought the Islamic State of Iraq and Syria in May;"
          + " ORGANIZATION:Islamic State of Iraq and Syria=Islamic State",
      "links to Al-Qaida grew; ORGANIZATION:Al-Qaida=al-Qaeda",
  })
  void match_otherNamesOfListedArmedGroups_areThoseGroups(String text, String expected) {
    assertThat(canonicals(text)).contains(expected);
  }

  @Test
  void recognize_otherNamesOfTheIslamicState_areOneOrganisation() {
    List<Entity> entities = RecognizerFixtures.recognize(null, "Officials said Da’esh fighters"
        + " shelled the town, and Daesh later claimed the attack. The Islamic State of Iraq and"
        + " the Levant lost ground, the Kelvar Ministry of Defence said.");

    Entity group = RecognizerFixtures.find(entities, EntityType.ORGANIZATION, "Islamic State")
        .orElseThrow();
    assertThat(RecognizerFixtures.texts(group)).containsExactly("Da’esh", "Daesh",
        "Islamic State of Iraq and the Levant");
    assertThat(entities).extracting(Entity::name).doesNotContain("Levant");
  }

  @Test
  void match_phraseWithTwoSpacesInside_isStillTheListedName() {
    String body = "the United  Nations said";
    SentenceTokens s = SentenceTokens.of(body, new Tokens(
        new String[] {"the", "United", "Nations", "said"},
        new String[] {"DET", "PROPN", "PROPN", "VERB"},
        new int[] {0, 4, 12, 20}, new int[] {3, 10, 19, 24}));
    List<Candidate> cands = new ArrayList<>();

    lexicon.match(s, cands);

    assertThat(show(s, cands)).containsExactly("ORGANIZATION:United  Nations");
  }

  @Test
  void match_formerState_isAPlaceWithoutACountryCode() {
    // no country code: the guidelines keep COUNTRY for states with one
    assertThat(canonicals("he left the USSR before Yugoslavia broke up"))
        .containsExactly("LOCATION:USSR=Soviet Union/null", "LOCATION:Yugoslavia=Yugoslavia/null");
  }

  @Test
  void match_region_isALocationAndUsStatesSaySo() {
    SentenceTokens s = sentence("storms hit Texas and the Middle East");
    List<Candidate> cands = new ArrayList<>();

    LexiconCandidates.Marks marks = lexicon.match(s, cands);

    assertThat(show(s, cands)).containsExactly("LOCATION:Texas", "LOCATION:Middle East");
    assertThat(cands.get(0).usState()).isTrue();
    assertThat(cands.get(1).usState()).isFalse();
    assertThat(marks.placeToken()).containsExactly(false, false, true, false, false, true, true);
  }

  @Test
  void match_cityOfSeveralWords_marksItsTokensAsAPlace() {
    SentenceTokens s = sentence("flights from Buenos Aires and Lima resumed");
    List<Candidate> cands = new ArrayList<>();

    LexiconCandidates.Marks marks = lexicon.match(s, cands);

    assertThat(show(s, cands)).containsExactly("LOCATION:Buenos Aires", "LOCATION:Lima");
    assertThat(marks.placeToken())
        .containsExactly(false, false, true, true, false, false, false);
    assertThat(marks.bigCity()).containsExactly(false, false, false, false, false, true, false);
  }

  @Test
  void match_bigCityTaggedOtherThanAProperNoun_onlyInsideASentenceOrShouted() {
    // the tagger reads a capitalised city inside a sentence as anything
    assertThat(candidates("They drove to Nice/ADJ on Monday")).containsExactly("LOCATION:Nice");
    // the first word of a sentence is capitalised anyway
    assertThat(candidates("Nice/ADJ work , she said")).isEmpty();
    // a shouted dateline
    assertThat(candidates("KYIV/NOUN ( Reuters ) - talks began"))
        .containsExactly("LOCATION:KYIV", "ORGANIZATION:Reuters");
    // a title-case headline capitalises every word
    assertThat(candidates("Holidays In Nice/ADJ Get Dearer")).isEmpty();
  }

  @Test
  void match_lowercaseWord_isNoName() {
    assertThat(candidates("we had turkey and chad for dinner")).isEmpty();
  }

  @Test
  void listedNamePersons_afterATitleOrAtTheEnd_orWithAMiddleInitial() {
    assertThat(persons("Senator Greta Okafor/VERB said so")).containsExactly("PERSON:Greta Okafor");
    assertThat(persons("the prize went to Greta Okafor/VERB"))
        .containsExactly("PERSON:Greta Okafor");
    assertThat(persons("yesterday Greta J. Okafor/VERB arrived"))
        .containsExactly("PERSON:Greta J. Okafor");
  }

  @Test
  void listedNamePersons_afterACapitalisedWordThatIsNoTitle_isNoPerson() {
    assertThat(persons("they live on Avenue Mary Smith/VERB in Lyon")).isEmpty();
  }

  @Test
  void listedNamePersons_candidatesRightBeforeAndAfter_doNotCoverTheName() {
    SentenceTokens s = sentence("Reuters : Greta Okafor/VERB ; Lagos");
    List<Candidate> cands = new ArrayList<>(List.of(
        new Candidate(0, 2, EntityType.ORGANIZATION, null, null, false, Candidate.PRIO_MODEL),
        new Candidate(4, 6, EntityType.LOCATION, null, null, false, Candidate.PRIO_MODEL)));

    lexicon.listedNamePersons(s, lexicon.match(s, new ArrayList<>()), cands);

    assertThat(show(s, cands)).containsExactly("ORGANIZATION:Reuters :", "LOCATION:; Lagos",
        "PERSON:Greta Okafor");
  }

  private static List<String> persons(String tokens) {
    SentenceTokens s = sentence(tokens);
    LexiconCandidates.Marks marks = lexicon.match(s, new ArrayList<>());
    List<Candidate> cands = new ArrayList<>();
    lexicon.listedNamePersons(s, marks, cands);
    return show(s, cands);
  }

  private static boolean fullName(String tokens) {
    SentenceTokens s = sentence(tokens);
    return lexicon.fullPersonName(s.words(), 0, s.size(), lexicon.match(s, new ArrayList<>()));
  }

  @Test
  void fullPersonName_twoOrThreeWords_theMiddleOneANameOrAnInitial() {
    assertThat(fullName("Mary Ann Smith")).isTrue();
    assertThat(fullName("Greta J. Okafor")).isTrue();
    assertThat(fullName("Mary Okafor's")).isTrue();
    assertThat(fullName("Sydney Morning Herald")).isFalse();
    assertThat(fullName("Greta")).isFalse();
    assertThat(fullName("Mary Ann Greta Smith")).isFalse();
    assertThat(fullName("Okafor Smith")).isFalse();
    assertThat(fullName("Greta Nigeria")).isFalse();
    assertThat(fullName("Greta okafor")).isFalse();
  }

  @Test
  void fullPersonName_middleWord_aGivenNameOrASurnameButNotAnyWord() {
    // "Anne" is only a given name, "Hall" only a surname, "Xyzzy" neither
    assertThat(fullName("Greta Anne Okafor")).isTrue();
    assertThat(fullName("Greta Hall Okafor")).isTrue();
    assertThat(fullName("Greta Xyzzy Okafor")).isFalse();
  }

  @Test
  void fullPersonName_nameLaterInTheSentence_isAPersonToo() {
    SentenceTokens s = sentence("they met Greta Okafor");

    assertThat(lexicon.fullPersonName(s.words(), 2, 4, lexicon.match(s, new ArrayList<>())))
        .isTrue();
  }

  @Test
  void match_capitalisedTheAfterAWord_staysInTheCountrysName() {
    // (each token's longest name is a candidate; the longest span wins later)
    assertThat(candidates("in The Netherlands , tulips bloom"))
        .containsExactly("COUNTRY:The Netherlands", "COUNTRY:Netherlands");
  }

  @Test
  void fullPersonName_twoWordsAfterTheSentenceStart_needNoMiddleWord() {
    // the possessive surname is no name as written: only the two-word rule takes it
    SentenceTokens s = sentence("said Mary Okafor's");

    assertThat(lexicon.fullPersonName(s.words(), 1, 3, lexicon.match(s, new ArrayList<>())))
        .isTrue();
  }

  @Test
  void fullPersonName_arabicNames_upToFourWordsWithAGivenNameOrAKunya() {
    assertThat(fullName("Omar Hassan al-Masri")).isTrue();
    assertThat(fullName("Karim el-Sayed")).isTrue();
    assertThat(fullName("Abu Omar Hassan al-Masri")).isTrue();
    assertThat(fullName("Abu Zzyqx al-Qurayn")).isTrue();
    assertThat(fullName("Jaish al-Adl")).isFalse();
    assertThat(fullName("Abu Omar Hassan Karim al-Masri")).isFalse();
    assertThat(fullName("Jaish Abu")).isFalse();
    assertThat(fullName("Khalid bin Salman al-Harbi")).isTrue();
    assertThat(fullName("Khalid Bin Salman al-Harbi")).isTrue();
    assertThat(fullName("bin Salman al-Harbi")).isFalse();
    assertThat(fullName("Khalid ibn Salman al-Harbi")).isTrue();
  }
}
