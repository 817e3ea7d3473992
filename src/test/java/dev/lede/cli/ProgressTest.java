package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong clock = new AtomicLong();

  private Progress progress(Progress.Mode mode, Duration interval) {
    return new Progress(err, mode, "lede index", "articles", clock::get, interval);
  }

  private String written() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void line_knownTotal_showsDoneTotalRateAndEta() {
    try (Progress p = progress(Progress.Mode.QUIET, Duration.ofHours(1))) {
      // 1,200 of 19,043 in 14.1 s: 85.1/s, 17,843 left at that rate = 209.7 s
      assertThat(p.line(1_200, 19_043, 14_100_000_000L))
          .isEqualTo("lede index: 1,200/19,043 articles (6%), 85.1 articles/s, ETA 3m 30s");
    }
  }

  @Test
  void line_unknownTotal_showsDoneAndRateOnly() {
    try (Progress p = progress(Progress.Mode.QUIET, Duration.ofHours(1))) {
      assertThat(p.line(500, -1, 2_000_000_000L))
          .isEqualTo("lede index: 500 articles, 250.0 articles/s");
    }
  }

  @Test
  void line_nothingDoneYet_etaUnknown() {
    try (Progress p = progress(Progress.Mode.QUIET, Duration.ofHours(1))) {
      assertThat(p.line(0, 10, 0)).isEqualTo(
          "lede index: 0/10 articles (0%), 0.0 articles/s, ETA unknown");
    }
  }

  @ParameterizedTest
  @CsvSource({"0, 0s", "59, 59s", "60, 1m 00s", "185, 3m 05s", "3599, 59m 59s",
      "3600, 1h 00m", "7620, 2h 07m"})
  void duration_formats(long seconds, String expected) {
    assertThat(Progress.duration(seconds)).isEqualTo(expected);
  }

  @Test
  void lines_printsWholeLinesOnTheInterval() throws Exception {
    try (Progress p = progress(Progress.Mode.LINES, Duration.ofMillis(20))) {
      p.total(4);
      clock.set(2_000_000_000L);
      p.advance(2);
      Thread.sleep(200);
    }
    String out = written();
    assertThat(out).doesNotContain("\r").contains(
        "lede index: 2/4 articles (50%), 1.0 articles/s, ETA 2s\n");
  }

  @Test
  void terminal_redrawsOneLineAndEndsIt() {
    try (Progress p = progress(Progress.Mode.TERMINAL, Duration.ofHours(1))) {
      p.total(3);
      clock.set(1_000_000_000L);
      p.advance(1);
      p.draw();
      p.message("lede index: a.txt: binary input");
      p.advance(2);
      p.draw();
    }
    String out = written();
    assertThat(out).startsWith("\rlede index: 1/3 articles (33%), 1.0 articles/s, ETA 2s");
    // the message wipes the progress line first, then the line is drawn again below it
    assertThat(out).contains("\r" + " ".repeat(54) + "\rlede index: a.txt: binary input\n");
    assertThat(out).endsWith("\rlede index: 3/3 articles (100%), 3.0 articles/s, ETA 0s\n");
  }

  @Test
  void quiet_printsNothingButMessages() {
    try (Progress p = progress(Progress.Mode.QUIET, Duration.ofMillis(1))) {
      p.total(3);
      p.advance(3);
      p.draw();
      p.message("lede index: b.txt: not UTF-8");
    }
    assertThat(written()).isEqualTo("lede index: b.txt: not UTF-8\n");
  }
}
