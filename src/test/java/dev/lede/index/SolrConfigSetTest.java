package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configset as SolrArchive uploads it (a zip), read back without a cluster. */
final class SolrConfigSetTest {

  @Test
  void zip_holdsEachFileOnceWithTheResourceBytes() throws IOException {
    Map<String, byte[]> entries = unzip(SolrConfigSet.zip());
    assertThat(entries.keySet()).containsExactly("schema.xml", "solrconfig.xml");
    for (String name : List.of("schema.xml", "solrconfig.xml")) {
      assertThat(entries.get(name)).as(name).isNotEmpty().isEqualTo(resource(name));
    }
  }

  @Test
  void zip_sameBytesAsTheFilesWrittenForAdministrators(@TempDir Path dir) throws IOException {
    Map<String, byte[]> entries = unzip(SolrConfigSet.zip());
    List<Path> written = SolrConfigSet.writeTo(dir);
    List<String> names = new ArrayList<>();
    for (Path file : written) {
      String name = file.getFileName().toString();
      names.add(name);
      assertThat(entries.get(name)).as(name).isEqualTo(Files.readAllBytes(file));
    }
    assertThat(names).containsExactlyElementsOf(entries.keySet());
  }

  @Test
  void format_ofSchemaNames() {
    assertThat(SolrConfigSet.format(SolrConfigSet.NAME)).isEqualTo(4);
    assertThat(SolrConfigSet.format("lede-12")).isEqualTo(12);
    assertThat(SolrConfigSet.format("lede-2")).isEqualTo(2);
    // not Lede's numbered formats, and a number too long to be one
    assertThat(SolrConfigSet.format("plain")).isZero();
    assertThat(SolrConfigSet.format("lede-")).isZero();
    assertThat(SolrConfigSet.format("lede-4b")).isZero();
    assertThat(SolrConfigSet.format("lede-99999999999")).isZero();
    assertThat(SolrConfigSet.format(null)).isZero();
  }

  /** Every entry of a zip, in order; a zip with a broken entry fails to read. */
  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertThat(entries.put(e.getName(), in.readAllBytes())).as(e.getName()).isNull();
      }
    }
    return entries;
  }

  /** A configset file as the jar holds it, read here independently of the class under test. */
  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SolrConfigSetTest.class.getResourceAsStream("/lede/solr/conf/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
