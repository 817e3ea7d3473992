package dev.lede.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on stderr: done/total (when the total is known), items per second
 * and the time left. On a terminal one line is redrawn in place; otherwise (a log file, a pipe)
 * one line is printed every {@link #LINE_INTERVAL}; {@link Mode#QUIET} prints nothing.
 *
 * <p>Thread-safe: workers call {@link #advance} and {@link #message} at once; a daemon thread
 * draws.
 */
final class Progress implements AutoCloseable {

  /** How progress is shown. */
  enum Mode {
    /** Redraw one line in place ({@code \r}), several times a second. */
    TERMINAL,
    /** Print one line every {@link #LINE_INTERVAL}, for logs. */
    LINES,
    /** Show nothing. */
    QUIET;

    /** The mode for stderr: a terminal when the JVM has a console, lines otherwise. */
    static Mode forStderr(boolean quiet) {
      return quiet ? QUIET : System.console() != null ? TERMINAL : LINES;
    }
  }

  /** Time between two lines when stderr is not a terminal: often enough for a log, not noisy. */
  static final Duration LINE_INTERVAL = Duration.ofSeconds(10);

  /** Time between two redraws on a terminal: smooth to the eye, negligible work. */
  static final Duration REDRAW_INTERVAL = Duration.ofMillis(250);

  private final PrintStream err;
  private final Mode mode;
  private final String label;
  private final String unit;
  private final LongSupplier nanoClock;
  private final long start;
  private final AtomicLong done = new AtomicLong();
  /** The number of items in all, or -1 while unknown. */
  private final AtomicLong total = new AtomicLong(-1);
  private final ScheduledExecutorService ticker;
  private int drawnWidth;
  private boolean closed;

  /**
   * Starts showing progress.
   *
   * @param err where to draw
   * @param mode how
   * @param label the line's prefix ({@code "lede index"})
   * @param unit what is counted, plural ({@code "articles"})
   */
  static Progress start(PrintStream err, Mode mode, String label, String unit) {
    return new Progress(err, mode, label, unit, System::nanoTime,
        mode == Mode.TERMINAL ? REDRAW_INTERVAL : LINE_INTERVAL);
  }

  /** A progress with its own clock and interval: tests. */
  Progress(PrintStream err, Mode mode, String label, String unit, LongSupplier nanoClock,
      Duration interval) {
    this.err = err;
    this.mode = mode;
    this.label = label;
    this.unit = unit;
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
    if (mode == Mode.QUIET) {
      ticker = null;
    } else {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lede-progress");
        t.setDaemon(true);
        return t;
      });
      long ms = interval.toMillis();
      ticker.scheduleAtFixedRate(this::draw, ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  /** Sets the total number of items, once it is known. */
  void total(long items) {
    total.set(items);
  }

  /** Counts items as done. */
  void advance(int items) {
    done.addAndGet(items);
  }

  /** The number of items done so far. */
  long done() {
    return done.get();
  }

  /**
   * Prints a message line (an error about one input) without mixing it into the progress line.
   */
  synchronized void message(String line) {
    if (mode == Mode.TERMINAL && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      drawnWidth = 0;
    }
    err.println(line);
  }

  /** Draws the current state: redraws the line on a terminal, prints a line otherwise. */
  synchronized void draw() {
    if (closed || mode == Mode.QUIET) {
      return;
    }
    String line = line(done.get(), total.get(), nanoClock.getAsLong() - start);
    if (mode == Mode.TERMINAL) {
      err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
      err.flush();
      drawnWidth = line.length();
    } else {
      err.println(line);
    }
  }

  /**
   * The progress line: {@code lede index: 1,200/19,043 articles (6%), 85.1 articles/s, ETA 3m
   * 30s}; without a total, {@code lede index: 1,200 articles, 85.1 articles/s}.
   */
  String line(long done, long total, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    StringBuilder sb = new StringBuilder(label).append(": ");
    sb.append(String.format(Locale.ROOT, "%,d", done));
    if (total >= 0) {
      sb.append(String.format(Locale.ROOT, "/%,d %s (%d%%)", total, unit,
          total == 0 ? 100 : done * 100 / total));
    } else {
      sb.append(' ').append(unit);
    }
    sb.append(String.format(Locale.ROOT, ", %.1f %s/s", rate, unit));
    if (total >= 0) {
      sb.append(", ETA ").append(rate > 0
          ? duration(Math.round(Math.max(0, total - done) / rate)) : "unknown");
    }
    return sb.toString();
  }

  /** A duration in seconds as {@code 45s}, {@code 3m 05s} or {@code 2h 07m}. */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
  }

  /** Stops drawing; on a terminal, draws the final state and ends the line. Idempotent. */
  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      if (mode == Mode.TERMINAL) {
        draw();
        err.println();
      }
      closed = true;
    }
  }
}
