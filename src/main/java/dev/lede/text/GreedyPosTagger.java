package dev.lede.text;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * An OpenNLP POS model decoded greedily: each token gets the most probable valid tag given the
 * tags before it, the first of equally probable ones. That is what OpenNLP's beam search returns
 * with a beam of 1, without its per-token sorting, sequence copies and priority queues, and with
 * far less code for the JIT compiler to compile (the beam search was the largest compilation of
 * a CLI run).
 *
 * <p>Thread-safe: each thread gets its own context generator, which OpenNLP caches features in.
 */
final class GreedyPosTagger {

  /** Where the POS model keeps its maximum-entropy model (OpenNLP's artifact name). */
  static final String MAXENT_ARTIFACT = "pos.model";
  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  private final MaxentModel model;
  private final ThreadLocal<POSContextGenerator> contexts;
  private final SequenceValidator<String> validator;

  /**
   * @param pos a POS model holding a maximum-entropy model
   * @param cacheSize the context generator's cache size, as OpenNLP's tagger passes its beam size
   * @throws IllegalArgumentException if the model holds no maximum-entropy model
   */
  GreedyPosTagger(POSModel pos, int cacheSize) {
    if (!(pos.getArtifact(MAXENT_ARTIFACT) instanceof MaxentModel m)) {
      throw new IllegalArgumentException("not a maximum-entropy POS model");
    }
    this.model = m;
    POSTaggerFactory factory = pos.getFactory();
    this.contexts = ThreadLocal.withInitial(() -> factory.getPOSContextGenerator(cacheSize));
    this.validator = factory.getSequenceValidator();
  }

  /** The tags of a sentence's words, in the model's tag set. */
  String[] tag(String[] words) {
    POSContextGenerator generator = contexts.get();
    String[] tags = new String[words.length];
    double[] probs = new double[model.getNumOutcomes()];
    for (int i = 0; i < words.length; i++) {
      // The tags so far, as a sequence of i outcomes: what the beam search hands the generator.
      String[] previous = Arrays.copyOf(tags, i);
      double[] scores = model.eval(
          generator.getContext(i, words, previous, NO_ADDITIONAL_CONTEXT), probs);
      tags[i] = best(i, words, previous, scores);
    }
    return tags;
  }

  /** The valid outcome with the highest score, the first of equal ones; null if none is valid. */
  private String best(int i, String[] words, String[] previous, double[] scores) {
    int best = -1;
    for (int p = 0; p < scores.length; p++) {
      if ((best < 0 || scores[p] > scores[best])
          && validator.validSequence(i, words, previous, model.getOutcome(p))) {
        best = p;
      }
    }
    return best < 0 ? null : model.getOutcome(best);
  }
}
