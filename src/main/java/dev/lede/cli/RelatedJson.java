package dev.lede.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.index.RelatedArticle;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes related-article suggestions as the JSON DESIGN.md specifies. Thread-safe. Public so that
 * {@code lede serve} answers with the same fields as the CLI; not part of the library API.
 */
public final class RelatedJson {

  private RelatedJson() {}

  /** {@code {"id": id, "related": [...]}}; without {@code id} when it is null, as an analysis. */
  public static ObjectNode toJson(@Nullable String id, List<RelatedArticle> related) {
    ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
    if (id != null) {
      o.put("id", id);
    }
    ArrayNode list = o.putArray("related");
    for (RelatedArticle r : related) {
      ObjectNode n = list.addObject();
      n.put("id", r.id());
      n.put("title", r.title());
      n.put("score", Math.round(r.score() * 1000) / 1000.0);
      ArrayNode entities = n.putArray("sharedEntities");
      r.sharedEntities().forEach(entities::add);
      ArrayNode terms = n.putArray("sharedTerms");
      r.sharedTerms().forEach(terms::add);
      n.put("similarTopic", r.similarTopic());
      if (r.url() != null) {
        n.put("url", r.url());
      }
      if (r.section() != null) {
        n.put("section", r.section());
      }
      if (r.byline() != null) {
        n.put("byline", r.byline());
      }
      if (r.publishedAt() != null) {
        n.put("publishedAt", r.publishedAt());
      }
    }
    return o;
  }
}
