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
}
