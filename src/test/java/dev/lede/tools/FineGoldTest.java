package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.cli.Main;
import dev.lede.entities.TaggedSentence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class FineGoldTest {

  private static final FineGold FINE = FineGold.load();

  @ParameterizedTest
  @ValueSource(strings = {"Belarus", "U.S.", "United States", "Britain", "Ivory Coast", "Chad"})
  void isCountry_namesAndAliasesOfStates(String name) {
    assertThat(FINE.isCountry(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Moscow", "Belarusian", "Kenya Airways", "Europe"})
  void isCountry_otherNames_false(String name) {
    assertThat(FINE.isCountry(name)).isFalse();
  }

  @Test
  void isAmbiguous_countryThatIsAlsoAUsState() {
    assertThat(FINE.isAmbiguous("Georgia")).isTrue();
    assertThat(FINE.isAmbiguous("Ohio")).isFalse();
    assertThat(FINE.isAmbiguous("Belarus")).isFalse();
  }

  @Test
  void isMinistry_patternsNamedBodiesAndPortfolios() {
    assertThat(FINE.isMinistry(List.of("Ministry", "of", "Emergency", "Situations"))).isTrue();
    assertThat(FINE.isMinistry(List.of("Home", "Office"))).isTrue();
    assertThat(FINE.isMinistry(List.of("State", "Department"))).isTrue();
    assertThat(FINE.isMinistry(List.of("Department", "of", "Homeland", "Security"))).isTrue();
    assertThat(FINE.isMinistry(List.of("Los", "Angeles", "Police", "Department"))).isFalse();
    assertThat(FINE.isMinistry(List.of("World", "Bank"))).isFalse();
  }

  @Test
  void ministrySpan_followsOurGuidelines() {
    List<String> possessive = List.of("Egypt", "'s", "Health", "Ministry", "said");
    assertThat(FINE.ministrySpan(possessive, 0, 4)).containsExactly(2, 4);
    List<String> determiner = List.of("The", "Interior", "Ministry", "said");
    assertThat(FINE.ministrySpan(determiner, 0, 3)).containsExactly(1, 3);
    List<String> demonym = List.of("the", "Russian", "Foreign", "Ministry");
    assertThat(FINE.ministrySpan(demonym, 2, 4)).containsExactly(1, 4);
  }

  @Test
  void coarse_gmbGpeCountryIsLocation_demonymDropped() {
    NerCorpus.Raw raw = new NerCorpus.Raw(
        List.of("Nepalese", "troops", "left", "Nepal", "."),
        List.of("B-gpe", "O", "O", "B-gpe", "O"));
    TaggedSentence s = NerCorpus.coarse(raw, NerCorpus.Format.GMB);
    assertThat(s.tags()).containsExactly("O", "O", "O", "B-LOC", "O");
    assertThat(NerCorpus.coarseForTraining(raw, NerCorpus.Format.GMB).tags())
        .containsExactly("O", "O", "O", "O", "O");
  }

  @Test
  void evalNer_printsCountryAndMinistryScores(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny.conll");
    Files.writeString(file, String.join("\n",
        "Officials", "O", "of", "O", "the", "O", "Belarusian", "O", "Ministry", "B-ORG", "of",
        "I-ORG", "Emergency", "I-ORG", "Situations", "I-ORG", "flew", "O", "to", "O", "Ukraine",
        "B-LOC", ".", "O", "").replaceAll("(?m)^(\\S+)\\n(O|[BI]-\\w+)$", "$1\t$2"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(List.of("eval-ner", "--format", "conll", file.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(printed).contains("| COUNTRY | 1.000 | 1.000 | 1.000 | 1 |")
        .contains("| MINISTRY | 1.000 | 1.000 | 1.000 | 1 |");
  }

  @ParameterizedTest
  @ValueSource(strings = {"U.S.", "Tehran", "West Bank", "Kiev", "Washington State", "Europe",
      "White House"})
  void isPlace_countriesRegionsAndBigCities(String name) {
    assertThat(FINE.isPlace(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"United Nations", "Home Office", "Bolton", "Delta",
      "Belarusian", "Kenya Airways"})
  void isPlace_organisationsSmallTownsAndDemonyms_false(String name) {
    assertThat(FINE.isPlace(name)).isFalse();
  }

  @Test
  void coarse_gmbOrgPlace_isLocationUnderGuidelinesOnly() {
    NerCorpus.Raw raw = new NerCorpus.Raw(
        List.of("Tehran", "told", "the", "White", "House", "and", "the", "West", "Bank", "police",
            "that", "U.S.", "Steel", "agreed"),
        List.of("B-org", "O", "O", "B-org", "I-org", "O", "O", "B-org", "I-org", "I-org", "O",
            "B-org", "I-org", "O"));

    assertThat(NerCorpus.coarse(raw, NerCorpus.Format.GMB, NerCorpus.Gold.GUIDELINES).tags())
        .containsExactly("B-LOC", "O", "O", "B-LOC", "I-LOC", "O", "O", "B-ORG", "I-ORG",
            "I-ORG", "O", "B-ORG", "I-ORG", "O");
    assertThat(NerCorpus.coarse(raw, NerCorpus.Format.GMB, NerCorpus.Gold.AS_ANNOTATED).tags())
        .startsWith("B-ORG", "O");
    assertThat(NerCorpus.coarseForTraining(raw, NerCorpus.Format.GMB).tags())
        .startsWith("B-ORG", "O");
  }

  @Test
  void coarse_gmbGeoOrganisation_isOrganizationUnderGuidelinesOnly() {
    NerCorpus.Raw raw = new NerCorpus.Raw(
        List.of("U.N.", "troops", "left", "the", "Red", "Cross", "camp", "in", "Goma"),
        List.of("B-geo", "O", "O", "O", "B-geo", "I-geo", "O", "O", "B-geo"));

    assertThat(NerCorpus.coarse(raw, NerCorpus.Format.GMB, NerCorpus.Gold.GUIDELINES).tags())
        .containsExactly("B-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC");
    assertThat(NerCorpus.coarse(raw, NerCorpus.Format.GMB, NerCorpus.Gold.AS_ANNOTATED).tags())
        .containsExactly("B-LOC", "O", "O", "O", "B-LOC", "I-LOC", "O", "O", "B-LOC");
  }

  @Test
  void isOrganization_namesOfTheOrganisationList() {
    assertThat(FINE.isOrganization("U.N.")).isTrue();
    assertThat(FINE.isOrganization("African Union")).isTrue();
    assertThat(FINE.isOrganization("Tehran")).isFalse();
  }

  @Test
  void coarse_orgPlaceInOtherFormats_staysOrganization() {
    NerCorpus.Raw raw = new NerCorpus.Raw(List.of("Tehran", "said"), List.of("B-ORG", "O"));
    assertThat(NerCorpus.coarse(raw, NerCorpus.Format.CONLL).tags())
        .containsExactly("B-ORG", "O");
  }

  @Test
  void evalNer_goldOption_scoresGmbOrgPlacesBothWays(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gmb.csv");
    Files.writeString(file, String.join("\n", "Sentence #,Word,POS,Tag",
        "Sentence: 1,Officials,NNS,O", ",in,IN,O", ",Tehran,NNP,B-org", ",rejected,VBD,O",
        ",the,DT,O", ",plan,NN,O", ",.,.,O", ""), StandardCharsets.ISO_8859_1);
    String guidelines = evalNer(file, "guidelines");
    String annotated = evalNer(file, "as-annotated");

    assertThat(guidelines).contains("| LOC | 1.000 | 1.000 | 1.000");
    assertThat(annotated).contains("| ORG | 0.000 | 0.000 | 0.000").contains("| LOC | 0.000");
  }

  @Test
  void evalNer_unknownGoldMapping_usageError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.conll");
    Files.writeString(file, "Oslo\tB-LOC\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of("eval-ner", "--format", "conll", "--gold", "silver",
        file.toString()), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown gold mapping");
  }

  private static String evalNer(Path file, String gold) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(List.of("eval-ner", "--format", "gmb", "--gold", gold, file.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
