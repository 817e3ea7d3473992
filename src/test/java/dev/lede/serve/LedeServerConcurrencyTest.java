package dev.lede.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once over real HTTP: the same answers as one client alone, and a bounded load
 * run (loopback only, a fixed number of requests, a time limit) with no error and no lost write.
 */
@Tag("concurrency")
final class LedeServerConcurrencyTest {

  private static final int CLIENTS = 16;

  private ArticleIndex index;
  private LedeServer server;
  private Http http;

  @BeforeEach
  void start() throws Exception {
    index = ArticleIndex.inMemory(ServeFixtures.analyzer());
    // Two workers and a queue that holds every client: the test is about answers, not overload.
    server = LedeServer.builder(ServeFixtures.analyzer(), index).port(0).threads(2)
        .queueCapacity(2 * CLIENTS).start();
    http = new Http(server.uri());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    index.close();
  }

  /** One request of the mixed workload and the path it goes to. */
  private record Call(String method, String path, Object body) {
    Http.Answer send(Http http) {
      return http.send(method, path, body, Map.of());
    }
  }

  @Test
  void sixteenClients_sameAnswersAsOneClientAlone() throws Exception {
    Map<String, Article> samples = ServeFixtures.samples();
    samples.forEach((id, a) -> assertThat(
        http.put("/v1/articles/" + id, ServeFixtures.body(a), Map.of()).status()).isEqualTo(201));
    List<Call> calls = new ArrayList<>();
    List<String> ids = new ArrayList<>(samples.keySet());
    for (int i = 0; i + 2 < ids.size(); i += 6) { // one group per topic or so
      Article a = samples.get(ids.get(i));
      calls.add(new Call("POST", "/v1/analyze", ServeFixtures.body(a)));
      calls.add(new Call("GET", "/v1/articles/" + ids.get(i + 1) + "/related?limit=5", null));
      calls.add(new Call("POST", "/v1/related?limit=5", ServeFixtures.body(a)));
      calls.add(new Call("GET", "/v1/articles/" + ids.get(i + 2), null));
    }
    Map<Call, String> alone = new LinkedHashMap<>();
    for (Call c : calls) {
      Http.Answer a = c.send(http);
      assertThat(a.status()).as(c + ": " + a.body()).isEqualTo(200);
      alone.put(c, a.body());
    }

    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    CountDownLatch go = new CountDownLatch(1);
    Map<String, String> differences = new ConcurrentHashMap<>();
    AtomicInteger answered = new AtomicInteger();
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int t = 0; t < CLIENTS; t++) {
        List<Call> order = new ArrayList<>(calls);
        Collections.shuffle(order, new Random(t));
        clients.add(pool.submit(() -> {
          go.await();
          for (Call c : order) {
            Http.Answer a = c.send(http);
            answered.incrementAndGet();
            if (a.status() != 200 || !a.body().equals(alone.get(c))) {
              differences.put(c.method() + " " + c.path(), a.status() + " " + a.body());
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : clients) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(answered.get()).isEqualTo(CLIENTS * calls.size());
    assertThat(differences).isEmpty();
  }

  @Test
  void loadRun_fixedCountAndTime_noErrorAndNoLostWrite() throws Exception {
    List<Article> stories = new ArrayList<>(ServeFixtures.samples().values());
    int writesPerClient = 12;
    Duration limit = Duration.ofMinutes(4);
    long deadline = System.nanoTime() + limit.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    CountDownLatch go = new CountDownLatch(1);
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    Map<String, String> written = new ConcurrentHashMap<>();
    AtomicInteger requests = new AtomicInteger();
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int t = 0; t < CLIENTS; t++) {
        int client = t;
        clients.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < writesPerClient && System.nanoTime() < deadline; i++) {
            // Each write is a distinct id; every third one is replaced once, every fifth
            // deleted again, so the expected archive is known exactly.
            String id = "c" + client + "-" + i;
            Article story = stories.get((client * writesPerClient + i) % stories.size());
            check(http.put("/v1/articles/" + id, ServeFixtures.body(story), Map.of()), 201,
                errors, requests);
            written.put(id, story.title());
            if (i % 3 == 0) {
              check(http.put("/v1/articles/" + id, ServeFixtures.body(story), Map.of()), 200,
                  errors, requests);
            }
            check(http.get("/v1/articles/" + id + "/related?limit=3"), 200, errors, requests);
            if (i % 5 == 4) {
              check(http.delete("/v1/articles/" + id, Map.of()), 204, errors, requests);
              written.remove(id);
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : clients) {
        f.get(limit.toSeconds() + 60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(System.nanoTime()).as("the run finished within " + limit).isLessThan(deadline);
    assertThat(errors).isEmpty();
    int expectedRequests = CLIENTS * (writesPerClient + 4 + writesPerClient + 2);
    assertThat(requests.get()).isEqualTo(expectedRequests);
    assertThat(index.size()).isEqualTo(written.size()).isEqualTo(CLIENTS * (writesPerClient - 2));
    for (Map.Entry<String, String> e : written.entrySet()) {
      Http.Answer a = http.get("/v1/articles/" + e.getKey());
      assertThat(a.status()).as(e.getKey()).isEqualTo(200);
      assertThat(a.json().get("title").asText()).isEqualTo(e.getValue());
    }
  }

  private static void check(Http.Answer a, int status, List<String> errors,
      AtomicInteger requests) {
    requests.incrementAndGet();
    if (a.status() != status) {
      errors.add("expected " + status + ", got " + a.status() + ": " + a.body());
    }
  }
}
