package dev.lede.tools;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import dev.lede.cli.Args;
import dev.lede.cli.Command;
import dev.lede.cli.Main;
import dev.lede.cli.UsageException;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityRecognizer;
import dev.lede.entities.EntityType;
import dev.lede.entities.Mention;
import dev.lede.entities.TaggedSentence;
import dev.lede.text.AnalyzedText;
import dev.lede.text.TextProcessor;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code eval-ner}: runs the full recognizer over pre-tokenised NER files and prints strict and
 * overlap precision, recall and F1 per type and micro-averaged. Each sentence is rebuilt by
 * joining its tokens with spaces, analysed like any text, and our mentions are mapped back onto
 * the file's tokens; our types map onto the file's: PERSON is PER, COUNTRY and LOCATION are LOC,
 * MINISTRY and ORGANIZATION are ORG. {@code --gold} chooses how GMB's silver labels become gold
 * spans ({@link NerCorpus.Gold}): typed as our guidelines type them (the default) or as annotated.
 * {@code --docs} scores whole documents of original text instead ({@link EvalNerDocuments}).
 *
 * <p>Stateless, so thread-safe. Public only so that {@link java.util.ServiceLoader} can create it
 * for {@link dev.lede.cli.Main}.
 */
public final class EvalNerCommand implements Command {

  @Override
  public String name() {
    return "eval-ner";
  }

  @Override
  public String usage() {
    return "eval-ner --format iob2|conll|gmb|spans [--gold guidelines|as-annotated] [--from N]"
        + " [--to N] [--errors N] [--docs [--bootstrap N] [--per-doc OUT] [--paired EARLIER]]"
        + " [--texts JSON|DIR (spans only)] FILE...";
  }

  /**
   * A typed span [start, end): of tokens, or of characters in {@code --docs} mode. A span of ours
   * that begins or ends inside a token is not {@code exact}: it is counted, and overlaps the
   * tokens it touches, but equals no gold span (the tokens it is stretched to are not its text).
   */
  record TSpan(int start, int end, String type, boolean exact) {
    TSpan(int start, int end, String type) {
      this(start, end, type, true);
    }
  }

  /** The {@code --format} of gold character spans into texts kept elsewhere. */
  static final String SPANS = "spans";

