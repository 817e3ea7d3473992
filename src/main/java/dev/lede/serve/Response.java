package dev.lede.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.cli.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer: status, content type, body and extra headers. Immutable. */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

  static final String JSON = "application/json; charset=utf-8";

  Response {
    headers = Map.copyOf(headers);
  }

  /** JSON as the CLI writes it: emoji as UTF-8, a lone surrogate escaped ({@link JsonText}). */
  static Response json(int status, Object json) {
    return new Response(status, JSON, JsonText.write(json, false).getBytes(StandardCharsets.UTF_8),
        Map.of());
  }

  /** {@code {"status": 404, "error": "one line"}}. */
  static Response error(int status, String reason, Map<String, String> headers) {
    ObjectNode o = Requests.MAPPER.createObjectNode();
    o.put("status", status);
    o.put("error", Requests.oneLine(reason));
    return json(status, o).withHeaders(headers);
  }

  static Response empty(int status) {
    return new Response(status, null, new byte[0], Map.of());
  }

  Response withHeaders(Map<String, String> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putAll(more);
    return new Response(status, contentType, body, all);
  }

  @Override
  public String toString() {
    return status + " " + new String(body, StandardCharsets.UTF_8);
  }
}
