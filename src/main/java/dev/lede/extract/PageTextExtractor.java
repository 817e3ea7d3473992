package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans text copied from a news web page: finds the title, the stated reading time, the byline,
 * the section and the publication date, and keeps the body paragraphs without the page chrome.
 *
 * <p>Each non-blank line is one block. A block is chrome when it has the shape of one rather than
 * because of this or that site's wording: a whole-line widget phrase (comment, share, subscribe,
 * "continue reading" widgets, in several wordings), a metadata line (byline, section, date,
 * reading time, alone or joined by separators), a copy of the title in another case, a share or
 * tag line, a short line without sentence punctuation outside the run of prose, or the teaser of
 * another article after a "Check Also" / "You may also like" style marker at the end. A comment
 * section header ("3 Comments", "Leave a Reply") ends the article once it has had prose. A line
 * that ends with sentence punctuation is prose and stays, however short, unless it is a widget
 * phrase; list items inside the prose stay too, and so do subheadings of any length between
 * prose paragraphs. Hard-wrapped paragraphs are
 * joined back. A few linear passes over the lines with precompiled patterns. Stateless and
 * thread-safe.
 */
final class PageTextExtractor {

  /** Separators between a menu's items. */
  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*");
  /** Longest menu item, in words ("Science and Technology"). */
  private static final int MAX_MENU_ITEM_WORDS = 3;

  /**
   * The start of a cookie-consent or metering notice: "We use cookies ...", "We and our 142
   * partners store ...", "By using this site, you agree ...", "You have 2 free articles left".
   */
  private static final Pattern NOTICE = Pattern.compile(
      "(?i)^[\\W_]*(?:we\\s+(?:and\\s+our\\s+(?:\\d+\\s+)?(?:partners|vendors)\\b"
          + "|(?:\\w+\\s+){0,3}(?:use|uses|store)\\s+cookies\\b)"
          + "|(?:this|our)\\s+(?:web)?site\\s+uses\\s+cookies\\b"
          + "|by\\s+(?:continuing|using|browsing|clicking)\\b.{0,80}?\\byou\\s+"
          + "(?:agree|accept|consent)\\b"
          + "|you\\s+have\\s+(?:\\d+|one|two|three|no)\\s+(?:more\\s+)?free\\s+"
          + "(?:articles?|stories|reads?)\\b)");

  /** Longest cookie-consent or metering notice, in chars. */
  private static final int MAX_NOTICE_CHARS = 600;

