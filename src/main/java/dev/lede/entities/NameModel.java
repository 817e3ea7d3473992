package dev.lede.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The statistical name finder: an OpenNLP classifier (perceptron or maxent) over per-token
 * features, decoded greedily left to right with IOB2 constraints. Each token's features are
 * computed once (OpenNLP's {@code NameFinderME} would recompute them per beam and multiply the
 * extra context by a 17-token window), which keeps recognition several times faster than the
 * text pipeline around it.
 *
 * <p>Thread-safe: the classifier and the feature generators hold no per-call state.
 */
final class NameModel {

  /** Feature generator descriptor (OpenNLP XML), from the classpath. */
  static final String FEATURES_XML = "/dev/lede/entities/ner-features.xml";
  static final String OTHER = "O";

  private final MaxentModel model;
  private final AdaptiveFeatureGenerator generator;
  private final String[] outcomes;

  NameModel(MaxentModel model) {
    this.model = model;
    this.generator = generator();
    this.outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
  }

  static NameModel read(InputStream in) throws IOException {
    AbstractModel m = new GenericModelReader(new BinaryFileDataReader(new DataInputStream(in)))
        .getModel();
    return new NameModel(m);
  }

  static void write(MaxentModel model, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    new GenericModelWriter((AbstractModel) model, data).persist();
    data.flush();
  }

  static AdaptiveFeatureGenerator generator() {
    try (InputStream in = NameModel.class.getResourceAsStream(FEATURES_XML)) {
      if (in == null) {
        throw new IOException(FEATURES_XML + " is not on the classpath");
      }
      return GeneratorFactory.create(in, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name finder features", e);
    }
  }

  /** The features of token {@code i}, given the label of the token before it. */
  static String[] context(AdaptiveFeatureGenerator generator, String[] tokens, String[][] extra,
      int i, String previous, List<String> buffer) {
    buffer.clear();
    generator.createFeatures(buffer, tokens, i, null);
    for (String f : extra[i]) {
      buffer.add(f);
    }
    buffer.add("po=" + previous);
    buffer.add("pow=" + previous + "," + tokens[i].toLowerCase(Locale.ROOT));
    return buffer.toArray(new String[0]);
  }

  /** Finds names: {start, end (exclusive), type index into {@code types}} triples. */
  List<int[]> find(String[] tokens, String[][] extra, List<String> types) {
    List<int[]> spans = new ArrayList<>();
    List<String> buffer = new ArrayList<>(64);
    double[] probs = new double[outcomes.length];
    String previous = OTHER;
    int start = -1;
    int type = -1;
    for (int i = 0; i <= tokens.length; i++) {
      String label = OTHER;
      if (i < tokens.length) {
        model.eval(context(generator, tokens, extra, i, previous, buffer), probs);
        double best = -1;
        for (int o = 0; o < outcomes.length; o++) {
          String out = outcomes[o];
          boolean valid = !out.startsWith("I-")
              || (!previous.equals(OTHER) && previous.substring(2).equals(out.substring(2)));
          if (valid && probs[o] > best) {
            best = probs[o];
            label = out;
          }
        }
      }
      if (start >= 0 && !label.startsWith("I-")) {
        spans.add(new int[] {start, i, type});
        start = -1;
      }
      if (label.startsWith("B-")) {
        start = i;
        type = types.indexOf(label.substring(2));
      }
      previous = label;
    }
    return spans;
  }
}
