package dev.lede.tools;

import dev.lede.cli.Args;
import dev.lede.cli.AtomicFiles;
import dev.lede.cli.Command;
import dev.lede.cli.Main;
import dev.lede.entities.TaggedSentence;
import dev.lede.entities.WordClusterer;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code cluster-words}: re-creates the word clusters of the name finder from the raw text of
 * the openly licensed training corpora in {@code ../shared/data/ner} (their labels are ignored;
 * dev/test parts and GMB from sentence {@value #GMB_SENTENCES} on are never read).
 *
 * <p>Stateless, so thread-safe. Public only so that {@link java.util.ServiceLoader} can create it
 * for {@link dev.lede.cli.Main}.
 */
public final class ClusterWordsCommand implements Command {

  /** Default output: the shipped cluster file. */
  static final String DEFAULT_OUT = "models/word-clusters.tsv";
  /** GMB sentences read as raw text: everything before the news dev set (40,000+). */
  static final int GMB_SENTENCES = 40_000;

  @Override
  public String name() {
    return "cluster-words";
  }

  @Override
  public String usage() {
    return "cluster-words [--data DIR] [--out FILE] [--clusters N] [--coarse N] [--min-count N]";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of(), Set.of("data", "out", "clusters", "coarse",
        "min-count"));
    Path data = Path.of(args.option("data", TrainNerCommand.DEFAULT_DATA));
    if (!Files.isDirectory(data)) {
      err.println("lede cluster-words: corpus folder not found: " + data
          + " (give --data DIR, default " + TrainNerCommand.DEFAULT_DATA + ")");
      return Main.EXIT_ERROR;
    }
    Path target = Path.of(args.option("out", DEFAULT_OUT));
    int clusters = args.intOption("clusters", WordClusterer.DEFAULT_CLUSTERS, 2);
    int coarse = args.intOption("coarse", WordClusterer.DEFAULT_COARSE_CLUSTERS, 2);
    int minCount = args.intOption("min-count", WordClusterer.DEFAULT_MIN_COUNT, 1);
    List<List<String>> sentences = new ArrayList<>();
    for (TaggedSentence s : TrainNerCommand.trainingSentences(data, GMB_SENTENCES, out)) {
      sentences.add(s.tokens());
    }
    int words = AtomicFiles.replace(target, o -> {
      Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
      int n = WordClusterer.cluster(sentences, clusters, Math.min(coarse, clusters), minCount, w);
      w.flush();
      return n;
    });
    out.println("wrote " + target + ": " + words + " words, " + clusters + " clusters");
    return 0;
  }
}
