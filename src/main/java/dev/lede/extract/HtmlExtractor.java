package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the main content of an HTML page with jsoup. Stateless and thread-safe. */
final class HtmlExtractor {

  private HtmlExtractor() {}

  static Article extract(String html) {
    Document doc = Jsoup.parse(html);
    List<String> paragraphs = new ArrayList<>();
    for (Element p : doc.select("p")) {
      String s = p.text().strip();
      if (!s.isEmpty()) {
        paragraphs.add(s);
      }
    }
    return new Article(doc.title(), null, null, null, null, null, String.join("\n\n", paragraphs),
        doc.select("img").size());
  }
}
