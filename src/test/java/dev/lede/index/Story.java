package dev.lede.index;

import dev.lede.ArticleAnalysis;
import dev.lede.TextStats;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import dev.lede.keywords.Keyword;
import dev.lede.reading.ReadingTime;
import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written article for ranking tests: an {@link ArticleAnalysis} with only what the index
 * reads (title, body, section, date, language, url, byline, proper nouns, entities, demonyms,
 * keywords), so that each test controls exactly what two articles share. Not thread-safe.
 */
final class Story {

  private final String title;
  private final String body;
  private String section;
  private String published;
  private String language = "en";
  private String url;
  private String byline;
  private final List<Token> names = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private final List<String> demonyms = new ArrayList<>();
  private final List<Keyword> keywords = new ArrayList<>();

  private Story(String title, String body) {
    this.title = title;
    this.body = body;
  }

  static Story of(String title, String body) {
    return new Story(title, body);
  }

  Story section(String section) {
    this.section = section;
    return this;
  }

  Story published(String published) {
    this.published = published;
    return this;
  }

  Story language(String language) {
    this.language = language;
    return this;
  }

  Story url(String url) {
    this.url = url;
    return this;
  }

  Story byline(String byline) {
    this.byline = byline;
    return this;
  }

  /** Tags every occurrence of each word in the body as a proper noun (PROPN), as the tagger would. */
  Story names(String... words) {
    for (String w : words) {
      int at = body.indexOf(w);
      if (at < 0) {
        throw new IllegalArgumentException("not in the body: " + w);
      }
      for (; at >= 0; at = body.indexOf(w, at + w.length())) {
        names.add(new Token(w, at, at + w.length(), "PROPN", w));
      }
    }
    names.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return this;
  }

  Story person(String name, double salience) {
    entities.add(new Entity(EntityType.PERSON, name, null, salience, List.of()));
    return this;
  }

  Story entity(EntityType type, String name, double salience) {
    entities.add(new Entity(type, name, null, salience, List.of()));
    return this;
  }

  Story country(String name, String code, double salience) {
    entities.add(new Entity(EntityType.COUNTRY, name, code, salience, List.of()));
    return this;
  }

  /** A country the article names only through a demonym ("Belarusian"): its ISO code. */
  Story demonym(String code) {
    demonyms.add(code);
    return this;
  }

  Story keyword(String term) {
    keywords.add(new Keyword(term, 1.0));
    return this;
  }

  ArticleAnalysis analysis() {
    return new ArticleAnalysis(title, byline, section, published, url, language, null, body,
        new TextStats(body.length(), body.split("\\s+").length, 1, 1),
        new ReadingTime(1, 0, 238), List.of(), names, entities, demonyms, keywords);
  }
}
