package dev.lede.entities;

import static dev.lede.entities.StageFixtures.cells;
import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guideline stage's streets and "Saint-" towns named in other languages. */
final class StreetNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a street word after the name, before it, or ending one word
      "the shop on Oskar Lindqvists väg closed; LOCATION:Oskar Lindqvists väg",
      "a flat on Storgata gata; LOCATION:Storgata gata",
      "the bakery on rue Oberkampf opened; LOCATION:rue Oberkampf",
      "a hotel on the Rue de Rivoli; LOCATION:Rue de Rivoli",
      "the bar on Calle Mayor; LOCATION:Calle Mayor",
      "a cafe on Via Garibaldi; LOCATION:Via Garibaldi",
      "they marched down Karl-Marx-Strasse; LOCATION:Karl-Marx-Strasse",
      "police blocked Drottninggatan; LOCATION:Drottninggatan",
      "a cafe on the Kungsgata opened; LOCATION:Kungsgata",
      "the market on Sveaväg moved; LOCATION:Sveaväg",
      "traffic left the Strandvej and Amagerbrogaden; LOCATION:Strandvej|LOCATION:Amagerbrogaden",
      "the Drammensveien was closed; LOCATION:Drammensveien",
      // a town's hyphenated name opening with Saint- or Sainte-
      "she was born in Saint-Amand-Montrond; LOCATION:Saint-Amand-Montrond",
      "he grew up in Sainte-Foy-la-Grande; LOCATION:Sainte-Foy-la-Grande",
      // English "via", a street word without a name, a person's name with Saint-
      "flights via Frankfurt resumed;",
      "Via Twitter he said so;",
      "the weg was closed;",
      "the Golani Brigade and the Watergate hotel;",
      "a book by Antoine de Saint-Exupéry;",
      "the composer Camille Saint-Saëns;",
      "Saint-Gobain said profits rose;",
      "shares of Saint-Gobain fell;",
      // an English street word abbreviated after a name and before no name
      "police closed Tilden Ave. during the march; LOCATION:Tilden Ave.",
      "a crash at Church and Snyder Ave. was reported; LOCATION:Church|LOCATION:Snyder Ave.",
      // a full stop set apart by a space is the sentence's, no part of the abbreviation
      "police closed Tilden Ave . during the march; LOCATION:Tilden Ave",
      "a crash at Church and Snyder Ave . was reported; LOCATION:Church|LOCATION:Snyder Ave",
      "a fire on Winding Creek Dr. on Monday; LOCATION:Winding Creek Dr.",
      "the parade went up 5th Ave. past the park; LOCATION:5th Ave.",
      "traffic on Oakhurst Rd. was slow; LOCATION:Oakhurst Rd.",
      "Dr. Alan Brooks said St. Louis was calm;",
      "the shop on Maple St. closed; LOCATION:Maple St.",
      // only "St." and "Dr." are also titles, and never after an ordinal
      "a fire on 52nd St. Saturday night; LOCATION:52nd St.",
      "a fire on 52nd St . Saturday night; LOCATION:52nd St",
      "police closed Tilden Ave. Tuesday; LOCATION:Tilden Ave.",
      "he left Oakhurst Rd. Police said so; LOCATION:Oakhurst Rd.",
      // an ordinal and a street word written out
      "she crossed 117th Street near the school; LOCATION:117th Street",
      "a bus on 3rd Avenue hit a car; LOCATION:3rd Avenue",
      "the 2nd Division and the 21st Century;",
      // a numbered road
      "he was stopped on state Route 52 at night; LOCATION:Route 52",
      "a crash closed Interstate 95 and Highway 1; LOCATION:Interstate 95|LOCATION:Highway 1",
      "the route 52 bus;",
  })
  void streets_streetWordsAndSaintTowns_arePlaces(String sentence, String names) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> cands = new ArrayList<>();
    StreetNames.streets(s, cands);
    assertThat(show(s, cands)).isEqualTo(cells(names));
  }
}
