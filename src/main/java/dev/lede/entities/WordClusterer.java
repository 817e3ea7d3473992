package dev.lede.entities;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Learns word clusters from unlabelled, tokenised text for the name finder: words that occur in
 * similar contexts ("Baghdad", "Kabul", "Mogadishu") share a cluster, so the model generalises
 * from names it was trained on to names it has only seen in raw text. Each word is a vector of
 * positive pointwise mutual information with the frequent words just before and after it, plus
 * how often it is capitalised; spherical k-means groups the vectors into fine clusters, and a
 * second k-means over their centroids groups those into coarse ones.
 *
 * <p>Thread-safe: stateless; each call works on its own data. Deterministic for a given input.
 */
public final class WordClusterer {

  /** Default number of fine clusters. */
  public static final int DEFAULT_CLUSTERS = 512;
  /** Default number of coarse clusters (groups of fine clusters). */
  public static final int DEFAULT_COARSE_CLUSTERS = 64;
  /** Words seen fewer times have too little context to cluster. */
  public static final int DEFAULT_MIN_COUNT = 3;
  /** Context words: the most frequent words, before and after. */
  static final int CONTEXT_WORDS = 1_000;
  static final int ITERATIONS = 20;
  /** Only words seen this often seed a cluster. */
  static final int SEED_MIN_COUNT = 10;
  /** Weight of the capitalisation dimensions against the context ones. */
  static final float SHAPE_WEIGHT = 0.5f;
  private static final long SEED = 20261125L;

  private WordClusterer() {}

