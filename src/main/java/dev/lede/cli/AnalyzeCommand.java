package dev.lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code analyze}: prints the analysis of each input as JSON. */
final class AnalyzeCommand implements Command {

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public String usage() {
    return "analyze [--format auto|text|html|body] [--wpm N] [--tokens] [--pretty] FILE...|-"
        + "  |  analyze --jsonl FILE|-";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of("tokens", "jsonl", "pretty", "no-entities"),
        Set.of("format", "wpm"));
    Inputs.Format format = Inputs.Format.parse(args.option("format", "auto"));
    int wpm = args.intOption("wpm", dev.lede.reading.ReadingTimeEstimator.DEFAULT_WORDS_PER_MINUTE,
        1);
    if (args.positional().isEmpty()) {
      throw new UsageException("no input: give one or more files, or - for standard input");
    }
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder()
        .wordsPerMinute(wpm)
        .entities(!args.flag("no-entities"))
        .build();
    boolean tokens = args.flag("tokens");
    if (args.flag("jsonl")) {
      return jsonl(args, analyzer, tokens, out, err);
    }
    boolean pretty = args.flag("pretty") || args.positional().size() == 1;
    for (String name : args.positional()) {
      String text = Inputs.read(name, System.in);
      Article article;
      try {
        article = Inputs.article(text, format, null);
      } catch (IllegalArgumentException e) {
        // Name the file: of several inputs, the one that is binary or too long.
        throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
      }
      ArticleAnalysis a = analyzer.analyze(article);
      print(AnalysisJson.toJson(Inputs.idOf(name), a, tokens), pretty, out);
    }
    return 0;
  }

  private static int jsonl(Args args, ArticleAnalyzer analyzer, boolean tokens, PrintStream out,
      PrintStream err) throws Exception {
    int failures = 0;
    for (String name : args.positional()) {
      for (Inputs.NumberedLine line : Inputs.jsonLines(name, System.in)) {
        try {
          JsonLine in = JsonLine.parse(line.text());
          ArticleAnalysis a = analyzer.analyze(in.article());
          print(AnalysisJson.toJson(in.id(), a, tokens), false, out);
        } catch (Exception e) {
          failures++;
          err.println("lede analyze: " + name + " line " + line.number() + ": "
              + Main.oneLine(e));
        }
      }
    }
    return failures == 0 ? 0 : Main.EXIT_ERROR;
  }

  private static void print(ObjectNode json, boolean pretty, PrintStream out) throws Exception {
    out.println(pretty
        ? AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json)
        : AnalysisJson.MAPPER.writeValueAsString(json));
  }

  /** One JSONL input line: {@code {"id", "text" | "html" | "body", "title"}}. */
  record JsonLine(String id, Article article) {

    static JsonLine parse(String line) throws Exception {
      JsonNode node = AnalysisJson.MAPPER.readTree(line);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      String id = node.hasNonNull("id") ? node.get("id").asText() : null;
      String title = node.hasNonNull("title") ? node.get("title").asText() : null;
      Article article;
      if (node.hasNonNull("html")) {
        article = Article.fromHtml(node.get("html").asText());
      } else if (node.hasNonNull("text")) {
        article = Article.fromPageText(node.get("text").asText());
      } else if (node.hasNonNull("body")) {
        article = Article.ofBody(title, node.get("body").asText());
      } else {
        throw new IllegalArgumentException("needs one of \"text\", \"html\" or \"body\"");
      }
      if (title != null && article.title() == null) {
        article = new Article(title, article.byline(), article.section(), article.publishedAt(),
            article.url(), article.statedReadingMinutes(), article.body(), article.imageCount());
      }
      return new JsonLine(id, article);
    }
  }
}
