package dev.lede.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer: status, content type, body and extra headers. Immutable. */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

  static final String JSON = "application/json; charset=utf-8";

  Response {
    headers = Map.copyOf(headers);
  }

  static Response json(int status, Object json) {
    try {
      return new Response(status, JSON, Requests.MAPPER.writeValueAsBytes(json), Map.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
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
