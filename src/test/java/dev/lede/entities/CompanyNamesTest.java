package dev.lede.entities;

import static dev.lede.entities.StageFixtures.mentions;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CompanyNamesTest {

  private static CompanyNames companies;

  @BeforeAll
  static void load() {
    companies = new CompanyNames(StageFixtures.features(), StageFixtures.gazetteer());
  }

  private static List<String> apply(String body, String... typed) {
    return show(body, companies.apply(body, mentions(body, typed)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Shares in Velmora rose 6 per cent.",
      "Analysts at Velmora expect a cut.",
      "It sold its stake in the Velmora group.",
      "Velmora shares fell 3 per cent on Monday.",
      "Velmora's shares rose after the report.",
      "Velmora's chief executive resigned.",
      "Velmora chief executive Ann Holm said.",
      "Velmora (NYSE: VLM) cut its forecast.",
      "Velmora (VLM.O) cut its forecast."})
  void apply_marketWordsAroundAPersonOrPlace_makeItACompany(String body) {
    assertThat(apply(body, "Velmora@PERSON")).containsExactly("ORGANIZATION:Velmora");
    assertThat(apply(body, "Velmora@LOCATION")).containsExactly("ORGANIZATION:Velmora");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Velmora shares his view.",
      "Velmora's shares in the bank rose.",
      "Shares in Velmora's company rose.",
      "Velmora said its shares rose.",
      "Velmora's chief of staff resigned."})
  void apply_noMarketWordsOfTheName_keepsItsType(String body) {
    assertThat(apply(body, "Velmora@PERSON")).containsExactly("PERSON:Velmora");
  }

  @Test
  void apply_companyReadAsAPerson_isTheCompanyEverywhereAndByEachEndWord() {
    String body = "Shares of Eli Lilly rose. Eli Lilly said that Lilly and Eli would grow.";

    assertThat(apply(body, "Eli Lilly@PERSON", "Eli Lilly@PERSON", "Lilly@PERSON",
        "Eli@PERSON"))
        .containsExactly("ORGANIZATION:Eli Lilly", "ORGANIZATION:Eli Lilly",
            "ORGANIZATION:Lilly", "ORGANIZATION:Eli");
  }

  @Test
  void apply_wordOfTheName_joinsTheFirstCompanyMentionAndTheNameJoinsByItsText() {
    String body = "Eli Lilly said. Shares of Eli Lilly rose. Lilly grew.";

    List<TypedMention> out = companies.apply(body, mentions(body, "Eli Lilly@PERSON",
        "Eli Lilly@PERSON", "Lilly@PERSON"));

    assertThat(out.get(0).canonical()).isNull();
    assertThat(out.get(1).canonical()).isNull();
    assertThat(out.get(2).canonical()).isEqualTo("=" + out.get(1).start());
  }

  @Test
  void apply_wordOfAnotherPersonsName_staysThatPerson() {
    String body = "Shares of Eli Lilly rose. Chief executive Ann Lilly said Lilly would go.";

    assertThat(apply(body, "Eli Lilly@PERSON", "Ann Lilly@PERSON", "Lilly@PERSON"))
        .containsExactly("ORGANIZATION:Eli Lilly", "PERSON:Ann Lilly", "PERSON:Lilly");
  }

  @Test
  void apply_oneWordAndABusinessForm_namesTheCompanyByTheWord() {
    String body = "Bloomsbury Publishing reported sales. Bloomsbury said. Tata Motors Ltd grew."
        + " Tata said.";

    assertThat(apply(body, "Bloomsbury Publishing@ORGANIZATION", "Bloomsbury@LOCATION",
        "Tata Motors Ltd@ORGANIZATION", "Tata@PERSON"))
        .containsExactly("ORGANIZATION:Bloomsbury Publishing", "ORGANIZATION:Bloomsbury",
            "ORGANIZATION:Tata Motors Ltd", "ORGANIZATION:Tata");
  }

  @Test
  void apply_shortWordOrTitleOfTheName_namesNoCompanyAlone() {
    String body = "Shares of SK Velmora rose. SK said. Shares of General Kant rose. General said.";

    assertThat(apply(body, "SK Velmora@PERSON", "SK@PERSON", "General Kant@PERSON",
        "General@PERSON"))
        .containsExactly("ORGANIZATION:SK Velmora", "PERSON:SK", "ORGANIZATION:General Kant",
            "PERSON:General");
  }

  @Test
  void apply_companyNamedAfterItsFounder_isNamedByTheSurnameReadAsAPerson() {
    String body = "Eli Lilly said. Lilly grew. Lilly Hall is near. George Washington University"
        + " said. Washington agreed, and so did Washington.";

    assertThat(apply(body, "Eli Lilly@ORGANIZATION", "Lilly@PERSON", "Lilly@LOCATION",
        "George Washington University@ORGANIZATION", "Washington@PERSON",
        "Washington@LOCATION"))
        .containsExactly("ORGANIZATION:Eli Lilly", "ORGANIZATION:Lilly", "LOCATION:Lilly",
            "ORGANIZATION:George Washington University", "PERSON:Washington",
            "LOCATION:Washington");
  }

  @Test
  void apply_nameThatSaidSomethingInItsReport_isACompanyEverywhere() {
    String review = "Harlow Brandt said in its weekly review that prices rose. Harlow Brandt"
        + " said exports fell.";
    String note = "Velmora said in its note to clients that the stock was cheap.";
    String person = "Harlow Brandt said in his weekly column that prices rose. Brandt said"
        + " in its defence the firm had no choice.";

    assertThat(apply(review, "Harlow Brandt@PERSON", "Harlow Brandt@PERSON"))
        .containsExactly("ORGANIZATION:Harlow Brandt", "ORGANIZATION:Harlow Brandt");
    assertThat(apply(note, "Velmora@PERSON")).containsExactly("ORGANIZATION:Velmora");
    // "his" is a person's; "in its defence" is an idiom a person speaks too
    assertThat(apply(person, "Harlow Brandt@PERSON", "Brandt@PERSON"))
        .containsExactly("PERSON:Harlow Brandt", "PERSON:Brandt");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Brennholt bought a rival.; true",
      "Brennholt has acquired Velmora.; true",
      "Brennholt merged with Velmora.; true",
      "Brennholt was listed in Frankfurt.; true",
      "Brennholt cut 300 jobs.; true",
      "Brennholt slashed about 1,200 more jobs.; true",
      "Brennholt reported a record profit.; true",
      "Brennholt posted higher quarterly earnings.; true",
      // a person's own dealings, and what people do
      "Brennholt sold his house.; false",
      "Brennholt bought herself a car.; false",
      "Brennholt said he was proud.; false",
      "Brennholt cut the ribbon.; false",
      "Brennholt listed his reasons.; false",
  })
  void deedAfter_companysDeedAfterTheName(String body, boolean deed) {
    assertThat(CompanyNames.deedAfter(body, "Brennholt".length())).isEqualTo(deed);
  }

  @Test
  void apply_twoWordOrganisationNotAFoundersName_namesNothingByItsLastWord() {
    // no given name first, or a head of organisation last
    String body = "Velmora Holm said. Holm grew. Mary College said. College grew.";

    assertThat(apply(body, "Velmora Holm@ORGANIZATION", "Holm@PERSON",
        "Mary College@ORGANIZATION", "College@PERSON"))
        .containsExactly("ORGANIZATION:Velmora Holm", "PERSON:Holm",
            "ORGANIZATION:Mary College", "PERSON:College");
  }

  @Test
  void apply_legalFormAfterAnOrganisation_isPartOfItsName() {
    String body = "Kesmark AG said so. Velmora plc, Arlith Inc. said and Holm Ltd. Holm Co rose."
        + " Ann Holm AG left. Kesmark AGM met. Oslo Ltd said.\n\nIt sold Velmora Ltd.\n\nIt sold"
        + " Arlith Inc.";

    assertThat(apply(body, "Kesmark@ORGANIZATION", "Velmora@ORGANIZATION",
        "Arlith@ORGANIZATION", "Holm@ORGANIZATION", "Holm@ORGANIZATION", "Ann Holm@PERSON",
        "Kesmark@ORGANIZATION", "Oslo@LOCATION", "Velmora Ltd.@ORGANIZATION",
        "Arlith Inc.@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Kesmark AG", "ORGANIZATION:Velmora plc",
            "ORGANIZATION:Arlith Inc.", "ORGANIZATION:Holm Ltd", "ORGANIZATION:Holm Co",
            "PERSON:Ann Holm", "ORGANIZATION:Kesmark", "LOCATION:Oslo",
            "ORGANIZATION:Velmora Ltd", "ORGANIZATION:Arlith Inc");
    // a mention of its own is no legal form
    assertThat(apply("Kesmark SE said.", "Kesmark@ORGANIZATION", "SE@LOCATION"))
        .containsExactly("ORGANIZATION:Kesmark", "LOCATION:SE");
  }

  @Test
  void apply_legalFormAfterACommaOrTakenForAMention_joinsTheOrganisation() {
    String body = "Arlith, Inc. of Ohio said, for Kesmark Systems, Inc.: no. Velmora Holdings, LLC"
        + " and Holm, Ltd. rose. Acme Co-founder Ann Holm left.";

    assertThat(apply(body, "Arlith@ORGANIZATION", "Kesmark Systems@ORGANIZATION",
        "Velmora Holdings@ORGANIZATION", "LLC@ORGANIZATION", "Holm@ORGANIZATION",
        "Acme@ORGANIZATION", "Ann Holm@PERSON"))
        .containsExactly("ORGANIZATION:Arlith, Inc.", "ORGANIZATION:Kesmark Systems, Inc.",
            "ORGANIZATION:Velmora Holdings, LLC", "ORGANIZATION:Holm, Ltd.",
            "ORGANIZATION:Acme", "PERSON:Ann Holm");
    // a legal form alone names no one, whatever the tagger typed it
    assertThat(apply("Then Ltd. said no.", "Ltd.@PERSON")).isEmpty();
  }

  @Test
  void apply_placeAfterAPrepositionOfPlace_staysThePlace() {
    String body = "Bloomsbury Publishing grew. Its offices in Bloomsbury are full.";

    assertThat(apply(body, "Bloomsbury Publishing@ORGANIZATION", "Bloomsbury@LOCATION"))
        .containsExactly("ORGANIZATION:Bloomsbury Publishing", "LOCATION:Bloomsbury");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Kestrin Ltd shares rose. Ridgeway gained on the sale of its interest in Kestrin.",
      "Kestrin Ltd said so. Ridgeway holds a 20 pct stake in Kestrin now.",
      "Kestrin Ltd grew. The fund has invested in Kestrin since 1984.",
      "Kestrin Ltd grew. Its holding in Kestrin is worth 40 mln dlrs."})
  void apply_companyInWhichOneHoldsOrInvests_isTheCompanyNotAPlace(String body) {
    assertThat(apply(body, "Kestrin Ltd@ORGANIZATION", "Kestrin@LOCATION"))
        .containsExactly("ORGANIZATION:Kestrin Ltd", "ORGANIZATION:Kestrin");
  }

  @Test
  void apply_companyInWhichOneHolds_isTheCompanyAlsoBeforeItsFullName() {
    String body = "Ridgeway gained on the sale of its interest in Kestrin. Kestrin Ltd shares rose.";

    assertThat(apply(body, "Kestrin@LOCATION", "Kestrin Ltd@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Kestrin", "ORGANIZATION:Kestrin Ltd");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a company's name of two words without its legal form or its business and bank words,
      // read as a place no list knows, also after a preposition
      "Velmora Harbour Enterprises Inc. bought chips. It said Velmora Harbour will resell them."
          + "; Velmora Harbour Enterprises Inc.; Velmora Harbour",
      "Ostrand Pont Co stock rose. The fund held 2 pct of Ostrand Pont's stock."
          + "; Ostrand Pont Co; Ostrand Pont",
      "It sold its stake in Kelvin Coasts Corp. It had invested in Kelvin Coasts in 1985."
          + "; Kelvin Coasts Corp; Kelvin Coasts",
      "First Kelmar Bancorp would gain. Its chairman said First Kelmar raised its ratio."
          + "; First Kelmar Bancorp; First Kelmar",
  })
  void apply_companysNameWithoutItsFormReadAsAnUnlistedPlace_isTheCompany(String body,
      String full, String stem) {
    assertThat(apply(body, full + "@ORGANIZATION", stem + "@LOCATION"))
        .containsExactly("ORGANIZATION:" + full, "ORGANIZATION:" + stem);
  }

  @Test
  void apply_listedPlaceThatIsACompanysNameWithoutItsForm_staysThePlaceAfterAPreposition() {
    String body = "New York Holdings Inc grew. Its staff in New York voted.";

    assertThat(apply(body, "New York Holdings Inc@ORGANIZATION", "New York@LOCATION"))
        .containsExactly("ORGANIZATION:New York Holdings Inc", "LOCATION:New York");
  }

  @Test
  void apply_townInWhichOneLives_staysThePlace() {
    String body = "Kestrin Corp grew. Its staff in Kestrin voted; its interest rates in Kestrin fell.";

    assertThat(apply(body, "Kestrin Corp@ORGANIZATION", "Kestrin@LOCATION", "Kestrin@LOCATION"))
        .containsExactly("ORGANIZATION:Kestrin Corp", "LOCATION:Kestrin", "LOCATION:Kestrin");
  }

  @Test
  void apply_nameWithMoreThanABusinessForm_isNoShortName() {
    String body = "Kesmark Water Works said. Kesmark flooded.";

    assertThat(apply(body, "Kesmark Water Works@ORGANIZATION", "Kesmark@LOCATION"))
        .containsExactly("ORGANIZATION:Kesmark Water Works", "LOCATION:Kesmark");
  }

  @Test
  void apply_personsNameEndingInABusinessForm_isAFirm() {
    String body = "Warner Bros. said it would film.";

    assertThat(apply(body, "Warner Bros.@PERSON")).containsExactly("ORGANIZATION:Warner Bros.");
  }

  @Test
  void apply_listedPlaceWithMarketWords_staysThePlace() {
    String body = "Shares in Frankfurt fell. Frankfurt shares rose.";

    assertThat(apply(body, "Frankfurt@LOCATION", "Frankfurt@LOCATION"))
        .containsExactly("LOCATION:Frankfurt", "LOCATION:Frankfurt");
  }

  @Test
  void apply_listedTownWithMarketWordsOpeningACompanysName_isThatCompany() {
    String body = "Wrexham Foods cut jobs. Shares in Wrexham fell and Wrexham managers met"
        + " staff at a plant in Wrexham.";
    String bigCity = "Frankfurt Bourse Group said so. Shares in Frankfurt fell.";

    // a town has no stock market of its own: with the company's name in the text, the
    // company, also where no market word stands; a place where a place stands; a big city
    // has its market
    assertThat(apply(body, "Wrexham Foods@ORGANIZATION", "Wrexham@LOCATION",
        "Wrexham@LOCATION", "Wrexham@LOCATION")).containsExactly(
            "ORGANIZATION:Wrexham Foods", "ORGANIZATION:Wrexham", "ORGANIZATION:Wrexham",
            "LOCATION:Wrexham");
    assertThat(apply(bigCity, "Frankfurt Bourse Group@ORGANIZATION", "Frankfurt@LOCATION"))
        .containsExactly("ORGANIZATION:Frankfurt Bourse Group", "LOCATION:Frankfurt");
  }

  @Test
  void apply_countryOrUsState_isNeverACompany() {
    String body = "Shares in Georgia rose. Shares in Chile rose.";
    List<TypedMention> found = List.of(
        new TypedMention(10, 17, EntityType.LOCATION, "Georgia", null, true),
        new TypedMention(34, 39, EntityType.COUNTRY, "Chile", "CL", false));

    assertThat(show(body, companies.apply(body, found)))
        .containsExactly("LOCATION:Georgia", "COUNTRY:Chile");
  }

  @Test
  void apply_noCompanies_returnsTheMentionsUnchanged() {
    String body = "Ann Lilly visited Bergen.";
    List<TypedMention> found = mentions(body, "Ann Lilly@PERSON", "Bergen@LOCATION");

    assertThat(companies.apply(body, found)).isSameAs(found);
  }

  @Test
  void apply_firstWordOfACompanyNamedWithItsLegalForm_namesItWhereNoSentenceFoundIt() {
    assertThat(apply("Lantern Corp said it would grow. Analysts expect Lantern to grow.",
        "Lantern Corp@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Lantern Corp", "ORGANIZATION:Lantern");
  }

  @Test
  void apply_firstWordOfACompanyInsideALongerName_namesNothingThere() {
    // the name goes on as the company's does, or a capitalised word stands before it
    assertThat(apply("Tarrant and Pool's Corp said it would rate the bonds. Tarrant and Pool's"
        + " cut its rating.", "Tarrant and Pool's Corp@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Tarrant and Pool's Corp");
    assertThat(apply("Lantern Inc said sales rose.\nAM Lantern said orders were strong.",
        "Lantern Inc@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Lantern Inc");
  }
  @Test
  void apply_companyNamedAfterInitialsAndAName_isNamedByTheWordAfterTheInitials() {
    assertThat(apply("Tessin Holdings bought K P Varden Associates Ltd of Oslo last week."
        + " Varden is a database company. Analysts said Varden would grow.",
        "Tessin Holdings@ORGANIZATION", "K P Varden Associates Ltd@ORGANIZATION",
        "Oslo@LOCATION"))
        .containsExactly("ORGANIZATION:Tessin Holdings",
            "ORGANIZATION:K P Varden Associates Ltd", "LOCATION:Oslo", "ORGANIZATION:Varden",
            "ORGANIZATION:Varden");
    assertThat(apply("It hired A.C. Brennholt and Co last year. Brennholt said fees rose.",
        "A.C. Brennholt and Co@ORGANIZATION"))
        .containsExactly("ORGANIZATION:A.C. Brennholt and Co", "ORGANIZATION:Brennholt");
  }

  @Test
  void apply_firstWordOfACompanyOpeningASentenceBeforeAnApposition_namesIt() {
    assertThat(apply("Novarin Inc said it got an offer.\nNovarin, a mining company, said it"
        + " would reply.", "Novarin Inc@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Novarin Inc", "ORGANIZATION:Novarin");
    // a comma and no apposition: the sentence's first word may be a common one
    assertThat(apply("Lantern Corp said it would grow.\nLantern, he said, was dim.",
        "Lantern Corp@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Lantern Corp");
  }
  @Test
  void apply_companysNameWithoutItsFormWhereNoSentenceFoundIt_namesIt() {
    assertThat(apply("Varden Marlow Holdings Ltd said profits rose. Tessin now holds five pct of"
        + " Varden Marlow's shares, and analysts said Varden Marlow would grow.",
        "Varden Marlow Holdings Ltd@ORGANIZATION", "Tessin@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Varden Marlow Holdings Ltd", "ORGANIZATION:Tessin",
            "ORGANIZATION:Varden Marlow", "ORGANIZATION:Varden Marlow");
    // inside a longer name, or where the text also writes it in lower case
    assertThat(apply("Brisk Pellar Corp grew. The Brisk Pellar Group Inc unit said brisk"
        + " pellar sales rose.", "Brisk Pellar Corp@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Brisk Pellar Corp");
  }

  @Test
  void apply_firstTwoWordsOfACompanyNamedWithItsLegalForm_nameItWhereNoSentenceFoundThem() {
    assertThat(apply("Hollin Gold Mines Inc said it sold a mine. Tessin said it granted Hollin"
        + " Gold options to buy two mln shares.", "Hollin Gold Mines Inc@ORGANIZATION",
        "Tessin@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Hollin Gold Mines Inc", "ORGANIZATION:Tessin",
            "ORGANIZATION:Hollin Gold");
    assertThat(apply("Tarvik Express Hotels Inc said sales rose. Funds bought 90,000 Tarvik"
        + " Express common shares, and Tarvik Express Hotels Inc said it welcomed them.",
        "Tarvik Express Hotels Inc@ORGANIZATION", "Tarvik Express Hotels Inc@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Tarvik Express Hotels Inc", "ORGANIZATION:Tarvik Express",
            "ORGANIZATION:Tarvik Express Hotels Inc");
  }

  @Test
  void apply_firstTwoWordsThatAreAListedPlaceOrOpenTwoCompanies_nameNoCompany() {
    assertThat(apply("New York Harbor Pilots Inc said fees rose. Trade in New York grew.",
        "New York Harbor Pilots Inc@ORGANIZATION"))
        .containsExactly("ORGANIZATION:New York Harbor Pilots Inc");
    assertThat(apply("Tarvik Express Hotels Inc and Tarvik Express Cruises Ltd said sales rose."
        + " Funds bought Tarvik Express common shares.", "Tarvik Express Hotels Inc@ORGANIZATION",
        "Tarvik Express Cruises Ltd@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Tarvik Express Hotels Inc",
            "ORGANIZATION:Tarvik Express Cruises Ltd");
  }
}
