package dev.lede.serve;

import dev.lede.index.ArticleIndex;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A test's server: an in-memory archive with a server over it on a loopback port, and any more
 * servers the test starts, all closed by {@link #close}. Not thread-safe: one per test.
 */
final class ServerHarness implements AutoCloseable {

  private final List<AutoCloseable> open = new ArrayList<>();
  private final ArticleIndex index;
  private final LedeServer server;

  ServerHarness() throws IOException {
    index = ArticleIndex.inMemory(ServeFixtures.analyzer());
    server = started(index, b -> { });
  }

  ArticleIndex index() {
    return index;
  }

  LedeServer server() {
    return server;
  }

  /** Starts one more server, on any free port, with two workers; closed with the harness. */
  LedeServer started(ArticleIndex on, Consumer<LedeServer.Builder> options) throws IOException {
    LedeServer.Builder b = LedeServer.builder(ServeFixtures.analyzer(), on).port(0).threads(2)
        .shutdownGrace(Duration.ofSeconds(5));
    options.accept(b);
    LedeServer s = b.start();
    open.add(s);
    return s;
  }

  @Override
  public void close() throws Exception {
    server.close();
    index.close();
    for (AutoCloseable c : open) {
      c.close();
    }
  }
}
