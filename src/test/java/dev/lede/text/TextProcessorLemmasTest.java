package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lemmas the English lemmatizer cannot give: of figures, of nouns whose plural is not the
 * singular plus "s", and of words of other languages.
 */
final class TextProcessorLemmasTest {

  private static TextProcessor processor;

  @BeforeAll
  static void load() {
    processor = TextProcessor.load();
  }

  @Test
  void process_figures_areTheirOwnLemmas() {
    AnalyzedText t = processor.process("Prices rose to $1,234.56 from 2,500.75, and 1,000,000 "
        + "people paid 3.14 euros in 2024.");

    assertThat(t.tokens()).filteredOn(tok -> tok.pos().equals("NUM"))
        .extracting(Token::text, Token::lemma).containsExactly(tuple("1,234.56", "1,234.56"),
            tuple("2,500.75", "2,500.75"), tuple("1,000,000", "1,000,000"),
            tuple("3.14", "3.14"), tuple("2024", "2024"));
  }

  @Test
  void process_anotherLanguage_lemmasAreTheWordsInLowerCase() {
    // the English lemmatizer made "el" "elrcastagnola@enron_development", "lunes" "lune",
    // "criticó" "critic"
    AnalyzedText t = processor.process("El ayuntamiento anunció el lunes un nuevo horario para "
        + "el tranvía. La oposición criticó los planes del ayuntamiento.");

    assertThat(t.language()).isEqualTo("es");
    assertThat(t.tokens()).allSatisfy(
        tok -> assertThat(tok.lemma()).isEqualTo(tok.text().toLowerCase(Locale.ROOT)));
  }

  @ParameterizedTest
  @CsvSource({
      // the statistical lemmatizer gave "crise", "these", "hypothese", "measle", "physic",
      // "diabete", "athletic": a noun's final "s" is not always a plural's
      "The crises deepened after the elections., crises, crisis",
      "Their theses were long., theses, thesis",
      "Two hypotheses were tested., hypotheses, hypothesis",
      "Cases of measles rose in the city., measles, measles",
      "Physics is hard for many pupils., Physics, physics",
      "Many adults have diabetes now., diabetes, diabetes",
      "She coached athletics for years., athletics, athletics",
      "The news was good for the team., news, news"})
  void process_nounsWhoseFinalSIsNoPlural_haveTheirDictionaryLemma(String text, String word,
      String lemma) {
    AnalyzedText t = processor.process(text);

    assertThat(t.tokens()).filteredOn(tok -> tok.text().equals(word))
        .extracting(Token::pos, Token::lemma).containsExactly(tuple("NOUN", lemma));
  }

  @Test
  void process_regularPlurals_keepTheModelsLemma() {
    AnalyzedText t = processor.process("The rivers and the cases were seen by the judges.");

    assertThat(t.tokens()).filteredOn(tok -> tok.pos().equals("NOUN"))
        .extracting(Token::lemma).containsExactly("river", "case", "judge");
  }
}
