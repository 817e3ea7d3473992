package dev.lede.cli;

import dev.lede.extract.Article;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads input files and turns their text into articles by format. */
final class Inputs {

  /** Input formats of {@code --format}. */
  enum Format {
    AUTO, TEXT, HTML, BODY;

    static Format parse(String s) throws UsageException {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--format must be auto, text, html or body: " + s);
      }
    }
  }

  private static final Pattern HTML = Pattern.compile(
      "(?is)\\A\\s*(?:<!doctype\\s+html|<html|<head|<body|<!--|<meta|<div|<article|<p[\\s>])"
          + "|<(?:html|body|p|div|article)[\\s>]");

  private Inputs() {}

  /**
   * Reads a file, or standard input for {@code -}, as UTF-8; malformed bytes become U+FFFD.
   *
   * @throws IOException naming the file if it is missing, a directory or unreadable
   */
  static String read(String name, InputStream stdin) throws IOException {
    byte[] bytes;
    if ("-".equals(name)) {
      bytes = stdin.readAllBytes();
    } else {
      if (Files.isDirectory(Path.of(name))) { // the JDK's message, "Is a directory", names none
        throw new IOException(name + ": is a directory, not a file");
      }
      try {
        bytes = Files.readAllBytes(Path.of(name));
      } catch (NoSuchFileException e) {
        throw new IOException("no such file: " + name, e);
      }
    }
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /**
   * Opens a JSONL file, or standard input for {@code -}, to be read a line at a time as UTF-8
   * (malformed bytes become U+FFFD, a byte order mark is left out), so that each line can be
   * answered before the next arrives. Closing it leaves standard input open.
   *
   * @throws IOException naming the file if it is missing, a directory or unreadable
   */
  static BufferedReader lines(String name, InputStream stdin) throws IOException {
    InputStream in;
    if ("-".equals(name)) {
      in = new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input is not ours to close
        }
      };
    } else {
      if (Files.isDirectory(Path.of(name))) {
        throw new IOException(name + ": is a directory, not a file");
      }
      try {
        in = Files.newInputStream(Path.of(name));
      } catch (NoSuchFileException e) {
        throw new IOException("no such file: " + name, e);
      }
    }
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  /**
   * The id of a file's article: its name without directory and extension, the part after the
   * last dot ({@code tide.2025-05-08.txt} is {@code tide.2025-05-08}: cut at the first dot, the
   * articles of one story's dated files would replace each other).
   */
  static String idOf(String name) {
    if ("-".equals(name)) {
      return "stdin";
    }
    String file = Path.of(name).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** Whether a text looks like HTML. */
  static boolean looksLikeHtml(String text) {
    return HTML.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
  }

  /**
   * Reads a file, or standard input for {@code -}, as an article; every error names the file, so
   * that of several inputs the one that is binary, too long or missing is known.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if its text is binary or over the input limit
   */
  static Article readArticle(String name, Format format, InputStream stdin) throws IOException {
    String text = read(name, stdin);
    try {
      return article(text, format, null);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  /** Turns text into an article according to the format. */
  static Article article(String text, Format format, String title) {
    Format f = format == Format.AUTO ? (looksLikeHtml(text) ? Format.HTML : Format.TEXT) : format;
    return switch (f) {
      case HTML -> Article.fromHtml(text);
      case BODY -> Article.ofBody(title, text);
      default -> Article.fromPageText(text);
    };
  }
}
