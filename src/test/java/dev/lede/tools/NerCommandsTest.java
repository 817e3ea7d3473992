package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.entities.TaggedSentence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

final class NerCommandsTest {

  private static ToolRun run(String... args) {
    return ToolRun.of(args);
  }

  @Test
  void evalNer_missingFile_oneLineAndExitTwo() {
    ToolRun r = run("eval-ner", "--format", "iob2", "/no/such/file.iob2");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void evalNer_unknownFormat_usageError() {
    ToolRun r = run("eval-ner", "--format", "xml", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown format");
  }

  @Test
  void trainNer_missingCorpusFolder_oneLineAndExitTwo() {
    ToolRun r = run("train-ner", "--data", "/no/such/folder");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void trainNer_unknownAlgorithm_usageErrorBeforeReadingTheCorpus(@TempDir Path dir) {
    ToolRun r = run("train-ner", "--data", dir.toString(), "--algorithm", "FOO");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--algorithm must be PERCEPTRON or MAXENT: FOO");
    assertThat(r.out()).isEmpty(); // nothing read, nothing trained
  }

  @Test
  void evalNer_fileOfAnotherFormat_noSentencesErrorNotAZeroTable(@TempDir Path dir)
      throws Exception {
    Path twoColumns = java.nio.file.Files.writeString(dir.resolve("s.iob2"), "John\tB-PER\n\n");

    ToolRun r = run("eval-ner", "--format", "iob2", twoColumns.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("no sentences to score in").contains("read as iob2");
    assertThat(r.out()).doesNotContain("micro");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bench --corpus", "eval-related --corpus ecbplus",
      "eval-related --corpus reuters"})
  void emptyCorpusFile_oneLineErrorNotANaNTable(String command, @TempDir Path dir)
      throws Exception {
    Path empty = java.nio.file.Files.writeString(dir.resolve("e.jsonl"), "");
    List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
    args.add(empty.toString());

    ToolRun r = run(args.toArray(String[]::new));

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.out()).doesNotContain("NaN");
  }

  @Test
  void evalRelated_malformedCorpusLine_oneLineError(@TempDir Path dir) throws Exception {
    Path bad = java.nio.file.Files.writeString(dir.resolve("bad.jsonl"), "garbage\n");

    ToolRun r = run("eval-related", "--corpus", "ecbplus", bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("cannot read the ecbplus corpus").contains("line: 1");
  }

  /**
   * A sentence whose gold splits the person we find in one ("Angela" and "Merkel", two PER spans)
   * and joins the two places we find apart ("Paris and Berlin", one LOC span).
   */
  static final String SPLIT_AND_JOINED = String.join("\n",
      "# newdoc id = split-and-joined", "# text = Angela Merkel visited Paris and Berlin.",
      "1\tAngela\tB-PER", "2\tMerkel\tB-PER", "3\tvisited\tO", "4\tParis\tB-LOC",
      "5\tand\tI-LOC", "6\tBerlin\tI-LOC", "7\t.\tO", "");

  @Test
  void evalNer_overlap_recallCountsGoldSpansFound(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("split.iob2");
    Files.writeString(file, SPLIT_AND_JOINED);

    ToolRun r = run("eval-ner", "--format", "iob2", file.toString());

    assertThat(r.code()).isZero();
    // strict: no span matches; overlap: our person covers both gold persons (recall 2 of 2, not
    // 1 of 2), our two places lie in the one gold place (recall 1 of 1, not 2 of 1)
    assertThat(r.out())
        .containsPattern("\\| PER \\| 0\\.000 \\| 0\\.000 \\| 0\\.000 \\| 1\\.000 \\| 1\\.000"
            + " \\| 1\\.000 \\| 2 \\|")
        .containsPattern("\\| LOC \\| 0\\.000 \\| 0\\.000 \\| 0\\.000 \\| 1\\.000 \\| 1\\.000"
            + " \\| 1\\.000 \\| 1 \\|");
  }

  @Test
  void evalNer_mentionInsideAToken_neverMatchesTheWholeToken(@TempDir Path dir) throws Exception {
    // the corpus tokens "Kenya-based" whole; our mention is the country "Kenya" inside it, which
    // a strict scorer must not widen to the token and count as an exact match
    Path file = dir.resolve("part.conll");
    Files.writeString(file, String.join("\n",
        "The\tO", "Kenya-based\tB-LOC", "firm\tO", "hired\tO", "Angela\tB-PER",
        "Merkel\tI-PER", ".\tO", ""));

    ToolRun r = run("eval-ner", "--format", "conll", file.toString());

    assertThat(r.code()).isZero();
    // strict LOC: 0 of 1 found; overlap LOC: our span lies in the gold one
    assertThat(r.out())
        .containsPattern("\\| LOC \\| 0\\.000 \\| 0\\.000 \\| 0\\.000 \\| 1\\.000 \\| 1\\.000")
        .containsPattern("\\| PER \\| 1\\.000 \\| 1\\.000 \\| 1\\.000");
  }

  @Test
  void evalNer_smallConllFile_scoresOurRecognizer(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny.conll");
    Files.writeString(file, String.join("\n",
        "Angela\tB-PER", "Merkel\tI-PER", "visited\tO", "Paris\tB-LOC", "and\tO", "met\tO",
        "officials\tO", "of\tO", "the\tO", "United\tB-ORG", "Nations\tI-ORG", ".\tO", ""));
    ToolRun r = run("eval-ner", "--format", "conll", file.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("| micro |").contains("| PER |");
    assertThat(r.out()).containsPattern("\\| micro \\| 1\\.000 \\| 1\\.000 \\| 1\\.000");
  }

  @Test
  void toIob2_iob1Tags_becomeIob2() {
    assertThat(NerCorpus.toIob2(List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC")))
        .containsExactly("B-PER", "I-PER", "O", "B-LOC", "B-LOC");
  }

  @Test
  void read_gmbCsvWithQuotedFields_unquotesCommasQuotesAndNumbers(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("gmb.csv");
    Files.writeString(file, String.join("\n", "Sentence #,Word,POS,Tag",
        "Sentence: 1,\"\"\"\",``,O", ",Mr.,NNP,B-per", ",Brandt,NNP,I-per", ",\",\",\",\",O",
        ",paid,VBD,O", ",\"1,000\",CD,O", ",euros,NNS,O", "Sentence: 2,Oslo,NNP,B-geo", ""),
        StandardCharsets.ISO_8859_1);
    List<NerCorpus.Raw> raw = NerCorpus.read(file, NerCorpus.Format.GMB);

    assertThat(raw).hasSize(2);
    assertThat(raw.get(0).tokens()).containsExactly("\"", "Mr.", "Brandt", ",", "paid", "1,000",
        "euros");
    assertThat(raw.get(0).tags()).containsExactly("O", "B-per", "I-per", "O", "O", "O", "O");
    // the title leaves the person span, which keeps the name
    assertThat(NerCorpus.coarse(raw.get(0), NerCorpus.Format.GMB).tags())
        .containsExactly("O", "O", "B-PER", "O", "O", "O", "O");
  }

  @Test
  void coarse_personSpanOfTitlesOnly_isDropped() {
    NerCorpus.Raw raw = new NerCorpus.Raw(List.of("Mr.", "Alito", "spoke"),
        List.of("B-per", "B-geo", "O"));
    assertThat(NerCorpus.coarse(raw, NerCorpus.Format.GMB).tags())
        .containsExactly("O", "B-LOC", "O");
  }

  @Test
  void domainDevSentences_fourDomains_readAndMappedAsForTraining(@TempDir Path dir)
      throws Exception {
    // one invented sentence per domain, CrossNER's fine labels
    String[][] lines = {
        {"ai", "Mira\tB-researcher\nKovac\tI-researcher\nbuilt\tO\nParsey\tB-product\n"},
        {"literature", "Ilse\tB-writer\nwrote\tO\nin\tO\nGraz\tB-location\n"},
        {"music", "Tolvo\tB-band\nplayed\tO\nin\tO\nNorway\tB-country\n"},
        {"science", "the\tO\nOrlen\tB-university\nInstitute\tI-university\n"}};
    for (String[] l : lines) {
      Path file = dir.resolve("crossner-domains/" + l[0] + "/dev.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, l[1] + "\n");
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<TaggedSentence> sentences = ExportNerCommand.domainDevSentences(dir,
        new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(sentences).extracting(TaggedSentence::tags).containsExactly(
        List.of("B-PER", "I-PER", "O", "O"),
        List.of("B-PER", "O", "O", "B-LOC"),
        List.of("B-ORG", "O", "O", "B-LOC"),
        List.of("O", "B-ORG", "I-ORG"));
  }

  @Test
  void domainDevSentences_missingSplit_failsNamingTheFile(@TempDir Path dir) {
    assertThatThrownBy(() -> ExportNerCommand.domainDevSentences(
        dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .hasMessageContaining("ai");
  }
}
