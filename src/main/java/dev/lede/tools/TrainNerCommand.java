package dev.lede.tools;

import dev.lede.cli.Args;
import dev.lede.cli.AtomicFiles;
import dev.lede.cli.Command;
import dev.lede.cli.Main;
import dev.lede.cli.UsageException;
import dev.lede.entities.NameModelTrainer;
import dev.lede.entities.TaggedSentence;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code train-ner}: re-creates the name finder model from the gold corpora in
 * {@code ../shared/data/ner}, never training on their dev/test parts.
 *
 * <p>Stateless, so thread-safe. Public only so that {@link java.util.ServiceLoader} can create it
 * for {@link dev.lede.cli.Main}.
 */
public final class TrainNerCommand implements Command {

  /** Default corpus folder, relative to the project root. */
  static final String DEFAULT_DATA = "../shared/data/ner";
  /** Default output: the shipped model. */
  static final String DEFAULT_OUT = "models/ner-model.bin";
  /** GMB is silver: only its first sentences are used; the rest stays for evaluation. */
  static final int DEFAULT_GMB_SENTENCES = 12_000;

  @Override
  public String name() {
    return "train-ner";
  }

  @Override
  public String usage() {
    return "train-ner [--data DIR] [--out FILE] [--algorithm PERCEPTRON|MAXENT] [--iterations N]"
        + " [--cutoff N] [--gmb-sentences N]";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of(),
        Set.of("data", "out", "algorithm", "iterations", "cutoff", "gmb-sentences"));
    Path data = Path.of(args.option("data", DEFAULT_DATA));
    if (!Files.isDirectory(data)) {
      err.println("lede train-ner: corpus folder not found: " + data
          + " (give --data DIR, default " + DEFAULT_DATA + ")");
      return Main.EXIT_ERROR;
    }
    Path target = Path.of(args.option("out", DEFAULT_OUT));
    String algorithm = args.option("algorithm", NameModelTrainer.DEFAULT_ALGORITHM);
    if (!Set.of("PERCEPTRON", "MAXENT").contains(algorithm)) { // before minutes of reading
      throw new UsageException("--algorithm must be PERCEPTRON or MAXENT: " + algorithm);
    }
    int iterations = args.intOption("iterations", NameModelTrainer.DEFAULT_ITERATIONS, 1);
    int cutoff = args.intOption("cutoff", NameModelTrainer.DEFAULT_CUTOFF, 0);
    int gmb = args.intOption("gmb-sentences", DEFAULT_GMB_SENTENCES, 0);

    List<TaggedSentence> train = trainingSentences(data, gmb, out);
    out.println("training on " + train.size() + " sentences (" + algorithm + ", " + iterations
        + " iterations, cutoff " + cutoff + ")");
    out.flush();
    AtomicFiles.replace(target, o -> {
      NameModelTrainer.train(train, algorithm, iterations, cutoff, o);
      return null;
    });
    out.println("wrote " + target + " (" + Files.size(target) / 1024 + " KB)");
    return 0;
  }

  /**
   * The training parts of the corpora under {@code data} (never their dev/test parts), with the
   * first {@code gmb} sentences of GMB.
   */
  static List<TaggedSentence> trainingSentences(Path data, int gmb, PrintStream out)
      throws Exception {
    return trainingSentences(data, gmb, Map.of(), out);
  }

  /**
   * {@link #trainingSentences(Path, int, PrintStream)}, the GMB sentences of {@code gmbGold}
   * labelled by it ({@link GmbGold}) instead of by GMB.
   */
  static List<TaggedSentence> trainingSentences(Path data, int gmb,
      Map<Integer, List<GmbGold.Mention>> gmbGold, PrintStream out) throws Exception {
    List<TaggedSentence> train = new ArrayList<>();
    add(train, data, "uner-ewt-train/en_ewt-ud-train.reconstructed.iob2", NerCorpus.Format.IOB2,
        0, Integer.MAX_VALUE, out);
    add(train, data, "wikigold/wikigold.conll.txt", NerCorpus.Format.CONLL, 0, Integer.MAX_VALUE,
        out);
    for (String part : List.of("a", "b", "e", "g")) {
      add(train, data, "btc/" + part + ".conll", NerCorpus.Format.CONLL, 0, Integer.MAX_VALUE,
          out);
    }
    // BTC's recommended split: dev = second half of H, test = F.
    int h = NerCorpus.read(data.resolve("btc/h.conll"), NerCorpus.Format.CONLL).size();
    add(train, data, "btc/h.conll", NerCorpus.Format.CONLL, 0, h / 2, out);
    add(train, data, "wnut17/wnut17train.conll", NerCorpus.Format.CONLL, 0, Integer.MAX_VALUE,
        out);
    add(train, data, "gum-6genres/gum-6genres-train.tsv", NerCorpus.Format.IOB2, 0,
        Integer.MAX_VALUE, out);
    add(train, data, "crossner-politics/train.txt", NerCorpus.Format.CONLL, 0, Integer.MAX_VALUE,
        out);
    if (gmb > 0) {
      List<NerCorpus.Raw> raw = NerCorpus.read(data.resolve("gmb/ner_dataset.csv"),
          NerCorpus.Format.GMB);
      int relabelled = 0;
      for (int i = 0; i < Math.min(gmb, raw.size()); i++) {
        List<GmbGold.Mention> gold = gmbGold.get(i);
        train.add(gold == null ? NerCorpus.coarseForTraining(raw.get(i), NerCorpus.Format.GMB)
            : GmbGold.apply(i, raw.get(i), gold));
        relabelled += gold == null ? 0 : 1;
      }
      out.println("gmb/ner_dataset.csv: " + Math.min(gmb, raw.size()) + " sentences, "
          + relabelled + " of them with guideline labels");
    }
    return train;
  }

  private static void add(List<TaggedSentence> train, Path data, String file,
      NerCorpus.Format format, int from, int to, PrintStream out) throws Exception {
    List<NerCorpus.Raw> raw = NerCorpus.read(data.resolve(file), format);
    int n = 0;
    for (int i = from; i < Math.min(to, raw.size()); i++) {
      train.add(NerCorpus.coarseForTraining(raw.get(i), format));
      n++;
    }
    out.println(file + ": " + n + " sentences");
  }
}
