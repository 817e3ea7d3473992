package dev.lede.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import dev.lede.entities.Mention;
import dev.lede.extract.Article;
import dev.lede.tools.EvalNerCommand.TSpan;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code eval-ner --format spans}: scores the recognizer, at the guidelines' five types, against
 * gold character spans kept apart from the texts they point into. The texts stay where they are
 * ({@code ../shared}); the project keeps only offsets and types, so a gold set made by hand
 * survives without copying anyone's prose.
 *
 * <p>A gold file is UTF-8 text, tab-separated: {@code doc start end type} per mention, where
 * {@code start} and {@code end} are offsets in UTF-16 code units (Java {@code char}s, end
 * exclusive) into the document's text and {@code type} is an {@link EntityType} name; a line of
 * the document id alone declares a document without mentions (it is scored too); a fifth field,
 * the mention's text, is checked against the text when present; lines starting with {@code #}
 * are comments. Documents are scored in the order they first appear.
 *
 * <p>Texts come from {@code --texts}: a JSON file mapping each id to {@code {articleBody}} (the
 * html-dev pages' {@code ground-truth.json}), a {@code .jsonl} file of lines with {@code id} and
 * {@code text} (ECB+'s {@code ecbplus_dev.jsonl}), or a folder whose {@code * /documents.json}
 * files hold JSON lines with {@code _id} and {@code text} (re3d's {@code original} folder).
 * Each text is analysed once as a body, as {@code analyze --format body} does. Not thread-safe;
 * one run at a time.
 */
final class EvalNerGold {

  /** The guidelines' types, the rows of the tables. */
  static final List<String> TYPES =
      Arrays.stream(EntityType.values()).map(EntityType::name).toList();

  /** A document's gold: its id, text and spans. */
  record Document(String id, String text, List<TSpan> gold) {
    Document {
      gold = List.copyOf(gold);
    }
  }

  private final ArticleAnalyzer analyzer;

  EvalNerGold() {
    // no keywords: they take time and play no part in the entities
    this.analyzer = ArticleAnalyzer.builder().keywordLimit(0).build();
  }

  /**
   * Reads the texts a gold file points into: a {@code ground-truth.json} file or a folder of
   * {@code documents.json} files (see the class comment).
   *
   * @throws IllegalArgumentException if the file or folder holds no text of either shape
   */
  static Map<String, String> readTexts(Path path) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> texts = new LinkedHashMap<>();
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> found = Files.walk(path, 2)) {
        files = found.filter(p -> p.getFileName().toString().equals("documents.json"))
            .sorted().toList();
      }
      for (Path f : files) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            JsonNode doc = json.readTree(line);
            if (doc.path("_id").isTextual() && doc.path("text").isTextual()) {
              texts.put(doc.get("_id").asText(), doc.get("text").asText());
            }
          }
        }
      }
    } else if (path.getFileName().toString().endsWith(".jsonl")) {
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode doc = json.readTree(line);
          if (doc.path("id").isTextual() && doc.path("text").isTextual()) {
            texts.put(doc.get("id").asText(), doc.get("text").asText());
          }
        }
      }
    } else {
      JsonNode root = json.readTree(path.toFile());
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().path("articleBody").isTextual()) {
          texts.put(e.getKey(), e.getValue().get("articleBody").asText());
        }
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException(path + " holds no texts: give html-dev's"
          + " ground-truth.json, a .jsonl file of id and text lines, or a folder of"
          + " documents.json files (re3d's original folder)");
    }
    return texts;
  }

  /**
   * Reads a gold file against its texts.
   *
   * @throws IllegalArgumentException naming the line, if a line is malformed, names a document
   *     the texts lack, has offsets outside its text or a type that is no {@link EntityType}, or
   *     gives a mention text that differs from the text at its offsets
   */
  static List<Document> readGold(Path file, Map<String, String> texts) throws IOException {
    Map<String, List<TSpan>> spans = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file + " line " + (n + 1) + ": ";
      String[] f = line.split("\t", -1);
      String text = texts.get(f[0]);
      if (text == null) {
        throw new IllegalArgumentException(where + "no text for document " + f[0]);
      }
      List<TSpan> doc = spans.computeIfAbsent(f[0], k -> new ArrayList<>());
      if (f.length == 1) {
        continue;
      }
      if (f.length < 4 || f.length > 5) {
        throw new IllegalArgumentException(where + "expected doc, start, end, type [, text]");
      }
      int start;
      int end;
      try {
        start = Integer.parseInt(f[1]);
        end = Integer.parseInt(f[2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "offsets are not numbers");
      }
      if (start < 0 || end <= start || end > text.length()) {
        throw new IllegalArgumentException(where + "offsets " + start + "-" + end
            + " outside the text (" + text.length() + " chars)");
      }
      if (!TYPES.contains(f[3])) {
        throw new IllegalArgumentException(where + "unknown type " + f[3] + " (one of " + TYPES
            + ")");
      }
      if (f.length == 5 && !f[4].equals(text.substring(start, end).replace('\n', ' '))) {
        throw new IllegalArgumentException(where + "the text there is '"
            + text.substring(start, end) + "', not '" + f[4] + "'");
      }
      doc.add(new TSpan(start, end, f[3]));
    }
    List<Document> docs = new ArrayList<>();
    spans.forEach((id, gold) -> docs.add(new Document(id, texts.get(id), gold)));
    return docs;
  }

  /**
   * Scores the documents and prints a table for all of them and one for those Lede reads as
   * English, and up to {@code showErrors} documents' differences.
   */
  void evaluate(List<Document> docs, int showErrors, int resamples, PrintStream out) {
    EvalNerDocuments.Counts all = new EvalNerDocuments.Counts(TYPES.size());
    EvalNerDocuments.Counts english = new EvalNerDocuments.Counts(TYPES.size());
    List<int[]> perDoc = new ArrayList<>();
    int englishDocs = 0;
    int shown = 0;
    for (Document doc : docs) {
      ArticleAnalysis analysis = analyzer.analyze(Article.ofBody(null, doc.text()));
      List<TSpan> predicted = new ArrayList<>();
      for (Entity e : analysis.entities()) {
        for (Mention m : e.mentions()) {
          predicted.add(new TSpan(m.start(), m.end(), e.type().name()));
        }
      }
      EvalNerDocuments.Counts c = new EvalNerDocuments.Counts(TYPES.size());
      EvalNerCommand.count(doc.gold(), predicted, TYPES, c.strict(), c.overlap());
      all.add(c);
      perDoc.add(c.micro(true));
      if (analysis.language().equals("en")) {
        english.add(c);
        englishDocs++;
      }
      Set<TSpan> goldSet = new HashSet<>(doc.gold());
      Set<TSpan> ourSet = new HashSet<>(predicted);
      if (shown < showErrors && !goldSet.equals(ourSet)) {
        shown++;
        out.println("DOC " + doc.id() + " (" + analysis.language() + ")");
        doc.gold().stream().filter(g -> !ourSet.contains(g))
            .forEach(g -> out.println("GOLD " + render(doc.text(), g)));
        predicted.stream().filter(p -> !goldSet.contains(p))
            .forEach(p -> out.println("OURS " + render(doc.text(), p)));
      }
    }
    out.printf(Locale.ROOT, "%d documents, all languages:%n", docs.size());
    table(all, out);
    if (resamples > 0) {
      double[] ci = EvalNerDocuments.bootstrap(perDoc, resamples);
      out.printf(Locale.ROOT, "strict micro F1, 95%% bootstrap interval over documents (%d"
          + " resamples, seed %d): %.3f-%.3f%n", resamples, EvalNerDocuments.BOOTSTRAP_SEED,
          ci[0], ci[1]);
    }
    out.printf(Locale.ROOT, "%n%d documents Lede reads as English:%n", englishDocs);
    table(english, out);
  }

  private static void table(EvalNerDocuments.Counts c, PrintStream out) {
    EvalNerCommand.tableHeader(out);
    for (int t = 0; t < TYPES.size(); t++) {
      EvalNerCommand.row(out, TYPES.get(t), c.strict()[t], c.overlap()[t]);
    }
    EvalNerCommand.row(out, "micro", c.micro(true), c.micro(false));
  }

  private static String render(String text, TSpan s) {
    return "[" + text.substring(s.start(), s.end()).replace('\n', ' ') + "]/" + s.type() + " @"
        + s.start();
  }

  /** Reads texts and gold for the command, turning read failures into unchecked ones. */
  static List<Document> load(Path texts, List<Path> goldFiles) {
    try {
      Map<String, String> t = readTexts(texts);
      List<Document> docs = new ArrayList<>();
      for (Path g : goldFiles) {
        docs.addAll(readGold(g, t));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
