package dev.lede.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.cli.Args;
import dev.lede.cli.Command;
import dev.lede.cli.Main;
import dev.lede.cli.UsageException;
import dev.lede.extract.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * {@code eval-extract}: scores the bodies {@link Article#fromHtml} extracts from a directory of
 * pages against hand-made ones, or with {@code --as page-text} the bodies
 * {@link Article#fromPageText} extracts from the text a browser's select-all and copy gives of
 * each page ({@link PageTextRenderer}).
 *
 * <p>The directory holds {@code ground-truth.json} (key to {@code {articleBody, url}}) and
 * {@code html/<key>.html.gz}, as {@code ../shared/data/html-dev} does. Scoring follows
 * {@code ../shared/README.md}: extracted and true body as multisets of word 4-grams (words are runs
 * of Unicode letters, digits and underscore, case kept), precision and recall per page, both
 * averaged over the pages, and the F1 of the two averages. The pages are also scored in two halves
 * (keys in sorted order, odd and even positions) so that tuning on one half can be checked on the
 * other.
 *
 * <p>Stateless, so thread-safe. Public only so that {@link java.util.ServiceLoader} can create it
 * for {@link dev.lede.cli.Main}.
 */
public final class EvalExtractCommand implements Command {

  /** Where the development pages are, relative to the project root. */
  static final String DEFAULT_DIR = "../shared/data/html-dev";

  /** Shingle length of the published benchmark. */
  static final int NGRAM = 4;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)");

  @Override
  public String name() {
    return "eval-extract";
  }

  /** What each page is given to the extractor as. */
  enum Input {
    /** The page's HTML, to {@link Article#fromHtml}. */
    HTML("html"),
    /** The text a browser's select-all and copy gives, to {@link Article#fromPageText}. */
    PAGE_TEXT("page-text");

    final String option;

    Input(String option) {
      this.option = option;
    }

    static Input of(String option) throws UsageException {
      for (Input i : values()) {
        if (i.option.equals(option)) {
          return i;
        }
      }
      throw new UsageException("--as must be html or page-text: " + option);
    }
  }

  @Override
  public String usage() {
    return "eval-extract [--as html|page-text] [--worst N] [DIR]  (scores fromHtml bodies, or"
        + " fromPageText bodies of the pages' copied text, against DIR/ground-truth.json;"
        + " DIR defaults to " + DEFAULT_DIR + ")";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of(), Set.of("worst", "as"));
    int worst = args.intOption("worst", 0, 0);
    Input input = Input.of(args.option("as", Input.HTML.option));
    if (args.positional().size() > 1) {
      throw new UsageException("give at most one directory");
    }
    Path dir = Path.of(args.positional().isEmpty() ? DEFAULT_DIR : args.positional().get(0));
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      err.println("lede eval-extract: no ground truth at " + truthFile
          + " (give the html-dev directory as DIR)");
      return Main.EXIT_ERROR;
    }
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    Map<String, String> expected = new TreeMap<>();
    Map<String, String> titles = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode body = e.getValue().path("articleBody");
      if (!body.isTextual()) {
        // scored as an empty body, such a page would read as a measured failure of extraction
        err.println("lede eval-extract: page \"" + e.getKey() + "\" in " + truthFile
            + " has no articleBody string");
        return Main.EXIT_ERROR;
      }
      expected.put(e.getKey(), body.asText());
      if (e.getValue().path("title").isTextual()) {
        titles.put(e.getKey(), e.getValue().path("title").asText());
      }
    }
    if (expected.isEmpty()) {
      // a table of zeros would read as a measurement; an empty corpus is an input error
      err.println("lede eval-extract: no pages to score in " + truthFile
          + " (it should map each page's key to {articleBody, url})");
      return Main.EXIT_ERROR;
    }
    List<PageScore> scores = new ArrayList<>();
    long nanos = 0;
    int index = 0;
    int titlesMatched = 0;
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      if (!Files.isRegularFile(page)) {
        err.println("lede eval-extract: missing page " + page);
        return Main.EXIT_ERROR;
      }
      String html = decode(readGzip(page));
      String text = input == Input.PAGE_TEXT ? PageTextRenderer.render(html) : html;
      long t0 = System.nanoTime();
      Article article = input == Input.PAGE_TEXT ? Article.fromPageText(text)
          : Article.fromHtml(html);
      nanos += System.nanoTime() - t0;
      scores.add(score(e.getKey(), index++, article.body(), e.getValue()));
      String title = titles.get(e.getKey());
      if (title != null && sameTitle(title, article.title())) {
        titlesMatched++;
      }
    }
    if (input == Input.PAGE_TEXT) {
      out.println("input: page text (each page as a browser's select-all + copy gives it),"
          + " Article.fromPageText");
    }
    out.printf("%-24s %6s %9s %7s %7s%n", "pages", "count", "precision", "recall", "F1");
    print(out, "all", scores);
    print(out, "odd-indexed keys", scores.stream().filter(s -> s.index % 2 == 1).toList());
    print(out, "even-indexed keys", scores.stream().filter(s -> s.index % 2 == 0).toList());
    if (titles.isEmpty()) {
      if (input == Input.PAGE_TEXT) {
        out.println("titles: the ground truth has none");
      }
    } else {
      out.printf("titles: %d of %d match the ground truth's (letters and digits, any case)%n",
          titlesMatched, titles.size());
    }
    out.printf("extraction time: %.1f ms per page (one cold pass, JIT warm-up included)%n",
        nanos / 1e6 / Math.max(1, scores.size()));
    if (worst > 0) {
      out.println("worst pages by F1:");
      scores.stream()
          .sorted(Comparator.comparingDouble(PageScore::f1))
          .limit(worst)
          .forEach(s -> out.printf("  %s  P=%.3f R=%.3f%n", s.key, s.precision, s.recall));
    }
    return 0;
  }

  private static void print(PrintStream out, String label, List<PageScore> scores) {
    double p = scores.stream().mapToDouble(s -> s.precision).average().orElse(0);
    double r = scores.stream().mapToDouble(s -> s.recall).average().orElse(0);
    out.printf("%-24s %6d %9.3f %7.3f %7.3f%n", label, scores.size(), p, r, f1(p, r));
  }

  /** Scores one page as the benchmark does: multiset 4-gram precision and recall. */
  static PageScore score(String key, int index, String extracted, String truth) {
    Map<List<String>, Integer> pred = shingles(extracted);
    Map<List<String>, Integer> gold = shingles(truth);
    long tp = 0;
    long predTotal = 0;
    long goldTotal = 0;
    for (Map.Entry<List<String>, Integer> e : pred.entrySet()) {
      predTotal += e.getValue();
      tp += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
    }
    for (int n : gold.values()) {
      goldTotal += n;
    }
    long fp = predTotal - tp;
    long fn = goldTotal - tp;
    double precision = fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : (double) tp / (tp + fn);
    return new PageScore(key, index, precision, recall);
  }

  /** Whether two titles have the same words: letters and digits only, any case. */
  static boolean sameTitle(String expected, String actual) {
    return actual != null && titleKey(expected).equals(titleKey(actual))
        && !titleKey(expected).isEmpty();
  }

  private static String titleKey(String title) {
    return NON_WORD.matcher(title).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + NGRAM <= words.size(); i++) {
      counts.merge(List.copyOf(words.subList(i, i + NGRAM)), 1, Integer::sum);
    }
    return counts;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static byte[] readGzip(Path page) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return in.readAllBytes();
    }
  }

  /**
   * Decodes a page as a browser would: a byte-order mark, else the charset its markup declares,
   * else UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers assume for
   * undeclared legacy pages).
   */
  static String decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        return new String(bytes, Charset.forName(m.group(1)));
      } catch (IllegalArgumentException unknown) {
        // Unknown or illegal name: guess below.
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  record PageScore(String key, int index, double precision, double recall) {
    double f1() {
      return EvalExtractCommand.f1(precision, recall);
    }
  }
}
