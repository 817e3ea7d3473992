package dev.lede.cli;

import dev.lede.ArticleAnalysis;
import dev.lede.ArticleAnalyzer;
import dev.lede.extract.Article;
import dev.lede.index.ArticleIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code index}: analyses files (or JSONL lines) and adds them to an on-disk index, replacing
 * articles with the same id. Uses every core for analysis; commits once at the end.
 */
final class IndexCommand implements Command {

  /** Inputs analysed per parallel batch: bounds memory for very large inputs. */
  private static final int BATCH = 512;

  @Override
  public String name() {
    return "index";
  }

  @Override
  public String usage() {
    return "index --index DIR [--jsonl] [--format auto|text|html|body] [--no-entities]"
        + " FILE|DIR...";
  }

  /** One input to index: its id and a way to read its article. */
  private record Input(String id, String origin, Article article) {}

  @Override
  public int run(List<String> raw, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(raw, Set.of("jsonl", "no-entities"), Set.of("index", "format"));
    String dir = args.option("index", null);
    if (dir == null) {
      throw new UsageException("--index DIR is required");
    }
    if (args.positional().isEmpty()) {
      throw new UsageException("no input: give files or directories (or - for standard input)");
    }
    Inputs.Format format = Inputs.Format.parse(args.option("format", "auto"));
    List<String> files = expand(args.positional());
    ArticleAnalyzer analyzer = ArticleAnalyzer.builder()
        .entities(!args.flag("no-entities"))
        .build();
    AtomicInteger added = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    try (ArticleIndex index = ArticleIndex.open(Path.of(dir), analyzer)) {
      List<Input> batch = new ArrayList<>();
      for (String file : files) {
        if (args.flag("jsonl")) {
          for (Inputs.NumberedLine line : Inputs.jsonLines(file, System.in)) {
            String origin = file + " line " + line.number();
            try {
              AnalyzeCommand.JsonLine in = AnalyzeCommand.JsonLine.parse(line.text());
              if (in.id() == null || in.id().isEmpty()) {
                throw new IllegalArgumentException("needs a non-empty \"id\"");
              }
              batch.add(new Input(in.id(), origin, in.article()));
            } catch (Exception e) {
              failed.incrementAndGet();
              err.println("lede index: " + origin + ": " + Main.oneLine(e));
            }
            if (batch.size() >= BATCH) {
              addAll(index, analyzer, batch, added, failed, err);
            }
          }
        } else {
          try {
            String text = Inputs.read(file, System.in);
            batch.add(new Input(Inputs.idOf(file), file, Inputs.article(text, format, null)));
          } catch (IOException | RuntimeException e) {
            failed.incrementAndGet();
            err.println("lede index: " + file + ": " + Main.oneLine(e));
          }
          if (batch.size() >= BATCH) {
            addAll(index, analyzer, batch, added, failed, err);
          }
        }
      }
      addAll(index, analyzer, batch, added, failed, err);
      index.commit();
      out.println("indexed " + added.get() + " article" + (added.get() == 1 ? "" : "s")
          + " into " + dir + " (" + index.size() + " in the index"
          + (failed.get() > 0 ? ", " + failed.get() + " failed" : "") + ")");
    }
    return failed.get() == 0 ? 0 : Main.EXIT_ERROR;
  }

  /** Analyses a batch on every core and adds it; clears the batch. */
  private static void addAll(ArticleIndex index, ArticleAnalyzer analyzer, List<Input> batch,
      AtomicInteger added, AtomicInteger failed, PrintStream err) throws Exception {
    if (batch.isEmpty()) {
      return;
    }
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      pool.submit(() -> batch.parallelStream().forEach(in -> {
        ArticleAnalysis a;
        try {
          a = analyzer.analyze(in.article());
        } catch (RuntimeException e) {
          failed.incrementAndGet();
          synchronized (err) {
            err.println("lede index: " + in.origin() + ": " + Main.oneLine(e));
          }
          return;
        }
        try {
          index.add(in.id(), a);
          added.incrementAndGet();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      })).get();
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw cause instanceof Exception ex ? ex : e;
    } finally {
      pool.shutdown();
    }
    batch.clear();
  }

  /** Files as given, and the regular non-hidden files under directories, in name order. */
  private static List<String> expand(List<String> names) throws IOException {
    List<String> files = new ArrayList<>();
    for (String name : names) {
      Path p = Path.of(name);
      if (!"-".equals(name) && Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(f -> files.add(f.toString()));
        }
      } else {
        files.add(name);
      }
    }
    return files;
  }
}
