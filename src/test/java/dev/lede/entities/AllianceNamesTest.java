package dev.lede.entities;

import static dev.lede.entities.StageFixtures.show;
import static dev.lede.entities.StageFixtures.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class AllianceNamesTest {

  private static TypedMention at(String body, String text, int from, EntityType type) {
    int start = body.indexOf(text, from);
    return new TypedMention(start, start + text.length(), type, null, null, false);
  }

  private static List<String> apply(String body, TypedMention... found) {
    return show(body, AllianceNames.apply(body, body.toLowerCase(java.util.Locale.ROOT),
        List.of(found), tokens(body)));
  }

  @Test
  void apply_capitalisedCoalitionAlone_isAnOrganisation() {
    String body = "On May 2 , Coalition aircraft struck a depot . In Kelvar , Coalition forces"
        + " advanced . Coalition nations sent ships .";
    String alliance = "Ministers said the Alliance would answer , and the Alliance 's members"
        + " agreed .";

    // read as a place, or found by no sentence, also first in a sentence where the text never
    // writes the word in lower case
    assertThat(apply(body, at(body, "Kelvar", 0, EntityType.LOCATION),
        at(body, "Coalition", body.indexOf("Coalition forces"), EntityType.LOCATION)))
        .containsExactly("ORGANIZATION:Coalition", "LOCATION:Kelvar", "ORGANIZATION:Coalition",
            "ORGANIZATION:Coalition");
    assertThat(apply(alliance)).containsExactly("ORGANIZATION:Alliance",
        "ORGANIZATION:Alliance");
  }

  @Test
  void apply_coalitionInsideALongerNameOrACommonWord_staysAsItWas() {
    String longer = "The Kelvar Coalition met , and the Coalition of Valdor Farmers left .";
    String common = "Coalition talks stalled . The ruling coalition split .";
    String found = "Officials of the Global Coalition spoke .";

    // a word of a longer name, found or not, and a common noun the sentence capitalised
    assertThat(apply(longer)).isEmpty();
    assertThat(apply(common)).isEmpty();
    assertThat(apply(found, at(found, "Global Coalition", 0, EntityType.ORGANIZATION)))
        .containsExactly("ORGANIZATION:Global Coalition");
  }
}
