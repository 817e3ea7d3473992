package dev.lede.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code analyze}: prints the analysis of each input as JSON. */
final class AnalyzeCommand implements Command {

  /** Options without a value; {@link #usage()} names each (a test checks it). */
  static final Set<String> FLAGS = Set.of("tokens", "jsonl", "pretty", "no-entities");
  /** Options with a value. */
  static final Set<String> VALUED = Set.of("format", "wpm");

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public String usage() {
    return "analyze [--format auto|text|html|body] [--wpm N] [--tokens] [--pretty]"
        + " [--no-entities] FILE...|-"
        + "  |  analyze --jsonl [--wpm N] [--tokens] [--no-entities] FILE|-";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, FLAGS, VALUED);
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
      ArticleAnalysis a = analyzer.analyze(Inputs.readArticle(name, format, System.in));
      print(AnalysisJson.toJson(Inputs.idOf(name), a, tokens), pretty, out);
      out.flush(); // each file's answer before the next is read (and before its error, if any)
    }
    return 0;
  }

  /**
   * One analysis per line, each written and flushed as soon as its line is read: a program that
   * writes a line and waits for its answer gets it, and input that never ends (a pipe from
   * another process) is answered as it comes, in memory of one line.
   */
  private static int jsonl(Args args, ArticleAnalyzer analyzer, boolean tokens, PrintStream out,
      PrintStream err) throws Exception {
    int failures = 0;
    for (String name : args.positional()) {
      try (BufferedReader lines = Inputs.lines(name, System.in)) {
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          ObjectNode json;
          try {
            JsonLine in = JsonLine.parse(line);
            json = AnalysisJson.toJson(in.id(), analyzer.analyze(in.article()), tokens);
          } catch (Exception e) {
            failures++;
            err.println("lede analyze: " + name + " line " + number + ": " + Main.oneLine(e));
            continue;
          }
          print(json, false, out); // outside the try: output that fails stops the run
          out.flush();
        }
      }
    }
    return failures == 0 ? 0 : Main.EXIT_ERROR;
  }

  private static void print(ObjectNode json, boolean pretty, PrintStream out) {
    out.println(JsonText.write(json, pretty));
  }

  /**
   * One JSONL input line: {@code {"id", "text" | "html" | "body", "title"}}, held to the rules of
   * a {@code lede serve} request body: one object and nothing after it, every field a string.
   */
  record JsonLine(String id, Article article) {

    /** Jackson's note on where it read, such as "[Source: REDACTED (...); line: 1, column: 4]". */
    private static final Pattern SOURCE = Pattern.compile("\\s*(at )?\\[Source: [^\\]]*\\]");

    /**
     * Parses a line.
     *
     * @throws java.io.IOException for malformed JSON or more than one value on the line
     * @throws IllegalArgumentException for another value than an object, a field that is not a
     *     string, no text, or text the extractor refuses (binary, too long)
     */
    static JsonLine parse(String line) throws Exception {
      JsonNode node;
      try {
        node = JsonText.readOne(line);
      } catch (JsonProcessingException e) { // as lede serve says it: no Jackson source note
        String where = e.getLocation() == null ? ""
            : " at column " + e.getLocation().getColumnNr();
        throw new IllegalArgumentException("malformed JSON" + where + ": "
            + SOURCE.matcher(e.getOriginalMessage()).replaceAll("").strip());
      }
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      String id = JsonText.string(node, "id");
      String title = JsonText.string(node, "title");
      String html = JsonText.string(node, "html");
      String text = JsonText.string(node, "text");
      String body = JsonText.string(node, "body");
      Article article;
      if (html != null) {
        article = Article.fromHtml(html);
      } else if (text != null) {
        article = Article.fromPageText(text);
      } else if (body != null) {
        article = Article.ofBody(title, body);
      } else {
        throw new IllegalArgumentException("needs one of \"text\", \"html\" or \"body\"");
      }
      // as a lede serve body: what the line gives fills what extraction did not find
      Article a = article;
      article = new Article(or(a.title(), title), or(a.byline(), JsonText.string(node, "byline")),
          or(a.section(), JsonText.string(node, "section")),
          or(a.publishedAt(), JsonText.string(node, "publishedAt")),
          or(a.url(), JsonText.string(node, "url")), a.statedReadingMinutes(), a.body(),
          a.imageCount());
      return new JsonLine(id, article);
    }

    private static String or(String found, String given) {
      return found != null ? found : given;
    }
  }
}
