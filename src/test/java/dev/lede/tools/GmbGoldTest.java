package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class GmbGoldTest {

  private static final NerCorpus.Raw SENTENCE = raw("Norway 's Foreign Ministry said"
      + " Halvard Brekke met NATO-led forces in Tromso .");

  @Test
  void read_mentionsCommentsAndSentencesWithoutMentions(@TempDir Path dir) throws Exception {
    Path file = write(dir, "# made for a test\n7\t1\t3\tMINISTRY\t" + GmbGold.check(
        "Foreign Ministry") + "\n7\t4\t5\tCOUNTRY\t" + GmbGold.check("Norway") + "\n9\n");
    Map<Integer, List<GmbGold.Mention>> gold = GmbGold.read(file);
    assertThat(gold).containsOnlyKeys(7, 9);
    assertThat(gold.get(7)).containsExactly(
        mention(1, 3, "MINISTRY", "Foreign Ministry"),
        mention(4, 5, "COUNTRY", "Norway"));
    assertThat(gold.get(9)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "7\t1\t3\tMINISTRY", "7\t3\t1\tPERSON\t2e51e8",
      "7\t1\t3\tEVENT\t2e51e8", "7\t-1\t3\tPERSON\t2e51e8"})
  void read_malformedLine_failsNamingFileAndLine(String line, @TempDir Path dir)
      throws Exception {
    Path file = write(dir, "9\n" + line + "\n");
    assertThatThrownBy(() -> GmbGold.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ":2:");
  }

  @Test
  void apply_guidelineTypes_becomeTheTaggersThreeTypes() {
    List<GmbGold.Mention> mentions = List.of(
        mention(0, 1, "COUNTRY", "Norway"),
        mention(2, 4, "MINISTRY", "Foreign Ministry"),
        mention(5, 7, "PERSON", "Halvard Brekke"),
        mention(11, 12, "LOCATION", "Tromso"));
    assertThat(GmbGold.apply(3, SENTENCE, mentions).tags()).containsExactly("B-LOC", "O",
        "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "O");
  }

  @Test
  void apply_noMentions_everyTokenOutsideWhateverGmbSaid() {
    NerCorpus.Raw silver = new NerCorpus.Raw(List.of("Tehran", "said"), List.of("B-org", "O"));
    assertThat(GmbGold.apply(0, silver, List.of()).tags()).containsExactly("O", "O");
  }

  @Test
  void apply_nameJoinedToALowercaseWord_trainsAsOutside() {
    List<GmbGold.Mention> mentions = List.of(mention(8, 9, "ORGANIZATION", "NATO-led"));
    assertThat(GmbGold.apply(3, SENTENCE, mentions).tags()).containsOnly("O");
  }

  @Test
  void check_javaHashOfTheLowerCaseWords_asThePythonToolWritesIt() {
    // models/tools/gmb-guideline-gold.tsv's first lines: "London" and "Iraq"
    assertThat(GmbGold.check("London")).isEqualTo("be9b1a18");
    assertThat(GmbGold.check("IRAQ")).isEqualTo("317319");
  }

  @Test
  void apply_caseOfTheCorpusDiffers_stillTheSameWords() {
    NerCorpus.Raw raw = new NerCorpus.Raw(List.of("False", "Creek"), List.of("O", "O"));
    List<GmbGold.Mention> mentions = List.of(mention(0, 2, "LOCATION", "FALSE Creek"));
    assertThat(GmbGold.apply(0, raw, mentions).tags()).containsExactly("B-LOC", "I-LOC");
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 12})
  void apply_textNotAtTheTokens_failsNamingTheSentence(int start) {
    List<GmbGold.Mention> mentions = List.of(mention(start, start + 2, "PERSON",
        "Halvard Brekke"));
    assertThatThrownBy(() -> GmbGold.apply(41, SENTENCE, mentions))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GMB sentence 41").hasMessageContaining("not the words labelled");
  }

  @Test
  void gmbGold_noneOrMissingDefault_noLabels(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(ExportNerCommand.gmbGold("none", new PrintStream(err, true,
        StandardCharsets.UTF_8))).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void gmbGold_namedFileMissing_usageErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.tsv");
    assertThatThrownBy(() -> ExportNerCommand.gmbGold(missing.toString(), System.err))
        .isInstanceOf(UsageException.class).hasMessageContaining(missing.toString());
  }

  @Test
  void gmbGold_projectsLabels_readAndEveryTypeUsed() throws Exception {
    Map<Integer, List<GmbGold.Mention>> gold = ExportNerCommand.gmbGold(null, System.err);
    assertThat(gold).hasSizeGreaterThan(10_000);
    assertThat(gold.values().stream().flatMap(List::stream).map(GmbGold.Mention::type)
        .distinct()).containsExactlyInAnyOrder("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY",
            "MINISTRY");
  }

  private static GmbGold.Mention mention(int start, int end, String type, String words) {
    return new GmbGold.Mention(start, end, type, GmbGold.check(words));
  }

  private static NerCorpus.Raw raw(String text) {
    List<String> tokens = List.of(text.split(" "));
    return new NerCorpus.Raw(tokens, Collections.nCopies(tokens.size(), "O"));
  }

  private static Path write(Path dir, String content) throws Exception {
    return Files.writeString(dir.resolve("gold.tsv"), content);
  }
}
