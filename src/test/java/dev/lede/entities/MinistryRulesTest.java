package dev.lede.entities;

import static dev.lede.entities.StageFixtures.cells;
import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class MinistryRulesTest {

  private static LexiconCandidates lexicon;
  private static MinistryRules rules;

  @BeforeAll
  static void load() {
    lexicon = new LexiconCandidates(StageFixtures.gazetteer(), StageFixtures.features());
    rules = new MinistryRules(StageFixtures.gazetteer());
  }

  /** The ministries the rule adds after the lexicon's candidates, as "TYPE:text". */
  private static List<String> added(SentenceTokens s) {
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    int before = cands.size();
    rules.ministries(s, marks, cands);
    return show(s, cands.subList(before, cands.size()));
  }

  @Test
  void ministries_sentenceOfThousandsOfHeads_isReadWithoutALookupPerRunOfWords() {
    // found by a fuzzer: "Department " repeated looked each run of capitalised words before
    // each head up as a portfolio, cubic in the sentence (3,000 heads took minutes), and walked
    // back over all the heads before each "Ministry"
    List<String> departments = added(sentence("Department ".repeat(3_000).strip()));
    SentenceTokens ministries = sentence("Foreign Ministry ".repeat(3_000).strip());
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(ministries, cands);
    int before = cands.size();
    rules.ministries(ministries, marks, cands);

    assertThat(departments).isEmpty();
    // each "Ministry" takes the capitalised run before it, back to the sentence's start
    assertThat(cands.subList(before, cands.size())).hasSize(3_000)
        .allMatch(c -> c.type() == EntityType.MINISTRY && c.a() == 0);
  }

  @Test
  void ministries_portfolioAfterALongCapitalisedRun_isStillFound() {
    SentenceTokens s = sentence("the " + "Big ".repeat(500) + "State Department said");

    assertThat(added(s)).containsExactly("MINISTRY:State Department");
  }

  @Test
  void ministries_eitherWordOrder_areMinistries() {
    SentenceTokens s = sentence("the Ministry of Emergency Situations and the Foreign Ministry met");

    assertThat(added(s)).containsExactly(
        "MINISTRY:Ministry of Emergency Situations", "MINISTRY:Foreign Ministry");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // two portfolios joined by "and" before the head are one name, as after "Ministry of"
      "the Trade and Industry Ministry said; MINISTRY:Trade and Industry Ministry",
      "the Thai Food and Cooperatives Ministry said; MINISTRY:Thai Food and Cooperatives Ministry",
      "Iraq 's Oil and Gas Ministry said; MINISTRY:Oil and Gas Ministry",
      "Culture and Tourism Ministry officials said; MINISTRY:Culture and Tourism Ministry",
      "the Health and Human Services Department said;"
          + " MINISTRY:Health and Human Services Department",
      // not a person or a country joined to a ministry's name, nor another department's word
      "said Varga and Foreign Ministry officials; MINISTRY:Foreign Ministry",
      "the Kenya and Foreign Ministry teams met; MINISTRY:Foreign Ministry",
      "the Commerce and Interior Department said; MINISTRY:Interior Department",
  })
  void ministries_portfoliosJoinedByAndBeforeTheHead_areOneName(String sentence, String names) {
    assertThat(added(sentence(sentence))).isEqualTo(cells(names));
  }

  @Test
  void ministries_ownerFirstInTheSentence_staysOutside() {
    assertThat(added(sentence("Its Defence Ministry said so")))
        .containsExactly("MINISTRY:Defence Ministry");
    assertThat(added(sentence("Their Foreign Ministry said so")))
        .containsExactly("MINISTRY:Foreign Ministry");
  }

  @Test
  void ministries_countryAfterOf_staysOutsideButADemonymBeforeIsInside() {
    SentenceTokens after = sentence("the Ministry of Foreign Affairs of Belarus said");
    SentenceTokens before = sentence("the Belarusian Ministry of Foreign Affairs said");
    SentenceTokens afterThe = sentence("the Ministry of Foreign Affairs of the Russian Federation said");

    assertThat(added(after))
        .containsExactly("MINISTRY:Ministry of Foreign Affairs");
    assertThat(added(afterThe))
        .containsExactly("MINISTRY:Ministry of Foreign Affairs");
    // a country whose last word is another country's alias ("Korea")
    assertThat(added(sentence("the Ministry of Foreign Affairs of Democratic People's Republic of "
        + "Korea said"))).containsExactly("MINISTRY:Ministry of Foreign Affairs");
    assertThat(added(before))
        .containsExactly("MINISTRY:Belarusian Ministry of Foreign Affairs");
  }

  @ParameterizedTest
  @CsvSource({"of The", "Of the", "Of The"})
  void ministries_capitalisedOfOrTheBeforeACountry_leavesTheCountryOutside(String connector) {
    SentenceTokens s = sentence("the Ministry of Foreign Affairs " + connector
        + " Russian Federation said");

    assertThat(added(s))
        .containsExactly("MINISTRY:Ministry of Foreign Affairs");
  }

  @Test
  void ministries_capitalisedTheBeforeANameWord_staysInsideAndEndsNoName() {
    // a capitalised connector is still a connector: inside the name, never its last word
    assertThat(added(sentence("the Ministry of The Interior said")))
        .containsExactly("MINISTRY:Ministry of The Interior");
    assertThat(added(sentence("the Ministry of Culture The minister said")))
        .containsExactly("MINISTRY:Ministry of Culture");
  }

  @Test
  void ministries_placeThatIsNoCountryAfterOf_staysInside() {
    // Only a country after "of" ends the name; a region is part of it.
    SentenceTokens s = sentence("the Ministry of Justice of Bavaria said");

    assertThat(added(s))
        .containsExactly("MINISTRY:Ministry of Justice of Bavaria");
  }

  @Test
  void ministries_headWithAPossessive_endsBeforeIt() {
    SentenceTokens s = sentence("the Foreign Ministry’s spokesman and the Justice Department's "
        + "lawyers said");
    List<Candidate> cands = new ArrayList<>();
    LexiconCandidates.Marks marks = lexicon.match(s, cands);
    int before = cands.size();

    rules.ministries(s, marks, cands);

    List<Candidate> added = cands.subList(before, cands.size());
    assertThat(added).extracting(c -> s.body().substring(s.starts()[c.a()], c.endChar()))
        .containsExactly("Foreign Ministry", "Justice Department");
    assertThat(added).extracting(Candidate::type).containsOnly(EntityType.MINISTRY);
  }

  @Test
  void ministries_departmentsOnlyForCabinetPortfolios() {
    SentenceTokens s = sentence(
        "the State Department , the Department of Homeland Security and the Parks Department");

    assertThat(added(s)).containsExactly(
        "MINISTRY:State Department", "MINISTRY:Department of Homeland Security");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a place that owns, or a second head, starts another ministry; a plural owner does not
      "the Ministry of Petroleum Resources and Kenya's Ministry of Mines met;"
          + " MINISTRY:Ministry of Petroleum Resources|MINISTRY:Ministry of Mines",
      "the Ministry of Women's Affairs said; MINISTRY:Ministry of Women's Affairs",
      "the Ministry for Foreign Affairs said; MINISTRY:Ministry for Foreign Affairs",
      // "and the" starts a second name
      "the Ministry of Defence and the Foreign Office met; MINISTRY:Ministry of Defence",
      // a comma list of portfolios closed by "and" is one name; without "and" it ends the name
      "the Ministry of Labour , Health and Social Affairs said;"
          + " MINISTRY:Ministry of Labour , Health and Social Affairs",
      "the Ministry of Labour , Tuesday said; MINISTRY:Ministry of Labour",
      // a possessive ends the words before the head
      "Russia's Defence Ministry said; MINISTRY:Defence Ministry",
      "Russia’s Defence Ministry said; MINISTRY:Defence Ministry",
      "the Russian Defence Ministry said; MINISTRY:Russian Defence Ministry",
      "the Interior Minister Defence Ministry row; MINISTRY:Defence Ministry",
      // a country before a cabinet department is part of it
      "the U.S. State Department said; MINISTRY:U.S. State Department",
      "a new Ministry opened;",
      "the Ministry of;",
      "the Department of Labor said; MINISTRY:Department of Labor",
      "the Department of Homeland Security and State said;"
          + " MINISTRY:Department of Homeland Security",
      // headlines in capitals: connectors and heads are known by their letters
      "MINISTRY OF DEFENCE AND THE FOREIGN OFFICE MEET; MINISTRY:MINISTRY OF DEFENCE",
      "THE DEFENCE MINISTRY SAID; MINISTRY:DEFENCE MINISTRY",
      "THE MINISTRY FOR TRADE; MINISTRY:MINISTRY FOR TRADE",
      // a head at either end of the sentence (a headline, a caption without its full stop)
      "a statement of the Defence Ministry; MINISTRY:Defence Ministry",
      "Defence Ministry officials said; MINISTRY:Defence Ministry",
      "Ministry of Health officials said; MINISTRY:Ministry of Health",
      "State Department officials said; MINISTRY:State Department",
      // a country or demonym first in the sentence is part of the name after it
      "Belarusian Ministry of Foreign Affairs said;"
          + " MINISTRY:Belarusian Ministry of Foreign Affairs",
      "U.S. State Department officials said; MINISTRY:U.S. State Department",
      // a comma ends the name at the sentence's end, before a lowercase word, and when no
      // "and" follows within six words
      "the Ministry of Labour ,; MINISTRY:Ministry of Labour",
      "the Ministry of Labour , and Social Affairs said; MINISTRY:Ministry of Labour",
      "the Ministry of Labour , Health , Welfare , Youth and Sport said;"
          + " MINISTRY:Ministry of Labour , Health , Welfare , Youth and Sport",
      "the Ministry of Labour , Health , Welfare , Youth Sport and Culture said;"
          + " MINISTRY:Ministry of Labour",
      // a department whose words after "of" are no cabinet portfolio is none; one named by
      // portfolios' words alone is one
      "the Department of Parks said;",
      "the Department of Computer Science said;",
      "the Department for Work and Pensions said; MINISTRY:Department for Work and Pensions",
      "the Department of Trade , Industry and Competition said;"
          + " MINISTRY:Department of Trade , Industry and Competition",
      "the Department of Health and Social Care said;"
          + " MINISTRY:Department of Health and Social Care",
      // a day ends the name; a capitalised word before it is part of it
      "the Ministry of Defense on Friday said; MINISTRY:Ministry of Defense",
      "the Ministry of Defense on FRIDAY said; MINISTRY:Ministry of Defense",
      "the Federal Ministry of Finance said; MINISTRY:Federal Ministry of Finance",
      // before a department only "Federal" (and a demonym before it): a state's department is
      // an agency
      "the Federal Department of Finance said; MINISTRY:Federal Department of Finance",
      "the Swiss Federal Department of Foreign Affairs said;"
          + " MINISTRY:Swiss Federal Department of Foreign Affairs",
      "the Texas Department of Transportation said; MINISTRY:Department of Transportation",
      // a place that owns starts another name with its possessive split off, and so does a
      // region or a big city that owns
      "the Ministry of Petroleum Resources and Kenya ’s Ministry of Mines met;"
          + " MINISTRY:Ministry of Petroleum Resources|MINISTRY:Ministry of Mines",
      "the Ministry of Culture and Bavaria's State Opera signed; MINISTRY:Ministry of Culture",
      "the Ministry of Culture and Moscow's Bolshoi Theatre signed;"
          + " MINISTRY:Ministry of Culture",
  })
  void ministries_wordOrdersAndEnds(String sentence, String names) {
    assertThat(added(sentence(sentence))).isEqualTo(cells(names));
  }
}
