package dev.lede.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.cli.AnalysisJson;
import dev.lede.cli.RelatedJson;
import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import dev.lede.index.RelatedQuery;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint and error code of {@link LedeServer}, over real HTTP on a loopback port. */
final class LedeServerTest {

  private static final String FERRY = ServeFixtures.resource("/articles/harbour-ferry.txt");

  private final ArticleAnalyzer analyzer = ServeFixtures.analyzer();
  private ServerHarness harness;
  private ArticleIndex index;
  private LedeServer server;
  private Http http;

  @BeforeEach
  void start() throws IOException {
    harness = new ServerHarness();
    index = harness.index();
    server = harness.server();
    http = new Http(server.uri());
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
  }

  private LedeServer started(ArticleIndex on, Consumer<LedeServer.Builder> options)
      throws IOException {
    return harness.started(on, options);
  }

  private static ArticleIndex samplesIndex;
  private static LedeServer samplesServer;
  private static Http samplesHttp;

  /** A server over the jar's samples, PUT once over HTTP, for the tests that only read. */
  private static synchronized Http samples() throws IOException {
    if (samplesHttp == null) {
      samplesIndex = ArticleIndex.inMemory(ServeFixtures.analyzer());
      samplesServer = LedeServer.builder(ServeFixtures.analyzer(), samplesIndex).port(0)
          .threads(2).start();
      Http h = new Http(samplesServer.uri());
      ServeFixtures.samples().forEach((id, a) ->
          assertThat(h.put("/v1/articles/" + id, ServeFixtures.body(a), Map.of()).status())
              .isEqualTo(201));
      samplesHttp = h;
    }
    return samplesHttp;
  }

  @AfterAll
  static void closeSamples() throws IOException {
    if (samplesServer != null) {
      samplesServer.close();
      samplesIndex.close();
    }
  }

  // --- POST /v1/analyze

  @Test
  void analyze_pageText_sameJsonAsTheCli() {
    Http.Answer a = http.post("/v1/analyze", Map.of("id", "ferry", "text", FERRY));

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Content-Type")).hasValue("application/json; charset=utf-8");
    ArticleAnalysis expected = analyzer.analyze(Article.fromPageText(FERRY));
    assertThat(a.json()).isEqualTo(AnalysisJson.toJson("ferry", expected, false));
    assertThat(a.json().get("title").asText())
        .isEqualTo("New Ferry Line Links the Old Harbour to the Northern Islands");
    assertThat(a.json().has("tokens")).isFalse();
  }

  @Test
  void analyze_tokensTrue_addsSentencesAndTokensWithOffsetsIntoBody() {
    JsonNode json = http.post("/v1/analyze?tokens=true", Map.of("body", "Ana met Bo in Oslo."))
        .json();

    assertThat(json.has("id")).isFalse();
    String body = json.get("body").asText();
    assertThat(json.get("sentences")).hasSize(1);
    assertThat(json.get("tokens")).hasSize(6);
    for (JsonNode t : json.get("tokens")) {
      assertThat(body.substring(t.get("start").asInt(), t.get("end").asInt()))
          .isEqualTo(t.get("text").asText());
      assertThat(t.get("pos").asText()).isNotEmpty();
    }
  }

  @Test
  void analyze_html_extractsTheArticle() {
    String html = "<html><head><title>Ferry | Coast News</title></head><body><nav>Home</nav>"
        + "<article><h1>Ferry line opens</h1><p>" + FERRY.lines().skip(2).findFirst().orElseThrow()
        + "</p></article></body></html>";
    JsonNode json = http.post("/v1/analyze", Map.of("html", html)).json();

    assertThat(json.get("body").asText()).startsWith("A new ferry service")
        .doesNotContain("Home");
  }

