package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive options of {@code index}, {@code related} and {@code serve}, without a cluster. */
final class ArchivesTest {

  @Test
  void solrAnswerTimeout_nodeThatNeverAnswers_oneLineExit2OnceItPasses() throws Exception {
    // A server that takes connections (in its backlog) and never answers, as a hung Solr node:
    // with --solr-answer-timeout 1 the command gives up after seconds, not the default minute.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/solr";
      CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of("related",
          "--solr-url", url, "--collection", "news", "--solr-answer-timeout", "1",
          "--solr-connect-timeout", "2", "--id", "a"));
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).startsWith("lede related: cannot reach SolrCloud at " + url + ": ")
          .hasLineCount(1);
    }
  }

  @Test
  void solrTimeouts_outOfRangeOrWithoutSolr_usageErrors(@TempDir Path dir) {
    CliRun answer = CliRun.of("related", "--solr-url", "http://127.0.0.1:1/solr", "--collection",
        "news", "--solr-answer-timeout", "0", "--id", "a");
    assertThat(answer.code()).isEqualTo(2);
    assertThat(answer.err())
        .startsWith("lede related: --solr-answer-timeout must be in [1, 86400]: 0");
    CliRun connect = CliRun.of("index", "--solr", "zk:2181", "--collection", "news",
        "--solr-connect-timeout", "86401", "x.txt");
    assertThat(connect.code()).isEqualTo(2);
    assertThat(connect.err())
        .startsWith("lede index: --solr-connect-timeout must be in [1, 86400]: 86401");
    CliRun withIndex = CliRun.of("index", "--index", dir.toString(), "--solr-answer-timeout", "5",
        "x.txt");
    assertThat(withIndex.code()).isEqualTo(2);
    assertThat(withIndex.err()).startsWith("lede index: --solr-answer-timeout goes with --solr or"
        + " --solr-url, not --index");
    CliRun serve = CliRun.of("serve", "--solr-connect-timeout", "5");
    assertThat(serve.code()).isEqualTo(2);
    assertThat(serve.err()).startsWith("lede serve: --solr-connect-timeout goes with --solr or"
        + " --solr-url");
    assertThat(CliRun.of("related", "--help").code()).isZero();
  }
}
