package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.text.AnalyzedText;
import dev.lede.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FoldedTextTest {

  private static AnalyzedText process(String body) {
    return StageFixtures.processor().process(body);
  }

  @Test
  void fold_fullWidthLettersDigitsAndJoiners_areAsciiCharForChar() {
    String text = "\uFF2F\uFF07\uFF22\uFF52\uFF49\uFF45\uFF4E\u3000\uFF11\uFF19\uFF18\uFF14";

    String folded = FoldedText.fold(text);

    assertThat(folded).isEqualTo("O'Brien 1984").hasSameSizeAs(text);
  }

  @Test
  void fold_chinesePunctuationAndPlainText_stayAsTheyAre() {
    String chinese = "\u5317\u4EAC\uFF0C\u4E0A\u6D77\uFF01\uFF08\u6CE8\uFF09";
    String plain = "Margaret Oyelaran, 42.";

    assertThat(FoldedText.fold(chinese)).isSameAs(chinese);
    assertThat(FoldedText.fold(plain)).isSameAs(plain);
  }

  @Test
  void of_textWithFullWidthLetters_keepsEveryOffset() {
    AnalyzedText text = process("Met \uFF2A\uFF4F\uFF48\uFF4E today.");

    AnalyzedText folded = FoldedText.of(text).text();

    assertThat(folded.body()).isEqualTo("Met John today.");
    assertThat(folded.tokens()).extracting(t -> t.start() + ":" + t.end())
        .isEqualTo(text.tokens().stream().map(t -> t.start() + ":" + t.end()).toList());
    assertThat(folded.tokens().get(1).text()).isEqualTo("John");
  }

  @Test
  void of_textWithNothingToFold_isTheSameText() {
    AnalyzedText text = process("Met John today.");
    List<Entity> entities = List.of();

    FoldedText folded = FoldedText.of(text);

    assertThat(folded.text()).isSameAs(text);
    assertThat(folded.inOriginal(entities, text.body())).isSameAs(entities);
  }

  @Test
  void of_combiningAccentsAndSoftHyphens_composedAndMappedBack() {
    // "Türkiye" with a separate diaeresis, "Oyelaran" with a soft hyphen inside
    String body = "Tu\u0308rkiye and Oye\u00ADlaran met.";
    AnalyzedText text = process(body);

    FoldedText folded = FoldedText.of(text);

    assertThat(folded.text().body()).isEqualTo("Türkiye and Oyelaran met.");
    assertThat(folded.text().tokens()).extracting(Token::text)
        .contains("Türkiye", "Oyelaran");
    Entity oyelaran = new Entity(EntityType.PERSON, "Oyelaran", null, 0.5,
        List.of(new Mention(12, 20, "Oyelaran")));
    Entity turkiye = new Entity(EntityType.COUNTRY, "Türkiye", "TR", 0.5,
        List.of(new Mention(0, 7, "Türkiye")));
    assertThat(folded.inOriginal(List.of(turkiye, oyelaran), body))
        .flatExtracting(Entity::mentions)
        .containsExactly(new Mention(0, 8, "Tu\u0308rkiye"), new Mention(13, 22,
            "Oye\u00ADlaran"));
  }

  @Test
  void of_tokenOfASoftHyphenAlone_leftUncomposed() {
    String body = "A \u00AD Tu\u0308rkiye met.";

    AnalyzedText read = FoldedText.of(process(body)).text();

    assertThat(read.body()).isEqualTo(body); // the token would be empty
  }

  @Test
  void of_markWithoutALetterBeforeIt_staysAsItIs() {
    AnalyzedText read = FoldedText.of(process("\u0301 Tu\u0308rkiye met.")).text();

    assertThat(read.body()).isEqualTo("\u0301 T\u00fcrkiye met.");
    assertThat(read.tokens()).extracting(Token::text).startsWith("\u0301", "T\u00fcrkiye");
  }
}
