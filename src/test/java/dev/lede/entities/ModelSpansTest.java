package dev.lede.entities;

import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.span;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ModelSpansTest {

  private static LexiconCandidates lexicon;
  private static ModelSpans spans;

  @BeforeAll
  static void load() {
    lexicon = new LexiconCandidates(StageFixtures.gazetteer(), StageFixtures.features());
    spans = new ModelSpans(StageFixtures.gazetteer(), StageFixtures.features());
  }

  @Test
  void joinParticles_givenNameAloneOrCapitalisedParticles_takeTheWholeName() {
    SentenceTokens given = sentence("Ursula von der Leyen spoke");
    SentenceTokens repeat = sentence("Von der Leyen spoke");

    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "PER")), given.words()))
        .containsExactly(span(0, 4, "PER"));
    assertThat(ModelSpans.joinParticles(List.of(span(2, 3, "PER")), repeat.words()))
        .containsExactly(span(0, 3, "PER"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Laurence des Cars spoke", "Marco dei Rossi spoke",
      "Karl zu Guttenberg spoke", "Anna vom Hofe spoke"})
  void joinParticles_frenchItalianAndGermanParticles_joinTheSurname(String sentence) {
    SentenceTokens s = sentence(sentence);

    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "PER")), s.words()))
        .containsExactly(span(0, 3, "PER"));
  }

  @Test
  void withInitials_personSpanTakesTheInitialsWrittenBeforeIt() {
    SentenceTokens s = sentence("by K. Michael Stevens and W.H.S. Koerner");
    LexiconCandidates.Marks marks = lexicon.match(s, new ArrayList<>());

    assertThat(ModelSpans.withInitials(List.of(span(2, 4, "PER"), span(6, 7, "PER")), s,
        marks)).containsExactly(span(1, 4, "PER"), span(5, 7, "PER"));
    // initials whose last full stop the tokenizer split off, written together with it
    SentenceTokens cut = SentenceTokens.of("by R.E. Glenn", new Tokens(
        new String[] {"by", "R.E", ".", "Glenn"}, new String[] {"ADP", "PROPN", "PUNCT", "PROPN"},
        new int[] {0, 3, 6, 8}, new int[] {2, 6, 7, 13}));
    assertThat(ModelSpans.withInitials(List.of(span(3, 4, "PER")), cut,
        lexicon.match(cut, new ArrayList<>()))).containsExactly(span(1, 4, "PER"));
  }

  @Test
  void withInitials_abbreviationsOtherSpansAndOtherTypes_stayOutside() {
    SentenceTokens country = sentence("the U.S. John Smith report");
    SentenceTokens spaced = sentence("by R.E . Glenn");
    SentenceTokens after = sentence("J. K. Smith");

    assertThat(ModelSpans.withInitials(List.of(span(2, 4, "PER")), country,
        lexicon.match(country, new ArrayList<>()))).containsExactly(span(2, 4, "PER"));
    assertThat(ModelSpans.withInitials(List.of(span(3, 4, "PER")), spaced,
        lexicon.match(spaced, new ArrayList<>()))).containsExactly(span(3, 4, "PER"));
    // the initials belong to the span before, or an organisation keeps its own
    assertThat(ModelSpans.withInitials(List.of(span(0, 1, "ORG"), span(1, 3, "PER")),
        after, lexicon.match(after, new ArrayList<>())))
        .containsExactly(span(0, 1, "ORG"), span(1, 3, "PER"));
    assertThat(ModelSpans.withInitials(List.of(span(1, 3, "ORG")), after,
        lexicon.match(after, new ArrayList<>()))).containsExactly(span(1, 3, "ORG"));
  }

  @Test
  void joinParticles_personCutAtParticlesWithTheRestReadAsAPlace_isOneSpan() {
    SentenceTokens s = sentence("Ursula von der Leyen spoke");

    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "PER"), span(3, 4, "LOC")),
        s.words())).containsExactly(span(0, 4, "PER"));
  }

  @Test
  void splitPairs_twoPeopleOrTwoOrganisationsJoinedByAnd_areTwoSpans() {
    SentenceTokens people = sentence("Greta Okafor and Daniel Nowak met");
    SentenceTokens bodies = sentence("World Health Organization and Doctors Without Borders");
    int[] none = {-1, -1, -1, -1, -1, -1, -1};

    assertThat(spans.splitPairs(List.of(span(0, 5, "PER")), people.words(), none))
        .containsExactly(span(0, 2, "PER"), span(3, 5, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 7, "ORG")), bodies.words(), none))
        .containsExactly(span(0, 3, "ORG"), span(4, 7, "ORG"));
  }

  @Test
  void withListedWords_wordBeforeOrAfterAPersonMakingAListedName_joinsIt() {
    SentenceTokens listed = sentence("Xi Jinping spoke");
    SentenceTokens unlisted = sentence("Okafor Jinping spoke");
    SentenceTokens title = sentence("President Jinping spoke");

    assertThat(spans.withListedWords(List.of(span(1, 2, "PER")), listed))
        .containsExactly(span(0, 2, "PER"));
    assertThat(spans.withListedWords(List.of(span(1, 2, "LOC")), listed))
        .containsExactly(span(1, 2, "LOC"));
    assertThat(spans.withListedWords(List.of(span(0, 1, "ORG"), span(1, 2, "PER")), listed))
        .containsExactly(span(0, 1, "ORG"), span(1, 2, "PER"));
    assertThat(spans.withListedWords(List.of(span(1, 2, "PER")), unlisted))
        .containsExactly(span(1, 2, "PER"));
    assertThat(spans.withListedWords(List.of(span(1, 2, "PER")), title))
        .containsExactly(span(1, 2, "PER"));
    // the word after, likewise, unless another span holds it
    assertThat(spans.withListedWords(List.of(span(0, 1, "PER")), listed))
        .containsExactly(span(0, 2, "PER"));
    assertThat(spans.withListedWords(List.of(span(0, 1, "PER"), span(1, 2, "LOC")), listed))
        .containsExactly(span(0, 1, "PER"), span(1, 2, "LOC"));
  }

  @Test
  void splitPairs_organisationSpanOfTwoNames_isTwoPeopleOnlyWithGivenNamesFirst() {
    SentenceTokens people = sentence("Greta Okafor and Daniel Nowak met");
    // "Cargo" is a listed surname, but no given name starts either side
    SentenceTokens firms = sentence("Velkor Cargo and Rail Cargo met");
    int[] none = {-1, -1, -1, -1, -1, -1, -1};

    assertThat(spans.splitPairs(List.of(span(0, 5, "ORG")), people.words(), none))
        .containsExactly(span(0, 2, "PER"), span(3, 5, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 5, "ORG")), firms.words(), none))
        .containsExactly(span(0, 5, "ORG"));
  }

  @Test
  void splitPairs_lastTwoNamesOfAList_areTwoSpans() {
    SentenceTokens list = sentence("owns Velkor , Korvath and Lanto now");
    SentenceTokens alone = sentence("owns Korvath and Lanto now");
    int[] none = new int[7];
    java.util.Arrays.fill(none, -1);

    assertThat(spans.splitPairs(List.of(span(3, 6, "ORG")), list.words(), none))
        .containsExactly(span(3, 4, "ORG"), span(5, 6, "ORG"));
    // no list before it: one name ("Procter and Gamble")
    assertThat(spans.splitPairs(List.of(span(1, 4, "ORG")), alone.words(), none))
        .containsExactly(span(1, 4, "ORG"));
  }

  @Test
  void splitPairs_organisationsWithAHeadWordOnEachSide_areTwoSpans() {
    SentenceTokens bodies = sentence("Okafor Institute of Technology and Nowak University met");
    SentenceTokens one = sentence("Okafor Institute of Electrical and Electronics Engineers met");
    int[] none = new int[9];
    java.util.Arrays.fill(none, -1);

    assertThat(spans.splitPairs(List.of(span(0, 7, "ORG")), bodies.words(), none))
        .containsExactly(span(0, 4, "ORG"), span(5, 7, "ORG"));
    assertThat(spans.splitPairs(List.of(span(0, 7, "ORG")), one.words(), none))
        .containsExactly(span(0, 7, "ORG"));
  }

  @Test
  void splitPairs_personSpanRepeatingAWord_isCutBeforeEachRepeat() {
    SentenceTokens signature = sentence("Thanks , Greta Greta , can you call");
    SentenceTokens twice = sentence("Greta Okafor Greta Okafor Daniel wrote");
    int[] none = new int[8];
    Arrays.fill(none, -1);

    assertThat(spans.splitPairs(List.of(span(2, 4, "PER")), signature.words(), none))
        .containsExactly(span(2, 3, "PER"), span(3, 4, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 5, "PER")), twice.words(), none))
        .containsExactly(span(0, 2, "PER"), span(2, 5, "PER"));
  }

  @Test
  void splitPairs_twoFullNamesInARow_areTwoPeople() {
    SentenceTokens row = sentence("Debra Perlingiere Jackie Taylor will attend");
    int[] none = new int[6];
    Arrays.fill(none, -1);

    assertThat(spans.splitPairs(List.of(span(0, 4, "PER")), row.words(), none))
        .containsExactly(span(0, 2, "PER"), span(2, 4, "PER"));
  }

  @Test
  void splitPairs_loneGivenNameEndingAFullName_isTheNextPerson() {
    // a signature run into the next line's greeting once lines are joined by a space
    SentenceTokens greeting = sentence("Lidia Okonkwo Greta , the figures are attached");
    // the name goes on after the span, or its last word is also a surname: one person
    SentenceTokens goesOn = sentence("Lidia Okonkwo Greta Taylor will attend");
    SentenceTokens surname = sentence("Lidia Okonkwo Martin , the figures are attached");
    int[] none = new int[8];
    Arrays.fill(none, -1);

    assertThat(spans.splitPairs(List.of(span(0, 3, "PER")), greeting.words(), none))
        .containsExactly(span(0, 2, "PER"), span(2, 3, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 3, "PER")), goesOn.words(), none))
        .containsExactly(span(0, 3, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 3, "PER")), surname.words(), none))
        .containsExactly(span(0, 3, "PER"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Luiz Inacio Lula da Silva spoke|5",
      "Giuseppe De Felice Giuffrida spoke|4",
      "George Herbert Walker Bush spoke|4",
      "Hillary Rodham Clinton spoke|3",
      "Mary Ann Evans spoke|3",
      "Khalid bin Hamad Al Thani spoke|5",
      "Tariq bin Saud El Amin spoke|5"})
  void splitPairs_oneLongName_staysOnePerson(String text, int words) {
    SentenceTokens s = sentence(text);
    int[] none = new int[s.words().length];
    Arrays.fill(none, -1);

    assertThat(spans.splitPairs(List.of(span(0, words, "PER")), s.words(), none))
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

    assertThat(spans.splitPairs(List.of(span(0, 3, "PER")), row.words(), none))
        .containsExactly(span(0, 3, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 5, "PER")), particle.words(), none))
        .containsExactly(span(0, 5, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 7, "PER")), four.words(), none))
        .containsExactly(span(0, 4, "PER"), span(5, 7, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 8, "PER")), five.words(), none))
        .containsExactly(span(0, 8, "PER"));
  }

  @Test
  void splitPairs_repeatedInitialsParticlesOrOtherTypes_stayOneSpan() {
    SentenceTokens initials = sentence("J. R. R. Tolkien wrote");
    SentenceTokens particles = sentence("Faisal bin Salman bin Abdulaziz spoke");
    SentenceTokens band = sentence("Walla Walla Valley wines");
    int[] none = new int[8];
    Arrays.fill(none, -1);

    assertThat(spans.splitPairs(List.of(span(0, 4, "PER")), initials.words(), none))
        .containsExactly(span(0, 4, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 5, "PER")), particles.words(), none))
        .containsExactly(span(0, 5, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 3, "LOC")), band.words(), none))
        .containsExactly(span(0, 3, "LOC"));
  }

  @Test
  void splitPairs_onlyWhereBothSidesLookLikeNames() {
    SentenceTokens people = sentence("greta and Daniel Nowak met");
    SentenceTokens headed = sentence("Greta Okafor and Daniel Nowak Foundation");
    SentenceTokens known = sentence("OECD and UNESCO met");
    SentenceTokens edge = sentence("and Daniel Nowak");
    int[] none = {-1, -1, -1, -1, -1, -1};
    int[] oecd = {0, -1, -1, -1, -1, -1};

    assertThat(spans.splitPairs(List.of(span(0, 4, "PER")), people.words(), none))
        .containsExactly(span(0, 4, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 6, "ORG")), headed.words(), none))
        .containsExactly(span(0, 6, "ORG"));
    assertThat(spans.splitPairs(List.of(span(0, 3, "ORG")), known.words(), oecd))
        .containsExactly(span(0, 1, "ORG"), span(2, 3, "ORG"));
    assertThat(spans.splitPairs(List.of(span(0, 3, "ORG")), known.words(), none))
        .containsExactly(span(0, 3, "ORG"));
    assertThat(spans.splitPairs(List.of(span(0, 3, "PER")), edge.words(), none))
        .containsExactly(span(0, 3, "PER"));
  }

  @Test
  void joinParticles_capitalisedParticlesBetweenTwoPersonSpans_joinThem() {
    // the second loop, which reads lowercase particles only, cannot join these
    SentenceTokens one = sentence("Greta De Souza spoke");
    SentenceTokens two = sentence("Ursula Von Der Leyen spoke");

    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "PER"), span(2, 3, "PER")),
        one.words())).containsExactly(span(0, 3, "PER"));
    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "PER"), span(3, 4, "PER")),
        two.words())).containsExactly(span(0, 4, "PER"));
  }

  @Test
  void joinParticles_adjacentSpansOrAPlaceBefore_stayApart() {
    SentenceTokens adjacent = sentence("Greta Okafor spoke");
    SentenceTokens place = sentence("Paris de Souza spoke");

    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "PER"), span(1, 2, "PER")),
        adjacent.words())).containsExactly(span(0, 1, "PER"), span(1, 2, "PER"));
    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "LOC"), span(2, 3, "PER")),
        place.words())).containsExactly(span(0, 1, "LOC"), span(2, 3, "PER"));
  }

  @Test
  void joinParticles_particlesAtTheSentencesEnd_takeNothing() {
    SentenceTokens s = sentence("a letter from Ursula von");

    assertThat(ModelSpans.joinParticles(List.of(span(3, 4, "PER")), s.words()))
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

    assertThat(spans.splitPairs(List.of(span(0, 8, "ORG")), leading.words(), none))
        .containsExactly(span(0, 4, "ORG"), span(5, 8, "ORG"));
    assertThat(spans.splitPairs(List.of(span(0, 4, "ORG")), trailing.words(), none))
        .containsExactly(span(0, 4, "ORG"));
    assertThat(spans.splitPairs(List.of(span(0, 4, "PER")), oneWord.words(), none))
        .containsExactly(span(0, 1, "PER"), span(2, 4, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 6, "PER")), fourWords.words(), none))
        .containsExactly(span(0, 1, "PER"), span(2, 6, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 4, "PER")), last.words(), none))
        .containsExactly(span(0, 2, "PER"), span(3, 4, "PER"));
  }

  @Test
  void splitPairs_organisationsOnlyWhenACapitalFollowsAndANameEndsInItsHead() {
    int[] none = new int[10];
    Arrays.fill(none, -1);
    SentenceTokens lower = sentence("World Health Organization and partners met");
    SentenceTokens bareHead = sentence("Parliament and Government met");

    assertThat(spans.splitPairs(List.of(span(0, 5, "ORG")), lower.words(), none))
        .containsExactly(span(0, 5, "ORG"));
    assertThat(spans.splitPairs(List.of(span(0, 3, "ORG")), bareHead.words(), none))
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

    assertThat(spans.splitPairs(List.of(span(0, 5, "PER")), row.words(), none))
        .containsExactly(span(0, 2, "PER"), span(2, 5, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 5, "PER")), particle.words(), none))
        .containsExactly(span(0, 5, "PER"));
    assertThat(spans.splitPairs(List.of(span(0, 4, "PER")), initials.words(), none))
        .containsExactly(span(0, 4, "PER"));
  }

  @Test
  void joinParticles_onlyParticlesBetweenAndACapitalAfter() {
    SentenceTokens s = sentence("Ursula von der Leyen and Greta met");
    SentenceTokens lower = sentence("Ursula von der leyen met");
    SentenceTokens between = sentence("Ursula von Leyen Nowak");

    // a person then a person with something else between stays two spans
    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "PER"), span(5, 6, "PER")),
        s.words())).containsExactly(span(0, 4, "PER"), span(5, 6, "PER"));
    // no capital after the particles: nothing taken
    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "PER")), lower.words()))
        .containsExactly(span(0, 1, "PER"));
    // the word after the particles starts a span of the model: taken with it
    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "PER"), span(2, 4, "LOC")),
        between.words())).containsExactly(span(0, 4, "PER"));
    // a place is never extended
    assertThat(ModelSpans.joinParticles(List.of(span(0, 1, "LOC")), s.words()))
        .containsExactly(span(0, 1, "LOC"));
  }

  @Test
  void withListedWords_nameLaterInTheSentence_joinsTheWordEitherSide() {
    SentenceTokens s = sentence("yesterday , as expected , Xi Jinping spoke");

    assertThat(spans.withListedWords(List.of(span(6, 7, "PER")), s))
        .containsExactly(span(5, 7, "PER"));
    assertThat(spans.withListedWords(List.of(span(5, 6, "PER")), s))
        .containsExactly(span(5, 7, "PER"));
  }

  @Test
  void withListedWords_wordsOnBothSides_joinTheWholeName() {
    SentenceTokens s = sentence("John Fitzgerald Kennedy spoke");

    assertThat(spans.withListedWords(List.of(span(1, 2, "PER")), s))
        .containsExactly(span(0, 3, "PER"));
  }

  @Test
  void withListedWords_titleTheLexiconListsWithTheName_staysOutside() {
    // "Prince Harry" is a listed name, but a title is no word of a person's name
    SentenceTokens s = sentence("Prince Harry spoke");

    assertThat(spans.withListedWords(List.of(span(1, 2, "PER")), s))
        .containsExactly(span(1, 2, "PER"));
  }

  @Test
  void withInitials_initialsRightAfterAnotherSpan_joinTheSpanAfter() {
    SentenceTokens s = sentence("Okafor J. Smith wrote");
    // initials whose full stop the tokenizer split off, likewise
    SentenceTokens cut = SentenceTokens.of("Lin R.E. Glenn", new Tokens(
        new String[] {"Lin", "R.E", ".", "Glenn"}, new String[] {"PROPN", "PROPN", "PUNCT",
            "PROPN"}, new int[] {0, 4, 7, 9}, new int[] {3, 7, 8, 14}));

    assertThat(ModelSpans.withInitials(List.of(span(0, 1, "PER"), span(2, 3, "PER")), s,
        lexicon.match(s, new ArrayList<>())))
        .containsExactly(span(0, 1, "PER"), span(1, 3, "PER"));
    assertThat(ModelSpans.withInitials(List.of(span(0, 1, "PER"), span(3, 4, "PER")), cut,
        lexicon.match(cut, new ArrayList<>())))
        .containsExactly(span(0, 1, "PER"), span(1, 4, "PER"));
  }

  @ParameterizedTest
  @CsvSource({"the U.N. John Smith report, 2", "U.N. John Smith said, 1"})
  void withInitials_listedOrganisationsAbbreviation_staysOutside(String sentence, int a) {
    SentenceTokens s = sentence(sentence);

    assertThat(ModelSpans.withInitials(List.of(span(a, a + 2, "PER")), s,
        lexicon.match(s, new ArrayList<>()))).containsExactly(span(a, a + 2, "PER"));
  }

  @Test
  void splitPairs_listAtTheSentencesSecondWord_orAfterALowercaseWord() {
    SentenceTokens second = sentence("Velkor , Korvath and Lanto sold more");
    SentenceTokens lower = sentence("it sells cars , Korvath and Lanto");
    int[] none = new int[7];
    Arrays.fill(none, -1);

    assertThat(spans.splitPairs(List.of(span(2, 5, "ORG")), second.words(), none))
        .containsExactly(span(2, 3, "ORG"), span(4, 5, "ORG"));
    // no name before the comma: no list
    assertThat(spans.splitPairs(List.of(span(4, 7, "ORG")), lower.words(), none))
        .containsExactly(span(4, 7, "ORG"));
  }
}
