package dev.lede.cli;

import com.google.common.collect.AbstractIterator;
import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code index}: analyses files (or JSONL lines) on every core and adds them to an on-disk index,
 * replacing articles with the same id; shows progress on stderr; commits once at the end.
 */
final class IndexCommand implements Command {

  /** Options without a value; {@link #usage()} names each (a test checks it). */
  static final Set<String> FLAGS = Set.of("jsonl", "no-entities", "quiet");
  /** Options with a value. */
  static final Set<String> VALUED = Archives.optionsWith("format", "threads");

  @Override
  public String name() {
    return "index";
  }

  @Override
  public String usage() {
    return "index " + Archives.USAGE + " [--jsonl] [--format auto|text|html|body]"
        + " [--no-entities] [--threads N] [--quiet] FILE|DIR...";
  }

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, FLAGS, VALUED);
    if (args.positional().isEmpty()) {
      throw new UsageException("no input: give files or directories (or - for standard input)");
    }
    Inputs.Format format = Inputs.Format.parse(args.option("format", "auto"));
    int threads = args.intOption("threads", Runtime.getRuntime().availableProcessors(), 1);
    String indexDir = args.option("index", null);
    List<String> files = expand(args.positional(), indexDir == null ? null : Path.of(indexDir));
    boolean jsonl = args.flag("jsonl");
    long total = jsonl ? countLines(files) : files.size();
    Iterator<BulkIndexer.Task> tasks = jsonl ? new JsonlTasks(files) : fileTasks(files, format);
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder()
        .entities(!args.flag("no-entities"))
        .build();
    try (ArticleIndex index = Archives.open(args, analyzer);
        Progress progress = Progress.start(err, Progress.Mode.forStderr(args.flag("quiet")),
            "lede index", "articles")) {
      index.checkIntegrity(); // never add to a damaged index: its new segments merge with it
      if (total >= 0) {
        progress.total(total);
      }
      BulkIndexer.Sink sink = batch -> {
        Map<String, ArticleAnalysis> byId = new LinkedHashMap<>();
        for (BulkIndexer.Analysed a : batch) {
          byId.put(a.id(), a.analysis()); // a later input with the same id wins, as on one thread
        }
        index.addAll(byId);
      };
      BulkIndexer.Result result;
      try {
        result = new BulkIndexer(analyzer, threads, BulkIndexer.DEFAULT_BATCH, sink, progress)
            .run(tasks);
      } catch (Exception | Error e) {
        discard(index, e);
        throw e;
      } finally {
        if (tasks instanceof Closeable c) {
          c.close();
        }
      }
      index.commit();
      progress.close();
      int added = result.written();
      out.println("indexed " + added + " article" + (added == 1 ? "" : "s")
          + " into " + Archives.describe(args) + " (" + index.size() + " in the index"
          + (result.failed() > 0 ? ", " + result.failed() + " failed" : "") + ")");
      return result.failed() == 0 ? 0 : Main.EXIT_ERROR;
    }
  }

  /**
   * Drops the batches a failed run wrote, which closing the index would otherwise commit: nothing
   * half-written is left. On SolrCloud every acknowledged batch is durable already.
   */
  private static void discard(ArticleIndex index, Throwable failure) {
    try {
      index.rollback();
    } catch (UnsupportedOperationException e) {
      // SolrCloud: nothing to roll back
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** One task per file: read, extracted and analysed on a worker. */
  private static Iterator<BulkIndexer.Task> fileTasks(List<String> files, Inputs.Format format) {
    return files.stream().map(file -> new BulkIndexer.Task(file, () -> new BulkIndexer.Loaded(
        Inputs.idOf(file), Inputs.article(Inputs.read(file, System.in), format, null))))
        .iterator();
  }

  /** One task per non-blank JSONL line, read lazily: parsed and analysed on a worker. */
  private static final class JsonlTasks extends AbstractIterator<BulkIndexer.Task>
      implements Closeable {
    private final List<String> files;
    private int file = -1;
    private BufferedReader reader;
    private int number;

    JsonlTasks(List<String> files) {
      this.files = files;
    }

    /** Closes the file being read, if the run stopped before its end. */
    @Override
    public void close() throws IOException {
      if (reader != null) {
        reader.close();
        reader = null;
      }
    }

    @Override
    protected BulkIndexer.Task computeNext() {
      try {
        while (true) {
          if (reader == null) {
            if (++file >= files.size()) {
              return endOfData();
            }
            reader = open(files.get(file));
            number = 0;
          }
          String line = reader.readLine();
          if (line == null) {
            reader.close();
            reader = null;
            continue;
          }
          number++;
          if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
          }
          if (!line.isBlank()) {
            String text = line;
            return new BulkIndexer.Task(files.get(file) + " line " + number, () -> {
              AnalyzeCommand.JsonLine in = AnalyzeCommand.JsonLine.parse(text);
              if (in.id() == null || in.id().isEmpty()) {
                throw new IllegalArgumentException("needs a non-empty \"id\"");
              }
              return new BulkIndexer.Loaded(in.id(), in.article());
            });
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(files.get(file) + ": " + e.getMessage(), e);
      }
    }
  }

  private static BufferedReader open(String name) throws IOException {
    InputStream in = "-".equals(name) ? System.in : Files.newInputStream(Path.of(name));
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * The number of non-blank lines in JSONL files, or -1 when one is standard input.
   *
   * @throws IOException if a file cannot be read: before anything is indexed
   */
  private static long countLines(List<String> files) throws IOException {
    long n = 0;
    for (String name : files) {
      if ("-".equals(name)) {
        return -1;
      }
      Path p = Path.of(name);
      if (!Files.isRegularFile(p)) {
        throw new IOException("no such file: " + name);
      }
      try (BufferedReader r = open(name)) {
        n += r.lines().filter(l -> !l.isBlank()).count();
      } catch (UncheckedIOException e) {
        throw new IOException(name + ": " + e.getCause().getMessage(), e.getCause());
      }
    }
    return n;
  }

  /**
   * Files as given, and the regular files under directories, in name order, leaving out what is
   * hidden below the directory given: files and directories whose name starts with a dot
   * ({@code .git}, an editor's {@code .draft.txt}), and the index directory itself, whose files
   * (Lucene's, written while the run reads) are no articles. The directory given is walked even
   * if it is hidden itself: the user named it.
   */
  private static List<String> expand(List<String> names, Path index) throws IOException {
    List<String> files = new ArrayList<>();
    for (String name : names) {
      Path root = Path.of(name);
      if ("-".equals(name) || !Files.isDirectory(root)) {
        files.add(name);
        continue;
      }
      List<Path> found = new ArrayList<>();
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && hidden(dir) || sameDirectory(dir, index)
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!hidden(file) && Files.isRegularFile(file)) { // a link to a file counts, as before
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
      found.stream().sorted().forEach(f -> files.add(f.toString()));
    }
    return files;
  }

  /** Whether a directory is the index's (null: none), through links too. */
  private static boolean sameDirectory(Path dir, Path index) {
    if (index == null || !Files.isDirectory(index)) {
      return false;
    }
    try {
      return Files.isSameFile(dir, index);
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize().equals(index.toAbsolutePath().normalize());
    }
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
