package dev.lede.tools;

import dev.lede.cli.Args;
import dev.lede.cli.Command;
import dev.lede.cli.Main;
import dev.lede.cli.UsageException;
import dev.lede.entities.EntityRecognizer;
import dev.lede.entities.TaggedSentence;
import dev.lede.entities.TaggerTrainingData;
import dev.lede.text.TextProcessor;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code export-ner}: writes the training and dev sentences of the neural entity tagger, with the
 * inputs Lede computes at analysis time, for {@code models/tools/train_ner.py}. Training parts
 * only in {@code train.tsv}; each dev set in a file of its own.
 *
 * <p>Stateless, so thread-safe. Public only so that {@link java.util.ServiceLoader} can create it
 * for {@link dev.lede.cli.Main}.
 */
public final class ExportNerCommand implements Command {

  /** Default output folder. */
  static final String DEFAULT_OUT = "target/ner-data";
  /**
   * GMB sentences the tagger learns from: the first 30,000, all labelled by the guidelines
   * ({@link GmbGold#DEFAULT_FILE}). With GMB's own labels the tagger took 12,000 (stop 54,
   * README: 22,000 and 30,000 with the new labels were shipped in turn).
   */
  static final int DEFAULT_GMB_SENTENCES = 30_000;
  /** CrossNER's domains besides politics, whose train splits are training data. */
  private static final List<String> CROSSNER_DOMAINS = List.of("ai", "literature", "music",
      "science");

  @Override
  public String name() {
    return "export-ner";
  }

