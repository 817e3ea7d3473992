package dev.lede.text;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * The English POS model's factory with one part changed, chosen by the model's manifest entry
 * {@link #VARIANT}: OpenNLP builds a model's factory anew from its class name, so the variant
 * cannot be handed to a constructor. Public for that reason only.
 */
public final class VariantPosTaggerFactory extends POSTaggerFactory {

  /** The manifest entry that names the variant. */
  static final String VARIANT = "lede-test-variant";
  /** Counts the context generator's calls. */
  static final String COUNTING = "counting";
  /** Leaves out the "def" feature, so that the features are not in the cached layout. */
  static final String WITHOUT_DEFINITION = "without-definition";
  /** Accepts no tag right after the same tag: a validator that reads the tags before a token. */
  static final String NO_REPEAT = "no-repeat";

  private final AtomicInteger calls = new AtomicInteger();

  /** For OpenNLP, which creates the factory by name. */
  public VariantPosTaggerFactory() {}

  /** The English model's own features and weights, with the variant's factory. */
  static POSModel model(String variant) {
    POSModel english = GreedyPosTaggerTest.Loaded.MODEL;
    return new POSModel(english.getLanguage(),
        (MaxentModel) english.getArtifact(GreedyPosTagger.MAXENT_ARTIFACT),
        1, Map.of(VARIANT, variant), new VariantPosTaggerFactory());
  }

  /** How often this factory's context generators were asked for a token's features. */
  AtomicInteger calls() {
    return calls;
  }

  private String variant() {
    return ((POSModel) artifactProvider).getManifestProperty(VARIANT);
  }

  private POSTaggerFactory english() {
    return GreedyPosTaggerTest.Loaded.MODEL.getFactory();
  }

  @Override
  public POSContextGenerator getPOSContextGenerator(int cacheSize) {
    POSContextGenerator generator = english().getPOSContextGenerator(cacheSize);
    String variant = variant();
    if (COUNTING.equals(variant)) {
      return (i, words, tags, extra) -> {
        calls.incrementAndGet();
        return generator.getContext(i, words, tags, extra);
      };
    }
    if (WITHOUT_DEFINITION.equals(variant)) {
      return (i, words, tags, extra) -> {
        String[] all = generator.getContext(i, words, tags, extra);
        return Arrays.copyOfRange(all, 1, all.length);
      };
    }
    return generator;
  }

  @Override
  public SequenceValidator<String> getSequenceValidator() {
    if (NO_REPEAT.equals(variant())) {
      return (i, words, previous, tag) ->
          previous.length == 0 || !tag.equals(previous[previous.length - 1]);
    }
    return english().getSequenceValidator();
  }
}
