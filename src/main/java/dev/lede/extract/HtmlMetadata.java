package dev.lede.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * The metadata an HTML page declares about its article: title, byline, publication date, section,
 * canonical URL and schema.org {@code articleBody}, from Open Graph and other meta tags, JSON-LD,
 * microdata and common markup. Immutable and thread-safe.
 */
record HtmlMetadata(String title, String byline, String publishedAt, String section, String url,
    Integer statedReadingMinutes, String articleBody) {

  /**
   * Lenient, because JSON-LD in the wild carries raw newlines and tabs inside strings; shared by
   * every reader of a page's JSON ({@link ScriptData}, {@link PageSections}): a mapper is costly
   * to build and thread-safe once configured.
   */
  static final ObjectMapper JSON = JsonMapper.builder(new JsonFactory())
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*(written\\s+)?by[:\\s]+");
  /** Where a byline box runs on past the name: a handle, a separator, a line, an e-mail address. */
  private static final Pattern BYLINE_TAIL =
      Pattern.compile("\\s[@•|·]|\\s[-–—]\\s|\\n|\\s[\\w.+\\-]+@[\\w\\-]+\\.");
  private static final Pattern URLISH = Pattern.compile("(?i)^(https?:|www\\.|/)");
  private static final Pattern DATE_PREFIX =
      Pattern.compile("^(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{2}):?(\\d{2})(?::?(\\d{2}))?"
          + "(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile("(?i).*(Article|BlogPosting|Posting|Report|Review|Story|WebPage)$");

  private static final Pattern BREADCRUMB_TYPE = Pattern.compile("BreadcrumbList");

  /** A paragraph this long starts the article: reading-time labels come before it. */
  private static final int FIRST_PARAGRAPH_CHARS = 80;

  /**
   * A class name that marks a writer's name, plain or BEM (block__element, with a c-/m-/o-
   * prefix): "author", "author-name", "post-author", "c-byline__author", "m-author__name",
   * "story-meta__author-name"; a reader's comment's author is none, nor a bio or avatar box.
   */
  private static final Pattern WRITER_CLASS = Pattern.compile(
      "(?i)(?![\\w-]*comment)(?:[a-z]{1,2}-)?(?:[a-z0-9]+-)*(?:[a-z0-9-]+__)?(?:[a-z0-9]+-)*"
          + "(?:author|writer)(?:-?name)?"
          + "|(?![\\w-]*comment)(?:[a-z]{1,2}-)?(?:[a-z0-9]+-)*(?:author|byline|writer)s?__"
          + "(?:name|link)");

  /** A class name that marks a byline box: "byline", "o-byline", "article__byline". */
  private static final Pattern BYLINE_CLASS = Pattern.compile(
      "(?i)(?![\\w-]*comment)(?:[a-z]{1,2}-)?(?:[a-z0-9]+-)*(?:[a-z0-9-]+__)?byline");

  /** Headings compared with the {@code <title>}, at most: the headline comes early. */
  private static final int MAX_HEADINGS_SEEN = 20;

  /** Most writers read from the elements of one byline. */
  private static final int MAX_WRITERS = 20;

  /** Longest byline kept: longer "author" texts are bios, not names. */
  private static final int MAX_BYLINE_CHARS = 100;

  static HtmlMetadata read(Document doc) {
    Map<String, String> meta = metas(doc);
    List<JsonNode> roots = jsonLd(doc);
    List<JsonNode> ld = typed(roots, ARTICLE_TYPE);
    String siteName = meta.get("og:site_name");
    String title = firstNonBlank(
        stripSite(meta.get("og:title"), siteName, false),
        stripSite(meta.get("twitter:title"), siteName, false),
        ldText(ld, "headline"),
        text(doc.selectFirst("h1")),
        headingInTitle(doc),
        stripSite(doc.title(), siteName, true));
    String byline = firstNonBlank(
        metaAuthors(doc, "author"),
        metaAuthors(doc, "article:author"),
        ldAuthor(ld),
        name(meta.get("sailthru.author")),
        name(meta.get("parsely-author")),
        name(meta.get("dc.creator")),
        writers(doc, "[itemprop=author] [itemprop=name], [itemprop=author]"),
        writers(doc, "[rel=author]"),
        writers(doc, root -> byClass(root, WRITER_CLASS)),
        writers(doc, root -> byClass(root, BYLINE_CLASS)),
        name(PageSections.analyticsAuthors(doc)));
    String published = firstNonBlank(
        isoDate(meta.get("article:published_time")),
        isoDate(meta.get("og:published_time")),
        isoDate(ldText(ld, "datePublished")),
        isoDate(attr(doc.selectFirst("[itemprop=datePublished]"), "content", "datetime")),
        isoDate(meta.get("pubdate")),
        isoDate(meta.get("publishdate")),
        isoDate(meta.get("publish-date")),
        isoDate(meta.get("sailthru.date")),
        isoDate(meta.get("parsely-pub-date")),
        isoDate(meta.get("dc.date.issued")),
        isoDate(meta.get("dc.date")),
        isoDate(meta.get("date")),
        isoDate(attr(doc.selectFirst("time[datetime]"), "datetime")));
    String section = firstNonBlank(
        meta.get("article:section"),
        ldText(ld, "articleSection"),
        meta.get("section"),
        meta.get("parsely-section"),
        PageSections.section(doc, typed(roots, BREADCRUMB_TYPE), title));
    String url = firstNonBlank(
        attr(doc.selectFirst("link[rel=canonical]"), "href"),
        meta.get("og:url"),
        ldText(ld, "url"));
    if (byline == null || published == null) {
      MetaLines.Meta shown = shownMeta(doc);
      byline = firstNonBlank(byline, shown.byline);
      published = firstNonBlank(published, shown.date);
    }
    byline = byline == null ? null : MetaLines.byline(byline);
    String body = ldText(ld, "articleBody");
    if (body != null && body.indexOf('<') >= 0) {
      body = org.jsoup.Jsoup.parse(body).text();
    }
    return new HtmlMetadata(title, byline, published, section, url, statedMinutes(doc, meta),
        body);
  }

  /**
   * The reading time the page states: a Yoast-style {@code twitter:label1}/{@code twitter:data1}
   * pair, or a short "5 min read" label before the article's first paragraph (later ones belong to
   * teasers of other articles). Navigation, asides and footers are not searched.
   */
  private static Integer statedMinutes(Document doc, Map<String, String> meta) {
    for (int i = 1; i <= 4; i++) {
      String label = meta.get("twitter:label" + i);
      String data = meta.get("twitter:data" + i);
      if (label != null && data != null && label.toLowerCase(Locale.ROOT).contains("reading time")) {
        Integer minutes = MetaLines.statedMinutes(data + " read");
        if (minutes != null) {
          return minutes;
        }
      }
    }
    Integer[] found = {null};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String text = t.text().strip();
          if (!text.isEmpty() && text.length() <= MetaLines.MAX_READING_LABEL_CHARS) {
            found[0] = MetaLines.statedMinutes(text);
          }
          return found[0] == null ? FilterResult.CONTINUE : FilterResult.STOP;
        }
        if (node instanceof Element e) {
          if (isOutsideTheArticle(e)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (e.nameIs("p") && e.text().length() >= FIRST_PARAGRAPH_CHARS) {
            return FilterResult.STOP;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, doc.body());
    return found[0];
  }

  /**
   * Whether an element holds nothing of the article's text: navigation, asides, code, and
   * footers other than an article's own (Drupal puts "Submitted by NAME on DATE" in one).
   */
  private static boolean isOutsideTheArticle(Element e) {
    return e.nameIs("nav") || e.nameIs("aside") || e.nameIs("script") || e.nameIs("style")
        || e.nameIs("footer") && e.closest("article") == null;
  }

  /**
   * The byline and date the page shows before the article's first paragraph, in the forms
   * {@link MetaLines} reads from a line ("By X", "Posted on March 3, 2024 by X", "X • April
   * 2, 2024 • 3 min read"): small sites declare them nowhere else. Lines end at blocks and line
   * breaks; navigation, asides and footers are not searched; the first of each kind wins.
   */
  private static MetaLines.Meta shownMeta(Document doc) {
    MetaLines.Meta found = new MetaLines.Meta();
    StringBuilder line = new StringBuilder();
    boolean[] prose = {false};
    Runnable flush = () -> {
      // a line of prose, in a page without paragraph markup, starts the article too
      prose[0] |= line.length() > HtmlExtractor.LONG_BLOCK_CHARS;
      MetaLines.Meta m = MetaLines.of(line.toString());
      line.setLength(0);
      if (m != null) {
        found.byline = found.byline == null ? m.byline : found.byline;
        found.date = found.date == null ? m.date : found.date;
      }
    };
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          line.append(t.text());
          return FilterResult.CONTINUE;
        }
        if (node instanceof Element e) {
          if (isOutsideTheArticle(e)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (e.nameIs("p") && e.text().length() >= FIRST_PARAGRAPH_CHARS) {
            return FilterResult.STOP;
          }
          if (e.nameIs("br") || HtmlExtractor.BLOCK_TAGS.contains(e.tagName())
              && !continuesLabel(e, line)) {
            flush.run();
          }
        }
        return prose[0] ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && HtmlExtractor.BLOCK_TAGS.contains(e.tagName())) {
          if (continuesLabel(e, line)) {
            line.append(' ');
          } else {
            flush.run();
          }
        }
        return prose[0] ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, doc.body());
    flush.run();
    return found;
  }

  /**
   * Whether a table cell's line is a label ("Author:", "Date:") that the next cell completes: a
   * table layout sets label and value in cells side by side.
   */
  private static boolean continuesLabel(Element cell, StringBuilder line) {
    if (!cell.nameIs("td") && !cell.nameIs("th")) {
      return false;
    }
    int i = line.length() - 1;
    while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
      i--;
    }
    return i >= 0 && line.charAt(i) == ':';
  }

  /**
   * The page's meta tags by lower-case {@code property}, {@code name} or {@code itemprop}, the
   * first non-blank {@code content} of each: read once, looked up many times.
   */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> map = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String v = m.attr("content").strip();
      if (v.isEmpty()) {
        continue;
      }
      for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop")}) {
        if (!key.isEmpty()) {
          map.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
        }
      }
    }
    return map;
  }

  /**
   * The writers named by the meta tags of one name or property, one tag per writer as sites with
   * several authors declare them, in page order and once each; null when none names one.
   */
  private static String metaAuthors(Document doc, String key) {
    Set<String> names = new LinkedHashSet<>();
    for (Element m : doc.getElementsByTag("meta")) {
      if (m.attr("name").equalsIgnoreCase(key) || m.attr("property").equalsIgnoreCase(key)) {
        String n = name(m.attr("content"));
        if (n != null) {
          names.add(n);
        }
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /**
   * The writers named by the elements a selector finds in the byline of the first one (the
   * elements under its grandparent: "By <a>A</a> and <a>B</a>", a list of author links), in page
   * order and once each; an element that holds another one found is its box, not a name. Null
   * when none names one.
   */
  private static String writers(Document doc, String selector) {
    return writers(doc, root -> root.select(selector));
  }

  /**
   * The writers named by the elements {@code find} finds in the byline box of the first one it
   * finds in the page, as {@link #writers(Document, String)} says.
   */
  private static String writers(Document doc, Function<Element, Elements> find) {
    Element first = doc.body() == null ? null : find.apply(doc.body()).first();
    if (first == null) {
      return null;
    }
    Element box = first.parent() == null || first.parent().parent() == null
        ? first : first.parent().parent();
    Elements found = find.apply(box);
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < found.size() && i < MAX_WRITERS; i++) {
      Element e = found.get(i);
      if (i + 1 < found.size() && found.get(i + 1).parents().contains(e)) {
        continue;
      }
      String n = name(text(e));
      if (n != null) {
        names.add(n);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /** The elements, in page order, one of whose class names matches a pattern whole. */
  private static Elements byClass(Element root, Pattern className) {
    Elements found = new Elements();
    for (Element e : root.getAllElements()) {
      String classes = e.className();
      if (classes.isEmpty()) {
        continue;
      }
      for (String c : classes.split("\\s+")) {
        if (className.matcher(c).matches()) {
          found.add(e);
          break;
        }
      }
    }
    return found;
  }

  private static String text(Element e) {
    return e == null ? null : HtmlExtractor.normalise(e.text());
  }

  private static String attr(Element e, String... names) {
    if (e == null) {
      return null;
    }
    for (String n : names) {
      if (e.hasAttr(n) && !e.attr(n).isBlank()) {
        return e.attr(n).strip();
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /**
   * The page's heading ({@code h2}, {@code h3}) that its {@code <title>} ends or starts with, the
   * rest being the site's name ("Pond Notes: Mill Pond Dredging" above a Blogger post headed
   * "Mill Pond Dredging", with no space before the colon to mark the site's part); null when none
   * does. A heading of one word, or under half the title, is no article's headline.
   */
  private static String headingInTitle(Document doc) {
    String title = HtmlExtractor.normalise(doc.title()).strip();
    if (title.isEmpty() || doc.body() == null) {
      return null;
    }
    int seen = 0;
    for (Element h : doc.body().select("h2, h3")) {
      if (++seen > MAX_HEADINGS_SEEN) {
        break;
      }
      String t = HtmlExtractor.normalise(h.text()).strip();
      if (t.length() < title.length() && t.length() * 2 >= title.length() && t.indexOf(' ') > 0
          && (title.endsWith(t) || title.startsWith(t))) {
        return t;
      }
    }
    return null;
  }

  /**
   * Drops a " | Site Name" style suffix (or prefix) from a page title: the declared site name, or,
   * when {@code guess} is set (for {@code <title>}, which nearly always carries one), a short last
   * part after a separator.
   */
  static String stripSite(String title, String siteName, boolean guess) {
    if (title == null) {
      return null;
    }
    String t = title.strip();
    Matcher m = TITLE_SEPARATOR.matcher(t);
    List<int[]> seps = new ArrayList<>();
    while (m.find()) {
      seps.add(new int[] {m.start(), m.end()});
    }
    if (seps.isEmpty()) {
      return t;
    }
    if (siteName != null && !siteName.isBlank()) {
      int[] last = seps.get(seps.size() - 1);
      if (t.substring(last[1]).strip().equalsIgnoreCase(siteName.strip())) {
        return t.substring(0, last[0]).strip();
      }
      int[] first = seps.get(0);
      if (t.substring(0, first[0]).strip().equalsIgnoreCase(siteName.strip())) {
        return t.substring(first[1]).strip();
      }
    }
    if (!guess) {
      return t;
    }
    // Without a declared site name: a short last part after the separator is the site's.
    int[] last = seps.get(seps.size() - 1);
    String tail = t.substring(last[1]).strip();
    String head = t.substring(0, last[0]).strip();
    if (t.charAt(last[0] + (last[1] - last[0]) / 2) != ':' && tail.split("\\s+").length <= 4
        && head.length() > tail.length()) {
      return head;
    }
    return t;
  }

  private static String name(String raw) {
    if (raw == null) {
      return null;
    }
    String s = BY_PREFIX.matcher(raw.strip()).replaceFirst("").strip();
    // Byline boxes run on into handles, dates and reading times: keep the name before them.
    Matcher tail = BYLINE_TAIL.matcher(s);
    if (tail.find()) {
      s = s.substring(0, tail.start()).strip();
    }
    if (s.isEmpty() || s.length() > MAX_BYLINE_CHARS || URLISH.matcher(s).find()) {
      return null;
    }
    return s;
  }

  /** Normalises a date or date-time to ISO-8601, or returns null when it is none. */
  static String isoDate(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      return OffsetDateTime.parse(s).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notOffset) {
      // fall through to the looser forms below
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
          .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notRfc) {
      // fall through
    }
    Matcher m = DATE_PREFIX.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return date.toString();
      }
      LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      String zone = m.group(7);
      if (zone == null) {
        return time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      }
      if (!zone.equals("Z") && zone.indexOf(':') < 0) {
        zone = zone.substring(0, 3) + ":" + zone.substring(3);
      }
      return OffsetDateTime.of(time, java.time.ZoneOffset.of(zone))
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (java.time.DateTimeException | NumberFormatException bad) {
      return null;
    }
  }

  /** The page's JSON-LD blocks, in page order; malformed blocks are skipped. */
  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> roots = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        roots.add(JSON.readTree(script.data()));
      } catch (Exception malformed) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return roots;
  }

  /** The JSON-LD objects of a type (articles, breadcrumb lists), in page order. */
  private static List<JsonNode> typed(List<JsonNode> roots, Pattern typeName) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode root : roots) {
      collect(root, typeName, found, 0);
    }
    return found;
  }

  private static void collect(JsonNode node, Pattern typeName, List<JsonNode> found, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, typeName, found, depth + 1);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode type = node.get("@type");
    boolean article = false;
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if (typeName.matcher(t.asText()).matches()) {
          article = true;
        }
      }
    }
    if (article) {
      found.add(node);
    }
    collect(node.get("@graph"), typeName, found, depth + 1);
    // a WebPage holds its trail: {"@type": "WebPage", "breadcrumb": {"@type": "BreadcrumbList"}}
    collect(node.get("breadcrumb"), typeName, found, depth + 1);
  }

  private static String ldText(List<JsonNode> ld, String field) {
    // Articles before web pages: a WebPage's "url" or "headline" is the fallback.
    for (int pass = 0; pass < 2; pass++) {
      for (JsonNode n : ld) {
        boolean webPage = n.path("@type").asText("").endsWith("WebPage");
        if (webPage != (pass == 1)) {
          continue;
        }
        JsonNode v = n.get(field);
        if (v != null && v.isArray() && v.size() > 0) {
          v = v.get(0);
        }
        if (v != null && v.isObject()) {
          v = v.has("@id") ? v.get("@id") : v.get("name");
        }
        if (v != null && v.isValueNode() && !v.asText().isBlank()) {
          return v.asText().strip();
        }
      }
    }
    return null;
  }

  private static String ldAuthor(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode a = n.get("author");
      if (a == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode one : a.isArray() ? a : List.of(a)) {
        String s = one.isObject() ? one.path("name").asText("") : one.asText("");
        s = name(s);
        if (s != null) {
          names.add(s);
        }
      }
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return null;
  }
}
