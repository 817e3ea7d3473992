package dev.lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The section and writers a page names outside its article's own metadata: breadcrumb trails
 * (JSON-LD {@code BreadcrumbList}, microdata, or a box of links whose class or ARIA label says
 * breadcrumb) and the variables of AMP's {@code amp-analytics} configuration (Chartbeat's
 * "sections" and "authors"), which AMP pages carry where others have meta tags. Stateless and
 * thread-safe.
 */
final class PageSections {

  /** The first crumbs of a trail that name the site, not a section: "Home", "News". */
  private static final Pattern ROOT_CRUMB =
      Pattern.compile("(?i)home|start|front\\s*page|homepage|news|main");

  /** Longest section name, in chars and words: a longer crumb is an article's headline. */
  private static final int MAX_SECTION_CHARS = 60;

  private static final int MAX_SECTION_WORDS = 6;

  /** The keys, in order, of an analytics configuration that name the section. */
  private static final List<String> SECTION_VARS =
      List.of("sections", "section", "contentSection", "content_section", "pageSection");

  /** The keys of an analytics configuration that name the writers. */
  private static final List<String> AUTHOR_VARS = List.of("authors", "author");

  private PageSections() {}

  /** One crumb of a trail: its name and link (empty when it has none). */
  private record Crumb(String name, String url) {}

  /**
   * The section the page's breadcrumb trails or analytics name, or null: the first crumb after
   * the site's own ("Home > World > Europe" is World), unless it is the article's title.
   */
  static String section(Document doc, List<JsonNode> breadcrumbLists, String title) {
    for (JsonNode list : breadcrumbLists) {
      String s = fromTrail(jsonCrumbs(list), title);
      if (s != null) {
        return s;
      }
    }
    String s = fromTrail(markupCrumbs(doc), title);
    return s != null ? s : analyticsVar(doc, SECTION_VARS);
  }

  /** The writers an AMP analytics configuration names ("authors": "A, B"), or null. */
  static String analyticsAuthors(Document doc) {
    return analyticsVar(doc, AUTHOR_VARS);
  }

  private static String fromTrail(List<Crumb> crumbs, String title) {
    List<Crumb> trail = new ArrayList<>();
    for (Crumb c : crumbs) {
      if (!c.name().isBlank()) {
        trail.add(c);
      }
    }
    // the site's own crumbs ("Home", "News") lead the trail while a section follows them
    int from = 0;
    while (from + 1 < trail.size() && isRoot(trail.get(from))
        && !trail.get(from + 1).name().equalsIgnoreCase(title)) {
      from++;
    }
    if (from < trail.size() && isRoot(trail.get(from))) {
      return null;
    }
    if (from >= trail.size()) {
      return null;
    }
    String name = trail.get(from).name();
    boolean isTitle = title != null && name.equalsIgnoreCase(title.strip());
    return isTitle || name.length() > MAX_SECTION_CHARS
        || PageTextExtractor.wordCount(name) > MAX_SECTION_WORDS ? null : name;
  }

  private static boolean isRoot(Crumb c) {
    if (ROOT_CRUMB.matcher(c.name()).matches()) {
      return true;
    }
    try {
      String path = URI.create(c.url().strip()).getPath();
      return !c.url().isBlank() && (path == null || path.isEmpty() || path.equals("/"));
    } catch (IllegalArgumentException badUrl) {
      return false;
    }
  }

  /** The crumbs of a JSON-LD BreadcrumbList, by position. */
  private static List<Crumb> jsonCrumbs(JsonNode list) {
    List<JsonNode> items = new ArrayList<>();
    list.path("itemListElement").forEach(items::add);
    items.sort(Comparator.comparingInt(n -> n.path("position").asInt(Integer.MAX_VALUE)));
    List<Crumb> crumbs = new ArrayList<>();
    for (JsonNode n : items) {
      JsonNode item = n.path("item");
      String name = n.path("name").asText(item.path("name").asText(""));
      String url = item.isTextual() ? item.asText() : item.path("@id").asText(n.path("url")
          .asText(""));
      crumbs.add(new Crumb(HtmlExtractor.normalise(name).strip(), url));
    }
    return crumbs;
  }

  /**
   * The crumbs of the first breadcrumb trail in the markup: microdata items, else the links of a
   * box whose class, id or ARIA label says breadcrumb (the article's own crumb is seldom a link).
   */
  private static List<Crumb> markupCrumbs(Document doc) {
    List<Crumb> crumbs = new ArrayList<>();
    Element list = doc.selectFirst("[itemtype~=(?i)BreadcrumbList$]");
    if (list != null) {
      for (Element item : list.select("[itemprop=itemListElement]")) {
        Element name = item.selectFirst("[itemprop=name]");
        Element link = item.selectFirst("a[href], [itemprop=item][href]");
        String text = name == null ? item.text()
            : name.hasAttr("content") ? name.attr("content") : name.text();
        crumbs.add(new Crumb(HtmlExtractor.normalise(text).strip(),
            link == null ? "" : link.attr("href")));
      }
      return crumbs;
    }
    Element box = doc.selectFirst("[class~=(?i)breadcrumb], [id~=(?i)breadcrumb], "
        + "[aria-label~=(?i)breadcrumb]");
    if (box != null) {
      Elements links = box.select("a[href]");
      for (Element a : links) {
        crumbs.add(new Crumb(HtmlExtractor.normalise(a.text()).strip(), a.attr("href")));
      }
    }
    return crumbs;
  }

  /**
   * The first value of the given keys in the {@code vars} or {@code extraUrlParams} of an
   * {@code amp-analytics} configuration; a comma-separated list gives its first item for a
   * section and all of them for writers.
   */
  private static String analyticsVar(Document doc, List<String> keys) {
    for (Element script : doc.select("amp-analytics script[type=application/json]")) {
      JsonNode config;
      try {
        config = HtmlMetadata.JSON.readTree(script.data());
      } catch (Exception malformed) {
        continue;
      }
      for (String key : keys) {
        for (String holder : new String[] {"vars", "extraUrlParams"}) {
          JsonNode v = config == null ? null : config.path(holder).get(key);
          if (v != null && v.isTextual() && !v.asText().isBlank()) {
            String value = v.asText().strip();
            return key.toLowerCase(Locale.ROOT).startsWith("section")
                ? value.split(",")[0].strip() : value;
          }
        }
      }
    }
    return null;
  }
}
