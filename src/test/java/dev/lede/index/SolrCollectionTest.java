package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SolrCollectionTest {

  @Test
  void viaZooKeeper_hostsAndChroot() {
    SolrCollection c = SolrCollection.viaZooKeeper(" zk1:2181, zk2:2181 ,zk3:2181/solr/news ",
        "archive");
    assertThat(c.zkHosts()).containsExactly("zk1:2181", "zk2:2181", "zk3:2181");
    assertThat(c.zkChroot()).isEqualTo("/solr/news");
    assertThat(c.solrUrls()).isEmpty();
    assertThat(c.shards()).isEqualTo(SolrCollection.DEFAULT_SHARDS);
    assertThat(c.replicas()).isEqualTo(SolrCollection.DEFAULT_REPLICAS);
    assertThat(c.address()).isEqualTo("zk1:2181,zk2:2181,zk3:2181/solr/news");
    assertThat(SolrCollection.viaZooKeeper("zk1:2181/", "a").zkChroot()).isNull();
  }

  @Test
  void viaUrls_andLayout() {
    SolrCollection c = SolrCollection.viaUrls(List.of("http://s1:8983/solr",
        "https://s2:8983/solr"), "news").withLayout(4, 3);
    assertThat(c.zkHosts()).isEmpty();
    assertThat(c.shards()).isEqualTo(4);
    assertThat(c.replicas()).isEqualTo(3);
    assertThat(c.address()).isEqualTo("http://s1:8983/solr,https://s2:8983/solr");
  }

  @Test
  void existing_keepsTheRestAndNeverCreates() {
    SolrCollection c = SolrCollection.viaUrls(List.of("http://s1:8983/solr"), "news");
    assertThat(c.createIfMissing()).isTrue();
    SolrCollection e = c.withLayout(3, 1).existing();
    assertThat(e.createIfMissing()).isFalse();
    assertThat(e.withLayout(2, 2).createIfMissing()).isFalse();
    assertThat(e).isEqualTo(new SolrCollection(List.of(), null, List.of("http://s1:8983/solr"),
        "news", 3, 1, false));
    assertThat(new SolrCollection(List.of("zk:2181"), null, List.of(), "news", 1, 1)
        .createIfMissing()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-news", "news archive", "news/2025", "nëws", ".", "..", "..."})
  void name_invalid(String name) {
    assertThatThrownBy(() -> SolrCollection.viaZooKeeper("zk:2181", name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid collection name");
  }

  @ParameterizedTest
  @CsvSource({"0, 1, shards", "1, 0, replicas", "1025, 1, shards", "1, 1025, replicas"})
  void layout_outOfRange_namesTheLimit(int shards, int replicas, String what) {
    SolrCollection c = SolrCollection.viaZooKeeper("zk:2181", "news");
    assertThatThrownBy(() -> c.withLayout(shards, replicas))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(what + " must be in [1, MAX_SHARDS_OR_REPLICAS = 1024]");
  }

  @Test
  void timeouts_defaultsThenSetAndKeptByTheOtherWithers() {
    SolrCollection c = SolrCollection.viaZooKeeper("zk:2181", "news");
    assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(15))
        .isEqualTo(SolrCollection.DEFAULT_CONNECT_TIMEOUT);
    assertThat(c.answerTimeout()).isEqualTo(Duration.ofSeconds(60))
        .isEqualTo(SolrCollection.DEFAULT_ANSWER_TIMEOUT);
    SolrCollection set = c.withConnectTimeout(Duration.ofSeconds(3))
        .withAnswerTimeout(Duration.ofMinutes(5)).withLayout(3, 1).existing();
    assertThat(set.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(set.answerTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(set.withAnswerTimeout(SolrCollection.MAX_TIMEOUT).answerTimeout())
        .isEqualTo(Duration.ofDays(1));
    assertThat(set.withConnectTimeout(SolrCollection.MIN_TIMEOUT).connectTimeout())
        .isEqualTo(Duration.ofMillis(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT-1S", "PT0.0009S", "PT24H0.001S", "PT2562047788015215H"})
  void timeouts_outOfRange_nameTheOption(String duration) {
    SolrCollection c = SolrCollection.viaUrls(List.of("http://s1:8983/solr"), "news");
    Duration d = Duration.parse(duration);
    assertThatThrownBy(() -> c.withConnectTimeout(d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connectTimeout must be in [MIN_TIMEOUT = 1 ms,"
            + " MAX_TIMEOUT = 1 day]: ");
    assertThatThrownBy(() -> c.withAnswerTimeout(d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("answerTimeout must be in [MIN_TIMEOUT = 1 ms,");
    assertThatThrownBy(() -> c.withAnswerTimeout(null))
        .isInstanceOf(NullPointerException.class).hasMessage("timeout");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " , ", "/solr"})
  void viaZooKeeper_noHost(String connect) {
    assertThatThrownBy(() -> SolrCollection.viaZooKeeper(connect, "news"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no ZooKeeper host");
  }

  @Test
  void viaUrls_notHttpOrEmpty() {
    assertThatThrownBy(() -> SolrCollection.viaUrls(List.of("solr1:8983"), "news"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an http(s) URL");
    assertThatThrownBy(() -> SolrCollection.viaUrls(List.of(), "news"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("either ZooKeeper hosts or Solr URLs");
  }

  @Test
  void nulls_nameTheParameter() {
    assertThatThrownBy(() -> SolrCollection.viaZooKeeper(null, "n"))
        .isInstanceOf(NullPointerException.class).hasMessage("connectString");
    assertThatThrownBy(() -> SolrCollection.viaZooKeeper("zk:2181", null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> SolrCollection.viaUrls(null, "n"))
        .isInstanceOf(NullPointerException.class).hasMessage("urls");
    assertThatThrownBy(() -> ArticleIndex.openSolr(null, Fixtures.analyzer()))
        .isInstanceOf(NullPointerException.class).hasMessage("collection");
  }

  @Test
  void configSet_writtenFilesMatchTheEmbeddedFields(@TempDir Path tmp) throws Exception {
    List<Path> files = SolrConfigSet.writeTo(tmp.resolve("conf"));
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("schema.xml", "solrconfig.xml");
    String schema = Files.readString(tmp.resolve("conf/schema.xml"));
    for (String field : List.of(Documents.ID, Documents.TEXT, Documents.TOPIC, Documents.TITLE,
        Documents.NAMES, Documents.BODY, Documents.ENTITY, Documents.ENTITY_STORED,
        Documents.DEMONYM, Documents.KEYWORD, Documents.SECTION, Documents.SECTION_KEY,
        Documents.LANGUAGE, Documents.PUBLISHED, Documents.DATE, Documents.URL,
        Documents.BYLINE, Documents.SIMHASH, Documents.VECTOR)) {
      assertThat(schema).as(field).contains("<field name=\"" + field + "\"");
    }
    // the topic vectors' dimension and similarity, as the embedded index holds them
    assertThat(schema).contains("vectorDimension=\"" + TopicVectors.shared().dimension() + "\"")
        .contains("similarityFunction=\"cosine\"");
    assertThat(schema).contains("org.apache.lucene.analysis.en.EnglishAnalyzer");
    assertThat(Files.readString(tmp.resolve("conf/solrconfig.xml")))
        .contains("<updateLog>").contains("ExactStatsCache");
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThatThrownBy(() -> SolrConfigSet.writeTo(file))
        .isInstanceOf(java.io.IOException.class).hasMessageStartingWith("not a directory");
  }
}
