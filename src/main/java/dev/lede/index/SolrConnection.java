package dev.lede.index;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.jspecify.annotations.Nullable;

/**
 * How {@link SolrArchive} reaches a SolrCloud cluster, and why it could not: SolrJ's client for
 * a {@link SolrCollection}, with its time-outs, and the failure to reach the cluster told in the
 * user's terms (what a node's URL answered, a ZooKeeper chroot without Solr's state), where
 * SolrJ's own message names no cause.
 *
 * <p>Thread-safe: stateless.
 */
final class SolrConnection {

  private SolrConnection() {}

  /**
   * The builder of SolrJ's HTTP client, with the target's time-outs; its HTTP version is SolrJ's
   * default (HTTP/2, or HTTP/1.1 if the system property {@code solr.http1} is true).
   */
  static Http2SolrClient.Builder httpClient(SolrCollection target) {
    return new Http2SolrClient.Builder()
        .withConnectionTimeout(target.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .withIdleTimeout(target.answerTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A cloud client of the target that sends its requests with this HTTP client. */
  static CloudSolrClient cloudClient(SolrCollection target, Http2SolrClient.Builder http) {
    // The cluster-state requests of a client reached through URLs go through this client too.
    return (target.zkHosts().isEmpty()
        ? new CloudSolrClient.Builder(target.solrUrls())
        : new CloudSolrClient.Builder(target.zkHosts(), Optional.ofNullable(target.zkChroot()))
            .withZkConnectTimeout(Math.toIntExact(target.connectTimeout().toMillis()),
                TimeUnit.MILLISECONDS))
        .withInternalClientBuilder(http)
        .build();
  }

  /**
   * The failure to reach the cluster: through URLs, what the first node that answered with an
   * error said, if one did (SolrJ's own message then names no cause); else SolrJ's reason, and
   * what a URL answered with success, if one did.
   */
  static Unreachable unreachable(SolrCollection target, Exception e) {
    String message = "cannot reach SolrCloud at " + target.address() + ": ";
    Optional<String> missing = missingClusterState(e);
    if (!target.zkHosts().isEmpty() && missing.isPresent()) {
      IOException out = new IOException(message + "no Solr cluster state under the ZooKeeper "
          + (target.zkChroot() == null ? "root (no chroot given)"
              : "chroot " + target.zkChroot())
          + " (ZooKeeper answered, but has no " + missing.get() + " there); check the chroot:"
          + " the path after the hosts in Solr's ZK_HOST, such as /solr");
      out.addSuppressed(e);
      return new Unreachable(out, null);
    }
    String answered = null;
    for (String url : target.solrUrls()) {
      Optional<SolrNodeCheck.Answer> said = SolrNodeCheck.ask(url, target.connectTimeout(),
          target.answerTimeout());
      if (said.isPresent() && !said.get().success()) {
        IOException out = new IOException(message + said.get().message());
        out.addSuppressed(e);
        return new Unreachable(out, null);
      }
      if (said.isPresent() && answered == null) {
        answered = said.get().message();
      }
    }
    return new Unreachable(SolrArchive.failure(message, e), answered);
  }

  /**
   * SolrJ's words when ZooKeeper answers but lacks a node of Solr's cluster state under the
   * chroot (SolrJ 9.10.1's {@code ZkStateReader}: "Cannot connect to cluster at HOSTS/CHROOT:
   * cluster not found/not ready. Expected node '/aliases.json' does not exist."), which SolrJ
   * throws as a plain {@code SolrException}, without the ZooKeeper exception as its cause.
   */
  private static final Pattern NO_CLUSTER_STATE = Pattern.compile(
      "cluster not found/not ready\\. Expected node '([^']*)' does not exist");

  /** The node of Solr's cluster state that ZooKeeper lacks, as a failure says, if it does. */
  static Optional<String> missingClusterState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = NO_CLUSTER_STATE.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** The cluster could not be reached. */
  static final class Unreachable extends IOException {

    /** What a URL answered with success to a plain HTTP/1.1 request, or null if none did. */
    final @Nullable String answered;

    /** The failure, with its message, cause and suppressed exceptions. */
    Unreachable(IOException failure, @Nullable String answered) {
      super(failure.getMessage(), failure.getCause());
      for (Throwable t : failure.getSuppressed()) {
        addSuppressed(t);
      }
      this.answered = answered;
    }
  }
}
