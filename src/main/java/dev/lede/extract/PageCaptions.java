package dev.lede.extract;

import dev.lede.extract.PageTextExtractor.Kind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds pictures' credits and captions among the lines of page text, a step of {@link
 * PageTextExtractor}: a copied page carries them among the article's paragraphs.
 *
 * <p>Thread-safe: stateless.
 */
final class PageCaptions {

  /**
   * A picture's credit on its own line: "Photograph: Tim Rees/Getty Images", "Image credit: X",
   * or names joined by slashes, "Sanjeev Verma/Hindustan Times/Getty Images".
   */
  private static final Pattern CREDIT = Pattern.compile(
      "(?:(?i)(?:photo(?:graph)?s?|image|picture|illustration|credit|video)(?:\\s+(?:credit|by"
          + "|courtesy))?\\s*:\\s*\\S.*"
          + "|\\p{Lu}[^/.!?]{0,40}(?:\\s*/\\s*\\p{Lu}[^/.!?]{0,40})+)");

  /** A caption that ends with its credit: "... in 2019. REUTERS/Jo Lee", "Credit...Jo Lee". */
  private static final Pattern CAPTION_CREDIT = Pattern.compile(
      "(?:\\b\\p{Lu}{3,}/\\p{Lu}[\\p{L} .'’-]{1,40}|Credit\\.\\.\\.\\S.{0,60})$");

  /** Longest credit line, in words. */
  private static final int MAX_CREDIT_WORDS = 10;

  /** Longest caption, in chars, above a credit line. */
  private static final int MAX_CAPTION_CHARS = 300;

  private PageCaptions() {}

  /**
   * Marks pictures' credits and captions as chrome: a credit line, and a line of prose up to
   * {@link #MAX_CAPTION_CHARS} right above it; a caption that ends with its credit ("REUTERS/Jo
   * Lee").
   */
  static void drop(List<String> lines, Kind[] kinds) {
    for (int i = 0; i < lines.size(); i++) {
      String line = PageTextExtractor.plainSpaces(lines.get(i));
      if (line.length() > MAX_CAPTION_CHARS || kinds[i] == Kind.MARKER) {
        continue;
      }
      if (PageTextExtractor.wordCount(line) <= MAX_CREDIT_WORDS
          && CREDIT.matcher(line).matches()) {
        kinds[i] = Kind.CHROME;
        if (i > 0 && kinds[i - 1] == Kind.PROSE
            && lines.get(i - 1).length() <= MAX_CAPTION_CHARS) {
          kinds[i - 1] = Kind.CHROME;
        }
      } else if (CAPTION_CREDIT.matcher(line).find()) {
        kinds[i] = Kind.CHROME;
      }
    }
  }
}