  /** Resamples of the bootstrap interval in {@code --docs} mode unless {@code --bootstrap} says. */
  static final int DEFAULT_BOOTSTRAP = 1000;

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of("docs"),
        Set.of("format", "gold", "from", "to", "errors", "bootstrap", "per-doc", "paired",
            "texts"));
    if (args.positional().isEmpty()) {
      throw new UsageException("no input: give one or more NER files");
    }
    if (args.option("format", "iob2").equals(SPANS)) {
      return runSpans(args, out, err);
    }
    if (args.option("texts", null) != null) {
      throw new UsageException("--texts gives the texts of gold spans: use it with --format "
          + SPANS);
    }
    NerCorpus.Format format = NerCorpus.Format.parse(args.option("format", "iob2"));
    NerCorpus.Gold mapping = NerCorpus.Gold.parse(args.option("gold", "guidelines"));
    int from = args.intOption("from", 0, 0);
    int to = args.intOption("to", Integer.MAX_VALUE, 0);
    int showErrors = args.intOption("errors", 0, 0);
    for (String f : args.positional()) {
      if (!Files.isRegularFile(Path.of(f))) {
        err.println("lede eval-ner: file not found: " + f
            + " (the dev sets are under ../shared/data/ner)");
        return Main.EXIT_ERROR;
      }
    }
    if (args.flag("docs")) {
      return runDocuments(args, format, mapping, from, to, showErrors, out, err);
    }
    for (String option : List.of("bootstrap", "per-doc", "paired")) {
      if (args.option(option, null) != null) {
        throw new UsageException("--" + option + " works on documents: use it with --docs");
      }
    }
    List<TaggedSentence> sentences = new ArrayList<>();
    for (String f : args.positional()) {
      Path p = Path.of(f);
      List<NerCorpus.Raw> rawSentences = NerCorpus.read(p, format);
      for (int i = from; i < Math.min(to, rawSentences.size()); i++) {
        sentences.add(NerCorpus.coarse(rawSentences.get(i), format, mapping));
      }
    }
    if (sentences.isEmpty()) {
      err.println("lede eval-ner: no sentences to score in " + String.join(", ", args.positional())
          + " (read as " + format.name().toLowerCase(java.util.Locale.ROOT) + range(from, to)
          + "): wrong --format, an empty file, or --from past its end");
      return Main.EXIT_ERROR;
    }
    TextProcessor processor = TextProcessor.load();
    EntityRecognizer recognizer = EntityRecognizer.load();
    List<String> types = TaggedSentence.TYPES;
    int[][] strict = new int[types.size()][3]; // tp, predicted, gold
    int[][] overlap = new int[types.size()][4]; // see count()
    FineGold fine = FineGold.load();
    int[] country = new int[3]; // tp, predicted, gold: strict, over the derived gold
    int[] ministry = new int[3];
    Multiset<String> fineErrors = HashMultiset.create();
    long tokens = 0;
    int shown = 0;
    long started = System.nanoTime();
    for (TaggedSentence s : sentences) {
      int n = s.tokens().size();
      tokens += n;
      int[] ends = s.tokenEnds();
      AnalyzedText analyzed = processor.process(s.text());
      List<TSpan> predicted = new ArrayList<>();
      Set<TSpan> predictedCountries = new HashSet<>();
      Set<TSpan> predictedMinistries = new HashSet<>();
      for (Entity e : recognizer.recognize(null, analyzed)) {
        String type = coarseType(e.type());
        for (Mention m : e.mentions()) {
          int a = tokenAt(ends, m.start());
          int b = tokenAt(ends, m.end() - 1) + 1;
          if (a >= 0 && b > a) {
            boolean exact = m.start() == ends[a] - s.tokens().get(a).length()
                && m.end() == ends[b - 1];
            predicted.add(new TSpan(a, b, type, exact));
            if (e.type() == EntityType.COUNTRY) {
              predictedCountries.add(new TSpan(a, b, "", exact));
            } else if (e.type() == EntityType.MINISTRY) {
              predictedMinistries.add(new TSpan(a, b, "", exact));
            }
          }
        }
      }
      List<TSpan> gold = spans(s.tags());
      Set<TSpan> goldSet = new HashSet<>(gold);
      scoreFine(s.tokens(), gold, predictedCountries, predictedMinistries, fine, country, ministry,
          fineErrors);
      count(gold, predicted, strict, overlap);
      if (shown < showErrors && !new HashSet<>(predicted).equals(goldSet)) {
        shown++;
        out.println("TEXT " + String.join(" ", s.tokens()) + "\nGOLD " + render(s.tokens(), gold)
            + "\nOURS " + render(s.tokens(), predicted));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(Locale.ROOT, "%d sentences, %d tokens, %.0f tokens/s (includes warm-up and per-sentence set-up: not a benchmark)%n",
        sentences.size(), tokens, tokens / seconds);
    tableHeader(out);
    int[] ms = new int[3];
    int[] mo = new int[4];
    for (int t = 0; t < types.size(); t++) {
      row(out, types.get(t), strict[t], overlap[t]);
      for (int k = 0; k < 3; k++) {
        ms[k] += strict[t][k];
      }
      for (int k = 0; k < 4; k++) {
        mo[k] += overlap[t][k];
      }
    }
    row(out, "micro", ms, mo);
    out.println();
    out.println("Finer types, strict, over gold derived from the file's LOC/ORG spans (see README):");
    out.println("| type | P | R | F1 | gold |");
    out.println("|---|---|---|---|---|");
    fineRow(out, "COUNTRY", country);
    fineRow(out, "MINISTRY", ministry);
    if (showErrors > 0) {
      Multisets.copyHighestCountFirst(fineErrors).entrySet().stream().limit(showErrors)
          .forEach(e -> out.println(e.getCount() + "\t" + e.getElement()));
    }
    return 0;
  }

  /**
   * {@code --format spans}: gold character spans of the five types against texts kept elsewhere
   * ({@link EvalNerGold}). A missing file or a malformed gold line is a one-line error.
   */
  private static int runSpans(Args args, PrintStream out, PrintStream err)
      throws UsageException {
    if (args.flag("docs")) {
      throw new UsageException("--docs does not apply to --format " + SPANS);
    }
    for (String option : List.of("gold", "from", "to", "per-doc", "paired")) {
      if (args.option(option, null) != null) {
        throw new UsageException("--" + option + " does not apply to --format " + SPANS);
      }
    }
    String texts = args.option("texts", null);
    if (texts == null) {
      throw new UsageException("--format " + SPANS + " needs --texts: html-dev's"
          + " ground-truth.json or re3d's original folder");
    }
    if (!Files.exists(Path.of(texts))) {
      err.println("lede eval-ner: --texts not found: " + texts
          + " (the texts are under ../shared/data)");
      return Main.EXIT_ERROR;
    }
    for (String f : args.positional()) {
      if (!Files.isRegularFile(Path.of(f))) {
        err.println("lede eval-ner: gold file not found: " + f);
        return Main.EXIT_ERROR;
      }
    }
    List<EvalNerGold.Document> docs;
    try {
      docs = EvalNerGold.load(Path.of(texts),
          args.positional().stream().map(Path::of).toList());
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      err.println("lede eval-ner: " + e.getMessage());
      return Main.EXIT_ERROR;
    }
    if (docs.isEmpty()) {
      err.println("lede eval-ner: no documents to score in "
          + String.join(", ", args.positional()));
      return Main.EXIT_ERROR;
    }
    new EvalNerGold().evaluate(docs, args.intOption("errors", 0, 0),
        args.intOption("bootstrap", DEFAULT_BOOTSTRAP, 0), out);
    return 0;
  }

  /**
   * {@code --docs}: reads each file's documents ({@code --from}/{@code --to} count documents) and
   * hands them to {@link EvalNerDocuments}. A file with no {@code # text =} line has no original
   * text to analyse: a one-line error.
   */
  private static int runDocuments(Args args, NerCorpus.Format format, NerCorpus.Gold mapping,
      int from, int to, int showErrors, PrintStream out, PrintStream err) throws Exception {
    int resamples = args.intOption("bootstrap", DEFAULT_BOOTSTRAP, 0);
    List<NerCorpus.Document> docs = new ArrayList<>();
    for (String f : args.positional()) {
      Path p = Path.of(f);
      List<NerCorpus.Sourced> read = NerCorpus.readSourced(p, format);
      // a file without sentences has nothing to score (said below), not a missing text
      if (!read.isEmpty() && read.stream().allMatch(s -> s.text() == null)) {
        err.println("lede eval-ner: " + f + " has no original text (no '# text =' lines): --docs"
            + " needs it, as in UNER and GUM iob2 files; score its sentences without --docs");
        return Main.EXIT_ERROR;
      }
      String id = p.getFileName().toString();
      List<NerCorpus.Document> fileDocs = NerCorpus.documents(read, id);
      for (int i = from; i < Math.min(to, fileDocs.size()); i++) {
        docs.add(fileDocs.get(i));
      }
    }
    if (docs.isEmpty()) {
      err.println("lede eval-ner: no documents to score in " + String.join(", ", args.positional())
          + " (documents" + range(from, to) + "): an empty file, or --from past its end");
      return Main.EXIT_ERROR;
    }
    String perDoc = args.option("per-doc", null);
    Path perDocDir = perDoc == null ? null : Path.of(perDoc).toAbsolutePath().getParent();
    if (perDocDir != null && !Files.isDirectory(perDocDir)) {
      // checked before the scoring, which takes minutes on a large set
      err.println("lede eval-ner: --per-doc folder not found: " + perDocDir);
      return Main.EXIT_ERROR;
    }
    String paired = args.option("paired", null);
    List<EvalNerDocuments.DocCounts> earlier = null;
    if (paired != null) {
      if (!Files.isRegularFile(Path.of(paired))) {
        err.println("lede eval-ner: --paired file not found: " + paired
            + " (write it with --per-doc in an earlier run)");
        return Main.EXIT_ERROR;
      }
      earlier = EvalNerDocuments.readPerDoc(Path.of(paired));
      String other = EvalNerDocuments.otherDocuments(earlier, docs);
      if (other != null) {
        err.println("lede eval-ner: --paired " + paired + " is of other documents: " + other);
        return Main.EXIT_ERROR;
      }
    }
    EvalNerDocuments eval = new EvalNerDocuments(format, mapping);
    EvalNerDocuments.Result result = eval.evaluate(docs, showErrors, out);
    EvalNerDocuments.print(docs.size(), result, resamples, out);
    List<EvalNerDocuments.DocCounts> now = EvalNerDocuments.perDoc(docs, result);
    if (perDoc != null) {
      EvalNerDocuments.writePerDoc(Path.of(perDoc), now);
      out.println("wrote " + perDoc + " (" + now.size() + " documents)");
    }
    if (earlier != null) {
      String other = EvalNerDocuments.otherGold(earlier, now);
      if (other != null) {
        err.println("lede eval-ner: --paired " + paired + " was scored on other gold: " + other);
        return Main.EXIT_ERROR;
      }
      EvalNerDocuments.printPaired(paired, earlier, now, resamples > 0 ? resamples
          : DEFAULT_BOOTSTRAP, out);
    }
    return 0;
  }

  /**
   * Scores COUNTRY and MINISTRY: gold spans are the LOC/ORG spans that {@link FineGold} says name
   * a country or a ministry; every prediction of the type counts except country names that are
   * also US states, which the coarse gold cannot resolve.
   */
  private static void scoreFine(List<String> tokens, List<TSpan> gold, Set<TSpan> countries,
      Set<TSpan> ministries, FineGold fine, int[] country, int[] ministry,
      Multiset<String> errors) {
    Set<TSpan> goldCountries = new HashSet<>();
    Set<TSpan> goldMinistries = new HashSet<>();
    Set<TSpan> unscored = new HashSet<>();
    for (TSpan g : gold) {
      List<String> span = tokens.subList(g.start(), g.end());
      String text = String.join(" ", span);
      TSpan untyped = new TSpan(g.start(), g.end(), ""); // a country tagged ORG still counts
      if (!g.type().equals("PER") && fine.isAmbiguous(text)) {
        unscored.add(untyped);
      } else if (!g.type().equals("PER") && fine.isCountry(text)) {
        goldCountries.add(untyped);
      } else if (g.type().equals("ORG") && fine.isMinistry(span)) {
        int[] m = fine.ministrySpan(tokens, g.start(), g.end());
        goldMinistries.add(new TSpan(m[0], m[1], ""));
      }
    }
    for (TSpan p : countries) {
      String text = String.join(" ", tokens.subList(p.start(), p.end()));
      if (fine.isAmbiguous(text) || unscored.contains(p)) {
        continue;
      }
      country[1]++;
      if (goldCountries.contains(p)) {
        country[0]++;
      } else {
        errors.add("COUNTRY false positive: " + text);
      }
    }
    country[2] += goldCountries.size();
    for (TSpan g : goldCountries) {
      if (!countries.contains(g)) {
        errors.add("COUNTRY missed: " + String.join(" ", tokens.subList(g.start(), g.end())));
      }
    }
    for (TSpan p : ministries) {
      ministry[1]++;
      if (goldMinistries.contains(p)) {
        ministry[0]++;
      } else {
        errors.add("MINISTRY false positive: "
            + String.join(" ", tokens.subList(p.start(), p.end())));
      }
    }
    ministry[2] += goldMinistries.size();
    for (TSpan g : goldMinistries) {
      if (!ministries.contains(g)) {
        errors.add("MINISTRY missed: " + String.join(" ", tokens.subList(g.start(), g.end())));
      }
    }
  }

  private static void fineRow(PrintStream out, String name, int[] c) {
    out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", name, ratio(c[0], c[1]),
        ratio(c[0], c[2]), f1(c), c[2]);
  }

  private static String render(List<String> tokens, List<TSpan> spans) {
    StringBuilder b = new StringBuilder();
    for (TSpan s : spans) {
      b.append('[').append(String.join(" ", tokens.subList(s.start(), s.end()))).append("]/")
          .append(s.type()).append(' ');
    }
    return b.toString();
  }

  /** The header of the per-type table that {@link #row} fills. */
  static void tableHeader(PrintStream out) {
    out.println("| type | strict P | strict R | strict F1 | overlap P | overlap R | overlap F1"
        + " | gold |");
    out.println("|---|---|---|---|---|---|---|---|");
  }

  /**
   * One row of the per-type table: strict {tp, predicted, gold} and overlap counts as
   * {@link #count} makes them.
   */
  static void row(PrintStream out, String name, int[] s, int[] o) {
    out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d |%n", name,
        ratio(s[0], s[1]), ratio(s[0], s[2]), f1(s), ratio(o[0], o[1]), ratio(o[3], o[2]),
        overlapF1(o), s[2]);
  }

  /**
   * Adds one sentence's or document's spans to the counts, per type of
   * {@link TaggedSentence#TYPES}: {@code strict[t]} is {tp, predicted, gold}, a tp being a span
   * of ours equal to a gold span (start, end, type); {@code overlap[t]} is {our spans sharing a
   * character with a gold span of the type, predicted, gold, gold spans sharing a character with
   * one of ours of the type}. Overlap precision and recall each count their own side: one span of
   * ours over two gold spans finds both, and two of ours inside one gold span find it once.
   */
  static void count(List<TSpan> gold, List<TSpan> predicted, int[][] strict, int[][] overlap) {
    count(gold, predicted, TaggedSentence.TYPES, strict, overlap);
  }

  /** As above, over the given types (the rows of {@code strict} and {@code overlap}). */
  static void count(List<TSpan> gold, List<TSpan> predicted, List<String> types, int[][] strict,
      int[][] overlap) {
    Set<TSpan> goldSet = new HashSet<>(gold);
    for (int t = 0; t < types.size(); t++) {
      String type = types.get(t);
      List<TSpan> ours = predicted.stream().filter(p -> p.type().equals(type)).toList();
      List<TSpan> theirs = gold.stream().filter(g -> g.type().equals(type)).toList();
      for (TSpan p : ours) {
        strict[t][1]++;
        overlap[t][1]++;
        if (goldSet.contains(p)) {
          strict[t][0]++;
        }
        if (theirs.stream().anyMatch(g -> overlaps(g, p))) {
          overlap[t][0]++;
        }
      }
      for (TSpan g : theirs) {
        strict[t][2]++;
        overlap[t][2]++;
        if (ours.stream().anyMatch(p -> overlaps(g, p))) {
          overlap[t][3]++;
        }
      }
    }
  }

  /** F1 of overlap counts ({@link #count}): precision over ours, recall over the gold. */
  static double overlapF1(int[] o) {
    double p = ratio(o[0], o[1]);
    double r = ratio(o[3], o[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double f1(int[] c) {
    double p = ratio(c[0], c[1]);
    double r = ratio(c[0], c[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static boolean overlaps(TSpan a, TSpan b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** The token a character offset falls in, or the next one (an offset in the space before it). */
  static int tokenAt(int[] ends, int offset) {
    for (int i = 0; i < ends.length; i++) {
      if (offset < ends[i]) {
        return i;
      }
    }
    return -1;
  }

  /** Our type on the corpora's coarse scale: COUNTRY and LOCATION are LOC, MINISTRY is ORG. */
  static String coarseType(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case COUNTRY, LOCATION -> "LOC";
      default -> "ORG";
    };
  }

  static List<TSpan> spans(List<String> tags) {
    List<TSpan> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      if (start >= 0 && !(tag.startsWith("I-") && tag.substring(2).equals(type))) {
        out.add(new TSpan(start, i, type));
        start = -1;
      }
      if (tag.startsWith("B-")) {
        start = i;
        type = tag.substring(2);
      }
    }
    return out;
  }

  /** The --from/--to range as a message says it: nothing when neither was given. */
  private static String range(int from, int to) {
    return to == Integer.MAX_VALUE ? (from == 0 ? "" : ", from " + from)
        : ", " + from + " to " + to;
  }
}
