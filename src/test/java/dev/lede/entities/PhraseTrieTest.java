package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class PhraseTrieTest {

  private static PhraseTrie<String> trie(String... phrases) {
    PhraseTrie.Builder<String> b = new PhraseTrie.Builder<>();
    for (String p : phrases) {
      b.add(p, p.toUpperCase(java.util.Locale.ROOT));
    }
    return b.build();
  }

  @Test
  void get_caseAndSpacesIgnored() {
    PhraseTrie<String> t = trie("New York", "York");

    assertThat(t.get("  new   YORK ")).extracting(PhraseTrie.Entry::value)
        .containsExactly("NEW YORK");
    assertThat(t.get("New")).isEmpty();
    assertThat(t.get("Newark")).isEmpty();
  }

  @Test
  void get_manyPhrases_everyOneFound() {
    // Enough nodes for the child table to grow many times over.
    PhraseTrie.Builder<Integer> b = new PhraseTrie.Builder<>();
    for (int i = 0; i < 20_000; i++) {
      b.add("town " + Integer.toString(i, 36) + " east", i);
    }
    PhraseTrie<Integer> t = b.build();

    for (int i = 0; i < 20_000; i += 7) {
      assertThat(t.get("Town " + Integer.toString(i, 36) + " East"))
          .extracting(PhraseTrie.Entry::value).containsExactly(i);
    }
    assertThat(t.get("town zzzzz east")).isEmpty();
    assertThat(t.get("town 1 west")).isEmpty();
  }

  @Test
  void matchAt_longestFirst() {
    PhraseTrie<String> t = trie("Bank", "Bank of Lisbon");
    String text = "the Bank of  Lisbon said";
    int[] starts = {0, 4, 9, 13, 20};
    int[] ends = {3, 8, 11, 19, 24};

    List<PhraseTrie.Match<String>> m = t.matchAt(text, starts, ends, 1, 5);

    assertThat(m).extracting(PhraseTrie.Match::end).containsExactly(19, 8);
    assertThat(m.get(0).entries()).extracting(PhraseTrie.Entry::phrase)
        .containsExactly("Bank of Lisbon");
  }

  @Test
  void matchAt_possessiveEndsThePhrase() {
    PhraseTrie<String> t = trie("Russia");
    String text = "Russia's army";
    int[] starts = {0, 9};
    int[] ends = {8, 13};

    assertThat(t.matchAt(text, starts, ends, 0, 2)).singleElement()
        .satisfies(m -> assertThat(m.end()).isEqualTo(6));
  }

  @Test
  void matchAt_nothingListed_empty() {
    PhraseTrie<String> t = trie("Lisbon");

    assertThat(t.matchAt("Porto", new int[] {0}, new int[] {5}, 0, 1)).isEmpty();
  }
}
