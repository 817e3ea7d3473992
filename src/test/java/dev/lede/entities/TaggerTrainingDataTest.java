package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TaggerTrainingDataTest {

  @Test
  void write_oneLinePerTokenAndABlankLineAfterEachSentence_emptySentencesLeftOut() {
    List<TaggedSentence> sentences = List.of(
        new TaggedSentence(List.of("Nadia", "Osei", "drove", "."),
            List.of("B-PER", "I-PER", "O", "O")),
        new TaggedSentence(List.of(), List.of()),
        new TaggedSentence(List.of("Rain", "fell"), List.of("O", "O")));
    StringBuilder out = new StringBuilder();

    TaggerTrainingData.write(sentences, out);

    String[] lines = out.toString().split("\n", -1);
    assertThat(lines).hasSize(9);
    assertThat(lines[4]).isEmpty();
    assertThat(lines[7]).isEmpty();
    assertThat(lines[8]).isEmpty(); // after the last line's newline
    int[] tokenLines = {0, 1, 2, 3, 5, 6};
    List<String> words = List.of("Nadia", "Osei", "drove", ".", "Rain", "fell");
    List<String> tags = List.of("B-PER", "I-PER", "O", "O", "O", "O");
    for (int i = 0; i < tokenLines.length; i++) {
      String[] cols = lines[tokenLines[i]].split("\t", -1);
      assertThat(cols).as(lines[tokenLines[i]]).hasSize(5);
      assertThat(cols[0]).isEqualTo(words.get(i));
      assertThat(cols[1]).isNotBlank();
      assertThat(cols[2]).isNotEmpty();
      assertThat(cols[3]).matches("[0-9]+");
      assertThat(cols[4]).isEqualTo(tags.get(i));
    }
    assertThat(lines[2].split("\t")[2]).isEqualTo("O"); // "drove" is in no gazetteer
  }

  @Test
  void write_failingOutput_throwsUnchecked() {
    Appendable failing = new Appendable() {
      @Override
      public Appendable append(CharSequence csq) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Appendable append(CharSequence csq, int start, int end) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Appendable append(char c) throws IOException {
        throw new IOException("disk full");
      }
    };
    List<TaggedSentence> one = List.of(new TaggedSentence(List.of("Rain"), List.of("O")));

    assertThatThrownBy(() -> TaggerTrainingData.write(one, failing))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> TaggerTrainingData.write(null, new StringBuilder()))
        .isInstanceOf(NullPointerException.class);
  }
}
