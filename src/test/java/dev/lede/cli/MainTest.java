package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class MainTest {

  @TempDir Path dir;

  private static JsonNode readJson(String json) {
    try {
      return AnalysisJson.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void analyze_bodyFile_printsJsonContract() throws IOException {
    Path file = dir.resolve("ferry-story.txt");
    Files.writeString(file, "The ferry to the islands now takes ninety minutes. Residents are "
        + "pleased.\n\nFares start at twelve euros.");

    CliRun r = CliRun.of("analyze", "--format", "body", "--wpm", "100", file.toString());

    assertThat(r.code()).isZero();
    JsonNode json = AnalysisJson.MAPPER.readTree(r.out());
    assertThat(json.get("id").asText()).isEqualTo("ferry-story");
    assertThat(json.get("language").asText()).isIn("en", "und");
    assertThat(json.get("stats").get("words").asInt()).isEqualTo(17);
    assertThat(json.get("stats").get("paragraphs").asInt()).isEqualTo(2);
    assertThat(json.get("readingTime").get("wordsPerMinute").asInt()).isEqualTo(100);
    assertThat(json.get("readingTime").get("minutes").asInt()).isEqualTo(1);
    assertThat(json.has("entities")).isTrue();
    assertThat(json.get("keywords").findValuesAsText("term")).contains("island", "resident");
    assertThat(json.get("keywords").findValuesAsText("text")).contains("islands", "residents");
    assertThat(json.has("tokens")).isFalse();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void analyze_tokens_offsetsIndexTheBody() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Ministers met in Minsk.\r\n\r\nThey agreed.");

    CliRun r = CliRun.of("analyze", "--format", "body", "--tokens", file.toString());
    assertThat(r.code()).isZero();

    JsonNode json = AnalysisJson.MAPPER.readTree(r.out());
    String body = json.get("body").asText();
    assertThat(json.get("tokens")).hasSize(8);
    for (JsonNode t : json.get("tokens")) {
      assertThat(body.substring(t.get("start").asInt(), t.get("end").asInt()))
          .isEqualTo(t.get("text").asText());
    }
  }

  @Test
  void analyze_jsonl_oneObjectPerLineAndBadLinesReported() throws IOException {
    Path file = dir.resolve("batch.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"one\", \"body\": \"A short body about rain.\", \"title\": \"Rain\"}",
        "not json",
        "{\"id\": \"two\", \"html\": \"<html><body><article><p>Snow fell.</p></article></body>\"}",
        "{\"id\": \"three\"}"));

    CliRun r = CliRun.of("analyze", "--jsonl", file.toString());

    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(AnalysisJson.MAPPER.readTree(lines.get(0)).get("title").asText())
        .isEqualTo("Rain");
    assertThat(AnalysisJson.MAPPER.readTree(lines.get(1)).get("id").asText()).isEqualTo("two");
    assertThat(r.err().lines()).hasSize(2)
        .allSatisfy(l -> assertThat(l).startsWith("lede analyze:"));
    assertThat(r.err()).contains("line 2").contains("line 4");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\": \"f\", \"body\": \"two\"} {\"id\": \"g\", \"body\": \"objects\"}",
      "{\"id\": \"f\", \"body\": \"x\"} garbage",
      "{\"id\": \"f\", \"body\": \"x\"} ]",
      "{\"id\": \"f\", \"body\": \"x\"} \"y\""})
  void analyze_jsonl_contentAfterTheObject_badLineReported(String line) throws IOException {
    Path file = Files.writeString(dir.resolve("batch.jsonl"), line
        + "\n{\"id\": \"good\", \"body\": \"Rain fell.\"}\n");

    CliRun r = CliRun.of("analyze", "--jsonl", file.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);

    assertThat(r.out().lines().map(l -> readJson(l).get("id").asText())).containsExactly("good");
    assertThat(r.err().lines().toList()).singleElement().asString()
        .startsWith("lede analyze: " + file + " line 1: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "not json", "{\"id\": \"f\", \"body\": \"x\",", "{\"id\": \"f\" \"body\": 1}"})
  void analyze_jsonl_malformedLine_saysWhereAsServeDoes(String line) throws IOException {
    Path file = Files.writeString(dir.resolve("batch.jsonl"), line + "\n");

    CliRun r = CliRun.of("analyze", "--jsonl", file.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);

    assertThat(r.err().lines().toList()).singleElement().asString()
        .startsWith("lede analyze: " + file + " line 1: malformed JSON at column ")
        .doesNotContain("Source:", "REDACTED", "StreamReadFeature");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\": \"c\", \"body\": 42}",
      "{\"id\": 5, \"body\": \"Rain fell.\"}",
      "{\"id\": \"o\", \"body\": {\"p\": \"Rain fell.\"}}",
      "{\"id\": \"t\", \"body\": \"Rain fell.\", \"title\": [\"Rain\"]}",
      "{\"id\": \"h\", \"html\": true, \"body\": \"Rain fell.\"}",
      "{\"id\": \"x\", \"text\": 1.5}"})
  void analyze_jsonl_fieldNotAString_badLineReported(String line) throws IOException {
    Path file = Files.writeString(dir.resolve("batch.jsonl"),
        "{\"id\": \"good\", \"body\": \"Rain fell.\"}\n" + line + "\n");

    CliRun r = CliRun.of("analyze", "--jsonl", file.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);

    assertThat(r.out().lines().map(l -> readJson(l).get("id").asText())).containsExactly("good");
    assertThat(r.err().lines().toList()).singleElement().asString()
        .startsWith("lede analyze: " + file + " line 2: \"").contains("\" must be a string");
  }

  @Test
  void analyze_jsonlMetadataFields_fillWhatExtractionDidNotFindAsServeDoes() throws IOException {
    Path file = Files.writeString(dir.resolve("m.jsonl"), "{\"id\": \"m\", \"body\": \"Rain fell"
        + " on the harbour.\", \"byline\": \"Ana Ruiz\", \"section\": \"Weather\", "
        + "\"publishedAt\": \"2026-03-01\", \"url\": \"https://example.org/rain\"}\n"
        + "{\"id\": \"n\", \"body\": \"Rain fell.\", \"section\": 5}\n");

    CliRun r = CliRun.of("analyze", "--jsonl", file.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);

    JsonNode json = readJson(r.out().lines().findFirst().orElseThrow());
    assertThat(json.get("byline").asText()).isEqualTo("Ana Ruiz");
    assertThat(json.get("section").asText()).isEqualTo("Weather");
    assertThat(json.get("publishedAt").asText()).isEqualTo("2026-03-01");
    assertThat(json.get("url").asText()).isEqualTo("https://example.org/rain");
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.err()).contains("line 2: \"section\" must be a string");
  }

  @Test
  void analyze_jsonlLoneSurrogate_escapedAsServeDoes() throws IOException {
    Path file = Files.writeString(dir.resolve("s.jsonl"), "{\"id\": \"s\", \"body\": "
        + "\"Rain \\uD83D fell. Sun \\uD83D\\uDE00 shone \\uDE00.\"}\n");

    CliRun r = CliRun.of("analyze", "--jsonl", "--tokens", file.toString());
    assertThat(r.code()).isZero();

    // A UTF-8 stream cannot encode a lone surrogate and would write '?'; the JSON escape keeps it.
    assertThat(r.out()).contains("Rain \\uD83D fell.").contains("Sun \uD83D\uDE00 shone \\uDE00.")
        .doesNotContain("?");
    JsonNode json = readJson(r.out());
    assertThat(json.get("body").asText())
        .isEqualTo("Rain \uD83D fell. Sun \uD83D\uDE00 shone \uDE00.");
    assertThat(json.get("tokens").findValuesAsText("text")).contains("\uD83D", "\uDE00");
  }

  @Test
  void escapeLoneSurrogates_pairsKeptLoneOnesEscaped() {
    assertThat(JsonText.escapeLoneSurrogates("a\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
    assertThat(JsonText.escapeLoneSurrogates("\uD83D")).isEqualTo("\\uD83D");
    assertThat(JsonText.escapeLoneSurrogates("\uDE00\uD83D")).isEqualTo("\\uDE00\\uD83D");
    assertThat(JsonText.escapeLoneSurrogates("x\uD83D\uD83D\uDE00"))
        .isEqualTo("x\\uD83D\uD83D\uDE00");
    assertThat(JsonText.escapeLoneSurrogates("")).isEmpty();
  }

  @Test
  void analyze_directory_errorNamesIt() {
    CliRun r = CliRun.of("analyze", dir.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);

    assertThat(r.err().lines().toList()).singleElement().asString()
        .isEqualTo("lede analyze: " + dir + ": is a directory, not a file");
  }

  @Test
  void oneLine_exceptionsThatOnlyWrapAnother_giveWayToIt() {
    IllegalArgumentException root = new IllegalArgumentException("id must not be empty");
    RuntimeException wrapped = new RuntimeException(new RuntimeException(root));

    assertThat(Main.oneLine(wrapped)).isEqualTo("id must not be empty");
    assertThat(Main.oneLine(new java.io.IOException("cannot read x", root)))
        .isEqualTo("cannot read x: id must not be empty");
    assertThat(Main.oneLine(new IllegalStateException("two\n  lines"))).isEqualTo("two lines");
    assertThat(Main.oneLine(new java.nio.file.NoSuchFileException("gold.txt")))
        .isEqualTo("no such file: gold.txt");
    assertThat(Main.oneLine(new java.nio.charset.MalformedInputException(1)))
        .isEqualTo("not UTF-8 text (Input length = 1)");
  }

  @Test
  void analyze_missingFile_oneLineError() {
    CliRun r = CliRun.of("analyze", dir.resolve("nope.txt").toString());

    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("no such file").doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--wpm=0", "--wpm=abc", "--format=pdf", "--bogus"})
  void analyze_badOption_usageError(String option) throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Text.");

    CliRun r = CliRun.of("analyze", option, file.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(r.err()).startsWith("lede analyze: ").contains("usage:");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"related --index IDX --id a --limit 1001", "demo --limit 1001"})
  void limitOverTheMaximum_usageErrorNamingTheOption(String command) {
    List<String> args = List.of(command.replace("IDX", dir.toString()).split(" "));

    CliRun r = CliRun.of(args);
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);

    assertThat(r.err()).startsWith("lede " + args.get(0) + ": --limit must be in [1, 1000]: 1001")
        .contains("usage: " + args.get(0) + " ");
  }

  @Test
  void analyze_jsonl_fieldGivenTwice_badLineAsServeSaysIt() throws IOException {
    Path file = Files.writeString(dir.resolve("batch.jsonl"),
        "{\"id\": \"f\", \"body\": \"first\", \"body\": \"second\"}\n");

    CliRun r = CliRun.of("analyze", "--jsonl", "--no-entities", file.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);

    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("lede analyze: " + file + " line 1: malformed JSON at column")
        .contains("Duplicate field 'body'");
  }

  @Test
  void run_unknownCommand_exitsTwo() {
    CliRun r = CliRun.of("frobnicate");
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(r.err()).contains("unknown command");
  }

  @Test
  void run_help_listsEveryCommandInOrder() {
    CliRun r = CliRun.of("--help");
    assertThat(r.code()).isZero();

    // The tools are found through META-INF/services: a command missing there would vanish.
    assertThat(r.out().lines().skip(1).map(l -> l.strip().split(" ")[0]).toList()).containsExactly(
        "analyze", "index", "related", "solr-config", "demo", "serve", "bench", "eval-extract",
        "train-ner",
        "export-ner", "cluster-words", "eval-ner", "eval-related");
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "index", "related", "solr-config", "demo", "serve",
      "eval-related"})
  void run_commandThenHelp_printsThatCommandsUsageOnly(String command) {
    CliRun r = CliRun.of(command, "--help");
    assertThat(r.code()).isZero();

    assertThat(r.out()).startsWith("usage: " + command + " ").hasLineCount(1);
    assertThat(r.err()).isEmpty();
  }

  static Stream<Arguments> optionsOfEachCommand() {
    return Stream.of(
        Arguments.of(new AnalyzeCommand(), AnalyzeCommand.FLAGS, AnalyzeCommand.VALUED),
        Arguments.of(new IndexCommand(), IndexCommand.FLAGS, IndexCommand.VALUED),
        Arguments.of(new RelatedCommand(), RelatedCommand.FLAGS, RelatedCommand.VALUED),
        Arguments.of(new DemoCommand(), DemoCommand.FLAGS, DemoCommand.VALUED),
        Arguments.of(new ServeCommand(), Set.of(), ServeCommand.VALUED));
  }

  @ParameterizedTest
  @MethodSource("optionsOfEachCommand")
  void usage_namesEveryOptionTheCommandTakes(Command command, Set<String> flags,
      Set<String> valued) {
    Set<String> options = new TreeSet<>(flags);
    options.addAll(valued);

    assertThat(options).isNotEmpty().allSatisfy(o ->
        assertThat(command.usage()).as(command.name()).containsPattern("--" + o + "(?![\\w-])"));
  }

  @Test
  void run_shortHelpAfterAFile_printsUsageAndReadsNothing() {
    CliRun r = CliRun.of("analyze", dir.resolve("missing.txt").toString(), "-h");
    assertThat(r.code()).isZero();

    assertThat(r.out()).startsWith("usage: analyze ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void run_helpCommand_printsThatCommandsUsage() {
    CliRun r = CliRun.of("help", "related");
    assertThat(r.code()).isZero();

    assertThat(r.out()).startsWith("usage: related ").hasLineCount(1);
  }

  @Test
  void run_helpForUnknownCommand_exitsTwo() {
    CliRun r = CliRun.of("help", "frobnicate");
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);

    assertThat(r.err()).contains("unknown command 'frobnicate'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void run_noArguments_printsUsage() {
    CliRun r = CliRun.of();
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(r.err()).contains("usage:").contains("analyze");
  }

  @ParameterizedTest
  @ValueSource(strings = {"random", "pdf"})
  void analyze_binaryFile_oneLineErrorExitTwo(String kind) throws IOException {
    Path file = dir.resolve("junk." + kind);
    byte[] junk = new byte[20_000];
    new java.util.Random(7).nextBytes(junk);
    if (kind.equals("pdf")) {
      System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);
    }
    Files.write(file, junk);

    CliRun r = CliRun.of("analyze", file.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("lede analyze: " + file + ": text looks like binary data, not "
        + "text: it ").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void index_binaryFile_reportedOnOneLineExitTwo() throws IOException {
    Path good = Files.writeString(dir.resolve("bridge.txt"), "Bridge Opens After Three Years\n\n"
        + "The new bridge over the river opened on Tuesday morning.\n");
    Path bad = dir.resolve("photo.png");
    byte[] png = new byte[4_000];
    new java.util.Random(11).nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}, 0,
        png, 0, 10);
    Files.write(bad, png);

    CliRun r = CliRun.of("index", "--index", dir.resolve("idx").toString(), good.toString(),
        bad.toString());

    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(r.err()).isEqualTo("lede index: " + bad + ": text looks like binary data, not text: "
        + "it holds NUL chars (U+0000)" + System.lineSeparator());
    assertThat(r.out()).contains("indexed 1 article ").contains("1 failed");
  }
}