  @Test
  void analyze_bodyWithTitle_usedVerbatim() {
    JsonNode json = http.post("/v1/analyze",
        Map.of("title", "Talks", "body", "Home\n\nTalks in Minsk ended.")).json();

    assertThat(json.get("title").asText()).isEqualTo("Talks");
    assertThat(json.get("body").asText()).isEqualTo("Home\n\nTalks in Minsk ended.");
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("", "empty body"),
        Arguments.of("{\"text\": \"a\"", "malformed JSON at line 1"),
        Arguments.of("{text: 1}", "malformed JSON"),
        Arguments.of("[1, 2]", "one JSON object, not array"),
        Arguments.of("\"text\"", "one JSON object, not string"),
        Arguments.of("{}", "needs one of \"text\", \"html\" or \"body\""),
        Arguments.of("{\"text\": 5}", "\"text\" must be a string"),
        Arguments.of("{\"body\": \"x\", \"title\": []}", "\"title\" must be a string"),
        Arguments.of("{\"body\": \"%PDF-1.7 binary\"}", "binary"),
        // Jackson reads the first value and stops: what follows it must not be dropped silently
        Arguments.of("{\"body\": \"x\"} garbage", "Unrecognized token 'garbage'"),
        Arguments.of("{\"body\": \"x\"} {\"body\": \"y\"}", "one JSON object"),
        Arguments.of("{\"body\": \"x\"}\n]", "malformed JSON at line 2"),
        // Jackson keeps the last of two equal keys: the first text would be dropped unseen
        Arguments.of("{\"body\": \"first\", \"body\": \"second\"}",
            "malformed JSON at line 1, column 25: Duplicate field 'body'"),
        Arguments.of("{\"body\": \"x\", \"title\": \"a\", \"title\": null}",
            "Duplicate field 'title'"));
  }

  @ParameterizedTest
  @MethodSource("malformedBodies")
  void analyze_badBody_400WithOneLineReason(String body, String reason) {
    ServeFixtures.assertError(http.post("/v1/analyze", body), 400, reason);
  }

  @Test
  void analyze_loneSurrogate_escapedAndEmojiKept() {
    Http.Answer a = http.post("/v1/analyze?tokens=true", "{\"body\": \"Rain \\uD83D fell."
        + " Sun \\uD83D\\uDE00 shone.\"}");

    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.body()).contains("Rain \\uD83D fell.").contains("Sun \uD83D\uDE00 shone.")
        .doesNotContain("?").doesNotContain("\uFFFD");
    assertThat(a.json().get("body").asText())
        .isEqualTo("Rain \uD83D fell. Sun \uD83D\uDE00 shone.");
  }

  @Test
  void analyze_unknownParameter_400() {
    ServeFixtures.assertError(http.post("/v1/analyze?token=true", Map.of("body", "x")), 400,
        "unknown parameter 'token'");
    ServeFixtures.assertError(http.post("/v1/analyze?tokens=maybe", Map.of("body", "x")), 400,
        "tokens must be true or false");
  }

  @Test
  void analyze_textOverTheInputLimit_413NamingIt() {
    String huge = "a".repeat(Article.MAX_INPUT_CHARS + 1);

    ServeFixtures.assertError(http.post("/v1/analyze", Map.of("body", huge)), 413,
        "over the limit of Article.MAX_INPUT_CHARS = 5,000,000");
  }

  @Test
  void analyze_textAtTheInputLimit_accepted() {
    // Blank, so that the analysis is quick: the point is that the body passes both limits.
    String blank = " ".repeat(Article.MAX_INPUT_CHARS);

    Http.Answer a = http.post("/v1/analyze", Map.of("body", blank));

    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("stats").get("words").asInt()).isZero();
  }

  @Test
  void analyze_metadataFields_fillWhatExtractionDidNotFind() {
    JsonNode json = http.post("/v1/analyze", Map.of("body", "Talks in Minsk ended.",
        "title", "Talks end", "byline", "A. Writer", "section", "World",
        "publishedAt", "2025-04-01", "url", "https://news.example/talks")).json();
    JsonNode page = http.post("/v1/analyze", Map.of("text", FERRY, "title", "Other")).json();

    assertThat(json.get("title").asText()).isEqualTo("Talks end");
    assertThat(json.get("byline").asText()).isEqualTo("A. Writer");
    assertThat(json.get("section").asText()).isEqualTo("World");
    assertThat(json.get("publishedAt").asText()).isEqualTo("2025-04-01");
    assertThat(json.get("url").asText()).isEqualTo("https://news.example/talks");
    assertThat(page.get("title").asText()).startsWith("New Ferry Line");
  }

  @Test
  void analyze_declaredLengthOverTheLimit_413BeforeReadingTheBody() throws IOException {
    String answer = Http.raw(server.uri(), "POST /v1/analyze HTTP/1.1\r\nHost: x\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + (LedeServer.MAX_REQUEST_BYTES + 1)
        + "\r\n\r\n{\"body\": \"", Duration.ofSeconds(30));

    assertThat(answer).startsWith("HTTP/1.1 413").contains("over the limit of 16,048,576 bytes");
  }

  @Test
  void analyze_chunkedBodyOverTheLimit_413() throws IOException {
    try (ArticleIndex other = ArticleIndex.inMemory(analyzer)) {
      LedeServer small = started(other, b -> b.maxRequestBytes(1_000));
      String json = "{\"body\": \"" + "x".repeat(2_000) + "\"}";
      // An input-stream publisher has no length: the client sends the body chunked.
      HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(
          () -> new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

      Http.Answer a = new Http(small.uri()).sendWith("POST", "/v1/analyze", chunked, Map.of());

      ServeFixtures.assertError(a, 413, "over the limit of 1,000 bytes");
      small.close();
    }
  }

  // --- PUT, GET, DELETE /v1/articles/{id}

  @Test
  void put_newThenSameId_201Then200AndTheArchiveHoldsOne() {
    Http.Answer first = http.put("/v1/articles/ferry", Map.of("text", FERRY), Map.of());
    Http.Answer again = http.put("/v1/articles/ferry", Map.of("text", FERRY), Map.of());

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Location")).hasValue("/v1/articles/ferry");
    assertThat(first.json()).isEqualTo(
        AnalysisJson.toJson("ferry", analyzer.analyze(Article.fromPageText(FERRY)), false));
    assertThat(again.status()).isEqualTo(200);
    assertThat(http.get("/v1/health").json().get("archive").get("articles").asInt()).isEqualTo(1);
  }

  @Test
  void get_archived_whatTheIndexStores() throws IOException {
    http.put("/v1/articles/ferry", Map.of("text", FERRY), Map.of());

    Http.Answer a = http.get("/v1/articles/ferry");

    assertThat(a.status()).isEqualTo(200);
    JsonNode json = a.json();
    assertThat(json.get("id").asText()).isEqualTo("ferry");
    assertThat(json.get("title").asText())
        .isEqualTo("New Ferry Line Links the Old Harbour to the Northern Islands");
    assertThat(json.get("language").asText()).isEqualTo("en");
    assertThat(json).isEqualTo(Endpoints.indexedJson(index.get("ferry").orElseThrow()));
    assertThat(json.get("entities").toString()).contains("PERSON:Maria Lindqvist");
    assertThat(json.get("keywords")).isNotEmpty();
    // the body the mentions' offsets point into, so that a page can highlight them again
    assertThat(json.get("body").asText()).contains("Maria Lindqvist")
        .doesNotContain("New Ferry Line Links"); // the body alone, the title apart
  }

  @Test
  void getAndDeleteAndRelated_unknownId_404() {
    ServeFixtures.assertError(http.get("/v1/articles/nope"), 404, "no article with id 'nope'");
    ServeFixtures.assertError(http.delete("/v1/articles/nope", Map.of()), 404, "no article with id 'nope'");
    ServeFixtures.assertError(http.get("/v1/articles/nope/related"), 404, "no article with id 'nope'");
  }

  @Test
  void delete_archived_204ThenGone() {
    http.put("/v1/articles/ferry", Map.of("text", FERRY), Map.of());

    Http.Answer a = http.delete("/v1/articles/ferry", Map.of());

    assertThat(a.status()).isEqualTo(204);
    assertThat(a.body()).isEmpty();
    assertThat(http.get("/v1/articles/ferry").status()).isEqualTo(404);
    assertThat(http.get("/v1/articles").json().get("articles").asInt()).isZero();
  }

  @Test
  void put_idWithSlashSpaceAndNonAscii_roundTripsPercentEncoded() {
    Http.Answer a = http.put("/v1/articles/2025%2F03%2Fh%C3%A4fen%20ferry+1",
        Map.of("text", FERRY), Map.of());

    assertThat(a.status()).isEqualTo(201);
    assertThat(a.json().get("id").asText()).isEqualTo("2025/03/häfen ferry+1");
    assertThat(a.header("Location")).hasValue("/v1/articles/2025%2F03%2Fh%C3%A4fen%20ferry%2B1");
    assertThat(http.get(a.header("Location").orElseThrow()).json().get("id").asText())
        .isEqualTo("2025/03/häfen ferry+1");
    assertThat(http.get("/v1/articles").json().get("ids").get(0).asText())
        .isEqualTo("2025/03/häfen ferry+1");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void put_idOfDotsAlone_locationLeadsBackToIt(String id) {
    Http.Answer a = http.put("/v1/articles/" + id.replace(".", "%2E"), Map.of("body", "x"),
        Map.of());

    assertThat(a.status()).isEqualTo(201);
    String location = a.header("Location").orElseThrow();
    // resolved as curl, browsers and Python's urljoin resolve it: dot segments removed
    Http.Answer there = http.get(java.net.URI.create("/v1/articles/").resolve(location)
        .normalize().toString());
    assertThat(there.status()).as(location + " " + there.body()).isEqualTo(200);
    assertThat(there.json().get("id").asText()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"%ED%A0%BD", "%FF", "a%C3", "%C3%28", "%F0%9F%98", "%C0%AF"})
  void put_idNotPercentEncodedUtf8_400(String raw) {
    ServeFixtures.assertError(http.put("/v1/articles/" + raw, Map.of("body", "x"), Map.of()), 400,
        "bad id: " + raw + " is not percent-encoded UTF-8");
    assertThat(http.get("/v1/articles/" + raw).status()).isEqualTo(400);
    assertThat(http.get("/v1/articles").json().get("articles").asInt()).isZero();
  }

  @Test
  void put_bodyIdNotTheUrls_400() {
    ServeFixtures.assertError(http.put("/v1/articles/a", Map.of("id", "b", "body", "x"), Map.of()), 400,
        "the body's \"id\" (b) is not the URL's (a)");
    assertThat(http.put("/v1/articles/a", Map.of("id", "a", "body", "x"), Map.of()).status())
        .isEqualTo(201);
  }

  @Test
  void put_idOverTheLimit_400NamingIt() {
    String id = "x".repeat(ArticleIndex.MAX_ID_CHARS + 1);

    ServeFixtures.assertError(http.put("/v1/articles/" + id, Map.of("body", "x"), Map.of()), 400,
        "MAX_ID_CHARS = 4096");
  }

  @Test
  void getDeleteAndRelated_idOverTheLimit_400NamingIt() {
    String id = "x".repeat(ArticleIndex.MAX_ID_CHARS + 1);

    for (Http.Answer a : List.of(http.get("/v1/articles/" + id),
        http.delete("/v1/articles/" + id, Map.of()), http.get("/v1/articles/" + id + "/related"))) {
      ServeFixtures.assertError(a, 400,
          "bad id: id is 4097 chars, over the limit of MAX_ID_CHARS = 4096");
      assertThat(a.body()).doesNotContain(id); // not echoed back
    }
  }

  @Test
  void everyMethod_emptyId_400() {
    for (Http.Answer a : List.of(http.get("/v1/articles/"), http.delete("/v1/articles/", Map.of()),
        http.put("/v1/articles/", Map.of("body", "x"), Map.of()),
        http.get("/v1/articles//related"))) {
      ServeFixtures.assertError(a, 400, "bad id: id must not be empty");
    }
  }

  @Test
  void list_limit_firstIdsAndTheCount() throws IOException {
    JsonNode json = samples().get("/v1/articles?limit=3").json();

    assertThat(json.get("articles").asInt()).isEqualTo(ServeFixtures.samples().size());
    assertThat(json.get("ids")).hasSize(3);
    ServeFixtures.assertError(samples().get("/v1/articles?limit=0"), 400, "limit must be in [1, 1000]: 0");
  }

  // --- related

  @Test
  void relatedOfArchived_sameAsTheIndexInProcess() throws IOException {
    Http.Answer a = samples().get("/v1/articles/riksbank-holds-rate/related?limit=3");

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json()).isEqualTo(RelatedJson.toJson("riksbank-holds-rate",
        samplesIndex.related("riksbank-holds-rate", RelatedQuery.of(3))));
    assertThat(a.json().get("related")).hasSize(3);
    assertThat(a.json().get("related").get(0).get("id").asText()).startsWith("riksbank-");
    assertThat(a.json().get("related").get(0).get("sharedEntities").toString())
        .contains("Elin Strand");
  }

  @Test
  void relatedOfArchived_sectionAndDateRange_filter() throws IOException {
    JsonNode sport = samples().get("/v1/articles/nordic-cup-final/related?section=sport").json();
    JsonNode march = samples().get(
        "/v1/articles/riksbank-cuts-rate/related?from=2025-03-01&to=2025-03-31").json();

    assertThat(sport.get("related")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("section").asText()).isEqualToIgnoringCase("sport"));
    assertThat(march.get("related")).isNotEmpty().allSatisfy(r ->
        assertThat(r.get("publishedAt").asText()).startsWith("2025-03"));
    assertThat(march.get("related").toString()).contains("riksbank-holds-rate");
  }

  @Test
  void relatedOfArchived_instantBounds_inclusive() throws IOException {
    // riksbank-holds-rate was published 2025-03-20 (midnight UTC as indexed)
    JsonNode json = samples().get("/v1/articles/riksbank-cuts-rate/related?from="
        + Instant.parse("2025-03-20T00:00:00Z") + "&to=2025-03-20T00:00:00Z").json();

    assertThat(json.get("related")).extracting(r -> r.get("id").asText())
        .containsExactly("riksbank-holds-rate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=1001", "limit=ten", "from=March", "to=2025-13-01",
      "from=2025-05-01&to=2025-04-01", "sort=date", "limit=1&limit=2"})
  void relatedOfArchived_badParameter_400(String query) throws IOException {
    Http.Answer a = samples().get("/v1/articles/riksbank-holds-rate/related?" + query);

    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).doesNotContain("\n").isNotBlank();
  }

  @Test
  void postRelated_underTheIdOfAnArchivedArticle_neverSuggestsThatArticle() throws IOException {
    String id = "storm-helga-landfall";
    // an edit of the archived article: its first paragraph and a new one
    Http server = samples();
    String first = samplesIndex.get(id).orElseThrow().body().split("\n\n")[0];
    Map<String, String> edited = Map.of("id", id, "body", first + "\n\nUpdated: the regional "
        + "government opened two shelters for families whose homes lost power overnight.");

    Http.Answer a = server.post("/v1/related?limit=5", edited);

    assertThat(a.status()).isEqualTo(200);
    List<String> ids = new java.util.ArrayList<>();
    a.json().get("related").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).isNotEmpty().doesNotContain(id);
  }

  @Test
  void postRelated_withoutId_answerHasNoIdFieldAsAnAnalysis() throws IOException {
    Http.Answer a = samples().post("/v1/related?limit=2", Map.of("body",
        "Storm Helga weakened over northern Portugal on Sunday and moved towards Spain."));

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().has("id")).isFalse();
    assertThat(a.json().get("related")).isNotEmpty();
  }

  @Test
  void postRelated_articleNotArchived_sameAsTheIndexInProcess() throws IOException {
    Map<String, String> story = Map.of("id", "new-storm", "title", "Storm Helga heads for Spain",
        "body", "Storm Helga weakened over northern Portugal on Sunday and moved towards Spain. "
            + "Porto reopened its port after the storm, and Portuguese insurers began counting "
            + "flood claims.");

    Http.Answer a = samples().post("/v1/related?limit=4", story);

    assertThat(a.status()).isEqualTo(200);
    ArticleAnalysis analysis = analyzer.analyze(Article.ofBody(story.get("title"),
        story.get("body")));
    assertThat(a.json()).isEqualTo(RelatedJson.toJson("new-storm",
        samplesIndex.related(analysis, RelatedQuery.of(4))));
    // the storm's stories and the insurers' story of its flood claims, which shares the most
    // words with this one
    List<String> ids = new java.util.ArrayList<>();
    a.json().get("related").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids.subList(0, 2)).anyMatch(id -> id.startsWith("storm-helga"));
    assertThat(ids).allMatch(id -> id.startsWith("storm-helga")
        || id.equals("flood-insurance-claims"));
    assertThat(samples().get("/v1/articles/new-storm").status()).isEqualTo(404);
  }

  // --- health, OpenAPI, page, routing

  @Test
  void health_modelsLoadedAndArchiveSize() {
    http.put("/v1/articles/ferry", Map.of("text", FERRY), Map.of());

    JsonNode json = http.get("/v1/health").json();

    assertThat(json.get("status").asText()).isEqualTo("ok");
    assertThat(json.get("models").asText()).isEqualTo("loaded");
    assertThat(json.get("archive").get("articles").asInt()).isEqualTo(1);
    assertThat(json.get("archive").get("backend").asText()).isEqualTo("lucene");
    assertThat(json.get("limits").get("maxRequestBytes").asLong())
        .isEqualTo(LedeServer.MAX_REQUEST_BYTES);
    assertThat(json.get("writesNeedToken").asBoolean()).isFalse();
  }

  @Test
  void openApi_describesEveryEndpoint() {
    Http.Answer a = http.get("/v1/openapi.json");

    assertThat(a.status()).isEqualTo(200);
    JsonNode paths = a.json().get("paths");
    assertThat(a.json().get("openapi").asText()).startsWith("3.");
    assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder("/v1/analyze",
        "/v1/related", "/v1/articles", "/v1/articles/{id}", "/v1/articles/{id}/related",
        "/v1/health", "/v1/openapi.json");
    assertThat(paths.get("/v1/articles/{id}").fieldNames()).toIterable()
        .contains("get", "put", "delete");
  }

  @Test
  void openApi_unknownParameter_400() {
    ServeFixtures.assertError(http.get("/v1/openapi.json?format=yaml"), 400,
        "unknown parameter 'format'");
  }

  @Test
  void page_servedFromTheJarWithAPolicyAgainstOtherHosts() {
    Http.Answer page = http.get("/");
    Http.Answer script = http.get("/static/lede.js");
    Http.Answer style = http.get("/static/lede.css");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.header("Content-Security-Policy")).hasValue(Page.CONTENT_SECURITY_POLICY);
    assertThat(page.body()).contains("<textarea id=\"text\"", "/static/lede.js")
        .doesNotContain("http://", "https://");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.body()).contains("/v1/analyze").doesNotContain("http://", "https://");
    assertThat(style.status()).isEqualTo(200);
    assertThat(style.body()).doesNotContain("http://", "https://", "@import");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v2/analyze", "/v1", "/v1/", "/v1/analyse", "/static/other.js",
      "/v1/articles/a/b/c", "/v1/articles/a/similar", "/index.html"})
  void unknownPath_404(String path) {
    ServeFixtures.assertError(http.get(path), 404, "no such endpoint");
  }

  static Stream<Arguments> wrongMethods() {
    return Stream.of(
        Arguments.of("GET", "/v1/analyze", "POST"),
        Arguments.of("HEAD", "/v1/related", "POST"),
        Arguments.of("PUT", "/v1/health", "GET, HEAD"),
        Arguments.of("POST", "/v1/articles/x", "GET, HEAD, PUT, DELETE"),
        Arguments.of("DELETE", "/v1/articles/x/related", "GET, HEAD"),
        Arguments.of("POST", "/", "GET, HEAD"));
  }

  @ParameterizedTest
  @MethodSource("wrongMethods")
  void wrongMethod_405WithAllow(String method, String path, String allowed) {
    Http.Answer a = http.send(method, path, method.equals("HEAD") ? null : "{}", Map.of());

    if (method.equals("HEAD")) { // the head of the error, without its body
      assertThat(a.status()).isEqualTo(405);
      assertThat(a.body()).isEmpty();
    } else {
      ServeFixtures.assertError(a, 405, "allowed: " + allowed);
    }
    assertThat(a.header("Allow")).hasValue(allowed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/static/lede.css", "/v1/health", "/v1/openapi.json",
      "/v1/articles?limit=5", "/v1/articles/ferry", "/v1/articles/ferry/related",
      "/v1/articles/nope"})
  void head_whereGetIsTaken_theGetAnswersHeadWithoutBodyAndNoServerWarning(String path) {
    http.put("/v1/articles/ferry", Map.of("text", FERRY), Map.of());
    List<java.util.logging.LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler capture = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord r) {
        if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
          warnings.add(r);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    java.util.logging.Logger jdk = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
    jdk.addHandler(capture);
    try {
      Http.Answer get = http.get(path);
      Http.Answer head = http.send("HEAD", path, null, Map.of());

      assertThat(head.status()).as(head.body()).isEqualTo(get.status());
      assertThat(head.body()).isEmpty();
      assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
      assertThat(head.header("Content-Length")).hasValue(
          Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
      // the JDK server logs a WARNING for each HEAD answer given a length to send
      assertThat(warnings).extracting(java.util.logging.LogRecord::getMessage).isEmpty();
    } finally {
      jdk.removeHandler(capture);
    }
  }
}
