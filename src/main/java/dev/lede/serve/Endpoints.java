package dev.lede.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.cli.AnalysisJson;
import dev.lede.cli.RelatedJson;
import dev.lede.extract.Article;
import dev.lede.index.IndexedArticle;
import dev.lede.index.RelatedArticle;
import dev.lede.index.RelatedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The endpoints: each request, as method, path, query, headers and body, to its {@link Response}.
 * JSON fields are the CLI's ({@link AnalysisJson}, {@link RelatedJson}). Thread-safe.
 */
final class Endpoints {

  /** The largest page of ids {@code GET /v1/articles} returns: 1,000, as for related lists. */
  static final int MAX_LIST = RelatedQuery.MAX_LIMIT;
  /** Ids {@code GET /v1/articles} returns when no limit is given. */
  static final int DEFAULT_LIST = 100;

  private static final Set<String> TOKENS_PARAM = Set.of("tokens");
  private static final Set<String> RELATED_PARAMS = Set.of("limit", "section", "from", "to");
  private static final Set<String> LIST_PARAMS = Set.of("limit");

  private final ArticleAnalyzer analyzer;
  private final Archive archive;
  private final byte[] token;
  private final long maxRequestBytes;
  private final Page page;
  private final byte[] openApi;

  Endpoints(ArticleAnalyzer analyzer, Archive archive, String token, long maxRequestBytes) {
    this.analyzer = analyzer;
    this.archive = archive;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.maxRequestBytes = maxRequestBytes;
    this.page = Page.load();
    this.openApi = openApi();
  }

  /** What the server was asked, independent of the HTTP library. */
  interface Request {
    String method();

    String rawPath();

    String rawQuery();

    String header(String name);

    /** The body, at most the limit; 413 over it. */
    byte[] body(long maxBytes) throws IOException, HttpError;
  }

  /**
   * Answers one request.
   *
   * @throws HttpError for every answer that is an error
   * @throws NoSuchElementException for an id the archive does not hold (404)
   * @throws IOException if the archive cannot be read or written (a body that cannot be read is
   *     a 400 {@link HttpError})
   */
  Response answer(Request r) throws IOException, HttpError {
    String path = r.rawPath();
    Response file = page.get(path);
    if (file != null) {
      allow(r, "GET");
      return file;
    }
    String[] parts = path.split("/", -1);
    if (parts.length >= 3 && parts[0].isEmpty() && parts[1].equals("v1")) {
      switch (parts.length == 3 ? parts[2] : parts.length <= 5 ? parts[2] + "/*" : "") {
        case "health" -> {
          allow(r, "GET");
          Requests.query(r.rawQuery(), Set.of());
          return health();
        }
        case "openapi.json" -> {
          allow(r, "GET");
          Requests.query(r.rawQuery(), Set.of());
          return new Response(200, Response.JSON, openApi, Map.of());
        }
        case "analyze" -> {
          allow(r, "POST");
          return analyze(r);
        }
        case "related" -> {
          allow(r, "POST");
          return relatedOfPosted(r);
        }
        case "articles" -> {
          allow(r, "GET");
          return list(r);
        }
        case "articles/*" -> {
          String id = Requests.pathId(parts[3]);
          if (parts.length == 5 && parts[4].equals("related")) {
            allow(r, "GET");
            return relatedOfArchived(r, id);
          }
          if (parts.length == 4) {
            return article(r, id);
          }
        }
        default -> { }
      }
    }
    throw HttpError.notFound("no such endpoint: " + r.method() + " " + path
        + "; the API is described at /v1/openapi.json");
  }

  private Response health() throws IOException {
    ObjectNode o = Requests.MAPPER.createObjectNode();
    o.put("status", "ok");
    o.put("models", "loaded");
    o.put("wordsPerMinute", analyzer.wordsPerMinute());
    ObjectNode a = o.putObject("archive");
    a.put("backend", archive.backend());
    a.put("articles", archive.size());
    ObjectNode limits = o.putObject("limits");
    limits.put("maxRequestBytes", maxRequestBytes);
    limits.put("maxInputChars", Article.MAX_INPUT_CHARS);
    o.put("writesNeedToken", token != null);
    return Response.json(200, o);
  }

  private Response analyze(Request r) throws IOException, HttpError {
    boolean tokens = Requests.bool(Requests.query(r.rawQuery(), TOKENS_PARAM), "tokens");
    Requests.ArticleBody in = Requests.article(r.body(maxRequestBytes));
    ArticleAnalysis a = analyzer.analyze(in.article());
    return Response.json(200, AnalysisJson.toJson(in.id(), a, tokens));
  }

  private Response relatedOfPosted(Request r) throws IOException, HttpError {
    RelatedQuery query = Requests.relatedQuery(Requests.query(r.rawQuery(), RELATED_PARAMS));
    Requests.ArticleBody in = Requests.article(r.body(maxRequestBytes));
    ArticleAnalysis a = analyzer.analyze(in.article());
    if (in.id() != null) {
      query = query.excluding(in.id());
    }
    return Response.json(200, RelatedJson.toJson(in.id(), archive.related(a, query)));
  }