  /**
   * Whole-line phrases of page widgets: comments, sharing, subscribing, "continue" links,
   * navigation. Several wordings of each, since every site words them its own way.
   */
  private static final Pattern WIDGET = Pattern.compile(
      "(?i)^[\\W_]*(?:"
          + "notify\\s+(?:me\\s+)?(?:of|about).*|guest|anonymous|login|log\\s*in|sign\\s*in"
          + "|sign\\s*up|register"
          + "|\\d+\\s*(?:comments?|replies|responses|shares?|views?|likes?|reactions?)"
          + "|(?:no|zero)\\s+comments?(?:\\s+yet)?|comments?(?:\\s*\\(\\d+\\))?"
          + "|inline\\s+feedbacks?"
          + "|(?:view|show|see|load|read|hide)\\s+(?:all|more|the)?\\s*(?:\\d+\\s*)?comments?"
          + "|leave\\s+a\\s+(?:reply|comment|response).*|post\\s+a\\s+comment|add\\s+a\\s+comment"
          + "|join\\s+the\\s+(?:discussion|conversation)|be\\s+the\\s+first\\s+to\\s+comment.*"
          + "|(?:oldest|newest|most\\s+voted|most\\s+liked|best|top)(?:\\s+first)?"
          + "|(?:newest|oldest)\\s+(?:first|oldest|newest)|sort\\s+by.*|reply|report"
          + "|subscribe(?:\\s+(?:now|today|for\\s+free|here))?|unsubscribe"
          + "|(?:sign\\s+up|subscribe)\\s+(?:for|to)\\s+(?:our|the|a)\\s+.*newsletters?.*"
          + "|get\\s+the\\s+(?:latest|newsletter).*|newsletter|advertisement|advertising|ad"
          + "|sponsored(?:\\s+content)?|promoted|story\\s+continues\\s+below.*"
          + "|(?:keep|continue)\\s+reading(?:\\s+below)?|read\\s+(?:more|on|the\\s+full\\s+story)"
          + "|(?:share|tweet|pin|email|print|save|copy\\s+link|copy\\s+url)(?:\\s+(?:this|it"
          + "|article|story|post|on\\s+\\w+|via\\s+\\w+))*|shares?|follow\\s+us.*"
          + "|(?:related|similar)(?:\\s+(?:posts?|articles?|stories|news|content|coverage|reads))?"
          + "|(?:more|latest|top|other)\\s+(?:stories|news|articles|posts|headlines)"
          + "|(?:load|show|view|see)\\s+more|(?:previous|next|older|newer)\\s+(?:post|article"
          + "|story|entry)|back\\s+to\\s+top|home|menu|search|skip\\s+to\\s+(?:main\\s+)?content"
          + "|you\\s+(?:may|might)\\s+(?:also\\s+)?(?:like|enjoy|be\\s+interested\\s+in)"
          + "|recommended(?:\\s+for\\s+you)?|trending(?:\\s+now)?|popular(?:\\s+(?:posts|stories))?"
          + "|most\\s+(?:read|popular|viewed|shared)|don['’]t\\s+miss|check\\s+(?:also|this\\s+out)"
          + "|also\\s+read|see\\s+also|read\\s+(?:also|next)|up\\s+next|what\\s+to\\s+read\\s+next"
          + "|tags?|topics?|image\\s+(?:source|credit).*|photo\\s*(?:credit)?\\s*:.*"
          + "|(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail)"
          + "|(?:©|\\(c\\)|copyright\\b).*|.*all\\s+rights\\s+reserved.*"
          + "|(?:privacy|cookie)\\s+(?:policy|settings|preferences)|terms\\s+(?:of\\s+(?:use|service)"
          + "|and\\s+conditions)|contact\\s+us|about\\s+us"
          + ")[\\W_]*$");

  /**
   * Markers after which a page shows teasers of other articles ("Check Also", "You may also
   * like", "Related", "Read next", "More Great Science Stories", "More Stories Like This One",
   * "Most Popular Today").
   */
  private static final Pattern TEASER_MARKER = Pattern.compile(
      "(?i)^[\\W_]*(?:check\\s+(?:also|this\\s+out)|you\\s+(?:may|might)\\s+(?:also\\s+)?(?:like"
          + "|enjoy|be\\s+interested\\s+in)|(?:related|similar)(?:\\s+(?:posts?|articles?|stories"
          + "|news|content|coverage|reads))?|read\\s+(?:next|also)|up\\s+next|also\\s+read"
          + "|see\\s+also|more\\s+(?:[\\w’'.-]+\\s+){0,3}(?:stories|news|articles|posts)"
          + "(?:\\s+(?:like\\s+this(?:\\s+one)?|for\\s+you))?|more\\s+from\\s+.{1,40}|recommended"
          + "(?:\\s+for\\s+you)?|don['’]t\\s+miss|what\\s+to\\s+read\\s+next|trending(?:\\s+now)?"
          + "|popular(?:\\s+(?:posts|stories))?|most\\s+(?:read|popular|viewed)"
          + "(?:\\s+(?:today|this\\s+week|now|stories|articles))?"
          + "|latest\\s+(?:news|posts|stories))[\\W_]*$");

  /**
   * An inline pointer to another article: "Read more: ...", "RELATED: ...", "Also read - ...",
   * also in brackets, "[Related: ...]".
   */
  private static final Pattern POINTER_LINE = Pattern.compile(
      "(?i)^[\\[(]?(?:read\\s+more|related|also\\s+read|read\\s+also|see\\s+also|more|watch|listen"
          + "|recommended|suggested|must\\s+read|don['’]t\\s+miss|read|click\\s+here)"
          + "\\s*[:\\-–—>»]\\s*\\S.*$");

