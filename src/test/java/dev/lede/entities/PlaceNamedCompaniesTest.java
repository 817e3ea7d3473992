package dev.lede.entities;

import static dev.lede.entities.StageFixtures.mentions;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class PlaceNamedCompaniesTest {

  private static PlaceNamedCompanies places;

  @BeforeAll
  static void load() {
    places = new PlaceNamedCompanies(StageFixtures.gazetteer());
  }

  private static List<String> apply(String body, String... typed) {
    return show(body, places.apply(body, mentions(body, typed)));
  }

  @Test
  void apply_placeOpeningACompanysNameThatActs_isTheCompanyWhereverWritten() {
    assertThat(apply("Harrow Lakes Timber Ltd said it would build a mill. Harrow Lakes said the"
        + " mill would cost 90 mln dlrs.", "Harrow Lakes Timber Ltd@ORGANIZATION",
        "Harrow Lakes@LOCATION"))
        .containsExactly("ORGANIZATION:Harrow Lakes Timber Ltd", "ORGANIZATION:Harrow Lakes");
    assertThat(apply("Tessin Falls Weaving Co Inc rejected the offer. Tessin Falls sued the"
        + " group, which holds 9 pct of Tessin Falls stock.",
        "Tessin Falls Weaving Co Inc@ORGANIZATION", "Tessin Falls@LOCATION",
        "Tessin Falls@LOCATION"))
        .containsExactly("ORGANIZATION:Tessin Falls Weaving Co Inc",
            "ORGANIZATION:Tessin Falls", "ORGANIZATION:Tessin Falls");
    assertThat(apply("Varna Hill Power Corp raised rates. Varna Hill owns 41 pct of the plant.",
        "Varna Hill Power Corp@ORGANIZATION", "Varna Hill@LOCATION"))
        .containsExactly("ORGANIZATION:Varna Hill Power Corp", "ORGANIZATION:Varna Hill");
  }

  @Test
  void apply_placeThatDoesNotActOrIsNamedAsAPlace_staysThePlace() {
    // no deed of a company: the region
    assertThat(apply("Harrow Lakes Timber Ltd said it would build a mill in the Harrow Lakes"
        + " region.", "Harrow Lakes Timber Ltd@ORGANIZATION", "Harrow Lakes@LOCATION"))
        .containsExactly("ORGANIZATION:Harrow Lakes Timber Ltd", "LOCATION:Harrow Lakes");
    // after a preposition of place, or before a comma and a place
    assertThat(apply("Tessin Falls Weaving Co Inc said sales rose. Tessin Falls said profits"
        + " fell at its plant in Tessin Falls. Tessin Falls, Ontario, has 9,000 people.",
        "Tessin Falls Weaving Co Inc@ORGANIZATION", "Tessin Falls@LOCATION",
        "Tessin Falls@LOCATION", "Tessin Falls@LOCATION"))
        .containsExactly("ORGANIZATION:Tessin Falls Weaving Co Inc",
            "ORGANIZATION:Tessin Falls", "LOCATION:Tessin Falls", "LOCATION:Tessin Falls");
    // a big city speaks for itself
    assertThat(apply("New York Harbor Pilots Inc raised fees. New York said it would appeal.",
        "New York Harbor Pilots Inc@ORGANIZATION", "New York@LOCATION"))
        .containsExactly("ORGANIZATION:New York Harbor Pilots Inc", "LOCATION:New York");
  }

  @Test
  void apply_oneWordPlaceOpeningACompanysNameThatActs_isTheCompany() {
    assertThat(apply("Varnholm Aviation Inc agreed to a merger. Varnholm said the merger would"
        + " close in May, and Varnholm's board approved it.", "Varnholm Aviation Inc@ORGANIZATION",
        "Varnholm@LOCATION", "Varnholm@LOCATION"))
        .containsExactly("ORGANIZATION:Varnholm Aviation Inc", "ORGANIZATION:Varnholm",
            "ORGANIZATION:Varnholm");
    assertThat(apply("Kessala Mining Corp cut output. Kessala reported a loss.",
        "Kessala Mining Corp@ORGANIZATION", "Kessala@LOCATION"))
        .containsExactly("ORGANIZATION:Kessala Mining Corp", "ORGANIZATION:Kessala");
  }

  @Test
  void apply_oneWordPlaceNamedAsAPlaceOrBig_staysThePlace() {
    assertThat(apply("Varnholm Aviation Inc said flights to Varnholm rose. Varnholm has a new"
        + " airport.", "Varnholm Aviation Inc@ORGANIZATION", "Varnholm@LOCATION",
        "Varnholm@LOCATION"))
        .containsExactly("ORGANIZATION:Varnholm Aviation Inc", "LOCATION:Varnholm",
            "LOCATION:Varnholm");
    assertThat(apply("Texas Instruments Inc raised prices. Texas said it would sue.",
        "Texas Instruments Inc@ORGANIZATION", "Texas@LOCATION"))
        .containsExactly("ORGANIZATION:Texas Instruments Inc", "LOCATION:Texas");
  }
}
