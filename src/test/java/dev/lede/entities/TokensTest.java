package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

final class TokensTest {

  /** Tokens of a body as the tokenizer cut them: "|" marks each cut, spaces separate. */
  private static Tokens tokens(String body, String... texts) {
    List<Token> out = new ArrayList<>();
    int from = 0;
    for (String t : texts) {
      int start = body.indexOf(t, from);
      out.add(new Token(t, start, start + t.length(), "X" + out.size(), t));
      from = start + t.length();
    }
    return Tokens.of(body, out);
  }

  @Test
  void of_curlyPossessiveSplitInsideTheName_isMovedToItsOwnToken() {
    Tokens t = tokens("Lukashenko’s visit", "Lukashenk", "o’s", "visit");

    assertThat(t.words()).containsExactly("Lukashenko", "’s", "visit");
    assertThat(t.starts()).containsExactly(0, 10, 13);
    assertThat(t.ends()).containsExactly(10, 12, 18);
    assertThat(t.pos()).containsExactly("X0", "PART", "X2");
  }

  @Test
  void of_straightQuotePossessiveWithTwoLetters_isMovedToo() {
    Tokens t = tokens("Kasparov's move", "Kaspar", "ov's", "move");

    assertThat(t.words()).containsExactly("Kasparov", "'s", "move");
    assertThat(t.starts()).containsExactly(0, 8, 11);
    assertThat(t.ends()).containsExactly(8, 10, 15);
  }

  @Test
  void of_possessiveNotTouchingOrAfterAFigure_staysAsItIs() {
    Tokens apart = tokens("Osei o’s", "Osei", "o’s");
    Tokens figure = tokens("1990o’s", "1990", "o’s");
    Tokens whole = tokens("Osei’s", "Osei", "’s");

    assertThat(apart.words()).containsExactly("Osei", "o’s");
    assertThat(figure.words()).containsExactly("1990", "o’s");
    assertThat(whole.words()).containsExactly("Osei", "’s");
    assertThat(whole.pos()).containsExactly("X0", "X1");
  }

  @Test
  void of_hyphenCutEitherSide_joinedIntoOneWord() {
    Tokens led = tokens("U.S.-led forces", "U.S.", "-", "led", "forces");
    Tokens ruled = tokens("Hamas-ruled Gaza", "Hamas", "-ruled", "Gaza");
    Tokens known = tokens("well- known", "well-", "known");
    Tokens prefix = tokens("anti-war march", "anti-", "war", "march");

    assertThat(led.words()).containsExactly("U.S.-led", "forces");
    assertThat(led.starts()).containsExactly(0, 9);
    assertThat(led.ends()).containsExactly(8, 15);
    assertThat(led.pos()).containsExactly("X2", "X3");
    assertThat(ruled.words()).containsExactly("Hamas-ruled", "Gaza");
    assertThat(ruled.pos()).containsExactly("X1", "X2");
    assertThat(known.words()).containsExactly("well-", "known");
    assertThat(prefix.words()).containsExactly("anti-war", "march");
    assertThat(prefix.starts()).containsExactly(0, 9);
  }

  @Test
  void of_hyphenJoinedToTheWordBefore_takesThatWordsTag() {
    // "-" touches ")" after it, so it joins "U.S."; the group's tag is its last word's, never
    // the hyphen's
    Tokens t = tokens("U.S.-)", "U.S.", "-", ")");

    assertThat(t.words()).containsExactly("U.S.-", ")");
    assertThat(t.pos()).containsExactly("X0", "X2");
  }

  @Test
  void of_loneHyphenTouchingOneSideOnly_staysApart() {
    Tokens left = tokens("Accra- Tema", "Accra", "-", "Tema");
    Tokens right = tokens("Accra -Tema", "Accra", "-", "Tema");
    Tokens first = tokens("-Tema road", "-", "Tema", "road");
    Tokens last = tokens("Accra-", "Accra", "-");

    assertThat(left.words()).containsExactly("Accra", "-", "Tema");
    assertThat(right.words()).containsExactly("Accra", "-", "Tema");
    assertThat(first.words()).containsExactly("-", "Tema", "road");
    assertThat(last.words()).containsExactly("Accra", "-");
  }

  @Test
  void of_hyphenBetweenPunctuation_staysApart() {
    Tokens t = tokens("(-) done", "(", "-", ")", "done");

    assertThat(t.words()).containsExactly("(", "-", ")", "done");
    assertThat(t.starts()).containsExactly(0, 1, 2, 4);
  }

