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

/** Tests {@link EventNames}: events, laws, ships and diseases become candidates without a type. */
final class EventNamesTest {

  private static LexiconCandidates lexicon;
  private static EventNames events;

  @BeforeAll
  static void load() {
    lexicon = new LexiconCandidates(StageFixtures.gazetteer(), StageFixtures.features());
    events = new EventNames(StageFixtures.gazetteer());
  }

  @Test
  void events_namesOfWarsAndTreaties_areCandidatesWithoutAType() {
    SentenceTokens s = sentence("after the Vietnam War and the Treaty of Versailles");
    List<Candidate> cands = new ArrayList<>();

    events.events(s.words(), cands);

    assertThat(show(s, cands)).containsExactly("EVENT:Vietnam War", "EVENT:Treaty of Versailles");
    assertThat(cands).allMatch(c -> c.priority() == Candidate.PRIO_EVENT);
  }

  @Test
  void events_listedCountryBeforeALongerEventName_staysOutside() {
    SentenceTokens s = sentence("the U.S. Fed Cup team won");
    List<Candidate> cands = new ArrayList<>();
    lexicon.match(s, cands);
    int before = cands.size();

    events.events(s.words(), cands);

    assertThat(show(s, cands.subList(before, cands.size()))).containsExactly("EVENT:Fed Cup");
  }

  @Test
  void events_modelSpanOverAListedOrganisationAndAnEvent_givesWayToThem() {
    SentenceTokens s = sentence("at the United Nations Valdor Action Summit , he pledged");
    List<Candidate> cands = new ArrayList<>();
    lexicon.match(s, cands);
    cands.add(new Candidate(2, 7, EntityType.ORGANIZATION, null, null, false,
        Candidate.PRIO_MODEL));

    events.events(s.words(), cands);

    assertThat(show(s, MentionResolver.longestFirst(s, cands)))
        .containsExactly("ORGANIZATION:United Nations");
  }

