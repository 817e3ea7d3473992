package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EvalNerDocumentsTest {

  /**
   * Two invented documents. doc-one: "Angela Merkel visited Paris, then flew home. She met
   * officials of the United Nations." (gold PER [0,13), LOC [22,27), ORG [70,84)). doc-two:
   * "President Joe Biden spoke in Berlin's old town. Reuters reported it. They left for Rome. They
   * swam in the lake." (gold PER [10,19) once the title is stripped, LOC [29,35), ORG [48,55), LOC
   * [83,87) from the token "Roma" that the text spells "Rome", and a LOC "Ze Lak" whose two
   * tokens are not in the text: unaligned). Tokens are glued to punctuation ("Paris,",
   * "Berlin's", "Nations.").
   */
  private static Path fixture() throws URISyntaxException {
    return Path.of(EvalNerDocumentsTest.class.getResource("two-documents.iob2").toURI());
  }

  private static ToolRun run(String... args) {
    return ToolRun.of(args);
  }

  /** {@code eval-ner --format iob2 --docs OPTIONS...} on the fixture. */
  private static ToolRun runDocs(String... options) throws URISyntaxException {
    List<String> args = new ArrayList<>(List.of("eval-ner", "--format", "iob2",
        "--docs"));
    args.addAll(List.of(options));
    args.add(fixture().toString());
    return run(args.toArray(String[]::new));
  }

  @Test
  void documents_newdocAndTextLines_groupSentencesWithTheirOriginalText() throws Exception {
    List<NerCorpus.Document> docs = NerCorpus.documents(
        NerCorpus.readSourced(fixture(), NerCorpus.Format.IOB2), "two-documents.iob2");

    assertThat(docs).extracting(NerCorpus.Document::id).containsExactly("doc-one", "doc-two");
    assertThat(docs.get(0).sentences()).extracting(NerCorpus.Sourced::text).containsExactly(
        "Angela Merkel visited Paris, then flew home.",
        "She met officials of the United Nations.");
    assertThat(docs.get(1).sentences()).hasSize(4);
  }

  @Test
  void read_iob2WithComments_sameSentencesAsBefore() throws Exception {
    List<NerCorpus.Raw> raw = NerCorpus.read(fixture(), NerCorpus.Format.IOB2);

    assertThat(raw).hasSize(6);
    assertThat(raw.get(0).tokens()).containsExactly("Angela", "Merkel", "visited", "Paris", ",",
        "then", "flew", "home", ".");
    assertThat(raw.get(0).tags()).containsExactly("B-PER", "I-PER", "O", "B-LOC", "O", "O", "O",
        "O", "O");
  }

  @Test
  void align_tokensGluedToPunctuation_exactOffsets() {
    int[][] at = NerCorpus.align("the internet, but I can't", List.of("the", "internet", ",",
        "but", "I", "ca", "n't"));

    assertThat(at[0]).containsExactly(0, 4, 12, 14, 18, 20, 22);
    assertThat(at[1]).containsExactly(3, 12, 13, 17, 19, 22, 25);
  }

  @Test
  void align_oneTokenNotInText_takesTheTextBetweenItsNeighbours() {
    int[][] at = NerCorpus.align("He said \u201chi\u201d.", List.of("He", "said", "``", "hi",
        "''", "."));

    assertThat(at[0]).containsExactly(0, 3, 8, 9, 11, 12);
    assertThat(at[1]).containsExactly(2, 7, 9, 11, 12, 13);
  }

  @Test
  void align_twoTokensInARowNotInText_leftUnaligned() {
    int[][] at = NerCorpus.align("They swam in the lake.", List.of("They", "swam", "in", "Ze",
        "Lak", "."));

    assertThat(at[0]).containsExactly(0, 5, 10, -1, -1, 21);
    assertThat(at[1]).containsExactly(4, 9, 12, -1, -1, 22);
  }

  @Test
  void evaluate_twoDocuments_exactCharacterSpanCounts() throws Exception {
    List<NerCorpus.Document> docs = NerCorpus.documents(
        NerCorpus.readSourced(fixture(), NerCorpus.Format.IOB2), "two-documents.iob2");
    EvalNerDocuments eval = new EvalNerDocuments(NerCorpus.Format.IOB2,
        NerCorpus.Gold.GUIDELINES);

    EvalNerDocuments.Result r = eval.evaluate(docs, 0, new PrintStream(
        new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    // tp, predicted, gold: PER, LOC, ORG, then micro
    assertThat(r.total().strict()[0]).containsExactly(2, 2, 2);
    assertThat(r.total().strict()[1]).containsExactly(3, 3, 3);
    assertThat(r.total().strict()[2]).containsExactly(2, 2, 2);
    assertThat(r.total().micro(true)).containsExactly(7, 7, 7);
    assertThat(r.total().micro(false)).containsExactly(7, 7, 7, 7); // and gold found
    assertThat(r.perDoc()).extracting(c -> c.micro(true)[2]).containsExactly(3, 4);
    assertThat(r.unaligned()).isEqualTo(1);
    assertThat(r.sentences()).isEqualTo(6);
    assertThat(r.sentencesWithoutText()).isZero();
  }

  @Test
  void evalNerDocs_overlap_recallCountsGoldSpansFound(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("split.iob2");
    Files.writeString(file, NerCommandsTest.SPLIT_AND_JOINED);

    ToolRun r = run("eval-ner", "--format", "iob2", "--docs", "--bootstrap", "0", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .containsPattern("\\| PER \\| 0\\.000 \\| 0\\.000 \\| 0\\.000 \\| 1\\.000 \\| 1\\.000"
            + " \\| 1\\.000 \\| 2 \\|")
        .containsPattern("\\| LOC \\| 0\\.000 \\| 0\\.000 \\| 0\\.000 \\| 1\\.000 \\| 1\\.000"
            + " \\| 1\\.000 \\| 1 \\|")
        .containsPattern("\\| micro \\| 0\\.000 \\| 0\\.000 \\| 0\\.000 \\| 1\\.000 \\| 1\\.000"
            + " \\| 1\\.000 \\| 3 \\|");
  }

  @Test
  void evalNer_docs_printsTableDocumentsAndUnaligned() throws Exception {
    ToolRun r = run("eval-ner", "--format", "iob2", "--docs", "--bootstrap", "200",
        fixture().toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("2 documents, 6 sentences")
        .contains("1 gold spans could not be aligned")
        .containsPattern("\\| micro \\| 1\\.000 \\| 1\\.000 \\| 1\\.000 \\| 1\\.000 \\| 1\\.000"
            + " \\| 1\\.000 \\| 7 \\|")
        .contains("95% bootstrap interval over documents (200 resamples");
  }

  @Test
  void evalNer_docsWithErrors_printsDocumentIdGoldAndOurs(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("one.iob2");
    // gold marks "Barack Obama" a LOC: we find a PER there, so the document differs
    Files.writeString(file, String.join("\n", "# newdoc id = d1", "# text = Barack Obama left.",
        "1\tBarack\tB-LOC\t-\t-", "2\tObama\tI-LOC\t-\t-", "3\tleft\tO\t-\t-",
        "4\t.\tO\t-\t-", ""));

    ToolRun r = run("eval-ner", "--format", "iob2", "--docs", "--errors", "5", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("DOC d1").contains("GOLD [Barack Obama]/LOC @0")
        .contains("OURS [Barack Obama]/PER @0");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''", "'# a comment and nothing else\n'"})
  void evalNer_docsOnFileWithoutSentences_oneLineErrorSaysNothingToScore(String content,
      @TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("empty.iob2"), content.replace("\\n", "\n"));

    ToolRun r = run("eval-ner", "--format", "iob2", "--docs", file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    // not "has no original text", which sends the user to score its sentences instead
    assertThat(r.err()).contains("no documents to score in").doesNotContain("original text");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void evalNer_docsOnConllFile_oneLineErrorNoOriginalText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny.conll");
    Files.writeString(file, String.join("\n", "-DOCSTART- O", "", "Angela\tB-PER",
        "Merkel\tI-PER", "visited\tO", "Paris\tB-LOC", ".\tO", ""));

    ToolRun r = run("eval-ner", "--format", "conll", "--docs", file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("has no original text");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void evalNer_docsOnIob2FileWithoutTextLines_oneLineError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bare.iob2");
    Files.writeString(file, String.join("\n", "# newdoc id = d1", "1\tParis\tB-LOC\t-\t-", ""));

    ToolRun r = run("eval-ner", "--format", "iob2", "--docs", file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("bare.iob2 has no original text");
  }

  @ParameterizedTest
  @CsvSource({"bootstrap, 100", "per-doc, x.tsv", "paired, x.tsv"})
  void evalNer_documentOptionWithoutDocs_usageError(String option, String value)
      throws Exception {
    ToolRun r = run("eval-ner", "--format", "iob2", "--" + option, value, fixture().toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--" + option + " works on documents: use it with --docs");
  }

  @Test
  void bootstrap_identicalDocuments_intervalIsThePointEstimate() {
    List<int[]> docs = List.of(new int[] {1, 2, 2}, new int[] {1, 2, 2}, new int[] {1, 2, 2});

    assertThat(EvalNerDocuments.bootstrap(docs, 100)).containsExactly(0.5, 0.5);
  }

  @Test
  void evalNerDocs_perDocThenPaired_printsTheDifferenceWithItsInterval(@TempDir Path dir)
      throws Exception {
    Path perDoc = dir.resolve("before.tsv");
    ToolRun first = runDocs("--bootstrap", "0", "--per-doc", perDoc.toString());
    assertThat(first.code()).isZero();
    List<String> lines = Files.readAllLines(perDoc);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("doc\ttp\tpredicted\tgold");
    // gold spans: 3 in doc-one, 4 aligned in doc-two
    assertThat(lines.get(1)).startsWith("doc-one\t").endsWith("\t3");
    assertThat(lines.get(2)).startsWith("doc-two\t").endsWith("\t4");

    ToolRun again = runDocs("--bootstrap", "200", "--paired", perDoc.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("difference +0.000").contains("(200 resamples")
        .contains("+0.000 to +0.000");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a document the fixture does not have: found before anything is scored
      "doc-one 1 2 3,elsewhere 0 0 4 | is of other documents: document 2 is elsewhere there",
      "doc-one 1 2 3 | is of other documents: 1 documents there, 2 here",
      // the same documents with other gold spans: found once they are scored
      "doc-one 1 2 3,doc-two 0 0 9 | was scored on other gold: document doc-two has 9 gold spans"})
  void evalNerDocs_pairedWithAnotherRunsFile_oneLineErrorAndExitTwo(String rows, String message,
      @TempDir Path dir) throws Exception {
    Path other = dir.resolve("other.tsv");
    Files.writeString(other, "doc\ttp\tpredicted\tgold\n"
        + rows.replace(' ', '\t').replace(',', '\n') + "\n");
    ToolRun r = runDocs("--bootstrap", "0", "--paired", other.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(message).doesNotContain("Exception");
    assertThat(r.err().strip()).doesNotContain("\n");
  }

  @Test
  void evalNerDocs_perDocIntoMissingFolder_oneLineErrorAndExitTwo(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("no-such-folder/counts.tsv");
    ToolRun r = runDocs("--bootstrap", "0", "--per-doc", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--per-doc folder not found").contains("no-such-folder");
    assertThat(r.out()).doesNotContain("micro");
  }

  @Test
  void pairedBootstrap_betterOnEveryDocument_intervalAboveZero() {
    List<int[]> before = List.of(new int[] {5, 10, 10}, new int[] {3, 6, 8},
        new int[] {7, 9, 12}, new int[] {2, 5, 5});
    List<int[]> after = List.of(new int[] {7, 10, 10}, new int[] {5, 6, 8},
        new int[] {9, 10, 12}, new int[] {4, 5, 5});
    double[] ci = EvalNerDocuments.pairedBootstrap(before, after, 500);
    assertThat(ci[0]).isPositive();
    assertThat(ci[1]).isGreaterThanOrEqualTo(ci[0]);
    double[] reversed = EvalNerDocuments.pairedBootstrap(after, before, 500);
    assertThat(reversed[1]).isNegative();
  }

  @Test
  void readPerDoc_malformedLine_failsNamingTheLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "doc\ttp\tpredicted\tgold\ndoc-one\tthree\t2\t3\n");
    assertThatThrownBy(() -> EvalNerDocuments.readPerDoc(bad))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doc-one\tthree");
  }
}
