package dev.lede.entities;

import static dev.lede.entities.RecognizerFixtures.find;
import static dev.lede.entities.RecognizerFixtures.recognize;
import static dev.lede.entities.RecognizerFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link UnlistedTowns} end to end: towns no list knows that the tagger read as people. */
final class UnlistedTownsTest {

  @Test
  void recognize_townOfALocalReport_isAPlaceEverywhere() {
    List<Entity> entities = recognize(null, "A fire destroyed the old creamery in Kessler on"
        + " Tuesday. Kessler firefighters fought the blaze for hours. The city of Kessler had"
        + " valued the building at $200,000, and Kessler police asked for witnesses.");

    assertThat(find(entities, EntityType.PERSON, "Kessler")).isEmpty();
    assertThat(find(entities, EntityType.LOCATION, "Kessler")).hasValueSatisfying(
        e -> assertThat(texts(e)).hasSize(4));
  }

  @Test
  void recognize_townBetweenTownsOrBeforeItsPolice_isAPlace() {
    List<Entity> entities = recognize(null, "A Spalding man was charged on Friday. The crash"
        + " happened on a rural road between Tillery and Spalding, troopers said. Spalding police"
        + " asked for help. Refugees are being registered in Wendell, where the agency has a"
        + " warehouse. Others walked to Wendell, the capital of the county.");

    for (String town : List.of("Spalding", "Tillery", "Wendell")) {
      assertThat(find(entities, EntityType.PERSON, town)).as(town).isEmpty();
      assertThat(find(entities, EntityType.LOCATION, town)).as(town).isPresent();
    }
  }

  @Test
  void recognize_surnameThatSpeaksOrHasATitle_staysAPerson() {
    List<Entity> entities = recognize(null, "Shareholders kept faith in Brannock. Brannock told"
        + " reporters the plan would work, and the board backed Brannock in a vote. Senator Okafor"
        + " spoke in Lagos. The crowd in the hall cheered for Okafor, and Okafor thanked them.");

    assertThat(find(entities, EntityType.PERSON, "Brannock")).hasValueSatisfying(
        e -> assertThat(texts(e)).hasSize(3));
    assertThat(find(entities, EntityType.PERSON, "Okafor")).hasValueSatisfying(
        e -> assertThat(texts(e)).hasSize(3));
  }

  @Test
  void recognize_casesCitedAfterIn_areNoPlaces() {
    List<Entity> entities = recognize(null, "The duty of care is set out in Haskell and Pyne,"
        + " counsel said. The same point is made in Orrin v Bellweather at Tab 8.");

    assertThat(find(entities, EntityType.LOCATION, "Haskell")).isEmpty();
    assertThat(find(entities, EntityType.LOCATION, "Orrin")).isEmpty();
  }

  @Test
  void recognize_teamOfASportsReportAfterIn_staysAsItWas() {
    // a college team the tagger read as a person; in a sports report "in Whitfield" is no town
    List<Entity> entities = recognize(null, "Jalen Marlow scored 24 points as Whitfield beat"
        + " Carrow 78-70 in Whitfield on Saturday. Whitfield coach Dana Hall praised him.");

    assertThat(find(entities, EntityType.LOCATION, "Whitfield")).isEmpty();
  }

  @Test
  void recognize_nameAfterInBeforeANoun_isNoPlaceEvidence() {
    List<Entity> entities = recognize(null, "Collectors showed new interest in Hollis paintings"
        + " this year. A rise in Hollis prints followed, the dealer said.");

    assertThat(find(entities, EntityType.PERSON, "Hollis")).hasValueSatisfying(
        e -> assertThat(texts(e)).hasSize(2));
  }
}
