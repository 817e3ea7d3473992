package dev.lede.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.lede.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safety of {@link LedeServer}: bearer tokens, loopback by default, bad options, overload and
 * a graceful shutdown, over real HTTP on a loopback port.
 */
final class LedeServerSafetyTest {

  private static final String FERRY = ServeFixtures.resource("/articles/harbour-ferry.txt");

  private final ArticleAnalyzer analyzer = ServeFixtures.analyzer();
  private ServerHarness harness;
  private ArticleIndex index;
  private LedeServer server;

  @BeforeEach
  void start() throws IOException {
    harness = new ServerHarness();
    index = harness.index();
    server = harness.server();
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
  }

  private LedeServer started(ArticleIndex on, Consumer<LedeServer.Builder> options)
      throws IOException {
    return harness.started(on, options);
  }

  @Test
  void writes_withTokenSet_needTheBearerToken() throws IOException {
    try (ArticleIndex other = ArticleIndex.inMemory(analyzer)) {
      String token = "s3cret-token-0123456789";
      LedeServer guarded = started(other, b -> b.bearerToken(token));
      Http client = new Http(guarded.uri());
      Map<String, String> body = Map.of("body", "Ferries ran late in Oslo.");

      Http.Answer none = client.put("/v1/articles/a", body, Map.of());
      Http.Answer wrong = client.put("/v1/articles/a", body,
          Map.of("Authorization", "Bearer s3cret-token-0123456780"));
      Http.Answer right = client.put("/v1/articles/a", body,
          Map.of("Authorization", "Bearer " + token));

      ServeFixtures.assertError(none, 401, "Authorization: Bearer TOKEN");
      assertThat(none.header("WWW-Authenticate")).hasValue("Bearer realm=\"lede\"");
      ServeFixtures.assertError(wrong, 401, "wrong bearer token");
      assertThat(right.status()).isEqualTo(201);
      ServeFixtures.assertError(client.delete("/v1/articles/a", Map.of()), 401, "Bearer");
      assertThat(client.get("/v1/articles/a").status()).isEqualTo(200);
      assertThat(client.post("/v1/analyze", body).status()).isEqualTo(200);
      assertThat(client.delete("/v1/articles/a", Map.of("Authorization", "bearer " + token))
          .status()).isEqualTo(204);
      assertThat(client.get("/v1/health").json().get("writesNeedToken").asBoolean()).isTrue();
      guarded.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "::"})
  void start_notLoopbackWithoutToken_refuses(String host) {
    assertThatThrownBy(() -> LedeServer.builder(analyzer, index).host(host).port(0).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not a loopback address")
        .hasMessageContaining("bearer token");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "127.0.0.1", "::1"})
  void start_loopbackWithoutToken_starts(String host) throws IOException {
    LedeServer s = started(index, b -> b.host(host));

    assertThat(s.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(new Http(s.uri()).get("/v1/health").status()).isEqualTo(200);
    s.close();
  }

  static Stream<Arguments> badOptions() {
    return Stream.<Arguments>of(
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.port(-1), "port must be in [0, 65535]"),
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.port(65_536), "port must be in"),
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.threads(0),
            "threads must be 1 to MAX_THREADS = 1024: 0"),
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.threads(LedeServer.MAX_THREADS + 1),
            "threads must be 1 to MAX_THREADS = 1024: 1025"),
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.queueCapacity(0),
            "queue capacity must be at least 1"),
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.bearerToken("short"),
            "under MIN_TOKEN_CHARS = 16"),
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.bearerToken("sixteen chars or more"),
            "white space"),
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.host(" "), "host must not be blank"),
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.maxRequestBytes(0),
            "max request bytes must be in"),
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.maxRequestBytes(
            LedeServer.MAX_REQUEST_BYTES + 1), "MAX_REQUEST_BYTES"),
        Arguments.of((Consumer<LedeServer.Builder>) b -> b.shutdownGrace(Duration.ofSeconds(-1)),
            "must not be negative"));
  }

  @ParameterizedTest
  @MethodSource("badOptions")
  void builder_badOption_illegalArgumentNamingIt(Consumer<LedeServer.Builder> option,
      String message) {
    LedeServer.Builder b = LedeServer.builder(analyzer, index);

    assertThatThrownBy(() -> option.accept(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void queueCapacity_largest_startsWithoutAllocatingIt() throws IOException {
    // An ArrayBlockingQueue allocates its capacity at once: "Java heap space" on start.
    LedeServer s = started(index, b -> b.queueCapacity(Integer.MAX_VALUE));

    assertThat(new Http(s.uri()).get("/v1/health").status()).isEqualTo(200);
    s.close();
  }

  @Test
  void start_portInUse_bindExceptionNamingTheAddress() {
    int port = server.address().getPort();

    assertThatThrownBy(() -> LedeServer.builder(analyzer, index).port(port).start())
        .isInstanceOf(java.net.BindException.class)
        .hasMessage("cannot listen on 127.0.0.1:" + port + ": Address already in use");
  }

  @Test
  void publicMethods_nullArguments_nullPointerNamingThem() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ArticleAnalyzer.class, analyzer)
        .setDefault(ArticleIndex.class, index);
    tester.testAllPublicStaticMethods(LedeServer.class);
    tester.testAllPublicInstanceMethods(LedeServer.builder(analyzer, index));
    assertThatThrownBy(() -> LedeServer.builder(null, index)).hasMessage("analyzer");
    assertThatThrownBy(() -> LedeServer.builder(analyzer, index).host(null)).hasMessage("host");
  }

  @Test
  void close_commitsTheArchive(@TempDir Path dir)
      throws IOException {
    Path live = dir.resolve("live");
    try (ArticleIndex disk = ArticleIndex.open(live, analyzer)) {
      LedeServer s = started(disk, b -> { });
      assertThat(new Http(s.uri()).put("/v1/articles/ferry", Map.of("text", FERRY), Map.of())
          .status()).isEqualTo(201);

      s.close();

      // A copy of the directory while the index is still open holds only what was committed.
      Path copy = dir.resolve("copy");
      Files.createDirectories(copy);
      try (var files = Files.list(live)) {
        for (Path f : files.filter(f -> !f.getFileName().toString()
            .equals("write.lock")).toList()) {
          Files.copy(f, copy.resolve(f.getFileName()));
        }
      }
      try (ArticleIndex committed = ArticleIndex.open(copy, analyzer)) {
        assertThat(committed.get("ferry")).isPresent();
      }
      assertThat(disk.size()).isEqualTo(1); // closing the server leaves the archive open
    }
  }

  @Test
  void close_lets_aRequestInFlightFinish_thenRefusesConnections() throws Exception {
    URI uri = server.uri();
    String json = "{\"body\": \"Ferries ran late in Oslo on Monday.\"}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      out.write(("POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: " + bytes.length
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, 0, 10);
      out.flush();
      awaitState(() -> server.requestsInFlight() == 1);

      Thread closer = new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      closer.start();
      Thread.sleep(200);
      assertThat(closer.isAlive()).as("close waits for the request in flight").isTrue();
      out.write(bytes, 10, bytes.length - 10);
      out.flush();

      String answer = Http.readAnswer(socket.getInputStream());
      closer.join(10_000);

      assertThat(answer).startsWith("HTTP/1.1 200").contains("\"body\":\"Ferries ran late");
      assertThat(closer.isAlive()).isFalse();
    }
    assertThatThrownBy(() -> new Socket(uri.getHost(), uri.getPort()).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void overloaded_everyWorkerBusyAndQueueFull_503AtOnce() throws Exception {
    try (ArticleIndex other = ArticleIndex.inMemory(analyzer)) {
      LedeServer tiny = started(other, b -> b.threads(1).queueCapacity(1));
      URI uri = tiny.uri();
      String json = "{\"body\": \"Ferries ran late in Oslo on Monday.\"}";
      String head = "POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: " + json.length()
          + "\r\n\r\n";
      List<Socket> stalled = new ArrayList<>();
      try {
        // Two requests whose bodies have not arrived: one holds the only worker, one the queue.
        for (int i = 0; i < 2; i++) {
          Socket s = new Socket(uri.getHost(), uri.getPort());
          s.setSoTimeout(30_000);
          s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
          stalled.add(s);
          int queued = i;
          awaitState(() -> tiny.requestsInFlight() == 1 && tiny.requestsQueued() == queued);
        }

        long start = System.nanoTime();
        String third = Http.raw(uri, head + json, Duration.ofSeconds(30));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(third).startsWith("HTTP/1.1 503").containsIgnoringCase("Retry-After: 1")
            .contains("server overloaded");
        assertThat(millis).as("answered at once, not after the stalled requests").isLessThan(
            10_000);
        for (Socket s : stalled) {
          s.getOutputStream().write(json.getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
          assertThat(Http.readAnswer(s.getInputStream())).startsWith("HTTP/1.1 200");
        }
      } finally {
        for (Socket s : stalled) {
          s.close();
        }
      }
      // Once the two stalled requests are done, the server answers again. Closing their
      // connections hands the JDK server's end-of-stream reads to the pool too, so the one
      // worker and the queue of one may stay busy a moment after our requests are answered.
      awaitState(() -> tiny.requestsInFlight() == 0 && tiny.requestsQueued() == 0);
      Http client = new Http(uri);
      Http.Answer health = client.get("/v1/health");
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (health.status() == 503 && System.nanoTime() < deadline) {
        assertThat(health.body()).contains("server overloaded");
        Thread.sleep(50);
        health = client.get("/v1/health");
      }
      assertThat(health.status()).as(health.body()).isEqualTo(200);
      tiny.close();
    }
  }

  @Test
  void bodyCutShort_400AndNoArchiveWarning() throws Exception {
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    java.util.logging.Handler capture = new java.util.logging.Handler() {
      @Override
      public void publish(LogRecord r) {
        records.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger log = Logger.getLogger(LedeServer.class.getName());
    log.addHandler(capture);
    try (Socket s = new Socket(server.uri().getHost(), server.uri().getPort())) {
      s.setSoTimeout(30_000);
      // 100 bytes declared, 12 sent, then the client stops sending
      s.getOutputStream().write(("POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: 100"
          + "\r\n\r\n{\"body\": \"ab").getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      s.shutdownOutput();

      String answer = Http.readAnswer(s.getInputStream());

      assertThat(answer).startsWith("HTTP/1.1 400").contains("request body")
          .doesNotContain("archive");
      awaitState(() -> server.requestsInFlight() == 0);
      assertThat(records).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
    } finally {
      log.removeHandler(capture);
    }
  }

  /** Waits, at most 30 s, until the server is in a state (a request running, one queued). */
  private static void awaitState(BooleanSupplier state)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!state.getAsBoolean()) {
      assertThat(System.nanoTime()).as("server state not reached in 30 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
