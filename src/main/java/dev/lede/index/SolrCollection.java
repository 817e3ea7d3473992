package dev.lede.index;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a SolrCloud collection is and how to create it if it does not exist: reached through
 * ZooKeeper ({@link #viaZooKeeper}) or through Solr nodes' URLs ({@link #viaUrls}), with its
 * name and, for creation, its number of shards and of replicas per shard. Immutable.
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
 */
public record SolrCollection(List<String> zkHosts, @Nullable String zkChroot,
    List<String> solrUrls, String name, int shards, int replicas, boolean createIfMissing) {

  /** Shards of a new collection: 2, so that the archive is split from the start. */
  public static final int DEFAULT_SHARDS = 2;

  /** Replicas per shard of a new collection: 2, so that one node can fail. */
  public static final int DEFAULT_REPLICAS = 2;

  /** The most shards or replicas per shard accepted: 1,024, far beyond a newsroom cluster. */
  public static final int MAX_SHARDS_OR_REPLICAS = 1_024;

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a list, a list element or the name is null
   * @throws IllegalArgumentException if neither or both of ZooKeeper hosts and URLs are given,
   *     the name is not a valid collection name (letters, digits, {@code . _ -}, not starting
   *     with {@code -}, not dots alone), or shards or replicas are outside [1, {@link #MAX_SHARDS_OR_REPLICAS}]
   */
  public SolrCollection {
    zkHosts = List.copyOf(requireNonNull(zkHosts, "zkHosts"));
    solrUrls = List.copyOf(requireNonNull(solrUrls, "solrUrls"));
    requireNonNull(name, "name");
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

  /**
   * A collection that opening creates if it is missing.
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
   * @return the collection, with {@link #DEFAULT_SHARDS} and {@link #DEFAULT_REPLICAS}
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
   * @return the collection, with {@link #DEFAULT_SHARDS} and {@link #DEFAULT_REPLICAS}
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
        createIfMissing);
  }

  /**
   * The same collection, never created: opening it fails if it does not exist. For readers,
   * which should not create a collection of a mistyped name on the cluster.
   *
   * @return the new value
   */
  public SolrCollection existing() {
    return new SolrCollection(zkHosts, zkChroot, solrUrls, name, shards, replicas, false);
  }

  /** How the cluster is reached, for messages: the ZooKeeper connect string or the URLs. */
  String address() {
    return zkHosts.isEmpty() ? String.join(",", solrUrls)
        : String.join(",", zkHosts) + (zkChroot == null ? "" : zkChroot);
  }
}
