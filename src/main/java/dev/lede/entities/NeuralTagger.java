package dev.lede.entities;

import dev.lede.internal.WordMemo;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The neural name finder: an iterated dilated convolutional network over frozen GloVe word
 * vectors, a character CNN, word shape, part of speech and gazetteer inputs, with a linear-chain
 * CRF decoded by Viterbi. Trained offline by {@code models/tools/train_ner.py}; this class is its
 * forward pass, computing one sentence at a time as a matrix so that each weight row is read
 * once per sentence rather than once per token. A model file may hold several networks trained
 * from different seeds on the same inputs (format {@code LEDENER3}): they share the vocabulary and
 * word vectors, and their emission and transition scores are averaged before decoding. Format
 * {@code LEDENER4} adds GloVe's rarer words that the training data lacked, 4 bits per value: the
 * vectors were frozen while training, so a rare name read here gets its own vector rather than
 * the unknown word's.
 *
 * <p>Thread-safe: the weights are read-only after loading; each call allocates its own buffers.
 */
final class NeuralTagger {

  /**
   * Tokens whose input-layer share each network keeps (64 floats each, about 20 MB at most per
   * network): news repeats its words, and the character CNN and word-vector projection are most
   * of the input layer's work.
   */
  static final int LEXICAL_CACHE_SIZE = 50_000;

  /** The first format read four flag bits; the second stores how many. */
  private static final byte[] MAGIC_4_FLAGS = "LEDENER1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MAGIC = "LEDENER2".getBytes(StandardCharsets.US_ASCII);
  /** The third stores several networks after the shared vocabulary. */
  private static final byte[] MAGIC_NETWORKS = "LEDENER3".getBytes(StandardCharsets.US_ASCII);
  /** The fourth adds rarer words' vectors at 4 bits per value after the vocabulary. */
  private static final byte[] MAGIC_RARE = "LEDENER4".getBytes(StandardCharsets.US_ASCII);
  /** More networks than this in one file is a corrupt file, not a model. */
  private static final int MAX_NETWORKS = 16;
  /** Width of the character embedding and of the shape, POS and gazetteer embeddings. */
  private static final int CHAR_DIM = 16;

  private final int maxChars;
  /** Flag bits of {@link NameFeatures.Prepared#flags} the model reads, from bit 0 up. */
  private final int flagBits;
  private final int[] dilations;
  private final List<String> labels;
  private final Map<String, Integer> posIndex = new HashMap<>();
  private final Map<String, Integer> gazIndex = new HashMap<>();
  private final Map<Integer, Integer> charIndex = new HashMap<>();
  private final Map<String, Integer> wordIndex;
  private final byte[] wordVectors;
  private final float[] wordScales;
  private final int wordDim;
  /** Index of the first rarer word ({@code LEDENER4}): the rows of {@link #wordVectors}. */
  private final int rareBase;
  /** The rarer words' vectors, two 4-bit values per byte (value + 8), the even one high. */
  private final byte[] rareVectors;
  private final float[] rareScales;
  private final int rareRowBytes;
  /** The networks whose scores are averaged; one in a model trained from one seed. */
  private final Network[] networks;
  /** Transition, start and end scores: the networks' mean. */
  private final float[] trans;
  private final float[] start;
  private final float[] end;
  /** For each label: the index of its type in {@link TaggedSentence#TYPES}, or -1 for O. */
  private final int[] labelType;
  private final boolean[] labelInside;

