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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** A word no other sentence repeats ("qa", "qb", ...): below any minimum count. */
  private static String once(int i) {
    StringBuilder b = new StringBuilder("q");
    do {
      b.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return b.toString();
  }

  /**
   * Two groups of three words, each seen 12 times, that differ only on one side: the first
   * group next to "the" (the most frequent word, the first context), the second next to words
   * seen once (no context at all). The other side is the sentence's edge for both.
   */
  private static List<List<String>> besideTheOrNothing(boolean theAfter) {
    List<List<String>> out = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < 12; i++) {
      for (String x : List.of("alpha", "beta", "gamma")) {
        out.add(theAfter ? List.of(x, "the") : List.of("the", x));
      }
      for (String y : List.of("delta", "epsilon", "zeta")) {
        out.add(theAfter ? List.of(y, once(n++)) : List.of(once(n++), y));
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void cluster_mostFrequentWordBeforeOrAfter_isAContext(boolean after) {
    StringWriter out = new StringWriter();
    WordClusterer.cluster(besideTheOrNothing(after), 3, 2, 2, out);

    Map<String, String> c = fine(out.toString());
    assertThat(c.keySet()).containsExactlyInAnyOrder("the", "alpha", "beta", "gamma", "delta",
        "epsilon", "zeta");
    assertThat(c.get("alpha")).isEqualTo(c.get("beta")).isEqualTo(c.get("gamma"));
    assertThat(c.get("delta")).isEqualTo(c.get("epsilon")).isEqualTo(c.get("zeta"));
    assertThat(c.get("alpha")).isNotEqualTo(c.get("delta"));
  }

  @Test
  void cluster_rareSharedContext_weighsMoreThanAFrequentOne() {
    // "w" is followed by "moon" and by "the" 10 times each. "moon" follows only "w" and "x";
    // "the" follows "y" and five more words 40 times each. Pointwise mutual information makes
    // the rare context the telling one: "w" goes with "x", not with "y" (raw counts would tie).
    List<List<String>> s = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      s.add(List.of("w", "moon"));
      s.add(List.of("w", "the"));
    }
    for (int i = 0; i < 20; i++) {
      s.add(List.of("x", "moon"));
      s.add(List.of("y", "the"));
    }
    for (int i = 0; i < 40; i++) {
      for (String f : List.of("fa", "fb", "fc", "fd", "fe")) {
        s.add(List.of(f, "the"));
      }
    }
    StringWriter out = new StringWriter();
    WordClusterer.cluster(s, 4, 2, 2, out);

    Map<String, String> c = fine(out.toString());
    assertThat(c.get("w")).isEqualTo(c.get("x")).isNotEqualTo(c.get("y"));
    assertThat(c.get("y")).isEqualTo(c.get("fa")).isEqualTo(c.get("fe"));
  }

  @Test
  void cluster_moreClustersThanDistinctContexts_leavesClustersEmpty() {
    // 12 words, but the four names share one context and shape, and so do the four pronouns:
    // six distinct words for ten clusters. Some clusters end without words; the coarse
    // clustering must not trip over them.
    StringWriter out = new StringWriter();
    int words = WordClusterer.cluster(namesAndPronouns(), 10, 2, 4, out);

    Map<String, String> c = fine(out.toString());
    assertThat(words).isEqualTo(12);
    assertThat(c.get("anna")).isEqualTo(c.get("boris")).isEqualTo(c.get("carla"))
        .isEqualTo(c.get("dmitri"));
    assertThat(c.get("him")).isEqualTo(c.get("her")).isEqualTo(c.get("them"))
        .isEqualTo(c.get("us"));
    assertThat(new java.util.HashSet<>(c.values())).hasSize(6);
    assertThat(out.toString().lines())
        .allSatisfy(line -> assertThat(line).matches("[^\t]+\t[0-9]\t[01]"));
  }

  @Test
  void cluster_clustersThatNeverSettle_stopAfterTwentyPasses() {
    // Ten clusters for six distinct words: the empty ones restart from a random row on every
    // pass, rows move to them, and k-means does not settle in 20 passes; the output is that of
    // pass 20. These ids were recorded from the code (a 21st pass gives "met" 2, the names 0 and
    // other coarse ids); the seeded random makes them the same on every run.
    StringWriter out = new StringWriter();
    WordClusterer.cluster(namesAndPronouns(), 10, 2, 4, out);

    assertThat(out.toString().lines()).containsExactly(".\t1\t0", "met\t3\t0", "today\t6\t0",
        "we\t9\t0", "anna\t5\t1", "boris\t5\t1", "carla\t5\t1", "dmitri\t5\t1", "her\t8\t1",
        "him\t8\t1", "them\t8\t1", "us\t8\t1");
  }

  @ParameterizedTest
  @ValueSource(ints = {6, 12})
  void cluster_asManyCoarseAsFineClusters_eachFineClusterIsItsOwnCoarseOne(int clusters) {
    StringWriter out = new StringWriter();
    WordClusterer.cluster(namesAndPronouns(), clusters, clusters, 4, out);

    Map<String, String> coarseOfFine = new HashMap<>();
    for (String line : out.toString().split("\n")) {
      String[] cols = line.split("\t");
      assertThat(coarseOfFine.putIfAbsent(cols[1], cols[2])).isIn(null, cols[2]);
    }
    // six distinct words: six fine clusters, each in a coarse cluster of its own
    assertThat(coarseOfFine).hasSize(6);
    assertThat(new java.util.HashSet<>(coarseOfFine.values())).hasSize(6);
  }

  @Test
  void cluster_mostFrequentWord_isClusteredByItsContextsToo() {
    // "ama", "abe" and "ace" come before the same four verbs, "bea", "bob" and "bud" before
    // four others; "ama" once more, which makes it the most frequent word (the first row).
    List<List<String>> s = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      for (String a : List.of("ama", "abe", "ace")) {
        for (String verb : List.of("left", "stayed", "slept", "ran")) {
          s.add(List.of(a, verb));
        }
      }
      for (String b : List.of("bea", "bob", "bud")) {
        for (String verb : List.of("said", "wrote", "sang", "read")) {
          s.add(List.of(b, verb));
        }
      }
    }
    s.add(List.of("ama", "left"));
    StringWriter out = new StringWriter();
    WordClusterer.cluster(s, 3, 2, 1, out);

    Map<String, String> c = fine(out.toString());
    assertThat(keys(out.toString()).get(0)).isEqualTo("ama");
    assertThat(c.get("ama")).isEqualTo(c.get("abe")).isEqualTo(c.get("ace"));
    assertThat(c.get("bea")).isEqualTo(c.get("bob")).isEqualTo(c.get("bud"))
        .isNotEqualTo(c.get("ama"));
    assertThat(c.get("left")).isEqualTo(c.get("said")).isEqualTo(c.get("read"))
        .isNotEqualTo(c.get("ama")).isNotEqualTo(c.get("bea"));
  }

  @Test
  void cluster_chainOfContexts_isSplitInHalvesOnceKmeansSettles() {
    // Nine words from "always before p" to "always before q" in even steps (each seen 8 times):
    // the first centres are p's row, then the rows least like it; the first assignment to them
    // is lopsided, and only the iterations that follow split the chain in the middle.
    List<String> chain = List.of("ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch", "ci");
    List<List<String>> s = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      for (int j = 0; j < i; j++) {
        s.add(List.of(chain.get(i), "p"));
      }
      for (int j = i; j < chain.size() - 1; j++) {
        s.add(List.of(chain.get(i), "q"));
      }
    }
    StringWriter out = new StringWriter();
    WordClusterer.cluster(s, 4, 2, 1, out);

    Map<String, String> c = fine(out.toString());
    assertThat(c.get("ca")).isEqualTo(c.get("cb")).isEqualTo(c.get("cc")).isEqualTo(c.get("cd"));
    assertThat(c.get("cf")).isEqualTo(c.get("cg")).isEqualTo(c.get("ch")).isEqualTo(c.get("ci"))
        .isNotEqualTo(c.get("ca"));
  }

  /** {@code times} sentences "word context". */
  private static void pairs(List<List<String>> s, String word, String context, int times) {
    for (int i = 0; i < times; i++) {
      s.add(List.of(word, context));
    }
  }

  @Test
  void cluster_wordSeenExactlySeedMinCountTimes_seedsACluster() {
    // "aa" (12 times) is the first centre. "bb" (11) shares one of its contexts, "cc" (exactly
    // SEED_MIN_COUNT times, 10) none: "cc" is the row least like "aa" among the seeds and
    // becomes the second centre, and "bb" joins "aa". Were "cc" no seed, the second centre
    // would be "bb", and "cc" would tie between the two and go to the first.
    List<List<String>> s = new ArrayList<>();
    pairs(s, "aa", "pa", 6);
    pairs(s, "aa", "pb", 6);
    pairs(s, "bb", "pb", 3);
    pairs(s, "bb", "qa", 4);
    pairs(s, "bb", "qb", 4);
    pairs(s, "cc", "ra", 5);
    pairs(s, "cc", "rb", 5);
    StringWriter out = new StringWriter();
    WordClusterer.cluster(s, 2, 2, 1, out);

    Map<String, String> c = fine(out.toString());
    assertThat(c.get("bb")).isEqualTo(c.get("aa"));
    assertThat(c.get("cc")).isNotEqualTo(c.get("aa"));
  }

  @Test
  void cluster_seedsEquallyUnlikeTheFirstCentre_theMoreFrequentOrAlphabeticallyFirstIsNext() {
    // "aa", "bb" and "cc", 12 times each, with two contexts of their own: "bb" and "cc" are
    // equally unlike "aa"; "bb", the earlier row, is the second centre, and "cc", again equally
    // like both centres, goes to the first.
    List<List<String>> s = new ArrayList<>();
    for (String w : List.of("aa", "bb", "cc")) {
      pairs(s, w, "p" + w, 6);
      pairs(s, w, "q" + w, 6);
    }
    StringWriter out = new StringWriter();
    WordClusterer.cluster(s, 2, 2, 1, out);

    Map<String, String> c = fine(out.toString());
    assertThat(c.get("cc")).isEqualTo(c.get("aa"));
    assertThat(c.get("bb")).isNotEqualTo(c.get("aa"));
  }

  /** A word made of letters only: the key folds digits, so "f1" and "f2" would be one word. */
  private static String code(String prefix, int i) {
    StringBuilder b = new StringBuilder(prefix);
    do {
      b.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return b.toString();
  }

  @Test
  void cluster_wordJustOutsideTheContextWords_isNoContext() {
    // 998 filler words seen 73 times each, alone in a sentence, then "x" and "y" (72 each):
    // the 1,000 context words. "zed" (72, after "x" and "y" alphabetically) is the 1,001st
    // word, so no context: after it, "ba" has no left context unlike "aa" at a sentence's
    // start; before it, "ca" has no right context unlike "da" at a sentence's end.
    List<List<String>> s = new ArrayList<>();
    for (int j = 0; j < 998; j++) {
      List<String> filler = List.of(code("f", j));
      for (int r = 0; r < 73; r++) {
        s.add(filler);
      }
    }
    for (int r = 0; r < 12; r++) {
      for (int i = 0; i < 3; i++) {
        s.add(List.of(code("a", i), "x"));
        s.add(List.of("zed", code("b", i), "x"));
        s.add(List.of("y", code("c", i), "zed"));
        s.add(List.of("y", code("d", i)));
      }
    }
    StringWriter out = new StringWriter();
    WordClusterer.cluster(s, 8, 2, 1, out);

    Map<String, String> c = fine(out.toString());
    assertThat(keys(out.toString()).indexOf("zed")).isEqualTo(WordClusterer.CONTEXT_WORDS);
    for (String group : List.of("a", "b", "c", "d")) {
      assertThat(c.get(group + "a")).isEqualTo(c.get(group + "b")).isEqualTo(c.get(group + "c"));
    }
    assertThat(c.get("ba")).isNotEqualTo(c.get("aa"));
    assertThat(c.get("ca")).isNotEqualTo(c.get("da"));
  }
}
