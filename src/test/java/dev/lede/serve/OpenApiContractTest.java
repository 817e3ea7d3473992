package dev.lede.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/openapi.json} against what the server really does: every request-body field and
 * query parameter it reads is documented and nothing else, and every answer of every documented
 * operation has a documented status and only documented fields of the documented types, as a
 * client generated from the document would expect.
 */
final class OpenApiContractTest {

  /** Every field a request body may carry, by the README: more than the server may read. */
  private static final List<String> BODY_FIELDS = List.of("id", "title", "text", "html", "body",
      "byline", "section", "publishedAt", "url", "tokens", "limit", "language", "keywords");

  private ServerHarness harness;
  private Http http;
  private JsonNode api;

  @BeforeEach
  void start() throws IOException {
    harness = new ServerHarness();
    http = new Http(harness.server().uri());
    api = http.get("/v1/openapi.json").json();
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
  }

  @Test
  void requestBody_documentsExactlyTheFieldsTheServerReads() {
    Set<String> read = new TreeSet<>();
    for (String field : BODY_FIELDS) {
      // a field the server reads must be a string: a number there is a 400 naming it
      Http.Answer a = http.post("/v1/analyze",
          field.equals("body") ? Map.of("body", 5) : Map.of("body", "Rain.", field, 5));
      if (a.status() == 400 && a.json().get("error").asText()
          .equals("\"" + field + "\" must be a string")) {
        read.add(field);
      }
    }
    JsonNode schema = resolve(api.at("/components/requestBodies/Article"))
        .at("/content/application~1json/schema");

    assertThat(read).contains("body", "text", "html", "id", "section");
    assertThat(names(schema.get("properties"))).isEqualTo(read);
    schema.get("properties").forEach(p -> assertThat(p.get("type").asText()).isEqualTo("string"));
  }

  @Test
  void queryParameters_documentedAsTheServerTakesThem() {
    http.put("/v1/articles/a", Map.of("body", "Rain fell on Oslo."), Map.of());
    Map<String, String> operations = Map.of(
        "post /v1/analyze", "/v1/analyze", "post /v1/related", "/v1/related",
        "get /v1/articles", "/v1/articles", "get /v1/articles/{id}", "/v1/articles/a",
        "put /v1/articles/{id}", "/v1/articles/a", "delete /v1/articles/{id}", "/v1/articles/a",
        "get /v1/articles/{id}/related", "/v1/articles/a/related",
        "get /v1/health", "/v1/health", "get /v1/openapi.json", "/v1/openapi.json");
    assertThat(operations.keySet()).containsExactlyInAnyOrderElementsOf(operations());
    Pattern known = Pattern.compile("; known: (.*)$");
    operations.forEach((operation, path) -> {
      String method = operation.substring(0, operation.indexOf(' ')).toUpperCase();
      Http.Answer a = http.send(method, path + "?zz=1",
          method.equals("GET") || method.equals("DELETE") ? null : Map.of("body", "x"), Map.of());
      assertThat(a.status()).as(operation).isEqualTo(400);
      Matcher m = known.matcher(a.json().get("error").asText());
      Set<String> taken = m.find() ? new TreeSet<>(List.of(m.group(1).split(", "))) : Set.of();

      assertThat(queryParameters(operation)).as(operation).isEqualTo(taken);
    });
  }

