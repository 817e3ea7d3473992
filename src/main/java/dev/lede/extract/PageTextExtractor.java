package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;

/** Cleans text copied from a web page. Stateless and thread-safe. */
final class PageTextExtractor {

  private PageTextExtractor() {}

  static Article extract(String text) {
    List<String> paragraphs = new ArrayList<>();
    String title = null;
    for (String line : text.split("\\R")) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (title == null) {
        title = s;
      } else {
        paragraphs.add(s);
      }
    }
    return new Article(title, null, null, null, null, null, String.join("\n\n", paragraphs), 0);
  }
}
