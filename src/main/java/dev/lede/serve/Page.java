package dev.lede.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page at {@code /} and its stylesheet and script, read once from the jar. Nothing it shows
 * comes from another host: the Content-Security-Policy it is served with forbids that.
 */
final class Page {

  private static final String BASE = "/dev/lede/serve/page/";

  /** Only this origin: no inline script, no fonts or scripts from elsewhere, no framing. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private final Map<String, Response> files;

  private Page(Map<String, Response> files) {
    this.files = files;
  }

  /** Loads the page's files from the classpath. */
  static Page load() {
    return new Page(Map.of(
        "/", file("index.html", "text/html; charset=utf-8"),
        "/static/lede.css", file("lede.css", "text/css; charset=utf-8"),
        "/static/lede.js", file("lede.js", "text/javascript; charset=utf-8")));
  }

  /** The file at a path, or {@code null}. */
  Response get(String path) {
    return files.get(path);
  }

  private static Response file(String name, String type) {
    try (InputStream in = Page.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("page resource " + BASE + name + " missing from the jar");
      }
      return new Response(200, type, in.readAllBytes(), Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "Cache-Control", "no-cache"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
