package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link AreaNames} end to end: places named before a lower-case word for an area. */
final class AreaNamesTest {

  @Test
  void recognize_nameBeforeAreaWord_isAPlace() {
    List<Entity> entities = recognize(null, "Aid reached the camp, said Tomas Werrin, the"
        + " commissioner of Kelvaro county. Shelling hit the Brindlewood neighborhood overnight,"
        + " and the governor of Talvik state asked for help. Villagers in Marrowgate district"
        + " fled.");

    assertThat(find(entities, EntityType.LOCATION, "Kelvaro")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Brindlewood")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Talvik")).isPresent();
    assertThat(find(entities, EntityType.LOCATION, "Marrowgate")).isPresent();
  }

  @Test
  void recognize_adjectiveOrOpenerBeforeAreaWord_isNoPlace() {
    List<Entity> entities = recognize(null, "Analysts said the Jewish state and the Sudanese"
        + " state disagreed. Every state must vote, and each Republican county did. This"
        + " district voted last.");

    for (String word : List.of("Jewish", "Sudanese", "Every", "Republican", "This")) {
      assertThat(find(entities, EntityType.LOCATION, word)).as(word).isEmpty();
    }
  }
}
