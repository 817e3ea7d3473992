package dev.lede.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.cli.UsageException;
import dev.lede.entities.EntityRecognizer;
import dev.lede.text.TextProcessor;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SelfLabelsTest {

  private static TextProcessor processor;
  private static EntityRecognizer recognizer;

  @BeforeAll
  static void load() throws Exception {
    processor = TextProcessor.load();
    recognizer = EntityRecognizer.load();
  }

  @Test
  void tags_personCountryAndMinistry_becomeIob2OfTheCoarseTypes() {
    List<String> tokens = List.of("Prime", "Minister", "Halvard", "Brekke", "told", "the",
        "Ministry", "of", "Finance", "of", "Norway", "on", "Monday", ".");
    assertThat(SelfLabels.tags(tokens, processor, recognizer)).containsExactly("O", "O",
        "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O");
  }

  @Test
  void tags_sentenceWithoutNames_allOutside() {
    List<String> tokens = List.of("Prices", "rose", "again", "in", "March", ".");
    assertThat(SelfLabels.tags(tokens, processor, recognizer)).containsOnly("O");
  }

  @Test
  void range_fromAndTo_twoNumbers() throws Exception {
    assertThat(ExportNerCommand.range("12000:40000")).containsExactly(12000, 40000);
    assertThat(ExportNerCommand.range("7:7")).containsExactly(7, 7);
    assertThat(ExportNerCommand.range(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"40000:12000", "12000", "a:b", "1:2:3", ":5", "-1:5", ""})
  void range_notFromColonTo_usageErrorNamingTheOption(String option) {
    assertThatThrownBy(() -> ExportNerCommand.range(option)).isInstanceOf(UsageException.class)
        .hasMessageContaining("--self-labelled-gmb").hasMessageContaining("'" + option + "'");
  }
}
