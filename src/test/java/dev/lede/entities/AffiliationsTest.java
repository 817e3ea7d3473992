package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link Affiliations} end to end: firms named after people, as a person's employer. */
final class AffiliationsTest {

  @Test
  void recognize_firmWithInitialsAfterAPersonAndOf_isAnOrganisation() {
    List<Entity> entities = recognize(null, "\"The bid is too low,\" said Rosalind Adair of"
        + " K.T. Marlowe. Industry analyst Gary Penfold of Morton J. Oakes said the unit earned"
        + " 132 mln dlrs.");

    assertThat(find(entities, EntityType.ORGANIZATION, "K.T. Marlowe")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Morton J. Oakes")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Rosalind Adair")).isPresent();
    assertThat(find(entities, EntityType.PERSON, "Gary Penfold")).isPresent();
  }

  @Test
  void recognize_partnersAfterAPersonAndOf_areOneFirm() {
    List<Entity> entities = recognize(null, "Analyst Tom Welling of Hadley and Crane said"
        + " profits would rise. \"It was a smaller deal than expected,\" said analyst Dean Farrow"
        + " at Whitcombe Barnes.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Hadley and Crane")).isPresent();
    assertThat(find(entities, EntityType.ORGANIZATION, "Whitcombe Barnes")).isPresent();
    for (String word : List.of("Hadley", "Crane", "Whitcombe Barnes")) {
      assertThat(find(entities, EntityType.PERSON, word)).as(word).isEmpty();
    }
  }

  @Test
  void recognize_townAfterAPersonAndOf_isNoFirm() {
    List<Entity> entities = recognize(null, "Defense attorney Warren Gotcher of Tilden argued"
        + " that the clerks stayed outside. Mary Holt of Glenrock and her sister Ann Holt came"
        + " too.");

    assertThat(find(entities, EntityType.ORGANIZATION, "Tilden")).isEmpty();
    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION
        && e.name().contains("Ann Holt"));
  }
}
