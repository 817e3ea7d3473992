package dev.lede.entities;

import static dev.lede.entities.StageFixtures.mentions;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The document stage's organisations with a possessive inside their names. */
final class PossessiveNamesTest {

  private static List<String> whole(String body, String... typed) {
    return show(body, PossessiveNames.whole(body, mentions(body, typed)));
  }

  @Test
  void whole_partOfAnOrganisationNamedWholeElsewhere_isThatOrganisation() {
    String store = "Crash outside Tamsk Ola's Market . She walked into Ola's Market at noon .";
    String charity = "A Hope's Kitchen spokesman said so . Hope's Kitchen feeds 200 people .";

    assertThat(whole(store, "Market@LOCATION", "Ola's Market@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Ola's Market", "ORGANIZATION:Ola's Market");
    assertThat(whole(charity, "Hope@PERSON", "Hope's Kitchen@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Hope's Kitchen", "ORGANIZATION:Hope's Kitchen");
  }

  @Test
  void whole_noPartFoundOrAPlaceOfItsOwn_staysAsItWas() {
    // nothing found there; a place's possessive is no organisation's ("Bergen's Old Town")
    String none = "He went to Ola's Market . Ola's Market closed .";
    String place = "Bergen's Old Town is busy . Tourists love Old Town .";

    assertThat(whole(none, "Ola's Market@ORGANIZATION"))
        .containsExactly("ORGANIZATION:Ola's Market");
    assertThat(whole(place, "Bergen@LOCATION", "Old Town@LOCATION", "Old Town@LOCATION"))
        .containsExactly("LOCATION:Bergen", "LOCATION:Old Town", "LOCATION:Old Town");
  }
}
