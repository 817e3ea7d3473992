package dev.lede.entities;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Writes tagged sentences with the inputs the neural tagger reads at analysis time (the token as
 * the model sees it, its part of speech, its gazetteer match and name-list flags), one token per
 * line, a blank line after each sentence: the training and dev files of
 * {@code models/tools/train_ner.py}. Features come from the same code as at analysis time, so
 * training and recognition cannot drift apart.
 *
 * <p>Thread-safe: stateless.
 */
public final class TaggerTrainingData {

  private TaggerTrainingData() {}

  /**
   * Writes sentences as tab-separated lines {@code token pos gazetteer flags tag}.
   *
   * @param sentences the sentences
   * @param out where the lines go
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the POS model cannot be read or {@code out} fails
   */
  public static void write(List<TaggedSentence> sentences, Appendable out) {
    requireNonNull(sentences, "sentences");
    requireNonNull(out, "out");
    NameFeatures features = new NameFeatures(Gazetteer.load());
    POSTaggerME tagger;
    try (InputStream in = TaggerTrainingData.class.getResourceAsStream(
        NameModelTrainer.POS_MODEL)) {
      tagger = new POSTaggerME(new POSModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the POS model", e);
    }
    try {
      StringBuilder line = new StringBuilder(64);
      for (TaggedSentence s : sentences) {
        if (s.tokens().isEmpty()) {
          continue;
        }
        String[] words = s.tokens().toArray(String[]::new);
        String[] pos = tagger.tag(words);
        NameFeatures.Prepared p = features.prepare(s.text(), words, pos, s.tokenStarts(),
            s.tokenEnds());
        for (int i = 0; i < p.tokens().length; i++) {
          line.setLength(0);
          line.append(p.tokens()[i].replace('\t', ' ')).append('\t').append(pos[i]).append('\t')
              .append(p.gazetteer()[i] == null ? "O" : p.gazetteer()[i]).append('\t')
              .append(p.flags()[i]).append('\t').append(s.tags().get(i)).append('\n');
          out.append(line);
        }
        out.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
