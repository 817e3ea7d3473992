package dev.lede.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test data: one analyzer for every server test, and articles written for this project. */
final class ServeFixtures {

  private static ArticleAnalyzer analyzer;

  private ServeFixtures() {}

  static synchronized ArticleAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = ArticleAnalyzer.builder().build();
    }
    return analyzer;
  }

  /** The text of a classpath resource. */
  static String resource(String path) {
    try (InputStream in = ServeFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The jar's sample articles (the demo's), by id, in file order. */
  static Map<String, Article> samples() {
    return parse(resource("/lede/samples/articles.txt"));
  }

  /** Short articles about Belarus written for the page test: the seed's related archive. */
  static Map<String, Article> belarusArchive() {
    return parse(resource("/dev/lede/serve/belarus-archive.txt"));
  }

  /** Blocks separated by {@code ===}: {@code key: value} header lines, a blank line, a body. */
  private static Map<String, Article> parse(String text) {
    Map<String, Article> out = new LinkedHashMap<>();
    for (String block : text.split("(?m)^===\\s*$")) {
      String[] parts = block.replaceAll("(?m)^#.*\\R?", "").strip().split("\\R\\R", 2);
      Map<String, String> h = new HashMap<>();
      for (String line : parts[0].split("\\R")) {
        int c = line.indexOf(':');
        h.put(line.substring(0, c).strip(), line.substring(c + 1).strip());
      }
      out.put(h.get("id"), new Article(h.get("title"), h.get("byline"), h.get("section"),
          h.get("published"), null, null, parts[1].strip(), 0));
    }
    return out;
  }

  /** An article as the JSON body the API takes: {@code body} and the metadata it has. */
  static Map<String, String> body(Article a) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("title", a.title());
    m.put("byline", a.byline());
    m.put("section", a.section());
    m.put("publishedAt", a.publishedAt());
    m.values().removeIf(java.util.Objects::isNull);
    m.put("body", a.body());
    return m;
  }

  /** Asserts an error answer: its status, and a one-line JSON reason without a stack trace. */
  static void assertError(Http.Answer a, int status, String reasonPart) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.header("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode json = a.json();
    assertThat(json.get("status").asInt()).isEqualTo(status);
    assertThat(json.get("error").asText()).contains(reasonPart).doesNotContain("\n")
        .doesNotContain("Exception").doesNotContain("at dev.lede");
    assertThat(json.size()).isEqualTo(2);
  }
}
