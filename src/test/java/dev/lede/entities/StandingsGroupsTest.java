package dev.lede.entities;

import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link StandingsGroups}: a league's standings groups are no organisations. */
final class StandingsGroupsTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The Gulls sit last in the Atlantic Division after the loss.; Atlantic Division",
      "They lead the Eastern Conference by two games.; Eastern Conference",
      "The Rams face the NFC West champion on Sunday.; NFC West",
  })
  void without_standingsGroupInASportsReport_isDropped(String body, String group) {
    int start = body.indexOf(group);
    List<TypedMention> found = List.of(new TypedMention(start, start + group.length(),
        EntityType.ORGANIZATION, null, null, false));

    assertThat(StandingsGroups.without(body, found)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "They finished 2-4 in the AFC South again.; AFC South",
      "A win would give them their first N.F.C. North title.; N.F.C. North",
      "The Gulls sit last in the Pacific Division after the loss.; Pacific Division",
  })
  void without_standingsGroupReadAsAPlace_isDropped(String body, String group) {
    int start = body.indexOf(group);
    List<TypedMention> found = List.of(new TypedMention(start, start + group.length(),
        EntityType.LOCATION, null, null, false));

    assertThat(StandingsGroups.without(body, found)).isEmpty();
  }

  @Test
  void without_regionOrPlaceNamedLikeAGroup_stays() {
    // a region of the country is no standings group, whatever the report
    String body = "Fans flew in from the Pacific Northwest and from North Carolina.";
    int a = body.indexOf("Pacific Northwest");
    int b = body.indexOf("North Carolina");
    List<TypedMention> found = List.of(
        new TypedMention(a, a + 17, EntityType.LOCATION, null, null, false),
        new TypedMention(b, b + 14, EntityType.LOCATION, null, null, false));

    assertThat(show(body, StandingsGroups.without(body, found))).containsExactly(
        "LOCATION:Pacific Northwest", "LOCATION:North Carolina");
  }

  @Test
  void without_conferenceNamedAsABody_stays() {
    String body = "Kelso joined the Southeastern Conference and the Atlantic Coast Conference.";
    int a = body.indexOf("Southeastern Conference");
    int b = body.indexOf("Atlantic Coast Conference");
    List<TypedMention> found = List.of(
        new TypedMention(a, a + 23, EntityType.ORGANIZATION, null, null, false),
        new TypedMention(b, b + 25, EntityType.ORGANIZATION, null, null, false));

    assertThat(show(body, StandingsGroups.without(body, found))).containsExactly(
        "ORGANIZATION:Southeastern Conference", "ORGANIZATION:Atlantic Coast Conference");
  }
}
