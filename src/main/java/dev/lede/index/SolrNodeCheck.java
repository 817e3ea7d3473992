package dev.lede.index;

import com.google.common.collect.Comparators;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * What a Solr node's URL answers when SolrJ cannot reach the cluster through it: SolrJ's cloud
 * client then says only "Failed fetching live_nodes", whatever the node said (a proxy's login
 * page, a 404 for a path that is no Solr's, a 502 for a dead node behind a proxy). One plain
 * HTTP/1.1 request, made only after the failure, tells the user which; an answer of success
 * says that the URL speaks HTTP/1.1, where SolrJ spoke HTTP/2.
 *
 * <p>Thread-safe: stateless.
 */
final class SolrNodeCheck {

  /** The longest wait of the check: 5 s, as an error page comes at once or not at all. */
  static final Duration MAX_WAIT = Duration.ofSeconds(5);

  /** The most of an answer read: 64 KB, far more than an error page's title needs. */
  private static final int MAX_BODY_BYTES = 64 * 1024;

  /** The longest excerpt of the page quoted: 100 chars. */
  private static final int MAX_QUOTE_CHARS = 100;

  /** The path asked: the node's system information, which any Solr node answers. */
  static final String PATH = "/admin/info/system";

  private SolrNodeCheck() {}

  /**
   * A node's answer to the check.
   *
   * @param status the HTTP status
   * @param message for an error or a redirect, what to tell the user: "HTTP 401 (401
   *     Authorization Required) from URL/admin/info/system"; for a success, "HTTP 200 from
   *     URL/admin/info/system"
   */
  record Answer(int status, String message) {

    /** Whether the status is a success (2xx). */
    boolean success() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * What the node at this base URL answered to one plain HTTP/1.1 request; empty if it did not
   * answer (then SolrJ's own reason stands).
   */
  static Optional<Answer> ask(String baseUrl, Duration connect, Duration answer) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1) // what a proxy in front of Solr surely speaks
        .connectTimeout(Comparators.min(connect, MAX_WAIT))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(base + PATH + "?wt=json"))
          .timeout(Comparators.min(answer, MAX_WAIT)).GET().build();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a URL the JDK takes; SolrJ's reason says more
    }
    try {
      HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      int status = r.statusCode();
      String page;
      try (InputStream in = r.body()) {
        page = new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
      }
      String said = status >= 200 && status < 300 ? ""
          : status >= 300 && status < 400
              ? r.headers().firstValue("Location").map(l -> "to " + l).orElse("")
              : quote(page, r.headers().firstValue("Content-Type").orElse(""));
      return Optional.of(new Answer(status, "HTTP " + status
          + (said.isEmpty() ? "" : " (" + said + ")") + " from " + base + PATH));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** An HTML page's title, else its text, else a text answer's first line; cut short. */
  private static String quote(String page, String contentType) {
    String said;
    if (contentType.contains("html") || page.stripLeading().startsWith("<")) {
      org.jsoup.nodes.Document d = Jsoup.parse(page);
      said = d.title().isBlank() ? d.text() : d.title();
    } else {
      said = page.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    }
    said = said.strip();
    return said.length() <= MAX_QUOTE_CHARS ? said
        : said.substring(0, MAX_QUOTE_CHARS - 3) + "...";
  }
}
