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
  void add_spansOfATitleCaseHeadline_areKeptAsTheModelFoundThem() {
    SentenceTokens s = sentence("Greta Okafor Wins Big At The Old Town Hall Again");
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    cands.clear();

    model.add(s, List.of(span(0, 2, "PER"), span(6, 9, "LOC")), marks, cands);

    assertThat(show(s, cands)).containsExactly("PERSON:Greta Okafor", "LOCATION:Old Town Hall");
  }
}
