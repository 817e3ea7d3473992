package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.tools.EvalRelatedCommand.Doc;
import dev.lede.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests how {@code eval-related} builds its index. */
final class EvalRelatedCommandTest {

  @Test
  void indexAll_severalThreads_addsTheDocumentsInCorpusOrder() throws Exception {
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().entities(false).keywordLimit(0).build();
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      docs.add(new Doc("story-" + i, "Harbour notes " + i, "The ferry left the harbour on day "
          + i + " and the crew counted " + (i * 7) + " crates of apples before the storm.", true,
          Set.of("harbour"), Set.of()));
    }
    try (ArticleIndex index = ArticleIndex.inMemory(analyzer)) {
      EvalRelatedCommand.indexAll(index, analyzer, docs, 4);
      index.commit();

      // the index order decides ties between suggestions: the same on every run
      assertThat(index.ids()).containsExactlyElementsOf(docs.stream().map(Doc::id).toList());
    }
  }

  @Test
  void run_queryWithoutARelatedDocument_isLeftOutOfTheAverages(@TempDir Path dir)
      throws Exception {
    // two stories of one event, and one story that nothing in the corpus is related to
    Path corpus = Files.writeString(dir.resolve("events.jsonl"), String.join("\n",
        "{\"id\": \"a1\", \"topic\": 1, \"cluster\": \"1_a\", \"text\": \"The Karvola"
            + " ferry sank near Tessin harbour on Monday ; divers searched the Karvola wreck .\"}",
        "{\"id\": \"a2\", \"topic\": 1, \"cluster\": \"1_a\", \"text\": \"Divers reached"
            + " the Karvola wreck off Tessin harbour , a day after the ferry sank .\"}",
        "{\"id\": \"b1\", \"topic\": 2, \"cluster\": \"2_b\", \"text\": \"A violin made in"
            + " Cremona sold for a record price at an auction in Vienna .\"}", ""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int code = Main.run(List.of("eval-related", "--corpus", "ecbplus", "--threads", "1",
        "--no-entities", corpus.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    // a query that no ranking can answer would pull every figure down by a third
    assertThat(printed).contains(" 2 queries", "1 query without a related document in the"
        + " corpus left out");
    assertThat(printed).containsPattern("tfidf-cosine\\s+0\\.2000\\s+0\\.1000\\s+1\\.0000"
        + "\\s+1\\.0000");
  }

  @Test
  void run_backendSolrOptions_asTheOtherCommandsTakeThem(@TempDir Path dir) throws Exception {
    // URLs with spaces after the commas and the time-outs, as index and related take them;
    // an empty corpus then stops the run before anything reaches a cluster.
    Path corpus = Files.writeString(dir.resolve("empty.jsonl"), "");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of("eval-related", "--corpus", "ecbplus", "--backend", "solr",
        "--solr-url", "http://127.0.0.1:1/solr, http://127.0.0.1:2/solr", "--collection", "c",
        "--solr-connect-timeout", "5", "--solr-answer-timeout", "120", corpus.toString()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no queries");

    err.reset();
    code = Main.run(List.of("eval-related", "--corpus", "ecbplus", "--backend", "solr",
        "--solr-url", "http://127.0.0.1:1/solr", "--collection", "c", "--solr-answer-timeout",
        "0", corpus.toString()), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("lede eval-related: --solr-answer-timeout must be in [1, 86400]: 0");
  }

  @Test
  void run_noTwoDocumentsRelated_oneLineErrorNotANaNTable(@TempDir Path dir) throws Exception {
    Path corpus = Files.writeString(dir.resolve("apart.jsonl"), String.join("\n",
        "{\"id\": \"a1\", \"topic\": 1, \"cluster\": \"1_a\", \"text\": \"The ferry sank .\"}",
        "{\"id\": \"b1\", \"topic\": 2, \"cluster\": \"2_b\", \"text\": \"A violin sold .\"}",
        ""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = Main.run(List.of("eval-related", "--corpus", "ecbplus", corpus.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip().lines()).hasSize(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no two documents are related");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("NaN");
  }
}
