package dev.lede.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.lede.cli.JsonText;
import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import dev.lede.index.RelatedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads what a request carries: its JSON body as an article, and its query parameters. */
final class Requests {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final System.Logger LOG = System.getLogger(LedeServer.class.getName());

  /** Jackson's location of a start marker, shortened to what a client can use. */
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

  private Requests() {}

  /** One article to analyse: the body of analyze, PUT /v1/articles/{id} and POST /v1/related. */
  record ArticleBody(String id, Article article) {}

  /**
   * Reads the request body, at most {@code maxBytes}.
   *
   * @throws HttpError 413 if the body (or its declared length) is over the limit; 400 if it
   *     cannot be read (the client closed the connection before sending all it declared): the
   *     client's failure, not the server's, so it is logged at DEBUG and never as an archive error
   */
  static byte[] body(HttpExchange exchange, long maxBytes) throws IOException, HttpError {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.strip());
      } catch (NumberFormatException e) {
        throw HttpError.badRequest("Content-Length is not a number: " + declared);
      }
      if (length > maxBytes) {
        throw tooLarge(length + " bytes", maxBytes);
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      // A chunked body has no declared length: read one byte past the limit to see it is over.
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge("over " + maxBytes + " bytes", maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "request body unreadable: " + e.getMessage());
      throw new HttpError(400, "the request body could not be read: " + e.getMessage(),
          Map.of("Connection", "close"));
    }
  }

  private static HttpError tooLarge(String size, long maxBytes) {
    return new HttpError(413, "request body is " + size + ", over the limit of "
        + String.format(Locale.ROOT, "%,d", maxBytes) + " bytes");
  }

  /**
   * Parses a body as one JSON object like a line of {@code lede analyze --jsonl}:
   * {@code {"id": "...", "text" | "html" | "body": "...", "title": "..."}}; {@code html} wins
   * over {@code text}, and {@code text} over {@code body}, as in the CLI. The optional
   * {@code title}, {@code byline}, {@code section}, {@code publishedAt} and {@code url} fill what
   * extraction did not find (all of them for a clean {@code body}), so that a CMS can pass what
   * it knows and the related endpoints can filter by section and date.
   *
   * @throws HttpError 400 for malformed JSON, a missing or non-string field, or binary text; 413
   *     for text over {@link Article#MAX_INPUT_CHARS}
   */
  static ArticleBody article(byte[] body) throws HttpError {
    JsonNode node = json(body);
    String id = string(node, "id");
    String html = string(node, "html");
    String text = string(node, "text");
    String plain = string(node, "body");
    String input = html != null ? html : text != null ? text : plain;
    if (input == null) {
      throw HttpError.badRequest("the object needs one of \"text\", \"html\" or \"body\"");
    }
    if (input.length() > Article.MAX_INPUT_CHARS) {
      throw new HttpError(413, "the article is " + String.format(Locale.ROOT, "%,d", input.length())
          + " chars, over the limit of Article.MAX_INPUT_CHARS = "
          + String.format(Locale.ROOT, "%,d", Article.MAX_INPUT_CHARS));
    }
    String title = string(node, "title");
    String byline = string(node, "byline");
    String section = string(node, "section");
    String publishedAt = string(node, "publishedAt");
    String url = string(node, "url");
    try {
      Article a = html != null ? Article.fromHtml(html)
          : text != null ? Article.fromPageText(text)
          : Article.ofBody(null, plain);
      return new ArticleBody(id, new Article(or(a.title(), title), or(a.byline(), byline),
          or(a.section(), section), or(a.publishedAt(), publishedAt), or(a.url(), url),
          a.statedReadingMinutes(), a.body(), a.imageCount()));
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(oneLine(e.getMessage()));
    }
  }

  private static String or(String found, String given) {
    return found != null ? found : given;
  }

  /**
   * Parses a body as one JSON object.
   *
   * @throws HttpError 400 for an empty body, malformed JSON or another JSON value
   */
  static JsonNode json(byte[] body) throws HttpError {
    if (body.length == 0) {
      throw HttpError.badRequest("empty body: send one JSON object");
    }
    JsonNode node;
    try {
      node = JsonText.readOne(body); // one value: "{...} garbage" is malformed, not "{...}"
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw HttpError.badRequest("malformed JSON" + where + ": " + oneLine(
          SOURCE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2")));
    } catch (IOException e) {
      throw HttpError.badRequest("malformed JSON: " + oneLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      throw HttpError.badRequest("the body must be one JSON object, not "
          + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    return node;
  }

  private static String string(JsonNode node, String field) throws HttpError {
    try {
      return JsonText.string(node, field);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(e.getMessage());
    }
  }

  /**
   * Parses a query string into its parameters, each percent-decoded; refuses names not in
   * {@code allowed}, so that a misspelt parameter is an error rather than silently ignored.
   *
   * @throws HttpError 400 for an unknown or repeated parameter
   */
  static Map<String, String> query(String rawQuery, Set<String> allowed) throws HttpError {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
          StandardCharsets.UTF_8);
      String value = eq < 0 ? ""
          : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (!allowed.contains(name)) {
        throw HttpError.badRequest("unknown parameter '" + name + "'"
            + (allowed.isEmpty() ? ": this endpoint takes none" : "; known: "
            + String.join(", ", allowed.stream().sorted().toList())));
      }
      if (params.put(name, value) != null) {
        throw HttpError.badRequest("parameter '" + name + "' is given twice");
      }
    }
    return params;
  }

  /**
   * The {@code {id}} of a path: {@link #pathSegment} decoded, and no longer than an archived id
   * can be, so that every method answers an over-long id alike (and does not echo it back).
   *
   * @throws HttpError 400 for a bad escape, bytes that are not UTF-8, an empty id, or an id over
   *     {@link ArticleIndex#MAX_ID_CHARS}
   */
  static String pathId(String raw) throws HttpError {
    String id = pathSegment(raw);
    if (id.isEmpty()) {
      // PUT refused it already (the archive takes no empty id); GET and DELETE said 404.
      throw HttpError.badRequest("bad id: id must not be empty");
    }
    if (id.length() > ArticleIndex.MAX_ID_CHARS) {
      throw HttpError.badRequest("bad id: id is " + id.length()
          + " chars, over the limit of MAX_ID_CHARS = " + ArticleIndex.MAX_ID_CHARS);
    }
    return id;
  }

  /**
   * Percent-decodes one path segment, an {@code {id}}; unlike a query, {@code +} stays a plus
   * sign. Strict: bytes that are not UTF-8 ({@code %FF}, an encoded surrogate {@code %ED%A0%BD})
   * are refused rather than read as U+FFFD, which would send different URLs to one article.
   *
   * @throws HttpError 400 for a {@code %} without two hex digits, or bytes that are not UTF-8
   */
  static String pathSegment(String raw) throws HttpError {
    StringBuilder out = new StringBuilder(raw.length());
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int i = 0;
    while (i < raw.length()) {
      if (raw.charAt(i) != '%') {
        out.append(raw.charAt(i++));
        continue;
      }
      ByteBuffer bytes = ByteBuffer.allocate(raw.length() / 3 + 1);
      while (i < raw.length() && raw.charAt(i) == '%') { // a run of bytes: one UTF-8 sequence
        int high = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
        int low = high < 0 ? -1 : hex(raw.charAt(i + 2));
        if (low < 0) {
          throw HttpError.badRequest("bad id: " + raw + " has a % without two hex digits");
        }
        bytes.put((byte) (high << 4 | low));
        i += 3;
      }
      try {
        out.append(utf8.decode(bytes.flip()));
      } catch (CharacterCodingException e) {
        throw HttpError.badRequest("bad id: " + raw + " is not percent-encoded UTF-8");
      }
    }
    return out.toString();
  }

  private static int hex(char c) {
    return c >= '0' && c <= '9' ? c - '0'
        : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10
        : -1;
  }

  /** The value of a {@code true}/{@code false} parameter. */
  static boolean bool(Map<String, String> params, String name) throws HttpError {
    String v = params.get(name);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "" -> true;
      case "false", "0" -> false;
      default -> throw HttpError.badRequest(name + " must be true or false: " + v);
    };
  }

  /** A whole-number parameter in [min, max], or the fallback when absent. */
  static int integer(Map<String, String> params, String name, int fallback, int min, int max)
      throws HttpError {
    String v = params.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw HttpError.badRequest(name + " must be in [" + min + ", " + max + "]: " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpError.badRequest(name + " must be a whole number: " + v);
    }
  }

  /**
   * The related-articles options of {@code limit}, {@code section}, {@code from} and {@code to}.
   * A date bound is an ISO-8601 date ({@code 2025-03-01}, the whole day counts, in UTC) or
   * instant ({@code 2025-03-01T12:00:00Z}).
   *
   * @throws HttpError 400 for a limit out of range, a bad date or a reversed range
   */
  static RelatedQuery relatedQuery(Map<String, String> params) throws HttpError {
    int limit = integer(params, "limit", RelatedQuery.DEFAULT_LIMIT, 1, RelatedQuery.MAX_LIMIT);
    Instant from = instant(params, "from", false);
    Instant to = instant(params, "to", true);
    try {
      return RelatedQuery.builder()
          .limit(limit)
          .section(params.get("section"))
          .publishedBetween(from, to)
          .build();
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(oneLine(e.getMessage()));
    }
  }

  private static Instant instant(Map<String, String> params, String name, boolean endOfDay)
      throws HttpError {
    String v = params.get(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    v = v.strip();
    try {
      if (v.length() == 10) {
        LocalDate day = LocalDate.parse(v);
        return endOfDay
            ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1)
            : day.atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw HttpError.badRequest(name + " must be an ISO-8601 date (2025-03-01) or instant"
          + " (2025-03-01T12:00:00Z): " + v);
    }
  }

  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
