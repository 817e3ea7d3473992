package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Characters that text copied from the web carries between or after words: zero-width spaces,
 * byte-order marks, NEL line ends, CJK full stops after a Latin word.
 */
final class TextProcessorOddCharsTest {

  private static TextProcessor processor;

  @BeforeAll
  static void load() {
    processor = TextProcessor.load();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200B", "\u200B ", " \u200B", "\uFEFF", " \uFEFF", "\u0085"})
  void process_zeroWidthSpaceByteOrderMarkOrNel_separatesWordsAndIsInNoToken(String space) {
    String body = "Officials in" + space + "Lagos" + space + "said" + space + "Nigeria" + space
        + "was calm.";

    AnalyzedText text = processor.process(body);

    assertThat(text.tokens()).extracting(Token::text)
        .containsExactly("Officials", "in", "Lagos", "said", "Nigeria", "was", "calm", ".");
    assertThat(text.wordCount()).isEqualTo(7);
    assertThat(text.tokens()).allSatisfy(
        t -> assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text()));
  }

  @Test
  void process_byteOrderMarkBeforeTheFirstWord_isInNoToken() {
    AnalyzedText text = processor.process("\uFEFFOkonkwo spoke.");

    assertThat(text.tokens()).extracting(Token::text).containsExactly("Okonkwo", "spoke", ".");
    assertThat(text.tokens().get(0).start()).isEqualTo(1);
  }

  @Test
  void process_cjkFullStopAfterALatinWord_isATokenOfItsOwn() {
    AnalyzedText text = processor.process("会談はLagosで行われた。Officials met in Accra。");

    assertThat(text.tokens()).extracting(Token::text).contains("Lagos", "Accra", "。")
        .doesNotContain("Accra。");
    assertThat(text.sentences()).extracting(Sentence::text)
        .containsExactly("会談はLagosで行われた。", "Officials met in Accra。");
  }

  @Test
  void process_emojiOrBrokenSurrogateAgainstAWord_isCutFromIt() {
    String body = "Okonkwo\uD83D\uDE00 met \uD83C\uDDF3\uD83C\uDDECAmadi in Lagos\u2764\uFE0F and"
        + " Accra\uD83D. Ghana\uDE00 and Kano\uD83D\uDC4D\uD83C\uDFFD agreed at 25\u00B0C.";

    AnalyzedText text = processor.process(body);

    assertThat(text.tokens()).extracting(Token::text).contains("Okonkwo", "\uD83D\uDE00",
        "\uD83C\uDDF3\uD83C\uDDEC", "Amadi", "Lagos", "\u2764\uFE0F", "Accra", "\uD83D", "Ghana",
        "\uDE00", "Kano", "\uD83D\uDC4D\uD83C\uDFFD", "25", "\u00B0C");
    assertThat(text.tokens()).allSatisfy(
        t -> assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text()));
  }

  @Test
  void process_decomposedAccentsAndJoinedEmoji_stayInTheirToken() {
    // text from macOS or some CMSs writes "Café" as "Cafe" + U+0301: the model cut the accent
    // off as a token of its own
    String body = "The Cafe\u0301 in Zu\u0308rich and Se\u0301amus O\u0301 Briain\u0301 met "
        + "Okafor \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 and Ade\u0300 "
        + "Kano\uD83D\uDC4D\uD83C\uDFFD today.";

    AnalyzedText text = processor.process(body);

    assertThat(text.tokens()).extracting(Token::text).containsExactly("The", "Cafe\u0301", "in",
        "Zu\u0308rich", "and", "Se\u0301amus", "O\u0301", "Briain\u0301", "met", "Okafor",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "and", "Ade\u0300", "Kano",
        "\uD83D\uDC4D\uD83C\uDFFD", "today", ".");
    assertThat(text.tokens()).allSatisfy(t -> assertThat(Character.getType(t.text().charAt(0)))
        .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.ENCLOSING_MARK,
            (int) Character.COMBINING_SPACING_MARK));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200B", "\uFEFF", "\u0085", " \u200B", "\u00A0\uFEFF"})
  void process_invisibleSpaceAfterAFullStop_endsTheSentenceAndIsInNone(String space) {
    // the sentence model read "met.\uFEFF Next" as one sentence, which kept the mark at its edges
    String body = "Officials met in Lagos." + space + "Next steps follow." + space + "Then more."
        + space;

    AnalyzedText text = processor.process(body);

    assertThat(text.sentences()).extracting(Sentence::text)
        .containsExactly("Officials met in Lagos.", "Next steps follow.", "Then more.");
  }

  @Test
  void process_katakanaLongVowelMark_isReadByCharacterNotAWord() {
    // "ー" (U+30FC) and its half-width form have no script of their own: "エネルギー" was a word
    // and four characters, and the mark a NOUN
    AnalyzedText t = processor.process("エネルギーの価格が上がった。ｴﾈﾙｷﾞｰ。");

    assertThat(t.wordCount()).isZero();
    assertThat(t.cjkCharCount()).isEqualTo(19); // 13 + the 6 half-width chars
    assertThat(t.tokens()).filteredOn(tok -> tok.text().equals("ー")).singleElement()
        .extracting(Token::pos).isEqualTo("X");
  }

  @Test
  void process_commaBeforeAClosingSingleQuote_isATokenOfItsOwn() {
    // the model keeps "Wall," whole before a quote (it reads "ll," as "'ll"): the comma then
    // joined the name ("Ada Wall," a person)
    String body = "She sang with ‘Ada Wall,’ then left. He called it 'Tom Hall,' and smiled."
        + " Sales hit 1,200, then 3,4.";

    AnalyzedText text = processor.process(body);

    assertThat(text.tokens()).extracting(Token::text).containsSubsequence("Wall", ",", "’")
        .containsSubsequence("Hall", ",", "'").contains("1,200", "3,4").doesNotContain("Wall,",
            "Hall,");
  }

  @Test
  void process_citationMarkAfterAWord_bracketAndFullStopAreTokensOfTheirOwn() {
    // text copied from an encyclopedia page: the model glued "[" (and a full stop before it) to
    // the word ("al-Rashidi.[", "Moreno["), and the person was found with the bracket in it
    String body = "The army chose Omar al-Rashidi.[2] Then it met Lee.[4] Next came Moreno[3]"
        + " and the town.[12] The U.S.[5] agreed (in part).";

    AnalyzedText text = processor.process(body);

    assertThat(text.tokens()).extracting(Token::text)
        .containsSubsequence("al-Rashidi", ".", "[", "2", "]")
        .containsSubsequence("Lee", ".", "[", "4", "]")
        .containsSubsequence("Moreno", "[", "3", "]")
        .containsSubsequence("town", ".", "[", "12", "]")
        .containsSubsequence("U.S.", "[", "5", "]")
        .containsSubsequence("(", "in", "part", ")", ".");
    assertThat(text.tokens()).extracting(Token::text).noneMatch(t -> t.length() > 1
        && (t.endsWith("[") || t.endsWith("(")));
  }
}
