package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.SharedData;
import dev.lede.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@code lede eval-extract} and its scoring. */
final class EvalExtractCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void run_missingDirectory_failsWithOneLine(@TempDir Path tmp) {
    int code = run("eval-extract", tmp.resolve("nowhere").toString());
    assertThat(code).isEqualTo(2);
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(message.lines()).hasSize(1);
    assertThat(message).contains("ground-truth.json");
  }

  @Test
  void run_groundTruthWithoutPages_failsWithOneLine(@TempDir Path tmp) throws IOException {
    for (String truth : List.of("{}", "[]")) {
      Files.writeString(tmp.resolve("ground-truth.json"), truth);
      err.reset();

      int code = run("eval-extract", tmp.toString());

      assertThat(code).as(truth).isEqualTo(2);
      String message = err.toString(StandardCharsets.UTF_8);
      assertThat(message.lines()).as(truth).hasSize(1);
      assertThat(message).as(truth).contains("no pages to score", "ground-truth.json");
    }
  }

  @Test
  void run_entryWithoutArticleBody_failsNamingThePage(@TempDir Path tmp) throws IOException {
    page(tmp, "a", "<html><body><p>Boats sailed again after the storms.</p></body></html>");
    for (String entry : List.of("{\"url\":\"x\"}", "{\"articleBody\":null}",
        "{\"articleBody\":7}", "\"just a string\"")) {
      Files.writeString(tmp.resolve("ground-truth.json"), "{\"a\":" + entry + "}");
      out.reset();
      err.reset();

      int code = run("eval-extract", tmp.toString());

      assertThat(code).as(entry).isEqualTo(2);
      assertThat(out.toString(StandardCharsets.UTF_8)).as(entry).isEmpty();
      String message = err.toString(StandardCharsets.UTF_8);
      assertThat(message.lines()).as(entry).hasSize(1);
      assertThat(message).as(entry).contains("\"a\"", "articleBody");
    }
  }

  @Test
  void run_smallSet_printsScoresForAllAndBothHalves(@TempDir Path tmp) throws IOException {
    String body = "The ferry service resumed on Monday after a week of storms kept the boats "
        + "in port, and the first crossing was full.";
    page(tmp, "a", "<html><body><nav><a href='/'>Home</a></nav><article><p>" + body
        + "</p></article><footer>Contact us at the office</footer></body></html>");
    page(tmp, "b", "<html><body><p>" + body + "</p><p>Completely different words that the "
        + "hand-made body never had, repeated here for a lower precision.</p></body></html>");
    Files.writeString(tmp.resolve("ground-truth.json"), "{\"a\":{\"articleBody\":\"" + body
        + "\",\"url\":\"x\"},\"b\":{\"articleBody\":\"" + body + "\",\"url\":\"y\"}}");

    int code = run("eval-extract", "--worst", "1", tmp.toString());

    assertThat(code).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("precision", "recall", "F1", "odd-indexed", "even-indexed");
    assertThat(printed).containsPattern("even-indexed keys\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    assertThat(printed).containsPattern("odd-indexed keys\\s+1\\s+0\\.\\d+\\s+1\\.000");
    assertThat(printed).contains("worst pages by F1:", "  b  ");
  }

  @Test
  void run_asPageText_scoresFromPageTextOfTheRenderedPage(@TempDir Path tmp) throws IOException {
    String body = "The ferry service resumed on Monday after a week of storms kept the boats "
        + "in port, and the first crossing was full.";
    String second = "Harbour officials said the timetable would be back to normal by Friday.";
    page(tmp, "a", "<html><body><nav><a href='/'>Home</a></nav><h1>Ferry service resumes after"
        + " the storms</h1><p>" + body + "</p><p>" + second + "</p><footer>Contact us</footer>"
        + "</body></html>");
    page(tmp, "b", "<html><body><h1>Storm closes the harbour for a week</h1><p>" + body
        + "</p></body></html>");
    Files.writeString(tmp.resolve("ground-truth.json"), "{\"a\":{\"articleBody\":\"" + body
        + " " + second + "\",\"title\":\"Ferry Service Resumes After the Storms\"},"
        + "\"b\":{\"articleBody\":\"" + body + "\",\"title\":\"Another title\"}}");

    int code = run("eval-extract", "--as", "page-text", tmp.toString());

    assertThat(code).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("input: page text");
    assertThat(printed).containsPattern("all\\s+2\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    assertThat(printed).contains("titles: 1 of 2 match the ground truth's");
  }

  @Test
  void run_unknownInput_isAUsageError(@TempDir Path tmp) {
    int code = run("eval-extract", "--as", "pdf", tmp.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--as must be html or page-text");
  }

  @Test
  void sameTitle_comparesWordsInAnyCase() {
    assertThat(EvalExtractCommand.sameTitle("Ferries Resume", "ferries resume!")).isTrue();
    assertThat(EvalExtractCommand.sameTitle("Ferries Resume", "Ferries stop")).isFalse();
    assertThat(EvalExtractCommand.sameTitle("Ferries Resume", null)).isFalse();
    assertThat(EvalExtractCommand.sameTitle("", "")).isFalse();
  }

  @Test
  void score_countsShinglesAsMultisets() {
    EvalExtractCommand.PageScore same =
        EvalExtractCommand.score("k", 0, "one two three four five", "one two three four five");
    assertThat(same.precision()).isEqualTo(1.0);
    assertThat(same.recall()).isEqualTo(1.0);

    // Extracted: 2 shingles, both true; truth: 4 shingles.
    EvalExtractCommand.PageScore part =
        EvalExtractCommand.score("k", 0, "a b c d e", "a b c d e f g");
    assertThat(part.precision()).isEqualTo(1.0);
    assertThat(part.recall()).isEqualTo(0.5);

    // A repeated shingle counts once per occurrence in the truth.
    EvalExtractCommand.PageScore repeated =
        EvalExtractCommand.score("k", 0, "w x y z w x y z", "w x y z");
    assertThat(repeated.recall()).isEqualTo(1.0);
    assertThat(repeated.precision()).isEqualTo(0.2);

    EvalExtractCommand.PageScore empty = EvalExtractCommand.score("k", 0, "", "a b c d");
    assertThat(empty.precision()).isZero();
    assertThat(empty.recall()).isZero();
    assertThat(EvalExtractCommand.score("k", 0, "", "").f1()).isEqualTo(1.0);
  }

  @Test
  void shingles_wordsAreUnicodeLetterDigitRuns_caseKept() {
    assertThat(EvalExtractCommand.shingles("Über-naïve 2024_x, café! Ünd"))
        .containsOnlyKeys(List.of("Über", "naïve", "2024_x", "café"),
            List.of("naïve", "2024_x", "café", "Ünd"));
  }

  @Test
  void decode_followsBomDeclarationAndValidity() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9};
    assertThat(EvalExtractCommand.decode(bom)).isEqualTo("café");
    byte[] latin = "<meta charset=\"iso-8859-1\">caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(EvalExtractCommand.decode(latin)).endsWith("café");
    byte[] undeclared = "na\u00efve \u201cquotes\u201d".getBytes(java.nio.charset.Charset.forName(
        "windows-1252"));
    assertThat(EvalExtractCommand.decode(undeclared)).isEqualTo("naïve “quotes”");
    assertThat(EvalExtractCommand.decode("plain ünïcode".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("plain ünïcode");
  }

  @Test
  @Tag("slow")
  @Tag("shared")
  void run_htmlDevSet_reachesTargetF1OnBothHalves() {
    Path dir = Path.of(EvalExtractCommand.DEFAULT_DIR);
    SharedData.require(dir.resolve("ground-truth.json"));
    // Floors just under the README's measurement (0.976, 0.979, 0.972): a drop fails the test.
    Map<String, Double> floors = Map.of(
        "all", 0.970, "odd-indexed keys", 0.975, "even-indexed keys", 0.965);
    assertThat(run("eval-extract", dir.toString())).isZero();
    assertF1AtLeast(floors);
  }

  @Test
  @Tag("slow")
  @Tag("shared")
  void run_htmlDevSetAsPageText_keepsItsF1OnBothHalves() {
    Path dir = Path.of(EvalExtractCommand.DEFAULT_DIR);
    SharedData.require(dir.resolve("ground-truth.json"));
    // Floors just under the README's measurement (0.900, 0.956, 0.845): a drop fails the test.
    Map<String, Double> floors = Map.of(
        "all", 0.895, "odd-indexed keys", 0.950, "even-indexed keys", 0.840);
    assertThat(run("eval-extract", "--as", "page-text", dir.toString())).isZero();
    assertF1AtLeast(floors);
  }

  /** Asserts the F1 of each of the three printed rows (all, odd, even) is at least its floor. */
  private void assertF1AtLeast(Map<String, Double> floors) {
    String printed = out.toString(StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(?m)^(all|odd-indexed keys|even-indexed keys)\\s+\\d+\\s+"
        + "([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)$").matcher(printed);
    int rows = 0;
    while (m.find()) {
      rows++;
      assertThat(Double.parseDouble(m.group(4))).as(m.group(1))
          .isGreaterThanOrEqualTo(floors.get(m.group(1)));
    }
    assertThat(rows).isEqualTo(3);
  }

  private static void page(Path dir, String key, String html) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream o = new GZIPOutputStream(
        Files.newOutputStream(dir.resolve("html").resolve(key + ".html.gz")))) {
      o.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }
}
