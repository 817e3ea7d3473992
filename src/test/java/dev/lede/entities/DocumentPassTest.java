package dev.lede.entities;

import static dev.lede.entities.StageFixtures.show;
import static dev.lede.entities.StageFixtures.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class DocumentPassTest {

  private static DocumentPass pass;

  @BeforeAll
  static void load() {
    pass = new DocumentPass(StageFixtures.features(), StageFixtures.gazetteer());
  }

  /** A mention of the first occurrence of a text at or after an offset. */
  private static TypedMention at(String body, String text, int from, EntityType type,
      String canonical, String code) {
    int start = body.indexOf(text, from);
    return new TypedMention(start, start + text.length(), type, canonical, code, false);
  }

  private static TypedMention model(String body, String text, int from, EntityType type) {
    return at(body, text, from, type, null, null);
  }

  private static List<String> apply(String body, TypedMention... found) {
    return show(body, pass.apply(body, List.of(found), tokens(body)));
  }

  @Test
  void apply_storm_isNoEntityAnywhereInTheText() {
    String body = "Storm Helga hit the coast . Later Helga weakened near Bergen .";

    assertThat(apply(body, model(body, "Storm Helga", 0, EntityType.LOCATION),
        model(body, "Helga", 20, EntityType.PERSON),
        at(body, "Bergen", 0, EntityType.LOCATION, "Bergen", null)))
        .containsExactly("LOCATION:Bergen");
  }

  @Test
  void apply_personNamedAfterAStorm_isNoEntityNorAreItsRepeats() {
    String body = "Cyclone Phailin grew . T C Phailin moved inland . Phailin weakened .";

    assertThat(apply(body, model(body, "Phailin", 0, EntityType.PERSON),
        model(body, "T C Phailin", 0, EntityType.PERSON),
        model(body, "Phailin", 30, EntityType.PERSON)))
        .isEmpty();
  }

  @Test
  void apply_oneWordTypedPersonAndPlace_takesItsMostFrequentType() {
    String body = "Okafor spoke . Okafor left . Okafor returned .";

    assertThat(apply(body, model(body, "Okafor", 0, EntityType.PERSON),
        model(body, "Okafor", 5, EntityType.LOCATION),
        model(body, "Okafor", 20, EntityType.PERSON)))
        .containsExactly("PERSON:Okafor", "PERSON:Okafor", "PERSON:Okafor");
    assertThat(apply(body, model(body, "Okafor", 0, EntityType.LOCATION),
        model(body, "Okafor", 5, EntityType.PERSON),
        model(body, "Okafor", 20, EntityType.LOCATION)))
        .containsExactly("LOCATION:Okafor", "LOCATION:Okafor", "LOCATION:Okafor");
  }

  @Test
  void apply_oneWordTypedPersonAndPlaceAsOftenEach_takesTheFirstMentionsType() {
    String body = "Visitors reach Coron by ferry . Coron is quiet .";

    assertThat(apply(body, model(body, "Coron", 0, EntityType.LOCATION),
        model(body, "Coron", 20, EntityType.PERSON)))
        .containsExactly("LOCATION:Coron", "LOCATION:Coron");
  }

  @Test
  void apply_sameWordTypedOrganisationOrListedOrOfSeveralWords_keepsEachMentionsType() {
    String body = "Okafor spoke . Okafor left . Okafor returned .";
    String listed = "Paris spoke . Paris left . Paris returned .";
    String twoWords = "Ada Okafor spoke . Ada Okafor left . Ada Okafor returned .";

    // an unlisted place that the text names as an organisation is that organisation
    // (OrganisationTypes, stop 49)
    assertThat(apply(body, model(body, "Okafor", 0, EntityType.LOCATION),
        model(body, "Okafor", 5, EntityType.ORGANIZATION),
        model(body, "Okafor", 20, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Okafor", "ORGANIZATION:Okafor", "ORGANIZATION:Okafor");
    assertThat(apply(listed, model(listed, "Paris", 0, EntityType.PERSON),
        at(listed, "Paris", 5, EntityType.LOCATION, "Paris", null),
        model(listed, "Paris", 20, EntityType.PERSON)))
        .containsExactly("PERSON:Paris", "LOCATION:Paris", "PERSON:Paris");
    assertThat(apply(twoWords, model(twoWords, "Ada Okafor", 0, EntityType.PERSON),
        model(twoWords, "Ada Okafor", 5, EntityType.LOCATION),
        model(twoWords, "Ada Okafor", 25, EntityType.LOCATION)))
        .containsExactly("PERSON:Ada Okafor", "LOCATION:Ada Okafor", "LOCATION:Ada Okafor");
  }

  @Test
  void apply_countryThatIsAPersonsSurname_isThePersonButAFirstNameIsNot() {
    String jordan = "Michael Jordan scored . Jordan then left .";
    String israel = "Israel Katz spoke . Israel then voted .";

    assertThat(apply(jordan, model(jordan, "Michael Jordan", 0, EntityType.PERSON),
        at(jordan, "Jordan", 15, EntityType.COUNTRY, "Jordan", "JO")))
        .containsExactly("PERSON:Michael Jordan", "PERSON:Jordan");
    assertThat(apply(israel, model(israel, "Israel Katz", 0, EntityType.PERSON),
        at(israel, "Israel", 5, EntityType.COUNTRY, "Israel", "IL")))
        .containsExactly("PERSON:Israel Katz", "COUNTRY:Israel");
  }

  @Test
  void apply_georgiaAmongUsPlaces_isTheState() {
    String body = "Atlanta is in Georgia , not far from Texas .";
    List<TypedMention> found = List.of(
        at(body, "Atlanta", 0, EntityType.LOCATION, "Atlanta", null),
        at(body, "Georgia", 0, EntityType.COUNTRY, "Georgia", "GE"),
        new TypedMention(body.indexOf("Texas"), body.indexOf("Texas") + 5, EntityType.LOCATION,
            "Texas", null, true));

    List<TypedMention> out = pass.apply(body, found, tokens(body));

    assertThat(out.get(1).type()).isEqualTo(EntityType.LOCATION);
    assertThat(out.get(1).usState()).isTrue();
    assertThat(out.get(1).canonical()).isEqualTo("Georgia");
  }

  @Test
  void apply_abbreviationDefinedInParentheses_laterMentionsTheMinistry() {
    String body = "the Ministry of Defence (MoD) said . The MoD added more .";
    TypedMention ministry = at(body, "Ministry of Defence", 0, EntityType.MINISTRY,
        "Ministry of Defence", null);

    List<TypedMention> out = pass.apply(body, List.of(ministry), tokens(body));

    assertThat(show(body, out)).containsExactly("MINISTRY:Ministry of Defence",
        "MINISTRY:MoD");
    assertThat(out.get(1).canonical()).isEqualTo("Ministry of Defence");
    assertThat(out.get(1).start()).isEqualTo(body.indexOf("MoD", 30));
  }

  @Test
  void apply_surnameRepeatNoSentenceFound_isAPersonWithItsParticles() {
    String body = "Ursula von der Leyen spoke . Later von der Leyen and Okafor left .";
    List<TypedMention> found = new ArrayList<>(List.of(
        model(body, "Ursula von der Leyen", 0, EntityType.PERSON)));

    assertThat(apply(body, found.toArray(TypedMention[]::new)))
        .containsExactly("PERSON:Ursula von der Leyen", "PERSON:von der Leyen");
  }

  @Test
  void apply_georgiaWithAsManyCaucasusCuesAsUsOnes_staysTheCountry() {
    String body = "From Atlanta to Tbilisi , Georgia waits .";
    List<TypedMention> found = List.of(
        at(body, "Atlanta", 0, EntityType.LOCATION, "Atlanta", null),
        at(body, "Tbilisi", 0, EntityType.LOCATION, "Tbilisi", null),
        at(body, "Georgia", 0, EntityType.COUNTRY, "Georgia", "GE"));

    List<TypedMention> out = pass.apply(body, found, tokens(body));

    assertThat(out.get(2).type()).isEqualTo(EntityType.COUNTRY);
    assertThat(out.get(2).code()).isEqualTo("GE");
  }

  @Test
  void apply_repeatFoundByThePass_inTextOrderAmongTheOthers() {
    String body = "Anna Okafor spoke . Okafor then flew to Bergen .";

    assertThat(apply(body, model(body, "Anna Okafor", 0, EntityType.PERSON),
        at(body, "Bergen", 0, EntityType.LOCATION, "Bergen", null)))
        .containsExactly("PERSON:Anna Okafor", "PERSON:Okafor", "LOCATION:Bergen");
  }

  @Test
  void apply_fullNameRepeatNoSentenceFound_isOneMention() {
    String body = "Anna Lin Okafor spoke . Then Anna Lin Okafor ’s aide and Okafor , Anna left .";

    assertThat(apply(body, model(body, "Anna Lin Okafor", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Anna Lin Okafor", "PERSON:Anna Lin Okafor", "PERSON:Okafor",
            "PERSON:Anna");
  }

  @Test
  void apply_nameWordsApartOrAfterAPossessive_stayApart() {
    String body = "Anna Okafor spoke . Okafor’s Anna left . Okafor\nAnna came .";

    assertThat(apply(body, model(body, "Anna Okafor", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Anna Okafor", "PERSON:Okafor", "PERSON:Anna", "PERSON:Okafor",
            "PERSON:Anna");
  }

  @Test
  void apply_wordsOfThreeLettersRepeat_twoLetterOnesOnlyIfNeverWrittenInLowerCase() {
    String three = "Ann Okafor spoke . Ann left .";
    String two = "Xi Jinping spoke . Later Xi left .";
    String word = "Do Kwon spoke . Kwon said they do . Do you know ?";

    assertThat(apply(three, model(three, "Ann Okafor", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Ann Okafor", "PERSON:Ann");
    assertThat(apply(two, model(two, "Xi Jinping", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Xi Jinping", "PERSON:Xi");
    // "do" is a word of the text: a capitalised "Do" opens a question, not a repeat of Do Kwon
    assertThat(apply(word, model(word, "Do Kwon", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Do Kwon", "PERSON:Kwon");
  }

  @Test
  void apply_georgiaAfterACityAndAComma_isTheCountryOfThatCity() {
    String body = "Officials in Tbilisi, Georgia met . They flew on to Atlanta, Georgia .";
    List<TypedMention> found = List.of(
        at(body, "Tbilisi", 0, EntityType.LOCATION, "Tbilisi", null),
        at(body, "Georgia", 0, EntityType.COUNTRY, "Georgia", "GE"),
        at(body, "Atlanta", 0, EntityType.LOCATION, "Atlanta", null),
        at(body, "Georgia", 30, EntityType.COUNTRY, "Georgia", "GE"));

    List<TypedMention> out = pass.apply(body, found, tokens(body));

    assertThat(show(body, out)).containsExactly("LOCATION:Tbilisi", "COUNTRY:Georgia",
        "LOCATION:Atlanta", "LOCATION:Georgia");
    assertThat(out.get(3).usState()).isTrue();
  }

  @Test
  void apply_particleBeforeARepeatNotInTheFullName_leftOut() {
    String body = "Maria Okafor spoke . Then van Okafor left .";

    assertThat(apply(body, model(body, "Maria Okafor", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Maria Okafor", "PERSON:Okafor");
  }

  @Test
  void apply_nameRepeatedInParentheses_noAbbreviation() {
    String body = "Zentek ( Zentek ) grew . Zentek hired .";

    List<TypedMention> out = pass.apply(body, List.of(
        model(body, "Zentek", 0, EntityType.ORGANIZATION),
        model(body, "Zentek", 20, EntityType.ORGANIZATION)), tokens(body));

    // the name in parentheses is a mention of the name, no abbreviation of it
    assertThat(show(body, out)).containsExactly("ORGANIZATION:Zentek", "ORGANIZATION:Zentek",
        "ORGANIZATION:Zentek");
    assertThat(out.get(2).canonical()).isNull();
  }

  @Test
  void apply_organisationAbbreviationDefinedInParentheses_laterMentionsTheOrganisation() {
    String body = "the Nordic Rail Union (NRU) said . The NRU added more .";
    TypedMention union = model(body, "Nordic Rail Union", 0, EntityType.ORGANIZATION);

    List<TypedMention> out = pass.apply(body, List.of(union), tokens(body));

    assertThat(show(body, out)).containsExactly("ORGANIZATION:Nordic Rail Union",
        "ORGANIZATION:NRU");
    assertThat(out.get(1).start()).isEqualTo(body.indexOf("NRU", 30));
    assertThat(out.get(1).canonical()).isEqualTo("=" + body.indexOf("Nordic"));
  }

  @Test
  void apply_firstWordOfAnOrganisationsName_isThatOrganisation() {
    String body = "Corvane Minerals bought Arlith . Corvane chief executive Mira Holm said a "
        + "spokeswoman for Corvane spoke . Corvane rose .";
    TypedMention full = model(body, "Corvane Minerals", 0, EntityType.ORGANIZATION);

    List<TypedMention> out = pass.apply(body, List.of(full,
        model(body, "Corvane", 20, EntityType.PERSON),
        model(body, "Mira Holm", 0, EntityType.PERSON),
        model(body, "Corvane", 80, EntityType.PERSON),
        model(body, "Corvane", 100, EntityType.ORGANIZATION)), tokens(body));

    assertThat(show(body, out)).containsExactly("ORGANIZATION:Corvane Minerals",
        "ORGANIZATION:Corvane", "PERSON:Mira Holm", "ORGANIZATION:Corvane",
        "ORGANIZATION:Corvane");
    // each joins the organisation's entity
    assertThat(out).filteredOn(m -> m.end() - m.start() == "Corvane".length())
        .extracting(TypedMention::canonical).containsOnly("=0");
  }

  @Test
  void apply_firstWordOfAnOrganisationsNameThatNamesMore_keepsItsType() {
    String body = "the Sydney Morning Herald said . Sydney is calm . the Bandung Institute of "
        + "Technology said . Bandung is wet . Amos Wanjiru spoke at the Wanjiru Convention "
        + "Centre . Wanjiru left . Valdor United beat Valdor City . Valdor fans cheered . "
        + "Kesmark Water Works said . Kesmark is calm .";

    List<String> out = apply(body,
        model(body, "Sydney Morning Herald", 0, EntityType.ORGANIZATION),
        model(body, "Sydney", 30, EntityType.LOCATION),
        model(body, "Bandung Institute of Technology", 0, EntityType.ORGANIZATION),
        model(body, "Bandung", 90, EntityType.LOCATION),
        model(body, "Amos Wanjiru", 0, EntityType.PERSON),
        model(body, "Wanjiru Convention Centre", 0, EntityType.ORGANIZATION),
        model(body, "Wanjiru", 160, EntityType.PERSON),
        model(body, "Valdor United", 0, EntityType.ORGANIZATION),
        model(body, "Valdor City", 0, EntityType.ORGANIZATION),
        model(body, "Valdor", 210, EntityType.LOCATION),
        model(body, "Kesmark Water Works", 0, EntityType.ORGANIZATION),
        model(body, "Kesmark", 260, EntityType.LOCATION));

    // a listed city, a first word before an organisation's head, a word of a person's name in
    // the text, a first word of two organisations, a place the organisation is named after
    assertThat(out).contains("LOCATION:Sydney", "LOCATION:Bandung", "PERSON:Wanjiru",
        "LOCATION:Valdor", "LOCATION:Kesmark").doesNotContain("ORGANIZATION:Sydney",
        "ORGANIZATION:Bandung", "ORGANIZATION:Wanjiru", "ORGANIZATION:Valdor",
        "ORGANIZATION:Kesmark");
  }

  @Test
  void apply_oneWordPersonThatIsAnOrganisationElsewhere_isThatOrganisation() {
    String body = "Corvane makes seeds . A jury ordered Corvane to pay . Corvane appealed .";
    TypedMention first = model(body, "Corvane", 0, EntityType.ORGANIZATION);

    List<TypedMention> out = pass.apply(body, List.of(first,
        model(body, "Corvane", 10, EntityType.PERSON),
        model(body, "Corvane", 50, EntityType.PERSON)), tokens(body));

    assertThat(show(body, out)).containsExactly("ORGANIZATION:Corvane",
        "ORGANIZATION:Corvane", "ORGANIZATION:Corvane");
    // each joins the first mention's entity
    assertThat(out.subList(1, 3)).extracting(TypedMention::canonical).containsOnly("=0");
  }

  @Test
  void apply_oneWordPersonThatIsAnOrganisationElsewhere_staysAPersonWhenNamedInFull() {
    String listed = "Corvane makes seeds . A jury ordered Corvane to pay .";
    String named = "Corvane makes seeds . Lena Corvane spoke . Later Corvane left .";

    // a person an earlier stage resolved keeps its type; a word of a person's name in the text
    // is that person, even where the model read it as the organisation
    assertThat(apply(listed, model(listed, "Corvane", 0, EntityType.ORGANIZATION),
        at(listed, "Corvane", 10, EntityType.PERSON, "Corvane", null)))
        .containsExactly("ORGANIZATION:Corvane", "PERSON:Corvane");
    assertThat(apply(named, model(named, "Corvane", 0, EntityType.ORGANIZATION),
        model(named, "Lena Corvane", 0, EntityType.PERSON),
        model(named, "Corvane", 45, EntityType.PERSON)))
        .containsExactly("PERSON:Corvane", "PERSON:Lena Corvane", "PERSON:Corvane");
  }

  @Test
  void apply_firstWordOfOneOrganisationNamedTwice_isItButOfTwoOrganisationsIsNot() {
    String body = "Tamsk Mining cut jobs . Tamsk Mining said so . a spokeswoman for Tamsk spoke . "
        + "Valdor United beat Valdor City . a spokesman for Valdor said . Kel Varro rose . "
        + "a spokesman for Kel said .";

    List<String> out = apply(body,
        model(body, "Tamsk Mining", 0, EntityType.ORGANIZATION),
        model(body, "Tamsk Mining", 10, EntityType.ORGANIZATION),
        model(body, "Tamsk", 50, EntityType.PERSON),
        model(body, "Valdor United", 0, EntityType.ORGANIZATION),
        model(body, "Valdor City", 0, EntityType.ORGANIZATION),
        model(body, "Valdor", 120, EntityType.PERSON),
        model(body, "Kel Varro", 0, EntityType.ORGANIZATION),
        model(body, "Kel", 160, EntityType.PERSON));

    // the same organisation twice names it once; a first word of three letters counts
    assertThat(out).containsExactly("ORGANIZATION:Tamsk Mining", "ORGANIZATION:Tamsk Mining",
        "ORGANIZATION:Tamsk", "ORGANIZATION:Valdor United", "ORGANIZATION:Valdor City",
        "PERSON:Valdor", "ORGANIZATION:Kel Varro", "ORGANIZATION:Kel");
  }

  @Test
  void apply_wordInCapitalsReadAsAPersonInLowerCaseText_isNoMention() {
    String rate = "The loan pays 40 basis points over SONIA , the bank said . LIBOR fell .";
    String signOff = "Dealers said the market was quiet . TELVAR\nMarkets closed early .";

    // an acronym of a rate, a wire's sign-off on a line of its own: no one's name
    assertThat(apply(rate, model(rate, "SONIA", 0, EntityType.PERSON),
        model(rate, "LIBOR", 0, EntityType.PERSON))).isEmpty();
    assertThat(apply(signOff, model(signOff, "TELVAR", 0, EntityType.PERSON))).isEmpty();
  }

  @Test
  void apply_wordInCapitalsOfALineInCapitalsOrOfAPersonOfTheText_staysAPerson() {
    String headline = "OKAFOR WINS AGAIN\nThe race ended early .";
    String named = "Greta Okafor won . Fans chanted OKAFOR all night .";
    String initials = "Ann Holm , or AH to her staff , spoke . AH said no .";

    assertThat(apply(headline, model(headline, "OKAFOR", 0, EntityType.PERSON)))
        .containsExactly("PERSON:OKAFOR");
    assertThat(apply(named, model(named, "Greta Okafor", 0, EntityType.PERSON),
        model(named, "OKAFOR", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Greta Okafor", "PERSON:OKAFOR");
    // a person's initials are that person's nickname
    assertThat(apply(initials, model(initials, "Ann Holm", 0, EntityType.PERSON),
        model(initials, "AH", 0, EntityType.PERSON), model(initials, "AH", 30,
            EntityType.PERSON)))
        .containsExactly("PERSON:Ann Holm", "PERSON:AH", "PERSON:AH");
    // an abbreviation defined in the text is what it abbreviates, and so is a word typed
    // otherwise elsewhere
    String defined = "Velmora Holdings ( VLH ) said so . VLH rose . TRAX grew . TRAX fell .";
    assertThat(apply(defined, model(defined, "Velmora Holdings", 0, EntityType.ORGANIZATION),
        model(defined, "VLH", 30, EntityType.PERSON),
        model(defined, "TRAX", 0, EntityType.ORGANIZATION),
        model(defined, "TRAX", 50, EntityType.PERSON)))
        .containsExactly("ORGANIZATION:Velmora Holdings", "ORGANIZATION:VLH",
            "ORGANIZATION:VLH", "ORGANIZATION:TRAX", "ORGANIZATION:TRAX");
  }

  /** The mentions after the pass, the first line of the body read as a headline. */
  private static List<String> withHeadline(String body, TypedMention... found) {
    return show(body, pass.apply(body, List.of(found), tokens(body), headline(body)));
  }

  private static List<int[]> headline(String body) {
    return List.of(new int[] {0, body.indexOf('\n')});
  }

  @Test
  void apply_headlineMentionRunningTwoNamesTogether_isTheNamesTheTextWrites() {
    String body = "Tamsk Sues Varrow Over Patents\nTamsk Mining sued Varrow . Kel Oduya of "
        + "Tamsk said so .";
    TypedMention varrow = model(body, "Varrow", body.indexOf("sued"), EntityType.ORGANIZATION);
    TypedMention tamsk = model(body, "Tamsk", body.indexOf("of"), EntityType.ORGANIZATION);
    List<TypedMention> found = List.of(
        model(body, "Tamsk Sues Varrow", 0, EntityType.ORGANIZATION),
        model(body, "Tamsk Mining", 1, EntityType.ORGANIZATION), varrow,
        model(body, "Kel Oduya", 0, EntityType.PERSON), tamsk);

    List<TypedMention> out = pass.apply(body, found, tokens(body), headline(body));

    assertThat(show(body, out)).containsExactly("ORGANIZATION:Tamsk", "ORGANIZATION:Varrow",
        "ORGANIZATION:Tamsk Mining", "ORGANIZATION:Varrow", "PERSON:Kel Oduya",
        "ORGANIZATION:Tamsk");
    // each joins the entity that the text's own mention of it names
    assertThat(out.subList(0, 2)).extracting(TypedMention::canonical)
        .containsExactly("=" + tamsk.start(), "=" + varrow.start());
    // outside a headline the sentence's reading stands
    assertThat(show(body, pass.apply(body, found, tokens(body))))
        .startsWith("ORGANIZATION:Tamsk Sues Varrow");
  }

  @Test
  void apply_headlineMentionRunningANameIntoCommonWords_isTheName() {
    String full = "Lena Corvane Warns Kel Oduya\nLena Corvane spoke . Kel Oduya left .";
    String surnames = "Corvane Warns Oduya Over Votes\nLena Corvane spoke . Kel Oduya left .";

    assertThat(withHeadline(full,
        model(full, "Lena Corvane Warns Kel Oduya", 0, EntityType.PERSON),
        model(full, "Lena Corvane", 1, EntityType.PERSON),
        model(full, "Kel Oduya", full.indexOf('\n'), EntityType.PERSON)))
        .containsExactly("PERSON:Lena Corvane", "PERSON:Kel Oduya", "PERSON:Lena Corvane",
            "PERSON:Kel Oduya");
    // a word of a person's name is a name the text writes too
    assertThat(withHeadline(surnames,
        model(surnames, "Corvane Warns Oduya", 0, EntityType.PERSON),
        model(surnames, "Lena Corvane", 0, EntityType.PERSON),
        model(surnames, "Kel Oduya", 0, EntityType.PERSON)))
        .containsExactly("PERSON:Corvane", "PERSON:Oduya", "PERSON:Lena Corvane",
            "PERSON:Kel Oduya");
  }

  @Test
  void apply_headlineMentionOfNamesAndNothingElseOrAGivenName_staysWhole() {
    String body = "Valdor Tamsk Signs Deal\nValdor beat Tamsk . Valdor spoke .";
    String given = "Tamsk Rose Wins Again\nTamsk rose sharply . Tamsk spoke .";

    // two names side by side are one longer name ("Bayern Munich"); a listed given name among
    // the other words says the mention is a name of its own
    assertThat(withHeadline(body, model(body, "Valdor Tamsk", 0, EntityType.ORGANIZATION),
        model(body, "Valdor", 1, EntityType.ORGANIZATION),
        model(body, "Tamsk", body.indexOf('\n'), EntityType.LOCATION)))
        .startsWith("ORGANIZATION:Valdor Tamsk");
    assertThat(withHeadline(given, model(given, "Tamsk Rose", 0, EntityType.PERSON),
        model(given, "Tamsk", 1, EntityType.ORGANIZATION)))
        .startsWith("PERSON:Tamsk Rose");
  }

  @Test
  void apply_headlineBeforeANameOfThousandsOfWords_looksUpOnlyRunsEndingInTheHeadline() {
    // found by a fuzzer: "A & B " repeated is one organisation of 60,000 words, and each
    // headline word copied and looked up every run of words after it up to that length (61 s
    // here, now 0.2 s)
    String body = "Acme Warns Investors Today\nThe firm said " + "A & B ".repeat(20_000)
        + "agreed .";
    TypedMention firm = at(body, "A & B ".repeat(20_000).strip(), 0, EntityType.ORGANIZATION,
        null, null);

    List<TypedMention> out = pass.apply(body, List.of(firm), tokens(body), headline(body));

    assertThat(out).containsExactly(firm);
  }

  @Test
  void apply_oneWordOrganisationFoundThousandsOfTimes_isSoughtInLowerCaseOnce() {
    // found by a fuzzer: each mention of "NATO" searched the whole text for "nato", once per
    // mention, quadratic in them ("NATO and " repeated; 11 s here, now 0.7 s)
    int mentions = 40_000;
    String body = "NATO and ".repeat(mentions) + ".";
    List<TypedMention> found = new ArrayList<>();
    for (int i = 0; i < mentions; i++) {
      found.add(new TypedMention(9 * i, 9 * i + 4, EntityType.ORGANIZATION, null, null, false));
    }

    List<TypedMention> out = pass.apply(body, found, tokens(body));

    assertThat(out).hasSize(mentions).allMatch(m -> body.startsWith("NATO ", m.start()));
  }

  @Test
  void apply_headlineWordsWrittenAsANameOfTheText_areThatName() {
    String body = "Tamsk Mining Names New Chief as WHO Warns\nThe World Health Organization "
        + "spoke . Tamsk Mining named Kel Oduya . Oduya left .";
    TypedMention who = model(body, "World Health Organization", 0, EntityType.ORGANIZATION);

    List<TypedMention> out = pass.apply(body, List.of(who,
        model(body, "Tamsk Mining", 1, EntityType.ORGANIZATION),
        model(body, "Kel Oduya", 0, EntityType.PERSON),
        model(body, "Oduya", body.indexOf(". Oduya"), EntityType.PERSON)),
        tokens(body), headline(body));

    // the headline's missed names: one the text writes, and the initials of one
    assertThat(show(body, out)).containsExactly("ORGANIZATION:Tamsk Mining",
        "ORGANIZATION:WHO", "ORGANIZATION:World Health Organization",
        "ORGANIZATION:Tamsk Mining", "PERSON:Kel Oduya", "PERSON:Oduya");
    assertThat(out.get(1).canonical()).isEqualTo("=" + who.start());
  }

  @Test
  void apply_headlineInCapitals_findsTheNamesTheTextWritesInSentenceCase() {
    String body = "LENA CORVANE SPEAKS ON TAMSK MINING\nLena Corvane spoke . Tamsk Mining left .";

    // the name run into the verb is the name; a name the model missed is found
    assertThat(withHeadline(body, model(body, "LENA CORVANE SPEAKS", 0, EntityType.PERSON),
        model(body, "Lena Corvane", 1, EntityType.PERSON),
        model(body, "Tamsk Mining", body.indexOf('\n'), EntityType.ORGANIZATION)))
        .containsExactly("PERSON:LENA CORVANE", "ORGANIZATION:TAMSK MINING",
            "PERSON:Lena Corvane", "ORGANIZATION:Tamsk Mining");
  }

  @Test
  void apply_headlineWordsAndTheNextLinesWords_areNoNameTogether() {
    String body = "Talks End Without Deal for Tamsk\nMining firms left . Tamsk Mining said so .";

    assertThat(withHeadline(body,
        model(body, "Tamsk Mining", body.indexOf('\n'), EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Tamsk Mining");
  }

  @Test
  void apply_headlineMentionTypedOtherwiseInTheText_takesTheTextsType() {
    String body = "Oduya Pledges to End Logging\nPresident Kel Oduya spoke . Oduya left .";

    String club = "Valdor City Sack Coach After Defeat\nValdor City lost again . Fans left .";

    assertThat(withHeadline(body, model(body, "Oduya", 0, EntityType.LOCATION),
        model(body, "Kel Oduya", 0, EntityType.PERSON),
        model(body, "Oduya", body.indexOf(". Oduya"), EntityType.PERSON)))
        .containsExactly("PERSON:Oduya", "PERSON:Kel Oduya", "PERSON:Oduya");
    assertThat(withHeadline(club, model(club, "Valdor City", 0, EntityType.LOCATION),
        model(club, "Valdor City", 1, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Valdor City", "ORGANIZATION:Valdor City");
  }

  @Test
  void apply_initialsOfAnOrganisationOfTheText_nameItAfterIt() {
    String body = "The Reserve Bank of Kesmark cut rates . RBK said so . "
        + "The Kesmark Police Department met . KPD left . Amnesty International spoke . "
        + "The AI lab spoke .";
    TypedMention bank = model(body, "Reserve Bank of Kesmark", 0, EntityType.ORGANIZATION);

    List<TypedMention> out = pass.apply(body, List.of(bank,
        model(body, "Kesmark Police Department", 0, EntityType.ORGANIZATION),
        model(body, "KPD", 0, EntityType.PERSON),
        model(body, "Amnesty International", 0, EntityType.ORGANIZATION)), tokens(body));

    // found by no sentence, or read as another type: the organisation either way; and two
    // letters say too little ("AI")
    assertThat(show(body, out)).containsExactly("ORGANIZATION:Reserve Bank of Kesmark",
        "ORGANIZATION:RBK", "ORGANIZATION:Kesmark Police Department", "ORGANIZATION:KPD",
        "ORGANIZATION:Amnesty International");
    assertThat(out.get(1).canonical()).isEqualTo("=" + bank.start());
  }

  @Test
  void apply_placeWithMarketWords_isTheCompanyThroughoutTheText() {
    String body = "Shares in Velmora rose . Velmora said so .";

    assertThat(apply(body, model(body, "Velmora", 0, EntityType.LOCATION),
        model(body, "Velmora", 20, EntityType.LOCATION)))
        .containsExactly("ORGANIZATION:Velmora", "ORGANIZATION:Velmora");
  }

  @Test
  void apply_kindOfOrganisationOpeningASentence_isNoMention() {
    String body = "Union president Lena Holm said . \"Club officials met .\nBank staff left ."
        + " The Union said . Union Kesmark said . Later a Union met .";

    assertThat(apply(body, model(body, "Union", 0, EntityType.ORGANIZATION),
        model(body, "Lena Holm", 0, EntityType.PERSON),
        model(body, "Club", 0, EntityType.ORGANIZATION),
        model(body, "Bank", 0, EntityType.ORGANIZATION),
        model(body, "Union", body.indexOf("The Union"), EntityType.ORGANIZATION),
        model(body, "Union", body.indexOf("Union Kesmark"), EntityType.ORGANIZATION),
        model(body, "Union", body.indexOf("a Union"), EntityType.ORGANIZATION)))
        .containsExactly("PERSON:Lena Holm", "ORGANIZATION:Union", "ORGANIZATION:Union",
            "ORGANIZATION:Union");
    // a listed organisation stays
    String listed = "Union leaders met .";
    assertThat(apply(listed, at(listed, "Union", 0, EntityType.ORGANIZATION, "European Union",
        null))).containsExactly("ORGANIZATION:Union");
  }

  @Test
  void apply_crudeGradeWrittenAlone_isNoMentionButWhereAPlaceStandsOrAProducerItStays() {
    String body = "Kesmark crude rose . Kesmark has gained , and traders in Kesmark said Kesmark"
        + " could rise . Iraq crude exports fell as Iraq pumped more .";

    assertThat(apply(body, model(body, "Kesmark", body.indexOf("Kesmark has"), EntityType.PERSON),
        model(body, "Kesmark", body.indexOf("Kesmark said"), EntityType.LOCATION),
        model(body, "Kesmark", body.indexOf("Kesmark could"), EntityType.LOCATION),
        at(body, "Iraq", 0, EntityType.COUNTRY, "Iraq", "IQ"),
        at(body, "Iraq", body.indexOf("Iraq pumped"), EntityType.COUNTRY, "Iraq", "IQ")))
        .containsExactly("LOCATION:Kesmark", "COUNTRY:Iraq", "COUNTRY:Iraq");
  }

  @Test
  void apply_initialsInATicker_nameNothing() {
    String body = "Rival Kesmark Mining Corp ( NYSE : KMC ) fell . KMC rose .";

    assertThat(apply(body, model(body, "Kesmark Mining Corp", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Kesmark Mining Corp", "ORGANIZATION:KMC");
  }

  @Test
  void apply_initialsBeforeTheName_nameNothing() {
    String body = "RBK said so . The Reserve Bank of Kesmark cut rates .";

    assertThat(apply(body, model(body, "Reserve Bank of Kesmark", 0,
        EntityType.ORGANIZATION))).containsExactly("ORGANIZATION:Reserve Bank of Kesmark");
  }

  @Test
  void apply_tickersInParentheses_areNoMentions() {
    String body = "Kesmark Mining ( NYSE : KMC ) rose and Valdor ( VLD.O ) fell ; the NYSE "
        + "( the exchange ) said so .";

    assertThat(apply(body, model(body, "Kesmark Mining", 0, EntityType.ORGANIZATION),
        model(body, "NYSE", 0, EntityType.ORGANIZATION),
        model(body, "KMC", 0, EntityType.ORGANIZATION),
        model(body, "Valdor", 0, EntityType.ORGANIZATION),
        model(body, "VLD.O", 0, EntityType.ORGANIZATION),
        model(body, "NYSE", body.indexOf("the NYSE"), EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Kesmark Mining", "ORGANIZATION:Valdor",
            "ORGANIZATION:NYSE");
  }

  @Test
  void apply_sportsReportsTownThatPlaysElsewhere_isThatClubButNotAsAPlace() {
    String body = "Tamsk beat Bergen 2-1 in the league . Bergen host Valdor next . "
        + "Fans in Bergen left . The mayor visited Bergen .";
    String news = "Tamsk hired Bergen . Bergen host Valdor next .";

    assertThat(apply(body, model(body, "Tamsk", 0, EntityType.ORGANIZATION),
        model(body, "Bergen", 0, EntityType.ORGANIZATION),
        model(body, "Bergen", body.indexOf(". Bergen"), EntityType.LOCATION),
        model(body, "Valdor", 0, EntityType.LOCATION),
        model(body, "Bergen", body.indexOf("in Bergen"), EntityType.LOCATION),
        model(body, "Bergen", body.indexOf("visited Bergen"), EntityType.LOCATION)))
        .containsExactly("ORGANIZATION:Tamsk", "ORGANIZATION:Bergen", "ORGANIZATION:Bergen",
            "LOCATION:Valdor", "LOCATION:Bergen", "LOCATION:Bergen");
    // outside a sports report the town stays a place
    assertThat(apply(news, model(news, "Bergen", 0, EntityType.ORGANIZATION),
        model(news, "Bergen", news.indexOf(". Bergen"), EntityType.LOCATION)))
        .containsExactly("ORGANIZATION:Bergen", "LOCATION:Bergen");
  }

  @Test
  void apply_sportsReportsTeamWhoseTownIsUnlisted_hasNoNickname() {
    String body = "Bergen City beat Kesmark Harbourmen 2-1 in the league . City fans sang . "
        + "Harbourmen fans left .";

    // "City" of "Bergen City" as "City" of "Manchester City"; "Kesmark" names no town
    assertThat(apply(body, model(body, "Bergen City", 0, EntityType.ORGANIZATION),
        model(body, "Kesmark Harbourmen", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Bergen City", "ORGANIZATION:Kesmark Harbourmen",
            "ORGANIZATION:City");
  }

  @Test
  void apply_sportsReportsTeamByTownAndNickname_isNamedByEither() {
    String body = "the Bergen Harbourmen beat the Oslo Vikings 101-99 in the league . "
        + "Bergen led early . Harbourmen fans sang . Vikings coach Ola Lie left .";

    assertThat(apply(body,
        model(body, "Bergen Harbourmen", 0, EntityType.ORGANIZATION),
        model(body, "Oslo Vikings", 0, EntityType.ORGANIZATION),
        model(body, "Bergen", body.indexOf(". Bergen"), EntityType.LOCATION),
        model(body, "Ola Lie", 0, EntityType.PERSON)))
        .containsExactly("ORGANIZATION:Bergen Harbourmen", "ORGANIZATION:Oslo Vikings",
            "ORGANIZATION:Bergen", "ORGANIZATION:Harbourmen", "ORGANIZATION:Vikings",
            "PERSON:Ola Lie");
  }

  @Test
  void apply_sportsReportsTeamWithANicknameOfDigits_isNamedByItsTownButNotItsNatives() {
    String body = "the Bergen 49ers beat Tamsk 101-99 in the league . Bergen led early . "
        + "Bergen's coach smiled . A Bergen native scored . Fans in Bergen sang .";

    assertThat(apply(body,
        model(body, "Bergen 49ers", 0, EntityType.ORGANIZATION),
        model(body, "Tamsk", 0, EntityType.ORGANIZATION),
        model(body, "Bergen", body.indexOf(". Bergen led"), EntityType.LOCATION),
        model(body, "Bergen", body.indexOf(". Bergen's"), EntityType.LOCATION),
        model(body, "Bergen", body.indexOf("A Bergen"), EntityType.LOCATION),
        model(body, "Bergen", body.indexOf("in Bergen"), EntityType.LOCATION)))
        .containsExactly("ORGANIZATION:Bergen 49ers", "ORGANIZATION:Tamsk",
            "ORGANIZATION:Bergen", "ORGANIZATION:Bergen", "LOCATION:Bergen",
            "LOCATION:Bergen");
  }

  @Test
  void apply_partOfAnOrganisationWithAPossessiveNamedWholeElsewhere_isThatOrganisation() {
    String body = "Crash outside Tamsk Ola's Market . She walked into Ola's Market at noon .";

    assertThat(apply(body, model(body, "Market", 0, EntityType.LOCATION),
        model(body, "Ola's Market", body.indexOf("into"), EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Ola's Market", "ORGANIZATION:Ola's Market");
  }

  @Test
  void apply_oneWordOrganisationWrittenAgain_isFoundAgainInsideASentence() {
    String body = "the Kesmarkmuseum said so . Later the Kesmarkmuseum agreed , "
        + "as Kesmarkmuseum said .\nKesmarkmuseum staff left . Kesmarkmuseum . Talks at "
        + "Kesmarkmuseum\nKesmarkmuseum staff left .";

    assertThat(apply(body, model(body, "Kesmarkmuseum", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Kesmarkmuseum", "ORGANIZATION:Kesmarkmuseum",
            "ORGANIZATION:Kesmarkmuseum", "ORGANIZATION:Kesmarkmuseum");
  }

  @Test
  void apply_placeWordInLowerCaseShortNoWordOrFromAHeadline_isNotFoundAgain() {
    String place = "the Velmora said so . Later the Velmora agreed .";
    String lower = "the Union said so . Later the Union agreed , a union of sorts .";
    String shortName = "the EK said so . Later the EK agreed .";
    String noWord = "the Kesmark.com said so . Later the Kesmark.com agreed .";
    String headline = "Talks With Union\nthe South and the Union met .";

    assertThat(apply(place, at(place, "Velmora", 0, EntityType.LOCATION, "Velmora", null)))
        .containsExactly("LOCATION:Velmora");
    assertThat(apply(lower, model(lower, "Union", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Union");
    assertThat(apply(shortName, model(shortName, "EK", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:EK");
    assertThat(apply(noWord, model(noWord, "Kesmark.com", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Kesmark.com");
    assertThat(withHeadline(headline, model(headline, "Union", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Union");
  }
}