  @Override
  public String usage() {
    return "export-ner [--data DIR] [--out DIR] [--gmb-sentences N] [--gmb-gold FILE|none]"
        + " [--self-labelled-gmb FROM:TO] [--with-domain-dev] [--sentences FILE]";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of("with-domain-dev"), Set.of("data", "out", "gmb-sentences",
        "gmb-gold", "self-labelled-gmb", "sentences"));
    if (args.option("sentences", null) != null) {
      // untagged sentences, one per line, tokens separated by spaces: fixture inputs
      List<TaggedSentence> sentences = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of(args.option("sentences", null)))) {
        if (!line.isBlank() && !line.startsWith("#")) {
          List<String> tokens = List.of(line.strip().split(" +"));
          sentences.add(new TaggedSentence(tokens, java.util.Collections.nCopies(tokens.size(),
              "O")));
        }
      }
      Path file = Path.of(args.option("out", DEFAULT_OUT + "/fixture.tsv"));
      write(file, sentences, out);
      return 0;
    }
    Path data = Path.of(args.option("data", TrainNerCommand.DEFAULT_DATA));
    if (!Files.isDirectory(data)) {
      err.println("lede export-ner: corpus folder not found: " + data
          + " (give --data DIR, default " + TrainNerCommand.DEFAULT_DATA + ")");
      return Main.EXIT_ERROR;
    }
    Path dir = Path.of(args.option("out", DEFAULT_OUT));
    Files.createDirectories(dir);
    int gmb = args.intOption("gmb-sentences", DEFAULT_GMB_SENTENCES, 0);
    int[] selfLabelled = range(args.option("self-labelled-gmb", null));
    Map<Integer, List<GmbGold.Mention>> gmbGold = gmbGold(args.option("gmb-gold", null), err);
    List<TaggedSentence> train = TrainNerCommand.trainingSentences(data, gmb, gmbGold, out);
    train.addAll(extraTrainingSentences(data, selfLabelled, out));
    if (args.flag("with-domain-dev")) {
      train.addAll(domainDevSentences(data, out));
    }
    write(dir.resolve("train.tsv"), train, out);
    write(dir.resolve("dev-uner-ewt.tsv"), dev(data.resolve(
        "uner-ewt-dev/en_ewt-ud-dev.iob2"), NerCorpus.Format.IOB2), out);
    write(dir.resolve("dev-crossner-politics.tsv"), dev(data.resolve(
        "crossner-politics/dev.txt"), NerCorpus.Format.CONLL), out);
    return 0;
  }

  /**
   * The labels of {@code --gmb-gold}: {@link GmbGold#DEFAULT_FILE} when the option is absent (none,
   * with a warning, when that file is missing: the command was run outside the project), none
   * for {@code none}.
   *
   * @throws UsageException if a file named by the option is missing
   */
  static Map<Integer, List<GmbGold.Mention>> gmbGold(String option, PrintStream err)
      throws Exception {
    if ("none".equals(option)) {
      return Map.of();
    }
    Path file = Path.of(option == null ? GmbGold.DEFAULT_FILE : option);
    if (!Files.isRegularFile(file)) {
      if (option != null) {
        throw new UsageException("--gmb-gold: no such file: " + file);
      }
      err.println("lede export-ner: no " + file + " here: GMB's own labels are used");
      return Map.of();
    }
    return GmbGold.read(file);
  }

  /**
   * {@code FROM:TO} of {@code --self-labelled-gmb} as two numbers, or null when the option is
   * absent.
   *
   * @throws UsageException if it is not two numbers with FROM <= TO
   */
  static int[] range(String option) throws UsageException {
    if (option == null) {
      return null;
    }
    String[] parts = option.split(":", -1);
    try {
      if (parts.length == 2) {
        int from = Integer.parseInt(parts[0]);
        int to = Integer.parseInt(parts[1]);
        if (from >= 0 && from <= to) {
          return new int[] {from, to};
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the usage error
    }
    throw new UsageException("--self-labelled-gmb wants FROM:TO, sentence numbers with FROM <= TO,"
        + " not '" + option + "'");
  }

  /**
   * The corpora added for the neural tagger: CrossNER's other domains, SEC filings, the GMB
   * sentences of {@code selfLabelled} (null: none) labelled by the recognizer on the class path
   * ({@link SelfLabels}), LitBank.
   */
  static List<TaggedSentence> extraTrainingSentences(Path data, int[] selfLabelled,
      PrintStream out) throws Exception {
    List<TaggedSentence> train = domainSplits(data, "train.txt", out);
    add(train, data.resolve("sec-filings/FIN5-train.txt"), NerCorpus.Format.CONLL, out);
    if (selfLabelled != null) {
      train.addAll(SelfLabels.gmb(data.resolve("gmb/ner_dataset.csv"), selfLabelled[0],
          selfLabelled[1], TextProcessor.load(), EntityRecognizer.load(), out));
    }
    Path litbank = data.resolve("litbank");
    if (Files.isDirectory(litbank)) {
      try (var files = Files.list(litbank)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
          for (NerCorpus.Raw r : NerCorpus.read(f, NerCorpus.Format.LITBANK)) {
            train.add(NerCorpus.coarseForTraining(r, NerCorpus.Format.LITBANK));
          }
        }
      }
      out.println("litbank: done");
    }
    return train;
  }

  /**
   * The dev splits of CrossNER's AI, literature, music and science domains, mapped as for
   * training ({@code --with-domain-dev}): more Wikipedia text to learn from, at the price of four
   * evaluation sets. CrossNER politics dev stays out: it picks the epoch.
   */
  static List<TaggedSentence> domainDevSentences(Path data, PrintStream out) throws Exception {
    return domainSplits(data, "dev.txt", out);
  }

  /** One split file of each of {@link #CROSSNER_DOMAINS}, mapped as for training. */
  private static List<TaggedSentence> domainSplits(Path data, String split, PrintStream out)
      throws Exception {
    List<TaggedSentence> sentences = new ArrayList<>();
    for (String domain : CROSSNER_DOMAINS) {
      add(sentences, data.resolve("crossner-domains/" + domain + "/" + split),
          NerCorpus.Format.CONLL, out);
    }
    return sentences;
  }

  private static void add(List<TaggedSentence> train, Path file, NerCorpus.Format format,
      PrintStream out) throws Exception {
    int n = 0;
    for (NerCorpus.Raw r : NerCorpus.read(file, format)) {
      train.add(NerCorpus.coarseForTraining(r, format));
      n++;
    }
    out.println(file + ": " + n + " sentences");
  }

  private static List<TaggedSentence> dev(Path file, NerCorpus.Format format) throws Exception {
    List<TaggedSentence> dev = new ArrayList<>();
    for (NerCorpus.Raw r : NerCorpus.read(file, format)) {
      dev.add(NerCorpus.coarse(r, format));
    }
    return dev;
  }

  private static void write(Path file, List<TaggedSentence> sentences, PrintStream out)
      throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      TaggerTrainingData.write(sentences, w);
    }
    out.println("wrote " + file + " (" + sentences.size() + " sentences)");
  }
}
