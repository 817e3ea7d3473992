package dev.lede.entities;

import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