  @Test
  void answers_ofEveryOperation_matchTheirDocumentedSchemas() {
    Map<String, String> article = Map.of("title", "Drill near Minsk", "byline", "A. Writer",
        "section", "World", "publishedAt", "2025-04-02", "url", "https://news.example/drill",
        "body", "Belarus held a drill near Minsk. The Belarusian Ministry of Emergency Situations"
            + " said Alexander Lukashenko watched it with officials from Russia.");
    Map<String, String> other = Map.of("section", "World", "publishedAt", "2025-04-03",
        "body", "Belarus held a second drill near Minsk, the Ministry of Emergency Situations"
            + " said.");
    List<String> checked = new ArrayList<>();

    check(checked, "put /v1/articles/{id}", http.put("/v1/articles/minsk-drill?tokens=true",
        article, Map.of()), 201);
    check(checked, "put /v1/articles/{id}", http.put("/v1/articles/minsk-drill", article,
        Map.of()), 200);
    check(checked, "put /v1/articles/{id}", http.put("/v1/articles/second", other, Map.of()), 201);
    check(checked, "post /v1/analyze", http.post("/v1/analyze?tokens=true", article), 200);
    check(checked, "post /v1/analyze", http.post("/v1/analyze", Map.of()), 400);
    check(checked, "post /v1/related", http.post("/v1/related?limit=5",
        Map.of("id", "new", "body", other.get("body"))), 200);
    check(checked, "get /v1/articles", http.get("/v1/articles?limit=5"), 200);
    check(checked, "get /v1/articles/{id}", http.get("/v1/articles/minsk-drill"), 200);
    check(checked, "get /v1/articles/{id}", http.get("/v1/articles/nope"), 404);
    check(checked, "get /v1/articles/{id}/related",
        http.get("/v1/articles/minsk-drill/related?section=World"), 200);
    check(checked, "get /v1/articles/{id}/related", http.get("/v1/articles/nope/related"), 404);
    check(checked, "get /v1/health", http.get("/v1/health"), 200);
    check(checked, "get /v1/openapi.json", http.get("/v1/openapi.json"), 200);
    check(checked, "delete /v1/articles/{id}", http.delete("/v1/articles/second", Map.of()), 204);
    check(checked, "delete /v1/articles/{id}", http.delete("/v1/articles/second", Map.of()), 404);

    assertThat(checked).containsAll(operations());
  }

  /** Checks one answer against the operation's documented response for its status. */
  private void check(List<String> checked, String operation, Http.Answer a, int status) {
    assertThat(a.status()).as(operation + ": " + a.body()).isEqualTo(status);
    JsonNode responses = operation(operation).get("responses");
    assertThat(responses.has(Integer.toString(status)))
        .as(operation + " documents " + status).isTrue();
    JsonNode schema = resolve(responses.get(Integer.toString(status)))
        .at("/content/application~1json/schema");
    if (status == 204) {
      assertThat(a.body()).isEmpty();
    } else if (!schema.isMissingNode()) {
      List<String> problems = new ArrayList<>();
      validate(a.json(), resolve(schema), "$", problems);
      assertThat(problems).as(operation + " " + status + ": " + a.body()).isEmpty();
    }
    checked.add(operation);
  }

  /** A small OpenAPI 3.0 schema check: types, nullable, enums, and no undocumented field. */
  private void validate(JsonNode value, JsonNode schema, String where, List<String> problems) {
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        problems.add(where + " is null, not documented nullable");
      }
      return;
    }
    String type = schema.path("type").asText("");
    boolean ok = switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> true;
    };
    if (!ok) {
      problems.add(where + " is " + value.getNodeType() + ", documented " + type);
      return;
    }
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.get("enum").forEach(e -> values.add(e.asText()));
      if (!values.contains(value.asText())) {
        problems.add(where + " is " + value + ", not one of " + values);
      }
    }
    if (value.isObject() && schema.has("properties")) {
      JsonNode properties = schema.get("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!properties.has(f.getKey())) {
          problems.add(where + "." + f.getKey() + " is not documented");
        } else {
          validate(f.getValue(), resolve(properties.get(f.getKey())), where + "." + f.getKey(),
              problems);
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(value.get(i), resolve(schema.get("items")), where + "[" + i + "]", problems);
      }
    }
  }

  /** "get /v1/health" for each documented operation. */
  private List<String> operations() {
    List<String> out = new ArrayList<>();
    api.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(
        m -> {
          if (!m.equals("parameters")) {
            out.add(m + " " + p.getKey());
          }
        }));
    return out;
  }

  private JsonNode operation(String operation) {
    int space = operation.indexOf(' ');
    return api.get("paths").get(operation.substring(space + 1))
        .get(operation.substring(0, space));
  }

  private Set<String> queryParameters(String operation) {
    int space = operation.indexOf(' ');
    JsonNode path = api.get("paths").get(operation.substring(space + 1));
    Set<String> names = new TreeSet<>();
    for (JsonNode list : List.of(path.path("parameters"),
        operation(operation).path("parameters"))) {
      list.forEach(p -> {
        JsonNode r = resolve(p);
        if (r.get("in").asText().equals("query")) {
          names.add(r.get("name").asText());
        }
      });
    }
    return names;
  }

  private JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      node = api.at(node.get("$ref").asText().substring(1));
    }
    return node;
  }

  private static Set<String> names(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
