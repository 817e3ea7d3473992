package dev.lede.entities;

import static dev.lede.entities.StageFixtures.cells;
import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class GuidelineRulesTest {

  private static LexiconCandidates lexicon;
  private static GuidelineRules rules;

  @BeforeAll
  static void load() {
    lexicon = new LexiconCandidates(StageFixtures.gazetteer(), StageFixtures.features());
    rules = new GuidelineRules(StageFixtures.gazetteer(), StageFixtures.features());
  }

  /** The candidates one rule adds after the lexicon's, as "TYPE:text". */
  private static List<String> added(SentenceTokens s, Rule rule) {
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    int before = cands.size();
    rule.apply(s, marks, cands);
    return show(s, cands.subList(before, cands.size()));
  }

  private interface Rule {
    void apply(SentenceTokens s, LexiconCandidates.Marks marks, List<Candidate> cands);
  }

  @Test
  void organisations_headsAndOfsRepeated_nameRunsOnToTheLastWord() {
    assertThat(added(sentence("Bank of Bank of Kesmark said"), rules::organisations))
        .containsExactly("ORGANIZATION:Bank of Bank of Kesmark", "ORGANIZATION:Bank of Kesmark");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a name this rule has just added starts at the word before "and": no second name over it
      "the Fish and Wildlife Service Agency said; ORGANIZATION:Fish and Wildlife Service|"
          + "ORGANIZATION:Wildlife Service Agency",
      "the Fish and Wildlife Service and Markets Authority met; ORGANIZATION:Fish and Wildlife"
          + " Service|ORGANIZATION:Markets Authority"})
  void organisations_nameAddedBeforeTheAnd_opensNoLongerName(String sentence, String names) {
    assertThat(added(sentence(sentence), rules::organisations)).isEqualTo(cells(names));
  }

  @Test
  void organisations_titleBeforeANameAfterTheOf_endsTheName() {
    assertThat(added(sentence("Bank of Kesmark Governor Lena Okafor said"),
        rules::organisations)).containsExactly("ORGANIZATION:Bank of Kesmark");
    assertThat(added(sentence("the Office of the President said"), rules::organisations))
        .containsExactly("ORGANIZATION:Office of the President");
  }

  @Test
  void organisations_possessiveAfterTheOf_endsTheNameAtItsOwner() {
    // the possessive stays outside the span (ModelCandidates cuts it off the candidate)
    assertThat(added(sentence("the Geological Society of London's Wollaston Medal went to her"),
        rules::organisations)).containsExactly("ORGANIZATION:Geological Society of London's");
    // after "and" the owner is another name, and the first name ends before the "and"
    assertThat(added(sentence("at the Kesmark Institute of Technology and Velmora's Propulsion"
        + " Laboratory said"), rules::organisations))
        .contains("ORGANIZATION:Kesmark Institute of Technology");
  }

  @Test
  void organisations_legalFormBeforeOf_endsTheNameButCoGoesOn() {
    assertThat(added(sentence("Acme Mining Inc. of Lisbon said so"), rules::organisations))
        .containsExactly("ORGANIZATION:Acme Mining Inc.");
    assertThat(added(sentence("Kesmark Ltd. of Lisbon said so"), rules::organisations))
        .containsExactly("ORGANIZATION:Kesmark Ltd.");
    // "Co." and "Company" go on with "of" as other heads do
    assertThat(added(sentence("Standard Mill Co. of Ohio said so"), rules::organisations))
        .containsExactly("ORGANIZATION:Standard Mill Co. of Ohio");
  }

  @Test
  void organisations_wordOfTimeOrTenureOpeningTheSentence_staysOutside() {
    assertThat(added(sentence("Former Brenmoor University player Tom Hale was charged"),
        rules::organisations)).containsExactly("ORGANIZATION:Brenmoor University");
    assertThat(added(sentence("Yesterday Norvale Devices Inc. said so"), rules::organisations))
        .containsExactly("ORGANIZATION:Norvale Devices Inc.");
    assertThat(added(sentence("Interim Kelvin Transit Police Chief Ed Alvarez spoke"),
        rules::organisations)).containsExactly("ORGANIZATION:Kelvin Transit Police");
  }

  @Test
  void organisations_tradeOpeningTheSentence_staysOutside() {
    assertThat(added(sentence("Rival Kesmark Mining Company said so"), rules::organisations))
        .containsExactly("ORGANIZATION:Kesmark Mining Company");
    assertThat(added(sentence("the Rival Mining Company said so"), rules::organisations))
        .containsExactly("ORGANIZATION:Rival Mining Company");
  }

  @Test
  void organisations_exchange_isAnOrganisationsHead() {
    assertThat(added(sentence("shares fell on the Kesmark Stock Exchange on Monday"),
        rules::organisations)).containsExactly("ORGANIZATION:Kesmark Stock Exchange");
  }

  @Test
  void organisations_ownerFirstInTheSentence_staysOutside() {
    assertThat(added(sentence("Their Kesmark Mining Company said so"), rules::organisations))
        .containsExactly("ORGANIZATION:Kesmark Mining Company");
  }

  @Test
  void organisations_namesAroundAHeadNoun_areOrganisations() {
    SentenceTokens s = sentence("the World Health Organization and the Organization of Petroleum"
        + " Exporting Countries met the Conservative Party of Canada MP");

    assertThat(added(s, rules::organisations)).containsExactly(
        "ORGANIZATION:World Health Organization",
        "ORGANIZATION:Organization of Petroleum Exporting Countries",
        "ORGANIZATION:Conservative Party of Canada");
  }

  @Test
  void organisations_ownerBeforeAPossessive_isANameOfItsOwn() {
    // an organisation's possessive ends its name and starts no other's; a plural common noun's
    // is a word of the name
    SentenceTokens s = sentence("Kestrel University's Lindqvist School and the Okafor Workers'"
        + " Union met");

    assertThat(added(s, rules::organisations)).containsExactly(
        "ORGANIZATION:Kestrel University's", "ORGANIZATION:Lindqvist School",
        "ORGANIZATION:Okafor Workers' Union");
  }

  @Test
  void organisations_administrationNeedsTwoWordsBeforeIt() {
    SentenceTokens s = sentence("the Bush Administration and the Federal Aviation Administration");

    assertThat(added(s, rules::organisations))
        .containsExactly("ORGANIZATION:Federal Aviation Administration");
  }

  @Test
  void prefixedOrganisations_countryBeforeAnOrganisation_joinsItButNotAsAnAdjective() {
    SentenceTokens joined = sentence("the U.S. Senate voted");
    List<Candidate> cands = new ArrayList<>(List.of(
        new Candidate(1, 2, EntityType.COUNTRY, "United States", "US", false,
            Candidate.PRIO_GAZETTEER),
        new Candidate(2, 3, EntityType.ORGANIZATION, null, null, false, Candidate.PRIO_MODEL)));
    GuidelineRules.prefixedOrganisations(joined.words(), cands);
    assertThat(show(joined, cands)).endsWith("ORGANIZATION:U.S. Senate");

    SentenceTokens adjective = sentence("Singapore-based DBS Group");
    List<Candidate> apart = new ArrayList<>(List.of(
        new Candidate(0, 1, EntityType.COUNTRY, "Singapore", "SG", false,
            Candidate.PRIO_GAZETTEER, 9),
        new Candidate(1, 3, EntityType.ORGANIZATION, null, null, false, Candidate.PRIO_MODEL)));
    GuidelineRules.prefixedOrganisations(adjective.words(), apart);
    assertThat(apart).hasSize(2);
  }

  /** The candidates {@link GuidelineRules#organisations} adds after the given places. */
  private static List<String> organisationsAfter(SentenceTokens s, Candidate... places) {
    LexiconCandidates.Marks marks = lexicon.match(s, new ArrayList<>());
    List<Candidate> cands = new ArrayList<>(List.of(places));
    rules.organisations(s, marks, cands);
    return show(s, cands.subList(places.length, cands.size()));
  }

  private static Candidate place(int a, int b) {
    return new Candidate(a, b, EntityType.LOCATION, null, null, false, Candidate.PRIO_GAZETTEER);
  }

  @Test
  void organisations_placeEndingBeforeTheHead_startsTheNameAtItsLongestReading() {
    // "Elm and Oak Vale" and "Oak Vale" both end before "Rowing": the name starts where the
    // longer one does, whichever comes first among the candidates, at the sentence's start too
    SentenceTokens first = sentence("Elm and Oak Vale Rowing Association said");
    SentenceTokens later = sentence("the Elm and Oak Vale Rowing Association said");

    assertThat(organisationsAfter(first, place(0, 4), place(2, 4)))
        .containsExactly("ORGANIZATION:Elm and Oak Vale Rowing Association");
    assertThat(organisationsAfter(later, place(3, 4), place(1, 5)))
        .containsExactly("ORGANIZATION:Elm and Oak Vale Rowing Association");
  }

  @Test
  void organisations_placeEndingAtTheHead_isNotTakenIn() {
    // a place named like an organisation ("Elm and Oak Bank", a sandbank): the rule reads only
    // places that end before the head, so it stops at "and" as usual and the longer place wins
    SentenceTokens s = sentence("the Elm and Oak Bank said");

    assertThat(organisationsAfter(s, place(1, 5))).containsExactly("ORGANIZATION:Oak Bank");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a demonym before a bare head is an adjective; before a longer name it is part of it
      "the Israeli Army said;",
      "the Australian Labor Party won; ORGANIZATION:Australian Labor Party",
      "Singapore-based Technology Group said; ORGANIZATION:Technology Group",
      // a short first word of the sentence is no part of the name
      "But Security Council members met; ORGANIZATION:Security Council",
      "Kenya Wildlife Service rangers; ORGANIZATION:Kenya Wildlife Service",
      "the Liberal Party of Canada and Canadian Alliance; ORGANIZATION:Liberal Party of Canada",
      "the Charity Commission for England and Wales said;"
          + " ORGANIZATION:Charity Commission for England and Wales",
      "the Committee on Foreign Relations said; ORGANIZATION:Committee on Foreign Relations",
      "the Council of the European Union said;"
          + " ORGANIZATION:Council of the European Union|ORGANIZATION:European Union",
      "the Trade Commission on Monday said; ORGANIZATION:Trade Commission",
      "the Office for Democratic Institutions and Human Rights said;"
          + " ORGANIZATION:Office for Democratic Institutions and Human Rights",
      "the Union of Writers & Artists said; ORGANIZATION:Union of Writers & Artists",
      "the Party of Growth and Democratic Union said;"
          + " ORGANIZATION:Party of Growth|ORGANIZATION:Democratic Union",
      "the Green Party leader said; ORGANIZATION:Green Party",
      "Australian Labor Party ’s leader spoke; ORGANIZATION:Australian Labor Party",
      // a role word after the place of a name's "of" is no part of it; right after "of" it is
      "the Conservative Party of Canada MP said; ORGANIZATION:Conservative Party of Canada",
      "the Council of Leaders said; ORGANIZATION:Council of Leaders",
      "the Bank of England Governor said; ORGANIZATION:Bank of England Governor",
      "the Bank of;",
      "Prime Minister Party;",
      // a place whose last words start the name is part of it, "and" included
      "the Bosnia and Herzegovina Football Federation said;"
          + " ORGANIZATION:Bosnia and Herzegovina Football Federation",
      "the Trinidad and Tobago Football Association said;"
          + " ORGANIZATION:Trinidad and Tobago Football Association",
      "the Newfoundland and Labrador Court of Appeal ruled;"
          + " ORGANIZATION:Newfoundland and Labrador Court of Appeal",
      // a person's name before a head is no place: it stays where the capitals start
      "the Greta Okafor Foundation said; ORGANIZATION:Greta Okafor Foundation",
      // the place first in the sentence
      "Newfoundland and Labrador Court of Appeal ruled;"
          + " ORGANIZATION:Newfoundland and Labrador Court of Appeal",
      // a possessive two words before keeps the demonym out, even first in the sentence
      "’s Australian Science Party won; ORGANIZATION:Science Party",
      // a demonym before a place that starts the name is part of it
      "the Serbian Bosnia and Herzegovina Football Federation said;"
          + " ORGANIZATION:Serbian Bosnia and Herzegovina Football Federation",
      // after "of": "and" or "of" joins only capitalised words, "of" never a second name
      "the Union of Writers and; ORGANIZATION:Union of Writers",
      "the Union of Writers and Artists; ORGANIZATION:Union of Writers and Artists",
      "the Union of Writers and of Artists said; ORGANIZATION:Union of Writers",
      "the Union of Writers in Paris said; ORGANIZATION:Union of Writers",
      "the Institute of History of Science said; ORGANIZATION:Institute of History of Science",
      // after a place, "and" starts another name
      "the Liberal Party of Canada and Greta Okafor met; ORGANIZATION:Liberal Party of Canada",
      // companies' heads and legal forms, trusts, clubs and orchestras
      "Harvest Moon Records signed her; ORGANIZATION:Harvest Moon Records",
      "shares in Kordell Pharmaceuticals fell; ORGANIZATION:Kordell Pharmaceuticals",
      "the Hollowell Trust gave; ORGANIZATION:Hollowell Trust",
      // two heads: two candidates, and the resolver keeps the longer
      "the Okafor Philharmonic Orchestra played;"
          + " ORGANIZATION:Okafor Philharmonic|ORGANIZATION:Okafor Philharmonic Orchestra",
      "shares in Velkor SE rose; ORGANIZATION:Velkor SE",
      // a place's possessive before the name is its owner, no word of the name
      "Kenya's High Court ruled; ORGANIZATION:High Court",
      "Kenya's Okafor Medical Council ruled; ORGANIZATION:Okafor Medical Council",
      // and so is a person's before a name with words of its own; a possessive right before
      // the head, a saint's, a title's or a group's is a word of the name
      "Okafor's Nowak Council ruled; ORGANIZATION:Nowak Council",
      "Okafor's Liberal Democratic Party lost; ORGANIZATION:Liberal Democratic Party",
      "Okafor's Corporation said; ORGANIZATION:Okafor's Corporation",
      "Greta Okafor's Congress won;", // a bare head is left to the model
      "at St. Okafor's Nowak College; ORGANIZATION:St. Okafor's Nowak College",
      "at King's Nowak College; ORGANIZATION:King's Nowak College",
      "the Farmers' Nowak Union met; ORGANIZATION:Farmers' Nowak Union",
      // a place's possessive before a bare head, first in the sentence: no name of its own
      "Kenya's Parliament voted;",
      "Ontario's Parliament voted;",
      "Nairobi's Council met;",
      // a listed company's possessive is a word of the name, first in the sentence too
      "Moody's Investors Service said; ORGANIZATION:Moody's Investors Service",
      "the Moody's Investors Service report; ORGANIZATION:Moody's Investors Service",
      // after an article, a capitalised word and "and" open the name; not a place, a demonym,
      // a possessive, or without the article
      "the Competition and Markets Authority said; ORGANIZATION:Competition and Markets Authority",
      "Competition and Markets Authority said; ORGANIZATION:Competition and Markets Authority",
      "the Kenya and Markets Authority met; ORGANIZATION:Markets Authority",
      "the Kenyan and Markets Authority met; ORGANIZATION:Markets Authority",
      "the Okafor's and Markets Authority met; ORGANIZATION:Markets Authority",
      "by Kesmark and Markets Authority staff; ORGANIZATION:Markets Authority",
      // a saint's possessive second in the sentence
      "Saint Okafor's Nowak College opened; ORGANIZATION:Saint Okafor's Nowak College",
      // a demonym first in the sentence before a name with words of its own
      "Australian Science Party won; ORGANIZATION:Australian Science Party",
  })
  void organisations_namesAroundAHead(String sentence, String names) {
    assertThat(added(sentence(sentence), rules::organisations)).isEqualTo(cells(names));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "the law firm Aluko & Oyebode said; ORGANIZATION:Aluko & Oyebode",
      "Marks & Spencer Group shares rose; ORGANIZATION:Marks & Spencer Group",
      "Okafor Lin & Nowak advised; ORGANIZATION:Okafor Lin & Nowak",
      // two full names, or a full name with a known given name: people, as authors are written
      "Okafor Lin & Nowak Berg wrote;",
      "Greta Okafor & Nowak wrote;",
      // two given names sign as a couple; a given name and a surname, or one name twice, is a
      // firm ("Simon & Schuster", "Johnson & Johnson")
      "thanks , Greta & Lena;",
      // before a common noun, two given names are a brand: its product
      "a Greta & Lena rifle was found; ORGANIZATION:Greta & Lena",
      "the Morgan & Ellis amplifier broke; ORGANIZATION:Morgan & Ellis",
      "Greta & Lena wrote/VERB to us;",
      "Greta & Nowak published it; ORGANIZATION:Greta & Nowak",
      "Johnson & Johnson said; ORGANIZATION:Johnson & Johnson",
      // a possessive owner and an article stay outside; a lowercase side joins nothing
      "Kenya ’s Okafor & Nowak grew; ORGANIZATION:Okafor & Nowak",
      "The Okafor & Nowak shop; ORGANIZATION:Okafor & Nowak",
      "Okafor & sons;",
      "& Nowak;",
      "thanks to Okafor &;",
      "he sang rock & Roll;",
      // a demonym or an attributive before the name stays outside
      "the Kenyan Okafor & Nowak firm; ORGANIZATION:Okafor & Nowak",
      "Lagos-based Aluko & Oyebode said; ORGANIZATION:Aluko & Oyebode",
      // a second ampersand joins a third name, only before a capital
      "Okafor & Holt & Nowak advised; ORGANIZATION:Okafor & Holt & Nowak",
      "Okafor & Holt & sons; ORGANIZATION:Okafor & Holt",
      "thanks to Okafor & Holt &; ORGANIZATION:Okafor & Holt",
      // a possessive ends a name, and the next ampersand starts another
      "Okafor & Nowak's Holt & Berg unit; ORGANIZATION:Okafor & Nowak's|ORGANIZATION:Holt & Berg",
      // a surname and a full name with a given name: people; surnames or a head: a firm
      "Okafor & Greta Nowak wrote;",
      "the Okafor & Nowak Berg report; ORGANIZATION:Okafor & Nowak Berg",
      "Okafor Lin & Nowak Berg Group said; ORGANIZATION:Okafor Lin & Nowak Berg Group",
      // a full name and a single word are people only as writers or with "who"; elsewhere a
      // firm named after its founders ("Stanley Black & Decker said it would cut jobs")
      "Greta Okafor & Nowak said it would cut jobs; ORGANIZATION:Greta Okafor & Nowak",
      "shares in Lena Holt & Berg fell; ORGANIZATION:Lena Holt & Berg",
      "Okafor & Greta Nowak reported higher profits; ORGANIZATION:Okafor & Greta Nowak",
      "Okafor & Greta Nowak wrote;",
      "Greta Okafor & Nowak , who met at school , argued;",
      "Greta Okafor & Nowak recalled the war;",
  })
  void ampersandNames_capitalisedNamesAroundAnAmpersand(String sentence, String names) {
    assertThat(added(sentence(sentence), rules::ampersandNames)).isEqualTo(cells(names));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The Unite union said; ORGANIZATION:Unite",
      "members of the Verdi union walked out; ORGANIZATION:Verdi",
      "the GMB union ’s members voted; ORGANIZATION:GMB",
      "a Teamsters union local struck; ORGANIZATION:Teamsters",
      // a demonym, a lower-case word, a place, a date or no article: no union's name
      "the British union said;",
      "workers joined a union;",
      "the customs union grew;",
      "Farm union leaders met;",
      "the Monday union meeting;",
  })
  void unionNames_capitalisedWordBeforeUnion(String sentence, String names) {
    assertThat(added(sentence(sentence), rules::unionNames)).isEqualTo(cells(names));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "fans at the Valdor Arena cheered; 3; 5; LOCATION:Valdor Arena",
      "near Ramstein Air Base today; 1; 4; LOCATION:Ramstein Air Base",
      "the Indian Oil Building burned; 1; 4; LOCATION:Indian Oil Building",
      "at the Kenyatta International Convention Centre said; 2; 6; LOCATION:Kenyatta"
          + " International Convention Centre",
      "the Mesa Civic Center opened; 1; 4; LOCATION:Mesa Civic Center",
      "at Valdor Field tonight; 1; 3; LOCATION:Valdor Field",
      "the Municipal Sports Arena of Loja hosted; 1; 6; LOCATION:Municipal Sports Arena of Loja",
      // a centre for something, a research centre, one word, a listed organisation: unchanged
      "the Korvath Research Center said; 1; 4; ORGANIZATION:Korvath Research Center",
      "the Valdor Center grew; 1; 3; ORGANIZATION:Valdor Center",
      "Arena said; 0; 1; ORGANIZATION:Arena",
      "fans at Arena said; 2; 3; ORGANIZATION:Arena",
      "the Civic Center opened; 1; 3; LOCATION:Civic Center",
  })
  void facilities_organisationNamedAsAFacility_isAPlace(String sentence, int a, int b,
      String expected) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> kept = new ArrayList<>(List.of(new Candidate(a, b,
        EntityType.ORGANIZATION, null, null, false, Candidate.PRIO_MODEL)));

    GuidelineRules.facilities(s.words(), kept);

    assertThat(show(s, kept)).containsExactly(expected);
  }

  @Test
  void facilities_listedOrganisation_keepsItsType() {
    SentenceTokens s = sentence("the Valdor Arena said");
    List<Candidate> kept = new ArrayList<>(List.of(new Candidate(1, 3,
        EntityType.ORGANIZATION, "Valdor Arena Group", null, false, Candidate.PRIO_GAZETTEER)));

    GuidelineRules.facilities(s.words(), kept);

    assertThat(kept.get(0).type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "the Okafor group withdrew; PERSON; ORGANIZATION:Okafor",
      "the Bergen cartel grew; LOCATION; ORGANIZATION:Bergen",
      "the Okafor militia fought; PERSON; ORGANIZATION:Okafor",
      // no "the" before it, a possessive, another word after it, or a country: unchanged
      "Okafor group withdrew; PERSON; PERSON:Okafor",
      "the Okafor ’s group withdrew; PERSON; PERSON:Okafor",
      "the Okafor groups withdrew; PERSON; PERSON:Okafor",
      "the Kenya group met; COUNTRY; COUNTRY:Kenya",
  })
  void groupNames_nameBeforeAGroupWord_isAnOrganisation(String sentence, EntityType type,
      String expected) {
    SentenceTokens s = sentence(sentence);
    String[] words = s.words();
    int end = words[2].equals("’s") ? 3 : 2;
    List<Candidate> kept = new ArrayList<>(List.of(new Candidate(1, 2, type, null,
        type == EntityType.COUNTRY ? "KE" : null, false, Candidate.PRIO_MODEL)));
    if (sentence.startsWith("Okafor")) {
      kept.set(0, new Candidate(0, 1, type, null, null, false, Candidate.PRIO_MODEL));
    }
    GuidelineRules.groupNames(words, kept);
    assertThat(show(s, kept)).isEqualTo(cells(expected));
  }

  @Test
  void groupNames_nameEndingTheSentence_keepsItsType() {
    SentenceTokens s = sentence("they met the Okafor");
    List<Candidate> kept = new ArrayList<>(List.of(
        new Candidate(3, 4, EntityType.PERSON, null, null, false, Candidate.PRIO_MODEL)));

    GuidelineRules.groupNames(s.words(), kept);

    assertThat(show(s, kept)).containsExactly("PERSON:Okafor");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "at the Universität Valdor today; 2; 4; LOCATION; 2; 4; ORGANIZATION:Universität Valdor",
      "the Ayuntamiento de Valdor said; 1; 4; LOCATION; 1; 4; ORGANIZATION:Ayuntamiento de"
          + " Valdor",
      "the Mouvement Réformateur won; 1; 3; PERSON; 1; 3; ORGANIZATION:Mouvement Réformateur",
      // a name right after the head takes it in: named after a person
      "the Fondation Amos Okafor paid; 2; 4; PERSON; 1; 4; ORGANIZATION:Fondation Amos Okafor",
      "at the Université Amos Okafor in; 3; 5; PERSON; 2; 5; ORGANIZATION:Université Amos"
          + " Okafor",
      // the head alone, a head English writes too, no head: unchanged
      "Banco said; 0; 1; PERSON; 0; 1; PERSON:Banco",
      "the Union Valdor said; 2; 3; LOCATION; 2; 3; LOCATION:Valdor",
      "the Valdor Institute said; 1; 3; LOCATION; 1; 3; LOCATION:Valdor Institute",
  })
  void foreignOrganisations_nameOpenedByAForeignHead_isAnOrganisation(String sentence, int a,
      int b, EntityType type, int expectedA, int expectedB, String expected) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> kept = new ArrayList<>(List.of(new Candidate(a, b, type, null, null, false,
        Candidate.PRIO_MODEL)));

    GuidelineRules.foreignOrganisations(s.words(), kept);

    assertThat(show(s, kept)).containsExactly(expected);
    assertThat(kept.get(0).a()).isEqualTo(expectedA);
    assertThat(kept.get(0).b()).isEqualTo(expectedB);
  }

  @Test
  void foreignOrganisations_listedNameOrHeadInsideTheNameBefore_keepsIt() {
    SentenceTokens s = sentence("Amos Banco Valdor said");
    // a listed name keeps its type; a head that ends the kept name before is not taken from it
    List<Candidate> listed = new ArrayList<>(List.of(new Candidate(1, 3,
        EntityType.LOCATION, "Banco Valdor", null, false, Candidate.PRIO_GAZETTEER)));
    List<Candidate> adjacent = new ArrayList<>(List.of(
        new Candidate(0, 2, EntityType.PERSON, null, null, false, Candidate.PRIO_MODEL),
        new Candidate(2, 3, EntityType.LOCATION, null, null, false, Candidate.PRIO_MODEL)));

    GuidelineRules.foreignOrganisations(s.words(), listed);
    GuidelineRules.foreignOrganisations(s.words(), adjacent);

    assertThat(show(s, listed)).containsExactly("LOCATION:Banco Valdor");
    assertThat(show(s, adjacent)).containsExactly("PERSON:Amos Banco", "LOCATION:Valdor");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "we ate at Ray 's Pizza today; 3; 4; PERSON; ORGANIZATION:Ray 's Pizza",
      "we ate at Ray's Pizza today; 3; 4; PERSON; ORGANIZATION:Ray's Pizza",
      "we went to Tony's Auto Body Repair today; 3; 4; PERSON; "
          + "ORGANIZATION:Tony's Auto Body Repair",
      "we met at Del Frisco's Grille today; 3; 5; LOCATION; ORGANIZATION:Del Frisco's Grille",
      "we ate at Britt's Bakery today; 0; 0; PERSON; ORGANIZATION:Britt's Bakery",
      "they met Ray 's Pizza today; 2; 3; PERSON; ORGANIZATION:Ray 's Pizza",
  })
  void namedShops_ownersPossessiveAndAKindOfBusiness_isAnOrganisationCandidate(String sentence,
      int a, int b, EntityType type, String expected) {
    SentenceTokens s = sentence(sentence);
    // a listed name starts a shop's name as a guessed one does ("Donald Trump's Grill")
    boolean listed = sentence.startsWith("they");
    Candidate given = b > a ? new Candidate(a, b, type, listed ? "Ray" : null, null, false,
        listed ? Candidate.PRIO_GAZETTEER : Candidate.PRIO_MODEL) : null;

    List<Candidate> added = StageFixtures.addedAfter(s, given, GuidelineRules::namedShops);

    assertThat(show(s, added)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Greta Okafor 's White House visit; 0; 2; PERSON", // no kind of business
      "Ray 's pizza was cold; 0; 1; PERSON", // the kind in lower case
      "Ray Pizza opened; 0; 1; PERSON", // no possessive
      "Ray 's Big New Shiny Pizza opened; 0; 1; PERSON", // too far
      "the Kremlin 's Pizza plan; 1; 2; ORGANIZATION", // another kind of name before it
      "they met America 's Grocery Store today; 2; 3; COUNTRY",
      "Britt's Bakery opened today; 0; 0; PERSON", // a capitalised first word says nothing
  })
  void namedShops_otherwise_addsNoCandidate(String sentence, int a, int b, EntityType type) {
    SentenceTokens s = sentence(sentence);
    Candidate given = b > a ? new Candidate(a, b, type,
        type == EntityType.COUNTRY ? "United States" : null,
        type == EntityType.COUNTRY ? "US" : null, false, Candidate.PRIO_MODEL) : null;

    assertThat(StageFixtures.addedAfter(s, given, GuidelineRules::namedShops)).isEmpty();
  }

}
