package dev.lede.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * Style vectors for the related-article ranking: how an article is written rather than what
 * about. Per feature of {@code models/style-profile.tsv} (function words, contraction parts,
 * punctuation marks, numbers), the square root of its share of the text's tokens, less its mean
 * over news text (GMB), unit length. Two stories of one genre (two novels' chapters, two court
 * transcripts, two reviews) use "I", "you", "said", quotes and numbers alike whatever their
 * subject; two news stories of one subject often do not differ from news text at all.
 *
 * <p>The ranking reads a candidate's style from its stored title and body at query time, on
 * both backends, so the index holds nothing new. Loaded once per JVM on first use
 * ({@link #shared()}).
 *
 * <p>Thread-safe: immutable after loading.
 */
final class StyleSignal {

  /** The feature file on the classpath. */
  static final String RESOURCE = "/lede/models/style-profile.tsv";

  /** Token standing for every number. */
  static final String NUMBER = "<num>";

  /**
   * Style cosine below which a candidate gains nothing: 0.4. A candidate with style cosine c
   * gains {@code styleWeight * best * (c - FLOOR) / (1 - FLOOR)} when c is above it, best being
   * the query's best score, as the topic gain ({@link SemanticSignal#FLOOR}). Measured on
   * {@code categories} with style weight 0.5 falling from concentration 0.05 to 0.25: floor 0.4
   * gave P@5 / MRR 0.8216 / 0.9306, 0.3 0.8213 / 0.9297, 0.5 0.8175 / 0.9304, 0.2 0.8209 /
   * 0.9289 (MRR falls with the floor; TF-IDF cosine's is 0.9293).
   */
  static final float FLOOR = 0.4f;

  private final Map<String, Integer> index;
  private final float[] mean;

  /**
   * Reads a feature file in the format {@code build_style_profile.py} writes: a token, its mean
   * and its standard deviation in news text per line (the deviation is not used: divided by
   * it, at least 0.02, P@5 of {@code categories} was 0.8169 against 0.8181, style weight 0.5
   * and no floor: the features rare in news, "I", "you", weigh too much).
   */
  StyleSignal(InputStream raw) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IOException("not a Lede style-profile line: " + line);
        }
        rows.add(f);
      }
    }
    index = new HashMap<>(rows.size() * 2);
    mean = new float[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      String[] f = rows.get(k);
      if (index.put(f[0], k) != null) {
        throw new IOException("style feature listed twice: " + f[0]);
      }
      mean[k] = Float.parseFloat(f[1]);
    }
  }

  /**
   * The features shipped in the jar, loaded on first use.
   *
   * @throws UncheckedIOException if the file is missing or damaged (a broken build)
   */
  static StyleSignal shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final StyleSignal INSTANCE = load();

    private static StyleSignal load() {
      try (InputStream in = StyleSignal.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("missing on the classpath");
        }
        return new StyleSignal(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }

  /** The number of features. */
  int dimension() {
    return mean.length;
  }

  /**
   * The unit-length style vector of a text, or {@code null} if it has no token or its profile is
   * exactly news text's.
   */
  float[] of(String text) {
    int[] counts = new int[mean.length];
    int total = 0;
    for (String t : tokens(text)) {
      total++;
      Integer k = index.get(t);
      if (k != null) {
        counts[k]++;
      }
    }
    if (total == 0) {
      return null;
    }
    double[] v = new double[mean.length];
    double norm = 0;
    for (int k = 0; k < v.length; k++) {
      v[k] = Math.sqrt((double) counts[k] / total) - mean[k];
      norm += v[k] * v[k];
    }
    if (norm == 0) {
      return null;
    }
    double inv = 1 / Math.sqrt(norm);
    float[] out = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = (float) (v[k] * inv);
    }
    return out;
  }

  /**
   * The style cosines of documents with a query text, read from their stored title and body
   * ({@code out[i]} that of {@code docs[i]}; 0 for a document without text).
   */
  static float[] cosines(IndexReader reader, ScoreDoc[] docs, String text) throws IOException {
    StyleSignal style = shared();
    float[] query = style.of(text);
    float[] out = new float[docs.length];
    if (query == null) {
      return out;
    }
    StoredFields stored = reader.storedFields();
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    // in doc-id order: stored fields are read block by block
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
    for (int i : order) {
      Document d = stored.document(docs[i].doc, TEXT_FIELDS);
      out[i] = cosine(style.of(textOf(d.get(Documents.TITLE), d.get(Documents.BODY))), query);
    }
    return out;
  }

  /** The stored fields a style is read from. */
  static final Set<String> TEXT_FIELDS = Set.of(Documents.TITLE, Documents.BODY);

  /** An article's text as the ranking reads its style: title, a blank line, body. */
  static String textOf(String title, String body) {
    return (title == null ? "" : title) + "\n\n" + (body == null ? "" : body);
  }

  /**
   * A candidate's style gain: {@code styleWeight * best * (c - FLOOR) / (1 - FLOOR)} for a style
   * cosine c above {@link #FLOOR}, else 0.
   */
  static float gain(double styleWeight, float best, float cosine) {
    return (float) (styleWeight * best * Math.max(0f, cosine - FLOOR) / (1f - FLOOR));
  }

  /** The cosine of two style vectors, 0 if either is missing. */
  static float cosine(float[] a, float[] b) {
    return a == null || b == null ? 0f : TopicVectors.cosine(a, b);
  }

  /**
   * A text's style tokens: runs of letters in lower case (an apostrophe between letters kept,
   * then "n't" or a clitic such as "'s" split off: "don't" is "do" and "n't"), an apostrophe
   * followed by letters, runs of digits with inner "." or "," (each one {@link #NUMBER}), and
   * every other character that is no space alone; curly quotes count as straight ones. The same
   * as {@code build_style_profile.py}'s, which measured the features' news means.
   */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = quote(text.charAt(i));
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c) || c == '\'' && i + 1 < n
          && Character.isLetter(text.charAt(i + 1))) {
        int start = i;
        i++;
        while (i < n) {
          char d = quote(text.charAt(i));
          if (Character.isLetter(d)) {
            i++;
          } else if (d == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
              && i > start && Character.isLetter(text.charAt(i - 1))) {
            i++;
          } else {
            break;
          }
        }
        word(text.substring(start, i).replace('\u2019', '\'').replace('\u2018', '\'')
            .toLowerCase(Locale.ROOT), out);
      } else if (Character.isDigit(c)) {
        i++;
        while (i < n && (Character.isDigit(text.charAt(i)) || (text.charAt(i) == '.'
            || text.charAt(i) == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
          i++;
        }
        out.add(NUMBER);
      } else {
        out.add(String.valueOf(c));
        i++;
      }
    }
    return out;
  }

  private static void word(String w, List<String> out) {
    if (w.endsWith("n't")) {
      if (w.length() > 3) {
        out.add(w.substring(0, w.length() - 3));
      }
      out.add("n't");
      return;
    }
    int apostrophe = w.indexOf('\'', 1);
    if (apostrophe > 0) {
      out.add(w.substring(0, apostrophe));
      out.add(w.substring(apostrophe));
    } else {
      out.add(w);
    }
  }

  private static char quote(char c) {
    return switch (c) {
      case '\u2019', '\u2018' -> '\'';
      case '\u201c', '\u201d', '\u201e' -> '"';
      default -> c;
    };
  }
}
