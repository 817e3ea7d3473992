package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One tag and one lemma per written word: words with clitics and hyphenated compounds, which the
 * models' treebank writes otherwise.
 */
final class WrittenWordsTest {

  private static TextProcessor processor;

  @BeforeAll
  static void load() {
    processor = TextProcessor.load();
  }

  @BeforeEach
  void emptyCaches() {
    processor.invalidateCaches();
  }

  private static Token token(AnalyzedText t, String text) {
    return t.tokens().stream().filter(tok -> tok.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void process_noTokenHasAJoinedTagOrLemma() {
    // "worst-hit" was NOUN+PART "worst-h+it", "Portugal's" PROPN+PART "portugal+'s"
    AnalyzedText t = processor.process("The worst-hit region was Portugal's north, where the "
        + "city's mayor said the firm's well-known chief won't resign and it's over.");

    assertThat(t.tokens()).allSatisfy(tok -> {
      assertThat(tok.pos()).doesNotContain("+");
      assertThat(tok.lemma()).doesNotContain("+");
    });
  }

  @Test
  void process_possessive_lemmaIsTheWordWithoutTheClitic() {
    AnalyzedText t = processor.process("Portugal's leaders met the company's board. The "
        + "workers' union and Kenya’s envoy were there.");

    assertThat(token(t, "Portugal's")).extracting(Token::pos, Token::lemma)
        .containsExactly("PROPN", "Portugal");
    assertThat(token(t, "company's")).extracting(Token::pos, Token::lemma)
        .containsExactly("NOUN", "company");
    assertThat(token(t, "workers'")).extracting(Token::pos, Token::lemma)
        .containsExactly("NOUN", "worker");
    assertThat(token(t, "Kenya’s").lemma()).isEqualTo("Kenya");
  }

  @Test
  void process_contraction_takesItsFirstWordsTagAndLemma() {
    AnalyzedText t = processor.process("We won't go, and they can't stay.");

    assertThat(t.tokens()).extracting(Token::text, Token::pos, Token::lemma)
        .contains(tuple("won't", "AUX", "will"), tuple("can't", "AUX", "can"));
  }

  @Test
  void process_hyphenatedCompound_taggedByItsHeadWithItsOwnLemma() {
    AnalyzedText t = processor.process("A well-known chief of the worst-hit town led the "
        + "follow-ups on the state-run firm.");

    assertThat(token(t, "well-known")).extracting(Token::pos, Token::lemma)
        .containsExactly("VERB", "well-known");
    assertThat(token(t, "worst-hit").lemma()).isEqualTo("worst-hit");
    assertThat(token(t, "follow-ups")).extracting(Token::pos, Token::lemma)
        .containsExactly("NOUN", "follow-up");
    assertThat(token(t, "state-run").lemma()).isEqualTo("state-run");
  }

  @Test
  void process_hyphenatedName_keepsItsForm() {
    AnalyzedText t = processor.process("Ocasio-Cortez met the press.");

    assertThat(token(t, "Ocasio-Cortez")).extracting(Token::pos, Token::lemma)
        .containsExactly("PROPN", "Ocasio-Cortez");
  }

  @Test
  void lemma_nameWithPossessive_isTheNameAsWrittenWithoutIt() {
    BinaryOperator<String> model = (word, tag) -> "junk+'s";

    assertThat(WrittenWords.lemma("Guinea-Bissau\u2019s", "Guinea-Bissau's", 7, 15, "PROPN+PART",
        model)).isEqualTo("Guinea-Bissau");
    assertThat(WrittenWords.lemma("Reuters'", "Reuters'", 0, 8, "PROPN", model))
        .isEqualTo("Reuters");
  }

  @Test
  void process_fullWidthWords_taggedAndLemmatisedAsTheirAsciiLetters() {
    // the tagger made every full-width word a NOUN or a VERB, "ｍｉｎｉｓｔｅｒｓ" with the lemma
    // "ｍｉｎｉｓｔｓ", and keywords such as "ａｎｄ ｔｈｅ ｔａｌｋｓ"; "ｗｅｌｌ．" was one token
    String ascii = "The ministers were meeting in Berlin and the talks went well.";
    StringBuilder wide = new StringBuilder();
    ascii.chars().forEach(c -> wide.append(c == ' ' ? ' ' : (char) (c + 0xFEE0)));

    AnalyzedText t = processor.process(wide.toString());

    assertThat(t.tokens()).extracting(Token::pos).containsExactlyElementsOf(
        processor.process(ascii).tokens().stream().map(Token::pos).toList());
    assertThat(t.tokens()).extracting(Token::lemma).containsExactly("the", "minister", "be",
        "meet", "in", "Berlin", "and", "the", "talk", "go", "well", ".");
  }

  @Test
  void process_decomposedAccents_readAsComposed() {
    String composed = "The naïve Zoë rallied São Paulo’s café owners in Curaçao on Monday, and "
        + "the officials of Türkiye said that the talks with the mayor went well.";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

    AnalyzedText nfd = processor.process(decomposed);
    AnalyzedText nfc = processor.process(composed);

    assertThat(nfd.language()).isEqualTo(nfc.language()).isEqualTo("en");
    assertThat(nfd.tokens()).extracting(Token::pos, Token::lemma).containsExactlyElementsOf(
        nfc.tokens().stream().map(tok -> tuple(tok.pos(), tok.lemma())).toList());
  }

  @Test
  void fold_softHyphenAndFullWidth_leftOutAndAscii() {
    assertThat(WrittenWords.fold("plain")).isSameAs("plain");
    assertThat(WrittenWords.fold("Oye\u00ADlaran")).isEqualTo("Oyelaran");
    assertThat(WrittenWords.fold("\uFF2F\uFF07\uFF22")).isEqualTo("O'B");
    assertThat(WrittenWords.fold("\u00AD")).isEqualTo("\u00AD");
  }

  @Test
  void pieces_compound_cutAtHyphensBetweenLettersOrDigits_headIsTheLastPieceWithALetter() {
    WrittenWords.Pieces p = WrittenWords.pieces(
        new String[] {"the", "32-year-old", "COVID-19", "U.S.-led", "2020-21"});

    assertThat(p.words()).containsExactly("the", "32", "-", "year", "-", "old", "COVID", "-",
        "19", "U.S.-led", "2020", "-", "21");
    assertThat(p.head()).containsExactly(0, 5, 6, 9, 12);
    assertThat(p.headStart()).containsExactly(0, 8, 0, 0, 5);
    assertThat(p.headEnd()).containsExactly(3, 11, 5, 8, 7);
  }

  @Test
  void compoundTag_lastPieceAParticle_isTheFirstPiecesTag() {
    WrittenWords.Pieces p = WrittenWords.pieces(new String[] {"a", "sold-out", "follow-up"});
    String[] tags = {"DET", "VERB", "PUNCT", "ADP", "NOUN", "PUNCT", "NOUN"};

    assertThat(WrittenWords.compoundTag(tags, p, 1)).isEqualTo("VERB");
    assertThat(WrittenWords.compoundTag(tags, p, 2)).isEqualTo("NOUN");
    assertThat(WrittenWords.compoundTag(tags, p, 0)).isEqualTo("DET");
  }

  @Test
  void lemma_joinedTagWithoutAWrittenClitic_isTheFirstPartOfTheModelsLemma() {
    BinaryOperator<String> model = (word, tag) -> tag.contains("+") ? "go+to" : "gonna";

    assertThat(WrittenWords.lemma("gonna", "gonna", 0, 5, "VERB+PART", model)).isEqualTo("go");
  }
}
