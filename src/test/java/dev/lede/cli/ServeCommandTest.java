package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void serve_anyAddressWithoutToken_refusesOnOneLine() {
    CliRun r = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElseThrow())
        .isEqualTo("lede serve: --host 0.0.0.0 is not a loopback address: give --token-file F,"
            + " whose token writes (PUT, DELETE) must then carry");
    assertThat(r.err()).doesNotContain("Exception").startsWith("lede serve:");
  }

  @Test
  void serve_tokenFileTooShortOrMissing_refuses() throws IOException {
    Path token = dir.resolve("token");
    Files.writeString(token, "short\n");

    CliRun short16 = CliRun.of("serve", "--token-file", token.toString());
    assertThat(short16.code()).isEqualTo(2);
    assertThat(short16.err()).contains("holds 5 chars; a token needs at least 16");
    CliRun missing = CliRun.of("serve", "--token-file", dir.resolve("none").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--token-file: no such file");
  }

  @Test
  void serve_unknownOptionOrArgument_usage() {
    CliRun unknown = CliRun.of("serve", "--solar", "x");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown option --solar")
        .contains("usage: serve [--index DIR");
    CliRun collection = CliRun.of("serve", "--collection", "c");
    assertThat(collection.code()).isEqualTo(2);
    assertThat(collection.err()).contains("--collection goes with --solr or --solr-url");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "--port    | 65536 | --port must be in [0, 65535]: 65536",
      "--threads | 0     | --threads must be in [1, 1024]: 0",
      "--threads | 1025  | --threads must be in [1, 1024]: 1025"})
  void serve_optionOutOfRange_usageError(String option, String value, String message) {
    CliRun r = CliRun.of("serve", option, value);
    assertThat(r.code()).isEqualTo(2);

    assertThat(r.err()).startsWith("lede serve: " + message)
        .contains("usage: serve [--index DIR");
  }

  @Test
  void serve_portInUse_oneLineNamingTheAddress() throws IOException {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      CliRun r = CliRun.of("serve", "--port", Integer.toString(port), "--threads", "1");
      assertThat(r.code()).isEqualTo(2);

      assertThat(r.err().strip()).isEqualTo("lede serve: cannot listen on 127.0.0.1:" + port
          + ": Address already in use");
    }
  }

  /** The real command in a child JVM, stopped as a service manager stops it: SIGTERM. */
  @Test
  @Tag("process")
  void serve_sigterm_finishesAndCommitsTheArchive() throws Exception {
    Path index = dir.resolve("index");
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--index", index.toString(), "--port", "0", "--threads", "2");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> log = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      URI base = null;
      Pattern listening = Pattern.compile("listening on (http://\\S+/)");
      for (String line; base == null && (line = out.readLine()) != null; ) {
        log.add(line);
        Matcher m = listening.matcher(line);
        if (m.find()) {
          base = URI.create(m.group(1));
        }
      }
      assertThat(base).as(String.join("\n", log)).isNotNull();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> put = client.send(HttpRequest.newBuilder(
              base.resolve("/v1/articles/ferry"))
          .PUT(HttpRequest.BodyPublishers.ofString(
              "{\"title\": \"Ferry\", \"body\": \"The new ferry to the islands ran on time.\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).isEqualTo(201);

      p.toHandle().destroy(); // SIGTERM; Process.destroy() would also close its output
      out.lines().forEach(log::add); // until the process ends and its output with it
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }

    assertThat(log).contains("lede serve: stopped; archive committed");
    try (ArticleIndex reopened = ArticleIndex.open(index,
        ArticleAnalyzer.builder().entities(false).build())) {
      assertThat(reopened.get("ferry")).isPresent();
    }
  }
}
