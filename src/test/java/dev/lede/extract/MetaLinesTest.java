package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      // Drupal's "Submitted by NAME on DATE", its user names in lower case too
      "Submitted by Martha Greaves on May 9, 2023|Martha Greaves|2023-05-09",
      "Submitted by mgreaves on Wed, 05/08/2024 - 14:22|mgreaves|2024-05-08",
      "Posted by Harriet Okafor on March 14, 2023|Harriet Okafor|2023-03-14",
      "By Harriet Okafor on 14 March 2023|Harriet Okafor|2023-03-14",
      // dates in figures: a part over 12 is the day; else a weekday that fits one reading
      "By Harriet Okafor • 03/14/2023|Harriet Okafor|2023-03-14",
      "Posted: 14.03.2023|NULL|2023-03-14",
      "14/03/2023|NULL|2023-03-14",
      "Mon, 05/08/2024|NULL|2024-08-05",
      "05/08/2024|NULL|NULL",
      // a job title after the names, however many words they take
      "By Harriet Okafor and Tomas Reyes, Valley Weekly Staff Writers|Harriet Okafor and Tomas Reyes|NULL",
      "Harriet Okafor, Staff Writer|Harriet Okafor|NULL"})
  void of_bylineAndDateLines(String line, String byline, String date) {
    MetaLines.Meta meta = MetaLines.of(line);
    assertThat(meta).isNotNull();
    assertThat(meta.byline).isEqualTo(byline);
    assertThat(meta.date).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Submitted by the end of the month", "Harriet Okafor, who wrote it",
      "By the pond on a Sunday", "Posted by hand on 3 ways"})
  void of_proseThatLooksLikeABylineLine_isNone(String line) {
    assertThat(MetaLines.of(line)).isNull();
  }
}
