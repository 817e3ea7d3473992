package dev.lede.entities;

import static dev.lede.entities.StageFixtures.show;
import static dev.lede.entities.StageFixtures.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentPass} on one word of a longer name written alone: a word of a person's name
 * where a place stands, and the first word or the head word of an organisation's name.
 */
final class DocumentPassNameWordsTest {

  private static DocumentPass pass;

  @BeforeAll
  static void load() {
    pass = new DocumentPass(StageFixtures.features(), StageFixtures.gazetteer());
  }

  private static TypedMention model(String body, String text, int from, EntityType type) {
    int start = body.indexOf(text, from);
    return new TypedMention(start, start + text.length(), type, null, null, false);
  }

  private static List<String> apply(String body, TypedMention... found) {
    return show(body, pass.apply(body, List.of(found), tokens(body)));
  }

  private static TypedMention at(String body, String text, int from, EntityType type,
      String canonical, String code) {
    int start = body.indexOf(text, from);
    return new TypedMention(start, start + text.length(), type, canonical, code, false);
  }

  @Test
  void apply_oneWordPersonAfterATitle_namesThatPersonWhereNoSentenceFoundIt() {
    String body = "President Okafor spoke . Voters handed Okafor a defeat . Okafor tweeted .";
    String other = "Gov. Bevin lost . Then Bevin conceded , aides to Bevin said .";

    assertThat(apply(body, model(body, "Okafor", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Okafor", "PERSON:Okafor", "PERSON:Okafor");
    assertThat(apply(other, model(other, "Bevin", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Bevin", "PERSON:Bevin", "PERSON:Bevin");
  }

  @Test
  void apply_wordOfAPersonsNameAfterAVerbOfAimingAndAt_isThePerson() {
    // "at" after firing, looking or pointing names a target, not where something is
    String fired = "Dara Mwenda ran . Officers kept firing at Mwenda .";
    String looked = "Dara Mwenda ran . The officer looked at Mwenda twice .";
    String rest = "Dara Mwenda ran . Shops at Mwenda closed .";

    assertThat(apply(fired, model(fired, "Dara Mwenda", 0, EntityType.PERSON),
        model(fired, "Mwenda", 20, EntityType.LOCATION)))
        .containsExactly("PERSON:Dara Mwenda", "PERSON:Mwenda");
    assertThat(apply(looked, model(looked, "Dara Mwenda", 0, EntityType.PERSON),
        model(looked, "Mwenda", 20, EntityType.LOCATION)))
        .containsExactly("PERSON:Dara Mwenda", "PERSON:Mwenda");
    assertThat(apply(rest, model(rest, "Dara Mwenda", 0, EntityType.PERSON),
        model(rest, "Mwenda", 20, EntityType.LOCATION)))
        .containsExactly("PERSON:Dara Mwenda", "LOCATION:Mwenda");
  }

  @Test
  void apply_surnameFoundByThePassRightAfterAGivenName_joinsIt() {
    // the model cut "Read" (a common word) off "Rory Read"; "Mr. Read" vouches for it
    String body = "Rory Read runs the firm . Mr. Read said so .";
    String apart = "Tell Rory . Read the memo , Mr. Read said .";

    assertThat(apply(body, model(body, "Rory", 0, EntityType.PERSON),
        model(body, "Read", 20, EntityType.PERSON)))
        .containsExactly("PERSON:Rory Read", "PERSON:Read");
    assertThat(apply(apart, model(apart, "Rory", 0, EntityType.PERSON),
        model(apart, "Read", 20, EntityType.PERSON)))
        .containsExactly("PERSON:Rory", "PERSON:Read", "PERSON:Read");
  }

  @Test
  void apply_oneWordPersonWithoutATitleOrWrittenInLowerCase_namesNoOtherWord() {
    String untitled = "Okafor spoke . Voters handed Okafor a defeat .";
    String common = "President Hope spoke . Hope is fading , and hope is all we have .";

    assertThat(apply(untitled, model(untitled, "Okafor", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Okafor");
    assertThat(apply(common, model(common, "Hope", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Hope");
  }

  @Test
  void apply_countryWhereAPlaceStands_staysTheCountryBesideAPersonOfThatName() {
    String body = "Malik Jordan visited Amman, Jordan . He flew to Jordan again and stayed in"
        + " Jordan . Jordan said he spoke to Jordan .";
    List<TypedMention> found = new ArrayList<>();
    found.add(model(body, "Malik Jordan", 0, EntityType.PERSON));
    found.add(at(body, "Amman", 0, EntityType.LOCATION, "Amman", null));
    for (int at = body.indexOf("Jordan", 13); at >= 0; at = body.indexOf("Jordan", at + 1)) {
      found.add(new TypedMention(at, at + 6, EntityType.COUNTRY, "Jordan", "JO", false));
    }

    // after a city and a comma, "to" and "in": the country; as a subject and after "spoke to"
    // a surname of the person
    assertThat(apply(body, found.toArray(TypedMention[]::new))).containsExactly(
        "PERSON:Malik Jordan", "LOCATION:Amman", "COUNTRY:Jordan", "COUNTRY:Jordan",
        "COUNTRY:Jordan", "PERSON:Jordan", "PERSON:Jordan");
  }

  @Test
  void apply_countryVisitedOrRuled_staysTheCountryBesideAPersonOfThatName() {
    String body = "Dana Jordan visited Jordan . Queen Noor of Jordan toured Jordan . Jordan"
        + " visits often . He met a friend of Jordan .";
    List<TypedMention> found = new ArrayList<>();
    found.add(model(body, "Dana Jordan", 0, EntityType.PERSON));
    found.add(model(body, "Noor", 0, EntityType.PERSON));
    for (int at = body.indexOf("Jordan", 12); at >= 0; at = body.indexOf("Jordan", at + 1)) {
      found.add(new TypedMention(at, at + 6, EntityType.COUNTRY, "Jordan", "JO", false));
    }
    found.sort(Comparator.comparingInt(TypedMention::start));

    // after "visited", "toured" and a person's "of": the country; as a subject, and after "of"
    // that follows no person, a surname of the person
    assertThat(apply(body, found.toArray(TypedMention[]::new))).containsExactly(
        "PERSON:Dana Jordan", "COUNTRY:Jordan", "PERSON:Noor", "COUNTRY:Jordan",
        "COUNTRY:Jordan", "PERSON:Jordan", "PERSON:Jordan");
  }

  @Test
  void apply_visitedWhereAPersonIsKept_isThePersonOfThatName() {
    String body = "Dana Jordan fell at home . Her coach visited Jordan in hospital and a friend"
        + " visited Jordan at her house . Aides visited Jordan , who is recovering . The envoy"
        + " visited Jordan in May and toured Jordan at the invitation of its king .";
    List<TypedMention> found = new ArrayList<>();
    found.add(model(body, "Dana Jordan", 0, EntityType.PERSON));
    for (int at = body.indexOf("Jordan", 12); at >= 0; at = body.indexOf("Jordan", at + 1)) {
      found.add(new TypedMention(at, at + 6, EntityType.COUNTRY, "Jordan", "JO", false));
    }

    // visited in a hospital, at a house, or followed by "who": the person; visited in a month
    // or at an invitation: still the country
    assertThat(apply(body, found.toArray(TypedMention[]::new))).containsExactly(
        "PERSON:Dana Jordan", "PERSON:Jordan", "PERSON:Jordan", "PERSON:Jordan",
        "COUNTRY:Jordan", "COUNTRY:Jordan");
  }

  @Test
  void apply_countryAfterAStatesNounAndOf_staysTheCountryBesideAPersonOfThatName() {
    String body = "Dana Jordan fell . The king of Jordan wrote and the Government of Jordan"
        + " agreed , as did the capital of Jordan . A friend of Jordan and the coach of Jordan"
        + " came .";
    List<TypedMention> found = new ArrayList<>();
    found.add(model(body, "Dana Jordan", 0, EntityType.PERSON));
    for (int at = body.indexOf("Jordan", 12); at >= 0; at = body.indexOf("Jordan", at + 1)) {
      found.add(new TypedMention(at, at + 6, EntityType.COUNTRY, "Jordan", "JO", false));
    }

    // a state's ruler, government or capital: the country; a friend or a coach: the person
    assertThat(apply(body, found.toArray(TypedMention[]::new))).containsExactly(
        "PERSON:Dana Jordan", "COUNTRY:Jordan", "COUNTRY:Jordan", "COUNTRY:Jordan",
        "PERSON:Jordan", "PERSON:Jordan");
  }

  @Test
  void apply_placeWhereAPlaceStands_staysThePlaceBesideAPersonOfThatName() {
    String body = "Kesmark Holloway was born there . Officials in Kesmark and Valdor, Kesmark"
        + " disagreed . Kesmark said he spoke to Kesmark .";
    List<TypedMention> found = new ArrayList<>();
    found.add(model(body, "Kesmark Holloway", 0, EntityType.PERSON));
    for (int at = body.indexOf("Kesmark", 10); at >= 0; at = body.indexOf("Kesmark", at + 1)) {
      found.add(new TypedMention(at, at + 7, EntityType.LOCATION, null, null, false));
      if (body.startsWith("Valdor", at + 12)) {
        found.add(model(body, "Valdor", at, EntityType.LOCATION));
      }
    }
    found.sort(Comparator.comparingInt(TypedMention::start));

    // after "in" and after a place and a comma: the place; as a subject and after "spoke to"
    // the person's name
    assertThat(apply(body, found.toArray(TypedMention[]::new))).containsExactly(
        "PERSON:Kesmark Holloway", "LOCATION:Kesmark", "LOCATION:Valdor", "LOCATION:Kesmark",
        "PERSON:Kesmark", "PERSON:Kesmark");
  }

  @Test
  void apply_firstWordOfAnOrganisationNamedWithAndWithoutItsLegalForm_isThatOrganisation() {
    String body = "Corvane Minerals said profits rose . Corvane Minerals Corp. shares and "
        + "CORVANE MINERALS LTD fell . Corvane said more .";

    assertThat(apply(body, model(body, "Corvane Minerals", 0, EntityType.ORGANIZATION),
        model(body, "Corvane Minerals Corp.", 0, EntityType.ORGANIZATION),
        model(body, "CORVANE MINERALS LTD", 0, EntityType.ORGANIZATION),
        model(body, "Corvane", body.indexOf("Corvane said"), EntityType.PERSON)))
        .containsExactly("ORGANIZATION:Corvane Minerals", "ORGANIZATION:Corvane Minerals Corp.",
            "ORGANIZATION:CORVANE MINERALS LTD", "ORGANIZATION:Corvane");
  }

  @Test
  void apply_headWordOfTheOneOrganisationEndingInIt_isThatOrganisationEvenFirstInASentence() {
    String body = "Commission officials said the Kesmark Trade Commission would act . Later the"
        + " Commission and Valdor Trade Commission staff met .";

    // found by a sentence and opening it, and unfound after "the": both the organisation;
    // inside an unfound longer name, no mention
    assertThat(apply(body, model(body, "Commission", 0, EntityType.ORGANIZATION),
        model(body, "Kesmark Trade Commission", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Commission", "ORGANIZATION:Kesmark Trade Commission",
            "ORGANIZATION:Commission");
    // a kind of organisation opening a sentence before a lower-case word names it too
    String bank = "Bank officials said the Kesmark Development Bank would lend .";
    assertThat(apply(bank, model(bank, "Bank", 0, EntityType.ORGANIZATION),
        model(bank, "Kesmark Development Bank", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Bank", "ORGANIZATION:Kesmark Development Bank");
  }

  @Test
  void apply_headWordAfterAnOpeningThe_isThatOrganisation() {
    String body = "The Kelvin Valley Chronicle says police came . The Chronicle says he ran ."
        + " Kelvin Chronicle staff agreed .";

    // "The" opening the sentence is the article, no word of an unfound name; a capitalised
    // word that is no "The" still is ("Kelvin Chronicle")
    assertThat(apply(body, model(body, "Kelvin Valley Chronicle", 0,
        EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Kelvin Valley Chronicle", "ORGANIZATION:Chronicle");
  }

  @Test
  void apply_headWordOfTwoOrganisationsOrWrittenInLowerCase_staysNoMention() {
    String two = "Commission officials said the Kesmark Trade Commission and the Valdor Trade"
        + " Commission would act .";
    String lower = "Union officials said the Kesmark Workers Union and a rival union would act"
        + " .";

    // where no sentence found it
    assertThat(apply(two, model(two, "Kesmark Trade Commission", 0, EntityType.ORGANIZATION),
        model(two, "Valdor Trade Commission", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Kesmark Trade Commission",
            "ORGANIZATION:Valdor Trade Commission");
    assertThat(apply(lower, model(lower, "Kesmark Workers Union", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Kesmark Workers Union");
  }

  @Test
  void apply_headWordAlsoWrittenInLowerCase_namesTheOrganisationWhereNoSentenceOpensWithIt() {
    String body = "The Bank of Kesmark raised rates . The Bank said prices rose . A small bank"
        + " in Valdor followed . Bank officials declined to comment .";
    TypedMention bank = model(body, "Bank of Kesmark", 0, EntityType.ORGANIZATION);
    String commission = "The Valdor Trade Commission met . A commission of experts sat . Later"
        + " the Commission agreed . Commission staff left . She won the Commission Prize .";

    List<TypedMention> out = pass.apply(body, List.of(bank,
        model(body, "Bank", body.indexOf("Bank said"), EntityType.ORGANIZATION)),
        tokens(body));

    // capitalised inside its sentence, found or not: the organisation; first in a sentence,
    // where the capital may be the sentence's, the common noun the text also writes; before a
    // capitalised word, the start of some other name
    assertThat(show(body, out)).containsExactly("ORGANIZATION:Bank of Kesmark",
        "ORGANIZATION:Bank");
    assertThat(out.get(1).canonical()).isEqualTo("=" + bank.start());
    assertThat(apply(commission, model(commission, "Valdor Trade Commission", 0,
        EntityType.ORGANIZATION))).containsExactly("ORGANIZATION:Valdor Trade Commission",
        "ORGANIZATION:Commission");
  }

  @Test
  void apply_headWordOfAMinistrysName_isThatMinistry() {
    String body = "The Kesmark Finance Ministry raised taxes . The Ministry said revenue rose ."
        + " Later the Ministry agreed .";
    String department = "Prices rose , Department of Trade and Industry figures showed . The"
        + " Department said costs fell , and a department store closed .";
    TypedMention ministry = model(body, "Kesmark Finance Ministry", 0, EntityType.MINISTRY);
    TypedMention trade = model(department, "Department of Trade and Industry", 0,
        EntityType.MINISTRY);

    List<TypedMention> out = pass.apply(body, List.of(ministry,
        model(body, "Ministry", body.indexOf("Ministry said"), EntityType.ORGANIZATION)),
        tokens(body));

    // read as an organisation by a sentence, or unfound: the ministry its name's head names
    assertThat(show(body, out)).containsExactly("MINISTRY:Kesmark Finance Ministry",
        "MINISTRY:Ministry", "MINISTRY:Ministry");
    assertThat(out.subList(1, 3)).extracting(TypedMention::canonical)
        .containsOnly("=" + ministry.start());
    // a head that opens the name before "of", inside a sentence, also where the text writes
    // it in lower case
    assertThat(apply(department, trade, model(department, "Department",
        department.indexOf("Department said"), EntityType.ORGANIZATION)))
        .containsExactly("MINISTRY:Department of Trade and Industry", "MINISTRY:Department");
  }

  @Test
  void apply_abbreviationDefinedAfterAPossessive_namesTheOrganisationLater() {
    String body = "It joined Kelvar Naval Forces Command 's ( KNFC ) task force . KNFC is based in"
        + " Valdor , and the Ministry of Defence ’s ( MoD ) staff agreed . The MoD said so .";
    TypedMention command = model(body, "Kelvar Naval Forces Command", 0,
        EntityType.ORGANIZATION);
    TypedMention ministry = model(body, "Ministry of Defence", 0, EntityType.MINISTRY);

    List<TypedMention> out = pass.apply(body, List.of(command, ministry), tokens(body));

    // the possessive stays outside the name and the brackets after it still define it
    assertThat(show(body, out)).containsExactly("ORGANIZATION:Kelvar Naval Forces Command",
        "ORGANIZATION:KNFC", "ORGANIZATION:KNFC", "MINISTRY:Ministry of Defence",
        "MINISTRY:MoD", "MINISTRY:MoD");
    assertThat(out.subList(1, 3)).extracting(TypedMention::canonical)
        .containsOnly("=" + command.start());
  }

  @Test
  void apply_headWordOfAMinistryTheTextNeverNames_staysAsItWas() {
    String body = "The health ministry raised taxes . The Ministry said revenue rose .";

    // a lower-case ministry is no name whose head could stand for it
    assertThat(apply(body, model(body, "Ministry", body.indexOf("Ministry said"),
        EntityType.ORGANIZATION))).containsExactly("ORGANIZATION:Ministry");
  }

  @Test
  void apply_headWordOpeningAnOrganisationsName_isThatOrganisation() {
    String body = "The Bank of Kesmark held rates . Bank officials said so and the Bank will"
        + " act , unlike the Bank of Valdor .";
    TypedMention bank = model(body, "Bank of Kesmark", 0, EntityType.ORGANIZATION);

    List<TypedMention> out = pass.apply(body, List.of(bank,
        model(body, "Bank", body.indexOf("Bank officials"), EntityType.ORGANIZATION)),
        tokens(body));

    // found by a sentence and opening it, and unfound after "the": both the organisation;
    // the head word of another, unfound "Bank of" name is none
    assertThat(show(body, out)).containsExactly("ORGANIZATION:Bank of Kesmark",
        "ORGANIZATION:Bank", "ORGANIZATION:Bank");
    assertThat(out.subList(1, 3)).extracting(TypedMention::canonical)
        .containsOnly("=" + bank.start());
  }

  @Test
  void apply_headWordOfTwoOrganisations_isTheNearestNamedBeforeIt() {
    String body = "The Kesmark Trade Commission met . The Valdor Electoral Commission met . The"
        + " Commission said so . Later the Commission agreed .";
    TypedMention kesmark = model(body, "Kesmark Trade Commission", 0, EntityType.ORGANIZATION);
    TypedMention valdor = model(body, "Valdor Electoral Commission", 0, EntityType.ORGANIZATION);

    List<TypedMention> out = pass.apply(body, List.of(kesmark, valdor,
        model(body, "Commission", body.indexOf("Commission said"), EntityType.ORGANIZATION)),
        tokens(body));

    // found by a sentence, and unfound: the one named last before it
    assertThat(show(body, out)).containsExactly("ORGANIZATION:Kesmark Trade Commission",
        "ORGANIZATION:Valdor Electoral Commission", "ORGANIZATION:Commission",
        "ORGANIZATION:Commission");
    assertThat(out.subList(2, 4)).extracting(TypedMention::canonical)
        .containsOnly("=" + valdor.start());
  }

  @Test
  void apply_unlistedPlaceThatIsAPersonsSurname_isThePersonUnlessInOrAt() {
    // the lists know no place "Okonjo": after "to" or "from" it is the judge, after "in" a place
    String body = "Judge Amara Okonjo presided . Lawyers turned to Okonjo . A blow from Okonjo"
        + " fell . They met in Okonjo .";
    List<TypedMention> found = new ArrayList<>();
    found.add(model(body, "Amara Okonjo", 0, EntityType.PERSON));
    for (int at = body.indexOf("Okonjo", 20); at >= 0; at = body.indexOf("Okonjo", at + 1)) {
      found.add(model(body, "Okonjo", at, EntityType.LOCATION));
    }

    assertThat(apply(body, found.toArray(TypedMention[]::new))).containsExactly(
        "PERSON:Amara Okonjo", "PERSON:Okonjo", "PERSON:Okonjo", "LOCATION:Okonjo");
  }
}
