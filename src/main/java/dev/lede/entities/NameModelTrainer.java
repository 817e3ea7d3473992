package dev.lede.entities;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

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

  /** Feature generator descriptor stored in the model, from the classpath. */
  static final String FEATURES_XML = "/dev/lede/entities/ner-features.xml";
  /** POS model of the text pipeline, from {@code opennlp-models-pos-en}. */
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

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
   * @throws IllegalArgumentException if there are no sentences or a number is out of range
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
    try {
      Gazetteer gazetteer = Gazetteer.load();
      NameFeatures features = new NameFeatures(gazetteer);
      POSTaggerME tagger;
      try (InputStream in = NameModelTrainer.class.getResourceAsStream(POS_MODEL)) {
        tagger = new POSTaggerME(new POSModel(in));
      }
      List<NameSample> samples = new ArrayList<>(sentences.size());
      for (TaggedSentence s : sentences) {
        samples.add(sample(s, features, tagger));
      }
      TrainingParameters params = TrainingParameters.defaultParams();
      params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
      params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
      params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      params.put(TrainingParameters.THREADS_PARAM, 2);
      byte[] xml;
      try (InputStream in = NameModelTrainer.class.getResourceAsStream(FEATURES_XML)) {
        xml = in.readAllBytes();
      }
      TokenNameFinderFactory factory =
          new TokenNameFinderFactory(xml, Collections.emptyMap(), new BioCodec());
      TokenNameFinderModel model =
          NameFinderME.train("en", null, new ListStream(samples), params, factory);
      model.serialize(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train the name model", e);
    }
  }

  static NameSample sample(TaggedSentence s, NameFeatures features, POSTaggerME tagger) {
    int n = s.tokens().size();
    String[] words = s.tokens().toArray(String[]::new);
    // The model sees the sentence as tokens joined by single spaces, like the eval command.
    StringBuilder text = new StringBuilder();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(words[i]);
      ends[i] = text.length();
    }
    String[] pos = n == 0 ? new String[0] : tagger.tag(words);
    NameFeatures.Prepared p = features.prepare(text, words, pos, starts, ends);
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= n; i++) {
      String tag = i < n ? s.tags().get(i) : "O";
      boolean continues = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
      if (!continues && start >= 0) {
        spans.add(new Span(start, i, type));
        start = -1;
        type = null;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
        start = i;
        type = tag.substring(2);
      }
    }
    return new NameSample(null, p.tokens(), spans.toArray(Span[]::new), p.context(), true);
  }

  private static final class ListStream implements ObjectStream<NameSample> {
    private final List<NameSample> samples;
    private Iterator<NameSample> it;

    ListStream(List<NameSample> samples) {
      this.samples = samples;
      this.it = samples.iterator();
    }

    @Override
    public NameSample read() {
      return it.hasNext() ? it.next() : null;
    }

    @Override
    public void reset() {
      it = samples.iterator();
    }
  }
}
