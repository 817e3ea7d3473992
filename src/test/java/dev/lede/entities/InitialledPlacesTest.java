package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link InitialledPlaces} end to end: a name opened by a person's initials. */
final class InitialledPlacesTest {

  @Test
  void recognize_placeOpenedByInitials_isAPerson() {
    List<Entity> entities = recognize(null, "The team lost Lynell Okoro and P. J. Hill to"
        + " injuries. H. Dale Hall, director of the agency, said he disagreed.");

    assertThat(find(entities, EntityType.PERSON, "P. J. Hill")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "H. Dale Hall")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "P. J. Hill")).isEmpty();
  }

  @Test
  void recognize_streetsAndPointsOfTheCompass_stayPlaces() {
    List<Entity> entities = recognize(null, "The shop on W. Maple Blvd. closed, and the"
        + " E. Dahlia Ave. bakery too. She lives in S. Richmond Hill now.");

    assertThat(find(entities, EntityType.LOCATION, "W. Maple Blvd.")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "E. Dahlia Ave.")).isPresent();
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PERSON);
  }
}