  /** A tag or share line: "Tags: a, b, c", "Share on: Facebook Twitter". */
  private static final Pattern TAG_LINE = Pattern.compile(
      "(?i)^(?:tags?|tagged(?:\\s+with)?|keywords|topics|share(?:\\s+(?:this|on|via))?"
          + "(?:\\s+(?:article|story|post))?)\\s*[:\\-–]\\s*.*$");

  private static final Pattern SOCIAL_WORD = Pattern.compile(
      "(?i)^(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|mail"
          + "|print|share|tweet|copy|link|messenger|tumblr|flipboard|pocket|sms|vk|line|weibo"
          + "|wechat|threads|bluesky|mastodon|instagram|youtube|tiktok|save)$");

  /** Sentence-final punctuation. */
  private static final String SENTENCE_PUNCTUATION = ".!?…。！？；;:";

  /** Closing quotes: a line that ends with one ends a quotation, so a sentence. */
  private static final String CLOSING_QUOTES = "\"”»";

  /** Closers that may follow sentence punctuation. */
  private static final String CLOSERS = "'’)]";

  /** Lines longer than this, in chars, are never taken for a widget, label or share line. */
  private static final int MAX_CHROME_CHARS = 200;

  /** A caption's end: a credit or a date in brackets, "(NASA/JPL)", "(Published Nov. 18, 2019)". */
  private static final Pattern CAPTION_END = Pattern.compile("\\([^()]*[/\\d©][^()]*\\)\\s*$");

  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final Pattern ODD_SPACE = Pattern.compile("[\\p{Zs}\\u200B\\uFEFF\\t]");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Comment-section headers and widgets that open it, in several wordings. */
  private static final Pattern COMMENTS_START = Pattern.compile(
      "(?i)^[\\W_]*(?:\\d+\\s+(?:comments?|responses?|replies|thoughts\\s+on\\b.*)"
          + "|comments?(?:\\s*\\(\\d+\\))?|discussion(?:\\s*\\(\\d+\\))?"
          + "|(?:leave|post|add|write|submit)\\s+a\\s+(?:comment|reply|response).*"
          + "|join\\s+the\\s+(?:discussion|conversation)|notify\\s+(?:me\\s+)?of.*"
          + "|(?:show|view|load|read)\\s+(?:all\\s+)?(?:\\d+\\s+)?comments?"
          + "|comments\\s+are\\s+closed\\.?|be\\s+the\\s+first\\s+to\\s+comment.*"
          + "|(?:no|zero)\\s+comments?(?:\\s+yet)?|what\\s+do\\s+you\\s+think\\?)[\\W_]*$");

  /**
   * A comment-section header that quotes the title ("14 thoughts on “Title”", "3 Responses to
   * "Title""): it ends like a sentence, so it is one even where prose is.
   */
  private static final Pattern COMMENTS_ON_TITLE = Pattern.compile(
      "(?i)^(?:\\d+|one|no)\\s+(?:comments?|responses?|replies|thoughts?)\\s+(?:on|to)\\s+"
          + "[\"“‘'«].*");

  /** A list item: a bullet or a number before the text. */
  private static final Pattern LIST_ITEM =
      Pattern.compile("[•●▪◦‣∙·*\\-–—]\\s+\\S|\\d{1,2}[.)]\\s+\\S");

  /** Prose paragraphs the article must have before a comment header ends it. */
  private static final int MIN_PROSE_BEFORE_COMMENTS = 2;

  /** Fewest words of a list item kept in the body. */
  private static final int MIN_LIST_ITEM_WORDS = 3;

  /** Prose lines between a title and its metadata that are a standfirst, at most. */
  private static final int MAX_STANDFIRST_LINES = 2;

  /** Headlines listed under a mid-article "Related" marker, at most. */
  private static final int MAX_LISTED_HEADLINES = 8;

  /** A title of this many words is preferred over a shorter line before it. */
  private static final int MIN_HEADLINE_WORDS = 4;

  /** Lines other than paragraphs and chrome that may stand between two paragraphs of a run. */
  private static final int MAX_RUN_GAP_LINES = 6;

  /** The article starts at the first run of paragraphs with this share of the largest one's. */
  private static final double MIN_START_RUN_SHARE = 0.25;

  /** A long unpunctuated line with this share of capitalised words is a menu. */
  private static final double CAPITALISED_RUN_SHARE = 0.7;

