package dev.lede.text;

import dev.lede.internal.WordMemo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
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
 * <p>For the English model's features (OpenNLP's default POS feature generators: the word's
 * prefixes, suffixes and lower case, the lower case of two words either side, the sentence start,
 * the word's character class, the previous two tags), the weights of each word's features are
 * looked up once per word and cached ({@link #WORD_CACHE_SIZE}): building a dozen feature strings
 * per token and hashing them into the 33,518-entry weight map was most of the tagging time. The
 * cached weights are summed in the order OpenNLP's context generator lists the features, so every
 * sum, and every tag, is the same double for double; the sums of the first features, which depend
 * on the word alone, are cached as they are. The cache is used only if, on a probe
 * sentence, the features it assembles are exactly the model's own context generator's; any other
 * model is tagged through its generator.
 *
 * <p>Thread-safe: each thread gets its own context generator, which OpenNLP caches features in;
 * the word cache is concurrent.
 */
final class GreedyPosTagger {

  /** Where the POS model keeps its maximum-entropy model (OpenNLP's artifact name). */
  static final String MAXENT_ARTIFACT = "pos.model";
  /**
   * Words whose feature weights are kept; the cache is emptied when it grows past this (news
   * vocabulary repeats, and an entry is about 350 bytes).
   */
  static final int WORD_CACHE_SIZE = 100_000;
  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];
  /** OpenNLP's feature names for the default POS feature generators. */
  private static final String DEFINITION = "def";
  private static final String SENTENCE_BEGIN = "S=begin";
  private static final String WORD = "w=";
  private static final String[] NEIGHBOURS = {"p1w=", "p2w=", "n1w=", "n2w="};
  private static final String[] BEGIN_BEHIND = {"S=begin", "p1S=begin", "p2S=begin"};
  private static final String TAG = "t=";
  private static final String TAGS = "t2=";
  /** Exercises every feature of the layout: sentence start, both windows, all token classes. */
  private static final String[] PROBE = "The U.S. Army's 3rd brigade said-so , in 2024 , X ."
      .split(" ");

  private final MaxentModel model;
  private final ThreadLocal<POSContextGenerator> contexts;
  private final SequenceValidator<String> validator;
  /**
   * Whether the validator never reads the tags before a token (OpenNLP's default one: it checks
   * the tag dictionary only), so that they need not be copied into a sequence of their own.
   */
  private final boolean ignoresPrevious;
  /** A GIS model's weights by feature, or null to ask the model for probabilities. */
  private final Map<String, Context> weights;
  /** A GIS model's uniform prior, log(1 / tags), which OpenNLP adds to every sum. */
  private final double logPrior;
  /** The weights of the features that are not a word's, or null to use the generator. */
  private final Fixed fixed;
  private final WordMemo<WordWeights> words =
      new WordMemo<>(WORD_CACHE_SIZE, this::computeWeights);

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
    this.ignoresPrevious = validator.getClass() == DefaultPOSSequenceValidator.class;
    if (m instanceof GISModel gis) {
      @SuppressWarnings("unchecked")
      Map<String, Context> w = (Map<String, Context>) gis.getDataStructures()[1];
      this.weights = w;
      this.logPrior = StrictMath.log(1.0 / m.getNumOutcomes());
      this.fixed = sameLayout() ? new Fixed() : null;
    } else {
      this.weights = null;
      this.logPrior = 0;
      this.fixed = null;
    }
  }

  /** The tags of a sentence's words, in the model's tag set. */
  String[] tag(String[] words) {
    if (fixed != null) {
      String[] tags = tagCached(words);
      if (tags != null) {
        return tags;
      }
    }
    return tagGenerated(words);
  }

  /** Whether the word cache is used for this model. */
  boolean cachesWords() {
    return fixed != null;
  }

  /** Tags through the model's context generator: feature strings built for every token. */
  private String[] tagGenerated(String[] words) {
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
   * Tags from the cached weights of each word's features; null if a word's features do not have
   * the expected layout, or no tag is valid somewhere (the generator then decides what follows).
   */
  private String[] tagCached(String[] words) {
    int n = words.length;
    WordWeights[] w = new WordWeights[n];
    for (int i = 0; i < n; i++) {
      w[i] = weightsOf(words[i]);
      if (w[i] == null) {
        return null;
      }
    }
    String[] tags = new String[n];
    int[] outcomes = new int[n];
    double[] scores = new double[model.getNumOutcomes()];
    for (int i = 0; i < n; i++) {
      // OpenNLP's feature order: def, the word's own, p1w, p2w, n1w, n2w, sentence start, class,
      // previous tags. The same additions in the same order give the same doubles; the sums up to
      // the word's own features depend on the word alone and are cached with it.
      System.arraycopy(w[i].own, 0, scores, 0, scores.length);
      if (i >= 1) {
        add(scores, w[i - 1].neighbour[0]);
      }
      if (i >= 2) {
        add(scores, w[i - 2].neighbour[1]);
      }
      if (i + 1 < n) {
        add(scores, w[i + 1].neighbour[2]);
      }
      if (i + 2 < n) {
        add(scores, w[i + 2].neighbour[3]);
      }
      if (i < BEGIN_BEHIND.length) {
        add(scores, fixed.beginBehind[i]);
      }
      add(scores, w[i].shape);
      if (i >= 1) {
        add(scores, fixed.tag[outcomes[i - 1]]);
      }
      if (i >= 2) {
        add(scores, fixed.tags[outcomes[i - 2]][outcomes[i - 1]]);
      }
      int best = bestOutcome(i, words, ignoresPrevious ? tags : Arrays.copyOf(tags, i), scores);
      if (best < 0) {
        return null;
      }
      outcomes[i] = best;
      tags[i] = model.getOutcome(best);
    }
    return tags;
  }

  private static void add(double[] scores, Context[] features) {
    for (Context c : features) {
      add(scores, c);
    }
  }

  private static void add(double[] scores, Context c) {
    if (c != null) {
      int[] outcomes = c.getOutcomes();
      double[] parameters = c.getParameters();
      for (int j = 0; j < outcomes.length; j++) {
        scores[outcomes[j]] += parameters[j];
      }
    }
  }

  private WordWeights weightsOf(String word) {
    return words.get(word);
  }

  private WordWeights computeWeights(String word) {
    WordFeatures f = WordFeatures.of(contexts.get(), word);
    if (f == null) {
      return null;
    }
    double[] own = new double[model.getNumOutcomes()];
    Arrays.fill(own, logPrior);
    add(own, fixed.definition);
    add(own, resolve(f.own));
    return new WordWeights(own, resolve(f.neighbours()), resolve(f.shape));
  }

  private Context[] resolve(String[] features) {
    Context[] out = new Context[features.length];
    for (int i = 0; i < features.length; i++) {
      out[i] = weights.get(features[i]);
    }
    return out;
  }

  /**
   * The features of token {@code i} as this class assembles them from each word's features, in
   * the order it sums their weights.
   */
  String[] assembledContext(int i, String[] words, String[] tags) {
    WordFeatures[] f = new WordFeatures[words.length];
    for (int k = Math.max(0, i - 2); k < Math.min(words.length, i + 3); k++) {
      f[k] = WordFeatures.of(contexts.get(), words[k]);
      if (f[k] == null) {
        return null;
      }
    }
    List<String> out = new ArrayList<>();
    out.add(DEFINITION);
    out.addAll(List.of(f[i].own));
    if (i >= 1) {
      out.add(f[i - 1].neighbours()[0]);
    }
    if (i >= 2) {
      out.add(f[i - 2].neighbours()[1]);
    }
    if (i + 1 < words.length) {
      out.add(f[i + 1].neighbours()[2]);
    }
    if (i + 2 < words.length) {
      out.add(f[i + 2].neighbours()[3]);
    }
    if (i < BEGIN_BEHIND.length) {
      out.add(BEGIN_BEHIND[i]);
    }
    out.addAll(List.of(f[i].shape));
    if (i >= 1) {
      out.add(TAG + tags[i - 1]);
    }
    if (i >= 2) {
      out.add(TAGS + tags[i - 2] + "," + tags[i - 1]);
    }
    return out.toArray(new String[0]);
  }

  /** Whether {@link #assembledContext} gives the generator's features on the probe sentence. */
  private boolean sameLayout() {
    String[] tags = new String[PROBE.length];
    for (int i = 0; i < PROBE.length; i++) {
      tags[i] = model.getOutcome(i % model.getNumOutcomes());
    }
    POSContextGenerator generator = contexts.get();
    for (int i = 0; i < PROBE.length; i++) {
      String[] expected = generator.getContext(i, PROBE, Arrays.copyOf(tags, i),
          NO_ADDITIONAL_CONTEXT);
      if (!Arrays.equals(expected, assembledContext(i, PROBE, tags))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each tag's summed weights for the features, plus the prior: what GIS computes before taking
   * exponentials, with the same additions in the same order.
   */
  private double[] sums(String[] context, double[] out) {
    Arrays.fill(out, logPrior);
    for (String feature : context) {
      add(out, weights.get(feature));
    }
    return out;
  }

  /** The valid outcome with the highest score, the first of equal ones; null if none is valid. */
  private String best(int i, String[] words, String[] previous, double[] scores) {
    int best = bestOutcome(i, words, previous, scores);
    return best < 0 ? null : model.getOutcome(best);
  }

  /** The index of {@link #best}'s outcome, or -1. */
  private int bestOutcome(int i, String[] words, String[] previous, double[] scores) {
    int best = -1;
    for (int p = 0; p < scores.length; p++) {
      if ((best < 0 || scores[p] > scores[best])
          && validator.validSequence(i, words, previous, model.getOutcome(p))) {
        best = p;
      }
    }
    return best;
  }

  /**
   * A word's features, as the model's context generator makes them for the word alone: its own
   * (suffixes, prefixes, lower case), its lower case as a neighbour, and its character class.
   */
  private record WordFeatures(String[] own, String lower, String[] shape) {

    /** Null if the generator's features for a lone word do not have the expected layout. */
    static WordFeatures of(POSContextGenerator generator, String word) {
      String[] all = generator.getContext(0, new String[] {word}, new String[0],
          NO_ADDITIONAL_CONTEXT);
      int begin = Arrays.asList(all).indexOf(SENTENCE_BEGIN);
      if (all.length == 0 || !DEFINITION.equals(all[0]) || begin < 1) {
        return null;
      }
      String[] own = Arrays.copyOfRange(all, 1, begin);
      String lower = null;
      for (String f : own) {
        if (f.startsWith(WORD)) {
          lower = f.substring(WORD.length());
        }
      }
      return lower == null ? null
          : new WordFeatures(own, lower, Arrays.copyOfRange(all, begin + 1, all.length));
    }

    /** The word's features as p1w, p2w, n1w and n2w. */
    String[] neighbours() {
      String[] out = new String[NEIGHBOURS.length];
      for (int k = 0; k < out.length; k++) {
        out[k] = NEIGHBOURS[k] + lower;
      }
      return out;
    }
  }

  /**
   * What a word's features add to the scores: the prior, "def" and its own features summed per
   * tag, in OpenNLP's order; the weights of its features as a neighbour and of its class (null
   * where the model has none).
   */
  private record WordWeights(double[] own, Context[] neighbour, Context[] shape) {}

  /** The weights of the features that do not depend on a word. */
  private final class Fixed {
    final Context definition = weights.get(DEFINITION);
    final Context[] beginBehind = new Context[BEGIN_BEHIND.length];
    final Context[] tag = new Context[model.getNumOutcomes()];
    final Context[][] tags = new Context[model.getNumOutcomes()][model.getNumOutcomes()];

    Fixed() {
      for (int k = 0; k < beginBehind.length; k++) {
        beginBehind[k] = weights.get(BEGIN_BEHIND[k]);
      }
      for (int a = 0; a < tag.length; a++) {
        tag[a] = weights.get(TAG + model.getOutcome(a));
        for (int b = 0; b < tag.length; b++) {
          tags[a][b] = weights.get(TAGS + model.getOutcome(a) + "," + model.getOutcome(b));
        }
      }
    }
  }
}
