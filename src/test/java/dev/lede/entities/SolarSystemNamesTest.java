package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static dev.lede.entities.RecognizerFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link SolarSystemNames} end to end: the planets and moons of science news. */
final class SolarSystemNamesTest {

  @Test
  void recognize_bodiesOfASpaceStory_arePlaces() {
    List<Entity> entities = recognize(null, "The probe flew past Saturn's moon Enceladus in"
        + " 2015. Scientists at the Halvard Institute said Enceladus may hide an ocean under its"
        + " ice, like Jupiter's moon Europa. On Earth, such oceans are common, but the Solar"
        + " System holds few of them beyond our planet.");

    assertThat(find(entities, EntityType.LOCATION, "Saturn")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Enceladus")).map(RecognizerFixtures::texts)
        .contains(List.of("Enceladus", "Enceladus"));
    assertThat(find(entities, EntityType.LOCATION, "Jupiter")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Europa")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Earth")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Solar System")).isPresent();
  }

  @Test
  void recognize_planetNamedAsOne_isAPlaceOutsideSpaceStories() {
    List<Entity> entities = recognize(null, "Marta Lindqvist read her pupils in Dunmore a story"
        + " about the planet Venus. Her company, she said, wants to leave the Earth cleaner"
        + " than it found it.");

    assertThat(find(entities, EntityType.LOCATION, "Venus")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Earth")).map(RecognizerFixtures::texts)
        .contains(List.of("Earth"));
  }

  @Test
  void recognize_bodyNamesOfPeopleFirmsAndDays_stayWhatTheyAre() {
    List<Entity> entities = recognize(null, "Bruno Mars sang at the Titan Arena, and Venus"
        + " Williams watched. Titan, the crane maker, said profits rose. Mercury, a fund manager,"
        + " lost clients. Earth Day falls in April, and Google Earth showed the stadium.");

    for (String body : List.of("Mars", "Titan", "Venus", "Mercury", "Earth")) {
      assertThat(find(entities, EntityType.LOCATION, body)).as(body).isEmpty();
    }
  }
}
