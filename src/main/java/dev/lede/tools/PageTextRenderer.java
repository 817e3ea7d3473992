package dev.lede.tools;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an HTML page to the text a browser's select-all and copy gives, after the rules of
 * {@code HTMLElement.innerText}: block elements and list items start lines, a paragraph stands
 * apart by a blank line, {@code <br>} breaks a line, table cells are separated by a tab and rows by
 * a line break, inline elements and runs of white space are joined by one space (kept as written in
 * {@code <pre>}). What a browser does not show is left out: the head, {@code script},
 * {@code style}, {@code template}, {@code noscript}, form fields, closed {@code <dialog>}s, the
 * body of a closed {@code <details>}, elements with the {@code hidden} attribute and elements
 * styled {@code display:none} or {@code visibility:hidden} inline. Header, navigation, footer and
 * asides are shown, and so copied, as a browser does. Style sheets are not read, so what a page
 * hides through its classes is copied here.
 *
 * <p>Used by {@code eval-extract --as page-text} to measure {@code Article.fromPageText} on real
 * pages. Stateless and thread-safe; the walk is iterative, so deeply nested pages do not overflow
 * the stack.
 */
final class PageTextRenderer {

  /** Elements a browser does not render, with everything inside them. */
  private static final Set<String> UNRENDERED = Set.of(
      "head", "script", "style", "template", "noscript", "title", "meta", "link", "base",
      "input", "textarea", "select", "datalist", "option", "optgroup", "area",
      "map", "param", "source", "track", "rp", "iframe", "object", "embed", "svg", "canvas",
      "video", "audio", "img", "picture");

  /** Elements displayed as blocks by a browser's default style sheet: they start a line. */
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main",
      "menu", "nav", "ol", "pre", "search", "section", "summary", "table", "caption", "tr", "ul",
      "xmp", "plaintext", "thead", "tbody", "tfoot");

  /** Elements whose white space is kept as written. */
  private static final Set<String> PREFORMATTED = Set.of("pre", "listing", "xmp", "plaintext");

  private static final Pattern HIDDEN_STYLE = Pattern.compile(
      "(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\b");

  /** HTML's white space (not the no-break space, which a browser keeps). */
  private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\f\\r]+");

  private PageTextRenderer() {}

  /**
   * The text of the page as copied from a browser.
   *
   * @param html the page, any quality
   * @return its text, lines separated by {@code "\n"}, paragraphs by a blank line
   * @throws NullPointerException if {@code html} is null
   */
  static String render(String html) {
    if (html == null) {
      throw new NullPointerException("html");
    }
    Document doc = Jsoup.parse(html);
    Writer writer = new Writer();
    NodeTraversor.filter(writer, doc);
    return writer.out.toString();
  }

  /** Whether a browser shows the element at all. */
  static boolean isRendered(Element e) {
    String tag = e.normalName();
    if (UNRENDERED.contains(tag) || e.hasAttr("hidden")) {
      return false;
    }
    if (tag.equals("dialog") && !e.hasAttr("open")) {
      return false;
    }
    Element parent = e.parent();
    if (parent != null && parent.normalName().equals("details") && !parent.hasAttr("open")
        && !(tag.equals("summary") && parent.selectFirst("> summary") == e)) {
      return false;
    }
    return !e.hasAttr("style") || !HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  /** Walks the tree once, writing text and the line breaks the layout asks for. */
  private static final class Writer implements NodeFilter {
    final StringBuilder out = new StringBuilder();
    /** Line breaks owed before the next text: the most any block edge since asked for. */
    private int breaks;
    private boolean tab;
    private boolean space;
    private int preformatted;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        Node parent = t.parentNode();
        if (parent instanceof Element p && p.normalName().equals("details")
            && !p.hasAttr("open")) {
          return FilterResult.SKIP_ENTIRELY;
        }
        text(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (!isRendered(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (tag.equals("br")) {
        // a forced break, unlike block edges: two in a row leave a blank line
        owedBreaks();
        out.append('\n');
        space = false;
        tab = false;
      } else if (tag.equals("p")) {
        lineBreaks(2);
      } else if (BLOCKS.contains(tag)) {
        lineBreaks(1);
      }
      if (PREFORMATTED.contains(tag)) {
        preformatted++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (PREFORMATTED.contains(tag)) {
        preformatted--;
      }
      if (tag.equals("p")) {
        lineBreaks(2);
      } else if (BLOCKS.contains(tag)) {
        lineBreaks(1);
      } else if ((tag.equals("td") || tag.equals("th")) && e.nextElementSibling() != null) {
        tab = true;
      }
      return FilterResult.CONTINUE;
    }

    private void lineBreaks(int n) {
      breaks = Math.max(breaks, n);
      space = false;
    }

    private void text(String raw) {
      if (preformatted > 0) {
        if (!raw.isEmpty()) {
          separator();
          out.append(raw);
        }
        return;
      }
      String collapsed = HTML_SPACE.matcher(raw).replaceAll(" ");
      if (collapsed.isEmpty()) {
        return;
      }
      String content = collapsed.strip();
      if (collapsed.charAt(0) == ' ') {
        space = true;
      }
      if (!content.isEmpty()) {
        separator();
        out.append(content);
        space = collapsed.charAt(collapsed.length() - 1) == ' ';
      }
    }

    /** Writes what is owed before new text: line breaks, else a cell's tab, else a space. */
    private void separator() {
      int length = out.length();
      if (breaks > 0 && length > 0) {
        owedBreaks();
      } else if (tab && length > 0) {
        out.append('\t');
      } else if (space && length > 0 && out.charAt(length - 1) != '\n'
          && out.charAt(length - 1) != '\t') {
        out.append(' ');
      }
      breaks = 0;
      tab = false;
      space = false;
    }

    private void owedBreaks() {
      if (out.length() > 0) {
        // a break owed after a line already ended by <br> needs one newline fewer
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && have < breaks && out.charAt(i) == '\n'; i--) {
          have++;
        }
        out.append("\n".repeat(Math.max(0, breaks - have)));
      }
      breaks = 0;
    }
  }
}
