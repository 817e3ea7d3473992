package dev.lede.cli;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Analyses many inputs on several threads and writes them to an archive in batches: the engine
 * of {@code lede index}.
 *
 * <p>One reading thread (the caller's) hands inputs to the workers through a bounded queue, so a
 * huge input never sits in memory at once and reading waits when the workers fall behind. Each
 * worker loads an input (reads the file, parses the JSON line, extracts the article), analyses
 * it with the one shared {@link ArticleAnalyzer} and collects the result in its own batch, which
 * it writes when full. Batches are written in any order; what makes the archive the same as on
 * one thread is that a later input with the same id still wins (see {@link #run}). A bad input is
 * reported on one line and skipped; a failing write stops the run.
 *
 * <p>Not thread-safe: one run at a time.
 */
final class BulkIndexer {

  /** Inputs waiting per worker: enough to keep every worker busy, small enough for memory. */
  static final int QUEUED_PER_THREAD = 16;

  /** Analysed articles written together. */
  static final int DEFAULT_BATCH = 100;

  /** One input: where it comes from (for messages) and how to load its id and article. */
  record Task(String origin, Loader loader) {}

  /** Loads an input; runs on a worker thread. */
  @FunctionalInterface
  interface Loader {
    Loaded load() throws Exception;
  }

  /** A loaded input: its id and article. */
  record Loaded(String id, Article article) {}

  /** An analysed article, ready to write, with its input's origin for messages. */
  record Analysed(String id, String origin, ArticleAnalysis analysis) {}

  /**
   * Where batches go: an archive. Called from several threads at once; writing an article again
   * replaces it. Throws {@link IllegalArgumentException} for an article the archive refuses (an
   * id too long): the batch is then written again one article at a time and the refused ones are
   * reported as failed inputs.
   */
  @FunctionalInterface
  interface Sink {
    void write(List<Analysed> batch) throws IOException;
  }

  /** What a run did. */
  record Result(int written, int failed) {}

  private static final Task END = new Task("", () -> null);

  private final ArticleAnalyzer analyzer;
  private final int threads;
  private final int batchSize;
  private final Sink sink;
  private final Progress progress;

  BulkIndexer(ArticleAnalyzer analyzer, int threads, int batchSize, Sink sink,
      Progress progress) {
    this.analyzer = analyzer;
    this.threads = threads;
    this.batchSize = batchSize;
    this.sink = sink;
    this.progress = progress;
  }

  /**
   * Indexes every task. When two inputs have the same id the later one (in task order) is what
   * the archive holds at the end, as on one thread, whatever order the workers finish in.
   *
   * @param tasks the inputs, in order; iterated on the calling thread
   * @return how many articles were written and how many inputs failed
   * @throws IOException if a batch cannot be written (the run stops at once)
   * @throws InterruptedException if the calling thread is interrupted
   */
  Result run(Iterator<Task> tasks) throws IOException, InterruptedException {
    Run run = new Run();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "lede-index-worker");
      t.setDaemon(true);
      return t;
    });
    List<Future<?>> workers = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(() -> run.work()));
      }
      long seq = 0;
      while (tasks.hasNext() && run.fatal.get() == null) {
        run.put(new Numbered(seq++, tasks.next()));
      }
      for (int i = 0; i < threads; i++) {
        run.put(new Numbered(-1, END));
      }
      for (Future<?> f : workers) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          run.fail(e.getCause());
        }
      }
      run.rewriteContested();
    } finally {
      pool.shutdownNow();
    }
    Throwable fatal = run.fatal.get();
    if (fatal instanceof IOException io) {
      throw io;
    }
    if (fatal instanceof RuntimeException re) {
      throw re;
    }
    if (fatal instanceof Error er) {
      throw er;
    }
    return new Result(run.written.get(), run.failed.get());
  }

  private record Numbered(long seq, Task task) {}

  private record Newest(long seq, String origin, ArticleAnalysis analysis) {}

  /** The state of one run, shared by its workers. */
  private final class Run {
    private final BlockingQueue<Numbered> queue =
        new ArrayBlockingQueue<>(threads * QUEUED_PER_THREAD);
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    /** The newest input seen per id. */
    private final Map<String, Long> newest = new ConcurrentHashMap<>();
    /** Ids analysed so far. */
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    /** Ids analysed more than once, with the newest analysis of each: rewritten at the end. */
    private final Map<String, Newest> contested = new ConcurrentHashMap<>();

    /** Queues a task, waiting while the queue is full, unless the run has failed. */
    void put(Numbered task) throws InterruptedException {
      while (fatal.get() == null) {
        if (queue.offer(task, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    }

    void fail(Throwable t) {
      fatal.compareAndSet(null, t);
    }

    void work() {
      List<Analysed> batch = new ArrayList<>(batchSize);
      try {
        while (fatal.get() == null) {
          Numbered n = queue.poll(100, TimeUnit.MILLISECONDS);
          if (n == null) {
            continue;
          }
          if (n.task() == END) {
            break;
          }
          Analysed a = analyse(n);
          if (a != null) {
            batch.add(a);
            if (batch.size() >= batchSize) {
              flush(batch);
            }
          }
        }
        if (fatal.get() == null) {
          flush(batch);
        }
      } catch (IOException | RuntimeException | Error e) {
        fail(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail(e);
      }
    }

    /** Loads and analyses one input; null (after reporting) if it fails or a newer one exists. */
    private Analysed analyse(Numbered n) {
      Loaded in;
      ArticleAnalysis analysis;
      try {
        in = n.task().loader().load();
        analysis = analyzer.analyze(in.article());
      } catch (Exception e) {
        failed.incrementAndGet();
        progress.message("lede index: " + n.task().origin() + ": " + Main.oneLine(e));
        progress.advance(1);
        return null;
      }
      long winner = newest.merge(in.id(), n.seq(), Math::max);
      if (winner != n.seq()) {
        // A later input with this id replaces this one, as it would on one thread.
        written.incrementAndGet();
        progress.advance(1);
        return null;
      }
      if (!seen.add(in.id())) {
        // An older copy may reach the archive after this one: write this one again at the end.
        contested.merge(in.id(), new Newest(n.seq(), n.task().origin(), analysis),
            (old, now) -> now.seq() > old.seq() ? now : old);
      }
      return new Analysed(in.id(), n.task().origin(), analysis);
    }

    private void flush(List<Analysed> batch) throws IOException {
      if (batch.isEmpty()) {
        return;
      }
      write(List.copyOf(batch));
      progress.advance(batch.size());
      batch.clear();
    }

    private void write(List<Analysed> batch) throws IOException {
      try {
        sink.write(batch);
        written.addAndGet(batch.size());
      } catch (IllegalArgumentException refused) {
        for (Analysed a : batch) {
          try {
            sink.write(List.of(a));
            written.incrementAndGet();
          } catch (IllegalArgumentException e) {
            failed.incrementAndGet();
            progress.message("lede index: " + a.origin() + ": " + Main.oneLine(e));
          }
        }
      }
    }

    /** Writes the newest copy of every id that came more than once. */
    void rewriteContested() throws IOException {
      if (fatal.get() != null || contested.isEmpty()) {
        return;
      }
      List<Analysed> again = new ArrayList<>();
      contested.forEach((id, n) -> again.add(new Analysed(id, n.origin(), n.analysis())));
      try {
        sink.write(again);
      } catch (IllegalArgumentException e) {
        // Refused the first time as well, and reported then.
      }
    }
  }
}
