package dev.lede.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the main content of an HTML page with jsoup, in the manner of Readability: boilerplate
 * is pruned by tag, ARIA role and class/id pattern; every paragraph-like block scores its
 * ancestors (length, commas); the best-scoring container, discounted by its link density, wins,
 * together with siblings that score nearly as well; its blocks are then cleaned one by one (link
 * lists, widget phrases, captions). Metadata comes from {@link HtmlMetadata}. Stateless and
 * thread-safe.
 */
final class HtmlExtractor {

  /** Elements that never hold article prose. */
  private static final String JUNK_TAGS =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, button, input, "
          + "select, textarea, nav, aside, footer, dialog, menu, figcaption, video, audio, map, "
          + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], "
          + "[role=contentinfo], [role=banner], [role=dialog], [role=alertdialog], [role=menu], "
          + "[role=menubar], [role=search], [role=toolbar], [role=tablist]";

  /**
   * Class or id fragments of page furniture (after Readability's unlikelyCandidates). A box "for
   * subscribers" ("subscriber-only", "subscriber-preview") holds the article on paywalled pages;
   * one that asks to subscribe is furniture.
   */
  private static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|^ad-|-ads\\b|^ads?$|\\bads?\\b|advert|ai2html|banner|breadcrumb|combx|comment|community"
          + "|cover-wrap|disqus|extra|foot(?!notes?)|gdpr|header|legends|menu|related|remark|replies|rss"
          + "|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination"
          + "|pager|popup|yom-remote|cookie|consent|newsletter|subscri(?!bers?\\b)|share|sharing"
          + "|promo|outbrain|taboola|most-?read|most-?popular|popular|trending|recommend|signup"
          + "|sign-up|paywall|modal|overlay|toolbar|author-?bio|byline|tags?\\b|taglist|masthead"
          + "|navbar|navigation|\\bnav\\b|widget|teaser|more-?stories|read-?more|read-?next"
          + "|up-?next|skip-?link|breaking-?news-?bar|prev-?next|next-?prev|post-?nav|caption"
          + "|credit|meta|author-?(?:box|info|card|profile|bio)|about-?(?:the-?)?author"
          + "|site-?info|copyright|colophon",
      Pattern.CASE_INSENSITIVE);

  /** Class or id fragments of readers' comments. */
  private static final Pattern COMMENT = Pattern.compile("comment", Pattern.CASE_INSENSITIVE);

  /** Class or id fragments of boxes around pictures (captions, credits). */
  private static final Pattern VISUAL =
      Pattern.compile("caption|credit|figure|photo|image|media", Pattern.CASE_INSENSITIVE);

  /** Class or id fragments that may still be content despite an unlikely fragment. */
  private static final Pattern MAYBE = Pattern.compile(
      "and|article|body|column|content|main|shadow|post|entry|story|text|blog|embed",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"
          + "|prose|rich-?text",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer"
          + "|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
          + "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|caption|credit"
          + "|newsletter|subscribe(?!rs?\\b)|social|recommend|popular|trending|nav|menu",
      Pattern.CASE_INSENSITIVE);

  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
      "section", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "center", "details",
      "summary", "body", "html");

  private static final Set<String> SCORED_BLOCKS = Set.of("p", "pre", "td", "blockquote", "li");

  /** Longest block, in chars, that is taken for a cut-short teaser when it ends in "...". */
  private static final int MAX_TEASER_CHARS = 300;

  /**
   * The vocabulary of the calls to action that close many articles: subscribe, sign up for the
   * newsletter, follow us, write to the author, send a tip.
   */
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "(?i)\\b(?:subscribe|subscription|newsletters?|sign\\s+up|follow\\s+(?:us|him|her|them|@)"
          + "|(?:on|at)\\s+(?:twitter|facebook|instagram)|have\\s+a\\s+tip|send\\s+(?:us\\s+)?"
          + "(?:a\\s+)?tips?|contact\\s+(?:us|the\\s+author)|e-?mail\\s+(?:us|me|him|her)"
          + "|may\\s+be\\s+reached|can\\s+be\\s+reached|reach\\s+(?:him|her|them|me|us)\\s+at"
          + "|letters?\\s+to\\s+the\\s+editor)\\b");

  /** Longest closing paragraph, in chars, that is taken for a call to action. */
  private static final int MAX_CALL_TO_ACTION_CHARS = 300;

  /** Longest block, in chars, that may be dropped as a label at the edges of the body. */
  private static final int EDGE_LABEL_CHARS = 100;

  /** Chars that end a sentence or a quoted or bracketed one. */
  private static final String SENTENCE_END_CHARS = ".!?…:;\"'”’)]»。！？";

  /** Shortest block, in chars, whose text counts as a scored paragraph (Readability's 25). */
  private static final int MIN_PARAGRAPH_CHARS = 25;

  /** Blocks up to this many chars are short: labels, link stubs, one-line paragraphs. */
  static final int SHORT_BLOCK_CHARS = 80;

  /** Blocks over this many chars are long enough to be prose whatever their shape. */
  static final int LONG_BLOCK_CHARS = 200;

  /** A sibling of the winner joins it only with less link text than this (Readability 0.25). */
  private static final double MAX_SIBLING_LINK_DENSITY = 0.25;

  /** A body shorter than this, in chars, makes extraction try again without class patterns. */
  private static final int MIN_ARTICLE_CHARS = 500;

  /** A doomed-looking container with this many paragraphs inside wraps the article. */
  private static final int MIN_PARAGRAPHS_OF_ARTICLE = 8;

  private HtmlExtractor() {}

  static Article extract(String html) {
    Document doc = Jsoup.parse(html);
    HtmlMetadata meta = HtmlMetadata.read(doc);
    Body body = body(doc, meta, true);
    ScriptData.Found data = null;
    if (body.text().length() < MIN_ARTICLE_CHARS) {
      // So little text may mean the class/id patterns pruned the article itself (a wrapper
      // named "has-share-bar"): as Readability does, try again without them, keep the longer.
      Document again = Jsoup.parse(html);
      // or that the page is a script's shell with the article in its data (read before pruning
      // removes the scripts)
      data = ScriptData.read(again);
      Body lenient = body(again, meta, false);
      if (lenient.text().length() > body.text().length()) {
        body = lenient;
      }
    }
    String text = body.text();
    String byline = meta.byline();
    String date = meta.publishedAt();
    String section = meta.section();
    if (data != null) {
      String dataText = String.join("\n\n", data.paragraphs());
      if (text.isEmpty() || dataText.length() > 2 * text.length() + 200) {
        text = dataText;
        byline = byline != null || data.byline() == null ? byline : MetaLines.byline(data.byline());
        date = date != null ? date : data.publishedAt();
        section = section != null ? section : data.section();
      }
    }
    String jsonLdBody = meta.articleBody();
    if (jsonLdBody != null && (text.isEmpty() || jsonLdBody.length() > 2 * text.length() + 200)) {
      // The markup hid the prose from us (scripts, odd containers); the page's own
      // schema.org articleBody is the better source then, however short when there is no other.
      text = jsonLdBody;
    }
    return new Article(meta.title(), byline, section, date, meta.url(),
        meta.statedReadingMinutes(), text, body.images());
  }

  /** The body text and image count extracted from a page. */
  private record Body(String text, int images) {}

  private static Body body(Document doc, HtmlMetadata meta, boolean byClass) {
    Element root = doc.body();
    prune(root, byClass);
    Map<Element, Stats> stats = new IdentityHashMap<>();
    measure(root, stats);
    List<Element> containers = withSiblings(topCandidate(root, stats), meta.title());
    List<String> paragraphs = new ArrayList<>();
    int images = 0;
    for (Element c : containers) {
      new HtmlBlockWriter(paragraphs, meta.title(), stats).write(c);
      images += countImages(c);
    }
    return new Body(String.join("\n\n", trimEdges(PullQuotes.without(paragraphs))), images);
  }

  /**
   * Images a reader sees in a container, {@code <img>} and AMP's {@code <amp-img>} (whose
   * {@code <noscript>} fallback is pruned): tracking pixels (1 or 2 px wide or high) left out.
   */
  private static int countImages(Element container) {
    int n = 0;
    for (Element img : container.select("img, amp-img")) {
      if (!isPixel(img.attr("width")) && !isPixel(img.attr("height"))) {
        n++;
      }
    }
    return n;
  }

  private static boolean isPixel(String size) {
    String s = size.strip();
    return s.equals("0") || s.equals("1") || s.equals("2") || s.startsWith("1px")
        || s.startsWith("0px") || s.startsWith("2px");
  }

  /**
   * Drops short unpunctuated blocks before the first sentence-like paragraph, if there is one:
   * there they are kickers, datelines, credits and labels, not prose (trimming the tail the same
   * way was measured too: it cost as much recall as it gained precision). At the end, drops
   * closing calls to action (subscribe, follow us, write to the author) and a label right before
   * one, the heading of its box.
   */
  static List<String> trimEdges(List<String> paragraphs) {
    int from = 0;
    while (from < paragraphs.size() && isEdgeLabel(paragraphs.get(from))) {
      from++;
    }
    if (from == paragraphs.size()) {
      // no sentence-like paragraph, so nothing to come before: a page of short fragments
      // ("<p>Unclosed <b>tag <div>Angela Merkel visited Paris") keeps them
      from = 0;
    }
    int to = paragraphs.size();
    boolean dropped = false;
    while (to > from + 1) {
      String last = paragraphs.get(to - 1);
      if (last.length() < MAX_CALL_TO_ACTION_CHARS && CALL_TO_ACTION.matcher(last).find()) {
        dropped = true;
      } else if (dropped && last.length() < EDGE_LABEL_CHARS && !endsLikeSentence(last)) {
        // the heading of the box the call to action was in ("Support local journalism")
        dropped = false;
      } else {
        break;
      }
      to--;
    }
    return paragraphs.subList(from, to);
  }

  private static boolean isEdgeLabel(String p) {
    return p.length() < EDGE_LABEL_CHARS && !endsLikeSentence(p)
        || p.length() < MAX_TEASER_CHARS && (p.endsWith("...") || p.endsWith("…"));
  }

  /** Removes elements that never hold article prose, and containers of page furniture. */
  private static void prune(Element root, boolean byClass) {
    root.select(JUNK_TAGS).remove();
    Map<Element, int[]> inside = countInside(root);
    List<Element> doomed = new ArrayList<>();
    // One pre-order walk that does not enter what it dooms: linear however deep the page.
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e == root) {
          return FilterResult.CONTINUE;
        }
        int[] counts = inside.get(e);
        boolean wrapsArticle = counts != null
            && (counts[WRAPS] > 0 || counts[PARAGRAPHS] >= MIN_PARAGRAPHS_OF_ARTICLE);
        if (e.nameIs("header") && (counts == null || counts[PARAGRAPHS] < 3)) {
          doomed.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (e.nameIs("article") || e.nameIs("main") || wrapsArticle) {
          return FilterResult.CONTINUE;
        }
        String attrs = e.className() + " " + e.id() + " " + e.attr("data-qa") + " "
            + e.attr("data-testid") + " " + e.attr("data-component");
        if (byClass && !attrs.isBlank() && UNLIKELY.matcher(attrs).find()
            && !MAYBE.matcher(attrs).find()
            || isHiddenStyle(e)) {
          doomed.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
    for (Element e : doomed) {
      // A caption box goes, but the picture it frames stays: it counts for the reading time.
      if (VISUAL.matcher(e.className() + " " + e.id()).find()) {
        for (Element img : e.getElementsByTag("img")) {
          e.before(img.clone());
        }
      }
      e.remove();
    }
  }

  private static final int PARAGRAPHS = 0;
  private static final int WRAPS = 1;

  /**
   * Counts, for every element, the {@code <p>} inside it and the article containers inside it
   * ({@code article}, {@code main}, {@code itemprop=articleBody}), in one post-order walk.
   */
  private static Map<Element, int[]> countInside(Element root) {
    Map<Element, int[]> counts = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        int[] c = new int[2];
        for (Element child : e.children()) {
          int[] cc = counts.get(child);
          if (cc != null) {
            c[PARAGRAPHS] += cc[PARAGRAPHS] + (child.nameIs("p") ? 1 : 0);
            c[WRAPS] += cc[WRAPS] + (isArticleContainer(child) ? 1 : 0);
          }
        }
        counts.put(e, c);
      }
    }, root);
    return counts;
  }

  /**
   * Whether an element holds an article: {@code article}, {@code main} or
   * {@code itemprop=articleBody}, unless its class or id names a reader's comment (themes mark up
   * each comment as an {@code <article>}, which must not shield the comment section).
   */
  private static boolean isArticleContainer(Element e) {
    return (e.nameIs("article") || e.nameIs("main")
        || e.attr("itemprop").equalsIgnoreCase("articleBody"))
        && !COMMENT.matcher(e.className() + " " + e.id()).find();
  }

  private static boolean isHiddenStyle(Element e) {
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** Per-element statistics, gathered once bottom-up. */
  static final class Stats {
    int textChars;
    int linkChars;
    double score;
    boolean candidate;
  }

  private static Winner topCandidate(Element root, Map<Element, Stats> stats) {
    List<Element> candidates = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (!isParagraph(e)) {
        continue;
      }
      String text = ownText(e);
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double score = 1 + countCommas(text) + Math.min(text.length() / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 5; level++) {
        Stats s = stats.get(ancestor);
        if (s == null) {
          break;
        }
        if (!s.candidate) {
          s.candidate = true;
          s.score += initialScore(ancestor);
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        s.score += score / divider;
        ancestor = ancestor.parent();
      }
    }
    Element best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Element c : candidates) {
      Stats s = stats.get(c);
      s.score *= 1 - linkDensity(s);
      if (s.score > bestScore) {
        bestScore = s.score;
        best = c;
      }
    }
    if (best == null) {
      return new Winner(root, 0);
    }
    // Climb while the parent scores higher still: the article is split across children.
    Element parent = best.parent();
    double lastScore = bestScore;
    double threshold = bestScore / 3;
    while (parent != null && parent != root.parent() && stats.containsKey(parent)) {
      Stats ps = stats.get(parent);
      if (!ps.candidate || ps.score < threshold) {
        parent = parent.parent();
        continue;
      }
      if (ps.score > lastScore) {
        best = parent;
        break;
      }
      lastScore = ps.score;
      parent = parent.parent();
    }
    // A lone child adds nothing: its parent may hold siblings worth merging.
    while (best.parent() != null && best.parent() != root.parent()
        && best.parent().childrenSize() == 1) {
      best = best.parent();
    }
    Stats bs = stats.get(best);
    return new Winner(best, bs == null ? 0 : bs.score);
  }

  private record Winner(Element element, double score) {}

  private static double initialScore(Element e) {
    double score = switch (e.tagName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (e.tagName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      score += 10;
    }
    return score + classWeight(e);
  }

  private static int classWeight(Element e) {
    int weight = 0;
    for (String attr : new String[] {e.className(), e.id()}) {
      if (attr.isEmpty()) {
        continue;
      }
      if (NEGATIVE.matcher(attr).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(attr).find()) {
        weight += 25;
      }
    }
    return weight;
  }

  /**
   * Computes text and link-text lengths of every element in one post-order walk (iterative, as
   * pages can nest deeper than the stack allows).
   */
  private static void measure(Element root, Map<Element, Stats> stats) {
    NodeTraversor.traverse(new NodeVisitor() {
      int linkDepth;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e.nameIs("a")) {
          linkDepth++;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        if (e.nameIs("a")) {
          linkDepth--;
        }
        Stats s = new Stats();
        for (Node child : e.childNodes()) {
          if (child instanceof TextNode t) {
            int n = visibleChars(t.getWholeText());
            s.textChars += n;
            if (linkDepth > 0 || e.nameIs("a")) {
              s.linkChars += n;
            }
          } else if (child instanceof Element c) {
            Stats cs = stats.get(c);
            if (cs != null) {
              s.textChars += cs.textChars;
              s.linkChars += cs.linkChars;
            }
          }
        }
        stats.put(e, s);
      }
    }, root);
  }

  /** Chars that are not white space: a cheap measure of how much text a node shows. */
  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static double linkDensity(Stats s) {
    return s.textChars == 0 ? 0 : Math.min(1, (double) s.linkChars / s.textChars);
  }

  private static boolean isParagraph(Element e) {
    String tag = e.tagName();
    if (SCORED_BLOCKS.contains(tag)) {
      return true;
    }
    if (tag.equals("div") || tag.equals("section") || tag.equals("article")) {
      for (TextNode t : e.textNodes()) {
        if (t.text().strip().length() >= MIN_PARAGRAPH_CHARS) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The text of a block without that of its nested blocks (which score for themselves; counting
   * them again would also make nested lists and tables quadratic).
   */
  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        sb.append(t.text());
      } else if (n instanceof Element c && !BLOCK_TAGS.contains(c.tagName())) {
        sb.append(c.text());
      }
    }
    return sb.toString().strip();
  }

  private static int countCommas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  /** A div or section holding text but no block: a paragraph in all but name. */
  private static boolean isInlineOnly(Element e) {
    if (!e.nameIs("div") && !e.nameIs("section")) {
      return false;
    }
    for (Element d : e.getAllElements()) {
      if (d != e && BLOCK_TAGS.contains(d.tagName())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The winner plus siblings that look like more of the same article. Among {@code <article>}
   * siblings, the one headed by the page's title is the article (the winner may be the next story
   * on a page that scrolls on), and a sibling {@code <article>} under a headline of its own is
   * another story, however alike their classes.
   */
  private static List<Element> withSiblings(Winner winner, String title) {
    Element top = winner.element();
    double topScore = winner.score();
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    Element titledArticle = titledArticle(parent, title);
    if (titledArticle != null && top.nameIs("article")) {
      // the next story outscored the page's own: the page's title names the article it is
      top = titledArticle;
    }
    boolean titled = top == titledArticle;
    List<Element> result = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        result.add(sibling);
        continue;
      }
      if (titled && sibling.nameIs("article") && headline(sibling) != null) {
        continue;
      }
      String text = sibling.text();
      int links = 0;
      for (Element a : sibling.getElementsByTag("a")) {
        links += a.text().length();
      }
      double density = text.isEmpty() ? 1 : (double) links / text.length();
      boolean sameClass = !top.className().isEmpty()
          && top.className().equals(sibling.className());
      if (sibling.tagName().equals("p") || isInlineOnly(sibling) || (sameClass && topScore > 0)) {
        if (text.length() > SHORT_BLOCK_CHARS && density < MAX_SIBLING_LINK_DENSITY) {
          result.add(sibling);
        } else if (text.length() > 0 && text.length() <= SHORT_BLOCK_CHARS && density == 0
            && endsLikeSentence(text)) {
          result.add(sibling);
        }
      } else if (text.length() > LONG_BLOCK_CHARS && density < MAX_SIBLING_LINK_DENSITY
          && sibling.getElementsByTag("p").size() >= 2) {
        result.add(sibling);
      }
    }
    return result;
  }

  /** The {@code <article>} among a parent's children headed by the page's title, or null. */
  private static Element titledArticle(Element parent, String title) {
    if (title == null) {
      return null;
    }
    for (Element child : parent.children()) {
      if (child.nameIs("article") && title.equalsIgnoreCase(headline(child))) {
        return child;
      }
    }
    return null;
  }

  /** The text of the first h1 or h2 in an element, or null when it has none. */
  private static String headline(Element e) {
    Element h = e.selectFirst("h1, h2");
    return h == null ? null : normalise(h.text());
  }

  /** Whether a text's last visible char ends a sentence ({@link #SENTENCE_END_CHARS}). */
  static boolean endsLikeSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return SENTENCE_END_CHARS.indexOf(c) >= 0;
      }
    }
    return false;
  }

  /**
   * Collapses runs of spaces (no-break and zero-width ones too) to one space and drops blank
   * lines; line breaks are kept. One pass over the chars.
   */
  static String normalise(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    boolean space = false;
    boolean newline = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r') {
        newline = true;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
          || c == '\uFEFF') {
        space = true;
      } else {
        if (sb.length() > 0 && (newline || space)) {
          sb.append(newline ? '\n' : ' ');
        }
        newline = false;
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
