package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive options of {@code index}, {@code related} and {@code serve}, without a cluster. */
final class ArchivesTest {

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void solrAnswerTimeout_nodeThatNeverAnswers_oneLineExit2OnceItPasses() throws Exception {
    // A server that takes connections (in its backlog) and never answers, as a hung Solr node:
    // with --solr-answer-timeout 1 the command gives up after seconds, not the default minute.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/solr";
      int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("related",
          "--solr-url", url, "--collection", "news", "--solr-answer-timeout", "1",
          "--solr-connect-timeout", "2", "--id", "a"));
      assertThat(code).isEqualTo(2);
      assertThat(err()).startsWith("lede related: cannot reach SolrCloud at " + url + ": ")
          .hasLineCount(1);
    }
  }

  @Test
  void solrTimeouts_outOfRangeOrWithoutSolr_usageErrors(@TempDir Path dir) {
    assertThat(run("related", "--solr-url", "http://127.0.0.1:1/solr", "--collection", "news",
        "--solr-answer-timeout", "0", "--id", "a")).isEqualTo(2);
    assertThat(err()).startsWith("lede related: --solr-answer-timeout must be in [1, 86400]: 0");
    errBytes.reset();
    assertThat(run("index", "--solr", "zk:2181", "--collection", "news",
        "--solr-connect-timeout", "86401", "x.txt")).isEqualTo(2);
    assertThat(err())
        .startsWith("lede index: --solr-connect-timeout must be in [1, 86400]: 86401");
    errBytes.reset();
    assertThat(run("index", "--index", dir.toString(), "--solr-answer-timeout", "5", "x.txt"))
        .isEqualTo(2);
    assertThat(err()).startsWith("lede index: --solr-answer-timeout goes with --solr or"
        + " --solr-url, not --index");
    errBytes.reset();
    assertThat(run("serve", "--solr-connect-timeout", "5")).isEqualTo(2);
    assertThat(err()).startsWith("lede serve: --solr-connect-timeout goes with --solr or"
        + " --solr-url");
    errBytes.reset();
    assertThat(run("related", "--help")).isZero();
  }
}
