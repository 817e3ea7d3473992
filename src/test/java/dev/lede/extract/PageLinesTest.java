package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link PageLines}: blank lines, edge spaces and the joining of hard-wrapped lines. */
final class PageLinesTest {

  /** 40 chars, no sentence end: the shortest line a soft-wrapped paragraph may continue. */
  private static final String FORTY = "The ferry crossed the bay twice on Monda";

  /** 39 chars, no sentence end. */
  private static final String THIRTY_NINE = "The ferry crossed the bay twice on Mond";

  @Test
  void of_blankLinesAndEdgeSpaces_areDropped() {
    assertThat(PageLines.of("\u00a0 First line\u200b\r\n\t\r\n\uFEFFSecond line\u2007\u202f\n\n"))
        .containsExactly("First line", "Second line");
  }

  @Test
  void of_lineOfFortyCharsWithoutSentenceEnd_isContinuedByALowerCaseLine() {
    assertThat(FORTY).hasSize(40);
    assertThat(PageLines.of(FORTY + "\ny and back.")).containsExactly(FORTY + " y and back.");
  }

  @Test
  void of_lineUnderFortyChars_isNotContinued() {
    assertThat(THIRTY_NINE).hasSize(39);
    assertThat(PageLines.of(THIRTY_NINE + "\nay and back."))
        .containsExactly(THIRTY_NINE, "ay and back.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the previous line ends a sentence, is cut short, or the next starts in upper case
      "The ferry crossed the bay twice on Monday.|and back.",
      "The ferry crossed the bay twice on Monday...|and back.",
      "The ferry crossed the bay twice on Monday…|and back.",
      "The ferry crossed the bay twice on Monday|And back.",
      "The ferry crossed the bay twice on Monday|42 times."})
  void of_lineThatCannotBeContinued_staysApart(String first, String second) {
    assertThat(PageLines.of(first + "\n" + second)).containsExactly(first, second);
  }

  @Test
  void of_blankLineBetween_neverJoins() {
    assertThat(PageLines.of(FORTY + "\n\ny and back.")).containsExactly(FORTY, "y and back.");
  }

  /** Wire copy wrapped at 60 chars: every line runs into the next one. */
  private static final String WIRE = String.join("\n",
      "The harbour board said on Tuesday that it would raise fees",
      "for berths by four percent from April, the first rise since",
      "the storm, to pay for dredging.",
      "Carriers said they would respond within thirty days of the",
      "plan being published in full.");

  @Test
  void of_textWrappedAtFixedWidth_joinsLinesAndSplitsAfterShortLastLine() {
    // "the storm, to pay for dredging." is 31 chars, under 0.7 x 60: it ends its paragraph,
    // and the next line starts a new one though it does not start in lower case.
    assertThat(PageLines.of(WIRE)).containsExactly(
        "The harbour board said on Tuesday that it would raise fees for berths by four percent "
            + "from April, the first rise since the storm, to pay for dredging.",
        "Carriers said they would respond within thirty days of the plan being published in "
            + "full.");
  }

  @Test
  void of_wrappedTextWithSentenceEndAtSeventyPercentOfTheWidth_runsOn() {
    // Wrapped at 60 chars: a sentence that ends at 42 (0.7 x 60) does not end the paragraph.
    String text = String.join("\n",
        "The harbour board said on Tuesday it would raise the fees it",
        "charges for berths by four percent in May.",
        "Carriers said they would respond within thirty days of the",
        "plan being published in full.");
    assertThat(text.lines().map(String::length).toList()).containsExactly(60, 42, 58, 29);
    assertThat(PageLines.of(text)).containsExactly(
        "The harbour board said on Tuesday it would raise the fees it charges for berths by four "
            + "percent in May. Carriers said they would respond within thirty days of the plan "
            + "being published in full.");
  }

  @Test
  void of_wrappedTextWithSentenceEndUnderSeventyPercent_startsAParagraph() {
    String text = String.join("\n",
        "The harbour board said on Tuesday it would raise the fees it",
        "charges for berths by two percent in May.",
        "Carriers said they would respond within thirty days of the",
        "plan being published in full.");
    assertThat(text.lines().toList().get(1)).hasSize(41);
    assertThat(PageLines.of(text)).containsExactly(
        "The harbour board said on Tuesday it would raise the fees it charges for berths by two "
            + "percent in May.",
        "Carriers said they would respond within thirty days of the plan being published in "
            + "full.");
  }

