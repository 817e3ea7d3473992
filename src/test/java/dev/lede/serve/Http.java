package dev.lede.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A test client of a running {@link LedeServer}, over real HTTP on loopback. */
final class Http {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private final URI base;

  Http(URI base) {
    this.base = base;
  }

  /** One answer: status, headers and body. */
  record Answer(int status, Map<String, java.util.List<String>> headers, String body) {

    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }
  }

  Answer get(String path) {
    return send("GET", path, null, Map.of());
  }

  Answer post(String path, Object json) {
    return send("POST", path, json, Map.of());
  }

  Answer put(String path, Object json, Map<String, String> headers) {
    return send("PUT", path, json, headers);
  }

  Answer delete(String path, Map<String, String> headers) {
    return send("DELETE", path, null, headers);
  }

  /** Sends a request; a JSON body is a string sent as it is, or any value Jackson writes. */
  Answer send(String method, String path, Object json, Map<String, String> headers) {
    try {
      HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofByteArray(json instanceof String s
              ? s.getBytes(StandardCharsets.UTF_8) : MAPPER.writeValueAsBytes(json));
      return sendWith(method, path, body, headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Answer sendWith(String method, String path, HttpRequest.BodyPublisher body,
      Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(120))
        .method(method, body);
    headers.forEach(b::header);
    if (!"GET".equals(method) && !"DELETE".equals(method)) {
      b.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends raw bytes on a new connection and returns what comes back until the server closes it or
   * the timeout passes: for requests an ordinary client will not send.
   */
  static String raw(URI base, String request, Duration timeout) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout((int) timeout.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return readAnswer(socket.getInputStream());
    }
  }

  /** Reads one HTTP/1.1 answer whose body has a Content-Length (or none). */
  static String readAnswer(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      head.append((char) c);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
