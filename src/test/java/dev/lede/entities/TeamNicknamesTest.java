package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static dev.lede.entities.RecognizerFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sports report's teams named by their nickname alone, end to end. */
final class TeamNicknamesTest {

  @Test
  void withFullNames_nicknameBeforeTheClubsFullName_isThatClub() {
    List<Entity> owls = recognize(null, "Owls fire coach after ninth loss\nThe Owls fired coach"
        + " Dana Pierce on Monday, a day after the Harbor City Owls lost 24-17 to the Tulsa"
        + " Kestrels, their ninth loss of the season. The Owls will name a new coach this week.");
    List<Entity> chiefs = recognize(null, "Chiefs coach Dana Pierce was fired on Monday. The"
        + " Kansas City Chiefs lost 24-17 on Sunday, their ninth loss of the season.");

    assertThat(texts(find(owls, EntityType.ORGANIZATION, "Harbor City Owls").orElseThrow()))
        .containsExactly("Owls", "Owls", "Harbor City Owls", "Owls");
    assertThat(texts(find(chiefs, EntityType.ORGANIZATION, "Kansas City Chiefs").orElseThrow()))
        .containsExactly("Chiefs", "Kansas City Chiefs");
  }

  @Test
  void find_groupsCommonWordsAndTextsNotOfSport_stayNoClub() {
    // a demonym's plural, a plural the text also writes in lower case, no sports report
    List<Entity> sports = recognize(null, "The Americans lost 3-1 in the final game of the"
        + " season, coach Dana Pierce said. The Pilgrims left early, as pilgrims often do.");
    List<Entity> other = recognize(null, "The band played in a small club. Critics compared"
        + " the Larkspurs to the early recordings of the band.");

    assertThat(sports).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
    assertThat(other).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }

  @Test
  void find_clubOpeningASentenceBeforeARoleAndAPlayer_isTheClub() {
    List<Entity> entities = recognize(null, "Hours before the game on Tuesday, Frost coach Ben"
        + " Lyle said the Sabres would be hard to beat. Frost defenseman Ryan Holt scored twice."
        + " Sabres defenseman Otto Brann spoiled the shutout, and the Sabres fell to 9-14. Head"
        + " coach Ben Lyle said so.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Sabres").orElseThrow()))
        .containsExactly("Sabres", "Sabres", "Sabres");
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Frost").orElseThrow()))
        .containsExactly("Frost", "Frost");
    assertThat(find(entities, EntityType.PERSON, "Otto Brann")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Head")).isEmpty();
  }
}