  @Test
  void of_wrappedTextIndentedAfterSentenceEnd_startsAParagraph() {
    String text = String.join("\n",
        "The harbour board said on Tuesday that it would raise fees",
        "for berths by four percent from April, the first rise yet.",
        "  carriers said they would respond within thirty days of the",
        "plan being published in full.");
    assertThat(PageLines.of(text)).containsExactly(
        "The harbour board said on Tuesday that it would raise fees for berths by four percent "
            + "from April, the first rise yet.",
        "carriers said they would respond within thirty days of the plan being published in "
            + "full.");
  }

  @Test
  void of_wrappedTextLineStartingWithAQuote_startsAParagraph() {
    String text = String.join("\n",
        "The harbour board said on Tuesday that it would raise fees",
        "for berths by four percent from April, the first rise yet.",
        "\"Carriers will respond within thirty days,\" said one of the",
        "owners of the largest fleet in the port.");
    assertThat(PageLines.of(text)).containsExactly(
        "The harbour board said on Tuesday that it would raise fees for berths by four percent "
            + "from April, the first rise yet.",
        "\"Carriers will respond within thirty days,\" said one of the owners of the largest "
            + "fleet in the port.");
  }

  @Test
  void of_wrappedTextShortLineWithoutSentenceEnd_isNotContinued() {
    // A title of 24 chars over wrapped text: not part of the paragraph below it.
    String title = "HARBOUR BOARD RAISES FEE";
    assertThat(title).hasSize(24);
    assertThat(PageLines.of(title + "\n" + WIRE).get(0)).isEqualTo(title);
    String longer = "HARBOUR BOARD RAISES FEES";
    assertThat(PageLines.of(longer + "\n" + WIRE).get(0))
        .startsWith(longer + " The harbour board said");
  }

  @Test
  void of_oneLineLongerThanAHundredChars_isNoWrappedText() {
    // Wrapped, a line that starts in upper case continues the line before; not wrapped, it
    // does not. The longest line decides: 100 chars may be wrapped text, 101 not.
    String text = "The harbour board said on Tuesday that it would raise fees\n"
        + "Berths rise by four percent in April, the first rise since\n"
        + "the storm.\n\n";
    String hundred = "x".repeat(100);
    String hundredAndOne = "x".repeat(101);
    assertThat(PageLines.of(text + hundred)).containsExactly(
        "The harbour board said on Tuesday that it would raise fees Berths rise by four percent "
            + "in April, the first rise since the storm.", hundred);
    assertThat(PageLines.of(text + hundredAndOne)).containsExactly(
        "The harbour board said on Tuesday that it would raise fees",
        "Berths rise by four percent in April, the first rise since the storm.", hundredAndOne);
  }

  @Test
  void of_textWithUnderHalfItsLinesRunningOn_isNoWrappedText() {
    // Two of five lines run into the next line: under half, so lines join only softly (lower
    // case after a long line without a sentence end).
    String text = "The harbour board said on Tuesday that it would raise fees\n"
        + "Fees for berths rise by four percent from April, it said\n"
        + "in a statement.\n\nA short line\n\nAnother short line\n";
    assertThat(PageLines.of(text)).containsExactly(
        "The harbour board said on Tuesday that it would raise fees",
        "Fees for berths rise by four percent from April, it said in a statement.",
        "A short line", "Another short line");
  }

  @Test
  void of_textWithHalfItsLinesRunningOn_isWrapped() {
    // Two of four: half, so the text is wrapped and the upper-case line continues.
    String text = "The harbour board said on Tuesday that it would raise fees\n"
        + "Fees for berths rise by four percent from April, it said\n"
        + "in a statement.\n\nA short line\n";
    assertThat(PageLines.of(text)).containsExactly(
        "The harbour board said on Tuesday that it would raise fees Fees for berths rise by "
            + "four percent from April, it said in a statement.", "A short line");
  }

  @Test
  void of_lineOfTwentyFiveCharsRunningOn_countsTowardsWrappedText() {
    // Two of four lines run on, the second of them 25 chars long: the text is wrapped.
    String text = "The harbour board said on Tuesday that it would raise fees\n"
        + "Ferries run every hour on\nweekdays\n\nsundays too\n";
    assertThat(PageLines.of(text)).containsExactly(
        "The harbour board said on Tuesday that it would raise fees Ferries run every hour on "
            + "weekdays", "sundays too");
  }

  @Test
  void of_lineOfTwentyFourCharsRunningOn_doesNotCountTowardsWrappedText() {
    String text = "The harbour board said on Tuesday that it would raise fees\n"
        + "Ferries run every hour o\nweekdays\n\nsundays too\n";
    assertThat(PageLines.of(text)).containsExactly(
        "The harbour board said on Tuesday that it would raise fees",
        "Ferries run every hour o", "weekdays", "sundays too");
  }
}
