package dev.lede.entities;

import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tests {@link OrganisationTypes}: an unlisted place that the text names as an organisation. */
final class OrganisationTypesTest {

  /** The lists of these tests: they know "Atlanta" and nothing else. */
  private static boolean listed(String name) {
    return Set.of("Atlanta").contains(name);
  }

  /** Mentions "TYPE:text" found in order in the body. */
  private static List<TypedMention> mentions(String body, String... typed) {
    List<TypedMention> out = new ArrayList<>();
    int from = 0;
    for (String t : typed) {
      int colon = t.indexOf(':');
      String text = t.substring(colon + 1);
      int start = body.indexOf(text, from);
      out.add(new TypedMention(start, start + text.length(),
          EntityType.valueOf(t.substring(0, colon)), null, null, false));
      from = start + text.length();
    }
    return out;
  }

  @Test
  void apply_unlistedPlaceNamedAsAnOrganisationElsewhere_isTheOrganisation() {
    String company = "Norvale Power said profits rose. Banks saw trouble at Norvale Power.";
    String oneWord = "Analysts sold their stake in Kestrel. Kestrel said it would cut jobs.";

    assertThat(show(company, OrganisationTypes.apply(company, mentions(company,
        "ORGANIZATION:Norvale Power", "LOCATION:Norvale Power"), OrganisationTypesTest::listed)))
        .containsExactly("ORGANIZATION:Norvale Power", "ORGANIZATION:Norvale Power");
    assertThat(show(oneWord, OrganisationTypes.apply(oneWord, mentions(oneWord,
        "LOCATION:Kestrel", "ORGANIZATION:Kestrel"), OrganisationTypesTest::listed)))
        .containsExactly("ORGANIZATION:Kestrel", "ORGANIZATION:Kestrel");
  }

  @Test
  void apply_listedPlaceOrNoOrganisationOfTheName_keepsThePlace() {
    String club = "Atlanta beat Denver 3-1. Fans in Atlanta cheered.";
    String town = "Floods hit Brennick. The Brennick Council met.";
    String state = "The Lakes State Council met. Fighting spread in Lakes State.";

    List<TypedMention> clubAndCity = mentions(club, "ORGANIZATION:Atlanta",
        "ORGANIZATION:Denver", "LOCATION:Atlanta");
    List<TypedMention> townAndCouncil = mentions(town, "LOCATION:Brennick",
        "ORGANIZATION:Brennick Council");

    List<TypedMention> stateRead = mentions(state, "ORGANIZATION:Lakes State",
        "LOCATION:Lakes State");

    assertThat(OrganisationTypes.apply(state, stateRead, OrganisationTypesTest::listed))
        .isEqualTo(stateRead);
    assertThat(OrganisationTypes.apply(club, clubAndCity, OrganisationTypesTest::listed))
        .isEqualTo(clubAndCity);
    assertThat(OrganisationTypes.apply(town, townAndCouncil, OrganisationTypesTest::listed))
        .isEqualTo(townAndCouncil);
  }
}
