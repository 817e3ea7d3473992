package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class OccurrencesTest {

  /** Pieces that put names next to letters, digits, hyphens, quotes and whitespace of all kinds. */
  private static final String[] PIECES = {"Lantern", "Lanterns", "lantern", " ", "  ", "\n", "\t",
      "-", "'", "’", "s", "x", "7", ".", ",", "The ", "the ", "Mr", "Mr.", "Dame", "the late",
      "\u00a0", "é", "Ω"};

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(14);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static List<Integer> byFind(Pattern pattern, String text, int from) {
    List<Integer> starts = new ArrayList<>();
    Matcher m = pattern.matcher(text).useTransparentBounds(true);
    m.region(from, text.length());
    while (m.find()) {
      starts.add(m.start());
    }
    return starts;
  }

  private static List<Integer> byNext(Pattern pattern, String text, String literal, int from) {
    List<Integer> starts = new ArrayList<>();
    Matcher m = Occurrences.matcher(pattern, text);
    for (int at = Occurrences.next(text, literal, m, from); at >= 0;
        at = Occurrences.next(text, literal, m, m.end())) {
      starts.add(at);
    }
    return starts;
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\bLantern\\b", "(?<![\\p{L}\\p{N}'’-])Lantern(?![\\p{L}\\p{N}-])",
      "(?<!\\p{L})Lantern(?!\\p{L})", "Lantern\\b(?!\\s+\\p{Lu})"})
  void next_givesWhatAScanOfTheWholeTextGives(String regex) {
    Pattern pattern = Pattern.compile(regex);
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random);
      int from = text.isEmpty() ? 0 : random.nextInt(text.length());
      assertThat(byNext(pattern, text, "Lantern", from)).as("%s in [%s] from %d", regex, text, from)
          .isEqualTo(byFind(pattern, text, from));
    }
  }

  @Test
  void next_findsEachWholeWordOnly() {
    Pattern word = Pattern.compile("\\bLantern\\b");
    String text = "Lantern said Lanterns and Lantern's Lantern-made Lantern";

    assertThat(byNext(word, text, "Lantern", 0)).containsExactly(0, 26, 36, 49);
    assertThat(byNext(word, text, "Lantern", 1)).containsExactly(26, 36, 49);
  }

  @Test
  void next_emptyLiteral_throws() {
    Matcher m = Occurrences.matcher(Pattern.compile("x"), "text");

    assertThatThrownBy(() -> Occurrences.next("text", "", m, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("literal");
  }

  @Test
  void endsAt_givesWhatAScanOfTheWholeTextGives() {
    Pattern before = Pattern.compile("\\b(?:the\\s+late|Mr|Mrs|Dame)\\.?\\s+\\z");
    Pattern whole = Pattern.compile("\\b(?:the\\s+late|Mr|Mrs|Dame)\\.?\\s+Lantern");
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random);
      boolean scanned = whole.matcher(text).find();
      boolean atEach = false;
      Matcher m = Occurrences.matcher(before, text);
      for (int at = text.indexOf("Lantern"); at >= 0; at = text.indexOf("Lantern", at + 1)) {
        atEach |= Occurrences.endsAt(text, m, at, "Dame.".length());
      }
      assertThat(atEach).as("[%s]", text).isEqualTo(scanned);
    }
  }

  @Test
  void endsAt_twoWordsWithRunsOfWhitespace() {
    Matcher m = Occurrences.matcher(Pattern.compile("\\bthe\\s+late\\s+\\z"), "");
    String text = "by the \n\t late \n Lantern";
    m.reset(text);

    assertThat(Occurrences.endsAt(text, m, text.indexOf("Lantern"), 5)).isTrue();
    assertThat(Occurrences.endsAt("the lateLantern", m.reset("the lateLantern"), 8, 5)).isFalse();
  }

  @Test
  void spacesBefore_stopsAtTheFirstCharThatIsNoPatternWhitespace() {
    assertThat(Occurrences.spacesBefore("a \t\n b", 5)).isEqualTo(1);
    assertThat(Occurrences.spacesBefore("a\u00a0 b", 3)).isEqualTo(2);
    assertThat(Occurrences.spacesBefore("ab", 2)).isEqualTo(2);
    assertThat(Occurrences.spacesBefore("  ", 2)).isZero();
  }
}
