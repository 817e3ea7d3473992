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
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class GreedyPosTaggerTest {

  /** The model once per JVM: reading it takes a second. */
  static final class Loaded {
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
      "The ferry left the island at dawn .",
      "Steel output fell for a third month .",
      "Rates stay low , the bank said .",
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

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // "ferry" is a noun only with the sentence-start features of the tokens before it
      "The ferry left the island at dawn .; DET NOUN VERB DET NOUN ADP PROPN PUNCT",
      // the third token needs the first word as its p2w feature
      "Steel output fell for a third month .; NOUN ADJ VERB ADP DET ADJ NOUN PUNCT",
      "Rates stay low , the bank said .; NOUN VERB ADV PUNCT DET NOUN VERB PUNCT",
      "Heavy rain flooded the low coastal roads .; ADJ NOUN VERB DET ADJ NOUN NOUN PUNCT"})
  void tag_exactTags(String sentence, String tags) {
    assertThat(new GreedyPosTagger(Loaded.MODEL, 1).tag(sentence.split(" ")))
        .containsExactly(tags.split(" "));
  }

  @Test
  void tag_wordsSeenBefore_generatorNotAskedAgain() {
    POSModel counted = VariantPosTaggerFactory.model(VariantPosTaggerFactory.COUNTING);
    AtomicInteger calls = ((VariantPosTaggerFactory) counted.getFactory()).calls();
    GreedyPosTagger tagger = new GreedyPosTagger(counted, 1);
    // "Lisbon" is the model's first outcome (PROPN), the edge of the cached path's best index.
    String[] words = "Officials in Lisbon said the officials would wait .".split(" ");
    calls.set(0);

    String[] first = tagger.tag(words);
    int firstCalls = calls.getAndSet(0);
    String[] second = tagger.tag(words);

    // Once per distinct word ("Officials" and "officials" are two), then never for known words.
    assertThat(firstCalls).isEqualTo(9);
    assertThat(calls.get()).isZero();
    assertThat(second).containsExactly(first)
        .containsExactly("NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT");
  }

  @Test
  void tag_otherFeatureLayout_generatorsFeaturesSummed() {
    POSModel other = VariantPosTaggerFactory.model(VariantPosTaggerFactory.WITHOUT_DEFINITION);
    GreedyPosTagger tagger = new GreedyPosTagger(other, 1);
    String[] words = "The harbour pilots walked off the job on Tuesday .".split(" ");

    assertThat(tagger.cachesWords()).isFalse();
    assertThat(tagger.tag(words))
        .containsExactly(new POSTaggerME(other).tag(words))
        .containsExactly("DET", "NOUN", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN",
            "PUNCT");
  }

  @Test
  void tag_modelWithoutWeights_probabilitiesCompared() {
    MaxentModel gis = (MaxentModel) Loaded.MODEL.getArtifact(GreedyPosTagger.MAXENT_ARTIFACT);
    POSModel plain = new POSModel(Loaded.MODEL.getLanguage(), new Forwarding(gis), 1, null,
        Loaded.MODEL.getFactory());
    GreedyPosTagger tagger = new GreedyPosTagger(plain, 1);
    String[] words = "Officials in Lisbon said the vote would be delayed .".split(" ");

    assertThat(tagger.cachesWords()).isFalse();
    assertThat(tagger.tag(words))
        .containsExactly(new POSTaggerME(plain).tag(words))
        .containsExactly("NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "AUX", "AUX", "VERB",
            "PUNCT");
  }

  @Test
  void tag_equalProbabilities_firstTag() {
    MaxentModel gis = (MaxentModel) Loaded.MODEL.getArtifact(GreedyPosTagger.MAXENT_ARTIFACT);
    MaxentModel flat = new Forwarding(gis) {
      @Override
      public double[] eval(String[] context, double[] probs) {
        Arrays.fill(probs, 1.0 / probs.length);
        return probs;
      }
    };
    POSModel plain = new POSModel(Loaded.MODEL.getLanguage(), flat, 1, null,
        Loaded.MODEL.getFactory());

    // PROPN is the model's first outcome; the English model has no tag dictionary to rule it out.
    assertThat(new GreedyPosTagger(plain, 1).tag("Rain fell .".split(" ")))
        .containsExactly("PROPN", "PROPN", "PROPN");
  }

  @Test
  void tag_validatorReadsPreviousTags_seesTheTagsSoFar() {
    // No tag twice in a row: the validator must get the i tags before token i, as OpenNLP's
    // beam search hands them, not the whole array with its empty tail.
    POSModel validated = VariantPosTaggerFactory.model(VariantPosTaggerFactory.NO_REPEAT);
    GreedyPosTagger tagger = new GreedyPosTagger(validated, 1);
    String[] words = "Heavy rain flooded the low coastal roads .".split(" ");

    assertThat(tagger.cachesWords()).isTrue();
    assertThat(tagger.tag(words))
        .containsExactly(new POSTaggerME(validated).tag(words))
        // the English model alone tags "roads" NOUN after "coastal" NOUN (tag_exactTags)
        .containsExactly("ADJ", "NOUN", "VERB", "DET", "ADJ", "NOUN", "VERB", "PUNCT");
  }

  /** A model that forwards to another, so that it is no GIS model. */
  private static class Forwarding implements MaxentModel {
    private final MaxentModel to;

    Forwarding(MaxentModel to) {
      this.to = to;
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      return to.eval(context, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return to.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] probs) {
      return to.getBestOutcome(probs);
    }

    @Override
    public String getAllOutcomes(double[] probs) {
      return to.getAllOutcomes(probs);
    }

    @Override
    public String getOutcome(int i) {
      return to.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
      return to.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return to.getNumOutcomes();
    }
  }
}
