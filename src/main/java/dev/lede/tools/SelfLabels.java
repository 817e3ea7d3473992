package dev.lede.tools;

import dev.lede.entities.Entity;
import dev.lede.entities.EntityRecognizer;
import dev.lede.entities.Mention;
import dev.lede.entities.TaggedSentence;
import dev.lede.text.TextProcessor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Training sentences labelled by Lede's own recognizer instead of a corpus's annotation
 * (self-training): each sentence's tokens joined by spaces are analysed as {@code eval-ner} does,
 * and the mentions of the whole recognizer (tagger, lexicons, guideline rules, document pass) become
 * PER/LOC/ORG tags on its tokens. The tagger that a second training stage learns from such
 * sentences has seen news text the gold corpora lack, labelled by the guidelines.
 *
 * <p>Stateless, so thread-safe (the recognizer and processor it is given are thread-safe).
 */
final class SelfLabels {

  private SelfLabels() {}

  /**
   * Sentences {@code from} to {@code to - 1} of a GMB file, labelled by the given recognizer.
   *
   * @throws IllegalArgumentException if {@code from > to}
   */
  static List<TaggedSentence> gmb(Path file, int from, int to, TextProcessor processor,
      EntityRecognizer recognizer, PrintStream out) throws Exception {
    if (from > to) {
      throw new IllegalArgumentException("self-labelled range starts after it ends: " + from
          + ":" + to);
    }
    List<NerCorpus.Raw> raw = NerCorpus.read(file, NerCorpus.Format.GMB);
    List<TaggedSentence> labelled = new ArrayList<>();
    for (int i = from; i < Math.min(to, raw.size()); i++) {
      List<String> tokens = raw.get(i).tokens();
      labelled.add(NerCorpus.coarseForTraining(new NerCorpus.Raw(tokens,
          tags(tokens, processor, recognizer)), NerCorpus.Format.CONLL));
    }
    out.println(file + ": " + labelled.size() + " sentences labelled by Lede");
    return labelled;
  }

  /** IOB2 tags of the recognizer's mentions in the sentence of these tokens; overlaps skipped. */
  static List<String> tags(List<String> tokens, TextProcessor processor,
      EntityRecognizer recognizer) {
    TaggedSentence s = new TaggedSentence(tokens, Collections.nCopies(tokens.size(), "O"));
    int[] ends = s.tokenEnds();
    String[] tags = new String[tokens.size()];
    Arrays.fill(tags, "O");
    for (Entity e : recognizer.recognize(null, processor.process(s.text()))) {
      String type = EvalNerCommand.coarseType(e.type());
      for (Mention m : e.mentions()) {
        int a = EvalNerCommand.tokenAt(ends, m.start());
        int b = EvalNerCommand.tokenAt(ends, m.end() - 1) + 1;
        if (a >= 0 && b > a && free(tags, a, b)) {
          tags[a] = "B-" + type;
          for (int k = a + 1; k < b; k++) {
            tags[k] = "I-" + type;
          }
        }
      }
    }
    return List.of(tags);
  }

  private static boolean free(String[] tags, int a, int b) {
    for (int k = a; k < b; k++) {
      if (!tags[k].equals("O")) {
        return false;
      }
    }
    return true;
  }
}
