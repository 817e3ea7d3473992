package dev.lede.extract;

import static dev.lede.extract.HtmlExtractor.BLOCK_TAGS;
import static dev.lede.extract.HtmlExtractor.LONG_BLOCK_CHARS;
import static dev.lede.extract.HtmlExtractor.SHORT_BLOCK_CHARS;
import static dev.lede.extract.HtmlExtractor.endsLikeSentence;
import static dev.lede.extract.HtmlExtractor.linkDensity;
import static dev.lede.extract.HtmlExtractor.normalise;

import dev.lede.extract.HtmlExtractor.Stats;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the blocks of the container {@link HtmlExtractor} chose as paragraphs, dropping the ones
 * that look like page chrome: link lists, widget phrases, datelines, the repeated title, short
 * link stubs. One instance per container and call; not thread-safe.
 */
final class HtmlBlockWriter {

  /** Whole-block phrases of page widgets, in several wordings. */
  private static final Pattern WIDGET_BLOCK = Pattern.compile(
      "(?i)^\\W*(advertisement|advertising|sponsored( content)?|ad|story continues below"
          + "( advertisement)?|continue reading( below| the main story)?|article continues below"
          + "|scroll to continue.*|share( this( article| story| post)?)?( on \\w+)?|tweet|email"
          + "|print|read more|read next|see also|related( articles| stories| posts| coverage)?"
          + "|more on this( story)?|recommended|keep reading|subscribe( now)?|sign up.*newsletter.*"
          + "|click here.*|photo:.*|image:.*|credit:.*|getty images|ap photo.*|follow us.*"
          + "|comments?|\\d+ comments?|leave a (comment|reply)|log ?in|sign ?in|back to top"
          + "|you (may|might) also like|like this:?|sharing is caring.*|like loading.*|loading\\.*"
          + "|(?:previous|next|older|newer) (?:post|article|story|entry)|share (it|this) with .*"
          + "|like this (story|article)\\?.*|most (read|popular)|trending( now)?|tags?:.*"
          + "|filed under:?.*|topics?:.*|posted in.*|watch:?|listen:?|video)\\W*$");

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /** A dateline block: "Published Nov 18, 2019 at 4:07 PM | Updated ...". */
  private static final Pattern DATELINE = Pattern.compile(
      "(?i)^(?:first\\s+)?(?:published|updated|posted|last\\s+updated|last\\s+modified)\\b"
          + "(?=.*\\d).*$");

  /** Longest line, in chars, that is taken for a metadata line ("By X | March 3, 2024"). */
  private static final int MAX_META_LINE_CHARS = 150;

  /** Longest block, in chars, that is taken for a dateline. */
  private static final int MAX_DATELINE_CHARS = 150;

  /**
   * Stands for a paragraph break inside a block (two line breaks) until the block is judged. NUL,
   * because no text keeps one: jsoup drops it and this writer blanks any left.
   */
  private static final char PARAGRAPH_MARK = '\u0000';

  /** Longest block, in chars, that is matched against the widget phrases. */
  private static final int MAX_WIDGET_CHARS = 120;

  /** A block whose text is more link text than this is navigation (Readability uses 0.5). */
  private static final double MAX_LINK_DENSITY = 0.5;

  /** ... unless it is long and its link share stays under this. */
  private static final double MAX_LINK_DENSITY_OF_LONG_TEXT = 0.8;

  /** A list whose text is more link text than this is a menu or a list of other stories. */
  private static final double MAX_LIST_LINK_DENSITY = 0.6;

  private final List<String> out;
  private final Map<Element, Stats> stats;
  private final String title;
  private final StringBuilder run = new StringBuilder();
  private int runLinkChars;
  private String runTag = "p";
  private int linkDepth;
  private int preDepth;
  private final Deque<String> blocks = new ArrayDeque<>();
  /** Index in {@code out} of the heading last written, while nothing has followed it; or -1. */
  private int headingAt = -1;

  HtmlBlockWriter(List<String> out, String title, Map<Element, Stats> stats) {
    this.out = out;
    this.stats = stats;
    this.title = title == null ? "" : normalise(title);
  }

