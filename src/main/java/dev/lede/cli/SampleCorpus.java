package dev.lede.cli;

import dev.lede.extract.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample articles bundled in the jar ({@code /lede/samples/articles.txt}): short news
 * stories written for this project, on several topics, with follow-ups of the same events.
 */
final class SampleCorpus {

  static final String RESOURCE = "/lede/samples/articles.txt";

  /** One sample article and its id. */
  record Sample(String id, Article article) {}

  private SampleCorpus() {}

  /**
   * Reads the bundled samples.
   *
   * @throws IOException if the resource is missing or malformed
   */
  static List<Sample> load() throws IOException {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("sample corpus " + RESOURCE + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Parses the sample format: blocks separated by a line {@code ===}; each block holds header
   * lines {@code key: value}, a blank line, then the body. Lines starting with {@code #} before
   * the first block are comments.
   */
  static List<Sample> parse(String text) throws IOException {
    List<Sample> samples = new ArrayList<>();
    for (String block : text.split("(?m)^===\\s*$")) {
      String[] lines = block.replaceAll("(?m)^#.*\\R?", "").strip().split("\\R", -1);
      Map<String, String> header = new HashMap<>();
      int i = 0;
      for (; i < lines.length && !lines[i].isBlank(); i++) {
        String line = lines[i];
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IOException("sample header line without 'key:': " + line);
        }
        header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
      if (header.isEmpty()) {
        continue;
      }
      String body = String.join("\n", java.util.Arrays.asList(lines).subList(i, lines.length))
          .strip();
      String id = header.get("id");
      if (id == null || body.isEmpty()) {
        throw new IOException("sample without id or body: " + header);
      }
      samples.add(new Sample(id, new Article(header.get("title"), header.get("byline"),
          header.get("section"), header.get("published"), null, null, body, 0)));
    }
    return samples;
  }
}
