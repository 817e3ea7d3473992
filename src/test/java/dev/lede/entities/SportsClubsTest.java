package dev.lede.entities;

import static dev.lede.entities.StageFixtures.cells;
import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guideline stage's sports clubs: towns that play, and where the match is played. */
final class SportsClubsTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a place that plays in a sports report: a club
      "Bergen beat Tromso 3-0; ORGANIZATION:Bergen|ORGANIZATION:Tromso",
      "Bergen drew 1-1 with Tromso; ORGANIZATION:Bergen|ORGANIZATION:Tromso",
      "Bergen lost to Tromso in the league; ORGANIZATION:Bergen|ORGANIZATION:Tromso",
      "the match against Tromso; ORGANIZATION:Tromso",
      "a 2-0 win over Tromso; ORGANIZATION:Tromso",
      "a victory over Tromso in the league; ORGANIZATION:Tromso",
      "Bergen ’s coach resigned; ORGANIZATION:Bergen",
      "Bergen manager Ola Lie praised his side; ORGANIZATION:Bergen",
      "Tromso boss Ola Lie said the league was hard; ORGANIZATION:Tromso",
      "the league fined the Bergen coach after the match; ORGANIZATION:Bergen",
      "the coach joined Bergen last season; ORGANIZATION:Bergen",
      "Bergen , coached by Ola Lie , struggled; ORGANIZATION:Bergen",
      "Bergen coached by Ola Lie won the league; ORGANIZATION:Bergen",
      "Tromso , managed by Ola Lie , lost the match; ORGANIZATION:Tromso",
      // where the match is played stays a place, and so does a place outside sports
      "Bergen beat Tromso 3-0 in Oslo; ORGANIZATION:Bergen|ORGANIZATION:Tromso|LOCATION:Oslo",
      "Bergen beat Tromso to host the summit; LOCATION:Bergen|LOCATION:Tromso",
      "Bergen ’s mayor resigned; LOCATION:Bergen",
      "Bergen manager of the bank; LOCATION:Bergen",
      "she joined Bergen council; LOCATION:Bergen",
      "Bergen , managed by Ola Lie , grew; LOCATION:Bergen",
      "Bergen ’s coached by; LOCATION:Bergen",
      "the finest harbour is Tromso ’s; LOCATION:Tromso",
      // the verb before the score may start the sentence
      "Lost 2-1 to Tromso in the league; ORGANIZATION:Tromso",
      "a 1-1 draw with Tromso in the league; ORGANIZATION:Tromso",
      "Bergen lose to Tromso in the league; ORGANIZATION:Bergen|ORGANIZATION:Tromso",
      "reached the final , losing 2–1 to Tromso; ORGANIZATION:Tromso",
      // a player's clubs, in any sentence of an encyclopedia's biography
      "he later played for Bergen and Tromso; ORGANIZATION:Bergen|ORGANIZATION:Tromso",
      "Lie signed for Tromso in 2004; ORGANIZATION:Tromso",
      "he joined from Bergen in 2009; ORGANIZATION:Bergen",
      "he played in Bergen and Tromso; LOCATION:Bergen|LOCATION:Tromso",
      // named as a club in any sentence, as its apposition; a club that goes to a place
      "his former club , Bergen , sent a message; ORGANIZATION:Bergen",
      "his boyhood club Tromso wrote to him; ORGANIZATION:Tromso",
      "the club moved to Bergen last year; LOCATION:Bergen",
      // a shoot-out and a loan are sports only: "on penalties", "loanee"
      "Bergen beat Tromso on penalties; ORGANIZATION:Bergen|ORGANIZATION:Tromso",
      "Tromso edged Bergen in a penalty shoot-out; ORGANIZATION:Tromso|ORGANIZATION:Bergen",
      "Bergen loanee Ola Lie came on; ORGANIZATION:Bergen",
      "the Bergen loanees trained; ORGANIZATION:Bergen",
      "Bergen beat Tromso to tougher penalties; LOCATION:Bergen|LOCATION:Tromso",
      // named as a club's or team's rivals, or in a sports report's derby, in a list too
      "the club ’s main rivals are Bergen and Tromso; ORGANIZATION:Bergen|ORGANIZATION:Tromso",
      "the team ’s fiercest rival , Tromso , came top; ORGANIZATION:Tromso",
      "their derby rivals include Bergen , Tromso and Oslo; ORGANIZATION:Bergen"
          + "|ORGANIZATION:Tromso|ORGANIZATION:Oslo",
      "the derby with Tromso sold out weeks ago; ORGANIZATION:Tromso",
      "the city ’s main rivals are Bergen and Tromso; LOCATION:Bergen|LOCATION:Tromso",
      "the club ’s rivals in Bergen cut prices; LOCATION:Bergen",
  })
  void clubs_placesThatPlay(String sentence, String names) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> kept = new ArrayList<>();
    String[] words = s.words();
    for (int t = 0; t < words.length; t++) {
      if (words[t].equals("Bergen") || words[t].equals("Tromso") || words[t].equals("Oslo")) {
        kept.add(new Candidate(t, t + 1, EntityType.LOCATION, words[t], null, false,
            Candidate.PRIO_CITY));
      }
    }
    SportsClubs.clubs(words, kept);
    assertThat(show(s, kept)).isEqualTo(cells(names));
  }

  @Test
  void clubs_countryAndUsState_stayWhatTheyAre() {
    SentenceTokens s = sentence("Norway beat Georgia 2-1");
    List<Candidate> kept = new ArrayList<>(List.of(
        new Candidate(0, 1, EntityType.COUNTRY, "Norway", "NO", false, Candidate.PRIO_GAZETTEER),
        new Candidate(2, 3, EntityType.LOCATION, "Georgia", null, true,
            Candidate.PRIO_GAZETTEER)));
    SportsClubs.clubs(s.words(), kept);
    assertThat(show(s, kept)).containsExactly("COUNTRY:Norway", "LOCATION:Georgia");
  }

  @Test
  void venues_centerOrGardenOfTwoWordsOrMore_isAPlace() {
    String body = "in the Talvora Center, at Kelvin Square Garden, the Center for Rivers, Apex"
        + " Center";
    List<TypedMention> found = new ArrayList<>();
    for (String name : List.of("Talvora Center", "Kelvin Square Garden", "Center for Rivers")) {
      int at = body.indexOf(name);
      found.add(new TypedMention(at, at + name.length(), EntityType.ORGANIZATION, null, null,
          false));
    }
    int listed = body.indexOf("Apex");
    found.add(new TypedMention(listed, body.length(), EntityType.ORGANIZATION, "Apex Center",
        null, false));

    assertThat(SportsClubs.venues(body, found)).extracting(TypedMention::type).containsExactly(
        EntityType.LOCATION, EntityType.LOCATION, EntityType.ORGANIZATION,
        EntityType.ORGANIZATION);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a plural the report writes alone after "the", or a nickname of digits: the town and it
      // are one club, though the model found neither the nickname nor the whole name
      "The Kelvin Harbor Gulls placed Ola Lie on injured reserve. The Gulls play at home."
          + "; Kelvin Harbor; ORGANIZATION:Kelvin Harbor Gulls",
      "Kelvin Harbor Gulls fired their coach Ola Lie after the season. He blamed the Gulls."
          + "; Kelvin Harbor; ORGANIZATION:Kelvin Harbor Gulls",
      "Bergen 49ers president Ola Lie fired the coach after the season.; Bergen"
          + "; ORGANIZATION:Bergen 49ers",
      // a plural never written alone after "the", or one that ends other names: as it was
      "Bergen Gulls fly over the harbour every season.; Bergen; LOCATION:Bergen",
      "The Bergen Heights were cold. The Heights are high.; Bergen; LOCATION:Bergen",
  })
  void townTeams_townBeforeAPluralTheReportWritesAloneAfterThe_isOneClub(String body,
      String town, String expected) {
    int at = body.indexOf(town);
    List<TypedMention> found = List.of(new TypedMention(at, at + town.length(),
        EntityType.LOCATION, town, null, false));

    assertThat(StageFixtures.show(body, SportsClubs.townTeams(body, found, town::equals)))
        .isEqualTo(cells(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a team's nickname before a player's role and name: the model found no name, or a person
      "before the game , Frost coach Ben Lyle said so; 6; 8; ORGANIZATION:Frost|PERSON:Ben Lyle",
      "Later , Frost defenseman Ryan Holt joked; 4; 6; ORGANIZATION:Frost|PERSON:Ryan Holt",
      "Later , Frost goalie Ryan Holt joked; 4; 6; ORGANIZATION:Frost|PERSON:Ryan Holt",
      // first in the sentence, after another capitalised word or before no name: as it was
      "Head coach Ben Lyle said so; 2; 4; PERSON:Ben Lyle",
      "the Kelvin Frost coach Ben Lyle said; 4; 6; PERSON:Ben Lyle",
      "Later , Frost coach Lyle left; -1; -1;",
  })
  void teamsBeforeRoles_nicknameBeforeARoleAndAPlayer_isAClub(String sentence, int a, int b,
      String expected) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> kept = new ArrayList<>();
    if (a >= 0) {
      kept.add(new Candidate(a, b, EntityType.PERSON, null, null, false, Candidate.PRIO_MODEL));
    }

    SportsClubs.teamsBeforeRoles(s.words(), s.pos(), kept);

    assertThat(show(s, kept)).isEqualTo(cells(expected));
  }

  @Test
  void teamsBeforeRoles_oneWordPersonBeforeARoleAndAPlayer_isAClub() {
    SentenceTokens s = sentence("Later , Frost coach Ben Lyle said so");
    List<Candidate> kept = new ArrayList<>(List.of(
        new Candidate(2, 3, EntityType.PERSON, null, null, false, Candidate.PRIO_MODEL),
        new Candidate(4, 6, EntityType.PERSON, null, null, false, Candidate.PRIO_MODEL)));

    SportsClubs.teamsBeforeRoles(s.words(), s.pos(), kept);

    assertThat(show(s, kept)).containsExactly("ORGANIZATION:Frost", "PERSON:Ben Lyle");
  }
}