  /** Longest line, in words, taken for a title, label or subheading. */
  private static final int MAX_TITLE_WORDS = 30;

  /** A teaser remainder holds less prose than this share of the article before it. */
  private static final double TEASER_PROSE_SHARE = 0.25;

  private PageTextExtractor() {}

  /** What one line is (package-private for {@link PageCaptions}). */
  enum Kind { PROSE, SHORT, CHROME, MARKER }

  static Article extract(String text) {
    List<String> lines = PageLines.of(text);
    int n = lines.size();
    Kind[] kinds = new Kind[n];
    MetaLines.Meta ignored = new MetaLines.Meta();
    for (int i = 0; i < n; i++) {
      kinds[i] = classify(lines.get(i), ignored);
    }
    PageCaptions.drop(lines, kinds);
    int titleAt = findTitle(lines, kinds);
    if (titleAt >= 0) {
      String titleKey = key(lines.get(titleAt));
      for (int i = 0; i < n; i++) {
        if (i == titleAt || key(lines.get(i)).equals(titleKey)) {
          kinds[i] = Kind.CHROME;
        }
      }
    }
    int end = Math.min(teaserCut(lines, kinds, titleAt + 1, n),
        commentsCut(lines, kinds, titleAt + 1, n));
    // Metadata is read up to the cut, so another article's teaser cannot lend its byline; only
    // a missing section is looked for after it, in the site's "more in" navigation.
    MetaLines.Meta kept = new MetaLines.Meta();
    int lastProse = -1;
    for (int i = 0; i < end; i++) {
      if (kinds[i] == Kind.CHROME) {
        classify(lines.get(i), kept);
      } else if (kinds[i] == Kind.PROSE && i > titleAt) {
        lastProse = i;
      }
    }
    if (kept.section == null) {
      kept.section = sectionAfter(lines, kinds, end);
    }
    List<String> body = new ArrayList<>();
    int skipHeadlines = 0;
    boolean proseSeen = false;
    int dekEnd = titleAt >= 0 ? dekEnd(lines, kinds, titleAt, lastProse) : -1;
    for (int i = Math.max(titleAt + 1, dekEnd); i < end; i++) {
      Kind k = kinds[i];
      if (k == Kind.MARKER) {
        // A mid-article "Related" box: drop the headlines listed under it.
        skipHeadlines = MAX_LISTED_HEADLINES;
        continue;
      }
      if (k == Kind.CHROME) {
        continue;
      }
      String line = lines.get(i);
      if (skipHeadlines > 0) {
        if (isHeadlineLike(line)) {
          skipHeadlines--;
          continue;
        }
        skipHeadlines = 0;
      }
      // with no prose at all, short lines are not labels before or around it but all there is
      if (k == Kind.SHORT && lastProse >= 0 && !isSubheading(kinds, i, end)
          && !(proseSeen && i < lastProse && isListItem(line))) {
        continue;
      }
      proseSeen |= k == Kind.PROSE;
      body.add(line);
    }
    String title = titleAt >= 0 ? lines.get(titleAt) : null;
    String byline = kept.byline == null ? null : MetaLines.byline(kept.byline);
    return new Article(title, byline, kept.section, kept.date, null, kept.minutes,
        String.join("\n\n", body), 0);
  }

  /**
   * The title: the nearest substantial line before the article's first paragraph (see {@link
   * #articleStart}), preferring one of {@link #MIN_HEADLINE_WORDS} words or more (the first of
   * its copies) over a shorter one; without one, the first shorter line. A copied page holds
   * the site's menus and teasers before the headline, so the line nearest the article, not the
   * first one, is its title.
   */
  private static int findTitle(List<String> lines, Kind[] kinds) {
    int start = articleStart(lines, kinds);
    if (start < 0) {
      return firstTitle(lines, kinds);
    }
    int shorter = -1;
    for (int i = start - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (kinds[i] == Kind.CHROME || kinds[i] == Kind.MARKER || !isTitleLike(line)) {
        continue;
      }
      if (wordCount(line) >= MIN_HEADLINE_WORDS) {
        return firstCopy(lines, i);
      }
      shorter = i;
    }
    return shorter;
  }

