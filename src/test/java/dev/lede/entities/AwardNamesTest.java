package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link AwardNames}: a person or place naming an award is no mention of its own. */
final class AwardNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "She won two Marta Oyelaran Awards for her songs.; Marta Oyelaran; PERSON",
      "He received the Tobias Wrenfield Medal in 1990.; Tobias Wrenfield; PERSON",
      "the Halvorsen Prize-winning novelist spoke; Halvorsen; PERSON",
      "Her team lifted the Dunmore Cup again.; Dunmore; LOCATION",
      "He won the Tobias Wrenfield Medal twice.; Tobias Wrenfield Medal; PERSON",
      "She has two Marta Award nominations.; Marta Award; PERSON",
  })
  void without_nameBeforeAnAwardWord_isDropped(String body, String name, EntityType type) {
    int start = body.indexOf(name);
    List<TypedMention> found = List.of(
        new TypedMention(start, start + name.length(), type, null, null, false));

    assertThat(AwardNames.without(body, found)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Marta Oyelaran won an award in May.; Marta Oyelaran; PERSON", // lower case
      "The prize went to Tobias Wrenfield. Awards followed.; Tobias Wrenfield; PERSON",
      "Spain lifted the Nations Cup.; Spain; COUNTRY", // not before the award's word
      "Kenya Cup winners paraded.; Kenya; COUNTRY", // countries are left as they are
  })
  void without_otherwise_keepsTheMention(String body, String name, EntityType type) {
    int start = body.indexOf(name);
    List<TypedMention> found = List.of(
        new TypedMention(start, start + name.length(), type, null, null, false));

    assertThat(AwardNames.without(body, found)).isEqualTo(found);
  }

  @Test
  void recognize_awardsNamedAfterPeople_nameNoOne() {
    List<Entity> entities = RecognizerFixtures.recognize(null, "Dana Whitcombe won three Harold"
        + " Pinkerton Awards and the Lucia Marvell Medal before she moved to Toronto.");

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .contains("Dana Whitcombe", "Toronto")
        .doesNotContain("Harold Pinkerton", "Lucia Marvell");
  }
}
