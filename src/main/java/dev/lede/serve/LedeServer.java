package dev.lede.serve;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lede's HTTP server: a JSON API over one shared {@link ArticleAnalyzer} and one article archive,
 * and a page at {@code /} that shows what Lede finds in a pasted article. The endpoints and their
 * fields are those of the CLI; {@code /v1/openapi.json} describes them.
 *
 * <p>Safe by default: it binds to loopback ({@value #DEFAULT_HOST}); on any other address it
 * refuses to start without a bearer token, which writes ({@code PUT}, {@code DELETE}) must then
 * carry. Request bodies over {@link #MAX_REQUEST_BYTES} get 413; a request that finds every
 * worker busy and the queue full gets 503 at once, so the queue never grows without bound. Error
 * answers are one line of JSON, never a stack trace.
 *
 * <p>Thread-safe. {@link #close()} is graceful: it stops taking requests, lets those in flight
 * finish (up to a grace period), and commits the archive. It does not close the archive: its
 * owner does. Loading this class sets the JDK server's {@code sun.net.httpserver.nodelay} system
 * property to {@code true} unless it is set already (see the README for the 40 ms it saves).
 *
 * <pre>{@code
 * try (ArticleIndex index = ArticleIndex.open(Path.of("lede-index"), analyzer);
 *      LedeServer server = LedeServer.builder(analyzer, index).port(8080).start()) {
 *   server.awaitClose();
 * }
 * }</pre>
 */
public final class LedeServer implements Closeable {

  /** The address bound when none is given: IPv4 loopback, reachable from this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The port bound when none is given: 8080. */
  public static final int DEFAULT_PORT = 8080;

  /**
   * Requests that wait for a worker when all are busy: 64; one more gets 503. At the ~20 ms an
   * average article takes, 64 queued requests wait about a second on two workers.
   */
  public static final int DEFAULT_QUEUE_CAPACITY = 64;

  /**
   * The most worker threads a server takes. Analysis is CPU-bound, so threads past the cores
   * only queue on them; far more would exhaust native memory for their stacks before serving.
   */
  public static final int MAX_THREADS = 1_024;

  /**
   * The largest request body accepted, in bytes: {@link Article#MAX_INPUT_CHARS} chars at 3 UTF-8
   * bytes each (the most one UTF-16 char takes), plus 1 MiB for JSON syntax, escapes and the other
   * fields: 16,048,576 bytes.
   */
  public static final long MAX_REQUEST_BYTES = 3L * Article.MAX_INPUT_CHARS + (1 << 20);

  /** The shortest bearer token accepted: 16 chars, so that guessing it is not practical. */
  public static final int MIN_TOKEN_CHARS = 16;

  /** How long {@link #close()} lets requests in flight finish: 10 seconds. */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private static final System.Logger LOG = System.getLogger(LedeServer.class.getName());

  static {
    // The JDK server writes a response's head and body apart; with Nagle's algorithm on, the
    // body then waits for the client's delayed ACK: ~40 ms per request on Linux loopback (p50 of
    // /related over HTTP was 48 ms against 17 ms in process). The property is read once, when
    // the first JDK HTTP server of the JVM starts; one set by the user is left alone.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  /** Set while a request that the pool turned away runs on the server's dispatcher thread. */
  private static final ThreadLocal<Boolean> TURNED_AWAY = new ThreadLocal<>();

  private final HttpServer http;
  private final ThreadPoolExecutor workers;
  private final Archive archive;
  private final Endpoints endpoints;
  private final Duration grace;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile boolean closing;
  private boolean closeStarted;

  private LedeServer(Builder b, InetAddress host) throws IOException {
    this.archive = b.archive;
    this.grace = b.grace;
    this.endpoints = new Endpoints(b.analyzer, b.archive, b.token, b.maxRequestBytes);
    AtomicInteger number = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "lede-serve-" + number.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    // The dispatcher thread hands each request to the pool; when the pool is full, the request
    // is run on the dispatcher itself, marked, and answered 503 without being read or analysed.
    RejectedExecutionHandler turnAway = (r, pool) -> {
      TURNED_AWAY.set(Boolean.TRUE);
      try {
        r.run();
      } finally {
        TURNED_AWAY.remove();
      }
    };
    // A linked queue holds only what waits: an ArrayBlockingQueue allocates its whole capacity
    // at once, so a large --queue failed with "Java heap space" before serving anything.
    this.workers = new ThreadPoolExecutor(b.threads, b.threads, 0, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(b.queueCapacity), threads, turnAway);
    try {
      this.http = HttpServer.create(new InetSocketAddress(host, b.port), 0);
    } catch (BindException e) { // the JDK's message, "Address already in use", names no address
      throw new BindException("cannot listen on " + hostAndPort(host, b.port) + ": "
          + e.getMessage());
    }
    http.createContext("/", new Handler());
    http.setExecutor(workers);
    http.start();
  }

  /**
   * Returns a builder for a server over an analyzer and an archive.
   *
   * @param analyzer the analyzer every request shares
   * @param index the archive of {@code /v1/articles} and the related endpoints
   * @return the builder, with the defaults
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(ArticleAnalyzer analyzer, ArticleIndex index) {
    requireNonNull(analyzer, "analyzer");
    requireNonNull(index, "index");
    return new Builder(analyzer, Archive.of(index));
  }

  /** The address the server listens on, with the port it bound (useful after port 0). */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** The server's base URI, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress a = address();
    return URI.create("http://" + hostAndPort(a.getAddress(), a.getPort()) + "/");
  }

  /** {@code 127.0.0.1:8080}, or {@code [::1]:8080}. */
  private static String hostAndPort(InetAddress address, int port) {
    String host = address.getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /**
   * Blocks until {@link #close()} has finished (from another thread or a shutdown hook).
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /**
   * Stops the server gracefully: new requests get 503, those in flight may finish within the
   * grace period, then the port is released and the archive committed. Idempotent; a second call
   * waits for the first to finish.
   *
   * @throws IOException if the archive cannot commit
   */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (closeStarted) {
        try {
          closed.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      closeStarted = true;
    }
    try {
      closing = true;
      long deadline = System.nanoTime() + grace.toNanos();
      while (inFlight.get() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      http.stop(0);
      workers.shutdown();
      workers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      archive.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      archive.commit();
    } finally {
      closed.countDown();
    }
  }

  /** Requests being answered now; for tests. */
  int requestsInFlight() {
    return inFlight.get();
  }

  /** Requests waiting for a worker; for tests. */
  int requestsQueued() {
    return workers.getQueue().size();
  }

  @Override
  public String toString() {
    return "LedeServer[" + uri() + (closing ? ", closing]" : "]");
  }

  /** Turns exchanges into {@link Endpoints} requests, and every failure into an error answer. */
  private final class Handler implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) {
      inFlight.incrementAndGet();
      try (exchange) {
        send(exchange, answer(exchange));
      } catch (IOException e) {
        // The client went away mid-answer: nobody is left to tell.
      } finally {
        inFlight.decrementAndGet();
      }
    }

    private Response answer(HttpExchange exchange) {
      if (TURNED_AWAY.get() != null) {
        return Response.error(503, "server overloaded: every worker busy and "
            + workers.getQueue().size() + " requests queued; retry later",
            Map.of("Retry-After", "1", "Connection", "close"));
      }
      if (closing) {
        return Response.error(503, "server shutting down",
            Map.of("Retry-After", "5", "Connection", "close"));
      }
      try {
        return endpoints.answer(new ExchangeRequest(exchange));
      } catch (HttpError e) {
        Map<String, String> headers = e.status() == 413
            ? Map.of("Connection", "close") : e.headers(); // the unread rest of the body
        return Response.error(e.status(), e.getMessage(), headers);
      } catch (NoSuchElementException e) {
        return Response.error(404, e.getMessage(), Map.of());
      } catch (IllegalArgumentException e) {
        return Response.error(400, e.getMessage(), Map.of());
      } catch (IllegalStateException e) {
        return Response.error(503, "archive unavailable: " + e.getMessage(), Map.of());
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "archive error on " + describe(exchange), e);
        return Response.error(500, "archive error: " + e.getMessage(), Map.of());
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
        LOG.log(System.Logger.Level.ERROR, "failed on " + describe(exchange), e);
        return Response.error(500, "internal error (" + e.getClass().getSimpleName()
            + "); the server log has the details", Map.of());
      }
    }

    private void send(HttpExchange exchange, Response r) throws IOException {
      var headers = exchange.getResponseHeaders();
      r.headers().forEach(headers::set);
      if (r.contentType() != null) {
        headers.set("Content-Type", r.contentType());
      }
      headers.set("X-Content-Type-Options", "nosniff");
      headers.putIfAbsent("Cache-Control", java.util.List.of("no-store"));
      if (exchange.getRequestMethod().equals("HEAD")) {
        // The GET answer's head: its length, but no body (the JDK server warns in its log when
        // a HEAD answer is given a length to send, so it is set as a header instead).
        if (r.body().length > 0) {
          headers.set("Content-Length", Integer.toString(r.body().length));
        }
        exchange.sendResponseHeaders(r.status(), -1);
        return;
      }
      if (r.body().length == 0) {
        exchange.sendResponseHeaders(r.status(), -1);
        return;
      }
      exchange.sendResponseHeaders(r.status(), r.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(r.body());
      }
    }

    private String describe(HttpExchange exchange) {
      return exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
    }
  }

  /** An {@link Endpoints.Request} over a JDK exchange. */
  private record ExchangeRequest(HttpExchange exchange) implements Endpoints.Request {

    @Override
    public String method() {
      return exchange.getRequestMethod();
    }

    @Override
    public String rawPath() {
      return exchange.getRequestURI().getRawPath();
    }

    @Override
    public String rawQuery() {
      return exchange.getRequestURI().getRawQuery();
    }

    @Override
    public String header(String name) {
      return exchange.getRequestHeaders().getFirst(name);
    }

    @Override
    public byte[] body(long maxBytes) throws IOException, HttpError {
      return Requests.body(exchange, maxBytes);
    }
  }

  /**
   * Options of a {@link LedeServer}, validated as they are set; {@link #start()} checks their
   * combination. Not thread-safe; {@link #start()} does not change the builder.
   */
  public static final class Builder {
    private final ArticleAnalyzer analyzer;
    private final Archive archive;
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int queueCapacity = DEFAULT_QUEUE_CAPACITY;
    private String token;
    private long maxRequestBytes = MAX_REQUEST_BYTES;
    private Duration grace = DEFAULT_SHUTDOWN_GRACE;

    private Builder(ArticleAnalyzer analyzer, Archive archive) {
      this.analyzer = analyzer;
      this.archive = archive;
    }

    /**
     * Sets the address to bind: a loopback address by default; any other needs a
     * {@link #bearerToken}.
     *
     * @param host a host name or IP address
     * @return this builder
     * @throws NullPointerException if {@code host} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder host(String host) {
      requireNonNull(host, "host");
      if (host.isBlank()) {
        throw new IllegalArgumentException("host must not be blank");
      }
      this.host = host.strip();
      return this;
    }

    /**
     * Sets the port; 0 binds any free port ({@link #address()} tells which).
     *
     * @param port the port, in [0, 65535]
     * @return this builder
     * @throws IllegalArgumentException if the port is outside [0, 65535]
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be in [0, 65535]: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the number of worker threads; by default one per core.
     *
     * @param threads at least 1, at most {@link #MAX_THREADS}
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is below 1 or over {@link #MAX_THREADS}
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > MAX_THREADS) {
        throw new IllegalArgumentException("threads must be 1 to MAX_THREADS = " + MAX_THREADS
            + ": " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets how many requests may wait for a worker; one more is answered 503.
     *
     * @param capacity at least 1; default {@link #DEFAULT_QUEUE_CAPACITY}
     * @return this builder
     * @throws IllegalArgumentException if {@code capacity} is below 1
     */
    public Builder queueCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("queue capacity must be at least 1: " + capacity);
      }
      this.queueCapacity = capacity;
      return this;
    }

    /**
     * Sets the bearer token that writes ({@code PUT}, {@code DELETE}) must carry as
     * {@code Authorization: Bearer TOKEN}. Without one, writes are open, which only a loopback
     * host allows.
     *
     * @param token the token, surrounding white space ignored
     * @return this builder
     * @throws NullPointerException if {@code token} is null
     * @throws IllegalArgumentException if it is shorter than {@link #MIN_TOKEN_CHARS} or holds
     *     white space or control chars
     */
    public Builder bearerToken(String token) {
      requireNonNull(token, "token");
      String t = token.strip();
      if (t.length() < MIN_TOKEN_CHARS) {
        throw new IllegalArgumentException("the bearer token is " + t.length()
            + " chars, under MIN_TOKEN_CHARS = " + MIN_TOKEN_CHARS);
      }
      if (t.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
        throw new IllegalArgumentException("the bearer token must not hold white space or"
            + " control chars");
      }
      this.token = t;
      return this;
    }

    /**
     * Sets the largest request body, in bytes; 413 above it.
     *
     * @param bytes at least 1; default {@link #MAX_REQUEST_BYTES}
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is below 1 or above
     *     {@link #MAX_REQUEST_BYTES}
     */
    public Builder maxRequestBytes(long bytes) {
      if (bytes < 1 || bytes > MAX_REQUEST_BYTES) {
        throw new IllegalArgumentException("max request bytes must be in [1, MAX_REQUEST_BYTES"
            + " = " + MAX_REQUEST_BYTES + "]: " + bytes);
      }
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Sets how long {@link LedeServer#close()} lets requests in flight finish.
     *
     * @param grace zero or more; default {@link #DEFAULT_SHUTDOWN_GRACE}
     * @return this builder
     * @throws NullPointerException if {@code grace} is null
     * @throws IllegalArgumentException if it is negative
     */
    public Builder shutdownGrace(Duration grace) {
      requireNonNull(grace, "grace");
      if (grace.isNegative()) {
        throw new IllegalArgumentException("shutdown grace must not be negative: " + grace);
      }
      this.grace = grace;
      return this;
    }

    /**
     * Binds the port and starts answering.
     *
     * @return the running server; close it to stop
     * @throws IllegalStateException if the host is not a loopback address and no bearer token
     *     is set
     * @throws IOException if the host does not resolve or the port cannot be bound
     */
    public LedeServer start() throws IOException {
      InetAddress address = InetAddress.getByName(host);
      if (!address.isLoopbackAddress() && token == null) {
        throw new IllegalStateException("host " + host + " is not a loopback address: writes"
            + " would be open to the network; give a bearer token (--token-file)");
      }
      return new LedeServer(this, address);
    }
  }
}
