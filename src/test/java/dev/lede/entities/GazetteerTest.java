package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.entities.Gazetteer.Kind;
import dev.lede.entities.Gazetteer.Sense;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped lists as loaded: each test loads them itself (not the shared copy of {@link
 * StageFixtures}, made once per JVM, nor once per class), so that PIT sees each test run the
 * loading it checks.
 */
final class GazetteerTest {

  private Gazetteer gazetteer;

  @BeforeEach
  void load() {
    gazetteer = Gazetteer.load();
  }

  private List<Sense> senses(String phrase) {
    return gazetteer.phrases.get(phrase).stream().map(PhraseTrie.Entry::value).toList();
  }

  @Test
  void load_countriesByNameAndAlias_withTheirCodes() {
    Sense uae = new Sense(Kind.COUNTRY, "United Arab Emirates", "AE", 0);

    assertThat(senses("United Arab Emirates")).containsExactly(uae);
    assertThat(senses("UAE")).containsExactly(uae);
    assertThat(senses("U.A.E.")).containsExactly(uae);
    assertThat(senses("Burma")).containsExactly(new Sense(Kind.COUNTRY, "Myanmar", "MM", 0));
    assertThat(gazetteer.countryNames).containsEntry("AE", "United Arab Emirates")
        .containsEntry("MM", "Myanmar");
    assertThat(gazetteer.countryNames.keySet()).allMatch(code -> code.matches("[A-Z]{2}"));
  }

  @Test
  void load_demonyms_withAPluralUnlessItWouldBeWrong() {
    assertThat(senses("Belarusian")).containsExactly(new Sense(Kind.DEMONYM, "Belarusian", "BY",
        0));
    assertThat(senses("Belarusians")).containsExactly(new Sense(Kind.DEMONYM, "Belarusian", "BY",
        0));
    assertThat(senses("Swiss")).hasSize(1);
    assertThat(senses("Swisss")).isEmpty();
    assertThat(senses("Chineses")).isEmpty();
    assertThat(senses("Britishs")).isEmpty();
    assertThat(senses("Frenchs")).isEmpty();
  }

  @Test
  void load_regionsMinistriesOrganisationsAndCities() {
    assertThat(senses("Texas")).containsExactly(new Sense(Kind.REGION, "Texas", "US", 0));
    assertThat(senses("Middle East")).containsExactly(new Sense(Kind.REGION, "Middle East", null,
        0));
    assertThat(senses("Home Office")).containsExactly(new Sense(Kind.MINISTRY_NAMED,
        "Home Office", null, 0));
    assertThat(senses("UN")).containsExactly(new Sense(Kind.ORGANIZATION, "United Nations", null,
        0));
    assertThat(senses("Kiev")).containsExactly(new Sense(Kind.CITY, "Kyiv", "UA", 2_797_553));
    assertThat(gazetteer.departments).containsEntry("homeland security",
        "Department of Homeland Security").containsEntry("state", "Department of State")
        .doesNotContainKey("home office");
  }

  @Test
  void load_cityCanonicalNames_writeTransliterationsAsEnglishDoes() {
    // GeoNames writes "Rafaḩ", "Khān Yūnis", "Gdańsk": English news, and the guidelines'
    // canonical names, write them in plain letters; Latin-1 accents stay ("São Paulo").
    assertThat(senses("Rafah")).extracting(Sense::canonical).containsExactly("Rafah");
    assertThat(senses("Khan Yunis")).extracting(Sense::canonical).containsExactly("Khan Yunis");
    assertThat(senses("Gdansk")).extracting(Sense::canonical).containsExactly("Gdansk");
    assertThat(senses("Sao Paulo")).extracting(Sense::canonical).containsExactly("São Paulo");
    assertThat(senses("Krakow")).extracting(Sense::canonical).containsExactly("Kraków");
  }

