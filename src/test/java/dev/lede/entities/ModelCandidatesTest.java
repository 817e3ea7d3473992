package dev.lede.entities;

import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static dev.lede.entities.StageFixtures.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.text.TextProcessor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ModelCandidatesTest {

  private static LexiconCandidates lexicon;
  private static ModelCandidates model;

  @BeforeAll
  static void load() {
    lexicon = new LexiconCandidates(StageFixtures.gazetteer(), StageFixtures.features());
    model = new ModelCandidates(StageFixtures.gazetteer(), StageFixtures.features());
  }

  /** The candidates {@link ModelCandidates#add} makes of one model span, as "TYPE:text". */
  private static List<String> added(String sentence, int[] span) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    cands.clear();
    model.add(s, List.of(span), marks, cands);
    return show(s, cands);
  }

  /** The candidate cleaned from one model span, as "TYPE:text", or null. */
  private static String clean(SentenceTokens s, int[] span) {
    Candidate c = model.candidate(span, s, lexicon.match(s, new ArrayList<>()));
    return c == null ? null : show(s, c);
  }

  @Test
  void add_sentenceOfManyTitledNames_readsPortfoliosOnlyNearEachSpan() {
    // found by a fuzzer: each person span read every "of" after a title from the sentence's
    // start, with portfolios running on to the span's end ("Secretary of State Condoleezza Rice"
    // repeated: 200 times took 11 s here, now a few milliseconds)
    int names = 200;
    SentenceTokens s = sentence("Secretary of State Greta Okafor ".repeat(names).strip());
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < names; i++) {
      spans.add(span(5 * i + (i % 2 == 0 ? 3 : 0), 5 * i + 5, "PER"));
    }
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    cands.clear();
    model.add(s, spans, marks, cands);

    assertThat(show(s, cands)).hasSize(names).containsOnly("PERSON:Greta Okafor");
  }

  @Test
  void candidate_placeBeforeAJobTitle_isNoOrganisation() {
    SentenceTokens one = sentence("former U.S. Representative Jane Doe");
    SentenceTokens many = sentence("11 U.S. Representatives came");
    SentenceTokens body = sentence("the U.S. Senate voted");

    assertThat(clean(one, span(1, 3, "ORG"))).isNull();
    assertThat(clean(many, span(1, 3, "ORG"))).isNull();
    // an organisation's own name after the place stays whole
    assertThat(clean(body, span(1, 3, "ORG"))).isEqualTo("ORGANIZATION:U.S. Senate");
  }

  @Test
  void recognize_nameRepeatedAcrossJoinedLines_isTwoMentionsAndDoesNotMakeTheTownAPerson() {
    EntityRecognizer recognizer = StageFixtures.recognizer();
    TextProcessor processor = StageFixtures.processor();
    List<String> email = recognizer.recognize(null, processor.process(
        "The spreadsheet is attached. Thanks, Marcus Marcus, could you check the totals before "
            + "Friday?")).stream().flatMap(e -> e.mentions().stream()
                .map(m -> e.type() + ":" + m.text())).toList();
    List<Entity> guide = recognizer.recognize(null, processor.process(
        "Kelso Kelso is a small town on the coast. The ferry to Kelso leaves daily."));

    assertThat(email).containsExactly("PERSON:Marcus", "PERSON:Marcus");
    assertThat(guide).filteredOn(e -> e.type() != EntityType.PERSON)
        .extracting(Entity::name).containsExactly("Kelso");
  }

  @Test
  void candidate_titlesDemonymsAndPossessives_stayOutsideThePerson() {
    SentenceTokens s = sentence("Belarusian President Greta Okafor ’s plan");

    assertThat(clean(s, span(0, 5, "PER"))).isEqualTo("PERSON:Greta Okafor");
  }

  @ParameterizedTest
  @CsvSource({
      "the Senator spoke, 1, 2, PER", // a bare title
      "in 776 BC there, 2, 3, LOC", // NEVER_NAMES
      "two Sunni Muslims came, 1, 3, ORG", // GROUP_WORDS
      "the Party met, 1, 2, ORG", // NEVER_ALONE
      "the Interior Minister spoke, 1, 3, ORG", // a job title
      "the Hamas-ruled Gaza, 1, 2, LOC", // a hyphenated adjective alone
      "Talvora Product Manager Ann Lee, 0, 3, PER", // an office of no town: no one
  })
  void candidate_spansThatNameNoOne_areDropped(String sentence, int a, int b, String type) {
    assertThat(clean(sentence(sentence), span(a, b, type))).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "Fullback Tomas Okafor scored, 0, 3, PERSON:Tomas Okafor", // a position opens a sentence
      "Defenseman Greta Lind scored, 0, 3, PERSON:Greta Lind",
      "WR Okafor caught it, 0, 2, PERSON:Okafor",
      "Kesmark alum Greta Okafor won, 0, 4, PERSON:Greta Okafor", // a role in lower case
      "Brooklyn Councilman Tomas Okafor spoke, 0, 4, PERSON:Tomas Okafor", // a place, a title
      "greta okafor spoke, 0, 2, PERSON:greta okafor", // a name in lower case
      "Brooklyn Councilman Jumoke Okafor spoke, 0, 4, PERSON:Jumoke Okafor",
      "Muhammed Sheikh Okafor spoke, 0, 3, PERSON:Muhammed Sheikh Okafor",
      "Martin Luther King Jr. spoke, 0, 4, PERSON:Martin Luther King Jr.", // a surname
      "Greta Forward Okafor spoke, 0, 3, PERSON:Greta Forward Okafor", // a middle name
      "Ursula von der Leyen spoke, 0, 4, PERSON:Ursula von der Leyen",
  })
  void candidate_roleBeforeAPersonsName_staysOutside(String sentence, int a, int b,
      String expected) {
    assertThat(clean(sentence(sentence), span(a, b, "PER"))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "Palmer City Clerk Janette Bower, 0, 3, LOCATION:Palmer", // a town's office: the town
      "said Orrin County Commissioner Tom Reiner, 1, 4, LOCATION:Orrin County",
      "the Westfield Town Manager said, 1, 4, LOCATION:Westfield",
      "Brook Township Supervisor Al Penn, 0, 3, LOCATION:Brook",
  })
  void candidate_personSpanOfATownsOffice_isTheTown(String sentence, int a, int b,
      String expected) {
    assertThat(clean(sentence(sentence), span(a, b, "PER"))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "the Harrow School won, 1, 3, LOC, LOCATION:Harrow School",
      "Judge Okafor ruled, 0, 2, ORG, ORGANIZATION:Judge Okafor",
      "Incumbent Democrat Greta Okafor won, 0, 4, ORG, ORGANIZATION:Incumbent Democrat Greta Okafor",
      "met Greta Okafor today, 1, 3, ORG, ORGANIZATION:Greta Okafor",
  })
  void candidate_wordLists_neverOverruleTheModelsType(String sentence, int a, int b, String type,
      String expected) {
    assertThat(clean(sentence(sentence), span(a, b, type))).isEqualTo(expected);
  }

  @Test
  void add_spanEndingWhereAMinistryEndsBeforeOf_isKeptAndOneTakingTheOf_isDropped() {
    SentenceTokens s = sentence("Staff of the Grand Ministry of Health of Ruritania met");
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    Candidate ministry = new Candidate(4, 7, EntityType.MINISTRY, null, null, false,
        Candidate.PRIO_MINISTRY);
    cands.clear();
    cands.add(ministry);

    // "Grand Ministry of Health": the name ends at the ministry's end, before its "of"
    model.add(s, List.of(span(3, 7, "ORG")), marks, cands);
    assertThat(show(s, cands)).containsExactly("MINISTRY:Ministry of Health",
        "ORGANIZATION:Grand Ministry of Health");

    cands.subList(1, cands.size()).clear();
    model.add(s, List.of(span(3, 9, "ORG")), marks, cands);
    assertThat(show(s, cands)).containsExactly("MINISTRY:Ministry of Health");

    // a span that starts with the ministry and takes its "of"
    model.add(s, List.of(span(4, 9, "ORG")), marks, cands);
    assertThat(show(s, cands)).containsExactly("MINISTRY:Ministry of Health");
  }

  @Test
  void add_personOwningTheNameAfterAPossessive_isAPersonToo() {
    SentenceTokens s = sentence("President Greta Okafor ’s Nowak Group said");
    SentenceTokens place = sentence("Kenya ’s Nowak Group said");
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    cands.clear();

    model.add(s, List.of(span(0, 6, "ORG")), marks, cands);
    assertThat(show(s, cands)).containsExactly("ORGANIZATION:Nowak Group",
        "PERSON:Greta Okafor");

    cands.clear();
    LexiconCandidates.Marks placeMarks = lexicon.match(place, cands);
    cands.clear();
    model.add(place, List.of(span(0, 4, "ORG")), placeMarks, cands);
    assertThat(show(place, cands)).containsExactly("ORGANIZATION:Nowak Group");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // an owner of two to four words after its titles, starting with a given name
      "President Greta Okafor's Nowak Group said; 0; 5;"
          + " ORGANIZATION:Nowak Group|PERSON:Greta Okafor's",
      "Greta Lin Berg Okafor ’s Nowak Group said; 0; 7;"
          + " ORGANIZATION:Nowak Group|PERSON:Greta Lin Berg Okafor",
      "President Greta Lin Okafor ’s Nowak Group said; 0; 7;"
          + " ORGANIZATION:Nowak Group|PERSON:Greta Lin Okafor",
      // an owner holding a place is no person
      "Georgia State University ’s Nowak Institute said; 0; 6; ORGANIZATION:Nowak Institute",
  })
  void add_ownerOfTheNameAfterAPossessive(String sentence, int a, int b, String expected) {
    assertThat(added(sentence, span(a, b, "ORG"))).containsExactly(expected.split("\\|"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // the company's name ends with its legal form; "of" then says where the company is
      "Acme Inc. of Lisbon said; 0; 4; ORGANIZATION:Acme Inc.|LOCATION:Lisbon",
      "Velmora Holdings Ltd. of New Harbour said; 0; 6;"
          + " ORGANIZATION:Velmora Holdings Ltd.|LOCATION:New Harbour",
      "Apple Inc. of the Netherlands said; 0; 5; ORGANIZATION:Apple Inc.|LOCATION:Netherlands",
      // the place is the capitalised words after "of"; a name after "and" is another
      "Acme Inc. of Lisbon and Kestrel Systems said; 0; 7;"
          + " ORGANIZATION:Acme Inc.|LOCATION:Lisbon|ORGANIZATION:Kestrel Systems",
      "Acme Inc. of Lisbon , Portugal said; 0; 6; ORGANIZATION:Acme Inc.|LOCATION:Lisbon",
      // European legal forms, as encyclopedias write foreign companies
      "Tessin Präzision SA of Lugano said; 0; 5; ORGANIZATION:Tessin Präzision SA|LOCATION:Lugano",
      "Norrvik Pappers AB of Umeå said; 0; 5; ORGANIZATION:Norrvik Pappers AB|LOCATION:Umeå",
      "Van Dalen Bouw N.V. of Utrecht said; 0; 6; ORGANIZATION:Van Dalen Bouw N.V.|LOCATION:Utrecht",
      // "Co." goes on with "of"; nothing after "of" is no place
      "Standard Mill Co. of Ohio said; 0; 5; ORGANIZATION:Standard Mill Co. of Ohio",
      "Acme Inc. of said; 0; 3; ORGANIZATION:Acme Inc.",
  })
  void add_legalFormThenOf_isTheCompanyAndThePlaceItIsIn(String sentence, int a, int b,
      String expected) {
    assertThat(added(sentence, span(a, b, "ORG"))).containsExactly(expected.split("\\|"));
  }

  @Test
  void add_spansOfATitleCaseHeadline_areKeptAsTheModelFoundThem() {
    SentenceTokens s = sentence("Greta Okafor Wins Big At The Old Town Hall Again");
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    cands.clear();

    model.add(s, List.of(span(0, 2, "PER"), span(6, 9, "LOC")), marks, cands);

    assertThat(show(s, cands)).containsExactly("PERSON:Greta Okafor", "LOCATION:Old Town Hall");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // punctuation, possessives, articles and connectors at the edges stay outside
      "met Greta Okafor , then; 1; 4; PER; PERSON:Greta Okafor",
      "the Okafor Foundation ’s plan; 0; 4; ORG; ORGANIZATION:Okafor Foundation",
      "and the Okafor Foundation said; 0; 4; ORG; ORGANIZATION:Okafor Foundation",
      "a Okafor Foundation grant; 0; 3; ORG; ORGANIZATION:Okafor Foundation",
      // lowercase words at the edges
      "in southern Kandahar today; 1; 3; LOC; LOCATION:Kandahar",
      "the Gulf of Mexico south coast; 1; 5; LOC; LOCATION:Gulf of Mexico",
      "the Okafor Foundation and; 1; 4; ORG; ORGANIZATION:Okafor Foundation",
      // a possessive inside: what follows it is a name of its own (a person if a given name
      // starts it), the owner another; the possessive of a saint, a title or a plural noun is a
      // word of the name
      "Okafor 's Nowak Group; 0; 4; ORG; ORGANIZATION:Nowak Group",
      "Okafor's Nowak Group; 0; 3; ORG; ORGANIZATION:Nowak Group",
      "Kenya ’s Foreign Ministry said; 0; 4; ORG; ORGANIZATION:Foreign Ministry",
      "Kenya ’s Greta Okafor said; 0; 4; LOC; PERSON:Greta Okafor",
      "at St. Okafor 's Basilica; 1; 5; LOC; LOCATION:St. Okafor 's Basilica",
      "the People ’s Okafor Army; 1; 5; ORG; ORGANIZATION:People ’s Okafor Army",
      "at King 's College Okafor; 1; 5; ORG; ORGANIZATION:King 's College Okafor",
      "at Okafor Children 's Hospital; 1; 5; ORG; ORGANIZATION:Okafor Children 's Hospital",
      "Okafor 's; 0; 2; ORG; ORGANIZATION:Okafor",
      // a trailing role after an organisation's head
      "Labour Party of Kenya MP spoke; 0; 5; ORG; ORGANIZATION:Labour Party of Kenya",
      "Okafor Party MP spoke; 0; 3; ORG; ORGANIZATION:Okafor Party",
      "Party MP spoke; 0; 2; ORG; ORGANIZATION:Party MP",
      // titles, demonyms and portfolios before a person
      "Russian President Greta Okafor said; 0; 4; PER; PERSON:Greta Okafor",
      // the portfolio after a title, wherever the model's span starts
      "Secretary of State Greta Okafor said; 2; 5; PER; PERSON:Greta Okafor",
      "Minister for Trade Greta Okafor said; 2; 5; PER; PERSON:Greta Okafor",
      "Secretary of State Greta Okafor said; 0; 5; PER; PERSON:Greta Okafor",
      "Secretary of State Greta Okafor said; 1; 5; PER; PERSON:Greta Okafor",
      "Minister for Foreign Affairs Greta Okafor said; 0; 6; PER; PERSON:Greta Okafor",
      "Minister for Foreign Affairs Greta Okafor said; 2; 6; PER; PERSON:Greta Okafor",
      "Minister for Foreign Affairs Greta Okafor said; 3; 6; PER; PERSON:Greta Okafor",
      // no title before "of": the words stay in the name
      "Duke of York Greta said; 0; 4; PER; PERSON:Duke of York Greta",
      "the Interior Minister Okafor said; 1; 4; PER; PERSON:Okafor",
      // nothing but demonyms or group words
      "Russian Muslims protested; 0; 2; ORG;",
      // a name written in lower case keeps all its words; a capitalised one sheds lowercase edges
      "the okafor group; 1; 3; ORG; ORGANIZATION:okafor group",
      "we flew to san francisco; 3; 5; LOC; LOCATION:san francisco",
      "we flew to southern Kandahar; 3; 5; LOC; LOCATION:Kandahar",
      // a name starting with a digit counts as capitalised: its lowercase edges go
      "shares of 3M company rose; 2; 4; ORG; ORGANIZATION:3M",
      "shares of 3m company rose; 2; 4; ORG; ORGANIZATION:3m",
      "a Social Democrat won; 1; 3; ORG;",
      "a Social Democratic Party; 1; 4; ORG; ORGANIZATION:Social Democratic Party",
      // spans with nothing of a name in them, up to the sentence's first or last token
      "— said; 0; 1; PER;",
      "’s plan; 0; 1; ORG;",
      "he said and the; 2; 4; ORG;",
      "the Hamas-ruled; 1; 2; LOC;",
      "Okafor ’s; 0; 2; PER; PERSON:Okafor",
      // people or shares of what follows, first in the sentence, are no part of its name
      "Shares of Okafor Motors rose; 0; 4; ORG; ORGANIZATION:Okafor Motors",
      "Workers at the Okafor Foundation struck; 0; 5; ORG; ORGANIZATION:Okafor Foundation",
      "Bank of Okafor said; 0; 3; ORG; ORGANIZATION:Bank of Okafor",
      "Shares of; 0; 2; ORG;",
      // a trade that opens the sentence is no word of the company's name after it
      "Carmaker Okafor said; 0; 2; PER; PERSON:Okafor",
      "Rival Okafor Motors said; 0; 3; ORG; ORGANIZATION:Okafor Motors",
      "Rivals Okafor said; 0; 2; ORG; ORGANIZATION:Okafor",
      "Union Okafor said; 0; 2; ORG; ORGANIZATION:Union Okafor",
      "the Carmaker Okafor; 1; 3; ORG; ORGANIZATION:Carmaker Okafor",
      // "Treasury" alone is the department unless a financial noun follows it
      "Treasury yields rose; 0; 1; ORG;",
      "the Treasury said; 1; 2; ORG; ORGANIZATION:Treasury",
      // the model's span of two names joined by "and" is kept whole
      "the Okafor and Nowak Group; 1; 5; ORG; ORGANIZATION:Okafor and Nowak Group",
      // a name may start with a digit
      "the 7-Eleven; 1; 2; ORG; ORGANIZATION:7-Eleven",
      "the 1975 played; 1; 2; ORG; ORGANIZATION:1975",
      // titles cut from a person span leave no name when the last word is a title too
      "Russian President Senator; 0; 3; PER;",
      // punctuation after a possessive: both outside
      "met Okafor ’s , then; 1; 4; PER; PERSON:Okafor",
      // punctuation before the name
      "met , Greta Okafor today; 1; 4; PER; PERSON:Greta Okafor",
      // "Treasury" alone, after the sentence's first word too
      "the Treasury yields rose; 1; 2; ORG;",
      // a trailing role is cut only from three words or more, wherever the span starts
      "the Party MP spoke; 1; 3; ORG; ORGANIZATION:Party MP",
      // a portfolio up to the sentence's end, after any title, not after a word that is none
      "Minister for Energy Okafor; 0; 4; PER; PERSON:Okafor",
      "Commissioner for Energy Greta Okafor said; 0; 5; PER; PERSON:Greta Okafor",
      "Duke of Energy Greta said; 0; 4; PER; PERSON:Duke of Energy Greta",
      // a possessive that starts the span belongs to the name before it
      "Nigeria ’s Okafor scored; 1; 3; PER; PERSON:Okafor",
      "Nigeria 's Okafor scored; 1; 3; PER; PERSON:Okafor",
      // a person span that takes its owner along: the name after the possessive
      "Ruritania ’s Greta Okafor said; 0; 4; PER; PERSON:Greta Okafor",
      "Ruritania 's Greta Lin Okafor said; 0; 5; PER; PERSON:Greta Lin Okafor",
      "Ruritania ’s President Greta Okafor said; 0; 5; PER; PERSON:Greta Okafor",
      "Ruritania ’s President Greta el-Okafor said; 0; 5; PER; PERSON:Greta el-Okafor",
      // a listed organisation after a person's possessive: the person is the owner
      "Greta Okafor ’s United Russia said; 0; 5; PER; PERSON:Greta Okafor",
      // titles and one word that is no listed name after the possessive: no one
      "Kenya ’s General Staff said; 0; 4; PER;",
      "Kenya ’s General Staff said; 0; 4; ORG; ORGANIZATION:General Staff",
      "Ruritania ’s Ursula von Okafor said; 0; 5; PER; PERSON:Ursula von Okafor",
      // one word after the possessive, or a lowercase one: the owner is the person
      "Cristiano Okafor ’s Al-Nowak lost; 0; 4; PER; PERSON:Cristiano Okafor",
      "Okafor ’s Greta said; 0; 3; PER; PERSON:Okafor",
      "Okafor ’s new Greta said; 0; 4; PER; PERSON:Okafor",
      // unless the owner is a place or a saint
      "Kenya ’s Treasury said; 0; 3; PER;",
      "St. Peter ’s Basilica rose; 0; 4; PER;",
      "Okafor ’s Greta Lin; 0; 4; ORG; PERSON:Greta Lin",
      // a portfolio after a title and its "of" is the job's, not a name: what follows its own
      // "of" is the name; a name that is no portfolio stays whole
      "Minister of Finance of Ruritania said; 2; 5; ORG; ORGANIZATION:Ruritania",
      "Secretary of State for Okafor Affairs said; 2; 6; ORG; ORGANIZATION:Okafor Affairs",
      "Minister of Finance said; 2; 3; ORG;",
      "Director of Okafor Holdings said; 2; 4; ORG; ORGANIZATION:Okafor Holdings",
      "the Bank of Finance of Ruritania said; 3; 6; ORG; ORGANIZATION:Finance of Ruritania",
      // a ruler "of" a country: the person, and the country a mention of its own
      "King Greta of Kenya said; 0; 4; PER; PERSON:Greta",
      "Tsar Greta II said; 0; 3; PER; PERSON:Greta II",
      "Kaiser Greta abdicated; 0; 2; PER; PERSON:Greta",
      "Queen Greta of Kenya said; 0; 4; ORG; PERSON:Greta",
      "Queen Greta of the Netherlands said; 0; 5; LOC; PERSON:Greta",
      "Queen Greta of the United Kingdom said; 0; 6; PER; PERSON:Greta",
      "Greta Okafor of Kenya said; 0; 4; PER; PERSON:Greta Okafor",
      "Catherine of Aragon said; 0; 3; PER; PERSON:Catherine of Aragon",
      "the Bank of Kenya said; 1; 4; ORG; ORGANIZATION:Bank of Kenya",
      // a title and its portfolio with no name after them: a job, no person
      "the Secretary of State said; 1; 4; PER;",
      "the Minister for Foreign Affairs said; 1; 5; PER;",
      // titles only after the possessive, up to the sentence's end: no one
      "Kenya ’s Vice President; 0; 4; PER;",
      // a possessive that ends the span stays in it (the resolver strips it)
      "Okafor's plan; 0; 1; PER; PERSON:Okafor's",
      // a portfolio that ends the sentence leaves no name
      "the Minister of Finance; 3; 4; ORG;",
      // a ruler's country of three words in all
      "Greta of Kenya said; 0; 3; PER; PERSON:Greta",
      // a title word after a given name or initials is a surname
      "Greta Lin King Jr. spoke; 0; 4; PER; PERSON:Greta Lin King Jr.",
      "G.B. King Jr. spoke; 0; 3; PER; PERSON:G.B. King Jr.",
      // after a place's possessive: up to four words starting with a given name are a person;
      // one word keeps the model's type ("Victoria" is a given name and a state)
      "Kenya ’s Greta Lin Berg Okafor said; 0; 6; LOC; PERSON:Greta Lin Berg Okafor",
      "Australia's Victoria state grew; 0; 2; LOC; LOCATION:Victoria",
      // "the" after "Shares of" stays outside a name written in lower case too
      "Shares of the okafor group rose; 0; 5; ORG; ORGANIZATION:okafor group",
      // a plural title alone first in the sentence: a team's name
      "Senators won 3-1; 0; 1; ORG; ORGANIZATION:Senators",
      // a portfolio after a title's "for", a title that is no role word's too
      "Minister for Energy of Ruritania said; 2; 5; ORG; ORGANIZATION:Ruritania",
      "Commissioner for Energy of Ruritania said; 2; 5; ORG; ORGANIZATION:Ruritania",
  })
  void candidate_edgesAndInsides(String sentence, int a, int b, String type, String expected) {
    assertThat(clean(sentence(sentence), span(a, b, type))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a job title after the organisation's name is the person's, not the organisation's
      "Talvora CEO Andrew Pike said; 0; 2; ORG; ORGANIZATION:Talvora",
      "charges Upland Dairy CEO and investor Karen Olson; 1; 4; ORG; ORGANIZATION:Upland Dairy",
      "the former House of Representatives Speaker Ben Nze; 2; 6; ORG;"
          + " ORGANIZATION:House of Representatives",
      "the Brenmoor Saints RBs have lost; 1; 4; ORG; ORGANIZATION:Brenmoor Saints",
      "of the Chiefs QB situation; 2; 4; ORG; ORGANIZATION:Chiefs",
      "Senate Leader , Ahmad Lawan said; 0; 2; ORG; ORGANIZATION:Senate",
      // "Rt. Hon.", the honorific of a member of a parliament, is no word of the parliament
      "of the House of Representatives Rt . Hon . Ade Nze; 2; 6; ORG;"
          + " ORGANIZATION:House of Representatives",
      // a word of time or tenure before it, capitalised first in a sentence, is none of it
      "Yesterday Norvale Micro Devices Inc. said; 0; 5; ORG;"
          + " ORGANIZATION:Norvale Micro Devices Inc.",
      "Former Brenmoor University player Tom Hale; 0; 3; ORG; ORGANIZATION:Brenmoor University",
      "Interim Kelvin Transit Police Chief Ed Alvarez; 0; 4; ORG;"
          + " ORGANIZATION:Kelvin Transit Police",
      // the same words inside a name, or a name that is nothing else, stay
      "the Okafor Speaker Company said; 1; 4; ORG; ORGANIZATION:Okafor Speaker Company",
      "the Party Leader spoke; 1; 3; ORG; ORGANIZATION:Party Leader",
      "the Former Yugoslavia split; 1; 3; LOC; LOCATION:Former Yugoslavia",
      "Acting Okafor said; 0; 2; PER; PERSON:Acting Okafor",
  })
  void candidate_roleOrTenureWordAtAnOrganisationsEdge_staysOutside(String sentence, int a, int b,
      String type, String expected) {
    assertThat(clean(sentence(sentence), span(a, b, type))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a country that is also a given name opens the person the model read
      "Chad Whitfield flew in; 0; 2; PER; PERSON:Chad Whitfield",
      "the pilot Jordan Ellis said; 2; 4; PER; PERSON:Jordan Ellis",
      // a country that is no given name stays outside, and so does one before another country
      "U.S. Greta Okafor said; 0; 3; PER; PERSON:Greta Okafor",
      "Chad Niger Okafor said; 0; 3; PER; PERSON:Okafor",
  })
  void candidate_countryThatIsAGivenNameFirstInAPerson_staysInside(String sentence, int a, int b,
      String type, String expected) {
    assertThat(clean(sentence(sentence), span(a, b, type))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // in capitals the words after an owner's possessive are a name only when a listed given
      // name opens them; else the owner is the person
      "PRIME MINISTER NDLOVU 'S CABINET RESIGNS; 2; 6; PER; PERSON:NDLOVU",
      "PRESIDENT OKAFOR 'S FUEL PLAN STALLS; 1; 6; PER; PERSON:OKAFOR",
      "KENYA 'S GRETA OKAFOR SPEAKS; 0; 4; PER; PERSON:GRETA OKAFOR",
      // in mixed case every capitalised word still counts
      "Kenya 's Wanjiru Okafor spoke; 0; 4; PER; PERSON:Wanjiru Okafor",
  })
  void candidate_personSpanInCapitalsWithAPossessive_isTheOwnerUnlessAGivenNameFollows(
      String sentence, int a, int b, String type, String expected) {
    assertThat(clean(sentence(sentence), span(a, b, type))).isEqualTo(expected);
  }

}
