package dev.lede.cli;

import dev.lede.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.serve.LedeServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code serve}: Lede's JSON API and page over HTTP, with the models loaded once. Runs until
 * stopped (Ctrl+C or SIGTERM), then finishes the requests in flight and commits the archive.
 */
final class ServeCommand implements Command {

  /** Options with a value (it has no flags); {@link #usage()} names each (a test checks it). */
  static final Set<String> VALUED =
      Archives.optionsWith("host", "port", "token-file", "threads", "queue", "wpm");

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String usage() {
    return "serve [--index DIR | --solr ZKHOST[,ZKHOST...][/chroot] --collection NAME"
        + " | --solr-url URL[,URL...] --collection NAME [--shards N] [--replicas N]"
        + " [--solr-connect-timeout SECONDS] [--solr-answer-timeout SECONDS]]"
        + " [--host 127.0.0.1] [--port 8080]"
        + " [--token-file F] [--threads N] [--queue N] [--wpm N]";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of(), VALUED);
    if (!args.positional().isEmpty()) {
      throw new UsageException("unexpected argument: " + args.positional().get(0));
    }
    int port = args.intOption("port", LedeServer.DEFAULT_PORT, 0, 65_535);
    int threads = args.intOption("threads", Runtime.getRuntime().availableProcessors(), 1,
        LedeServer.MAX_THREADS);
    int queue = args.intOption("queue", LedeServer.DEFAULT_QUEUE_CAPACITY, 1);
    int wpm = args.intOption("wpm",
        dev.lede.reading.ReadingTimeEstimator.DEFAULT_WORDS_PER_MINUTE, 1);
    String host = args.option("host", LedeServer.DEFAULT_HOST);
    String tokenFile = args.option("token-file", null);
    String token = tokenFile == null ? null : readToken(tokenFile);
    boolean inMemory = args.option("index", null) == null && args.option("solr", null) == null
        && args.option("solr-url", null) == null;
    for (String option : Archives.SOLR_ONLY) {
      if (inMemory && args.option(option, null) != null) {
        throw new UsageException("--" + option + " goes with --solr or --solr-url");
      }
    }
    if (token == null && !InetAddress.getByName(host).isLoopbackAddress()) {
      // Checked before the models load: LedeServer refuses too, but seconds later.
      throw new UsageException("--host " + host + " is not a loopback address: give"
          + " --token-file F, whose token writes (PUT, DELETE) must then carry");
    }

    ArticleAnalyzer analyzer = ArticleAnalyzer.builder().wordsPerMinute(wpm).build();
    // Opened before the server starts: a directory, a SolrCloud collection, or memory.
    ArticleIndex index = inMemory ? ArticleIndex.inMemory(analyzer)
        : Archives.open(args, analyzer);
    LedeServer server;
    try {
      LedeServer.Builder builder = LedeServer.builder(analyzer, index)
          .host(host).port(port).threads(threads).queueCapacity(queue);
      if (token != null) {
        builder.bearerToken(token);
      }
      server = builder.start();
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
    AtomicBoolean stopped = new AtomicBoolean();
    Thread stop = new Thread(() -> shutDown(server, index, stopped, err), "lede-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);
    err.println("lede serve: listening on " + server.uri() + " (archive: "
        + (inMemory ? "in memory, lost on exit; give --index DIR to keep it"
            : Archives.describe(args))
        + "; writes " + (token == null ? "open to this machine only" : "need the bearer token")
        + "); Ctrl+C stops");
    server.awaitClose();
    shutDown(server, index, stopped, err);
    return 0;
  }

  /** Closes the server (which commits the archive) and then the archive, once. */
  private static void shutDown(LedeServer server, ArticleIndex index, AtomicBoolean stopped,
      PrintStream err) {
    if (stopped.getAndSet(true)) {
      return;
    }
    try {
      server.close();
      index.close();
      err.println("lede serve: stopped; archive committed");
    } catch (IOException | RuntimeException e) {
      err.println("lede serve: on shutdown: " + Main.oneLine(e));
    }
  }

  /** The token: the file's content without surrounding white space. */
  private static String readToken(String file) throws IOException, UsageException {
    String token;
    try {
      token = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      throw new UsageException("--token-file: no such file: " + file);
    }
    if (token.length() < LedeServer.MIN_TOKEN_CHARS) {
      throw new UsageException("--token-file " + file + " holds " + token.length()
          + " chars; a token needs at least " + LedeServer.MIN_TOKEN_CHARS);
    }
    return token;
  }
}
