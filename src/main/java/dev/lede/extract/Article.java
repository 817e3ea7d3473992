package dev.lede.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An article as it arrives, before language analysis: its title, byline, section, publication date,
 * the reading time the page states, and its clean body text.
 *
 * <p>Build one with {@link #fromPageText(String)} (text copied from a news web page, page chrome
 * removed), {@link #fromHtml(String)} (an HTML page, main content extracted) or
 * {@link #ofBody(String, String)} (already clean body text, used verbatim). Instances are immutable
 * and safe to share between threads.
 *
 * @param title the headline, or {@code null} when none was found
 * @param byline the author(s), or {@code null}
 * @param section the site section ("World", "Business"), or {@code null}
 * @param publishedAt the publication date or date-time in ISO-8601 form, or {@code null}
 * @param url the canonical URL the page declares, or {@code null}
 * @param statedReadingMinutes the reading time the page itself states ("5 min read" is 5), or
 *     {@code null} when it states none
 * @param body the body text; paragraphs are separated by one blank line, except for
 *     {@link #ofBody} where the text is kept exactly as given
 * @param imageCount the number of images in the body (HTML only; 0 otherwise)
 */
public record Article(
    @Nullable String title,
    @Nullable String byline,
    @Nullable String section,
    @Nullable String publishedAt,
    @Nullable String url,
    @Nullable Integer statedReadingMinutes,
    String body,
    int imageCount) {

  /**
   * The largest input, in UTF-16 chars, that the factories accept, and the longest body, title,
   * byline, section, date or URL an article may hold: 5,000,000, about 25 times the longest news
   * feature we have seen. Analysis time grows in proportion to the length (the README's entity
   * benchmark times a 1 MB article).
   */
  public static final int MAX_INPUT_CHARS = 5_000_000;

  /**
   * A blank line, which may hold the no-break and zero-width spaces that the analysis counts as
   * spaces too; atomic, so that the two chars of one CRLF never count as two line breaks.
   */
  private static final Pattern BLANK_LINES =
      Pattern.compile("(?>\\R)[\\s\\p{Z}\\u200B\\uFEFF]*(?>\\R)");

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code body} is null
   * @throws IllegalArgumentException if {@code imageCount} or {@code statedReadingMinutes} is
   *     negative, the body or another text is longer than {@link #MAX_INPUT_CHARS}, or the body
   *     looks like binary data (see {@link #fromPageText})
   */
  public Article {
    requireNonNull(body, "body");
    checkText(body, "body");
    checkLength(title, "title");
    checkLength(byline, "byline");
    checkLength(section, "section");
    checkLength(publishedAt, "publishedAt");
    checkLength(url, "url");
    if (imageCount < 0) {
      throw new IllegalArgumentException("imageCount must not be negative: " + imageCount);
    }
    if (statedReadingMinutes != null && statedReadingMinutes < 0) {
      throw new IllegalArgumentException(
          "statedReadingMinutes must not be negative: " + statedReadingMinutes);
    }
    title = blankToNull(title);
    byline = blankToNull(byline);
    section = blankToNull(section);
    publishedAt = blankToNull(publishedAt);
    url = blankToNull(url);
  }

  /**
   * Reads text copied from a news web page: finds the title, stated reading time, byline and
   * section, and keeps the body paragraphs without the page chrome (widgets, share lines, teasers
   * of other articles).
   *
   * @param text the page text
   * @return the article
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than {@link #MAX_INPUT_CHARS}, or
   *     looks like binary data (a PDF, an image, random bytes) decoded as text: its first 4,096
   *     chars hold a NUL char, start with {@code %PDF-}, or hold more than 1% C0 control chars
   *     (tab, line feed, form feed and carriage return aside) or more than 10% U+FFFD replacement
   *     chars; the message names the reason
   */
  public static Article fromPageText(String text) {
    requireNonNull(text, "text");
    checkText(text, "text");
    return PageTextExtractor.extract(text);
  }

  /**
   * Reads an HTML page: extracts title, byline, publication date, section and the main-content
   * paragraphs, leaving out navigation, asides, footers, comments, related-article lists and
   * similar boilerplate. Malformed HTML is parsed leniently.
   *
   * @param html the page's HTML source
   * @return the article
   * @throws NullPointerException if {@code html} is null
   * @throws IllegalArgumentException if {@code html} is longer than {@link #MAX_INPUT_CHARS}, or
   *     looks like binary data (see {@link #fromPageText})
   */
  public static Article fromHtml(String html) {
    requireNonNull(html, "html");
    checkText(html, "html");
    return HtmlExtractor.extract(html);
  }

  /**
   * Wraps clean body text, used verbatim: character offsets in the analysis index into it.
   *
   * @param title the headline, or {@code null}
   * @param body the clean body text
   * @return the article
   * @throws NullPointerException if {@code body} is null
   * @throws IllegalArgumentException if {@code title} or {@code body} is longer than
   *     {@link #MAX_INPUT_CHARS}, or looks like binary data (see {@link #fromPageText})
   */
  public static Article ofBody(@Nullable String title, String body) {
    requireNonNull(body, "body");
    if (title != null) {
      checkText(title, "title");
    }
    return new Article(title, null, null, null, null, null, body, 0);
  }

  /** Returns the body's paragraphs: non-blank runs of text between blank lines, trimmed. */
  public List<String> paragraphs() {
    return Splitter.on(BLANK_LINES).trimResults().omitEmptyStrings().splitToList(body);
  }

  static void checkText(String s, String name) {
    checkLength(s, name);
    String binary = BinaryDetector.reason(s);
    if (binary != null) {
      throw new IllegalArgumentException(name + " looks like binary data, not text: " + binary);
    }
  }

  private static void checkLength(@Nullable String s, String name) {
    if (s != null && s.length() > MAX_INPUT_CHARS) {
      throw new IllegalArgumentException(
          name + " is " + s.length() + " chars, over the limit of MAX_INPUT_CHARS = "
              + MAX_INPUT_CHARS);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
