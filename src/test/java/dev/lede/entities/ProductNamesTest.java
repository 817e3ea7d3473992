package dev.lede.entities;

import static dev.lede.entities.StageFixtures.cells;
import static dev.lede.entities.StageFixtures.sentence;
import static dev.lede.entities.StageFixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ProductNamesTest {

  /** The candidates crudeGrades adds after one given candidate (none: type empty). */
  private static List<String> added(String sentence, int a, int b, EntityType type,
      boolean usState) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> cands = new ArrayList<>();
    if (type != null) {
      cands.add(new Candidate(a, b, type, null, null, usState, Candidate.PRIO_MODEL));
    }
    int before = cands.size();
    ProductNames.crudeGrades(s.words(), cands);
    return show(s, cands.subList(before, cands.size()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Brent crude rose; 0; 1; LOCATION; EVENT:Brent crude",
      "prices of Dubai crude fell; 2; 3; LOCATION; EVENT:Dubai crude",
      "West Texas Intermediate crude fell; 0; 2; LOCATION; EVENT:West Texas Intermediate crude",
      "Urals crude traded; 0; 0; ; EVENT:Urals crude", // nothing found there
  })
  void crudeGrades_placeBeforeCrude_isAnUntypedCandidate(String sentence, int a, int b,
      EntityType type, String expected) {
    assertThat(added(sentence, a, b, type, false)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Iraq crude exports fell; 0; 1; COUNTRY; false", // a producer
      "the Kesmark Oil crude output; 1; 3; ORGANIZATION; false",
      "Texas crude output rose; 0; 1; LOCATION; true", // a US state
      "Okafor crude jokes offended; 0; 1; PERSON; false",
      "the crude price; 0; 0; ; false", // no name before it
      "Brent Crude rose; 0; 1; LOCATION; false", // not the lower-case word
  })
  void crudeGrades_otherwise_addsNoCandidate(String sentence, int a, int b, EntityType type,
      boolean usState) {
    assertThat(added(sentence, a, b, type, usState)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // an owner's event or craft, named before what it is: no entity
      "at the Vox Media 's Code Media conference; -1; EVENT:Code Media",
      "data from NASA 's Cassini spacecraft; -1; EVENT:Cassini",
      "Talvora’s Dreamforce conference drew crowds; -1; EVENT:Dreamforce",
      "Kesmark 's Brisa Max smartphone sold; -1; EVENT:Brisa Max",
      // a listed place or organisation there stays a mention, and other things are no products
      "NASA 's Mars rover found water; 2; ",
      "Disney 's ESPN channels lost viewers; -1; ",
      "the Brisa smartphone sold; -1; ",
  })
  void ownedProducts_nameBetweenAnOwnersPossessiveAndAThing_isAnUntypedCandidate(
      String sentence, int listed, String expected) {
    SentenceTokens s = sentence(sentence);
    List<Candidate> cands = new ArrayList<>();
    if (listed >= 0) {
      cands.add(new Candidate(listed, listed + 1, EntityType.LOCATION, "Mars", null, false,
          Candidate.PRIO_GAZETTEER));
    }
    int before = cands.size();
    ProductNames.ownedProducts(s.words(), cands);
    assertThat(show(s, cands.subList(before, cands.size()))).isEqualTo(cells(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a listed company's model with a designation: the company alone
      "She drove the Toyota RAV4 home.; 14; 25; Toyota",
      "Nine Ford F-150 trucks were recalled.; 5; 15; Ford",
      "It flew a Honda HA-420 jet.; 10; 22; Honda",
      // the longest listed maker; an organisation's head after the number keeps the name whole;
      // no listed maker, no cut
      "Ford Motor Co 2024 results; 0; 18; Ford Motor Co",
      "The Honda 2 Holdings board met.; 4; 20; Honda 2 Holdings",
      "The Kesmark Brisa 5 sold.; 4; 19; Kesmark Brisa 5",
  })
  void companiesOfModels_listedCompanyAndDesignation_isTheCompany(String body, int start,
      int end, String expected) {
    List<TypedMention> found = List.of(
        new TypedMention(start, end, EntityType.ORGANIZATION, null, null, false));

    List<TypedMention> out = ProductNames.companiesOfModels(body, found,
        StageFixtures.gazetteer());

    assertThat(out).singleElement().satisfies(m -> {
      assertThat(body.substring(m.start(), m.end())).isEqualTo(expected);
      assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Toyota 4 said so.; 0; 8; PERSON",
      "Ford 150 Street; 0; 15; LOCATION",
  })
  void companiesOfModels_notAnOrganisation_isLeftAlone(String body, int start, int end,
      EntityType type) {
    List<TypedMention> found = List.of(new TypedMention(start, end, type, null, null, false));

    assertThat(ProductNames.companiesOfModels(body, found, StageFixtures.gazetteer()))
        .isEqualTo(found);
  }

  @org.junit.jupiter.api.Test
  void recognize_carModelOfAListedMaker_isTheMakerAlone() {
    List<Entity> entities = RecognizerFixtures.recognize(null,
        "Dealers said the new Toyota RAV4 sold out in a week. Toyota did not comment.");

    assertThat(entities).extracting(Entity::type, Entity::name)
        .contains(org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "Toyota"));
    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
        .contains("Toyota").doesNotContain("Toyota RAV4");
  }
  @Test
  void recognize_productLineNamedBySizeOrLineWord_isNoEntityAnywhere() {
    List<Entity> entities = RecognizerFixtures.recognize(null, "After the 16-inch MacBook Pro,"
        + " Apple plans a new 13-inch MacBook Pro for next year. The keyboard returns across the"
        + " MacBook lineup.");

    assertThat(entities.stream().map(Entity::name)).containsExactly("Apple");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "the 16-inch Vellbook Pro and the Vellbook lineup; Vellbook; ",
      "the Vellbook Air and Vellbook sales; Vellbook; ",
      "the 65-inch Samsung TV and Samsung sales; Samsung; Samsung Samsung", // a listed company
      "the Vellbook Prosper plan and Vellbook sales; Vellbook; Vellbook Vellbook",
      "a 16-inch screen at Vellbook; Vellbook; Vellbook",
      // a line's word inside a company's name with its legal form: the company's short name
      "Vellbook Air Freight Corp said Vellbook's bid ends; Vellbook; Vellbook Vellbook",
      "Vellbook Pro Services Ltd. and Vellbook sales; Vellbook; Vellbook Vellbook",
      "the Vellbook Air and Vellbook Air Corp; Vellbook; ", // the product named too
  })
  void withoutProductLines_unlistedNameOfAProductLine_isNoMention(String body, String name,
      String kept) {
    List<TypedMention> found = new ArrayList<>();
    for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      found.add(new TypedMention(at, at + name.length(), EntityType.ORGANIZATION,
          name.equals("Samsung") ? "Samsung" : null, null, false));
    }

    List<TypedMention> out = ProductNames.withoutProductLines(body, found);

    assertThat(String.join(" ", out.stream().map(m -> body.substring(m.start(), m.end()))
        .toList())).isEqualTo(kept == null ? "" : kept);
  }

  @Test
  void recognize_nameWithARegisteredOrTrademarkSign_isNoPersonOrPlace() {
    List<Entity> entities = RecognizerFixtures.recognize(null, "Stir in one jar of Don Marcelo®"
        + " Clover Honey before serving. Add two cups of Don Marcelo® Honey and a pinch of salt."
        + " The chef Maria Okafor uses Lake Tessin™ Sea Salt in every batch.");

    assertThat(entities.stream().filter(e -> e.type() == EntityType.PERSON
        || e.type() == EntityType.LOCATION).map(Entity::name)).containsExactly("Maria Okafor");
  }
}