  @Test
  void events_apostropheFirstInTheSentence_isAQuotationMarkNotANameTail() {
    SentenceTokens s = sentence("' War is over ' , she said");
    List<Candidate> cands = new ArrayList<>();

    events.events(s.words(), cands);

    assertThat(cands).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "the War of 1812 ended; EVENT:War of 1812",
      "Operation Desert Storm began; EVENT:Operation Desert Storm",
      "the Thirty Years ' War ended; EVENT:Thirty Years ' War",
      "the Turkish War of Independence; EVENT:Turkish War of Independence",
      "the Toronto International Film Festival opened; EVENT:Toronto International Film Festival",
      "the Battle of the Bulge; EVENT:Battle of the Bulge",
      "the War of Words and Deeds; EVENT:War of Words and Deeds",
      "the Games of 2024 and 2028; EVENT:Games of 2024",
      "the Kosovo War ended; EVENT:Kosovo War",
      // after a head without "of", capitalised words are no part of the name
      "since the Vietnam War Hanoi has grown; EVENT:Vietnam War",
      // a number right after "of" must be a year; "and" must join two capitalised words
      "the Battle of 73 Easting;",
      "after the Treaty and Protocol were signed;",
      "the War of Words and; EVENT:War of Words",
      "the War of Words and deeds ended; EVENT:War of Words",
      // "of" and lowercase words after it: no name
      "the War of words went on;",
      "the Thirty Years ’ War ended; EVENT:Thirty Years ’ War",
      // a listed region is part of the event's name, unlike a country or an organisation
      "the California Film Festival opened; EVENT:California Film Festival",
      // a head first in the sentence, or after an apostrophe of a lowercase word: no name
      "War broke out;",
      "the workers ' War ended;",
      // a given name before a bare head is a person's name
      "said John Cup;",
      "they signed the Treaty;",
      // but a listed city that is also a given name names the place the event is held in
      "she won the London Marathon in April; EVENT:London Marathon",
      "the Boston Marathon starts; EVENT:Boston Marathon",
      // shows, fairs, exhibitions, carnivals, parades, races and trophies are events too
      "at the Valdor International Motor Show on Tuesday; EVENT:Valdor International Motor Show",
      "the Kelmar Air Show drew crowds; EVENT:Kelmar Air Show",
      "tickets for the Kelmar Flower Show; EVENT:Kelmar Flower Show",
      "at the Okafor Expo this week; EVENT:Okafor Expo",
      "the Venice Biennale opened; EVENT:Venice Biennale",
      "at the Notting Hill Carnival; EVENT:Notting Hill Carnival",
      "the Valdor Day Parade; EVENT:Valdor Day Parade",
      "he won the Kelmar Grand Prix; EVENT:Kelmar Grand Prix",
      "the Okafor Trophy winner; EVENT:Okafor Trophy",
      // "Show" is also a headline's verb: never after a plural, nor before a capitalised word
      "Documents Show Okafor Knew;",
      "Kelmar Polls Show a close race;",
      // laws, like treaties and acts, are no entities
      "under the General Data Protection Regulation; EVENT:General Data Protection Regulation",
      "the Okafor Directive applies; EVENT:Okafor Directive",
      "the Valdor Constitution says; EVENT:Valdor Constitution",
      // an act's name may hold an "of" ("Protection of Forests Act")
      "the Kelvin Protection of Forests Act was passed; EVENT:Kelvin Protection of Forests Act",
      "under the Preservation of Subsoil Water Act; EVENT:Preservation of Subsoil Water Act",
      "the Bank of Valdor said; ",
      // ships are no entities either
      "the USS Hornet recovered them; EVENT:USS Hornet",
      "aboard HMS Okafor Star; EVENT:HMS Okafor Star",
  })
  void events_namesOfEvents(String sentence, String names) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> cands = new ArrayList<>();
    lexicon.match(s, cands);
    int before = cands.size();
    events.events(s.words(), cands);
    assertThat(show(s, cands.subList(before, cands.size()))).isEqualTo(cells(names));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "an outbreak of Marburg virus in Angola; 3; 4; LOCATION; EVENT:Marburg virus",
      "cases of West Nile virus rose; 2; 4; ; EVENT:West Nile virus",
      "the Rift Valley fever outbreak; 1; 3; LOCATION; EVENT:Rift Valley fever",
      "patients with Parkinson 's disease improved; 2; 3; PERSON; EVENT:Parkinson 's disease",
      "patients with Parkinson's disease improved; 2; 3; PERSON; EVENT:Parkinson's disease",
      "survivors of Hodgkin 's lymphoma met; 2; 3; PERSON; EVENT:Hodgkin 's lymphoma",
  })
  void diseases_nameBeforeADiseaseWord_isAnUntypedCandidate(String sentence, int a, int b,
      EntityType type, String expected) {
    SentenceTokens s = sentence(sentence);
    Candidate given = type == null ? null
        : new Candidate(a, b, type, null, null, false, Candidate.PRIO_MODEL);

    List<Candidate> added = StageFixtures.addedAfter(s, given, EventNames::diseases);

    assertThat(show(s, added)).containsExactly(expected);
    assertThat(added.get(added.size() - 1).priority()).isEqualTo(Candidate.PRIO_EVENT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Kenya virus testing expanded; 0; 1; COUNTRY; ", // a country used attributively
      "Texas disease experts warned; 0; 1; LOCATION; Texas", // a listed place
      "Okafor virus briefing began; 0; 1; PERSON; ", // a person, no possessive
      "the Kesmark Group disease fund; 1; 3; ORGANIZATION; ",
      "the virus spread; 0; 0; PERSON; ", // no name before it
      "The Virus spread; 0; 0; PERSON; ", // the word capitalised: a title, not a disease word
      "Marburg viruses spread; 0; 1; LOCATION; ", // not the word itself
      "Italy 's virus death toll rose; 0; 1; COUNTRY; ", // the country's
      "Kenya 's disease burden fell; 0; 1; COUNTRY; ",
      "Okafor 's virus briefing began; 0; 1; PERSON; ", // the person's briefing on a virus
      "Okafor's fever broke; 0; 1; PERSON; ",
  })
  void diseases_otherwise_addsNoCandidate(String sentence, int a, int b, EntityType type,
      String canonical) {
    SentenceTokens s = sentence(sentence);
    Candidate given = b > a ? new Candidate(a, b, type,
        type == EntityType.COUNTRY ? "Kenya" : canonical,
        type == EntityType.COUNTRY ? "KE" : null, false, Candidate.PRIO_MODEL) : null;

    assertThat(StageFixtures.addedAfter(s, given, EventNames::diseases)).isEmpty();
  }
}
