package dev.lede.entities;

import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static dev.lede.entities.StageFixtures.span;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class MentionResolverTest {

  private static MentionResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new MentionResolver(StageFixtures.gazetteer(), StageFixtures.features());
  }

  private static Candidate cand(int a, int b, EntityType type, int priority) {
    return new Candidate(a, b, type, null, null, false, priority);
  }

  @Test
  void longestFirst_longestSpanWinsThenPriorityThenTheFirstProposed() {
    SentenceTokens s = sentence("Greta Okafor visited Lyon today");
    List<Candidate> cands = new ArrayList<>(List.of(
        cand(1, 2, EntityType.LOCATION, Candidate.PRIO_GAZETTEER),
        cand(0, 2, EntityType.PERSON, Candidate.PRIO_MODEL),
        cand(3, 4, EntityType.PERSON, Candidate.PRIO_MODEL),
        cand(3, 4, EntityType.LOCATION, Candidate.PRIO_CITY),
        cand(4, 5, EntityType.ORGANIZATION, Candidate.PRIO_MODEL),
        cand(4, 5, EntityType.LOCATION, Candidate.PRIO_MODEL)));

    assertThat(show(s, MentionResolver.longestFirst(s, cands))).containsExactly(
        "PERSON:Greta Okafor", "LOCATION:Lyon", "ORGANIZATION:today");
  }

  @Test
  void longestFirst_eventWinsItsWordsButIsNoMention() {
    SentenceTokens s = sentence("the Vietnam War ended");
    List<Candidate> cands = new ArrayList<>(List.of(
        new Candidate(1, 2, EntityType.COUNTRY, "Vietnam", "VN", false,
            Candidate.PRIO_GAZETTEER),
        cand(1, 3, null, Candidate.PRIO_EVENT)));

    assertThat(MentionResolver.longestFirst(s, cands)).isEmpty();
  }

  @Test
  void resolve_modelSpansWithTheLexiconAndRules_giveNonOverlappingMentions() {
    SentenceTokens s = sentence("Greta Okafor of the Belarusian Ministry of Foreign Affairs"
        + " flew to Minsk");

    List<TypedMention> found = resolver.resolve(s, List.of(span(0, 2, "PER"), span(5, 6, "ORG"),
        span(11, 12, "LOC")));

    assertThat(show(s.body(), found)).containsExactly("PERSON:Greta Okafor",
        "MINISTRY:Belarusian Ministry of Foreign Affairs", "LOCATION:Minsk");
  }

  @Test
  void resolve_possessiveLeftAttached_staysOutsideTheMention() {
    SentenceTokens s = sentence("Okafor’s plan failed");

    List<TypedMention> found = resolver.resolve(s, List.of(span(0, 1, "PER")));

    assertThat(show(s.body(), found)).containsExactly("PERSON:Okafor");
  }

  @ParameterizedTest
  @CsvSource({
      "Mr. Okafor arrived, 1, ORG, PERSON:Okafor", // honorific
      "Okafor said so, 0, LOC, PERSON:Okafor", // verb of saying
      "the Okafor administration fell, 1, ORG, PERSON:Okafor", // person noun
      "Okafor ’s widow spoke, 0, LOC, PERSON:Okafor", // a person's possession
      "Greta Okafor and Nowak met, 3, LOC, PERSON:Nowak", // coordinated with a person
      "the Kremlin said so, 1, LOC, LOCATION:Kremlin", // the before it
      "a lab in Okafor said so, 3, LOC, LOCATION:Okafor", // what is in a place speaks
      "the view from Okafor said much, 3, LOC, LOCATION:Okafor",
      "Okafor is far, 0, LOC, LOCATION:Okafor", // nothing says person
  })
  void resolve_oneWordPlaceOrBodyInAPersonsContext_isAPerson(String sentence, int a, String type,
      String expected) {
    SentenceTokens s = sentence(sentence);
    List<int[]> spans = new ArrayList<>();
    if (a == 3) {
      spans.add(span(0, 2, "PER"));
    }
    spans.add(span(a, a + 1, type));

    List<TypedMention> found = resolver.resolve(s, spans);

    assertThat(show(s.body(), found)).endsWith(expected);
  }


  @Test
  void resolve_bigCitySaid_staysTheCity() {
    SentenceTokens s = sentence("Paris said no");

    List<TypedMention> found = resolver.resolve(s, List.of(span(0, 1, "LOC")));

    assertThat(show(s.body(), found)).containsExactly("LOCATION:Paris");
  }

  /** Model spans written "0-2 PER;3-4 LOC". */
  private static List<int[]> spans(String written) {
    List<int[]> spans = new ArrayList<>();
    for (String one : written.split(";")) {
      String[] parts = one.trim().split("[- ]");
      spans.add(span(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
    }
    return spans;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ms. Okafor arrived | 1-2 LOC | PERSON:Okafor",
      "Mr. Tan Wei Ming arrived | 1-4 ORG | PERSON:Tan Wei Ming",
      "Okafor arrived late | 0-1 ORG | ORGANIZATION:Okafor",
      "talks were held with Okafor | 4-5 LOC | LOCATION:Okafor",
      "the 25-year-old Okafor is/AUX ready | 2-3 ORG | PERSON:Okafor",
      "the title went to the 19-year-old Okafor | 6-7 LOC | PERSON:Okafor",
      "the 500-year-old Kremlin walls | 2-3 LOC | LOCATION:Kremlin",
      "the 500-year-old Kremlin Armoury | 2-3 LOC | LOCATION:Kremlin",
      "Okafor said so | 0-1 ORG | ORGANIZATION:Okafor",
      "Senator Okafor spoke | 1-2 LOC | PERSON:Okafor",
      "a visit to Saint Okafor | 4-5 LOC | LOCATION:Okafor",
      "Okafor’s widow spoke | 0-1 LOC | PERSON:Okafor",
      "Okafor’s/PROPN seventh/ADJ title | 0-1 LOC | PERSON:Okafor",
      "Okafor ’s/PART late/ADJ husband | 0-1 LOC | PERSON:Okafor",
      "Okafor ’s/PART new/ADJ port | 0-1 LOC | LOCATION:Okafor",
      "a tribute to Okafor’s | 3-4 LOC | LOCATION:Okafor",
      "a tribute to Okafor ’s | 3-4 LOC | LOCATION:Okafor",
      "the widow of Okafor ’s/PART son | 3-4 LOC | PERSON:Okafor",
      "the road to Okafor and Lyon | 3-4 LOC;5-6 LOC | LOCATION:Lyon",
      "the road to Okafor and beyond | 3-4 LOC | LOCATION:Okafor",
      "tea and Okafor arrived | 2-3 LOC | LOCATION:Okafor",
      "a tribute to Okafor ’s/PART late/ADJ | 3-4 LOC | LOCATION:Okafor",
      // a country's leader, the subject of a verb; a company there stays a company
      "Kenya ’s/PART Okafor won/VERB the vote | 2-3 LOC | PERSON:Okafor",
      "Kenya ’s/PART Okafor region/NOUN | 2-3 LOC | LOCATION:Okafor",
      "Kenya ’s/PART Okafor said/VERB so | 2-3 ORG | ORGANIZATION:Okafor",
      // a place the model guessed before "who", of up to three words; not after a preposition
      // (the clause is on the noun before it), nor a club
      "leaders such as/ADP Rawa Majid , who fled | 3-5 LOC | PERSON:Rawa Majid",
      "Okafor who ran the port | 0-1 LOC | PERSON:Okafor",
      "visitors to/ADP Okafor , who arrive | 2-3 LOC | LOCATION:Okafor",
      "Okafor , who play at home | 0-1 ORG | ORGANIZATION:Okafor",
      "Okafor , which grew | 0-1 LOC | LOCATION:Okafor",
      // an honorific makes a person of a longer place too
      "Ms. Okafor Lind arrived | 1-3 LOC | PERSON:Okafor Lind",
      // three words before "who" still; an example after "like" too
      "Okafor Lind Berg , who fled | 0-3 LOC | PERSON:Okafor Lind Berg",
      "people like/ADP Okafor who fled | 2-3 LOC | PERSON:Okafor",
      // a country's possessive at the sentence's end; a country with no possessive owns nothing
      "praise for Kenya ’s/PART Okafor | 4-5 LOC | LOCATION:Okafor",
      "in Kenya Okavu grew/VERB fastest | 2-3 LOC | LOCATION:Okavu",
  })
  void resolve_contextOfAOneWordName_decidesWhetherItIsAPerson(String sentence, String spans,
      String expected) {
    SentenceTokens s = sentence(sentence);

    List<TypedMention> found = resolver.resolve(s, spans(spans));

    assertThat(show(s.body(), found)).last().isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "investors sold Korvath shares/NOUN | 2-3 PER | ORGANIZATION:Korvath",
      "Korvath ’s/PART shareholders/NOUN voted | 0-1 PER | ORGANIZATION:Korvath",
      "Korvath’s headquarters/NOUN moved | 0-1 PER | ORGANIZATION:Korvath",
      "analysts at Korvath said | 2-3 PER | ORGANIZATION:Korvath",
      "employees of Korvath protested | 2-3 PER | ORGANIZATION:Korvath",
      "the board of Korvath met | 3-4 PER | ORGANIZATION:Korvath",
      "Korvath ’s/PART profits/NOUN fell | 0-1 PER | ORGANIZATION:Korvath",
      "Korvath cut/VERB its forecast | 0-1 PER | ORGANIZATION:Korvath",
      "Okafor said/VERB it would rain | 0-1 PER | PERSON:Okafor",
      "Okafor praised/VERB its design | 0-1 PER | PERSON:Okafor",
      "Korvath , which makes batteries | 0-1 PER | ORGANIZATION:Korvath",
      "Korvath , the country ’s largest lender , cut jobs | 0-1 PER | ORGANIZATION:Korvath",
      "Korvath , a small charity . | 0-1 PER | ORGANIZATION:Korvath",
      "a spokesman for the airline/NOUN Korvath said | 5-6 PER | ORGANIZATION:Korvath",
      "the investment/NOUN firm/NOUN Korvath declined | 3-4 PER | ORGANIZATION:Korvath",
      "a big/ADJ retailer/NOUN Korvath opened | 3-4 PER | ORGANIZATION:Korvath",
      "but/CCONJ rights/NOUN group/NOUN Korvath says | 3-4 PER | ORGANIZATION:Korvath",
      "retailer/NOUN Korvath said | 1-2 PER | ORGANIZATION:Korvath",
      "Carmaker Korvath said | 0-2 PER | ORGANIZATION:Korvath",
      "Bank Korvath said | 0-2 PER | PERSON:Bank Korvath",
      "sales at/ADP retailer/NOUN Korvath rose | 3-4 LOC | ORGANIZATION:Korvath",
      "sales at/ADP retailer/NOUN Smith rose | 3-4 LOC | LOCATION:Smith",
      // a person's context stays a person's
      "the company/NOUN Smith founded/VERB failed | 2-3 PER | PERSON:Smith",
      "he met/VERB retailer/NOUN Korvath | 3-4 PER | PERSON:Korvath",
      "the company/NOUN chief/NOUN Korvath said | 3-4 PER | PERSON:Korvath",
      "Okafor shares/VERB a flat | 0-1 PER | PERSON:Okafor",
      "Okafor headquarters/NOUN | 0-1 PER | PERSON:Okafor",
      "Okafor , who leads the party | 0-1 PER | PERSON:Okafor",
      "Okafor , the company ’s chief executive , resigned | 0-1 PER | PERSON:Okafor",
      "a friend of Okafor said | 3-4 PER | PERSON:Okafor",
      "an edition of/ADP Okafor , which failed | 3-4 PER | PERSON:Okafor",
      "Korvath , a member of the party , said | 0-1 PER | PERSON:Korvath",
      // the sentence ends after the name, its possessive, its comma or its "its"
      "a tribute to Okafor’s | 3-4 PER | PERSON:Okafor",
      "Okafor cut/VERB its | 0-1 PER | PERSON:Okafor",
      "thanks to Okafor , | 2-3 PER | PERSON:Okafor",
      "Okafor , the new coach | 0-1 PER | PERSON:Okafor",
      // an apposition of up to ten words after the comma
      "Korvath , the country ’s third largest and oldest retail lender , cut jobs | 0-1 PER"
          + " | ORGANIZATION:Korvath",
      // an apposition opened by an owner's possessive or "one of", or ended by a preposition;
      // a place the model guessed takes it too
      "Korvath , Ruritania ’s financial regulator . | 0-1 LOC | ORGANIZATION:Korvath",
      "Korvath , Tamsk's municipal hospital group , said | 0-1 LOC | ORGANIZATION:Korvath",
      "Korvath , one of the region ’s biggest lenders , said | 0-1 PER | ORGANIZATION:Korvath",
      "Korvath , the largest operator in the city , said | 0-1 LOC | ORGANIZATION:Korvath",
      "Korvath , Ruritania ’s capital , voted | 0-1 LOC | LOCATION:Korvath",
      "Korvath , one of the region ’s oldest towns , voted | 0-1 LOC | LOCATION:Korvath",
      "Okafor , Lind ’s friend , said | 0-1 PER | PERSON:Okafor",
      "Korvath , big lender , said | 0-1 LOC | LOCATION:Korvath",
      "Korvath , the region ’s lenders , said | 0-1 LOC | LOCATION:Korvath",
      // a place's "-based" or "-listed" before it, the name ending its phrase
      "Tamsk-based Korvath said/VERB | 1-2 PER | ORGANIZATION:Korvath",
      "Tamsk-listed Korvath said/VERB | 1-2 LOC | ORGANIZATION:Korvath",
      "Tamsk-based Korvath investors/NOUN met | 1-2 PER | PERSON:Korvath",
      // up to two words between the article and the kind; a kind read as a verb is none
      "a spokesman for the big/ADJ investment/NOUN firm/NOUN Korvath said | 7-8 PER"
          + " | ORGANIZATION:Korvath",
      "the guards exchange/VERB Korvath for two hostages | 3-4 PER | PERSON:Korvath",
  })
  void resolve_organisationsContext_makesAOneWordPersonAnOrganisation(String sentence,
      String spans, String expected) {
    assertThat(resolved(sentence, spans)).last().isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Velmora and Korvath could win | 0-1 ORG; 2-3 PER | ORGANIZATION:Velmora ORGANIZATION:Korvath",
      "Korvath or Velmora may bid | 0-1 PER; 2-3 ORG | ORGANIZATION:Korvath ORGANIZATION:Velmora",
      // a listed surname, a name not right next to the organisation, two people: unchanged
      "Velmora and Smith agreed | 0-1 ORG; 2-3 PER | ORGANIZATION:Velmora PERSON:Smith",
      "Velmora hired Korvath | 0-1 ORG; 2-3 PER | ORGANIZATION:Velmora PERSON:Korvath",
      "Okafor and Korvath met | 0-1 PER; 2-3 PER | PERSON:Okafor PERSON:Korvath",
      "Korvath and Velmora met | 0-1 PER; 2-3 PER | PERSON:Korvath PERSON:Velmora",
      // "and" with no name after, or no name before it
      "Korvath and others agreed | 0-1 PER | PERSON:Korvath",
      "profits and Korvath grew | 2-3 PER | PERSON:Korvath",
  })
  void resolve_oneWordPersonJoinedToAnOrganisation_isAnOrganisation(String sentence,
      String spans, String expected) {
    assertThat(resolved(sentence, spans)).containsExactly(expected.split(" "));
  }

  /** The mentions resolved from a sentence and the model's spans, as TYPE:text. */
  private static List<String> resolved(String sentence, String spans) {
    SentenceTokens s = sentence(sentence);
    return show(s.body(), resolver.resolve(s, spans(spans)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "the failed/VERB crypto/NOUN exchange/NOUN Korvath Lanto said | ORGANIZATION:Korvath Lanto",
      "a merger with the utility/NOUN Korvath last week | ORGANIZATION:Korvath",
      "shares in the big/ADJ carmaker/NOUN Korvath | ORGANIZATION:Korvath",
      // what is based or listed somewhere is a body
      "Tamsk-based Korvath agreed/VERB to buy it | ORGANIZATION:Korvath",
      "shares of Tamsk-listed Korvath Lanto fell/VERB | ORGANIZATION:Korvath Lanto",
      // a kind of organisation as its apposition after "the" and the name
      "a spokesman for the Ostlund Project , an activist/ADJ group/NOUN that/PRON works/VERB"
          + " | ORGANIZATION:Ostlund Project",
      "organized/VERB by the Kestrel Initiative , a charity/NOUN , has/VERB grown/VERB"
          + " | ORGANIZATION:Kestrel Initiative",
  })
  void resolve_kindOfOrganisationBeforeNamesNoOneFound_introducesAnOrganisation(String sentence,
      String expected) {
    SentenceTokens s = sentence(sentence);

    assertThat(show(s.body(), resolver.resolve(s, List.of()))).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "the company/NOUN Smith founded/VERB failed | Smith", // a listed surname: maybe a person
      "the firm/NOUN Monday said | Monday", // a day
      "the agency/NOUN GPS data showed | GPS", // a word that names no one
      "the agency/NOUN Director spoke | Director", // a title
      "to insurance/NOUN company/NOUN CEOs and/CCONJ nurses | CEOs", // a title's plural
      "the firm/NOUN Korvath Lanto Brae Kestrel won | Korvath", // four capitalised words
      "he met/VERB retailer/NOUN Korvath | Korvath", // no article
      "the party/NOUN Member of Parliament | Member", // a name going on with "of"
      "the European/ADJ Union/NOUN Referendum Act | Referendum", // a kind in capitals: a name
      "Tamsk-based Korvath investors/NOUN met | Korvath", // a word describing the noun after it
      "the Tamsk-based Korvath without/ADP Borders said | Korvath", // a name going on
      "Tamsk-based Korvath and/CCONJ Lanto said | Korvath", // a name going on, or two names
      "he met/VERB Korvath Lanto , the company/NOUN 's chief/ADJ , so | Korvath", // no "the"
  })
  void resolve_kindOfOrganisationBeforeOtherWords_introducesNothing(String sentence,
      String word) {
    SentenceTokens s = sentence(sentence);

    assertThat(show(s.body(), resolver.resolve(s, List.of())))
        .noneMatch(m -> m.contains(word));
  }

  @Test
  void resolve_personsCoordinatedEitherWay_makeTheNameBesideThemAPerson() {
    SentenceTokens before = sentence("Okafor and Nowak arrived");
    SentenceTokens after = sentence("Nowak and Greta Okafor arrived");

    assertThat(show(before.body(), resolver.resolve(before, spans("0-1 PER;2-3 LOC"))))
        .containsExactly("PERSON:Okafor", "PERSON:Nowak");
    assertThat(show(after.body(), resolver.resolve(after, spans("0-1 LOC;2-4 PER"))))
        .containsExactly("PERSON:Nowak", "PERSON:Greta Okafor");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a name before a group word, a facility, a foreign organisation's head, a lowercase
      // country, a listed name the model missed: the stages after the lexicon and the model run
      // on every sentence
      "the Korvath group withdrew | 1-2 PER | ORGANIZATION:Korvath",
      "fans at the Valdor Arena cheered | 3-5 ORG | LOCATION:Valdor Arena",
      "at the Universität Valdor today | 2-4 LOC | ORGANIZATION:Universität Valdor",
      "she moved to france/PROPN last year | | COUNTRY:france",
      "yesterday Greta Okafor/VERB arrived . | | PERSON:Greta Okafor",
  })
  void resolve_rulesAfterTheModel_typeTheKeptMentions(String sentence, String spans,
      String expected) {
    SentenceTokens s = sentence(sentence);

    List<TypedMention> found = resolver.resolve(s, spans == null ? List.of() : spans(spans));

    assertThat(show(s.body(), found)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // an honorific: up to three capitalised words, whatever their tags
      "my co-counsel , Mr. Varkonyi , will speak | PERSON:Varkonyi",
      "Mrs. Halvorsen/ADV , 71 , lives there | PERSON:Halvorsen",
      "then Dr. Okafor Lind Berg Moss spoke | PERSON:Okafor Lind Berg",
      // an age, when no noun follows the name
      "the 32-year-old Varkonyi/ADV will/AUX play | PERSON:Varkonyi",
      "the 25-year-old Okafor Lind won/VERB | PERSON:Okafor Lind",
      // one word between "the" and "administration" or "presidency"
      "under the Moravec administration | PERSON:Moravec",
      "late in the Okafor presidency | PERSON:Okafor",
  })
  void resolve_contextNamingAPersonTheModelMissed_addsThePerson(String sentence,
      String expected) {
    SentenceTokens s = sentence(sentence);

    List<TypedMention> found = resolver.resolve(s, List.of());

    assertThat(show(s.body(), found)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Miss Valdoria was crowned", // a pageant's name as often as a woman's
      "the 25-year-old Briton won/VERB", // a demonym
      "the 30-year-old Valdor/PROPN plant/NOUN closed", // a noun after it: the thing is aged
      "the 32-year-old said Varkonyi", // the age stands alone
      "under the Moravec/VERB administration", // a tag that reads no name
      "the Okafor Lind administration", // two words: no name the rule vouches for
      "Mr. and Mrs. okafor came", // no capitalised word after either
      "Mr. Senator spoke", // a title, not a name
      "MR. OKAFOR SAID NO", // a headline in capitals
      "Mr. Okafor Says No To Talks", // a headline in title case
  })
  void resolve_contextWithoutAPersonsName_addsNothing(String sentence) {
    SentenceTokens s = sentence(sentence);

    assertThat(resolver.resolve(s, List.of())).isEmpty();
  }

  @Test
  void resolve_nameAfterAnAgeAlreadyFound_keepsTheOtherCandidate() {
    SentenceTokens s = sentence("the 40-year-old Valdor Holdings is/AUX for sale");

    List<TypedMention> found = resolver.resolve(s, spans("2-4 ORG"));

    assertThat(show(s.body(), found)).containsExactly("ORGANIZATION:Valdor Holdings");
  }

  @Test
  void resolve_headlineInCapitals_keepsTheModelsType() {
    SentenceTokens s = sentence("MR. OKAFOR SAID NO");

    List<TypedMention> found = resolver.resolve(s, spans("1-2 LOC"));

    assertThat(show(s.body(), found)).containsExactly("LOCATION:OKAFOR");
  }
}
