package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class MetaLinesTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Harriet Okafor and Tomas Reyes; Harriet Okafor, Tomas Reyes",
      "Harriet Okafor & Tomas Reyes; Harriet Okafor, Tomas Reyes",
      "Harriet Okafor, Tomas Reyes and Ana Lindqvist; Harriet Okafor, Tomas Reyes, Ana Lindqvist",
      "Harriet Okafor, Tomas Reyes, and Ana Lindqvist; Harriet Okafor, Tomas Reyes, Ana Lindqvist",
      "'Harriet Okafor,Tomas Reyes'; Harriet Okafor, Tomas Reyes",
      "Harriet Okafor and Harriet Okafor; Harriet Okafor",
      // a suffix stays with its name, without the comma that would make it a name of its own
      "Martin Delaney, Jr. and Tomas Reyes; Martin Delaney Jr., Tomas Reyes",
      // words in lower case are no list of names: left as they are
      "Valley Weekly staff and agencies; Valley Weekly staff and agencies",
      "Harriet Okafor; Harriet Okafor"})
  void byline_severalWriters_areJoinedByCommas(String raw, String byline) {
    assertThat(MetaLines.byline(raw)).isEqualTo(byline);
  }
}
