package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
