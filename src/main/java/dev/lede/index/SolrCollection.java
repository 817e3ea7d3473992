package dev.lede.index;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a SolrCloud collection is and how to create it if it does not exist: reached through
 * ZooKeeper ({@link #viaZooKeeper}) or through Solr nodes' URLs ({@link #viaUrls}), with its
 * name, for creation its number of shards and of replicas per shard, and how long the client
 * waits for the cluster ({@link #withConnectTimeout}, {@link #withAnswerTimeout}). Immutable.
 *
 * @param zkHosts ZooKeeper {@code host:port} addresses; empty when reached through URLs
 * @param zkChroot the ZooKeeper chroot ({@code /solr}), or {@code null} for none
 * @param solrUrls Solr base URLs ({@code http://host:8983/solr}); empty when reached through
 *     ZooKeeper
 * @param name the collection's name
 * @param shards shards of a collection Lede creates
 * @param replicas replicas per shard of a collection Lede creates
 * @param createIfMissing whether opening creates the collection if it does not exist (the
 *     default), or fails ({@link #existing()})
 * @param connectTimeout the longest wait for a connection to ZooKeeper or to a Solr node
 * @param answerTimeout the longest wait for the next bytes of a Solr node's answer
 */
public record SolrCollection(List<String> zkHosts, @Nullable String zkChroot,
    List<String> solrUrls, String name, int shards, int replicas, boolean createIfMissing,
    Duration connectTimeout, Duration answerTimeout) {

  /** Shards of a new collection: 2, so that the archive is split from the start. */
  public static final int DEFAULT_SHARDS = 2;

  /** Replicas per shard of a new collection: 2, so that one node can fail. */
  public static final int DEFAULT_REPLICAS = 2;

  /** The most shards or replicas per shard accepted: 1,024, far beyond a newsroom cluster. */
  public static final int MAX_SHARDS_OR_REPLICAS = 1_024;

  /**
   * Longest wait for a connection to ZooKeeper or to a Solr node: 15 seconds, then the cluster
   * counts as unreachable (a connection on a working network takes milliseconds).
   */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);

  /**
   * Longest wait for the next bytes of a Solr node's answer: 60 seconds, then the request
   * fails; without it a node that takes the connection and never answers (hung, or a proxy in
   * front of a dead one) blocks the caller for as long as SolrJ retries. A minute is far above
   * a healthy node's pause (a large batch's commit, a merge).
   */
  public static final Duration DEFAULT_ANSWER_TIMEOUT = Duration.ofSeconds(60);

  /** The shortest time-out accepted: 1 millisecond (SolrJ counts in them; 0 means never). */
  public static final Duration MIN_TIMEOUT = Duration.ofMillis(1);

  /** The longest time-out accepted: 1 day (SolrJ's ZooKeeper time-out is an int of millis). */
  public static final Duration MAX_TIMEOUT = Duration.ofDays(1);

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a list, a list element, the name or a time-out is null
   * @throws IllegalArgumentException if neither or both of ZooKeeper hosts and URLs are given,
   *     the name is not a valid collection name (letters, digits, {@code . _ -}, not starting
   *     with {@code -}, not dots alone), shards or replicas are outside [1, {@link #MAX_SHARDS_OR_REPLICAS}],
   *     or a time-out is outside [{@link #MIN_TIMEOUT}, {@link #MAX_TIMEOUT}]
   */
  public SolrCollection {
    zkHosts = List.copyOf(requireNonNull(zkHosts, "zkHosts"));
    solrUrls = List.copyOf(requireNonNull(solrUrls, "solrUrls"));
    requireNonNull(name, "name");
    requireNonNull(connectTimeout, "connectTimeout");
    requireNonNull(answerTimeout, "answerTimeout");
    checkTimeout(connectTimeout, "connectTimeout");
    checkTimeout(answerTimeout, "answerTimeout");
    if (zkHosts.isEmpty() == solrUrls.isEmpty()) {
      throw new IllegalArgumentException(
          "give either ZooKeeper hosts or Solr URLs, not both and not neither");
    }
    // "." and ".." pass Solr's own check but, as a URL path segment, name the parent path
    if (!name.matches("[A-Za-z0-9._][A-Za-z0-9._-]*") || name.matches("\\.+")) {
      throw new IllegalArgumentException("not a valid collection name (letters, digits, . _ -,"
          + " not starting with -, not dots alone): '" + name + "'");
    }
    if (shards < 1 || shards > MAX_SHARDS_OR_REPLICAS) {
      throw new IllegalArgumentException("shards must be in [1, MAX_SHARDS_OR_REPLICAS = "
          + MAX_SHARDS_OR_REPLICAS + "]: " + shards);
    }
    if (replicas < 1 || replicas > MAX_SHARDS_OR_REPLICAS) {
      throw new IllegalArgumentException("replicas must be in [1, MAX_SHARDS_OR_REPLICAS = "
          + MAX_SHARDS_OR_REPLICAS + "]: " + replicas);
    }
  }

  private static void checkTimeout(Duration timeout, String option) {
    if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException(option + " must be in [MIN_TIMEOUT = 1 ms,"
          + " MAX_TIMEOUT = 1 day]: " + timeout);
    }
  }

  /**
   * A collection with the default time-outs ({@link #DEFAULT_CONNECT_TIMEOUT},
   * {@link #DEFAULT_ANSWER_TIMEOUT}).
   *
   * @throws NullPointerException if a list, a list element or the name is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public SolrCollection(List<String> zkHosts, @Nullable String zkChroot, List<String> solrUrls,
      String name, int shards, int replicas, boolean createIfMissing) {
    this(zkHosts, zkChroot, solrUrls, name, shards, replicas, createIfMissing,
        DEFAULT_CONNECT_TIMEOUT, DEFAULT_ANSWER_TIMEOUT);
  }

  /**
   * A collection that opening creates if it is missing, with the default time-outs.
   *
   * @throws NullPointerException if a list, a list element or the name is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public SolrCollection(List<String> zkHosts, @Nullable String zkChroot, List<String> solrUrls,
      String name, int shards, int replicas) {
    this(zkHosts, zkChroot, solrUrls, name, shards, replicas, true);
  }

  /**
   * A collection reached through ZooKeeper, as Solr's own tools write it.
   *
   * @param connectString {@code host:port[,host:port...][/chroot]}
   * @param name the collection's name
   * @return the collection, with {@link #DEFAULT_SHARDS}, {@link #DEFAULT_REPLICAS} and the
   *     default time-outs
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the connect string holds no host, or the name is invalid
   */
  public static SolrCollection viaZooKeeper(String connectString, String name) {
    requireNonNull(connectString, "connectString");
    requireNonNull(name, "name");
    String hosts = connectString.strip();
    String chroot = null;
    int slash = hosts.indexOf('/');
    if (slash >= 0) {
      chroot = hosts.substring(slash);
      hosts = hosts.substring(0, slash);
      if (chroot.equals("/")) {
        chroot = null;
      }
    }
    List<String> list = Splitter.on(',').trimResults().omitEmptyStrings().splitToList(hosts);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("no ZooKeeper host in '" + connectString + "'");
    }
    return new SolrCollection(list, chroot, List.of(), name, DEFAULT_SHARDS, DEFAULT_REPLICAS);
  }

  /**
   * A collection reached through the base URLs of one or more Solr nodes.
   *
   * @param urls base URLs, {@code http://host:8983/solr}
   * @param name the collection's name
   * @return the collection, with {@link #DEFAULT_SHARDS}, {@link #DEFAULT_REPLICAS} and the
   *     default time-outs
   * @throws NullPointerException if an argument or a URL is null
   * @throws IllegalArgumentException if there is no URL or a URL is not http(s), or the name is
   *     invalid
   */
  public static SolrCollection viaUrls(List<String> urls, String name) {
    requireNonNull(urls, "urls");
    requireNonNull(name, "name");
    for (String u : urls) {
      requireNonNull(u, "url");
      if (!u.startsWith("http://") && !u.startsWith("https://")) {
        throw new IllegalArgumentException("not an http(s) URL: '" + u + "'");
      }
    }
    return new SolrCollection(List.of(), null, urls, name, DEFAULT_SHARDS, DEFAULT_REPLICAS);
  }

  /**
   * The same collection, created with other numbers of shards and replicas if it is missing.
   *
   * @param shards shards, in [1, {@link #MAX_SHARDS_OR_REPLICAS}]
   * @param replicas replicas per shard, in [1, {@link #MAX_SHARDS_OR_REPLICAS}]
   * @return the new value
   * @throws IllegalArgumentException if a number is out of range
   */
  public SolrCollection withLayout(int shards, int replicas) {
    return new SolrCollection(zkHosts, zkChroot, solrUrls, name, shards, replicas,
        createIfMissing, connectTimeout, answerTimeout);
  }

  /**
   * The same collection, never created: opening it fails if it does not exist. For readers,
   * which should not create a collection of a mistyped name on the cluster.
   *
   * @return the new value
   */
  public SolrCollection existing() {
    return new SolrCollection(zkHosts, zkChroot, solrUrls, name, shards, replicas, false,
        connectTimeout, answerTimeout);
  }

  /**
   * The same collection, whose client waits at most this long for a connection to ZooKeeper
   * or to a Solr node, then counts the cluster as unreachable ({@link #DEFAULT_CONNECT_TIMEOUT}
   * unless set).
   *
   * @param timeout in [{@link #MIN_TIMEOUT}, {@link #MAX_TIMEOUT}]
   * @return the new value
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if {@code timeout} is out of range
   */
  public SolrCollection withConnectTimeout(Duration timeout) {
    return new SolrCollection(zkHosts, zkChroot, solrUrls, name, shards, replicas,
        createIfMissing, requireNonNull(timeout, "timeout"), answerTimeout);
  }

  /**
   * The same collection, whose client waits at most this long for the next bytes of a Solr
   * node's answer, then fails the call with an {@code IOException}
   * ({@link #DEFAULT_ANSWER_TIMEOUT} unless set). Raise it for a cluster that may pause longer
   * (large batches on slow disks); lower it so that a hung node fails callers sooner.
   *
   * @param timeout in [{@link #MIN_TIMEOUT}, {@link #MAX_TIMEOUT}]
   * @return the new value
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if {@code timeout} is out of range
   */
  public SolrCollection withAnswerTimeout(Duration timeout) {
    return new SolrCollection(zkHosts, zkChroot, solrUrls, name, shards, replicas,
        createIfMissing, connectTimeout, requireNonNull(timeout, "timeout"));
  }

  /** How the cluster is reached, for messages: the ZooKeeper connect string or the URLs. */
  String address() {
    return zkHosts.isEmpty() ? String.join(",", solrUrls)
        : String.join(",", zkHosts) + (zkChroot == null ? "" : zkChroot);
  }
}
