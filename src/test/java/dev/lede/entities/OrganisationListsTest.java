package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link OrganisationLists} end to end: the other names of a list of organisations. */
final class OrganisationListsTest {

  @Test
  void recognize_unknownNamesListedWithOrganisations_areOrganisations() {
    List<Entity> entities = recognize(null, "Drivers work for Uber or Lyft or Parcelo at night."
        + " Then came Instacart, DoorDash, Zipkart, Fetchly and Homevio, each with its own app.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Parcelo")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Zipkart")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Fetchly")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Homevio")).isPresent();
  }

  @Test
  void recognize_listWithPlacesOrPeople_staysAsItWas() {
    List<Entity> entities = recognize(null, "The firm has offices in Paris, London, Google and"
        + " Kestrelby. Microsoft, Apple, Sarah Jennings and Tom Alder spoke. Loans from the World"
        + " Bank, the IMF, African and Asian Development Banks rose.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Kestrelby")).isEmpty();
    assertThat(find(entities, EntityType.PERSON, "Sarah Jennings")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Tom Alder")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "African")).isEmpty();
  }
}
