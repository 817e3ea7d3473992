package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class GreedyPosTaggerTest {

  /** The model once per JVM: reading it takes a second. */
  private static final class Loaded {
    static final POSModel MODEL = read();
    /** OpenNLP's own tagger searching with a beam of 1, the reference. */
    static final POSModel BEAM_OF_ONE = new POSModel(MODEL.getLanguage(),
        (MaxentModel) MODEL.getArtifact(GreedyPosTagger.MAXENT_ARTIFACT), 1, null,
        MODEL.getFactory());

    private static POSModel read() {
      try (InputStream in = GreedyPosTagger.class.getResourceAsStream(TextProcessor.POS_MODEL)) {
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The harbour pilots walked off the job on Tuesday , the port authority said .",
      "Mayor Ilse Varga 's office did not return calls about the flooded tram depot .",
      "Can you send me the form by Friday ? I 'd rather not fax it again !",
      "Shares of Northwind Ltd. fell 4.5 % to $ 12.30 after the profit warning .",
      "Rain .",
      "Yes",
      "No way",
      "İSTANBUL ΣΟΦΊΑ Ǆemal : naïve café-owner's 1,250.5 km² 3rd !!",
      "He said that that 's that .",
      "Talks between the two unions , which began in March , stalled again late on Sunday"})
  void tag_sameAsOpenNlpWithBeamOfOne(String sentence) {
    String[] words = sentence.split(" ");
    String[] expected = new POSTaggerME(Loaded.BEAM_OF_ONE).tag(words);

    assertThat(new GreedyPosTagger(Loaded.MODEL, 1).tag(words)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Yes",
      "No way",
      "Up it goes",
      "The U.S. Army 's 3rd brigade , in 2024 , said-so .",
      "İSTANBUL ΣΟΦΊΑ Ǆemal : naïve café-owner's 1,250.5 km² 3rd !!",
      "a b c d e f g h i j"})
  void assembledContext_sameAsModelsGenerator(String sentence) {
    String[] words = sentence.split(" ");
    GreedyPosTagger tagger = new GreedyPosTagger(Loaded.MODEL, 1);
    POSContextGenerator generator = Loaded.MODEL.getFactory().getPOSContextGenerator(1);
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      tags[i] = i % 2 == 0 ? "NOUN" : "PUNCT";
    }

    for (int i = 0; i < words.length; i++) {
      assertThat(tagger.assembledContext(i, words, tags)).as("token %d", i).containsExactly(
          generator.getContext(i, words, Arrays.copyOf(tags, i), new Object[0]));
    }
  }

  @Test
  void cachesWords_englishModel() {
    assertThat(new GreedyPosTagger(Loaded.MODEL, 1).cachesWords()).isTrue();
  }

  @Test
  void tag_sameWordsTwice_sameTags() {
    GreedyPosTagger tagger = new GreedyPosTagger(Loaded.MODEL, 1);
    String[] words = "The minister said the minister would resign .".split(" ");

    assertThat(tagger.tag(words)).containsExactly(tagger.tag(words))
        .containsExactly(new POSTaggerME(Loaded.BEAM_OF_ONE).tag(words));
  }

  @Test
  void tag_noWords() {
    assertThat(new GreedyPosTagger(Loaded.MODEL, 1).tag(new String[0])).isEmpty();
  }

  @Test
  void tag_knownTags() {
    String[] tags = new GreedyPosTagger(Loaded.MODEL, 1)
        .tag("The committee approved the budget .".split(" "));

    assertThat(tags).containsExactly("DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT");
  }

  @Test
  void tag_manyThreadsShareOneTagger() throws Exception {
    GreedyPosTagger tagger = new GreedyPosTagger(Loaded.MODEL, 1);
    List<String[]> sentences = List.of(
        "The ferry left the island at dawn .".split(" "),
        "Officials in Lisbon said the vote would be delayed .".split(" "),
        "She bought three loaves and a jar of honey .".split(" "));
    List<String[]> expected = sentences.stream().map(tagger::tag).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int k = i % sentences.size();
        results.add(pool.submit(() ->
            java.util.Arrays.equals(tagger.tag(sentences.get(k)), expected.get(k))));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void constructor_sequenceModelOnly() {
    // A model that keeps only a sequence model has no maximum-entropy model to decode greedily.
    POSModel sequenceOnly = new POSModel(Loaded.MODEL.getLanguage(),
        new opennlp.tools.ml.BeamSearch(1,
            (MaxentModel) Loaded.MODEL.getArtifact(GreedyPosTagger.MAXENT_ARTIFACT)),
        null, Loaded.MODEL.getFactory());

    assertThatThrownBy(() -> new GreedyPosTagger(sequenceOnly, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maximum-entropy");
  }
}