  void write(Element container) {
    // An iterative walk, as pages can nest deeper than the stack allows.
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String text = t.getWholeText().replace(PARAGRAPH_MARK, ' ');
          if (preDepth == 0) {
            // Line breaks in the source are white space; only <br> and blocks break lines.
            text = text.replace('\n', ' ').replace('\r', ' ');
          }
          run.append(text);
          if (linkDepth > 0) {
            runLinkChars += text.strip().length();
          }
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        if (e.nameIs("br")) {
          // One break wraps a line; two in a row end a paragraph, decided for the whole
          // block, so that a list of links split by breaks is judged as one.
          run.append(endsWithBreak() ? PARAGRAPH_MARK : '\n');
          return FilterResult.CONTINUE;
        }
        if (BLOCK_TAGS.contains(e.tagName())) {
          flush();
          if (isLinkList(e)) {
            if (headingAt >= 0 && headingAt == out.size() - 1) {
              // the heading right before it ("Read also") names the list, and goes with it
              out.remove(headingAt);
            }
            headingAt = -1;
            return FilterResult.SKIP_ENTIRELY;
          }
          blocks.push(e.tagName());
          runTag = e.tagName();
        }
        if (e.nameIs("a")) {
          linkDepth++;
        }
        if (e.nameIs("pre")) {
          preDepth++;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.nameIs("a")) {
            linkDepth--;
          }
          if (e.nameIs("pre")) {
            preDepth--;
          }
          if (BLOCK_TAGS.contains(e.tagName()) && !e.nameIs("br")) {
            flush();
            blocks.pop();
            runTag = blocks.isEmpty() ? "p" : blocks.peek();
          }
        }
        return FilterResult.CONTINUE;
      }
    }, container);
    flush();
  }

  private boolean endsWithBreak() {
    for (int i = run.length() - 1; i >= 0; i--) {
      char c = run.charAt(i);
      if (c == '\n' || c == PARAGRAPH_MARK) {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        return false;
      }
    }
    return false;
  }

  /** Lists whose items are mostly links: menus, related stories, tag clouds. */
  private boolean isLinkList(Element e) {
    String tag = e.tagName();
    if (!tag.equals("ul") && !tag.equals("ol") && !tag.equals("dl")) {
      return false;
    }
    Stats s = stats.get(e);
    return s != null && s.textChars > 0 && linkDensity(s) > MAX_LIST_LINK_DENSITY;
  }

  private void flush() {
    if (run.length() == 0) {
      return;
    }
    String raw = run.toString();
    int linkChars = runLinkChars;
    run.setLength(0);
    runLinkChars = 0;
    String text = normalise(raw);
    if (text.isEmpty()) {
      return;
    }
    // Stripped: two breaks opening or closing the block leave a mark at its edge, and the
    // title and dateline rules compare the whole text, from its first char to its last.
    if (keep(text.replace(PARAGRAPH_MARK, ' ').strip(), linkChars)) {
      headingAt = -1;
      for (String part : text.split(String.valueOf(PARAGRAPH_MARK))) {
        String p = withoutMetaLines(normalise(part));
        if (!p.isEmpty()) {
          out.add(p);
        }
      }
      if (HEADINGS.contains(runTag)) {
        headingAt = out.size() - 1;
      }
    }
  }

  /**
   * A paragraph without the title and metadata lines ("By X", "March 14, 2023", "By X | 5 min
   * read") that open it: table layouts and hand-made pages set headline, byline and date as lines
   * of the block the article starts in. A paragraph that is one such line goes whole; a time
   * alone stays.
   */
  private String withoutMetaLines(String paragraph) {
    String p = paragraph;
    while (!p.isEmpty()) {
      int end = p.indexOf('\n');
      String line = (end < 0 ? p : p.substring(0, end)).strip();
      if (line.length() > MAX_META_LINE_CHARS
          || !line.equalsIgnoreCase(title) && !namesMetadata(line)) {
        break;
      }
      p = end < 0 ? "" : p.substring(end + 1).strip();
    }
    return p;
  }

  /**
   * Whether a block is icons alone: emoji and other symbols without a letter, digit or
   * punctuation mark, the icon of a callout box ("💡") or of a button. A rule of punctuation
   * ("* * *", "___") between parts of an article stays.
   */
  static boolean isIconOnly(String text) {
    boolean symbol = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
          || type == Character.MODIFIER_SYMBOL) {
        symbol = true;
      } else if (!Character.isWhitespace(c) && type != Character.NON_SPACING_MARK
          && type != Character.FORMAT && type != Character.ENCLOSING_MARK) {
        // a letter, digit or punctuation mark (variation selectors and joiners aside)
        return false;
      }
    }
    return symbol;
  }

  /**
   * Whether a line is a metadata line that names something: a time alone ("4:14 p.m.") is the
   * timestamp of a live blog's entry, which the article keeps.
   */
  private static boolean namesMetadata(String line) {
    MetaLines.Meta m = MetaLines.of(line);
    return m != null
        && (m.byline != null || m.date != null || m.section != null || m.minutes != null);
  }

  private boolean keep(String text, int linkChars) {
    if (isIconOnly(text)) {
      return false;
    }
    double density = (double) linkChars / text.length();
    boolean sentence = endsLikeSentence(text);
    // Mostly links: a menu or a list of stories, unless a long text with many links in it.
    if (density > MAX_LINK_DENSITY
        && !(density < MAX_LINK_DENSITY_OF_LONG_TEXT && text.length() > LONG_BLOCK_CHARS)) {
      return false;
    }
    if (text.length() < MAX_WIDGET_CHARS && WIDGET_BLOCK.matcher(text).matches()) {
      return false;
    }
    if (text.length() < MAX_DATELINE_CHARS && DATELINE.matcher(text).matches()) {
      return false;
    }
    if (runTag.equals("h1") || (!title.isEmpty() && text.equalsIgnoreCase(title))) {
      return false;
    }
    if (HEADINGS.contains(runTag)) {
      return true;
    }
    // Short unpunctuated lines with links are labels and link stubs, not prose.
    return sentence || linkChars == 0 || text.length() > SHORT_BLOCK_CHARS;
  }
}