  private NeuralTagger(DataInputStream in) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    boolean fourFlags = Arrays.equals(magic, MAGIC_4_FLAGS);
    boolean rare = Arrays.equals(magic, MAGIC_RARE);
    boolean networkCount = rare || Arrays.equals(magic, MAGIC_NETWORKS);
    if (!fourFlags && !networkCount && !Arrays.equals(magic, MAGIC)) {
      throw new IOException("not a Lede neural tagger model");
    }
    maxChars = in.readInt();
    flagBits = fourFlags ? 4 : in.readInt();
    if (flagBits < 0 || flagBits > 31) {
      throw new IOException("flag bits " + flagBits + " out of range");
    }
    dilations = new int[in.readInt()];
    for (int i = 0; i < dilations.length; i++) {
      dilations[i] = in.readInt();
    }
    labels = strings(in);
    index(strings(in), posIndex, 1);
    index(strings(in), gazIndex, 1);
    List<String> chars = strings(in);
    for (int i = 0; i < chars.size(); i++) {
      charIndex.put(chars.get(i).codePointAt(0), i + 2);
    }
    List<String> words = strings(in);
    wordIndex = new HashMap<>(words.size() * 2);
    index(words, wordIndex, 0);
    int rows = in.readInt();
    wordDim = in.readInt();
    wordVectors = new byte[rows * wordDim];
    in.readFully(wordVectors);
    wordScales = new float[rows];
    for (int i = 0; i < rows; i++) {
      wordScales[i] = in.readFloat();
    }
    rareBase = rows;
    if (rare) {
      List<String> rareWords = strings(in);
      int rareRows = in.readInt();
      rareRowBytes = in.readInt();
      if (rareRows != rareWords.size() || rareRowBytes != (wordDim + 1) / 2) {
        throw new IOException("rarer words' vectors do not match their words");
      }
      for (int i = 0; i < rareWords.size(); i++) {
        wordIndex.putIfAbsent(rareWords.get(i), rows + i);
      }
      rareVectors = new byte[rareRows * rareRowBytes];
      in.readFully(rareVectors);
      rareScales = new float[rareRows];
      for (int i = 0; i < rareRows; i++) {
        rareScales[i] = in.readFloat();
      }
    } else {
      rareRowBytes = 0;
      rareVectors = new byte[0];
      rareScales = new float[0];
    }
    int members = networkCount ? in.readInt() : 1;
    if (members < 1 || members > MAX_NETWORKS) {
      throw new IOException(members + " networks, expected 1 to " + MAX_NETWORKS);
    }
    networks = new Network[members];
    int k = labels.size();
    trans = new float[k * k];
    start = new float[k];
    end = new float[k];
    for (int m = 0; m < members; m++) {
      networks[m] = new Network(in);
      addScaled(networks[m].trans, trans, members);
      addScaled(networks[m].start, start, members);
      addScaled(networks[m].end, end, members);
    }
    labelType = new int[k];
    labelInside = new boolean[k];
    for (int i = 0; i < k; i++) {
      String l = labels.get(i);
      labelType[i] = l.equals("O") ? -1 : TaggedSentence.TYPES.indexOf(l.substring(2));
      labelInside[i] = l.startsWith("I-");
    }
  }

  /** Writes word {@code w}'s vector into {@code x[0..wordDim)}. */
  private void wordVector(int w, float[] x) {
    if (w < rareBase) {
      float scale = wordScales[w];
      int base = w * wordDim;
      for (int j = 0; j < wordDim; j++) {
        x[j] = wordVectors[base + j] * scale;
      }
      return;
    }
    int r = w - rareBase;
    float scale = rareScales[r];
    int base = r * rareRowBytes;
    for (int j = 0; j < wordDim; j++) {
      int b = rareVectors[base + (j >> 1)];
      int nibble = (j & 1) == 0 ? (b >> 4) & 0xF : b & 0xF;
      x[j] = (nibble - 8) * scale;
    }
  }

  /**
   * Reads a model written by {@code models/tools/train_ner.py}.
   *
   * @throws IOException if the stream fails or does not hold such a model
   */
  static NeuralTagger read(InputStream in) throws IOException {
    return new NeuralTagger(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
  }

  /**
   * Whether a word, whatever its case, is among the most frequent words of the vocabulary (which
   * keeps GloVe's frequency order): "Meets", "Border", "Tensions" in a headline.
   */
  boolean isFrequentWord(String word, int topRank) {
    Integer w = wordIndex.get(word.toLowerCase(Locale.ROOT));
    return w != null && w > 0 && w < topRank;
  }

  /**
   * Finds names in a prepared sentence: {start, end (exclusive), type index into
   * {@link TaggedSentence#TYPES}} triples, in order.
   */
  List<int[]> find(NameFeatures.Prepared p, String[] pos) {
    int n = p.tokens().length;
    if (n == 0) {
      return List.of();
    }
    int[] best = decode(emissions(p.tokens(), pos, p.gazetteer(), p.flags()), n);
    List<int[]> spans = new ArrayList<>();
    int s = -1;
    int type = -1;
    for (int i = 0; i <= n; i++) {
      int label = i < n ? best[i] : 0;
      boolean continues = i < n && labelInside[label] && labelType[label] == type && s >= 0;
      if (s >= 0 && !continues) {
        spans.add(new int[] {s, i, type});
        s = -1;
      }
      if (i < n && labelType[label] >= 0 && !continues) {
        s = i;
        type = labelType[label];
      }
    }
    return spans;
  }

  /**
   * The emission scores of each token for each label, [tokens][labels] flattened.
   *
   * @param gazetteer per token "B"/"I" + gazetteer kind, or null
   * @param flags per token {@link NameFeatures#GIVEN} ... and name lexicon bits
   */
  float[] emissions(String[] tokens, String[] pos, String[] gazetteer, int[] flags) {
    float[] em = networks[0].emissions(tokens, pos, gazetteer, flags);
    if (networks.length > 1) {
      for (int m = 1; m < networks.length; m++) {
        add(networks[m].emissions(tokens, pos, gazetteer, flags), em);
      }
      float share = 1f / networks.length;
      for (int i = 0; i < em.length; i++) {
        em[i] *= share;
      }
    }
    return em;
  }

  /**
   * One trained network: everything of a model but the vocabulary, the word vectors and the
   * settings that every network of a file shares.
   */
  private final class Network {
    private final float[] charEmb;
    private final int charFilters;
    /** Character convolution, transposed: [3 * CHAR_DIM][charFilters]. */
    private final float[][] charConvT;
    private final float[] charBias;
    private final float[] shapeEmb;
    private final int shapeDim;
    private final float[] posEmb;
    private final int posDim;
    private final float[] gazEmb;
    private final int gazDim;
    private final int hidden;
    /** Input layer, transposed: [inputDim][hidden]. */
    private final float[][] inpT;
    /** Per POS tag and per gazetteer label: its embedding through the input layer. */
    private final float[][] posProj;
    private final float[][] gazProj;
    /** Emptied when it holds {@link #LEXICAL_CACHE_SIZE} tokens: recomputing is all it costs. */
    private final WordMemo<float[]> lexicalCache =
        new WordMemo<>(LEXICAL_CACHE_SIZE, this::lexical);
    private final float[] inpBias;
    /** Convolutions, transposed: [3 * hidden][hidden] each. */
    private final float[][][] convT;
    private final float[][] convBias;
    /** Output layer, transposed: [hidden][labels]. */
    private final float[][] outT;
    private final float[] outBias;
    private final float[] trans;
    private final float[] start;
    private final float[] end;

    Network(DataInputStream in) throws IOException {
      charEmb = tensor(in, -1, CHAR_DIM);
      float[] charConv = tensor(in, -1, 3 * CHAR_DIM);
      charFilters = charConv.length / (3 * CHAR_DIM);
      charConvT = transpose(charConv, charFilters, 3 * CHAR_DIM);
      charBias = tensor(in, charFilters);
      shapeEmb = tensor(in, 8, -1);
      shapeDim = shapeEmb.length / 8;
      posEmb = tensor(in, posIndex.size() + 1, -1);
      posDim = posEmb.length / (posIndex.size() + 1);
      gazEmb = tensor(in, gazIndex.size() + 1, -1);
      gazDim = gazEmb.length / (gazIndex.size() + 1);
      int inputDim = wordDim + charFilters + shapeDim + posDim + gazDim + flagBits;
      float[] inp = tensor(in, -1, inputDim);
      hidden = inp.length / inputDim;
      inpT = transpose(inp, hidden, inputDim);
      inpBias = tensor(in, hidden);
      convT = new float[dilations.length][][];
      convBias = new float[dilations.length][];
      for (int l = 0; l < dilations.length; l++) {
        convT[l] = transpose(tensor(in, hidden, 3 * hidden), hidden, 3 * hidden);
        convBias[l] = tensor(in, hidden);
      }
      int k = labels.size();
      outT = transpose(tensor(in, k, hidden), k, hidden);
      outBias = tensor(in, k);
      trans = tensor(in, k, k);
      start = tensor(in, k);
      end = tensor(in, k);
      posProj = projectTable(posEmb, posDim, wordDim + charFilters + shapeDim);
      gazProj = projectTable(gazEmb, gazDim, wordDim + charFilters + shapeDim + posDim);
    }

    /** This network's emission scores, [tokens][labels] flattened. */
    float[] emissions(String[] tokens, String[] pos, String[] gazetteer, int[] flags) {
      // One method per layer: a single method with a hot loop per layer was compiled again for
      // every loop (on-stack replacement), seconds of JIT time when the CLI runs on one core.
      float[][] h = inputLayer(tokens, pos, gazetteer, flags);
      float[][] y = new float[tokens.length][];
      for (int l = 0; l < dilations.length; l++) {
        convolve(h, y, l);
      }
      return output(h);
    }

    /** The input layer's activations of each token. */
    private float[][] inputLayer(String[] tokens, String[] pos, String[] gazetteer, int[] flags) {
      int n = tokens.length;
      float[][] h = new float[n][];
      int flagRows = wordDim + charFilters + shapeDim + posDim + gazDim;
      for (int t = 0; t < n; t++) {
        float[] ht = inpBias.clone();
        add(lexicalCache.get(tokens[t]), ht);
        add(posProj[posIndex.getOrDefault(pos[t], 0)], ht);
        String g = gazetteer[t];
        add(gazProj[g == null ? 0 : gazIndex.getOrDefault(g, 0)], ht);
        for (int b = 0; b < flagBits; b++) {
          if (((flags[t] >> b) & 1) != 0) {
            add(inpT[flagRows + b], ht);
          }
        }
        relu(ht);
        h[t] = ht;
      }
      return h;
    }

    /**
     * Adds dilated convolution layer {@code l}, through a ReLU, to {@code h}; {@code y} is
     * scratch.
     */
    private void convolve(float[][] h, float[][] y, int l) {
      int n = h.length;
      int d = dilations[l];
      float[][] w = convT[l];
      // Each token's non-zero channels, found once per layer rather than once per tap (three
      // times), and the weight rows named by index: storing array references into a scratch
      // array cost a GC write barrier per store, the hottest line of the CLI's profile.
      // token s's non-zero channels are nonZero[s * hidden] to nonZero[s * hidden + count[s] - 1]
      int[] nonZero = new int[n * hidden];
      int[] count = new int[n];
      for (int s = 0; s < n; s++) {
        float[] hs = h[s];
        int base = s * hidden;
        int z = 0;
        for (int c = 0; c < hidden; c++) {
          nonZero[base + z] = c;
          z += hs[c] != 0f ? 1 : 0;
        }
        count[s] = z;
      }
      float[] a = new float[3 * hidden];
      int[] rows = new int[3 * hidden];
      for (int t = 0; t < n; t++) {
        // The non-zero inputs of the three taps, in the order the sums were always taken
        // (tap, then channel): the same float additions in the same order, so the same result.
        int m = 0;
        for (int k = 0; k < 3; k++) {
          int s = t + (k - 1) * d;
          if (s < 0 || s >= n) {
            continue;
          }
          float[] hs = h[s];
          int tap = k * hidden;
          for (int i = s * hidden, end = i + count[s]; i < end; i++) {
            int c = nonZero[i];
            a[m] = hs[c];
            rows[m++] = tap + c;
          }
        }
        y[t] = accumulate(convBias[l].clone(), a, w, rows, m);
      }
      for (int t = 0; t < n; t++) {
        float[] ht = h[t];
        float[] yt = y[t];
        for (int j = 0; j < hidden; j++) {
          ht[j] += Math.max(0f, yt[j]);
        }
      }
    }

    /** The output layer: each token's score for each label, [tokens][labels] flattened. */
    private float[] output(float[][] h) {
      int n = h.length;
      int k = labels.size();
      float[] em = new float[n * k];
      float[] e = new float[k];
      for (int t = 0; t < n; t++) {
        System.arraycopy(outBias, 0, e, 0, k);
        for (int c = 0; c < hidden; c++) {
          float a = h[t][c];
          if (a != 0f) {
            axpy(a, outT[c], e);
          }
        }
        System.arraycopy(e, 0, em, t * k, k);
      }
      return em;
    }

    /**
     * The input layer's share of what depends on the token's text alone (word vector, characters,
     * shape): most tokens repeat, so this is cached, and the POS and gazetteer shares come from
     * tables projected once at load time.
     */
    private float[] lexical(String token) {
      int lexicalDim = wordDim + charFilters + shapeDim;
      float[] x = new float[lexicalDim];
      Integer w = wordIndex.get(token.toLowerCase(Locale.ROOT));
      if (w != null && w != 0) {
        wordVector(w, x);
      }
      charFeatures(token, x, wordDim);
      System.arraycopy(shapeEmb, shape(token) * shapeDim, x, wordDim + charFilters, shapeDim);
      return project(x, 0);
    }

    /** The input layer's weights times {@code x}, whose first element meets row {@code row}. */
    private float[] project(float[] x, int row) {
      float[] out = new float[hidden];
      for (int i = 0; i < x.length; i++) {
        if (x[i] != 0f) {
          axpy(x[i], inpT[row + i], out);
        }
      }
      return out;
    }

    /** Each embedding row of a table through the input layer's weights from row {@code row}. */
    private float[][] projectTable(float[] table, int dim, int row) {
      float[][] out = new float[table.length / dim][];
      for (int r = 0; r < out.length; r++) {
        out[r] = project(Arrays.copyOfRange(table, r * dim, (r + 1) * dim), row);
      }
      return out;
    }

    /** The character CNN: a width-3 convolution over the token's code points, max-pooled. */
    private void charFeatures(String token, float[] x, int o) {
      int[] cps = new int[maxChars];
      float[][] in = new float[maxChars][3 * CHAR_DIM];
      float[][] out = new float[maxChars][charFilters];
      int len = 0;
      for (int i = 0; i < token.length() && len < maxChars; ) {
        int cp = token.codePointAt(i);
        cps[len++] = charIndex.getOrDefault(cp, 1);
        i += Character.charCount(cp);
      }
      if (len == 0) {
        return;
      }
      for (int j = 0; j < len; j++) {
        float[] row = in[j];
        Arrays.fill(row, 0f);
        if (j > 0) {
          System.arraycopy(charEmb, cps[j - 1] * CHAR_DIM, row, 0, CHAR_DIM);
        }
        System.arraycopy(charEmb, cps[j] * CHAR_DIM, row, CHAR_DIM, CHAR_DIM);
        // past the token's end the training batches hold padding (index 0) up to maxChars
        if (j + 1 < maxChars) {
          int next = j + 1 < len ? cps[j + 1] : 0;
          System.arraycopy(charEmb, next * CHAR_DIM, row, 2 * CHAR_DIM, CHAR_DIM);
        }
        float[] acc = out[j];
        System.arraycopy(charBias, 0, acc, 0, charFilters);
        for (int i = 0; i < row.length; i++) {
          if (row[i] != 0f) {
            axpy(row[i], charConvT[i], acc);
          }
        }
      }
      for (int f = 0; f < charFilters; f++) {
        float max = 0f; // ReLU, then max: never below zero
        for (int j = 0; j < len; j++) {
          max = Math.max(max, out[j][f]);
        }
        x[o + f] = max;
      }
    }
  }

  /**
   * {@code y} plus {@code a[i]} times weight row {@code w[rows[i]]} for i below {@code m}, added in
   * that order.
   * Four rows per pass over {@code y}: each element still gets its products one by one, left to
   * right, as from {@code m} calls of {@link #axpy}, with a quarter of the loads and stores.
   */
  private static float[] accumulate(float[] y, float[] a, float[][] w, int[] rows, int m) {
    int i = 0;
    for (; i + 4 <= m; i += 4) {
      float a0 = a[i];
      float a1 = a[i + 1];
      float a2 = a[i + 2];
      float a3 = a[i + 3];
      float[] r0 = w[rows[i]];
      float[] r1 = w[rows[i + 1]];
      float[] r2 = w[rows[i + 2]];
      float[] r3 = w[rows[i + 3]];
      for (int j = 0; j < y.length; j++) {
        y[j] = y[j] + a0 * r0[j] + a1 * r1[j] + a2 * r2[j] + a3 * r3[j];
      }
    }
    for (; i < m; i++) {
      axpy(a[i], w[rows[i]], y);
    }
    return y;
  }

  private static void add(float[] x, float[] y) {
    for (int j = 0; j < y.length; j++) {
      y[j] += x[j];
    }
  }

  /** y += x / n. */
  private static void addScaled(float[] x, float[] y, int n) {
    for (int j = 0; j < y.length; j++) {
      y[j] += x[j] / n;
    }
  }

  /** The best label sequence under the emission and transition scores (Viterbi). */
  int[] decode(float[] em, int n) {
    int k = labels.size();
    float[] score = new float[k];
    float[] next = new float[k];
    int[] back = new int[n * k];
    for (int j = 0; j < k; j++) {
      score[j] = start[j] + em[j];
    }
    for (int t = 1; t < n; t++) {
      for (int j = 0; j < k; j++) {
        int arg = 0;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
          float s = score[i] + trans[i * k + j];
          if (s > max) {
            max = s;
            arg = i;
          }
        }
        next[j] = max + em[t * k + j];
        back[t * k + j] = arg;
      }
      float[] swap = score;
      score = next;
      next = swap;
    }
    int arg = 0;
    float max = Float.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      float s = score[j] + end[j];
      if (s > max) {
        max = s;
        arg = j;
      }
    }
    int[] best = new int[n];
    best[n - 1] = arg;
    for (int t = n - 1; t > 0; t--) {
      best[t - 1] = back[t * k + best[t]];
    }
    return best;
  }

  /** Word shape class; {@code shape()} in {@code train_ner.py} computes the same. */
  static int shape(String token) {
    int letters = 0;
    int upper = 0;
    boolean digits = false;
    boolean firstUpper = false;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (letters == 0) {
          firstUpper = Character.isUpperCase(cp);
        }
        letters++;
        if (Character.isUpperCase(cp)) {
          upper++;
        }
      } else if (Character.isDigit(cp)) {
        digits = true;
      }
      i += Character.charCount(cp);
    }
    if (letters == 0) {
      return digits ? 5 : 6;
    }
    if (digits) {
      return 7;
    }
    if (upper == 0) {
      return 0;
    }
    if (upper == letters) {
      return letters == 1 ? 3 : 2;
    }
    return firstUpper && upper == 1 ? 1 : 4;
  }

  /**
   * y += a w. Both arrays are indexed from 0 so that the JIT vectorises the loop: with distinct
   * offsets into arrays that might alias it keeps it scalar (about 5x slower here).
   */
  private static void axpy(float a, float[] w, float[] y) {
    for (int j = 0; j < y.length; j++) {
      y[j] += a * w[j];
    }
  }

  private static void relu(float[] v) {
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.max(0f, v[i]);
    }
  }

  /** A [rows][cols] matrix, flattened, as its [cols][rows] transpose: one row per input. */
  private static float[][] transpose(float[] m, int rows, int cols) {
    float[][] t = new float[cols][rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        t[c][r] = m[r * cols + c];
      }
    }
    return t;
  }

  private static void index(List<String> values, Map<String, Integer> map, int offset) {
    for (int i = 0; i < values.size(); i++) {
      map.put(values.get(i), i + offset);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    byte[] buf = new byte[256];
    for (int i = 0; i < n; i++) {
      int len = in.readInt();
      if (len > buf.length) {
        buf = new byte[len];
      }
      in.readFully(buf, 0, len);
      out.add(new String(buf, 0, len, StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Reads a tensor, checking its shape where the caller knows it (-1: any). */
  private static float[] tensor(DataInputStream in, int... expected) throws IOException {
    int rank = in.readInt();
    if (rank != expected.length) {
      throw new IOException("tensor of rank " + rank + ", expected " + expected.length);
    }
    int size = 1;
    for (int i = 0; i < rank; i++) {
      int d = in.readInt();
      if (expected[i] >= 0 && expected[i] != d) {
        throw new IOException("tensor dimension " + d + ", expected " + expected[i]);
      }
      size *= d;
    }
    float[] t = new float[size];
    for (int i = 0; i < size; i++) {
      t[i] = in.readFloat();
    }
    return t;
  }
}
