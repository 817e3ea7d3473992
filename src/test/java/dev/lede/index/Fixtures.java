package dev.lede.index;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.TextStats;
import dev.lede.entities.Entity;
import dev.lede.extract.Article;
import dev.lede.reading.ReadingTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Shared test data: the bundled sample articles, analysed once, and hand-built analyses. */
final class Fixtures {

  private static ArticleAnalyzer analyzer;
  private static Map<String, ArticleAnalysis> samples;

  private Fixtures() {}

  static synchronized ArticleAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = ArticleAnalyzer.builder().build();
    }
    return analyzer;
  }

  /** The bundled samples by id, in file order, analysed with the shared analyzer. */
  static synchronized Map<String, ArticleAnalysis> samples() {
    if (samples == null) {
      Map<String, Article> articles = sampleArticles();
      // Taken once here: worker threads must not call the synchronized analyzer().
      ArticleAnalyzer shared = analyzer();
      Map<String, ArticleAnalysis> analysed = new LinkedHashMap<>();
      articles.forEach((id, a) -> analysed.put(id, null));
      articles.entrySet().parallelStream()
          .map(e -> Map.entry(e.getKey(), shared.analyze(e.getValue())))
          .toList()
          .forEach(e -> analysed.put(e.getKey(), e.getValue()));
      samples = analysed;
    }
    return samples;
  }

  /** Id of the first telling of {@link #retoldStory()}. */
  static final String RETOLD_FIRST = "kyiv-power-cuts";
  /** Id of the second telling of {@link #retoldStory()}. */
  static final String RETOLD_SECOND = "ukraine-grid-hit";

  /**
   * One story told twice in other words (few shared words, same topic), analysed with the shared
   * analyzer: what the topic signal should relate and the words alone do not.
   */
  static Map<String, ArticleAnalysis> retoldStory() {
    Map<String, ArticleAnalysis> out = new LinkedHashMap<>();
    out.put(RETOLD_FIRST, analyzer().analyze(Article.ofBody(
        "Power cuts across Kyiv after drone strikes",
        "Residents of Kyiv spent the night without electricity after a wave of drones struck"
            + " power stations around the city. Engineers worked through the morning to restore"
            + " supply to hospitals and pumping stations. Rolling outages will continue this"
            + " week, the operator said.")));
    out.put(RETOLD_SECOND, analyzer().analyze(Article.ofBody(
        "Ukraine's grid hit again, blackouts in the capital",
        "Another overnight attack damaged substations feeding the Ukrainian capital, leaving"
            + " apartment blocks dark and radiators cold. Repair crews scrambled to reconnect"
            + " transformers while officials urged families to charge phones and keep torches"
            + " ready.")));
    return out;
  }

  /** Parses the bundled sample file (the same format the CLI's demo reads). */
  static Map<String, Article> sampleArticles() {
    String text;
    try (InputStream in = Fixtures.class.getResourceAsStream("/lede/samples/articles.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Article> out = new LinkedHashMap<>();
    for (String block : text.split("(?m)^===\\s*$")) {
      String[] parts = block.replaceAll("(?m)^#.*\\R?", "").strip().split("\\R\\R", 2);
      Map<String, String> h = new HashMap<>();
      for (String line : parts[0].split("\\R")) {
        int c = line.indexOf(':');
        h.put(line.substring(0, c).strip(), line.substring(c + 1).strip());
      }
      out.put(h.get("id"), new Article(h.get("title"), h.get("byline"), h.get("section"),
          h.get("published"), null, null, parts[1].strip(), 0));
    }
    return out;
  }

  /** An analysis built by hand: only what the index reads is filled in. */
  static ArticleAnalysis analysis(String title, String body, String section, String published,
      List<Entity> entities, List<String> demonyms) {
    return new ArticleAnalysis(title, null, section, published, null, "en", null, body,
        new TextStats(body.length(), body.split("\\s+").length, 1, 1),
        new ReadingTime(1, 60, 238), List.of(), List.of(), entities, demonyms, List.of());
  }

  static ArticleAnalysis analysis(String title, String body) {
    return analysis(title, body, null, null, List.of(), List.of());
  }

  /** A new in-memory index holding the bundled samples; the caller closes it. */
  static ArticleIndex samplesIndex() throws IOException {
    ArticleIndex index = ArticleIndex.inMemory(analyzer());
    for (Map.Entry<String, ArticleAnalysis> e : samples().entrySet()) {
      index.add(e.getKey(), e.getValue());
    }
    return index;
  }

  /**
   * Writes the bundled samples to a new index in {@code dir} as a version that did not write
   * {@code field} would have (the current format otherwise), for tests of older indexes.
   */
  static void samplesIndexWithout(Path dir, String field) throws IOException {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Documents.analyzer()))) {
      for (Map.Entry<String, ArticleAnalysis> e : samples().entrySet()) {
        Document doc = Documents.toDocument(e.getKey(), e.getValue(), Documents.analyzer());
        doc.removeFields(field);
        w.addDocument(doc);
      }
      w.setLiveCommitData(Map.of(LuceneArchive.FORMAT_KEY, LuceneArchive.FORMAT_VERSION)
          .entrySet());
      w.commit();
    }
  }

  /** The ids of suggestions, in their order. */
  static List<String> ids(List<RelatedArticle> related) {
    return related.stream().map(RelatedArticle::id).toList();
  }
}
