package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import dev.lede.index.RelatedQuery;
import dev.lede.serve.LedeServer;
import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark of {@code lede serve}: requests per second and p50/p99 latency of
 * {@code POST /v1/analyze} and {@code GET /v1/articles/{id}/related} at 1, 4 and 16 concurrent
 * clients over loopback HTTP, beside the same work through the Java API in the same process and
 * run (the ratio is what HTTP, JSON and the server cost).
 *
 * <p>Articles are the first 1,000 Reuters-21578 documents ({@code ../shared/data}, read in
 * place, never copied) when present, else the jar's sample articles. The server has one worker per core and a queue
 * that holds every client; each client is a thread with its own keep-alive HTTP/1.1 connection.
 *
 * <p>A third table times {@code GET /v1/health} beside {@code ArticleIndex.size()}: what one
 * request costs over HTTP when the work itself is next to nothing.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.lede.bench.ServeBenchmark \
 *     [REUTERS_JSONL] [--docs N] [--analyses N] [--related N] [--clients 1,4,16]
 * </pre>
 */
public final class ServeBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServeBenchmark() {}

  /** One measured cell: throughput and latency percentiles. */
  private record Result(double perSecond, double p50Millis, double p99Millis) {}

  public static void main(String[] args) throws Exception {
    String file = "../shared/data/related/reuters21578/reuters21578_docs.jsonl";
    int docs = 1_000;
    int analyses = 400;
    int relatedCalls = 2_000;
    int[] clientCounts = {1, 4, 16};
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--analyses" -> analyses = Integer.parseInt(args[++i]);
        case "--related" -> relatedCalls = Integer.parseInt(args[++i]);
        case "--clients" -> clientCounts = Arrays.stream(args[++i].split(","))
            .mapToInt(Integer::parseInt).toArray();
        default -> file = args[i];
      }
    }
    List<Map<String, String>> corpus = read(Path.of(file), docs);
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "Lede serve benchmark: %d articles (%s), %d cores, %d server"
            + " workers, Java %s%n", corpus.size(),
        Files.isRegularFile(Path.of(file)) ? file : "the jar's samples", cores, cores,
        System.getProperty("java.version"));

    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().build();
    try (ArticleIndex index = ArticleIndex.inMemory(analyzer)) {
      long start = System.nanoTime();
      List<String> ids = new ArrayList<>();
      corpus.parallelStream().forEach(doc -> {
        try {
          index.add(doc.get("id"), Article.fromPageText(doc.get("text")));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      corpus.forEach(d -> ids.add(d.get("id")));
      System.out.printf(Locale.ROOT, "archive: %d articles indexed in %.1f s%n", index.size(),
          (System.nanoTime() - start) / 1e9);

      try (LedeServer server = LedeServer.builder(analyzer, index).port(0).threads(cores)
          .queueCapacity(64).start()) {
        URI base = server.uri();
        List<byte[]> bodies = new ArrayList<>();
        for (Map<String, String> d : corpus) {
          bodies.add(JSON.writeValueAsBytes(Map.of("text", d.get("text"))));
        }
        RelatedQuery query = RelatedQuery.of(10);

        // Warm up before anything is timed: the JIT, and every cache the timed calls touch (the
        // lemma cache of each analysed article, the term statistics of each queried one), so
        // that the Java API, timed first, does not warm them for HTTP.
        int analysed = Math.min(analyses, corpus.size());
        run(cores, analysed, (c, i) -> analyzer.analyze(Article.fromPageText(text(corpus, i))));
        run(cores, 200,
            http(base, (b, i) -> post(b, "/v1/analyze", bodies.get(i % bodies.size()))));
        run(cores, ids.size(), (c, i) -> index.related(ids.get(i % ids.size()), query));
        run(cores, 500, http(base, (b, i) -> get(b, related(ids, i))));

        System.out.println();
        System.out.println("endpoint            clients  via          req/s    p50 ms    p99 ms"
            + "   HTTP/API req/s");
        for (int clients : clientCounts) {
          Result[] r = alternate(clients, analyses,
              (c, i) -> analyzer.analyze(Article.fromPageText(text(corpus, i))),
              http(base, (b, i) -> post(b, "/v1/analyze", bodies.get(i % bodies.size()))));
          print("POST /v1/analyze", clients, r[0], r[1]);
        }
        for (int clients : clientCounts) {
          Result[] r = alternate(clients, relatedCalls,
              (c, i) -> index.related(ids.get(i % ids.size()), query),
              http(base, (b, i) -> get(b, related(ids, i))));
          print("GET .../related", clients, r[0], r[1]);
        }
        // The fixed cost of one request: an endpoint that does next to nothing (the archive's
        // size), beside the same call in process.
        for (int clients : clientCounts) {
          Result[] r = alternate(clients, relatedCalls, (c, i) -> index.size(),
              http(base, (b, i) -> get(b, "/v1/health")));
          print("GET /v1/health", clients, r[0], r[1]);
        }
        System.out.println("API: the same work through the Java API in this process"
            + " (ArticleAnalyzer.analyze, ArticleIndex.related, limit 10); HTTP adds JSON,"
            + " the loopback socket and the server");
      }
    }
  }

  private static String text(List<Map<String, String>> corpus, int i) {
    return corpus.get(i % corpus.size()).get("text");
  }

  private static String related(List<String> ids, int i) {
    return "/v1/articles/" + java.net.URLEncoder.encode(ids.get(i % ids.size()),
        StandardCharsets.UTF_8) + "/related?limit=10";
  }

  private static void print(String endpoint, int clients, Result api, Result web) {
    System.out.printf(Locale.ROOT, "%-19s %7d  %-9s %8.1f %9.2f %9.2f%n", endpoint, clients,
        "Java API", api.perSecond(), api.p50Millis(), api.p99Millis());
    System.out.printf(Locale.ROOT, "%-19s %7d  %-9s %8.1f %9.2f %9.2f %14.2fx%n", endpoint,
        clients, "HTTP", web.perSecond(), web.p50Millis(), web.p99Millis(),
        web.perSecond() / api.perSecond());
  }

  /** One call: client number and request number. */
  private interface Call {
    void call(int client, int request) throws Exception;
  }

  /** One HTTP request for request number i, against the server's base URI. */
  private interface RequestFor {
    HttpRequest of(URI base, int i);
  }

  private static HttpRequest post(URI base, String path, byte[] body) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  private static HttpRequest get(URI base, String path) {
    return HttpRequest.newBuilder(base.resolve(path)).GET().build();
  }

  /** Calls over HTTP, one client (and so one connection) per client thread. */
  private static Call http(URI base, RequestFor request) {
    Map<Integer, HttpClient> clients = new java.util.concurrent.ConcurrentHashMap<>();
    return (c, i) -> {
      HttpClient client = clients.computeIfAbsent(c, k -> HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1).build());
      HttpResponse<byte[]> answer = client.send(request.of(base, i),
          HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(answer.statusCode() + " "
            + new String(answer.body(), StandardCharsets.UTF_8));
      }
    };
  }

  /** Rounds each cell is split into, API and HTTP in turn, so that both see the same load. */
  private static final int ROUNDS = 5;

  /**
   * Times the same calls through the API and over HTTP in alternating rounds: on a shared
   * machine the load drifts within seconds, and timing one path after the other measured the
   * drift (either path came out up to 5x ahead).
   */
  private static Result[] alternate(int clients, int total, Call api, Call http)
      throws Exception {
    List<long[]> apiLatencies = new ArrayList<>();
    List<long[]> httpLatencies = new ArrayList<>();
    long apiNanos = 0;
    long httpNanos = 0;
    int perRound = Math.max(clients, total / ROUNDS);
    // The same client threads for both paths and every round: the analyzer and the index keep
    // per-thread state (tagger buffers, Lucene's per-thread readers), which fresh threads would
    // pay for in the API rows only; the server's workers live as long as the server. An untimed
    // round of each path warms the threads first.
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      runInto(pool, clients, perRound, api, new long[perRound]);
      runInto(pool, clients, perRound, http, new long[perRound]);
      for (int round = 0; round < ROUNDS; round++) {
        int offset = round * perRound;
        long[] a = new long[perRound];
        long[] h = new long[perRound];
        long t0 = System.nanoTime();
        runInto(pool, clients, perRound, (c, i) -> api.call(c, offset + i), a);
        long t1 = System.nanoTime();
        runInto(pool, clients, perRound, (c, i) -> http.call(c, offset + i), h);
        apiNanos += t1 - t0;
        httpNanos += System.nanoTime() - t1;
        apiLatencies.add(a);
        httpLatencies.add(h);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result[] {result(apiLatencies, apiNanos), result(httpLatencies, httpNanos)};
  }

  private static Result result(List<long[]> rounds, long nanos) {
    long[] all = rounds.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all.length / (nanos / 1e9), all[all.length / 2] / 1e6,
        all[Math.min(all.length - 1, (int) Math.ceil(all.length * 0.99) - 1)] / 1e6);
  }

  /** Runs {@code total} calls spread over {@code clients} new threads (warm-up). */
  private static void run(int clients, int total, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      runInto(pool, clients, total, call, new long[total]);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs {@code total} calls spread over {@code clients} threads of the pool; times each. */
  private static void runInto(ExecutorService pool, int clients, int total, Call call,
      long[] latencies) throws Exception {
    AtomicInteger next = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit((Callable<Void>) () -> {
        go.await();
        for (int i; (i = next.getAndIncrement()) < total; ) {
          long t0 = System.nanoTime();
          call.call(client, i);
          latencies[i] = System.nanoTime() - t0;
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : futures) {
      f.get();
    }
  }

  /** Reuters documents as page text, or the jar's samples when the file is absent. */
  private static List<Map<String, String>> read(Path file, int max) throws Exception {
    List<Map<String, String>> out = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line; out.size() < max && (line = r.readLine()) != null; ) {
          JsonNode n = JSON.readTree(line);
          String text = n.path("text").asText("");
          if (!text.isBlank()) {
            out.add(Map.of("id", "r" + out.size(),
                "text", n.path("title").asText("") + "\n\n" + text));
          }
        }
      }
      return out;
    }
    String samples;
    try (var in = ServeBenchmark.class.getResourceAsStream("/lede/samples/articles.txt")) {
      samples = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String block : samples.split("(?m)^===\\s*$")) {
      String[] parts = block.replaceAll("(?m)^#.*\\R?", "").strip().split("\\R\\R", 2);
      String title = parts[0].lines().filter(l -> l.startsWith("title:"))
          .map(l -> l.substring(6).strip()).findFirst().orElse("");
      out.add(Map.of("id", "s" + out.size(), "text", title + "\n\n" + parts[1].strip()));
    }
    return out;
  }
}
