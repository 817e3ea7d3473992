package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class PhraseTrieTest {

  private static final PhraseTrie<String> TRIE = new PhraseTrie.Builder<String>()
      .add("Port Elwen", "town")
      .add("Port Elwen Harbour Board", "board")
      .add("Elwen", "river")
      .add("U.S.", "country")
      .add("Marrow", "surname")
      .add("marrow", "vegetable")
      .add("  Kell   Island ", "island")
      .add("   ", "nothing")
      .build();

  /** Token offsets of the white-space separated words of a text. */
  private static int[][] offsets(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
    }
    return new int[][] {starts, ends};
  }

  /** The matches at token {@code first} as "text=value,value", longest first. */
  private static List<String> matches(String text, int first, int limit) {
    int[][] o = offsets(text);
    return show(text, TRIE.matchAt(text, o[0], o[1], first, limit));
  }

  private static List<String> show(String text, List<PhraseTrie.Match<String>> found) {
    return found.stream().map(m -> text.substring(m.start(), m.end()) + "="
        + String.join(",", m.entries().stream().map(PhraseTrie.Entry::value).toList())).toList();
  }

  @Test
  void matchAt_everyPhraseStartingThere_longestFirstAndCaseInsensitive() {
    String text = "the PORT elwen harbour board met";

    assertThat(matches(text, 1, 6))
        .containsExactly("PORT elwen harbour board=board", "PORT elwen=town");
    int[][] o = offsets(text);
    PhraseTrie.Match<String> longest = TRIE.matchAt(text, o[0], o[1], 1, 6).get(0);
    assertThat(longest.firstToken()).isEqualTo(1);
    assertThat(longest.lastToken()).isEqualTo(4);
    assertThat(longest.start()).isEqualTo(4);
    assertThat(longest.end()).isEqualTo(28);
  }

  @Test
  void matchAt_limit_stopsBeforeThatToken() {
    String text = "Port Elwen Harbour Board";

    assertThat(matches(text, 0, 3)).containsExactly("Port Elwen=town");
    assertThat(matches(text, 0, 1)).isEmpty();
    assertThat(matches(text, 1, 2)).containsExactly("Elwen=river");
  }

  @Test
  void matchAt_runOfWhiteSpace_matchesOneSpaceOfThePhrase() {
    assertThat(matches("Port \n\t Elwen", 0, 2)).containsExactly("Port \n\t Elwen=town");
    assertThat(matches("the Kell Island ferry", 1, 4)).containsExactly("Kell Island=island");
  }

  @Test
  void matchAt_punctuationBetweenTokens_endsThePhrase() {
    String text = "Port,Elwen";
    int[] starts = {0, 5};
    int[] ends = {4, 10};

    assertThat(TRIE.matchAt(text, starts, ends, 0, 2)).isEmpty();
    assertThat(show(text, TRIE.matchAt(text, starts, ends, 1, 2))).containsExactly("Elwen=river");
    // what was found before the punctuation stays found
    String board = "Port Elwen,Harbour Board";
    assertThat(show(board, TRIE.matchAt(board, new int[] {0, 5, 11, 19},
        new int[] {4, 10, 18, 24}, 0, 4))).containsExactly("Port Elwen=town");
  }

  @Test
  void matchAt_wordThatOnlyStartsWithAPhrase_isNoMatch() {
    assertThat(matches("Elwenford Port Elwens", 0, 3)).isEmpty();
    assertThat(matches("Elwenford Port Elwens", 1, 3)).isEmpty();
    assertThat(matches("Por", 0, 1)).isEmpty();
  }

  @Test
  void matchAt_possessiveLeftOnTheWord_endsThePhraseBeforeIt() {
    assertThat(matches("Port Elwen's mayor", 0, 3)).containsExactly("Port Elwen=town");
    assertThat(matches("Port Elwen’s mayor", 0, 3)).containsExactly("Port Elwen=town");
    assertThat(matches("Port Elwen' mayor", 0, 3)).containsExactly("Port Elwen=town");
    assertThat(matches("Port ELWEN'S mayor", 0, 3)).containsExactly("Port ELWEN=town");
    // neither a possessive nor a word of its own
    assertThat(matches("Port Elwen'd mayor", 0, 3)).isEmpty();
    assertThat(matches("Port Elwen'sy mayor", 0, 3)).isEmpty();
    assertThat(matches("Port Elwen`s mayor", 0, 3)).isEmpty();
  }

  @Test
  void matchAt_hyphenatedAdjective_endsThePhraseBeforeTheHyphen() {
    assertThat(matches("U.S.-led talks", 0, 2)).containsExactly("U.S.=country");
    assertThat(matches("Elwen-based firms", 0, 2)).containsExactly("Elwen=river");
    assertThat(matches("a U.S.-owned-and-run firm", 1, 3)).containsExactly("U.S.=country");
    // the shortest suffix that counts: two lowercase letters, as NameWords.ATTRIBUTIVE
    assertThat(matches("Elwen-ed firms", 0, 2)).containsExactly("Elwen=river");
    // a second name, a capital or too short a suffix: not an attributive use
    assertThat(matches("U.S.-Marrow talks", 0, 2)).isEmpty();
    assertThat(matches("U.S.-x talks", 0, 2)).isEmpty();
    assertThat(matches("U.S.-", 0, 1)).isEmpty();
    assertThat(matches("Elwen-Led firms", 0, 2)).isEmpty();
  }

  @Test
  void matchAt_phraseWithSeveralValues_keepsThemInTheOrderAdded() {
    List<PhraseTrie.Match<String>> found = TRIE.matchAt("MARROW", new int[] {0}, new int[] {6},
        0, 1);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).entries()).containsExactly(
        new PhraseTrie.Entry<>("Marrow", "surname"), new PhraseTrie.Entry<>("marrow", "vegetable"));
  }

  @Test
  void get_exactPhraseOnly_caseAndSpacesNormalised() {
    assertThat(TRIE.get(" port   ELWEN ")).containsExactly(new PhraseTrie.Entry<>("Port Elwen",
        "town"));
    assertThat(TRIE.get("kell island")).containsExactly(new PhraseTrie.Entry<>("Kell   Island",
        "island"));
    assertThat(TRIE.get("Port")).isEmpty();
    assertThat(TRIE.get("Port Elwen Harbour")).isEmpty();
    assertThat(TRIE.get("Port Elwenx")).isEmpty();
    assertThat(TRIE.get("")).isEmpty();
  }

  @Test
  void builder_blankPhrase_isNotAdded() {
    PhraseTrie<String> blank = new PhraseTrie.Builder<String>().add(" ", "nothing").build();

    assertThat(blank.get(" ")).isEmpty();
    assertThat(blank.matchAt("a", new int[] {0}, new int[] {1}, 0, 1)).isEmpty();
  }

  @Test
  void builder_add_chains() {
    PhraseTrie<String> chained = new PhraseTrie.Builder<String>().add("Lyon", "city")
        .add("Oslo", "city").build();

    assertThat(chained.get("oslo")).containsExactly(new PhraseTrie.Entry<>("Oslo", "city"));
    assertThat(chained.get("lyon")).containsExactly(new PhraseTrie.Entry<>("Lyon", "city"));
  }

  @Test
  void builder_manyPhrasesSharingPrefixes_eachFoundWithItsOwnValue() {
    PhraseTrie.Builder<Integer> builder = new PhraseTrie.Builder<>();
    for (int i = 0; i < 2000; i++) {
      builder.add("Name" + i, i);
    }
    PhraseTrie<Integer> trie = builder.build();

    for (int i = 0; i < 2000; i++) {
      assertThat(trie.get("name" + i)).containsExactly(new PhraseTrie.Entry<>("Name" + i, i));
    }
    assertThat(trie.get("name2000")).isEmpty();
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
  void matchAt_nothingListed_empty() {
    PhraseTrie<String> t = new PhraseTrie.Builder<String>().add("Lisbon", "LISBON").build();

    assertThat(t.matchAt("Porto", new int[] {0}, new int[] {5}, 0, 1)).isEmpty();
  }
}