  @Test
  void splitNameCompounds_listedNamesJoinedByHyphens_areSplitWithTheirOffsets() {
    java.util.Set<String> listed = java.util.Set.of("Russia", "Ukraine", "U.S.", "China",
        "Guinea", "Guinea-Bissau", "Bissau");
    Tokens t = tokens("the Russia-Ukraine war and U.S.-China talks", "the", "Russia-Ukraine",
        "war", "and", "U.S.-China", "talks").splitNameCompounds(listed::contains, p -> false);

    assertThat(t.words()).containsExactly("the", "Russia", "-", "Ukraine", "war", "and", "U.S.",
        "-", "China", "talks");
    assertThat(t.starts()).containsExactly(0, 4, 10, 11, 19, 23, 27, 31, 32, 38);
    assertThat(t.ends()).containsExactly(3, 10, 11, 18, 22, 26, 31, 32, 37, 43);
    assertThat(t.pos()).containsExactly("X0", "PROPN", "PUNCT", "PROPN", "X2", "X3", "PROPN",
        "PUNCT", "PROPN", "X5");
  }

  @Test
  void splitNameCompounds_enDashAndSlash_splitToo() {
    java.util.Set<String> listed = java.util.Set.of("Russia", "Ukraine", "US", "China");
    Tokens t = tokens("Russia–Ukraine and US/China", "Russia–Ukraine", "and", "US/China")
        .splitNameCompounds(listed::contains, p -> false);

    assertThat(t.words()).containsExactly("Russia", "–", "Ukraine", "and", "US", "/", "China");
    assertThat(t.starts()).containsExactly(0, 6, 7, 15, 19, 21, 22);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      // a listed whole, an unlisted part, a lowercase part, a longer name after it
      "Guinea-Bissau", "Russia-Okafor", "Russia-based", "Russia-Ukraine Council"})
  void splitNameCompounds_wholeNamesUnlistedPartsAndLongerNames_stayWhole(String text) {
    java.util.Set<String> listed = java.util.Set.of("Russia", "Ukraine", "Guinea",
        "Guinea-Bissau", "Bissau");
    String[] cut = text.split(" ");
    Tokens t = tokens(text, cut).splitNameCompounds(listed::contains, p -> false);

    assertThat(t.words()).containsExactly(cut);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
      // places joined by a hyphen are one place's name
      "the landgrave of Hesse-Kassel; the|landgrave|of|Hesse-Kassel",
      "troops from Brunswick-Kassel marched; troops|from|Brunswick-Kassel|marched",
      // a route or a relation between them, a country in it: the names apart, as before
      "the Hesse-Kassel railway; the|Hesse|-|Kassel|railway",
      "the Brunswick-Kassel border; the|Brunswick|-|Kassel|border",
      "the Russia-Hesse talks; the|Russia|-|Hesse|talks",
      "the Russia-Ukraine war; the|Russia|-|Ukraine|war",
      "Kassel-Ukraine; Kassel|-|Ukraine",
  })
  void splitNameCompounds_placesJoinedByAHyphen_areOnePlaceButARouteOrACountrySplits(
      String text, String expected) {
    java.util.Set<String> listed = java.util.Set.of("Russia", "Ukraine", "Hesse", "Kassel",
        "Brunswick");
    java.util.Set<String> places = java.util.Set.of("Hesse", "Kassel", "Brunswick");
    Tokens t = tokens(text, text.split(" ")).splitNameCompounds(listed::contains,
        places::contains);

    assertThat(t.words()).containsExactly(expected.split("\\|"));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
      // an en dash, or a route after a hyphen, marks a relation: one listed name is enough
      "the Kassel–Bebra railway; the|Kassel|–|Bebra|railway",
      "the Okafor–Kassel rally; the|Okafor|–|Kassel|rally",
      "the Kassel-Bebra line; the|Kassel|-|Bebra|line",
      // an en dash and a route: names no list knows
      "the Okafor–Bebra railway; the|Okafor|–|Bebra|railway",
      // a way only places end, after a hyphen: names no list knows too
      "the Okafor-Bebra railway; the|Okafor|-|Bebra|railway",
      "the Okafor-Bebra pipeline; the|Okafor|-|Bebra|pipeline",
      // no listed name and one mark, a hyphen without a route, a lower-case part: whole
      "the Okafor–Bebra film; the|Okafor–Bebra|film",
      "the Okafor-Bebra rally; the|Okafor-Bebra|rally",
      "Kassel-Bebra said; Kassel-Bebra|said",
      "the Kassel–based firm; the|Kassel–based|firm",
  })
  void splitNameCompounds_relationWithOneListedName_isSplit(String text, String expected) {
    java.util.Set<String> listed = java.util.Set.of("Kassel");
    Tokens t = tokens(text, text.split(" ")).splitNameCompounds(listed::contains, p -> false);

    assertThat(t.words()).containsExactly(expected.split("\\|"));
  }

  @Test
  void of_noTokens_empty() {
    Tokens t = Tokens.of("", List.of());

    assertThat(t.words()).isEmpty();
    assertThat(t.starts()).isEmpty();
  }
}
