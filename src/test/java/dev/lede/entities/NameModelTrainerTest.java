package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

final class NameModelTrainerTest {

  /** Short sentences written for the test: two people and two towns in fixed slots. */
  private static List<TaggedSentence> sentences() {
    List<TaggedSentence> out = new ArrayList<>();
    for (String[] n : new String[][] {{"Nadia", "Osei"}, {"Kofi", "Mensah"}}) {
      for (String town : List.of("Tamale", "Kumasi")) {
        out.add(new TaggedSentence(List.of(n[0], n[1], "drove", "to", town, "."),
            List.of("B-PER", "I-PER", "O", "O", "B-LOC", "O")));
        out.add(new TaggedSentence(List.of("In", town, ",", n[0], n[1], "spoke", "."),
            List.of("O", "B-LOC", "O", "B-PER", "I-PER", "O", "O")));
      }
    }
    out.add(new TaggedSentence(List.of(), List.of()));
    return out;
  }

  @Test
  void train_modelReadBack_findsTheNamesItWasTaughtWithTheirTypes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NameModelTrainer.train(sentences(), "PERCEPTRON", 30, 0, out);
    NameModel model = NameModel.read(new ByteArrayInputStream(out.toByteArray()));

    NameFeatures features = new NameFeatures(Gazetteer.load());
    POSTaggerME tagger;
    try (InputStream in = NameModelTrainer.class.getResourceAsStream(NameModelTrainer.POS_MODEL)) {
      tagger = new POSTaggerME(new POSModel(in));
    }
    for (TaggedSentence s : sentences().subList(0, 4)) {
      NameFeatures.Prepared p = NameModelTrainer.prepare(s, features, tagger);
      List<List<Integer>> spans = new ArrayList<>();
      for (int[] span : model.find(p.tokens(), p.context(), TaggedSentence.TYPES)) {
        spans.add(List.of(span[0], span[1], span[2]));
      }
      assertThat(spans).as(s.text()).isEqualTo(expected(s)).isNotEmpty();
    }
  }

  /** The {start, end, type} spans of a sentence's tags. */
  private static List<List<Integer>> expected(TaggedSentence s) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < s.tags().size(); i++) {
      if (s.tags().get(i).startsWith("B-")) {
        int end = i + 1;
        while (end < s.tags().size() && s.tags().get(end).startsWith("I-")) {
          end++;
        }
        out.add(List.of(i, end, TaggedSentence.TYPES.indexOf(s.tags().get(i).substring(2))));
      }
    }
    return out;
  }

  @Test
  void train_smallestAllowedNumbers_writeAModel() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NameModelTrainer.train(sentences(), "MAXENT", 1, 0, out);

    assertThat(NameModel.read(new ByteArrayInputStream(out.toByteArray()))).isNotNull();
  }

  private static AbstractModel trained(String algorithm, int iterations, int cutoff)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NameModelTrainer.train(sentences(), algorithm, iterations, cutoff, out);
    return new GenericModelReader(new BinaryFileDataReader(new DataInputStream(
        new ByteArrayInputStream(out.toByteArray())))).getModel();
  }

  private static int features(AbstractModel model) {
    return ((java.util.Map<?, ?>) model.getDataStructures()[1]).size();
  }

  @Test
  void train_algorithmIterationsAndCutoff_areTheOnesAskedFor() throws IOException {
    assertThat(trained("PERCEPTRON", 5, 0).getModelType())
        .isEqualTo(AbstractModel.ModelType.Perceptron);
    assertThat(trained("MAXENT", 5, 0).getModelType()).isEqualTo(AbstractModel.ModelType.Maxent);
    // features seen fewer times than the cutoff are dropped (the default cutoff is 5)
    assertThat(features(trained("MAXENT", 1, 0))).isGreaterThan(features(trained("MAXENT", 1, 6)));
    // another number of iterations, other weights (the default is 100)
    assertThat(trained("MAXENT", 1, 0)).isNotEqualTo(trained("MAXENT", 2, 0));
    assertThat(trained("MAXENT", 2, 0)).isEqualTo(trained("MAXENT", 2, 0));
  }

  @Test
  void train_bufferedOutput_isFlushedButNotClosed() throws IOException {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    BufferedOutputStream out = new BufferedOutputStream(target, 1 << 24);

    NameModelTrainer.train(sentences(), "PERCEPTRON", 5, 0, out);

    assertThat(NameModel.read(new ByteArrayInputStream(target.toByteArray()))).isNotNull();
    int size = target.size();
    out.write(7);
    out.flush();
    assertThat(target.size()).isEqualTo(size + 1);
  }

  @Test
  void train_badArguments_throw() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> NameModelTrainer.train(List.of(), "PERCEPTRON", 10, 0, out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NameModelTrainer.train(sentences(), "PERCEPTRON", 0, 0, out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NameModelTrainer.train(sentences(), "PERCEPTRON", 10, -1, out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NameModelTrainer.train(null, "PERCEPTRON", 10, 0, out))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sentences");
    assertThatThrownBy(() -> NameModelTrainer.train(sentences(), null, 10, 0, out))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("algorithm");
    assertThatThrownBy(() -> NameModelTrainer.train(sentences(), "PERCEPTRON", 10, 0, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("out");
    assertThat(out.size()).isZero();
  }

  @Test
  void train_unknownAlgorithm_throwsIllegalArgumentExceptionNamingIt() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String algorithm : new String[] {"GIS", "perceptron", ""}) {
      assertThatThrownBy(() -> NameModelTrainer.train(sentences(), algorithm, 10, 0, out))
          .as(algorithm).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("algorithm must be PERCEPTRON or MAXENT: " + algorithm);
    }
    assertThat(out.size()).isZero();
  }
}