  /** The first of the copies of line {@code i} (the seed repeats its title in lower case). */
  private static int firstCopy(List<String> lines, int i) {
    String key = key(lines.get(i));
    int first = i;
    for (int j = i - 1; j >= 0; j--) {
      if (key(lines.get(j)).equals(key)) {
        first = j;
      }
    }
    return first;
  }

  /**
   * The byline that follows a standfirst, or -1 when there is none: the first metadata line
   * after the title, when it names the writers, at most {@link #MAX_STANDFIRST_LINES} prose lines
   * and no other metadata stand between them, and prose follows it. The prose lines before it
   * summarise the article under its headline (or caption its picture) and are no part of its
   * body.
   */
  private static int dekEnd(List<String> lines, Kind[] kinds, int titleAt, int lastProse) {
    int prose = 0;
    for (int i = titleAt + 1; i < lastProse; i++) {
      if (kinds[i] == Kind.PROSE) {
        if (++prose > MAX_STANDFIRST_LINES) {
          return -1;
        }
      } else if (kinds[i] == Kind.MARKER) {
        return -1;
      } else if (kinds[i] == Kind.CHROME) {
        MetaLines.Meta meta = new MetaLines.Meta();
        if (MetaLines.read(plainSpaces(lines.get(i)), meta)) {
          // a date alone may follow a first paragraph (a live blog's update); a byline does not,
          // nor a date under a writer's name without "By"
          boolean byline = meta.byline != null
              || meta.date != null && i > 0 && kinds[i - 1] == Kind.SHORT;
          return prose > 0 && byline ? i : -1;
        }
      }
    }
    return -1;
  }