  @Test
  void load_cityAlternateNames_neverAnotherCitysOwnNameNorAnEnglishWord() {
    assertThat(senses("Bombay")).extracting(Sense::canonical).containsExactly("Mumbai");
    assertThat(senses("Peking")).extracting(Sense::canonical).containsExactly("Beijing");
    // own names, which an alternate name of a larger city took
    assertThat(senses("Islamabad")).extracting(Sense::canonical).containsExactly("Islamabad");
    assertThat(senses("Zaragoza")).extracting(Sense::canonical).containsExactly("Zaragoza");
    assertThat(senses("Victoria")).extracting(Sense::canonical).containsExactly("Victoria");
    // words: "Central" was Davao, "Soul" Seoul
    assertThat(senses("Central")).extracting(Sense::canonical).doesNotContain("Davao");
    assertThat(senses("Soul")).isEmpty();
    assertThat(senses("Dual")).isEmpty();
  }

  @Test
  void load_companies_organisationsTheTaggerDoesNotRead() {
    assertThat(senses("Eli Lilly")).containsExactly(new Sense(Kind.ORGANIZATION,
        "Eli Lilly and Company", null, 0, false, false));
    assertThat(senses("Apple")).containsExactly(new Sense(Kind.ORGANIZATION, "Apple", null, 0,
        true, false));
    // the organisations list's senses stay the tagger's input
    assertThat(senses("UN")).extracting(Sense::taggerInput).containsExactly(true);
  }

  @Test
  void load_samePhraseInTwoLists_earlierListWinsOverACityButOthersAddUp() {
    // Singapore is a country and a city: only the country
    assertThat(senses("Singapore")).extracting(Sense::kind).containsExactly(Kind.COUNTRY);
    // two spellings of one organisation in the organisations list: both kept
    assertThat(gazetteer.phrases.get("al-qaeda")).extracting(PhraseTrie.Entry::phrase)
        .containsExactly("al-Qaeda", "Al-Qaeda");
  }

  @Test
  void load_wordLists_lowerCasedTitlesAndNamesAsWritten() {
    assertThat(gazetteer.titles).contains("mr", "president", "senator")
        .allMatch(t -> t.equals(t.toLowerCase(java.util.Locale.ROOT)));
    assertThat(gazetteer.givenNames).contains("Greta", "Mary").doesNotContain("greta");
    assertThat(gazetteer.surnames).contains("Smith", "Okafor");
    assertThat(gazetteer.clusters.get("paris")).containsExactly("398", "1");
    assertThat(gazetteer.names).isNotNull();
  }

  @Test
  void load_commentLines_areNoEntries() {
    assertThat(gazetteer.countryNames).doesNotContainKey("# code");
    assertThat(gazetteer.titles).noneMatch(t -> t.startsWith("#"));
    assertThat(gazetteer.givenNames).noneMatch(t -> t.startsWith("#"));
    assertThat(gazetteer.surnames).noneMatch(t -> t.startsWith("#"));
    assertThat(gazetteer.clusters.keySet()).noneMatch(t -> t.startsWith("#"));
  }

  @Test
  void first_theFirstSenseOfAKind_orNull() {
    List<PhraseTrie.Entry<Sense>> entries = List.of(
        new PhraseTrie.Entry<>("Lyon", new Sense(Kind.CITY, "Lyon", "FR", 500_000)),
        new PhraseTrie.Entry<>("Lyon", new Sense(Kind.REGION, "Lyon region", null, 0)),
        new PhraseTrie.Entry<>("Lyon", new Sense(Kind.REGION, "Other", null, 0)));

    assertThat(Gazetteer.first(entries, Kind.REGION).canonical()).isEqualTo("Lyon region");
    assertThat(Gazetteer.first(entries, Kind.CITY).canonical()).isEqualTo("Lyon");
    assertThat(Gazetteer.first(entries, Kind.COUNTRY)).isNull();
  }

  @Test
  void read_missingList_throws() {
    assertThatThrownBy(() -> Gazetteer.read("no-such-list.tsv", cols -> { }))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no-such-list.tsv");
  }
}
