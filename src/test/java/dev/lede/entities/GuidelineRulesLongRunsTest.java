package dev.lede.entities;

import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GuidelineRules} over sentences of tens of thousands of names, which fuzzing found to be
 * read in quadratic time: the output is what a short sentence gives, in linear time.
 */
final class GuidelineRulesLongRunsTest {

  private static LexiconCandidates lexicon;
  private static GuidelineRules rules;

  @BeforeAll
  static void load() {
    lexicon = new LexiconCandidates(StageFixtures.gazetteer(), StageFixtures.features());
    rules = new GuidelineRules(StageFixtures.gazetteer(), StageFixtures.features());
  }

  @Test
  void organisations_sentenceOfThousandsOfHeadsAndOfs_readsTheNameAfterEachOnce() {
    // found by a fuzzer: each head of "Bank of Bank of ..." read the rest of the sentence again
    // (quadratic: 20,000 heads took 8 s, now a fraction of a second)
    int heads = 20_000;
    SentenceTokens s = sentence("Bank of ".repeat(heads) + "Kesmark said");
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    int before = cands.size();
    rules.organisations(s, marks, cands);

    // every head's name runs on through the others to "Kesmark", as a name read alone does
    assertThat(cands.subList(before, cands.size())).hasSize(heads)
        .allMatch(c -> c.type() == EntityType.ORGANIZATION && c.b() == 2 * heads + 1);
  }

  @Test
  void organisations_sentenceOfThousandsOfNamesJoinedByAnd_looksUpEachStartOnce() {
    // each "the X and Markets Authority" looked through every candidate of the sentence for one
    // starting at X: quadratic, 10,000 of these pairs took 2.9 s in the rule alone and 30,000
    // took 15 s; now 0.3 s and 0.5 s
    int units = 10_000;
    SentenceTokens s = sentence(
        "the Kenya and Markets Authority the Competition and Markets Authority ".repeat(units)
            + "said");
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    int before = cands.size();
    rules.organisations(s, marks, cands);

    // a listed country opens no name ("Markets Authority"); another capitalised word does
    List<String> names = show(s, cands.subList(before, cands.size()));
    assertThat(names).hasSize(2 * units);
    for (int u = 0; u < units; u++) {
      assertThat(names.get(2 * u)).isEqualTo("ORGANIZATION:Markets Authority");
      assertThat(names.get(2 * u + 1))
          .isEqualTo("ORGANIZATION:Competition and Markets Authority");
    }
  }

  @Test
  void prefixedOrganisations_sentenceOfThousandsOfNames_joinsEachToTheOneRightAfterIt() {
    // found by a fuzzer: each name looked at every candidate of the sentence for the one after
    // it, quadratic ("United States " repeated; 40,000 pairs took 10 s, now well under 1 s)
    int pairs = 40_000;
    SentenceTokens s = sentence("U.S. Senate ".repeat(pairs).strip());
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      cands.add(new Candidate(2 * i, 2 * i + 1, EntityType.COUNTRY, "United States", "US",
          false, Candidate.PRIO_GAZETTEER));
      cands.add(new Candidate(2 * i + 1, 2 * i + 2, EntityType.ORGANIZATION, null, null, false,
          Candidate.PRIO_MODEL));
    }
    GuidelineRules.prefixedOrganisations(s.words(), cands);

    assertThat(cands.subList(2 * pairs, cands.size())).hasSize(pairs)
        .allMatch(c -> c.type() == EntityType.ORGANIZATION && c.b() == c.a() + 2);
  }
}
