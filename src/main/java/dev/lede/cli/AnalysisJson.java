package dev.lede.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.ArticleAnalysis;
import dev.lede.entities.Entity;
import dev.lede.entities.Mention;
import dev.lede.keywords.Keyword;
import dev.lede.text.Sentence;
import dev.lede.text.Token;

/**
 * Writes an {@link ArticleAnalysis} as the JSON object DESIGN.md specifies. Thread-safe. Public so
 * that {@code lede serve} ({@code dev.lede.serve}) answers with the same fields as the CLI; not
 * part of the library API.
 */
public final class AnalysisJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisJson() {}

  /**
   * Returns the analysis as JSON.
   *
   * @param id the article's id, or {@code null} to leave the field out
   * @param a the analysis
   * @param tokens whether to include sentences and tokens (large)
   */
  public static ObjectNode toJson(String id, ArticleAnalysis a, boolean tokens) {
    ObjectNode o = MAPPER.createObjectNode();
    if (id != null) {
      o.put("id", id);
    }
    o.put("title", a.title());
    o.put("byline", a.byline());
    o.put("section", a.section());
    o.put("publishedAt", a.publishedAt());
    if (a.url() != null) {
      o.put("url", a.url());
    }
    o.put("language", a.language());
    o.put("statedReadingMinutes", a.statedReadingMinutes());
    o.put("body", a.body());
    ObjectNode stats = o.putObject("stats");
    stats.put("characters", a.stats().characters());
    stats.put("words", a.stats().words());
    stats.put("sentences", a.stats().sentences());
    stats.put("paragraphs", a.stats().paragraphs());
    ObjectNode reading = o.putObject("readingTime");
    reading.put("minutes", a.readingTime().minutes());
    reading.put("seconds", a.readingTime().seconds());
    reading.put("wordsPerMinute", a.readingTime().wordsPerMinute());
    ArrayNode entities = o.putArray("entities");
    for (Entity e : a.entities()) {
      ObjectNode en = entities.addObject();
      en.put("type", e.type().name());
      en.put("name", e.name());
      if (e.countryCode() != null) {
        en.put("countryCode", e.countryCode());
      }
      en.put("salience", round(e.salience()));
      ArrayNode mentions = en.putArray("mentions");
      for (Mention m : e.mentions()) {
        mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text());
      }
    }
    ArrayNode demonyms = o.putArray("demonymCountries");
    a.demonymCountries().forEach(demonyms::add);
    ArrayNode keywords = o.putArray("keywords");
    for (Keyword k : a.keywords()) {
      keywords.addObject().put("term", k.term()).put("text", k.text())
          .put("score", round(k.score()));
    }
    if (tokens) {
      ArrayNode sentences = o.putArray("sentences");
      for (Sentence s : a.sentences()) {
        sentences.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text());
      }
      ArrayNode toks = o.putArray("tokens");
      for (Token t : a.tokens()) {
        toks.addObject().put("start", t.start()).put("end", t.end()).put("text", t.text())
            .put("pos", t.pos()).put("lemma", t.lemma());
      }
    }
    return o;
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
