package dev.lede.text;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
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
 * a CLI run). For OpenNLP's maximum-entropy (GIS) models the tag is chosen from the summed
 * feature weights: the exponentials and the normalisation that turn them into probabilities keep
 * their order, and were about a third of the tagging time (JFR samples).
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
  /** A GIS model's weights by feature, or null to ask the model for probabilities. */
  private final Map<String, Context> weights;
  /** A GIS model's uniform prior, log(1 / tags), which OpenNLP adds to every sum. */
  private final double logPrior;

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
    if (m instanceof GISModel gis) {
      @SuppressWarnings("unchecked")
      Map<String, Context> w = (Map<String, Context>) gis.getDataStructures()[1];
      this.weights = w;
      this.logPrior = StrictMath.log(1.0 / m.getNumOutcomes());
    } else {
      this.weights = null;
      this.logPrior = 0;
    }
  }

  /** The tags of a sentence's words, in the model's tag set. */
  String[] tag(String[] words) {
    POSContextGenerator generator = contexts.get();
    String[] tags = new String[words.length];
    double[] probs = new double[model.getNumOutcomes()];
    for (int i = 0; i < words.length; i++) {
      // The tags so far, as a sequence of i outcomes: what the beam search hands the generator.
      String[] previous = Arrays.copyOf(tags, i);
      String[] context = generator.getContext(i, words, previous, NO_ADDITIONAL_CONTEXT);
      double[] scores = weights != null ? sums(context, probs) : model.eval(context, probs);
      tags[i] = best(i, words, previous, scores);
    }
    return tags;
  }

  /**
   * Each tag's summed weights for the features, plus the prior: what GIS computes before taking
   * exponentials, with the same additions in the same order.
   */
  private double[] sums(String[] context, double[] out) {
    Arrays.fill(out, logPrior);
    for (String feature : context) {
      Context c = weights.get(feature);
      if (c != null) {
        int[] outcomes = c.getOutcomes();
        double[] parameters = c.getParameters();
        for (int j = 0; j < outcomes.length; j++) {
          out[outcomes[j]] += parameters[j];
        }
      }
    }
    return out;
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
