package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The {@code index}, {@code related} and {@code demo} commands, end to end. */
final class IndexCommandTest {

  /** Writes the bundled samples as a JSONL file in the CLI's input format. */
  private static Path samplesJsonl(Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (SampleCorpus.Sample s : SampleCorpus.load()) {
      var o = AnalysisJson.MAPPER.createObjectNode();
      o.put("id", s.id());
      o.put("title", s.article().title());
      o.put("body", s.article().body());
      lines.add(AnalysisJson.MAPPER.writeValueAsString(o));
    }
    return Files.write(dir.resolve("samples.jsonl"), lines);
  }

  @Test
  void indexThenRelated_jsonlInput(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("idx");
    CliRun indexed = CliRun.of("index", "--index", index.toString(), "--jsonl",
        samplesJsonl(tmp).toString());
    assertThat(indexed.code()).as(indexed.err()).isZero();
    assertThat(indexed.out()).contains("indexed 33 articles");

    CliRun related = CliRun.of("related", "--index", index.toString(), "--id", "lumora-recall",
        "--limit", "3");
    assertThat(related.code()).as(related.err()).isZero();
    JsonNode json = AnalysisJson.MAPPER.readTree(related.out());
    assertThat(json.get("id").asText()).isEqualTo("lumora-recall");
    assertThat(json.get("related")).hasSize(3);
    JsonNode first = json.get("related").get(0);
    assertThat(first.get("id").asText()).startsWith("lumora-");
    assertThat(first.has("title") && first.has("score") && first.has("sharedEntities")
        && first.has("sharedTerms")).isTrue();
    assertThat(first.get("similarTopic").asBoolean()).isFalse(); // topic weight 0: words only

    CliRun all = CliRun.of("related", "--index", index.toString(), "--all", "--limit", "2");
    assertThat(all.code()).as(all.err()).isZero();
    String[] lines = all.out().split("\n");
    assertThat(lines).hasSize(33);
    for (String line : lines) {
      JsonNode o = AnalysisJson.MAPPER.readTree(line);
      assertThat(o.get("related").size()).isBetween(1, 2);
    }
  }

