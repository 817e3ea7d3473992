package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class NameWordsTest {

  @Test
  void isShouted_fourCapitalsOrMore() {
    assertThat(NameWords.isShouted("KYIV")).isTrue();
    assertThat(NameWords.isShouted("BRUSSELS")).isTrue();
    assertThat(NameWords.isShouted("NATO")).isTrue();
    assertThat(NameWords.isShouted("UAE")).isFalse();
    assertThat(NameWords.isShouted("Kyiv")).isFalse();
  }

  @Test
  void singleSpaced_collapsesEveryKindOfWhiteSpace() {
    assertThat(NameWords.singleSpaced("United \n\u00a0 Nations")).isEqualTo("United Nations");
    assertThat(NameWords.singleSpaced("Oslo")).isEqualTo("Oslo");
  }

  @Test
  void isCap_capitalOrAnyLetterInASentenceOfCapitals() {
    assertThat(NameWords.isCap("Oslo", false)).isTrue();
    assertThat(NameWords.isCap("oslo", false)).isFalse();
    assertThat(NameWords.isCap("oslo", true)).isTrue();
    assertThat(NameWords.isCap("1990s", true)).isFalse();
    assertThat(NameWords.isCap("", true)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"al-Qaeda, true", "el-Sisi, true", "al-qaeda, false", "Al-Qaeda, false",
      "-Qaeda, false", "al-, false", "alqaeda, false"})
  void isLowerPrefixed_lowercasePrefixHyphenCapital(String word, boolean expected) {
    assertThat(NameWords.isLowerPrefixed(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"U.S.-led, true", "Singapore-based, true", "Hamas-ruled, true",
      "Russian-speaking, true", "Soviet-era, true", "EU-wide, true", "Kremlin-run, true",
      "British-born, true", "Jong-un, false", "Jae-in, false", "Ing-wen, false",
      "Coot-tha, false", "Co-operative, false", "Al-Nassr, false", "al-Qaida, false",
      "Xiao-ping, false"})
  void attributive_nameHyphenParticipleOrAdjectiveWord(String word, boolean expected) {
    assertThat(NameWords.ATTRIBUTIVE.matcher(word).matches()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"southern, true", "based, true", "von, false", "Van, false", "al-Qaida, false",
      "eBay, false", "Oslo, false", "x, true"})
  void isPlainLower_lowercaseWordThatIsNoParticle(String word, boolean expected) {
    assertThat(NameWords.isPlainLower(word)).isEqualTo(expected);
  }

  @Test
  void isPlainLower_empty_isFalse() {
    assertThat(NameWords.isPlainLower("")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"'s", "’s", "'S", "’S", "'", "’"})
  void isPossessive_apostropheWithOrWithoutS(String w) {
    assertThat(NameWords.isPossessive(w)).isTrue();
  }

  @Test
  void isPossessive_otherWords_areNot() {
    assertThat(NameWords.isPossessive("s")).isFalse();
    assertThat(NameWords.isPossessive("'d")).isFalse();
  }

  @Test
  void isAnd_andOrOr() {
    assertThat(NameWords.isAnd("and")).isTrue();
    assertThat(NameWords.isAnd("or")).isTrue();
    assertThat(NameWords.isAnd("nor")).isFalse();
  }

  @Test
  void hasLetterOrDigit() {
    assertThat(NameWords.hasLetterOrDigit("1990")).isTrue();
    assertThat(NameWords.hasLetterOrDigit("--")).isFalse();
    assertThat(NameWords.hasLetterOrDigit("(a)")).isTrue();
  }

  @Test
  void isTitleCase_nineInTenLetteredWordsCapitalised_andAtLeastFour() {
    assertThat(NameWords.isTitleCase("Storm Hits Coast Of Nice".split(" "))).isTrue();
    assertThat(NameWords.isTitleCase("Storm hits the coast of Nice".split(" "))).isFalse();
    assertThat(NameWords.isTitleCase("Storm Hits Nice".split(" "))).isFalse();
    assertThat(NameWords.isTitleCase("Storm Hits Nice , 2 Dead".split(" "))).isTrue();
    // 9 of 10 capitalised is enough, 8 of 9 is not
    assertThat(NameWords.isTitleCase(
        "One Two Three Four Five Six Seven Eight Nine ten".split(" "))).isTrue();
    assertThat(NameWords.isTitleCase(
        "One Two Three Four Five Six Seven Eight nine".split(" "))).isFalse();
  }

  @Test
  void isHeadlineCase_shortFunctionWordsAside() {
    assertThat(NameWords.isHeadlineCase(
        "Okafor Meets Lin in Bergen as Tensions Ease".split(" "))).isTrue();
    assertThat(NameWords.isHeadlineCase(
        "Okafor meets Lin in Bergen as tensions ease".split(" "))).isFalse();
    // too few words to tell
    assertThat(NameWords.isHeadlineCase("Okafor in Bergen".split(" "))).isFalse();
    assertThat(NameWords.isHeadlineCase("Okafor Wins in Bergen , Lin Second".split(" ")))
        .isTrue();
    // a sentence of names ends in a full stop
    assertThat(NameWords.isHeadlineCase(
        "Okafor Joined the Bergen Academy of Arts and Sciences .".split(" "))).isFalse();
  }

  @Test
  void isHeadlineCase_particlesOfNamesAside() {
    assertThat(NameWords.isHeadlineCase(
        "Faisal bin Okafor Hosts Regional Leaders in Bergen".split(" "))).isTrue();
    assertThat(NameWords.isHeadlineCase(
        "Faisal bin Okafor hosts regional leaders in Bergen".split(" "))).isFalse();
  }

  @Test
  void isHeadlineCase_upToTwentyFiveWords() {
    String words25 = "Okafor Meets Lin in Bergen as Tensions Ease Over Harbour Fees , Fishing "
        + "Quotas and Ferry Routes Across the Northern Sea Lanes Once Again Today";
    assertThat(words25.split(" ")).hasSize(25);

    assertThat(NameWords.isHeadlineCase(words25.split(" "))).isTrue();
    assertThat(NameWords.isHeadlineCase((words25 + " Tonight").split(" "))).isFalse();
  }

  @Test
  void isTreasuryNoun_treasuryBeforeAMarketNoun() {
    String[] yields = "Treasury yields rose".split(" ");
    String[] said = "the Treasury said".split(" ");
    String[] last = "bought Treasury".split(" ");
    String[] pos = {"X", "X", "X"};

    assertThat(NameWords.isTreasuryNoun(yields, pos, 0, 1)).isTrue();
    assertThat(NameWords.isTreasuryNoun(said, pos, 1, 2)).isFalse();
    assertThat(NameWords.isTreasuryNoun(last, pos, 1, 2)).isFalse();
    assertThat(NameWords.isTreasuryNoun(yields, pos, 0, 2)).isFalse();
    assertThat(NameWords.isTreasuryNoun(said, pos, 0, 1)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "the late Conrad Palmer left it | true",
      "the  late\\n Conrad Palmer left it | true",
      "a gift from Mr. Conrad Palmer | true",
      "(Dame Conrad Palmer) | true",
      "when Conrad Palmer died | true",
      "Conrad Palmer’s will | true",
      "Conrad Palmer, who founded it | true",
      "the Conrad Palmer Foundation said | false",
      "the late Conrad Palmers said | false",
      "Mr.Conrad Palmer | false",
      "XMr. Conrad Palmer | false",
      "The late Conrad Palmer | false"})
  void saysPerson_onlyWhatOnlyAPersonsNameHasAround(String body, boolean expected) {
    assertThat(NameWords.saysPerson(body.replace("\\n", "\n"), "Conrad Palmer"))
        .isEqualTo(expected);
  }

  @Test
  void saysPerson_anyOccurrenceCounts() {
    String body = "The Conrad Palmer Foundation gave. Later, Conrad Palmer died.";

    assertThat(NameWords.saysPerson(body, "Conrad Palmer")).isTrue();
  }
}
