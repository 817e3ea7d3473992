package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static dev.lede.entities.RecognizerFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sports report's towns that play, found across its sentences, end to end. */
final class PlayingTownsTest {

  private static final String REPORT = "Coach Dana Pierce said the team would miss Ola Brann"
      + " for the rest of the season after a 9-14 start.\n"
      + "Brann was hurt in Thursday's overtime loss to Omaha.\n"
      + "He will miss the final two games against Tulsa and Wichita.\n"
      + "Fresno (10-5) leads the division by two games.\n"
      + "Fans in Omaha cheered, and the team flew home from Tulsa on Friday.";

  @Test
  void apply_opponentOrRecordInASportsReport_isTheClub() {
    List<Entity> entities = recognize(null, REPORT);

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Omaha").orElseThrow()))
        .containsExactly("Omaha");
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Tulsa").orElseThrow()))
        .containsExactly("Tulsa");
    assertThat(find(entities, EntityType.ORGANIZATION, "Wichita")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Fresno")).isPresent();
  }

  @Test
  void apply_placeAfterAPlacePrepositionOrOutsideSports_staysAPlace() {
    List<Entity> sports = recognize(null, REPORT);
    List<Entity> other = recognize(null, "The city council voted against Omaha's plan on"
        + " Monday. Tulsa (population 400,000) won the bid to host the convention.");

    assertThat(texts(find(sports, EntityType.LOCATION, "Omaha").orElseThrow()))
        .containsExactly("Omaha");
    assertThat(texts(find(sports, EntityType.LOCATION, "Tulsa").orElseThrow()))
        .containsExactly("Tulsa");
    assertThat(other).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }

  @Test
  void apply_placeBesideACoachOrBeforeAUnitInASportsReport_isTheClub() {
    List<Entity> entities = recognize(null, "Pierce is the fifth coach fired this season, after"
        + " Lee Varga (Omaha), Ken Adair (Tulsa) and Rob Hale of Reno.\n"
        + "The league fined Wichita's Sam Lyle after the game.\n"
        + "The Fresno defense held firm in the fourth quarter of a 9-14 season.\n"
        + "The mayor of Omaha watched from the Fresno skyline bar.\n"
        + "Fans gathered in Tulsa's Ada Lind Park.");

    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Omaha").orElseThrow()))
        .containsExactly("Omaha");
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Tulsa").orElseThrow()))
        .containsExactly("Tulsa");
    assertThat(find(entities, EntityType.ORGANIZATION, "Wichita")).isPresent();
    assertThat(texts(find(entities, EntityType.ORGANIZATION, "Fresno").orElseThrow()))
        .containsExactly("Fresno");
    assertThat(find(entities, EntityType.PERSON, "Lee Varga")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Sam Lyle")).isPresent();
  }
}
