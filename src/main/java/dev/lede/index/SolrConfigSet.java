package dev.lede.index;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Lede's Solr configset: the schema (the embedded index's fields, analysis chain and similarity)
 * and the Solr configuration of an archive collection, shipped in the jar. Lede uploads it itself
 * when {@link ArticleIndex#openSolr} creates a collection; {@link #writeTo} writes it for
 * administrators who upload configsets themselves ({@code lede solr-config DIR}). Needs no SolrJ.
 *
 * <p>Thread-safe: stateless.
 */
public final class SolrConfigSet {

  /**
   * The configset's name in the cluster, with the archive format it holds: {@code lede-4}, whose
   * articles have their topic vectors (for {@link RelatedQuery#topicWeight}).
   */
  public static final String NAME = "lede-4";

  /**
   * The earlier archive format that related() still ranks, without the topic signal (no topic
   * vectors), as the embedded index ranks an index of an earlier format.
   */
  static final String WITHOUT_VECTORS = "lede-3";

  /**
   * The archive format a schema's name gives: N for {@code lede-N}, 0 for any other name (not
   * one of Lede's formats, or a schema before formats were numbered).
   */
  static int format(String schemaName) {
    if (schemaName != null && schemaName.matches("lede-[0-9]{1,9}")) {
      return Integer.parseInt(schemaName.substring("lede-".length()));
    }
    return 0;
  }

  /** The configset's files, as Solr expects them in a configset's root. */
  static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");

  private static final String RESOURCE_DIR = "/lede/solr/conf/";

  private SolrConfigSet() {}

  /**
   * Writes the configset's files into a directory, creating it if missing and replacing files of
   * the same names.
   *
   * @param dir the directory
   * @return the files written
   * @throws NullPointerException if {@code dir} is null
   * @throws IOException if the directory or a file cannot be written
   */
  public static List<Path> writeTo(Path dir) throws IOException {
    requireNonNull(dir, "dir");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("not a directory: " + dir);
    }
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (String name : FILES) {
      written.add(Files.write(dir.resolve(name), read(name)));
    }
    return written;
  }

  /** The configset as a zip, as Solr's configset upload takes it. */
  static byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : FILES) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(read(name));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory does not fail
    }
    return bytes.toByteArray();
  }

  private static byte[] read(String name) {
    try (InputStream in = SolrConfigSet.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE_DIR + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
