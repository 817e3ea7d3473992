package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class WordClustererTest {

  /** Sentences where cities and weekdays fill their own slots: "talks in X on Y ended". */
  private static List<List<String>> corpus() {
    List<String> cities = List.of("Paris", "Oslo", "Lima", "Hanoi", "Quito", "Accra");
    List<String> days = List.of("Monday", "Tuesday", "Friday", "Sunday");
    List<String> verbs = List.of("ended", "began", "stalled", "resumed");
    Random random = new Random(7);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      out.add(List.of("talks", "in", cities.get(random.nextInt(cities.size())), "on",
          days.get(random.nextInt(days.size())), verbs.get(random.nextInt(verbs.size())), "."));
    }
    return out;
  }

  private static Map<String, String> fine(String tsv) {
    Map<String, String> m = new HashMap<>();
    for (String line : tsv.split("\n")) {
      String[] cols = line.split("\t");
      m.put(cols[0], cols[1]);
    }
    return m;
  }

  @Test
  void cluster_wordsInTheSameSlots_shareAClusterAndOthersDoNot() {
    StringWriter out = new StringWriter();
    int words = WordClusterer.cluster(corpus(), 8, 3, 1, out);

    Map<String, String> c = fine(out.toString());
    assertThat(words).isEqualTo(c.size()).isEqualTo(18);
    assertThat(c.get("oslo")).isEqualTo(c.get("paris")).isEqualTo(c.get("accra"));
    assertThat(c.get("monday")).isEqualTo(c.get("sunday"));
    assertThat(c.get("monday")).isNotEqualTo(c.get("paris"));
    assertThat(c.get("ended")).isNotEqualTo(c.get("paris")).isNotEqualTo(c.get("monday"));
  }

  @Test
  void cluster_sameInput_sameOutput() {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    WordClusterer.cluster(corpus(), 4, 2, 1, a);
    WordClusterer.cluster(corpus(), 4, 2, 1, b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Test
  void key_lowercasesAndFoldsDigits() {
    assertThat(WordClusterer.key("Baghdad")).isEqualTo("baghdad");
    assertThat(WordClusterer.key("1999")).isEqualTo(WordClusterer.key("2024")).isEqualTo("0000");
  }

  @Test
  void cluster_badArguments_throw() {
    assertThatThrownBy(() -> WordClusterer.cluster(null, 4, 2, 1, new StringWriter()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sentences");
    assertThatThrownBy(() -> WordClusterer.cluster(corpus(), 1, 1, 1, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordClusterer.cluster(corpus(), 400, 2, 1, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("words");
  }

  /** "we met X today ." for four names and four pronouns, 20 times each, and "Zoe" 3 times. */
  private static List<List<String>> namesAndPronouns() {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      for (String x : List.of("Anna", "him", "Boris", "her", "Carla", "them", "Dmitri", "us")) {
        out.add(List.of("we", "met", x, "today", "."));
      }
    }
    for (int i = 0; i < 3; i++) {
      out.add(List.of("we", "met", "Zoe", "today", "."));
    }
    return out;
  }

  private static List<String> keys(String tsv) {
    return tsv.lines().map(line -> line.split("\t")[0]).toList();
  }

  @Test
  void cluster_wordsInTheSameSlots_areToldApartByCapitals() {
    StringWriter out = new StringWriter();
    WordClusterer.cluster(namesAndPronouns(), 6, 2, 4, out);

    Map<String, String> c = fine(out.toString());
    assertThat(c.get("anna")).isEqualTo(c.get("boris")).isEqualTo(c.get("carla"))
        .isEqualTo(c.get("dmitri"));
    assertThat(c.get("him")).isEqualTo(c.get("her")).isEqualTo(c.get("them"))
        .isEqualTo(c.get("us"));
    assertThat(c.get("anna")).isNotEqualTo(c.get("him"));
  }

  @Test
  void cluster_lines_mostFrequentFirstThenAlphabetical() {
    StringWriter out = new StringWriter();
    int words = WordClusterer.cluster(namesAndPronouns(), 4, 2, 4, out);

    assertThat(keys(out.toString())).containsExactly(".", "met", "today", "we", "anna", "boris",
        "carla", "dmitri", "her", "him", "them", "us");
    assertThat(words).isEqualTo(12);
    assertThat(out.toString()).endsWith("\n").doesNotContain("\r");
    assertThat(out.toString().lines())
        .allSatisfy(line -> assertThat(line).matches("[^\t]+\t[0-3]\t[01]"));
  }

  @Test
  void cluster_minCount_keepsWordsSeenExactlyThatOften() {
    StringWriter three = new StringWriter();
    StringWriter four = new StringWriter();

    WordClusterer.cluster(namesAndPronouns(), 4, 2, 3, three);
    WordClusterer.cluster(namesAndPronouns(), 4, 2, 4, four);

    assertThat(keys(three.toString())).hasSize(13).endsWith("zoe");
    assertThat(keys(four.toString())).hasSize(12).doesNotContain("zoe");
  }

  @Test
  void cluster_smallestAllowedNumbers_work() {
    List<List<String>> fourWords = List.of(List.of("Anna", "met", "him", "."));

    StringWriter out = new StringWriter();
    assertThat(WordClusterer.cluster(fourWords, 4, 4, 1, out)).isEqualTo(4);
    assertThat(WordClusterer.cluster(fourWords, 2, 2, 1, new StringWriter())).isEqualTo(4);
    assertThat(keys(out.toString())).containsExactly(".", "anna", "him", "met");
  }

  @Test
  void cluster_numbersOutOfRange_throw() {
    List<List<String>> fourWords = List.of(List.of("Anna", "met", "him", "."));

    assertThatThrownBy(() -> WordClusterer.cluster(fourWords, 4, 1, 1, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordClusterer.cluster(fourWords, 2, 3, 1, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordClusterer.cluster(fourWords, 2, 2, 0, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordClusterer.cluster(fourWords, 5, 2, 1, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only 4 words");
    assertThatThrownBy(() -> WordClusterer.cluster(fourWords, 2, 2, 1, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("out");
  }

  @Test
  void cluster_bufferedWriter_isFlushedButNotClosed() throws java.io.IOException {
    StringWriter target = new StringWriter();
    java.io.BufferedWriter out = new java.io.BufferedWriter(target);

    WordClusterer.cluster(namesAndPronouns(), 4, 2, 4, out);

    assertThat(keys(target.toString())).hasSize(12);
    out.write("more\n");
    out.flush();
    assertThat(target.toString()).endsWith("more\n");
  }

  @Test
  void cluster_failingWriter_throwsUncheckedIo() {
    java.io.Writer failing = new java.io.Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws java.io.IOException {
        throw new java.io.IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> WordClusterer.cluster(namesAndPronouns(), 4, 2, 4, failing))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("word clusters");
  }
}
