package dev.lede.bench;

import dev.lede.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * {@code eval-related --backend solr} against a SolrCloud started in this JVM (2 Jetty nodes and
 * ZooKeeper; Lede creates the collection, 2 shards x 2 replicas). A test-scope main because the
 * in-JVM cluster ({@code solr-test-framework}, which brings Solr itself) is a test dependency:
 * the product's jar holds only SolrJ, the client. Against a real cluster, run {@code lede
 * eval-related --backend solr --solr ZK --collection C} instead.
 *
 * <pre>
 * mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Djava.security.egd=file:/dev/./urandom \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) dev.lede.bench.SolrEvalRelated \
 *     --corpus ecbplus|reuters [--max-docs N] [--no-entities] [--threads N] [FILE]
 * </pre>
 */
public final class SolrEvalRelated {

  private SolrEvalRelated() {}

  public static void main(String[] args) throws Exception {
    Path base = Files.createTempDirectory("lede-solr-eval");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, base).build();
    int code;
    try {
      List<String> argv = new ArrayList<>(List.of("eval-related", "--backend", "solr", "--solr",
          cluster.getZkServer().getZkAddress(), "--collection", "eval"));
      argv.addAll(List.of(args));
      code = Main.run(argv, System.out, System.err);
    } finally {
      cluster.shutdown();
      org.apache.lucene.util.IOUtils.rm(base);
    }
    System.exit(code);
  }
}