  private Response relatedOfArchived(Request r, String id) throws IOException, HttpError {
    RelatedQuery query = Requests.relatedQuery(Requests.query(r.rawQuery(), RELATED_PARAMS));
    List<RelatedArticle> related;
    try {
      related = archive.related(id, query);
    } catch (NoSuchElementException e) {
      throw unknown(id);
    }
    return Response.json(200, RelatedJson.toJson(id, related));
  }

  private Response list(Request r) throws IOException, HttpError {
    int limit = Requests.integer(Requests.query(r.rawQuery(), LIST_PARAMS), "limit",
        DEFAULT_LIST, 1, MAX_LIST);
    ObjectNode o = Requests.MAPPER.createObjectNode();
    o.put("articles", archive.size());
    ArrayNode ids = o.putArray("ids");
    archive.ids(limit).forEach(ids::add);
    return Response.json(200, o);
  }

  private Response article(Request r, String id) throws IOException, HttpError {
    switch (r.method()) {
      case "GET", "HEAD" -> {
        Requests.query(r.rawQuery(), Set.of());
        IndexedArticle a = archive.get(id).orElseThrow(() -> unknown(id));
        return Response.json(200, indexedJson(a));
      }
      case "PUT" -> {
        authorize(r);
        boolean tokens = Requests.bool(Requests.query(r.rawQuery(), TOKENS_PARAM), "tokens");
        Requests.ArticleBody in = Requests.article(r.body(maxRequestBytes));
        if (in.id() != null && !in.id().equals(id)) {
          throw HttpError.badRequest("the body's \"id\" (" + in.id() + ") is not the URL's ("
              + id + "); leave it out or make them equal");
        }
        ArticleAnalysis a = analyzer.analyze(in.article());
        boolean existed = archive.get(id).isPresent();
        archive.put(id, a);
        Response done = Response.json(existed ? 200 : 201, AnalysisJson.toJson(id, a, tokens));
        return existed ? done
            : done.withHeaders(Map.of("Location", "/v1/articles/" + encode(id)));
      }
      case "DELETE" -> {
        authorize(r);
        Requests.query(r.rawQuery(), Set.of());
        if (!archive.delete(id)) {
          throw unknown(id);
        }
        return Response.empty(204);
      }
      default -> throw notAllowed("GET, HEAD, PUT, DELETE");
    }
  }

  /** {@code GET /v1/articles/{id}}: what the archive stores about an article. */
  static ObjectNode indexedJson(IndexedArticle a) {
    ObjectNode o = Requests.MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("title", a.title());
    o.put("byline", a.byline());
    o.put("section", a.section());
    o.put("publishedAt", a.publishedAt());
    if (a.url() != null) {
      o.put("url", a.url());
    }
    o.put("language", a.language());
    ArrayNode entities = o.putArray("entities");
    a.entities().forEach(entities::add);
    ArrayNode keywords = o.putArray("keywords");
    a.keywords().forEach(keywords::add);
    if (a.body() != null) {
      o.put("body", a.body());
    }
    return o;
  }

  /** Writes need the bearer token when the server has one; compared in constant time. */
  private void authorize(Request r) throws HttpError {
    if (token == null) {
      return;
    }
    String header = r.header("Authorization");
    Map<String, String> challenge = Map.of("WWW-Authenticate", "Bearer realm=\"lede\"");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new HttpError(401, "this server needs \"Authorization: Bearer TOKEN\" for writes"
          + " (PUT, DELETE)", challenge);
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw new HttpError(401, "wrong bearer token", challenge);
    }
  }

  /**
   * Refuses every method but the one the path takes; where that is {@code GET}, {@code HEAD} too,
   * as HTTP asks of every server ({@code curl -I}, uptime checks): the same answer without body.
   */
  private static void allow(Request r, String method) throws HttpError {
    boolean get = method.equals("GET");
    if (!r.method().equals(method) && !(get && r.method().equals("HEAD"))) {
      throw notAllowed(get ? "GET, HEAD" : method);
    }
  }

  private static HttpError notAllowed(String methods) {
    return new HttpError(405, "method not allowed here; allowed: " + methods,
        Map.of("Allow", methods));
  }

  private static HttpError unknown(String id) {
    return HttpError.notFound("no article with id '" + id + "' in the archive");
  }

  /**
   * Percent-encodes an id as one path segment ({@code /} included). An id of dots alone is
   * encoded too: a client resolves {@code /v1/articles/..} in a {@code Location} to {@code /v1/}
   * (RFC 3986 removes dot segments), never to the article.
   */
  private static String encode(String segment) {
    if (segment.equals(".") || segment.equals("..")) {
      return segment.replace(".", "%2E");
    }
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static byte[] openApi() {
    try (InputStream in = Endpoints.class.getResourceAsStream("/dev/lede/serve/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the jar");
      }
      byte[] bytes = in.readAllBytes();
      Requests.MAPPER.readTree(bytes); // fail at start, not on the first request
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