  /** Without a paragraph, the first substantial title-like line, else the first shorter one. */
  private static int firstTitle(List<String> lines, Kind[] kinds) {
    int shorter = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (kinds[i] == Kind.CHROME || kinds[i] == Kind.MARKER || !isTitleLike(line)) {
        continue;
      }
      if (wordCount(line) >= MIN_HEADLINE_WORDS) {
        return i;
      }
      if (shorter < 0) {
        shorter = i;
      }
    }
    return shorter;
  }

  /**
   * The article's first paragraph, or -1 when there is none: the first paragraph (a prose line
   * of {@link #MIN_HEADLINE_WORDS} words or more that could not be a title, unlike "You are at:")
   * of the first run of paragraphs holding at least {@link
   * #MIN_START_RUN_SHARE} of the prose of the largest run. Runs are split where more than {@link
   * #MAX_RUN_GAP_LINES} other lines (chrome aside) stand between two paragraphs; a copied page's
   * stray sentences in menus, banners and teasers ("Get breaking news in your browser.") form
   * small runs of their own.
   */
  private static int articleStart(List<String> lines, Kind[] kinds) {
    List<int[]> runs = new ArrayList<>(); // {first paragraph, prose chars}
    int gap = 0;
    int[] run = null;
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == Kind.CHROME) {
        continue;
      }
      String line = lines.get(i);
      if (kinds[i] != Kind.PROSE || isTitleLike(line) || wordCount(line) < MIN_HEADLINE_WORDS) {
        gap++;
        continue;
      }
      if (run == null || gap > MAX_RUN_GAP_LINES) {
        run = new int[] {i, 0};
        runs.add(run);
      }
      run[1] += line.length();
      gap = 0;
    }
    int largest = 0;
    for (int[] r : runs) {
      largest = Math.max(largest, r[1]);
    }
    for (int[] r : runs) {
      if (r[1] >= MIN_START_RUN_SHARE * largest) {
        return r[0];
      }
    }
    return -1;
  }

  /**
   * Where the comment section starts ("3 Comments", "Leave a Reply", "Join the discussion"), once
   * the article has had some prose: readers' comments are prose too, but not the article's.
   */
  private static int commentsCut(List<String> lines, Kind[] kinds, int from, int n) {
    int prose = 0;
    for (int i = Math.max(0, from); i < n; i++) {
      String line = lines.get(i);
      if (prose >= MIN_PROSE_BEFORE_COMMENTS && line.length() <= MAX_CHROME_CHARS
          && (kinds[i] != Kind.PROSE && COMMENTS_START.matcher(line).matches()
              || COMMENTS_ON_TITLE.matcher(line).matches())) {
        return i;
      }
      if (kinds[i] == Kind.PROSE) {
        prose++;
      }
    }
    return n;
  }

  private static boolean isListItem(String line) {
    return LIST_ITEM.matcher(line).lookingAt() && wordCount(line) >= MIN_LIST_ITEM_WORDS;
  }

  /**
   * The section a "more in" label after the article's end names ("Load More In World" below a
   * related-posts list), or null: the first such label, the site's navigation for the article's
   * own section. Other labels there ("Posted in X") may belong to teasers and are not read.
   */
  private static String sectionAfter(List<String> lines, Kind[] kinds, int end) {
    for (int i = end; i < lines.size(); i++) {
      if (kinds[i] != Kind.CHROME) {
        continue;
      }
      String section = MetaLines.moreInSection(plainSpaces(lines.get(i)));
      if (section != null) {
        return section;
      }
    }
    return null;
  }

  /** The line with plain spaces: pages put no-break and thin spaces between words. */
  static String plainSpaces(String line) {
    return hasOddSpace(line) ? ODD_SPACE.matcher(line).replaceAll(" ") : line;
  }

  private static Kind classify(String original, MetaLines.Meta meta) {
    String line = plainSpaces(original);
    boolean sentence = endsLikeSentence(line) && !isTruncated(line);
    if (line.length() <= MAX_NOTICE_CHARS && NOTICE.matcher(line).lookingAt()) {
      // a consent or metering notice, often before the title, where it would pass for prose
      return Kind.CHROME;
    }
    if (line.length() > MAX_CHROME_CHARS) {
      // Widgets, labels and share lines are short; a long line is text, unless it is a menu
      // whose items ran together.
      return sentence || wordCount(line) > MAX_TITLE_WORDS && !isCapitalisedRun(line)
          ? Kind.PROSE : Kind.SHORT;
    }
    if (WIDGET.matcher(line).matches()) {
      return TEASER_MARKER.matcher(line).matches() ? Kind.MARKER : Kind.CHROME;
    }
    if (TEASER_MARKER.matcher(line).matches()) {
      return Kind.MARKER;
    }
    if (MetaLines.read(line, meta)) {
      return Kind.CHROME;
    }
    if (!sentence && POINTER_LINE.matcher(line).matches() && wordCount(line) <= 25) {
      return Kind.CHROME;
    }
    if (TAG_LINE.matcher(line).matches() || isShareLine(line)) {
      return Kind.CHROME;
    }
    if (sentence) {
      return Kind.PROSE;
    }
    return wordCount(line) > MAX_TITLE_WORDS && !isCapitalisedRun(line) ? Kind.PROSE : Kind.SHORT;
  }

  /**
   * Whether most words of a line start with a capital or a figure ("Cloud Security Edge
   * Computing Network Security ..."): a menu whose items a copy ran together, not prose, which
   * has mostly lower-case words even in German.
   */
  private static boolean isCapitalisedRun(String line) {
    int words = 0;
    int capitalised = 0;
    for (String w : WORDS.split(line.strip())) {
      int i = 0;
      while (i < w.length() && !Character.isLetterOrDigit(w.charAt(i))) {
        i++;
      }
      if (i == w.length()) {
        continue;
      }
      words++;
      char c = w.charAt(i);
      if (Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c)) {
        capitalised++;
      }
    }
    return words > 0 && capitalised >= CAPITALISED_RUN_SHARE * words;
  }

  private static boolean hasOddSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 127 && Character.isSpaceChar(c) || c == '\t' || c == '\u200B' || c == '\uFEFF') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line ends as a sentence does: with sentence punctuation, possibly followed by
   * closing quotes or brackets, or with a closing quote.
   */
  static boolean endsLikeSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    if (CLOSING_QUOTES.indexOf(line.charAt(i)) >= 0) {
      return true;
    }
    while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && SENTENCE_PUNCTUATION.indexOf(line.charAt(i)) >= 0;
  }

  static boolean isTruncated(String line) {
    String s = line.stripTrailing();
    return s.endsWith("…") || s.endsWith("...");
  }

  private static boolean isShareLine(String line) {
    String[] words = WORDS.split(line);
    if (words.length < 2 || words.length > 12) {
      return false;
    }
    int social = 0;
    for (String w : words) {
      if (SOCIAL_WORD.matcher(NON_WORD.matcher(w).replaceAll("")).matches()) {
        social++;
      }
    }
    return social * 2 > words.length;
  }

  /**
   * Whether a line could be a title: 2 to {@link #MAX_TITLE_WORDS} words, not a menu, not ending
   * as a statement does (a period, colon or semicolon, before closing brackets or quotes) and not
   * with a picture's credit or date in brackets ("(NASA/JPL)", "(Published Monday, Nov. 18,
   * 2019)") and without a copyright sign, as captions do; a headline may ask or exclaim.
   */
  private static boolean isTitleLike(String line) {
    int words = wordCount(line);
    return words >= 2 && words <= MAX_TITLE_WORDS && !endsLikeStatement(line)
        && !CAPTION_END.matcher(line).find() && line.indexOf('©') < 0 && !isMenu(line);
  }

  private static boolean endsLikeStatement(String line) {
    int i = line.length() - 1;
    while (i >= 0 && (CLOSERS.indexOf(line.charAt(i)) >= 0
        || CLOSING_QUOTES.indexOf(line.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && ".:;".indexOf(line.charAt(i)) >= 0;
  }

  /**
   * A site's menu: three items or more of up to {@link #MAX_MENU_ITEM_WORDS} words each, set
   * apart by separators ("Home | World | Sport"); a title with its site's name ("Ferries Resume
   * | Harbour Ledger") has two parts.
   */
  static boolean isMenu(String line) {
    String[] parts = MENU_SEPARATOR.split(line.strip());
    if (parts.length < 3) {
      return false;
    }
    for (String part : parts) {
      if (wordCount(part) > MAX_MENU_ITEM_WORDS) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHeadlineLike(String line) {
    return wordCount(line) <= 20 && !line.endsWith(".") || isTruncated(line);
  }

  /**
   * A short unpunctuated line with prose right before it (chrome aside) and right after it: a
   * subheading, kept whatever its length ("THE AFTERMATH"), since labels do not sit inside prose.
   */
  private static boolean isSubheading(Kind[] kinds, int i, int end) {
    boolean proseBefore = false;
    for (int j = i - 1; j >= 0; j--) {
      if (kinds[j] == Kind.PROSE) {
        proseBefore = true;
        break;
      }
      if (kinds[j] != Kind.CHROME) {
        break;
      }
    }
    return proseBefore && i + 1 < end && kinds[i + 1] == Kind.PROSE;
  }

  /**
   * Where the article ends: at the first teaser marker after which the page holds little prose
   * of its own (another article's headline and excerpt), else at the end of the text.
   */
  private static int teaserCut(List<String> lines, Kind[] kinds, int from, int n) {
    // A teaser's excerpt, right under its headline, is no prose of the page's own, however
    // many teasers follow.
    long[] proseAfter = new long[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      proseAfter[i] = proseAfter[i + 1]
          + (kinds[i] == Kind.PROSE && !followsHeadline(lines, kinds, i) ? lines.get(i).length()
              : 0);
    }
    long before = 0;
    for (int i = Math.max(0, from); i < n; i++) {
      if (kinds[i] == Kind.MARKER && before > 0
          && proseAfter[i + 1] < TEASER_PROSE_SHARE * before) {
        return i;
      }
      if (kinds[i] == Kind.PROSE) {
        before += lines.get(i).length();
      }
    }
    return n;
  }

  /**
   * Whether the line before line {@code i}, chrome aside, is a headline: a short line, or one
   * that could be a title ("What effect will it have?").
   */
  private static boolean followsHeadline(List<String> lines, Kind[] kinds, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (kinds[j] != Kind.CHROME) {
        return kinds[j] == Kind.SHORT || kinds[j] == Kind.PROSE && isTitleLike(lines.get(j));
      }
    }
    return false;
  }

  static int wordCount(String s) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
      if (!space && !in) {
        count++;
      }
      in = !space;
    }
    return count;
  }

  /** A comparison key: letters and digits only, lower case. */
  private static String key(String s) {
    return NON_WORD.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

}