  @Test
  void indexFilesAndDirectories_idIsFileName_reAddingReplaces(@TempDir Path tmp)
      throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("harbour-cranes.txt"), "Harbour cranes return\n\n"
        + "The port installed four new cranes on Monday to speed up loading of container ships.");
    Files.writeString(docs.resolve("harbour-strike.txt"), "Harbour strike ends\n\n"
        + "Crane operators at the port ended their strike after a pay deal on container work.");
    Path index = tmp.resolve("idx");
    assertThat(CliRun.of("index", "--index", index.toString(), docs.toString()).code()).isZero();
    assertThat(CliRun.of("index", "--index", index.toString(), docs.toString()).code()).isZero();
    CliRun related = CliRun.of("related", "--index", index.toString(), "--id", "harbour-cranes");
    assertThat(related.code()).as(related.err()).isZero();
    JsonNode list = AnalysisJson.MAPPER.readTree(related.out()).get("related");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asText()).isEqualTo("harbour-strike");

    Path query = Files.writeString(tmp.resolve("query.txt"), "Port news\n\n"
        + "New cranes at the port will load container ships faster, the operator said.");
    CliRun byFile = CliRun.of("related", "--index", index.toString(), query.toString());
    assertThat(byFile.code()).as(byFile.err()).isZero();
    assertThat(byFile.out()).contains("harbour-cranes");
  }

  @Test
  void index_fourThreads_sameArticlesAsOneThread(@TempDir Path tmp) throws Exception {
    Path samples = samplesJsonl(tmp);
    // the same ids again with other text: the later line must win on any number of threads
    List<String> again = new ArrayList<>(Files.readAllLines(samples));
    for (String id : List.of("lumora-recall", "storm-helga-warning")) {
      var o = AnalysisJson.MAPPER.createObjectNode();
      o.put("id", id).put("title", "Replaced " + id)
          .put("body", "The replacement text about the ferry timetable for " + id + ".");
      again.add(AnalysisJson.MAPPER.writeValueAsString(o));
    }
    Path input = Files.write(tmp.resolve("again.jsonl"), again);
    Path one = tmp.resolve("one");
    Path four = tmp.resolve("four");
    CliRun r1 = CliRun.of("index", "--index", one.toString(), "--threads", "1", "--jsonl",
        input.toString());
    CliRun r4 = CliRun.of("index", "--index", four.toString(), "--threads", "4", "--jsonl",
        input.toString());
    assertThat(r1.code()).as(r1.err()).isZero();
    assertThat(r4.code()).as(r4.err()).isZero();
    assertThat(r4.out()).contains("indexed 35 articles").contains("(33 in the index)");

    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().entities(false).build();
    try (ArticleIndex a = ArticleIndex.open(one, analyzer);
        ArticleIndex b = ArticleIndex.open(four, analyzer)) {
      List<String> ids = a.ids().stream().sorted().toList();
      assertThat(ids).hasSize(33);
      assertThat(b.ids().stream().sorted().toList()).isEqualTo(ids);
      for (String id : ids) {
        assertThat(b.get(id)).as(id).isEqualTo(a.get(id));
      }
      assertThat(b.get("lumora-recall").orElseThrow().title())
          .isEqualTo("Replaced lumora-recall");
      // related() is not compared: a replaced copy stays in Lucene's statistics until its
      // segment is merged, and which copies were written and replaced depends on the threads.
    }
  }

  @Test
  void index_badFileAmongGoodOnes_reportedOnOneLineAndTheRestIndexed(@TempDir Path tmp)
      throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (int i = 0; i < 6; i++) {
      Files.writeString(docs.resolve("story-" + i + ".txt"), "Story " + i + "\n\n"
          + "The town council voted on plan number " + i + " for the new river bridge.");
    }
    Files.write(docs.resolve("scan.pdf"), "%PDF-1.7\n%binary\u0000\u0001 stream".getBytes(
        StandardCharsets.ISO_8859_1));
    Path index = tmp.resolve("idx");
    CliRun r = CliRun.of("index", "--index", index.toString(), "--threads", "3", docs.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("indexed 6 articles").contains("1 failed");
    assertThat(r.err().lines().toList()).singleElement().asString()
        .startsWith("lede index: " + docs.resolve("scan.pdf") + ": ")
        .doesNotContain("Exception");
    try (ArticleIndex idx = ArticleIndex.open(index,
        ArticleAnalyzer.builder().entities(false).build())) {
      assertThat(idx.ids()).containsExactlyInAnyOrder("story-0", "story-1", "story-2",
          "story-3", "story-4", "story-5");
    }
  }

  @Test
  void index_jsonlLineWithTwoObjectsOrANonStringField_reportedAndTheRestIndexed(
      @TempDir Path tmp) throws Exception {
    Path input = Files.writeString(tmp.resolve("in.jsonl"), String.join("\n",
        "{\"id\": \"f\", \"body\": \"Two objects\"} {\"id\": \"g\", \"body\": \"on one\"}",
        "{\"id\": \"c\", \"body\": 42}",
        "{\"id\": 5, \"body\": \"A number for an id.\"}",
        "{\"id\": \"ok\", \"body\": \"The ferry left on time.\"}"));
    Path index = tmp.resolve("idx");

    CliRun r = CliRun.of("index", "--index", index.toString(), "--quiet", "--jsonl",
        input.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("indexed 1 article ").contains("3 failed");
    assertThat(r.err().lines().toList()).hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith("lede index: " + input + " line 1: "))
        .anySatisfy(l -> assertThat(l).isEqualTo("lede index: " + input
            + " line 2: \"body\" must be a string"))
        .anySatisfy(l -> assertThat(l).isEqualTo("lede index: " + input
            + " line 3: \"id\" must be a string"));
    try (ArticleIndex idx = ArticleIndex.open(index,
        ArticleAnalyzer.builder().entities(false).build())) {
      assertThat(idx.ids()).containsExactly("ok");
    }
  }

  @Test
  void index_directory_skipsHiddenFilesAndDirectories(@TempDir Path tmp) throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    String story = "Bridge opens\n\nThe new bridge over the river opened on Tuesday.";
    Files.writeString(docs.resolve("page1.txt"), story);
    Files.writeString(docs.resolve(".draft.txt"), story);
    Files.writeString(Files.createDirectories(docs.resolve(".hidden")).resolve("page2.txt"), story);
    Files.writeString(Files.createDirectories(docs.resolve(".git/objects")).resolve("x.txt"),
        story);
    Files.writeString(Files.createDirectories(docs.resolve("sub")).resolve("page3.txt"), story);
    Path index = tmp.resolve("idx");

    // The root itself may be hidden or under a hidden directory: only what is below it counts.
    CliRun r = CliRun.of("index", "--index", index.toString(), "--quiet", docs.resolve(".")
        .toString());

    assertThat(r.code()).as(r.err()).isZero();
    try (ArticleIndex idx = ArticleIndex.open(index,
        ArticleAnalyzer.builder().entities(false).build())) {
      assertThat(idx.ids()).containsExactlyInAnyOrder("page1", "page3");
    }
  }

  @Test
  void index_fileNamesWithDotsBeforeTheExtension_oneArticleEach(@TempDir Path tmp)
      throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("tide.2025-05-08.txt"), "Tide\n\nHigh tide flooded the quay.");
    Files.writeString(docs.resolve("tide.2025-05-09.txt"), "Tide\n\nThe quay dried out again.");
    Path index = tmp.resolve("idx");

    CliRun r = CliRun.of("index", "--index", index.toString(), "--quiet", docs.toString());

    assertThat(r.code()).as(r.err()).isZero();
    try (ArticleIndex idx = ArticleIndex.open(index,
        ArticleAnalyzer.builder().entities(false).build())) {
      assertThat(idx.ids()).containsExactlyInAnyOrder("tide.2025-05-08", "tide.2025-05-09");
    }
  }

  @Test
  void index_directoryHoldingTheIndex_skipsTheIndexFiles(@TempDir Path tmp) throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("quay.txt"), "Quay\n\nThe old quay was repaired in spring.");
    Files.writeString(docs.resolve("lock.txt"), "Lock\n\nThe canal lock opened again in May.");
    Path index = docs.resolve("idx");
    assertThat(CliRun.of("index", "--index", index.toString(), "--quiet", docs.toString()).code())
        .isZero();

    CliRun again = CliRun.of("index", "--index", index.toString(), "--quiet", docs.toString());

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).isEmpty();
    try (ArticleIndex idx = ArticleIndex.open(index,
        ArticleAnalyzer.builder().entities(false).build())) {
      assertThat(idx.ids()).containsExactlyInAnyOrder("quay", "lock");
    }
  }

  @Test
  void related_fileNamedAfterAnIndexedArticle_neverSuggestsThatArticle(@TempDir Path tmp)
      throws Exception {
    Path index = tmp.resolve("idx");
    assertThat(CliRun.of("index", "--index", index.toString(), "--jsonl",
        samplesJsonl(tmp).toString()).code()).isZero();
    Path file = Files.writeString(tmp.resolve("lumora-recall.txt"), "Lumora recalls glasses\n\n"
        + "Lumora is recalling its Sight smart glasses after reports that the battery overheats.");

    CliRun related = CliRun.of("related", "--index", index.toString(), "--no-dedup", "--limit", "5",
        "--format", "body", file.toString());

    assertThat(related.code()).as(related.err()).isZero();
    JsonNode json = AnalysisJson.MAPPER.readTree(related.out());
    assertThat(json.get("id").asText()).isEqualTo("lumora-recall");
    List<String> ids = new ArrayList<>();
    json.get("related").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).isNotEmpty().doesNotContain("lumora-recall");
  }

  @Test
  void index_intoACorruptIndex_oneLineErrorBeforeWriting(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("idx");
    assertThat(CliRun.of("index", "--index", index.toString(), "--jsonl",
        samplesJsonl(tmp).toString()).code()).isZero();
    dev.lede.DamagedIndex.flipBytesInLargestFile(index);
    Path page = Files.writeString(tmp.resolve("late-story.txt"), "A late story\n\nIt came late.");

    CliRun added = CliRun.of("index", "--index", index.toString(), "--quiet", page.toString());

    assertThat(added.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(added.err().strip()).doesNotContain("\n").contains("corrupt")
        .contains(index.toString());
  }

  @Test
  void index_inputFailsMidway_nothingOfTheRunIsCommitted(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("idx");
    Path kept = Files.writeString(tmp.resolve("kept.txt"), "Kept\n\nThe ferry left on time.");
    assertThat(CliRun.of("index", "--index", index.toString(), "--quiet", kept.toString()).code())
        .isZero();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 150; i++) { // past one batch (100), written before the input fails
      lines.append("{\"id\": \"late-").append(i).append("\", \"body\": \"Ferry ").append(i)
          .append(" was late.\"}\n");
    }
    InputStream failing = new SequenceInputStream(
        new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        });
    CliRun r = CliRun.withInput(failing, "index", "--index", index.toString(), "--jsonl",
        "--threads", "1", "--quiet", "--no-entities", "-");

    assertThat(r.code()).isEqualTo(Main.EXIT_ERROR);
    assertThat(r.err().strip()).isEqualTo("lede index: -: connection reset");
    try (ArticleIndex idx = ArticleIndex.open(index,
        ArticleAnalyzer.builder().entities(false).build())) {
      assertThat(idx.ids()).containsExactly("kept");
    }
  }

  @Test
  void related_binaryFile_errorNamesTheFile(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("idx");
    Path good = Files.writeString(tmp.resolve("a.txt"), "Title\n\nSome body text here.");
    assertThat(CliRun.of("index", "--index", index.toString(), "--quiet", good.toString()).code())
        .isZero();
    Path bin = Files.write(tmp.resolve("bin.dat"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 0});

    CliRun r = CliRun.of("related", "--index", index.toString(), bin.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().toList()).singleElement().asString()
        .startsWith("lede related: " + bin + ": text looks like binary data");
  }

  @Test
  void index_quiet_nothingOnStderr(@TempDir Path tmp) throws Exception {
    CliRun r = CliRun.of("index", "--index", tmp.resolve("idx").toString(), "--quiet", "--jsonl",
        samplesJsonl(tmp).toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void index_badThreads_usageError(@TempDir Path tmp) {
    CliRun r = CliRun.of("index", "--index", tmp.resolve("idx").toString(), "--threads", "0", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("lede index: --threads must be at least 1: 0");
  }

  @Test
  void index_lockedByAnotherWriter_oneLineErrorNamingTheLock(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("idx");
    Path file = Files.writeString(tmp.resolve("a.txt"), "Title\n\nSome body text here.");
    try (ArticleIndex held = ArticleIndex.open(dir,
        ArticleAnalyzer.builder().entities(false).build())) {
      CliRun r = CliRun.of("index", "--index", dir.toString(), file.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).doesNotContain("\n").contains("write.lock")
          .contains("locked by another writer").doesNotContain("Exception");
    }
  }

  @Test
  void related_notAnIndex_oneLineError(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("notes.txt"), "hello");
    CliRun r = CliRun.of("related", "--index", tmp.toString(), "--id", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").contains("not an index");

    CliRun missing = CliRun.of("related", "--index", tmp.resolve("nope").toString(), "--id", "x");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no index at");
  }

  @Test
  void related_emptyDirectory_noIndexErrorAndNothingWritten(@TempDir Path tmp) throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun r = CliRun.of("related", "--index", empty.toString(), "--all");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("lede related: no index at " + empty
        + " (create one with lede index)");
    assertThat(Files.list(empty)).isEmpty();
  }

  @Test
  void related_unknownId_oneLineError(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("idx");
    Path file = Files.writeString(tmp.resolve("a.txt"), "Title\n\nSome body text here.");
    assertThat(CliRun.of("index", "--index", dir.toString(), file.toString()).code()).isZero();
    CliRun r = CliRun.of("related", "--index", dir.toString(), "--id", "zzz");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("lede related: no article with id 'zzz' in the index");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "10.5", "lots", "NaN"})
  void related_topicWeightOutOfRange_oneLineUsageError(String weight) {
    CliRun r = CliRun.of("related", "--index", "d", "--id", "x", "--topic-weight", weight);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--topic-weight must be a number in [0.0, 10.0]: " + weight)
        .doesNotContain("\tat ");
  }

  @Test
  void related_badUsage() {
    assertThat(CliRun.of("related", "--id", "x").code()).isEqualTo(2);
    assertThat(CliRun.of("related", "--index", "d", "--id", "x", "--all").err())
        .contains("exactly one of");
  }

  @Test
  void demo_allAndId_usageError() {
    CliRun r = CliRun.of("demo", "--all", "--id", "nordic-cup-final");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("lede demo: give --all or --id ID, not both\n");
  }

  @Test
  void demo_printsSuggestionsWithReasons() {
    CliRun r = CliRun.of("demo");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("33 sample articles").contains("Keep reading:")
        .contains("why: ");
    String storm = r.out().substring(r.out().indexOf("* Storm Helga batters"));
    storm = storm.substring(0, storm.indexOf("\n*"));
    assertThat(storm).contains("storm-helga-warning").contains("storm-helga-cleanup")
        .doesNotContain("storm-helga-landfall-wire");
  }

  @Test
  void evalRelated_missingCorpus_oneLineExit2(@TempDir Path tmp) {
    CliRun r = CliRun.of("eval-related", "--corpus", "ecbplus",
        tmp.resolve("none.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").contains("corpus file not found");
  }

  @Test
  void evalRelated_categoriesWithoutTheirFolder_oneLineExit2(@TempDir Path tmp) {
    CliRun r = CliRun.of("eval-related", "--corpus", "categories", tmp.resolve("none").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").contains("corpus folder not found");
    // a folder without the corpora it is built from
    r = CliRun.of("eval-related", "--corpus", "genres", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n")
        .startsWith("lede eval-related: cannot read the genres corpus: ")
        .contains("gum-6genres-train.tsv");
  }

  @Test
  void evalRelated_genresFromGumFiles_sameCategoryRelevance(@TempDir Path tmp) throws Exception {
    String[][] docs = {{"GUM_news_flood", "Storm floods the harbour town .",
        "Homes along the harbour lose power as the storm floods the town ."},
        {"GUM_news_storm", "The harbour town is flooded .",
        "The storm cuts power to the harbour town and its homes ."},
        {"GUM_voyage_lisbon", "Lisbon is a city of hills .",
        "Take the tram up the hills and see the old town ."}};
    Files.createDirectories(tmp.resolve("gum-6genres"));
    for (String split : List.of("train", "dev", "test")) {
      StringBuilder b = new StringBuilder();
      for (String[] d : split.equals("train") ? docs : new String[0][]) {
        b.append("# newdoc id = ").append(d[0]).append('\n');
        for (String sentence : List.of(d[1], d[2])) {
          b.append("# text = ").append(sentence).append('\n');
          String[] tokens = sentence.split(" ");
          for (int i = 0; i < tokens.length; i++) {
            b.append(i + 1).append('\t').append(tokens[i]).append("\tO\t-\t-\n");
          }
          b.append('\n');
        }
      }
      Files.writeString(tmp.resolve("gum-6genres/gum-6genres-" + split + ".tsv"), b);
    }
    CliRun r = CliRun.of("eval-related", "--corpus", "genres", "--no-entities", tmp.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 documents indexed").contains("relevance = same category")
        .contains("tfidf-cosine");
  }

  @Test
  void evalRelated_smallCorpusPrintsTheTable(@TempDir Path tmp) throws Exception {
    List<String> lines = new ArrayList<>();
    String[][] docs = {
        {"1_1", "1", "1_a", "Storm floods the harbour town and cuts power to homes ."},
        {"1_2", "1", "1_a", "The harbour town is flooded by the storm ; homes lose power ."},
        {"1_3", "1", "1_b", "A second storm a year later floods farms near the river ."},
        {"2_1", "2", "2_a", "The tech company releases new glasses that translate speech ."},
        {"2_2", "2", "2_a", "New translating glasses from the tech company go on sale ."}};
    for (String[] d : docs) {
      var o = AnalysisJson.MAPPER.createObjectNode();
      o.put("id", d[0]).put("topic", Integer.parseInt(d[1])).put("cluster", d[2])
          .put("text", d[3]);
      lines.add(AnalysisJson.MAPPER.writeValueAsString(o));
    }
    Path file = Files.write(tmp.resolve("mini.jsonl"), lines);
    CliRun r = CliRun.of("eval-related", "--corpus", "ecbplus", "--no-entities", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("P@5").contains("nDCG@10").contains("lede ")
        .contains("morelikethis-defaults").contains("morelikethis-news");
  }
}
