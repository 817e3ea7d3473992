package dev.lede.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;

/**
 * JSON text in and out, the way the CLI and {@code lede serve} ({@code dev.lede.serve}) both read
 * and write it, so that a JSONL line and a request body are held to the same rules and their
 * answers are the same bytes. Public for {@code dev.lede.serve}; not part of the library API.
 * Thread-safe: stateless.
 */
public final class JsonText {

  private JsonText() {}

  /**
   * Reads one JSON value and checks that nothing but white space follows it. Jackson's
   * {@code readTree} stops after the first value, so {@code {...} garbage}, or two objects on one
   * JSONL line, would otherwise pass with the rest dropped without a word. A field given twice in
   * one object ({@code {"body": "a", "body": "b"}}) is malformed too: Jackson would keep the last
   * and drop the other without a word.
   *
   * @param json the JSON text
   * @return the value, or {@code null} when the text holds none (empty or white space)
   * @throws JsonProcessingException for malformed JSON, a duplicate field, or anything after the
   *     value (with its line and column)
   */
  public static JsonNode readOne(byte[] json) throws IOException {
    try (JsonParser p = AnalysisJson.MAPPER.createParser(json)) {
      return readOne(p);
    }
  }

  /** As {@link #readOne(byte[])}, for text. */
  public static JsonNode readOne(String json) throws IOException {
    try (JsonParser p = AnalysisJson.MAPPER.createParser(json)) {
      return readOne(p);
    }
  }

  private static JsonNode readOne(JsonParser p) throws IOException {
    p.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    JsonNode node = AnalysisJson.MAPPER.readTree(p);
    if (node != null && p.nextToken() != null) { // malformed text after the value throws here
      throw new JsonParseException(p, "more JSON after the first value; send one JSON object",
          p.currentTokenLocation());
    }
    return node;
  }

  /**
   * The text of a field that must be a string when present, as every field of a JSONL line and of
   * a request body must be: a number or an object there is a mistake, not text to analyse.
   *
   * @return the string, or {@code null} when the field is absent or {@code null}
   * @throws IllegalArgumentException if the field holds anything but a string
   */
  public static String string(JsonNode object, String field) {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return v.asText();
  }

  /**
   * Writes JSON as text, every lone surrogate escaped.
   *
   * @param json a tree or any value Jackson writes
   * @param pretty whether to indent
   * @return the JSON text, which UTF-8 encodes without loss
   */
  public static String write(Object json, boolean pretty) {
    try {
      return escapeLoneSurrogates(pretty
          ? AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json)
          : AnalysisJson.MAPPER.writeValueAsString(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * Replaces each surrogate that is not half of a pair with its {@code \}{@code uXXXX} escape.
   * Lede keeps a text's lone surrogates (its offsets index the text as given), but UTF-8 cannot
   * encode them: a UTF-8 stream writes {@code ?} instead. Escaped, the JSON value is the same
   * string. Only lone ones are escaped, so that emoji stay readable; in JSON text they can only
   * be inside a string, where the escape is valid.
   */
  static String escapeLoneSurrogates(String json) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        i++; // a pair: one code point, which UTF-8 encodes
        continue;
      }
      if (out == null) {
        out = new StringBuilder(json.length() + 16);
      }
      out.append(json, copied, i).append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      copied = i + 1;
    }
    return out == null ? json : out.append(json, copied, json.length()).toString();
  }
}
