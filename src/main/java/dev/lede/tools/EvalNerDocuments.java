package dev.lede.tools;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.tools.EvalNerCommand.TSpan;
import dev.lede.entities.Entity;
import dev.lede.entities.Mention;
import dev.lede.entities.TaggedSentence;
import dev.lede.extract.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * {@code eval-ner --docs}: scores the recognizer on whole documents of original text, as users run
 * it. A document is the {@code # text =} lines of its sentences joined by one space, analysed once
 * as a body ({@code analyze --format body}); the file's gold token spans, mapped onto PER/LOC/ORG
 * exactly as in sentence mode ({@link NerCorpus#coarse(NerCorpus.Raw, NerCorpus.Format,
 * NerCorpus.Gold)}), become character spans by finding each sentence's tokens in its text, and
 * our mentions are compared with them as character spans: strict (same start, end and type) and
 * overlap (sharing a character, same type). Not thread-safe; one run at a time.
 */
final class EvalNerDocuments {

  /** First line of a {@code --per-doc} file. */
  static final String PER_DOC_HEADER = "doc\ttp\tpredicted\tgold";

  /** Seed of the bootstrap resampling, fixed so that two runs on one build print the same. */
  static final long BOOTSTRAP_SEED = 20240601L;

  private static final List<String> TYPES = TaggedSentence.TYPES;

  /**
   * Counts of one document or of all, per type: strict {tp, predicted, gold} and overlap
   * {ours found, predicted, gold, gold found} ({@link EvalNerCommand#count}).
   */
  record Counts(int[][] strict, int[][] overlap) {
    Counts() {
      this(TYPES.size());
    }

    /** Empty counts of {@code types} rows. */
    Counts(int types) {
      this(new int[types][3], new int[types][4]);
    }

    /** Adds another document's counts, of the same rows, to these. */
    void add(Counts other) {
      for (int t = 0; t < strict.length; t++) {
        for (int k = 0; k < strict[t].length; k++) {
          strict[t][k] += other.strict[t][k];
        }
        for (int k = 0; k < overlap[t].length; k++) {
          overlap[t][k] += other.overlap[t][k];
        }
      }
    }

    /** The micro-averaged counts, strict or overlap, in the same layout. */
    int[] micro(boolean strictly) {
      int[][] rows = strictly ? strict : overlap;
      int[] m = new int[rows[0].length];
      for (int[] c : rows) {
        for (int k = 0; k < m.length; k++) {
          m[k] += c[k];
        }
      }
      return m;
    }
  }

  /**
   * What a run measured: the totals, each document's counts (for the bootstrap), and the gold
   * spans left out because their first or last token was not found in the text.
   */
  record Result(Counts total, List<Counts> perDoc, int sentences, long tokens, int unaligned,
      int sentencesWithoutText, double seconds) {}

  private final NerCorpus.Format format;
  private final NerCorpus.Gold mapping;
  private final ArticleAnalyzer analyzer;
  private int unaligned;
  private int sentencesWithoutText;
  private int sentences;
  private long tokens;

  EvalNerDocuments(NerCorpus.Format format, NerCorpus.Gold mapping) {
    this.format = format;
    this.mapping = mapping;
    // no keywords: they take time and play no part in the entities
    this.analyzer = ArticleAnalyzer.builder().keywordLimit(0).build();
  }