  /**
   * The form a word is clustered and looked up by: lower case, digits as 0 ("1999" and "2024"
   * are one word).
   *
   * @param word a token
   * @return its key
   */
  static String key(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
    }
    return b.toString();
  }

  /**
   * Clusters the words of tokenised sentences and writes {@code key TAB fine TAB coarse} lines,
   * most frequent words first.
   *
   * @param sentences tokenised sentences
   * @param clusters number of fine clusters, at least 2
   * @param coarseClusters number of coarse clusters, at least 2 and at most {@code clusters}
   * @param minCount words seen fewer times are left out, at least 1
   * @param out where the lines go (not closed)
   * @return the number of words written
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a number is out of range or there are fewer words than
   *     clusters
   * @throws UncheckedIOException if writing fails
   */
  public static int cluster(List<List<String>> sentences, int clusters, int coarseClusters,
      int minCount, Writer out) {
    requireNonNull(sentences, "sentences");
    requireNonNull(out, "out");
    if (clusters < 2 || coarseClusters < 2 || coarseClusters > clusters || minCount < 1) {
      throw new IllegalArgumentException("need clusters >= coarse clusters >= 2, min count >= 1");
    }
    Map<String, int[]> counts = new HashMap<>(); // key -> {count, capitalised, id}
    long total = 0;
    for (List<String> s : sentences) {
      for (String w : s) {
        int[] c = counts.computeIfAbsent(key(w), k -> new int[] {0, 0, -1});
        c[0]++;
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          c[1]++;
        }
        total++;
      }
    }
    List<String> vocab = new ArrayList<>();
    counts.forEach((k, c) -> {
      if (c[0] >= minCount) {
        vocab.add(k);
      }
    });
    vocab.sort(Comparator.<String>comparingInt(k -> -counts.get(k)[0])
        .thenComparing(Comparator.naturalOrder()));
    if (vocab.size() < clusters) {
      throw new IllegalArgumentException("only " + vocab.size() + " words for " + clusters
          + " clusters");
    }
    for (int i = 0; i < vocab.size(); i++) {
      counts.get(vocab.get(i))[2] = i;
    }
    int contexts = Math.min(CONTEXT_WORDS, vocab.size());
    int dims = 2 * (contexts + 1) + 2; // left, right (each with a sentence-edge slot), shape
    // co-occurrence counts, one sparse row per word
    List<Map<Integer, Integer>> rows = new ArrayList<>(vocab.size());
    for (int i = 0; i < vocab.size(); i++) {
      rows.add(new HashMap<>());
    }
    long[] contextTotals = new long[dims];
    for (List<String> s : sentences) {
      int[] ids = new int[s.size()];
      for (int i = 0; i < ids.length; i++) {
        int[] c = counts.get(key(s.get(i)));
        ids[i] = c[2];
      }
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] < 0) {
          continue;
        }
        int left = i == 0 ? contexts : (ids[i - 1] >= 0 && ids[i - 1] < contexts ? ids[i - 1] : -1);
        int right = i + 1 == ids.length ? contexts
            : (ids[i + 1] >= 0 && ids[i + 1] < contexts ? ids[i + 1] : -1);
        if (left >= 0) {
          rows.get(ids[i]).merge(left, 1, Integer::sum);
          contextTotals[left]++;
        }
        if (right >= 0) {
          rows.get(ids[i]).merge(contexts + 1 + right, 1, Integer::sum);
          contextTotals[contexts + 1 + right]++;
        }
      }
    }
    // PPMI weights, L2-normalised sparse rows
    int v = vocab.size();
    int[][] index = new int[v][];
    float[][] value = new float[v][];
    for (int w = 0; w < v; w++) {
      Map<Integer, Integer> row = rows.get(w);
      int[] c = counts.get(vocab.get(w));
      List<Integer> keys = new ArrayList<>(row.keySet());
      keys.sort(null);
      int[] idx = new int[keys.size() + 2];
      float[] val = new float[keys.size() + 2];
      int k = 0;
      double norm = 0;
      for (int d : keys) {
        double pmi = Math.log((double) row.get(d) * total / ((double) c[0] * contextTotals[d]));
        if (pmi > 0) {
          idx[k] = d;
          val[k] = (float) pmi;
          norm += pmi * pmi;
          k++;
        }
      }
      norm = Math.sqrt(norm);
      for (int j = 0; j < k; j++) {
        val[j] /= (float) (norm == 0 ? 1 : norm);
      }
      // how often the word is capitalised: names, sentence starters and common words differ
      float capital = (float) c[1] / c[0];
      idx[k] = dims - 2;
      val[k++] = SHAPE_WEIGHT * capital;
      idx[k] = dims - 1;
      val[k++] = SHAPE_WEIGHT * (1 - capital);
      index[w] = Arrays.copyOf(idx, k);
      value[w] = Arrays.copyOf(val, k);
    }
    int seeds = 0;
    while (seeds < v && counts.get(vocab.get(seeds))[0] >= SEED_MIN_COUNT) {
      seeds++;
    }
    int[] fine = kmeans(index, value, dims, clusters, seeds, new SplittableRandom(SEED));
    // coarse clusters: k-means over the fine centroids, each a dense vector. A fine cluster
    // can end without words (when words have fewer distinct contexts than there are clusters):
    // it has no centroid and takes no part.
    float[][] centroids = centroids(index, value, dims, fine, clusters);
    int[] used = new int[clusters];
    int n = 0;
    for (int c = 0; c < clusters; c++) {
      if (centroids[c] != null) {
        used[n++] = c;
      }
    }
    int[][] dIndex = new int[n][];
    float[][] dValue = new float[n][];
    int[] all = new int[dims];
    for (int d = 0; d < dims; d++) {
      all[d] = d;
    }
    for (int i = 0; i < n; i++) {
      dIndex[i] = all;
      dValue[i] = centroids[used[i]];
    }
    int[] coarseOfUsed = kmeans(dIndex, dValue, dims, coarseClusters, n,
        new SplittableRandom(SEED + 1));
    int[] coarse = new int[clusters];
    for (int i = 0; i < n; i++) {
      coarse[used[i]] = coarseOfUsed[i];
    }
    try {
      for (int w = 0; w < v; w++) {
        out.write(vocab.get(w) + "\t" + fine[w] + "\t" + coarse[fine[w]] + "\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the word clusters", e);
    }
    return v;
  }

  /**
   * Spherical k-means over sparse unit rows: cluster index per row. Initial centres come from the
   * first {@code pool} rows (the frequent words: a rare word's context is too thin to seed one).
   */
  private static int[] kmeans(int[][] index, float[][] value, int dims, int k, int pool,
      SplittableRandom random) {
    int n = index.length;
    float[][] centroids = new float[k][];
    // farthest-first start among the rows of the pool: each next centre is the row least like
    // the centres so far, so that small, distinct groups get a centre of their own
    pool = Math.min(n, Math.max(k, pool));
    double[] closest = new double[pool];
    Arrays.fill(closest, Double.NEGATIVE_INFINITY);
    int pick = 0;
    for (int c = 0; c < k; c++) {
      centroids[c] = dense(index[pick], value[pick], dims);
      closest[pick] = Double.POSITIVE_INFINITY;
      int next = -1;
      for (int r = 0; r < pool; r++) {
        if (closest[r] == Double.POSITIVE_INFINITY) {
          continue;
        }
        closest[r] = Math.max(closest[r], dot(index[r], value[r], centroids[c]));
        if (next < 0 || closest[r] < closest[next]) {
          next = r;
        }
      }
      pick = Math.max(next, 0);
    }
    int[] assign = new int[n];
    Arrays.fill(assign, -1);
    for (int it = 0; it < ITERATIONS; it++) {
      int changed = 0;
      for (int r = 0; r < n; r++) {
        int best = 0;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double sim = dot(index[r], value[r], centroids[c]);
          if (sim > bestSim) {
            bestSim = sim;
            best = c;
          }
        }
        if (assign[r] != best) {
          assign[r] = best;
          changed++;
        }
      }
      centroids = centroids(index, value, dims, assign, k);
      for (int c = 0; c < k; c++) {
        if (centroids[c] == null) { // an empty cluster restarts from a random row
          int r = random.nextInt(n);
          centroids[c] = dense(index[r], value[r], dims);
        }
      }
      if (changed == 0) {
        break;
      }
    }
    return assign;
  }

  /** Unit-length mean of each cluster's rows, null for an empty cluster. */
  private static float[][] centroids(int[][] index, float[][] value, int dims, int[] assign,
      int k) {
    float[][] sums = new float[k][];
    for (int r = 0; r < index.length; r++) {
      int c = assign[r];
      if (sums[c] == null) {
        sums[c] = new float[dims];
      }
      for (int j = 0; j < index[r].length; j++) {
        sums[c][index[r][j]] += value[r][j];
      }
    }
    for (float[] s : sums) {
      if (s != null) {
        double norm = 0;
        for (float x : s) {
          norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < dims && norm > 0; d++) {
          s[d] /= (float) norm;
        }
      }
    }
    return sums;
  }

  private static double dot(int[] index, float[] value, float[] dense) {
    double sim = 0;
    for (int j = 0; j < index.length; j++) {
      sim += value[j] * dense[index[j]];
    }
    return sim;
  }

  private static float[] dense(int[] index, float[] value, int dims) {
    float[] d = new float[dims];
    for (int j = 0; j < index.length; j++) {
      d[index[j]] = value[j];
    }
    return d;
  }
}
