package dev.lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a scripted page carries only as data: the JSON a Next.js page ships in
 * {@code <script id="__NEXT_DATA__">} (and other {@code application/json} scripts) while its
 * markup is an empty shell. The body is the longest run of prose in the data, a rich-text array
 * of paragraph blocks, an HTML string or a text with blank lines between paragraphs; the writers,
 * date and section come from the object that holds it or those around it. Stateless and
 * thread-safe.
 */
final class ScriptData {

  /** The fields of a rich-text block that hold its text (not a caption, credit or link). */
  private static final Set<String> TEXT_KEYS = Set.of("text", "content", "value", "html",
      "body", "children", "paragraph", "markup", "plaintext", "spans");

  private static final List<String> AUTHOR_KEYS = List.of("authors", "author", "byline",
      "creators", "creator", "writers");

  private static final List<String> DATE_KEYS = List.of("datePublished", "publishedAt",
      "published_at", "publishDate", "publishedDate", "publicationDate", "firstPublished",
      "date");

  private static final List<String> SECTION_KEYS = List.of("section", "sectionName",
      "category", "articleSection");

  /** Deepest JSON nesting walked: page data is seldom more than 20 deep. */
  private static final int MAX_DEPTH = 64;

  /** Fewest chars of prose that count as an article's body. */
  private static final int MIN_BODY_CHARS = 200;

  /** Objects around the body searched for its metadata, at most. */
  private static final int MAX_METADATA_LEVELS = 3;

  private ScriptData() {}

  /** What the data says of the article: the body's paragraphs, and what it names of it. */
  record Found(List<String> paragraphs, String byline, String publishedAt, String section) {}

  /** The article in the page's JSON data, or null when it holds none. */
  static Found read(Document doc) {
    Found best = null;
    int bestChars = MIN_BODY_CHARS - 1;
    for (Element script : doc.select("script[type=application/json]")) {
      if (script.closest("amp-analytics") != null) {
        continue;
      }
      JsonNode root;
      try {
        root = HtmlMetadata.JSON.readTree(script.data());
      } catch (Exception malformed) {
        continue;
      }
      Found f = best(root);
      int chars = 0;
      for (String p : f == null ? List.<String>of() : f.paragraphs()) {
        chars += p.length();
      }
      if (chars > bestChars) {
        best = f;
        bestChars = chars;
      }
    }
    return best;
  }

  /** A node of the data and the object or array that holds it. */
  private record Step(JsonNode node, Step holder, int depth) {}

  private static Found best(JsonNode root) {
    List<String> bestParagraphs = null;
    Step bestStep = null;
    int bestChars = 0;
    // an explicit stack, as page data may nest deep
    List<Step> stack = new ArrayList<>();
    stack.add(new Step(root, null, 0));
    while (!stack.isEmpty()) {
      Step step = stack.remove(stack.size() - 1);
      JsonNode node = step.node();
      List<String> paragraphs = node.isArray() ? blocks(node)
          : node.isTextual() ? textParagraphs(node.asText()) : List.of();
      int chars = 0;
      for (String p : paragraphs) {
        chars += p.length();
      }
      if (chars > bestChars) {
        bestChars = chars;
        bestParagraphs = paragraphs;
        bestStep = step;
      }
      if (step.depth() < MAX_DEPTH && node.isContainerNode()) {
        for (JsonNode child : node) {
          stack.add(new Step(child, step, step.depth() + 1));
        }
      }
    }
    if (bestParagraphs == null) {
      return null;
    }
    String byline = null;
    String date = null;
    String section = null;
    int levels = 0;
    for (Step up = bestStep.holder(); up != null && levels < MAX_METADATA_LEVELS;
        up = up.holder()) {
      JsonNode holder = up.node();
      if (!holder.isObject()) {
        continue;
      }
      levels++;
      byline = byline != null ? byline : names(first(holder, AUTHOR_KEYS));
      date = date != null ? date : HtmlMetadata.isoDate(first(holder, DATE_KEYS).asText(null));
      section = section != null ? section : name(first(holder, SECTION_KEYS));
    }
    return new Found(bestParagraphs, byline, date, section);
  }

  /**
   * The paragraphs of a rich-text array: one per element that holds text in a text field
   * ({@link #TEXT_KEYS}), spans joined; none unless at least two elements hold prose.
   */
  private static List<String> blocks(JsonNode array) {
    List<String> out = new ArrayList<>();
    int prose = 0;
    for (JsonNode element : array) {
      String text = HtmlExtractor.normalise(textOf(element, 0)).strip();
      if (text.isEmpty()) {
        continue;
      }
      if (text.indexOf('<') >= 0) {
        text = Jsoup.parse(text).text();
      }
      out.add(text);
      if (text.length() >= HtmlExtractor.SHORT_BLOCK_CHARS && text.indexOf(' ') > 0) {
        prose++;
      }
    }
    return prose >= 2 ? out : List.of();
  }

  private static String textOf(JsonNode node, int depth) {
    if (node.isTextual()) {
      return node.asText();
    }
    if (depth > 3 || !node.isContainerNode()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (node.isArray()) {
      for (JsonNode n : node) {
        sb.append(textOf(n, depth + 1));
      }
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (TEXT_KEYS.contains(e.getKey())) {
          sb.append(textOf(e.getValue(), depth + 1));
        }
      }
    }
    return sb.toString();
  }

  /** The paragraphs of a string: an HTML body's blocks, or plain text's blank-line paragraphs. */
  private static List<String> textParagraphs(String s) {
    if (s.length() < MIN_BODY_CHARS || s.indexOf(' ') < 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (s.indexOf('<') >= 0 && s.indexOf('>') >= 0) {
      for (Element p : Jsoup.parseBodyFragment(s).select("p, h2, h3, h4, li, blockquote, pre")) {
        String text = HtmlExtractor.normalise(p.text()).strip();
        if (!text.isEmpty() && p.select("p, li").size() <= (p.nameIs("p") ? 1 : 0)) {
          out.add(text);
        }
      }
      return out;
    }
    for (String part : s.split("\\n\\s*\\n")) {
      String text = HtmlExtractor.normalise(part).strip();
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    // one long string without paragraph breaks is a summary or a description as often as a body
    return out.size() >= 2 ? out : List.of();
  }

  private static JsonNode first(JsonNode holder, List<String> keys) {
    for (String k : keys) {
      JsonNode v = holder.get(k);
      if (v != null && !v.isNull()) {
        return v;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  /** The writers a value names: a string, an object with a name, or a list of either. */
  private static String names(JsonNode v) {
    List<String> names = new ArrayList<>();
    for (JsonNode one : v.isArray() ? v : List.of(v)) {
      String n = name(one);
      if (n != null) {
        names.add(n);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String name(JsonNode v) {
    String s = v.isTextual() ? v.asText()
        : v.isObject() ? v.path("name").asText(v.path("title").asText("")) : "";
    s = HtmlExtractor.normalise(s).strip();
    return s.isEmpty() || s.length() > 100 ? null : s;
  }
}
