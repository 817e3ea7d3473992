package dev.lede.entities;

import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class GuidelineRulesTest {

  private static LexiconCandidates lexicon;
  private static GuidelineRules rules;

  @BeforeAll
  static void load() {
    lexicon = new LexiconCandidates(StageFixtures.gazetteer(), StageFixtures.features());
    rules = new GuidelineRules(StageFixtures.gazetteer());
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
  void ministries_eitherWordOrder_areMinistries() {
    SentenceTokens s = sentence("the Ministry of Emergency Situations and the Foreign Ministry met");

    assertThat(added(s, rules::ministries)).containsExactly(
        "MINISTRY:Ministry of Emergency Situations", "MINISTRY:Foreign Ministry");
  }

  @Test
  void ministries_countryAfterOf_staysOutsideButADemonymBeforeIsInside() {
    SentenceTokens after = sentence("the Ministry of Foreign Affairs of Belarus said");
    SentenceTokens before = sentence("the Belarusian Ministry of Foreign Affairs said");

    assertThat(added(after, rules::ministries))
        .containsExactly("MINISTRY:Ministry of Foreign Affairs");
    assertThat(added(before, rules::ministries))
        .containsExactly("MINISTRY:Belarusian Ministry of Foreign Affairs");
  }

  @Test
  void ministries_departmentsOnlyForCabinetPortfolios() {
    SentenceTokens s = sentence(
        "the State Department , the Department of Homeland Security and the Parks Department");

    assertThat(added(s, rules::ministries)).containsExactly(
        "MINISTRY:State Department", "MINISTRY:Department of Homeland Security");
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

  @Test
  void events_namesOfWarsAndTreaties_areCandidatesWithoutAType() {
    SentenceTokens s = sentence("after the Vietnam War and the Treaty of Versailles");
    List<Candidate> cands = new ArrayList<>();

    rules.events(s.words(), cands);

    assertThat(show(s, cands)).containsExactly("EVENT:Vietnam War", "EVENT:Treaty of Versailles");
    assertThat(cands).allMatch(c -> c.priority() == Candidate.PRIO_EVENT);
  }

  @Test
  void events_listedCountryBeforeALongerEventName_staysOutside() {
    SentenceTokens s = sentence("the U.S. Fed Cup team won");
    List<Candidate> cands = new ArrayList<>();
    lexicon.match(s, cands);
    int before = cands.size();

    rules.events(s.words(), cands);

    assertThat(show(s, cands.subList(before, cands.size()))).containsExactly("EVENT:Fed Cup");
  }
}
