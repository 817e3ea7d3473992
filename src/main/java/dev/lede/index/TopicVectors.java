package dev.lede.index;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Article vectors for the semantic related-article signal: the SIF-weighted average of an
 * article's GloVe word vectors with the common direction of news text removed (Arora et al.
 * 2017), unit length, so that the cosine of two articles says how close their topics are even
 * when they share few words ("power cuts across Kyiv" and "Ukraine's grid hit again").
 *
 * <p>The vectors come from {@code models/topic-vectors.bin} (GloVe 6B 100-d, its most frequent
 * words, int8 with a scale per row; built by {@code models/tools/build_topic_vectors.py}). A
 * word's weight is {@code a / (a + p(w))}, its probability p(w) estimated from its frequency
 * rank in GloVe by Zipf's law: words as common as "the" weigh almost nothing, rarer ones about
 * 1. Loaded once per JVM on first use ({@link #shared()}).
 *
 * <p>Thread-safe: immutable after loading.
 */
final class TopicVectors {

  /** The vector file on the classpath. */
  static final String RESOURCE = "/lede/models/topic-vectors.bin";
  /** SIF's smoothing constant a. */
  static final double SIF_A = 1e-3;
  private static final byte[] MAGIC = "LEDETOP1".getBytes(StandardCharsets.US_ASCII);

  private final Map<String, Integer> index;
  private final byte[] vectors;
  private final float[] scales;
  private final float[] weights;
  private final float[] common;
  private final int dim;

  /** Reads a vector file in the format {@code build_topic_vectors.py} writes. */
  TopicVectors(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("not a Lede topic-vector file");
    }
    int fullVocabulary = in.readInt();
    int rows = in.readInt();
    dim = in.readInt();
    byte[] blob = new byte[in.readInt()];
    in.readFully(blob);
    String[] words = new String(blob, StandardCharsets.UTF_8).split("\n", -1);
    if (words.length != rows) {
      throw new IOException("topic-vector file holds " + words.length + " words, not " + rows);
    }
    index = new HashMap<>(rows * 2);
    for (int i = 0; i < rows; i++) {
      index.putIfAbsent(words[i], i);
    }
    vectors = new byte[rows * dim];
    in.readFully(vectors);
    scales = new float[rows];
    for (int i = 0; i < rows; i++) {
      scales[i] = in.readFloat();
    }
    common = new float[dim];
    for (int i = 0; i < dim; i++) {
      common[i] = in.readFloat();
    }
    double harmonic = Math.log(fullVocabulary) + 0.5772156649;
    weights = new float[rows];
    for (int r = 0; r < rows; r++) {
      double p = 1.0 / ((r + 1) * harmonic);
      weights[r] = (float) (SIF_A / (SIF_A + p));
    }
  }

  /**
   * The vectors shipped in the jar, loaded on first use.
   *
   * @throws UncheckedIOException if the file is missing or damaged (a broken build)
   */
  static TopicVectors shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final TopicVectors INSTANCE = load();

    private static TopicVectors load() {
      try (InputStream in = TopicVectors.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("missing on the classpath");
        }
        return new TopicVectors(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }

  /** The vectors' dimension. */
  int dimension() {
    return dim;
  }

  /**
   * The unit-length topic vector of a text's words, or {@code null} when none of them is known
   * (an empty text, digits only, a language GloVe does not cover).
   *
   * @param words the text's tokens; case is ignored, tokens without a letter are skipped
   */
  float[] of(Iterable<String> words) {
    double[] sum = new double[dim];
    int known = 0;
    for (String w : words) {
      if (!hasLetter(w)) {
        continue;
      }
      Integer row = index.get(w.toLowerCase(Locale.ROOT));
      if (row == null) {
        continue;
      }
      float f = weights[row] * scales[row];
      int base = row * dim;
      for (int k = 0; k < dim; k++) {
        sum[k] += f * vectors[base + k];
      }
      known++;
    }
    if (known == 0) {
      return null;
    }
    double along = 0;
    for (int k = 0; k < dim; k++) {
      along += sum[k] * common[k];
    }
    double norm = 0;
    for (int k = 0; k < dim; k++) {
      sum[k] -= along * common[k];
      norm += sum[k] * sum[k];
    }
    if (norm == 0) {
      return null;
    }
    double inv = 1 / Math.sqrt(norm);
    float[] out = new float[dim];
    for (int k = 0; k < dim; k++) {
      out[k] = (float) (sum[k] * inv);
    }
    return out;
  }

  /** The cosine of two unit vectors. */
  static float cosine(float[] a, float[] b) {
    double dot = 0;
    for (int k = 0; k < a.length; k++) {
      dot += a[k] * b[k];
    }
    return (float) dot;
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
