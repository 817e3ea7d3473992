package dev.lede.entities;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Trains the statistical name finder that {@link EntityRecognizer} uses, from sentences tagged
 * with PER/LOC/ORG, with the same features the recognizer computes (token window, token class,
 * prefixes and suffixes, sentence position, previous decisions, part of speech, gazetteers).
 *
 * <p>Thread-safe: stateless; each call trains independently.
 */
public final class NameModelTrainer {

  /** Default training algorithm. */
  public static final String DEFAULT_ALGORITHM = "PERCEPTRON";
  /** Default number of training iterations. */
  public static final int DEFAULT_ITERATIONS = 100;
  /** Default feature cutoff: features seen fewer times are dropped. */
  public static final int DEFAULT_CUTOFF = 2;

  /** POS model of the text pipeline, from {@code opennlp-models-pos-en}. */
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** The algorithms {@link #train} takes. */
  private static final Set<String> ALGORITHMS = Set.of("PERCEPTRON", "MAXENT");

  private NameModelTrainer() {}

  /**
   * Trains a model and writes it.
   *
   * @param sentences the training sentences
   * @param algorithm "PERCEPTRON" or "MAXENT"
   * @param iterations training iterations, at least 1
   * @param cutoff feature cutoff, at least 0
   * @param out where the model is written (not closed)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are no sentences, the algorithm is neither
   *     "PERCEPTRON" nor "MAXENT", or a number is out of range
   * @throws UncheckedIOException if the model cannot be written
   */
  public static void train(List<TaggedSentence> sentences, String algorithm, int iterations,
      int cutoff, OutputStream out) {
    requireNonNull(sentences, "sentences");
    requireNonNull(algorithm, "algorithm");
    requireNonNull(out, "out");
    if (sentences.isEmpty() || iterations < 1 || cutoff < 0) {
      throw new IllegalArgumentException("need sentences, iterations >= 1 and cutoff >= 0");
    }
    // before the tagging of every sentence; OpenNLP would fail after it, with its own exception
    if (!ALGORITHMS.contains(algorithm)) {
      throw new IllegalArgumentException("algorithm must be PERCEPTRON or MAXENT: " + algorithm);
    }
    try {
      Gazetteer gazetteer = Gazetteer.load();
      NameFeatures features = new NameFeatures(gazetteer);
      POSTaggerME tagger;
      try (InputStream in = NameModelTrainer.class.getResourceAsStream(POS_MODEL)) {
        tagger = new POSTaggerME(new POSModel(in));
      }
      AdaptiveFeatureGenerator generator = NameModel.generator();
      List<Event> events = new ArrayList<>();
      List<String> buffer = new ArrayList<>(64);
      for (TaggedSentence s : sentences) {
        NameFeatures.Prepared p = prepare(s, features, tagger);
        String previous = NameModel.OTHER;
        for (int i = 0; i < p.tokens().length; i++) {
          String[] context = NameModel.context(generator, p.tokens(), p.context(), i, previous,
              buffer);
          String label = s.tags().get(i);
          events.add(new Event(label, context));
          previous = label;
        }
      }
      TrainingParameters params = TrainingParameters.defaultParams();
      params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
      params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
      params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      params.put(TrainingParameters.THREADS_PARAM, 2);
      MaxentModel model = TrainerFactory.getEventTrainer(params, null)
          .train(ObjectStreamUtils.createObjectStream(events));
      NameModel.write(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train the name model", e);
    }
  }

  static NameFeatures.Prepared prepare(TaggedSentence s, NameFeatures features,
      POSTaggerME tagger) {
    int n = s.tokens().size();
    String[] words = s.tokens().toArray(String[]::new);
    // The model sees the sentence as tokens joined by single spaces, like the eval command.
    String[] pos = n == 0 ? new String[0] : tagger.tag(words);
    return features.prepare(s.text(), words, pos, s.tokenStarts(), s.tokenEnds());
  }
}
