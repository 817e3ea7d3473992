package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SolrJ is optional: the embedded index works in a JVM whose classpath has no Solr at all. */
@Tag("process")
final class WithoutSolrJTest {

  /** What SolrJ brings: Solr itself, its HTTP client (Jetty), ZooKeeper and Netty. */
  private static final List<String> SOLR_PARTS = List.of("/org/apache/solr/",
      "/org/eclipse/jetty/", "/org/apache/zookeeper/", "/io/netty/");

  @Test
  void embeddedIndex_noSolrOnTheClasspath_indexesAndRelates(@TempDir Path tmp)
      throws Exception {
    String classpath = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator))
        .filter(entry -> SOLR_PARTS.stream()
            .noneMatch(part -> entry.replace(File.separatorChar, '/').contains(part)))
        .collect(Collectors.joining(File.pathSeparator));
    assertThat(classpath).doesNotContain("solr-solrj");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", classpath, EmbeddedOnly.class.getName(), tmp.resolve("idx").toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output.lines().filter(l -> l.startsWith("related ")).findFirst())
        .as(output).contains("related strike");
  }
}
