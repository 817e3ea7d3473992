package dev.lede.entities;

import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static dev.lede.entities.StageFixtures.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.text.TextProcessor;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** The candidate cleaned from one model span, as "TYPE:text", or null. */
  private static String clean(SentenceTokens s, int[] span) {
    Candidate c = model.candidate(span, s, lexicon.match(s, new ArrayList<>()));
    return c == null ? null : show(s, c);
  }

  @Test
  void joinParticles_givenNameAloneOrCapitalisedParticles_takeTheWholeName() {
    SentenceTokens given = sentence("Ursula von der Leyen spoke");
    SentenceTokens repeat = sentence("Von der Leyen spoke");

    assertThat(ModelCandidates.joinParticles(List.of(span(0, 1, "PER")), given.words()))
        .containsExactly(span(0, 4, "PER"));
    assertThat(ModelCandidates.joinParticles(List.of(span(2, 3, "PER")), repeat.words()))
        .containsExactly(span(0, 3, "PER"));
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
  void withInitials_personSpanTakesTheInitialsWrittenBeforeIt() {
    SentenceTokens s = sentence("by K. Michael Stevens and W.H.S. Koerner");
    LexiconCandidates.Marks marks = lexicon.match(s, new ArrayList<>());

    assertThat(ModelCandidates.withInitials(List.of(span(2, 4, "PER"), span(6, 7, "PER")), s,
        marks)).containsExactly(span(1, 4, "PER"), span(5, 7, "PER"));
    // initials whose last full stop the tokenizer split off, written together with it
    SentenceTokens cut = SentenceTokens.of("by R.E. Glenn", new Tokens(
        new String[] {"by", "R.E", ".", "Glenn"}, new String[] {"ADP", "PROPN", "PUNCT", "PROPN"},
        new int[] {0, 3, 6, 8}, new int[] {2, 6, 7, 13}));
    assertThat(ModelCandidates.withInitials(List.of(span(3, 4, "PER")), cut,
        lexicon.match(cut, new ArrayList<>()))).containsExactly(span(1, 4, "PER"));
  }

  @Test
  void withInitials_abbreviationsOtherSpansAndOtherTypes_stayOutside() {
    SentenceTokens country = sentence("the U.S. John Smith report");
    SentenceTokens spaced = sentence("by R.E . Glenn");
    SentenceTokens after = sentence("J. K. Smith");

    assertThat(ModelCandidates.withInitials(List.of(span(2, 4, "PER")), country,
        lexicon.match(country, new ArrayList<>()))).containsExactly(span(2, 4, "PER"));
    assertThat(ModelCandidates.withInitials(List.of(span(3, 4, "PER")), spaced,
        lexicon.match(spaced, new ArrayList<>()))).containsExactly(span(3, 4, "PER"));
    // the initials belong to the span before, or an organisation keeps its own
    assertThat(ModelCandidates.withInitials(List.of(span(0, 1, "ORG"), span(1, 3, "PER")),
        after, lexicon.match(after, new ArrayList<>())))
        .containsExactly(span(0, 1, "ORG"), span(1, 3, "PER"));
    assertThat(ModelCandidates.withInitials(List.of(span(1, 3, "ORG")), after,
        lexicon.match(after, new ArrayList<>()))).containsExactly(span(1, 3, "ORG"));
  }

  @Test
  void joinParticles_personCutAtParticlesWithTheRestReadAsAPlace_isOneSpan() {
    SentenceTokens s = sentence("Ursula von der Leyen spoke");

    assertThat(ModelCandidates.joinParticles(List.of(span(0, 1, "PER"), span(3, 4, "LOC")),
        s.words())).containsExactly(span(0, 4, "PER"));
  }

  @Test
  void splitPairs_twoPeopleOrTwoOrganisationsJoinedByAnd_areTwoSpans() {
    SentenceTokens people = sentence("Greta Okafor and Daniel Nowak met");
    SentenceTokens bodies = sentence("World Health Organization and Doctors Without Borders");
    int[] none = {-1, -1, -1, -1, -1, -1, -1};

    assertThat(model.splitPairs(List.of(span(0, 5, "PER")), people.words(), none))
        .containsExactly(span(0, 2, "PER"), span(3, 5, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 7, "ORG")), bodies.words(), none))
        .containsExactly(span(0, 3, "ORG"), span(4, 7, "ORG"));
  }

  @Test
  void withListedWords_wordBeforeOrAfterAPersonMakingAListedName_joinsIt() {
    SentenceTokens listed = sentence("Xi Jinping spoke");
    SentenceTokens unlisted = sentence("Okafor Jinping spoke");
    SentenceTokens title = sentence("President Jinping spoke");

    assertThat(model.withListedWords(List.of(span(1, 2, "PER")), listed))
        .containsExactly(span(0, 2, "PER"));
    assertThat(model.withListedWords(List.of(span(1, 2, "LOC")), listed))
        .containsExactly(span(1, 2, "LOC"));
    assertThat(model.withListedWords(List.of(span(0, 1, "ORG"), span(1, 2, "PER")), listed))
        .containsExactly(span(0, 1, "ORG"), span(1, 2, "PER"));
    assertThat(model.withListedWords(List.of(span(1, 2, "PER")), unlisted))
        .containsExactly(span(1, 2, "PER"));
    assertThat(model.withListedWords(List.of(span(1, 2, "PER")), title))
        .containsExactly(span(1, 2, "PER"));
    // the word after, likewise, unless another span holds it
    assertThat(model.withListedWords(List.of(span(0, 1, "PER")), listed))
        .containsExactly(span(0, 2, "PER"));
    assertThat(model.withListedWords(List.of(span(0, 1, "PER"), span(1, 2, "LOC")), listed))
        .containsExactly(span(0, 1, "PER"), span(1, 2, "LOC"));
  }

  @Test
  void splitPairs_organisationSpanOfTwoNames_isTwoPeopleOnlyWithGivenNamesFirst() {
    SentenceTokens people = sentence("Greta Okafor and Daniel Nowak met");
    // "Cargo" is a listed surname, but no given name starts either side
    SentenceTokens firms = sentence("Velkor Cargo and Rail Cargo met");
    int[] none = {-1, -1, -1, -1, -1, -1, -1};

    assertThat(model.splitPairs(List.of(span(0, 5, "ORG")), people.words(), none))
        .containsExactly(span(0, 2, "PER"), span(3, 5, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 5, "ORG")), firms.words(), none))
        .containsExactly(span(0, 5, "ORG"));
  }

  @Test
  void splitPairs_organisationsWithAHeadWordOnEachSide_areTwoSpans() {
    SentenceTokens bodies = sentence("Okafor Institute of Technology and Nowak University met");
    SentenceTokens one = sentence("Okafor Institute of Electrical and Electronics Engineers met");
    int[] none = new int[9];
    java.util.Arrays.fill(none, -1);

    assertThat(model.splitPairs(List.of(span(0, 7, "ORG")), bodies.words(), none))
        .containsExactly(span(0, 4, "ORG"), span(5, 7, "ORG"));
    assertThat(model.splitPairs(List.of(span(0, 7, "ORG")), one.words(), none))
        .containsExactly(span(0, 7, "ORG"));
  }

  @Test
  void splitPairs_personSpanRepeatingAWord_isCutBeforeEachRepeat() {
    SentenceTokens signature = sentence("Thanks , Greta Greta , can you call");
    SentenceTokens twice = sentence("Greta Okafor Greta Okafor Daniel wrote");
    int[] none = new int[8];
    Arrays.fill(none, -1);

    assertThat(model.splitPairs(List.of(span(2, 4, "PER")), signature.words(), none))
        .containsExactly(span(2, 3, "PER"), span(3, 4, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 5, "PER")), twice.words(), none))
        .containsExactly(span(0, 2, "PER"), span(2, 5, "PER"));
  }

  @Test
  void splitPairs_twoFullNamesInARow_areTwoPeople() {
    SentenceTokens row = sentence("Debra Perlingiere Jackie Taylor will attend");
    int[] none = new int[6];
    Arrays.fill(none, -1);

    assertThat(model.splitPairs(List.of(span(0, 4, "PER")), row.words(), none))
        .containsExactly(span(0, 2, "PER"), span(2, 4, "PER"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Luiz Inacio Lula da Silva spoke|5",
      "Giuseppe De Felice Giuffrida spoke|4",
      "George Herbert Walker Bush spoke|4",
      "Hillary Rodham Clinton spoke|3",
      "Mary Ann Evans spoke|3"})
  void splitPairs_oneLongName_staysOnePerson(String text, int words) {
    SentenceTokens s = sentence(text);
    int[] none = new int[s.words().length];
    Arrays.fill(none, -1);

    assertThat(model.splitPairs(List.of(span(0, words, "PER")), s.words(), none))
        .containsExactly(span(0, words, "PER"));
  }

  @Test
  void splitPairs_rowsOnlyWithAWholeSecondNameInsideTheSpan() {
    SentenceTokens row = sentence("Debra Perlingiere Jackie Taylor will attend");
    SentenceTokens particle = sentence("Debra Perlingiere Jackie de Souza wrote");
    SentenceTokens four = sentence("Greta Anna Maria Okafor and Daniel Nowak met");
    SentenceTokens five = sentence("Greta Anna Maria Okafor Smith and Daniel Nowak met");
    int[] none = new int[10];
    Arrays.fill(none, -1);

    assertThat(model.splitPairs(List.of(span(0, 3, "PER")), row.words(), none))
        .containsExactly(span(0, 3, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 5, "PER")), particle.words(), none))
        .containsExactly(span(0, 5, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 7, "PER")), four.words(), none))
        .containsExactly(span(0, 4, "PER"), span(5, 7, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 8, "PER")), five.words(), none))
        .containsExactly(span(0, 8, "PER"));
  }

  @Test
  void splitPairs_repeatedInitialsParticlesOrOtherTypes_stayOneSpan() {
    SentenceTokens initials = sentence("J. R. R. Tolkien wrote");
    SentenceTokens particles = sentence("Faisal bin Salman bin Abdulaziz spoke");
    SentenceTokens band = sentence("Walla Walla Valley wines");
    int[] none = new int[8];
    Arrays.fill(none, -1);

    assertThat(model.splitPairs(List.of(span(0, 4, "PER")), initials.words(), none))
        .containsExactly(span(0, 4, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 5, "PER")), particles.words(), none))
        .containsExactly(span(0, 5, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 3, "LOC")), band.words(), none))
        .containsExactly(span(0, 3, "LOC"));
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
  })
  void candidate_spansThatNameNoOne_areDropped(String sentence, int a, int b, String type) {
    assertThat(clean(sentence(sentence), span(a, b, type))).isNull();
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
      "Queen Greta of Kenya said; 0; 4; ORG; PERSON:Greta",
      "Queen Greta of the Netherlands said; 0; 5; LOC; PERSON:Greta",
      "Greta Okafor of Kenya said; 0; 4; PER; PERSON:Greta Okafor",
      "Catherine of Aragon said; 0; 3; PER; PERSON:Catherine of Aragon",
      "the Bank of Kenya said; 1; 4; ORG; ORGANIZATION:Bank of Kenya",
      // a title and its portfolio with no name after them: a job, no person
      "the Secretary of State said; 1; 4; PER;",
      "the Minister for Foreign Affairs said; 1; 5; PER;",
  })
  void candidate_edgesAndInsides(String sentence, int a, int b, String type, String expected) {
    assertThat(clean(sentence(sentence), span(a, b, type))).isEqualTo(expected);
  }

  @Test
  void splitPairs_onlyWhereBothSidesLookLikeNames() {
    SentenceTokens people = sentence("greta and Daniel Nowak met");
    SentenceTokens headed = sentence("Greta Okafor and Daniel Nowak Foundation");
    SentenceTokens known = sentence("OECD and UNESCO met");
    SentenceTokens edge = sentence("and Daniel Nowak");
    int[] none = {-1, -1, -1, -1, -1, -1};
    int[] oecd = {0, -1, -1, -1, -1, -1};

    assertThat(model.splitPairs(List.of(span(0, 4, "PER")), people.words(), none))
        .containsExactly(span(0, 4, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 6, "ORG")), headed.words(), none))
        .containsExactly(span(0, 6, "ORG"));
    assertThat(model.splitPairs(List.of(span(0, 3, "ORG")), known.words(), oecd))
        .containsExactly(span(0, 1, "ORG"), span(2, 3, "ORG"));
    assertThat(model.splitPairs(List.of(span(0, 3, "ORG")), known.words(), none))
        .containsExactly(span(0, 3, "ORG"));
    assertThat(model.splitPairs(List.of(span(0, 3, "PER")), edge.words(), none))
        .containsExactly(span(0, 3, "PER"));
  }

  @Test
  void joinParticles_capitalisedParticlesBetweenTwoPersonSpans_joinThem() {
    // the second loop, which reads lowercase particles only, cannot join these
    SentenceTokens one = sentence("Greta De Souza spoke");
    SentenceTokens two = sentence("Ursula Von Der Leyen spoke");

    assertThat(ModelCandidates.joinParticles(List.of(span(0, 1, "PER"), span(2, 3, "PER")),
        one.words())).containsExactly(span(0, 3, "PER"));
    assertThat(ModelCandidates.joinParticles(List.of(span(0, 1, "PER"), span(3, 4, "PER")),
        two.words())).containsExactly(span(0, 4, "PER"));
  }

  @Test
  void joinParticles_adjacentSpansOrAPlaceBefore_stayApart() {
    SentenceTokens adjacent = sentence("Greta Okafor spoke");
    SentenceTokens place = sentence("Paris de Souza spoke");

    assertThat(ModelCandidates.joinParticles(List.of(span(0, 1, "PER"), span(1, 2, "PER")),
        adjacent.words())).containsExactly(span(0, 1, "PER"), span(1, 2, "PER"));
    assertThat(ModelCandidates.joinParticles(List.of(span(0, 1, "LOC"), span(2, 3, "PER")),
        place.words())).containsExactly(span(0, 1, "LOC"), span(2, 3, "PER"));
  }

  @Test
  void joinParticles_particlesAtTheSentencesEnd_takeNothing() {
    SentenceTokens s = sentence("a letter from Ursula von");

    assertThat(ModelCandidates.joinParticles(List.of(span(3, 4, "PER")), s.words()))
        .containsExactly(span(3, 4, "PER"));
  }

  @Test
  void splitPairs_edgesOfTheAndAndOfEachSide() {
    int[] none = new int[10];
    Arrays.fill(none, -1);
    // an "and" first in the span is not the one that joins the names
    SentenceTokens leading = sentence("and World Health Organization and Doctors Without Borders");
    // an "and" last in the span joins nothing
    SentenceTokens trailing = sentence("World Health Organization and Doctors Without Borders");
    // a one-word side, a four-word side, a side that ends the sentence
    SentenceTokens oneWord = sentence("Greta and Daniel Nowak met");
    SentenceTokens fourWords = sentence("Nowak and Greta Anna Maria Okafor met");
    SentenceTokens last = sentence("Greta Okafor and Nowak");

    assertThat(model.splitPairs(List.of(span(0, 8, "ORG")), leading.words(), none))
        .containsExactly(span(0, 4, "ORG"), span(5, 8, "ORG"));
    assertThat(model.splitPairs(List.of(span(0, 4, "ORG")), trailing.words(), none))
        .containsExactly(span(0, 4, "ORG"));
    assertThat(model.splitPairs(List.of(span(0, 4, "PER")), oneWord.words(), none))
        .containsExactly(span(0, 1, "PER"), span(2, 4, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 6, "PER")), fourWords.words(), none))
        .containsExactly(span(0, 1, "PER"), span(2, 6, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 4, "PER")), last.words(), none))
        .containsExactly(span(0, 2, "PER"), span(3, 4, "PER"));
  }

  @Test
  void splitPairs_organisationsOnlyWhenACapitalFollowsAndANameEndsInItsHead() {
    int[] none = new int[10];
    Arrays.fill(none, -1);
    SentenceTokens lower = sentence("World Health Organization and partners met");
    SentenceTokens bareHead = sentence("Parliament and Government met");

    assertThat(model.splitPairs(List.of(span(0, 5, "ORG")), lower.words(), none))
        .containsExactly(span(0, 5, "ORG"));
    assertThat(model.splitPairs(List.of(span(0, 3, "ORG")), bareHead.words(), none))
        .containsExactly(span(0, 3, "ORG"));
  }

  @Test
  void splitPairs_rowsOfNames_cutOncePerFullName() {
    int[] none = new int[10];
    Arrays.fill(none, -1);
    // after the cut before "Jackie", "Greta" is a given name one word in: no second cut
    SentenceTokens row = sentence("Debra Perlingiere Jackie Greta Taylor wrote");
    // a capitalised particle after the second given name keeps the name whole
    SentenceTokens particle = sentence("Debra Perlingiere Jackie De Souza wrote");
    // one-letter initials may repeat
    SentenceTokens initials = sentence("J R R Tolkien wrote");

    assertThat(model.splitPairs(List.of(span(0, 5, "PER")), row.words(), none))
        .containsExactly(span(0, 2, "PER"), span(2, 5, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 5, "PER")), particle.words(), none))
        .containsExactly(span(0, 5, "PER"));
    assertThat(model.splitPairs(List.of(span(0, 4, "PER")), initials.words(), none))
        .containsExactly(span(0, 4, "PER"));
  }

  @Test
  void joinParticles_onlyParticlesBetweenAndACapitalAfter() {
    SentenceTokens s = sentence("Ursula von der Leyen and Greta met");
    SentenceTokens lower = sentence("Ursula von der leyen met");
    SentenceTokens between = sentence("Ursula von Leyen Nowak");

    // a person then a person with something else between stays two spans
    assertThat(ModelCandidates.joinParticles(List.of(span(0, 1, "PER"), span(5, 6, "PER")),
        s.words())).containsExactly(span(0, 4, "PER"), span(5, 6, "PER"));
    // no capital after the particles: nothing taken
    assertThat(ModelCandidates.joinParticles(List.of(span(0, 1, "PER")), lower.words()))
        .containsExactly(span(0, 1, "PER"));
    // the word after the particles starts a span of the model: taken with it
    assertThat(ModelCandidates.joinParticles(List.of(span(0, 1, "PER"), span(2, 4, "LOC")),
        between.words())).containsExactly(span(0, 4, "PER"));
    // a place is never extended
    assertThat(ModelCandidates.joinParticles(List.of(span(0, 1, "LOC")), s.words()))
        .containsExactly(span(0, 1, "LOC"));
  }
}