  /** Scores the documents; prints up to {@code showErrors} documents' differences. */
  Result evaluate(List<NerCorpus.Document> docs, int showErrors, PrintStream out) {
    unaligned = 0;
    sentencesWithoutText = 0;
    sentences = 0;
    tokens = 0;
    List<Counts> perDoc = new ArrayList<>();
    Counts total = new Counts();
    int shown = 0;
    long started = System.nanoTime();
    for (NerCorpus.Document doc : docs) {
      StringBuilder text = new StringBuilder();
      List<TSpan> gold = gold(doc, text);
      String body = text.toString();
      ArticleAnalysis analysis = analyzer.analyze(Article.ofBody(null, body));
      List<TSpan> predicted = new ArrayList<>();
      for (Entity e : analysis.entities()) {
        String type = EvalNerCommand.coarseType(e.type());
        for (Mention m : e.mentions()) {
          predicted.add(new TSpan(m.start(), m.end(), type));
        }
      }
      predicted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
          : Integer.compare(a.end(), b.end()));
      Counts c = score(gold, predicted);
      perDoc.add(c);
      total.add(c);
      Set<TSpan> goldSet = new HashSet<>(gold);
      Set<TSpan> ourSet = new HashSet<>(predicted);
      if (shown < showErrors && !goldSet.equals(ourSet)) {
        shown++;
        out.println("DOC " + doc.id());
        for (TSpan g : gold) {
          if (!ourSet.contains(g)) {
            out.println("GOLD " + render(body, g));
          }
        }
        for (TSpan p : predicted) {
          if (!goldSet.contains(p)) {
            out.println("OURS " + render(body, p));
          }
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(total, List.copyOf(perDoc), sentences, tokens, unaligned,
        sentencesWithoutText, seconds);
  }

  static void print(int documents, Result r, int resamples, PrintStream out) {
    Counts total = r.total();
    out.printf(Locale.ROOT, "%d documents, %d sentences, %d tokens, %.0f tokens/s (documents of"
        + " original text, each analysed once as a body; includes warm-up: not a benchmark)%n",
        documents, r.sentences(), r.tokens(), r.tokens() / r.seconds());
    out.printf(Locale.ROOT, "%d gold spans could not be aligned to the text (left out of the"
        + " scores)%n", r.unaligned());
    if (r.sentencesWithoutText() > 0) {
      out.printf(Locale.ROOT, "%d sentences had no '# text =' line: their tokens were joined with"
          + " spaces instead%n", r.sentencesWithoutText());
    }
    EvalNerCommand.tableHeader(out);
    for (int t = 0; t < TYPES.size(); t++) {
      EvalNerCommand.row(out, TYPES.get(t), total.strict()[t], total.overlap()[t]);
    }
    EvalNerCommand.row(out, "micro", total.micro(true), total.micro(false));
    if (resamples > 0) {
      double[] s = bootstrap(r.perDoc(), true, resamples);
      double[] o = bootstrap(r.perDoc(), false, resamples);
      out.printf(Locale.ROOT, "micro F1, 95%% bootstrap interval over documents (%d resamples,"
          + " seed %d): strict %.3f-%.3f, overlap %.3f-%.3f%n", resamples, BOOTSTRAP_SEED, s[0],
          s[1], o[0], o[1]);
    }
  }

  /**
   * Appends the document's text to {@code text} and returns its gold spans as character spans
   * into it, in order; counts the spans whose first or last token could not be found.
   */
  private List<TSpan> gold(NerCorpus.Document doc, StringBuilder text) {
    List<TSpan> gold = new ArrayList<>();
    for (NerCorpus.Sourced s : doc.sentences()) {
      sentences++;
      List<String> toks = s.raw().tokens();
      tokens += toks.size();
      String sentence = s.text();
      if (sentence == null) {
        sentencesWithoutText++;
        sentence = String.join(" ", toks);
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      int base = text.length();
      text.append(sentence);
      int[][] at = NerCorpus.align(sentence, toks);
      TaggedSentence tagged = NerCorpus.coarse(s.raw(), format, mapping);
      for (TSpan g : EvalNerCommand.spans(tagged.tags())) {
        int start = at[0][g.start()];
        int end = at[1][g.end() - 1];
        if (start < 0 || end < 0 || end <= start) {
          unaligned++;
        } else {
          gold.add(new TSpan(base + start, base + end, g.type()));
        }
      }
    }
    return gold;
  }

  /** Scores as sentence mode does ({@link EvalNerCommand#count}). */
  private static Counts score(List<TSpan> gold, List<TSpan> predicted) {
    Counts c = new Counts();
    EvalNerCommand.count(gold, predicted, c.strict(), c.overlap());
    return c;
  }

  /**
   * The 2.5th and 97.5th percentiles of strict micro F1 over documents resampled with
   * replacement.
   */
  static double[] bootstrap(List<int[]> perDoc, int resamples) {
    return bootstrap(perDoc, EvalNerCommand::f1, resamples);
  }

  /** As above, of the F1 that {@code f1} computes from the summed counts. */
  static double[] bootstrap(List<int[]> perDoc, ToDoubleFunction<int[]> f1, int resamples) {
    Random random = new Random(BOOTSTRAP_SEED);
    double[] values = new double[resamples];
    int n = perDoc.size();
    for (int r = 0; r < resamples; r++) {
      int[] sum = new int[n == 0 ? 0 : perDoc.get(0).length];
      for (int i = 0; i < n; i++) {
        int[] c = perDoc.get(random.nextInt(n));
        for (int k = 0; k < sum.length; k++) {
          sum[k] += c[k];
        }
      }
      values[r] = f1.applyAsDouble(sum);
    }
    return n == 0 ? new double[] {0, 0} : interval(values);
  }

  /** The 2.5th and 97.5th percentiles of the values (sorted in place). */
  private static double[] interval(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return new double[] {values[(int) Math.floor(0.025 * (n - 1))],
        values[(int) Math.ceil(0.975 * (n - 1))]};
  }

  /** One document's strict micro counts {tp, predicted, gold}, as {@code --per-doc} writes them. */
  record DocCounts(String id, int[] micro) {}

  /** Each document's id with its strict micro counts, in the order scored. */
  static List<DocCounts> perDoc(List<NerCorpus.Document> docs, Result r) {
    List<DocCounts> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      out.add(new DocCounts(docs.get(i).id(), r.perDoc().get(i).micro(true)));
    }
    return out;
  }

  /** Writes {@code doc TAB tp TAB predicted TAB gold} per document, under a header line. */
  static void writePerDoc(Path file, List<DocCounts> counts) throws IOException {
    List<String> lines = new ArrayList<>(counts.size() + 1);
    lines.add(PER_DOC_HEADER);
    for (DocCounts c : counts) {
      lines.add(c.id() + "\t" + c.micro()[0] + "\t" + c.micro()[1] + "\t" + c.micro()[2]);
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /**
   * Reads what {@link #writePerDoc} wrote.
   *
   * @throws IllegalArgumentException if a line is not a document id and three counts
   */
  static List<DocCounts> readPerDoc(Path file) throws IOException {
    List<DocCounts> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.equals(PER_DOC_HEADER)) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        if (f.length == 4) {
          out.add(new DocCounts(f[0], new int[] {Integer.parseInt(f[1]),
              Integer.parseInt(f[2]), Integer.parseInt(f[3])}));
          continue;
        }
      } catch (NumberFormatException e) {
        // falls through to the error
      }
      throw new IllegalArgumentException(file + ": not a --per-doc line: '" + line + "'");
    }
    return out;
  }

  /**
   * Null if an earlier run scored these documents, in this order; else what differs. Checked
   * before scoring, so that a wrong file fails at once.
   */
  static String otherDocuments(List<DocCounts> earlier, List<NerCorpus.Document> docs) {
    if (earlier.size() != docs.size()) {
      return earlier.size() + " documents there, " + docs.size() + " here";
    }
    for (int i = 0; i < docs.size(); i++) {
      if (!earlier.get(i).id().equals(docs.get(i).id())) {
        return "document " + (i + 1) + " is " + earlier.get(i).id() + " there, " + docs.get(i).id()
            + " here";
      }
    }
    return null;
  }

  /** Null if both runs had the same gold spans per document; else the first that differs. */
  static String otherGold(List<DocCounts> earlier, List<DocCounts> now) {
    for (int i = 0; i < now.size(); i++) {
      if (earlier.get(i).micro()[2] != now.get(i).micro()[2]) {
        return "document " + now.get(i).id() + " has " + earlier.get(i).micro()[2]
            + " gold spans there, " + now.get(i).micro()[2] + " here";
      }
    }
    return null;
  }

  /**
   * The 2.5th and 97.5th percentiles of the difference in micro F1 (b minus a) over documents
   * resampled with replacement, the same documents for both runs in each resample.
   */
  static double[] pairedBootstrap(List<int[]> a, List<int[]> b, int resamples) {
    Random random = new Random(BOOTSTRAP_SEED);
    double[] diff = new double[resamples];
    int n = a.size();
    if (n == 0 || resamples == 0) {
      return new double[] {0, 0};
    }
    for (int r = 0; r < resamples; r++) {
      int[] sa = new int[3];
      int[] sb = new int[3];
      for (int i = 0; i < n; i++) {
        int d = random.nextInt(n);
        for (int k = 0; k < 3; k++) {
          sa[k] += a.get(d)[k];
          sb[k] += b.get(d)[k];
        }
      }
      diff[r] = EvalNerCommand.f1(sb) - EvalNerCommand.f1(sa);
    }
    return interval(diff);
  }

  /** Prints this run's strict micro F1 against an earlier run's, with the paired interval. */
  static void printPaired(String earlierName, List<DocCounts> earlier, List<DocCounts> now,
      int resamples, PrintStream out) {
    List<int[]> a = earlier.stream().map(DocCounts::micro).toList();
    List<int[]> b = now.stream().map(DocCounts::micro).toList();
    double fa = EvalNerCommand.f1(sum(a));
    double fb = EvalNerCommand.f1(sum(b));
    double[] ci = pairedBootstrap(a, b, resamples);
    out.printf(Locale.ROOT, "strict micro F1 %.3f here, %.3f in %s: difference %+.3f, 95%% paired"
        + " bootstrap interval over documents (%d resamples, seed %d) %+.3f to %+.3f%n", fb, fa,
        earlierName, fb - fa, resamples, BOOTSTRAP_SEED, ci[0], ci[1]);
  }

  private static int[] sum(List<int[]> counts) {
    int[] s = new int[3];
    for (int[] c : counts) {
      for (int k = 0; k < 3; k++) {
        s[k] += c[k];
      }
    }
    return s;
  }

  private static double[] bootstrap(List<Counts> perDoc, boolean strictly, int resamples) {
    return bootstrap(perDoc.stream().map(c -> c.micro(strictly)).toList(),
        strictly ? EvalNerCommand::f1 : EvalNerCommand::overlapF1, resamples);
  }

  private static String render(String body, TSpan s) {
    return "[" + body.substring(s.start(), s.end()) + "]/" + s.type() + " @" + s.start();
  }
}
