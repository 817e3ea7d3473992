package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Full stops that end no sentence, or stay in their token, as {@link TextProcessor} reads them
 * (its {@code FullStops} step): a US state's abbreviation after a place, initials the tokenizer
 * splits, month and street abbreviations before a sentence opener.
 */
final class TextProcessorFullStopsTest {

  private static TextProcessor processor;

  @BeforeAll
  static void load() {
    processor = TextProcessor.load();
  }

  @ParameterizedTest
  @ValueSource(strings = {"KESMARK, Calif. (AP) — Officials", "KESMARK, Okla. — Officials",
      "KESMARK, Wash. - Officials", "a Kesmark, Mass., company", "in Kesmark, Tenn. on Monday",
      "KESMARK, N.Y. — Officials", "a Kesmark, N.J., company", "in Kesmark, Tex. on Monday",
      "KESMARK, W.Va. (AP) — Officials"})
  void process_stateAbbreviationAfterAPlace_endsNoSentenceAndKeepsItsStop(String words) {
    AnalyzedText t = processor.process(words + " met on Monday. They left.");

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        words + " met on Monday.", "They left.");
    Matcher abbreviation = Pattern.compile(", ((?:\\p{Lu}\\p{Ll}*\\.)+)").matcher(words);
    assertThat(abbreviation.find()).isTrue();
    String state = abbreviation.group(1);
    assertThat(t.tokens()).extracting(Token::text).contains(state);
    TextProcessorTest.assertOffsetsExact(t);
  }

  @Test
  void process_stateAbbreviationAfterAPlaceAtASentencesEnd_keepsItsStop() {
    AnalyzedText t = processor.process("He lives in Kesmark, Nev. She lives in Dunmore, Tex. "
        + "They met at Mass. Nobody came.");

    // "Nev." as the lists write it, as "U.S." keeps its stop at a sentence's end; a word that is
    // also a state's abbreviation after no place and comma loses it ("Mass" the service)
    assertThat(t.tokens()).extracting(Token::text).containsSubsequence("Kesmark", ",", "Nev.",
        "Dunmore", ",", "Tex.", "at", "Mass", ".");
    TextProcessorTest.assertOffsetsExact(t);
  }

  @Test
  void process_stateAbbreviationBeforeACapital_endsTheSentence() {
    AnalyzedText t = processor.process("He lives in Kesmark, Nev. The town is growing.");

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "He lives in Kesmark, Nev.", "The town is growing.");
  }

  @Test
  void process_monthAbbreviationBeforeACapital_endsTheSentence() {
    AnalyzedText t = processor.process("The vote was held in Jan. Officials left.");

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "The vote was held in Jan.", "Officials left.");
  }

  @Test
  void process_streetAbbreviationBeforeASentenceOpener_endsTheSentence() {
    AnalyzedText t = processor.process("The shop is on Main St. The owner left.");

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "The shop is on Main St.", "The owner left.");
  }

  @Test
  void process_initialsTheTokenizerSplits_areOneTokenInsideASentence() {
    // The tokenizer model keeps "J.", "P." and "W." whole but splits "F." and "D." (and 15 other
    // capitals) into a letter and a full stop: joined again at a sentence's start and inside it,
    // more than once in a sentence.
    AnalyzedText t = processor.process("F. Morgan Hale met Anna F. Price and Tomas D. Brandt in "
        + "Leeds.");

    assertThat(t.tokens()).extracting(Token::text).containsExactly("F.", "Morgan", "Hale", "met",
        "Anna", "F.", "Price", "and", "Tomas", "D.", "Brandt", "in", "Leeds", ".");
    TextProcessorTest.assertOffsetsExact(t);
  }

  @Test
  void process_splitInitialAtTheSentenceEnd_staysALetterAndAFullStop() {
    AnalyzedText t = processor.process("The plan was called Plan B.");

    assertThat(t.tokens()).extracting(Token::text)
        .containsExactly("The", "plan", "was", "called", "Plan", "B", ".");
  }

  @Test
  void process_twoLetterWordAtTheSentenceEnd_losesItsFullStop() {
    // The tokenizer model keeps "DJ." whole; it is no abbreviation.
    AnalyzedText t = processor.process("Her brother works as a DJ.");

    assertThat(t.tokens()).extracting(Token::text)
        .containsExactly("Her", "brother", "works", "as", "a", "DJ", ".");
  }

  @Test
  void process_paragraphTheModelSplitsInTwoAtAnInitial_isOneSentence() {
    // The sentence model ends a sentence after "P.": two sentences, joined again.
    AnalyzedText t = processor.process("It was signed by P. Dorothy Walsh.");

    assertThat(t.sentences()).extracting(Sentence::text)
        .containsExactly("It was signed by P. Dorothy Walsh.");
  }

  @Test
  void process_cjkWordWithoutCjkPunctuation_isSplitIntoCharacters() {
    // The tokenizer model keeps "東京" whole, as it keeps any word of unknown characters.
    AnalyzedText t = processor.process("The talks were held in 東京 on Monday.");

    assertThat(t.tokens()).extracting(Token::text, Token::pos).containsExactly(
        tuple("The", "DET"), tuple("talks", "NOUN"), tuple("were", "AUX"), tuple("held", "VERB"),
        tuple("in", "ADP"), tuple("東", "X"), tuple("京", "X"), tuple("on", "ADP"),
        tuple("Monday", "PROPN"), tuple(".", "PUNCT"));
    TextProcessorTest.assertOffsetsExact(t);
  }

  @Test
  void process_wordSeenAgain_getsTheLemmaOfItsTagFromTheCache() {
    // "left" as a verb and as an adjective in one text: each tag keeps its own lemma.
    assertThat(processor.process("He left by the left door.").tokens())
        .extracting(Token::text, Token::pos, Token::lemma).containsExactly(
            tuple("He", "PRON", "he"), tuple("left", "VERB", "leave"), tuple("by", "ADP", "by"),
            tuple("the", "DET", "the"), tuple("left", "ADJ", "left"),
            tuple("door", "NOUN", "door"), tuple(".", "PUNCT", "."));
    // The second "dogs" is a cache hit.
    assertThat(processor.process("The dogs chased the dogs.").tokens())
        .extracting(Token::lemma).containsExactly("the", "dog", "chase", "the", "dog", ".");
  }

  @Test
  void countWords_wordsHoldALetterOrDigitAndCjkRunsAreNoWords() {
    assertThat(TextProcessor.countWords("one two-three 4 五六 Apple東京 ... —")).isEqualTo(4);
    assertThat(TextProcessor.countCjk("五六 Apple東京 ソウル 서울")).isEqualTo(9);
  }
}
